"""A confirmed incident keeps the sources the analyst confirmed, and those linked to it by
hand, when one of them is dated afterwards (`bluf source edit --published`): re-dating made
its reports tell another day ("on Friday" of a later verdict), re-clustering put them into an
incident of their own, and the confirmed incident silently lost the source. Real processes on
a real workspace file, invented articles."""

from __future__ import annotations

import json
import subprocess
import sys

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
# No publication date in the file: an undated report joins the attack by type and place.
VERDICT = """Foreigners get death sentence in Lesotho over failed coup attempt

In Lesotho, fifteen people were sentenced to death by a military tribunal on Friday for their part in a failed coup attempt earlier this summer.

Lesotho security forces quickly responded, killing three attackers during the confrontation at the palace in Maseru.
"""
LATER = """Families of palace guards demand answers

Security forces killed three attackers during the confrontation at the palace in Maseru, the families recalled on Friday.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def _listed(db) -> list[dict]:
    p = bluf(db, "incidents", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def test_dating_a_confirmed_source_keeps_it_in_the_confirmed_incident(tmp_path):
    for name, text in (("attack.txt", ATTACK), ("fight.txt", FIGHT), ("verdict.txt", VERDICT), ("later.txt", LATER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "attack.txt", tmp_path / "fight.txt", tmp_path / "verdict.txt").returncode == 0
    [coup] = [i for i in _listed(db) if i["type"] == "armed_clash"]
    assert coup["sources"] == 3, coup
    assert bluf(db, "incidents", "rename", coup["id"], "Failed coup attempt in Maseru").returncode == 0
    assert bluf(db, "incidents", "confirm", coup["id"]).returncode == 0
    # a source linked by hand, dated afterwards too
    assert bluf(db, "import", tmp_path / "later.txt").returncode == 0
    sources = bluf(db, "sources").stdout.splitlines()
    later_id = next(line.split()[0] for line in sources if "later.txt" in line)
    if later_id not in next(i for i in _listed(db) if i["id"] == coup["id"])["source_ids"]:
        assert bluf(db, "incidents", "link", coup["id"], later_id).returncode == 0
    held = set(next(i for i in _listed(db) if i["id"] == coup["id"])["source_ids"])
    assert len(held) == 4

    assert bluf(db, "source", "edit", "verdict", "--published", "2025-08-16").returncode == 0
    assert bluf(db, "source", "edit", "later", "--published", "2025-09-20").returncode == 0
    after = _listed(db)
    [kept] = [i for i in after if i["id"] == coup["id"]]
    assert set(kept["source_ids"]) == held and kept["sources"] == 4, kept
    assert kept["status"] == "confirmed" and kept["date"] == "2025-04-06" and kept["title"] == "Failed coup attempt in Maseru"
    # their reports are counted once: no suggested incident of the same type holds them too
    others = [i for i in after if i["id"] != coup["id"] and i["type"] == "armed_clash"]
    assert not any(held & set(i["source_ids"]) for i in others), others
