"""One exercise reported from both sides joins into one incident: one source places the drills
in the acting country, another where they were held, naming the acting country in the same
sentence. Drills of that country on another day stay apart. Real processes on a real workspace
file, invented articles; and ``held_where_named`` on made mentions."""

from __future__ import annotations

import json
import subprocess
import sys

from annotate.exercise_sides import held_where_named
from annotate.models import IncidentMention

A = """---
published: 2025-05-14
---
Eritrea begins naval drills

Eritrea launched large-scale naval exercises on Monday, the Eritrean defence ministry said, calling them a warning to its neighbours.
"""
B = """---
published: 2025-05-13
---
Drills encircle Djibouti

The Eritrean navy held live-fire exercises around Djibouti on Monday, officials in Djibouti said.
"""
C = """---
published: 2025-05-24
---
Eritrea holds new drills

Eritrea launched air defence exercises on Friday, the Eritrean defence ministry said.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def test_drills_placed_in_the_acting_country_and_where_held_are_one_incident(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt").returncode == 0
    p = bluf(db, "incidents", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    drills = [i for i in map(json.loads, p.stdout.splitlines()) if i["type"] == "exercise_or_mobilisation"]
    by_date = {i["date"]: i for i in drills}
    assert sorted(by_date) == ["2025-05-12", "2025-05-23"]
    assert by_date["2025-05-12"]["country"] == "Djibouti" and by_date["2025-05-12"]["sources"] == 2
    assert by_date["2025-05-23"]["country"] == "Eritrea" and by_date["2025-05-23"]["sources"] == 1


def _m(country: str, day: str, start: int = 0) -> IncidentMention:
    return IncidentMention(start=start, end=start + 50, country=country, kind="exercise_or_mobilisation", action="", date=day)


def test_only_a_sentence_naming_the_actor_moves_the_other_report():
    ms = {"a": [_m("Eritrea", "2025-05-12")], "b": [_m("Djibouti", "2025-05-12")]}
    assert held_where_named(ms, {("b", 0): {"Djibouti"}})["a"][0].country == "Eritrea"
    assert held_where_named(ms, {("b", 0): {"Eritrea", "Djibouti"}})["a"][0].country == "Djibouti"
    later = {"a": [_m("Eritrea", "2025-05-20")], "b": [_m("Djibouti", "2025-05-12")]}
    assert held_where_named(later, {("b", 0): {"Eritrea"}})["a"][0].country == "Eritrea"
