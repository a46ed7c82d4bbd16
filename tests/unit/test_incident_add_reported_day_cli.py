"""`bluf incidents add` dates the incident by the day the sentence reports its own event on,
and resolves a month and day by the source's publication year, as an analyst runs it (real
processes, a real workspace file, an invented story): the source is analysed before its
publication date is set (`bluf source edit --published`), then an incident is made of the
sentence "... were sentenced to death on Friday by a court ..., following the failed coup
attempt on April 6 ...": Friday before publication, not "6 Apr (year unknown)"."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from annotate.sentence_days import own_day
from annotate.workspace import _DAY_WORDS

STORY = """Lesotho court sentences fifteen coup plotters to death

Fifteen people, including two foreigners, were convicted and sentenced to death on Friday by a military court in Maseru, following the failed coup attempt on April 6 against the king.

The attack on the royal palace on April 6 was crushed within hours, the army said.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def _incidents(db):
    return [json.loads(x) for x in bluf(db, "incidents", "list", "--jsonl").stdout.splitlines() if x.strip()]


def test_an_added_incident_takes_the_day_its_sentence_reports_and_the_publication_year(tmp_path):
    db = tmp_path / "ws.json"
    (tmp_path / "verdict.txt").write_text(STORY, encoding="utf-8")
    assert bluf(db, "import", tmp_path / "verdict.txt").returncode == 0
    assert bluf(db, "incidents", "list").returncode == 0  # analysed while undated
    assert bluf(db, "source", "edit", "verdict", "--published", "2025-08-16").returncode == 0

    p = bluf(db, "incidents", "add", "verdict", "--match", "sentenced to death on Friday")
    assert p.returncode == 0, p.stderr
    assert "2025-08-15" in p.stdout and "year unknown" not in p.stdout, p.stdout
    p = bluf(db, "incidents", "add", "verdict", "--match", "crushed within hours")
    assert p.returncode == 0, p.stderr
    assert "2025-04-06" in p.stdout and "year unknown" not in p.stdout, p.stdout
    made = {i["id"]: i["date"] for i in _incidents(db) if i["id"].startswith("manual-")}
    assert sorted(made.values()) == ["2025-04-06", "2025-08-15"], made


def test_a_day_in_a_background_phrase_gives_way_to_the_sentence_own_day():
    s = "Nine officers were arrested on Tuesday in Tartu after the riot of 2 March at the border post."
    assert own_day(s, _DAY_WORDS, "2 March") == "Tuesday"
    s = "The rebels seized the depot on 4 June, in the wake of clashes on Sunday."
    assert own_day(s, _DAY_WORDS, "4 June") == ""  # the sentence's own day: it stands
    assert own_day(s, _DAY_WORDS, "Sunday") == "4 June"
    s = "Police detained two men over the bombing on 9 May."
    assert own_day(s, _DAY_WORDS, "9 May") == ""  # no other day: the analysis's stands
    assert not re.search("year", own_day("A plain sentence.", _DAY_WORDS, ""))
