"""The drafted brief on a story with few tags, as an analyst gets it from `bluf brief` (real
processes, a real workspace file, an invented story): counts said plainly, no share or
"largest group" of one tag, a strength whose counts explain it, and the best-attested
incident's date written once when its title ends with it."""

from __future__ import annotations

import os
import subprocess
import sys

STORY = ("Artillery shells hit the port of Velmora on Tuesday, the Tarsan coast guard said.\n"
         "“We will answer every shell with two of ours,” Tarsan Defence Minister Ilka Roven told reporters.\n"
         "“Both sides must step back before this spreads,” Foreign Minister Pello Andrit of Norvia said.\n")


def bluf(*args, annotator="ana"):
    return subprocess.run([sys.executable, "-m", "tui", *map(str, args)], capture_output=True, text=True,
                          env=dict(os.environ, BLUF_ANNOTATOR=annotator))


def test_a_brief_of_two_tagged_actors_says_the_counts_plainly(tmp_path):
    db = tmp_path / "ws.json"
    (tmp_path / "velmora.txt").write_text(STORY, encoding="utf-8")
    assert bluf("--db", db, "import", tmp_path / "velmora.txt").returncode == 0
    assert bluf("--db", db, "source", "edit", "velmora", "--published", "2025-03-12").returncode == 0
    quotes = bluf("--db", db, "quotes", "velmora").stdout
    assert "Roven" in quotes and "Andrit" in quotes, quotes
    for n, label, who in ((1, "threatening", "ana"), (2, "cautious", "ana"), (1, "hawkish", "ben"), (1, "threatening", "cai")):
        p = bluf("--db", db, "tag", "velmora", n, label, annotator=who)
        assert p.returncode == 0, p.stderr
    p = bluf("--db", db, "incidents", "add", "velmora", "--match", "Artillery shells hit")
    assert p.returncode == 0, p.stderr
    iid = p.stdout.split()[0]
    assert bluf("--db", db, "incidents", "date", iid, "2025-03-11").returncode == 0
    assert bluf("--db", db, "incidents", "rename", iid, "Shelling of Velmora (2025-03-11)").returncode == 0

    md = bluf("--db", db, "brief").stdout
    assert "Half the tagged" not in md and "largest group" not in md, md
    assert "2 tagged actors: 1 cautious and 1 mixed." in md or "2 tagged actors: 1 cautious and 1 contested." in md, md
    # Roven: 3 tags, 2 of them threatening: the strength says so, not "weak (3 tags)"
    row = next(line for line in md.splitlines() if line.startswith("| Ilka Roven"))
    assert "(2 of 3 tags threatening" in row, row
    assert "Strength: strong when 3 or more tags" in md  # the method says what the words mean
    best = next(line for line in md.splitlines() if "Best attested" in line)
    assert best.count("2025-03-11") + best.count("11 Mar 2025") == 1, best
