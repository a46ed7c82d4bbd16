"""An analyst can say a name is not an actor ("State of Emergency", a generic "security
forces"): `bluf actors dismiss NAME` (kind "none"). It leaves the actor list and the
suggestions, its quotes have no known speaker, the edit is in the log, and a kind given again
brings it back. `bluf actors kind NAME none` does the same, and a kind bluf does not know is
refused with a line that names "none". From the shell, on an invented article."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

ARTICLE = """Curfew extended in Orvik

The State of Emergency said on Monday that the curfew in Orvik would last until the vote.

"We will not let the harbour burn again," the State of Emergency said in a notice posted at the port.

Residents said shops stayed shut along the harbour road.
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("dismiss")
    (d / "orvik.txt").write_text(ARTICLE, encoding="utf-8")
    assert bluf(d / "ws.json", "import", d / "orvik.txt").returncode == 0
    return d


@pytest.fixture
def db(made, tmp_path):
    import shutil

    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def _actors(db) -> dict[str, dict]:
    return {a["id"]: a for a in json.loads(bluf(db, "actors", "list", "--json").stdout or "[]")}


def test_a_dismissed_name_leaves_the_actors_its_quotes_and_the_suggestions(db):
    found = [a for a in _actors(db).values() if "Emergency" in a["name"]]
    assert found, _actors(db)
    aid = found[0]["id"]
    p = bluf(db, "actors", "dismiss", "State of Emergency")
    assert p.returncode == 0, p.stderr
    assert "is not an actor" in p.stderr
    assert aid not in _actors(db)
    quotes = json.loads(bluf(db, "quotes", "orvik.txt", "--json").stdout)
    assert quotes and all(q["actor_id"] != aid for q in quotes), quotes
    sugs = json.loads(bluf(db, "suggest", "list", "orvik.txt", "--json").stdout or "[]")
    assert all(g.get("actor_id") != aid for g in sugs), sugs
    log = [json.loads(line) for line in bluf(db, "log", "--jsonl").stdout.splitlines()]
    assert any("kind none" in json.dumps(e) for e in log), log[-3:]
    p = bluf(db, "actors", "kind", aid, "organization")  # brought back
    assert p.returncode == 0, p.stderr
    assert aid in _actors(db)


def test_kind_none_is_the_same_and_a_refused_kind_names_it(db):
    p = bluf(db, "actors", "kind", "State of Emergency", "banana")
    assert p.returncode == 1 and "none: not an actor" in p.stderr and "bluf actors dismiss" in p.stderr, p.stderr
    p = bluf(db, "actors", "kind", "State of Emergency", "not an actor")
    assert p.returncode == 0, p.stderr
    assert not any("Emergency" in a["name"] for a in _actors(db).values())
