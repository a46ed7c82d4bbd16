"""Linking a source to a confirmed incident takes its report out of the suggested incident
that held it (the brief counts one attack once), and a linked source that dates the event on
another day is shown as disagreeing (`incidents show`, `--jsonl`). Real processes on a real
workspace file, invented articles."""

from __future__ import annotations

import json
import subprocess
import sys

A = """---
published: 2025-03-04
outlet: Lake Wire
---
Drone strike hits border post

A drone strike hit a border guard post near Kasenga, Zambia, on Monday, killing two guards, officials said.
"""
# No publication date in the file: the analyst gives it with `bluf source edit`.
B = """Guards killed at Kasenga post

A drone strike hit a border guard post near Kasenga, Zambia, on Thursday night, killing two guards, the army said.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def _listed(db) -> list[dict]:
    p = bluf(db, "incidents", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def test_a_linked_source_leaves_its_own_incident_and_its_other_day_is_a_disagreement(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "a.txt").returncode == 0
    [strike] = _listed(db)
    assert strike["date"] == "2025-03-03"
    assert bluf(db, "incidents", "confirm", strike["id"]).returncode == 0
    assert bluf(db, "import", tmp_path / "b.txt").returncode == 0
    assert bluf(db, "source", "edit", "b", "--published", "2025-03-21").returncode == 0
    before = _listed(db)
    own = [i for i in before if i["id"] != strike["id"]]
    assert len(own) == 1 and own[0]["date"] == "2025-03-20"  # B's "Thursday": its own incident so far
    b_id = own[0]["source_ids"][0]

    p = bluf(db, "incidents", "link", strike["id"], b_id)
    assert p.returncode == 0, p.stderr
    after = _listed(db)
    holding_b = [i["id"] for i in after if b_id in i["source_ids"]]
    assert holding_b == [strike["id"]]
    [linked] = [i for i in after if i["id"] == strike["id"]]
    assert linked["sources"] == 2 and linked["date"] == "2025-03-03" and linked["dates_disagree"] is True
    assert "(the sources disagree)" in bluf(db, "incidents", "show", strike["id"]).stdout
    brief = bluf(db, "brief").stdout
    [row] = [line for line in brief.splitlines() if line.startswith("|") and "strike" in line.lower()]
    assert "| 2025-03-03 (sources give 2025-03-03, 2025-03-20) |" in row and "#src-1" in row and "#src-2" in row
