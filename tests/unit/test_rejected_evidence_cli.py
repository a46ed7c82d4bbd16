"""A tag whose evidence is a quote the analyst later rejects (`bluf quotes reject`): the tag
stays in force (nothing is lost), the reject says so in one line with how to untag it, and
the brief and `bluf actors show` mark its evidence as rejected. Real processes."""

from __future__ import annotations

import json
import subprocess
import sys

TEXT = ("Harbour Commissioner Lena Okafor said “We will close the strait to every tanker,” on Friday. "
        "Okafor later added “Nothing is decided.”\n")


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def test_rejecting_the_quote_a_tag_rests_on_keeps_the_tag_and_marks_its_evidence(tmp_path):
    (tmp_path / "okafor.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "okafor.txt").returncode == 0
    quotes = [json.loads(x) for x in bluf(db, "quotes", "okafor", "--jsonl").stdout.splitlines()]
    n = next(q["n"] for q in quotes if "strait" in q["quote"])
    tagged = bluf(db, "tag", "okafor", n, "threatening")
    assert tagged.returncode == 0, tagged.stderr
    tag = json.loads(bluf(db, "log", "--jsonl").stdout.splitlines()[-1])["tag"]

    p = bluf(db, "quotes", "reject", "okafor", n)
    assert p.returncode == 0, p.stderr
    said = [line for line in p.stderr.splitlines() if tag in line]
    assert len(said) == 1 and "stays in force" in said[0] and f"bluf untag {tag}" in said[0]

    brief = bluf(db, "export").stdout
    line = next(x for x in brief.splitlines() if x.startswith("- ") and "close the strait" in x)
    assert "Evidence rejected" in line
    assert "(evidence rejected)" in next(x for x in brief.splitlines() if x.startswith("| Lena Okafor"))
    shown = bluf(db, "actors", "show", "Okafor")
    assert "(evidence rejected: not a quote)" in next(x for x in shown.stdout.splitlines() if tag in x)
    assert json.loads(bluf(db, "actors", "show", "Okafor", "--json").stdout)["tagged"][0]["evidence_rejected"] is True

    p = bluf(db, "quotes", "reject", "okafor", 1)  # the other quote, no tag on it: no such line
    assert p.returncode == 0 and "stays in force" not in p.stderr

    assert bluf(db, "untag", tag).returncode == 0  # the analyst's decision
    assert "close the strait" not in bluf(db, "export").stdout
