"""The drafted brief follows what the analyst confirmed and named: the incident they confirmed
and renamed, reported by most sources, is the brief's title and leads the bottom line by its
name; the other incidents follow by type, the type most sources report first (not the type
with most incidents). Real processes on a real workspace file, invented articles; and the
ordering on incidents made in the test."""

from __future__ import annotations

import json
import subprocess
import sys

from annotate.brief import IncidentRow, SourceRef, default_title, draft_bottom_line
from annotate.models import Incident, Source

ATTACK = """---
published: 2025-04-06
---
Gunmen storm palace in Maseru, army says coup foiled

Armed men stormed the royal palace in Maseru early on Sunday in what the Lesotho army called a failed coup attempt, and three attackers were killed in a shootout with the palace guard.
"""
FIGHT = """---
published: 2025-04-06
---
Lesotho army thwarts coup attempt

Soldiers repelled an armed attack on the royal palace in Maseru on Sunday morning, and two police officers were killed in the gunfight.
"""
FIRE = """---
published: 2025-04-07
---
Palace attack: what we know

On Sunday, Lesotho troops fought off gunmen who stormed the royal palace in Maseru in an attempted coup.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def test_the_brief_leads_with_the_incident_the_analyst_confirmed_and_named(tmp_path):
    for name, text in (("attack.txt", ATTACK), ("fight.txt", FIGHT), ("fire.txt", FIRE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", *(tmp_path / n for n in ("attack.txt", "fight.txt", "fire.txt"))).returncode == 0
    listed = [json.loads(x) for x in bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()]
    coup = max(listed, key=lambda i: i["sources"])
    assert coup["sources"] == 3
    assert bluf(db, "incidents", "rename", coup["id"], "Failed coup attempt in Maseru").returncode == 0
    assert bluf(db, "incidents", "confirm", coup["id"]).returncode == 0
    brief = bluf(db, "brief").stdout
    assert brief.startswith("# Failed coup attempt in Maseru\n"), brief[:200]
    bottom = brief.split("## Bottom line\n", 1)[1].strip().splitlines()[0]
    assert bottom.split(": ", 1)[1].startswith("Failed coup attempt in Maseru (confirmed, 3 sources)"), bottom


def _inc(iid, kind, sources, status="suggested", title="", own=False):
    return Incident(id=iid, title=title or f"{kind} in Chad", country="Chad", kind=kind, status=status, own_title=own,
                    evidence={s: [[0, 5]] for s in sources})


def _rows(incs):
    refs = {}
    def ref(s):
        return refs.setdefault(s, SourceRef(len(refs) + 1, Source(id=s, name=f"{s}.txt", text="x")))
    return [IncidentRow(i, [ref(s) for s in i.evidence]) for i in incs]


def test_the_type_most_sources_report_leads_and_a_named_confirmed_incident_by_its_name():
    arrests = [_inc("a1", "arrest_or_expulsion", ["s1", "s2"]), _inc("a2", "arrest_or_expulsion", ["s3"])]
    clash = _inc("c1", "armed_clash", ["s1", "s2", "s3", "s4", "s5"], "confirmed")
    bottom = draft_bottom_line(_rows(arrests + [clash]), [], [])
    assert bottom.startswith("3 incidents reported: armed clash in Chad (1 incident, confirmed, 5 sources); arrest"), bottom
    assert default_title(arrests + [clash]).startswith("Armed clash and arrest")
    named = _inc("c1", "armed_clash", ["s1", "s2", "s3", "s4", "s5"], "confirmed", "Mutiny at the Ndjamena barracks", True)
    bottom = draft_bottom_line(_rows(arrests + [named]), [], [])
    assert bottom.startswith("3 incidents reported: Mutiny at the Ndjamena barracks (confirmed, 5 sources); arrest or expulsion in Chad (2 incidents, 3 sources)."), bottom
    assert default_title(arrests + [named]) == "Mutiny at the Ndjamena barracks"
    assert default_title(arrests + [named, _inc("a3", "arrest_or_expulsion", ["s2"], "confirmed")]) == (
        "Mutiny at the Ndjamena barracks, and 1 more confirmed incident")
    # a named incident fewer sources report than another does not become the title
    small = _inc("c2", "armed_clash", ["s6"], "confirmed", "Shots at a checkpoint", True)
    assert default_title(arrests + [small]) != "Shots at a checkpoint"


def test_every_incident_the_analyst_named_is_in_the_bottom_line_and_judgments_by_its_name():
    """Renamed, confirmed incidents are told by their names, each saying it is confirmed; no
    count of "more confirmed" hangs after the list; the title says the brief has more."""
    from annotate.brief import draft_key_judgments

    mutiny = _inc("c1", "armed_clash", ["s1", "s2", "s3", "s4"], "confirmed", "Mutiny at the Ndjamena barracks", True)
    decree = _inc("d1", "military_exercise", ["s2", "s3"], "confirmed", "President suspends parliament", True)
    held = _inc("a1", "arrest_or_expulsion", ["s5"], "confirmed", "General Bakari detained at home", True)
    loose = [_inc("a2", "arrest_or_expulsion", ["s6"]), _inc("a3", "arrest_or_expulsion", ["s6"], "confirmed")]
    rows = _rows([mutiny, decree, held] + loose)
    bottom = draft_bottom_line(rows, [], [])
    assert bottom.startswith(
        "5 incidents reported: Mutiny at the Ndjamena barracks (confirmed, 4 sources); "
        "President suspends parliament (confirmed, 2 sources); General Bakari detained at home (confirmed, 1 source); "
        "arrest or expulsion in Chad (2 incidents, 1 confirmed, 1 source)."), bottom
    assert "more confirmed" not in bottom and "military exercise" not in bottom
    judgments = draft_key_judgments(rows, [], [])
    also = [j for j in judgments if j.startswith("Also confirmed: ")]
    assert also and "President suspends parliament" in also[0] and "General Bakari detained at home" in also[0], judgments
    assert default_title([mutiny, decree, held] + loose) == "Mutiny at the Ndjamena barracks, and 3 more confirmed incidents"
