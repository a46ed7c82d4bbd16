"""`bluf log` says what each edit of an incident or an actor was: creating an incident is "new
incident", never "new actor" (new-user session 20: `i` in the reader was logged as "new actor",
empty actor), and each entry names the incident or actor and the new value (type, date, place,
merge, rename). Real processes on an invented article."""

from __future__ import annotations

import json

from .test_incidents_cli import bluf

ARTICLE = """Drones hit a depot near Orvik

Marenian drones struck a fuel depot near Orvik on 3 May 2025, the Valdorian army said.

Valdorian Defence Minister Petra Lindqvist said the army would respond.
"""


def _log(db) -> list[dict]:
    p = bluf(db, "log", "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def test_each_incident_and_actor_edit_is_logged_with_what_and_the_new_value(tmp_path):
    (tmp_path / "orvik.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "orvik.txt").returncode == 0
    p = bluf(db, "incidents", "add", "orvik", "--match", "fuel depot", "--title", "Depot strike")
    assert p.returncode == 0, p.stderr
    iid = p.stdout.split()[0]
    for argv in (("type", iid, "armed_clash"), ("date", iid, "2025-05-03/2025-05-04"), ("place", iid, "Orvik, Sweden"),
                 ("rename", iid, "Orvik depot strike")):
        assert bluf(db, "incidents", *argv).returncode == 0, argv
    assert bluf(db, "actors", "rename", "Petra Lindqvist", "Petra Lindqvist-Aho").returncode == 0
    events = [e["event"] for e in _log(db)]
    assert not any(e.startswith("new actor") for e in events), events
    assert "new incident “Depot strike”" in events, events
    assert any(e.startswith("incident type armed_clash: “") for e in events), events
    assert any(e.startswith("incident date 2025-05-03/2025-05-04: “") for e in events), events
    assert any(e.startswith("incident place Orvik, Sweden: “") for e in events), events
    assert any(e.startswith("incident renamed “Orvik depot strike”") for e in events), events
    rename = next(e for e in _log(db) if e["event"].startswith("rename of"))
    assert rename["event"] == "rename of Petra Lindqvist to Petra Lindqvist-Aho" and rename["actor"] == "Petra Lindqvist-Aho", rename
    text = bluf(db, "log").stdout  # the plain lines say the same
    assert "new incident “Depot strike”" in text and "rename of Petra Lindqvist to Petra Lindqvist-Aho" in text
