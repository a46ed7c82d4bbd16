"""`bluf incidents add` of a sentence with no event word and no day, as an analyst runs it
(real processes, a real workspace file, an invented story): the one-line error says how to
give the type (--type) and makes nothing; with --type the incident is made, dated by the
source's publication day marked approximate ("~"), never undated."""

from __future__ import annotations

import json
import subprocess
import sys

STORY = ("Norvia protests over leaflets\n"
         "Officials in Kelvar said the ministry would study the leaflets that came down across the valley.\n"
         "“We will not accept this,” Interior Minister Tamas Oreld said.\n")


def bluf(*args):
    return subprocess.run([sys.executable, "-m", "tui", *map(str, args)], capture_output=True, text=True)


def _incidents(db):
    out = bluf("--db", db, "incidents", "list", "--jsonl")
    return [json.loads(x) for x in out.stdout.splitlines() if x.strip()]


def test_an_incident_of_a_sentence_with_no_event_word_takes_the_given_type_and_the_publication_day(tmp_path):
    db = tmp_path / "ws.json"
    (tmp_path / "kelvar.txt").write_text(STORY, encoding="utf-8")
    assert bluf("--db", db, "import", tmp_path / "kelvar.txt").returncode == 0
    assert bluf("--db", db, "source", "edit", "kelvar", "--published", "2024-10-24").returncode == 0
    before = _incidents(db)

    p = bluf("--db", db, "incidents", "add", "kelvar", "--match", "study the leaflets")
    assert p.returncode != 0
    err = p.stderr.strip().splitlines()
    assert len(err) == 1 and "no event type found" in err[0] and "--type TYPE" in err[0], p.stderr
    assert _incidents(db) == before  # nothing made

    p = bluf("--db", db, "incidents", "add", "kelvar", "--match", "study the leaflets", "--type", "Protest")
    assert p.returncode == 0, p.stderr
    assert "~2024-10-24" in p.stdout and "protest" in p.stdout, p.stdout
    made = [i for i in _incidents(db) if i["id"] not in {b["id"] for b in before}]
    assert len(made) == 1 and made[0]["type"] == "protest"
    assert made[0]["date"] == "2024-10-24" and made[0]["date_reported"] is True, made[0]
    listed = bluf("--db", db, "incidents", "list").stdout
    assert "~2024-10-24" in next(line for line in listed.splitlines() if made[0]["id"] in line)

    p = bluf("--db", db, "incidents", "add", "kelvar", "--match", "study the leaflets", "--type", "balloon launch")
    assert p.returncode != 0 and "no event type 'balloon launch'" in p.stderr
