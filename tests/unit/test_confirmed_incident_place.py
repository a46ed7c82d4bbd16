"""A confirmed incident keeps the place (and date) it had when the analyst confirmed it:
sources linked to it afterwards that name another place, even when they are most of its
sources, do not move it; `bluf incidents show` says the sources disagree instead. Real
processes on a real workspace file, invented articles."""

from __future__ import annotations

import json
import subprocess
import sys

A = """---
published: 2031-06-02
outlet: Sierra Wire
---
Troops and rebels clash near Suarez

Soldiers clashed with fighters of the Western Bloc near Suarez, Colombia, on 1 June 2031, killing three, the army said.
"""
LATER = """---
published: 2031-06-0{day}
outlet: {outlet}
---
Fighting reported near Morales

Soldiers clashed with fighters of the Western Bloc near Morales, Colombia, on 1 June 2031, officials told {outlet}.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def _clash(db) -> dict:
    p = bluf(db, "incidents", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    (clash,) = [r for r in (json.loads(line) for line in p.stdout.splitlines()) if r["type"] == "armed_clash"]
    return clash


def test_linking_sources_that_name_another_place_does_not_move_a_confirmed_incident(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    later = ((3, "Valle Post"), (4, "Cauca Herald"), (5, "Andes Daily"))
    for n, outlet in later:
        (tmp_path / f"later{n}.txt").write_text(LATER.format(day=n, outlet=outlet), encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "a.txt").returncode == 0
    clash = _clash(db)
    assert clash["place"] == "Suarez"
    assert bluf(db, "incidents", "confirm", clash["id"]).returncode == 0
    assert bluf(db, "import", *(tmp_path / f"later{n}.txt" for n, _ in later)).returncode == 0
    clash = _clash(db)
    assert len(clash["candidates"]) == 3, clash
    for sid in clash["candidates"]:
        p = bluf(db, "incidents", "link", clash["id"], sid)
        assert p.returncode == 0, p.stderr
    after = _clash(db)
    assert after["sources"] == 4 and after["status"] == "confirmed"
    assert after["place"] == "Suarez" and after["date"] == "2031-06-01"  # as confirmed, not what most sources name
    assert after["places_disagree"] == ["Morales", "Suarez"]
    shown = bluf(db, "incidents", "show", after["id"]).stdout
    assert "Suarez" in shown and "the sources disagree: Morales, Suarez" in shown

