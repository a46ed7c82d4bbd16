"""`bluf untag SOURCE N`: the tag on a quote is taken out by the same words that put it there
(`bluf tag SOURCE N LABEL`), not only by a tag id read from `bluf log`. Two analysts' tags on
one quote are told apart by whose they are or by --label; anything else is one line, a non-zero exit (1; 2 for words that are no command),
and nothing changes. Real processes on a real workspace file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

TEXT = ("Harbour Commissioner Lena Okafor said “We will close the strait to every tanker,” on Friday. "
        "Port Director Ivo Brandt said “Talks are the only way forward.”\n")


def bluf(db, *args, who="ana"):
    env = {**os.environ, "BLUF_ANNOTATOR": who}
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True, env=env)


def in_force(db) -> list[tuple[str, str]]:
    """(label, annotator) of the tags the brief counts, from `bluf log`: tags minus untags."""
    events = [json.loads(x) for x in bluf(db, "log", "--jsonl").stdout.splitlines()]
    live: dict[str, tuple[str, str]] = {}
    for e in events:
        if e["event"] in ("tag", "retag"):
            live[e["tag"]] = (e["label"], e["annotator"])
        elif e["event"] == "untag":
            live.pop(e["tag"], None)
    return sorted(live.values())


def test_untag_by_source_and_quote_number(tmp_path):
    (tmp_path / "port.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "port.txt").returncode == 0
    quotes = [json.loads(x) for x in bluf(db, "quotes", "port", "--jsonl").stdout.splitlines()]
    n = next(q["n"] for q in quotes if "strait" in q["quote"])
    other = next(q["n"] for q in quotes if "Talks" in q["quote"])
    assert bluf(db, "tag", "port", n, "threatening").returncode == 0
    assert bluf(db, "tag", "port", n, "hawkish", who="ben").returncode == 0

    p = bluf(db, "untag", "port", other)  # a quote with no tag
    assert p.returncode == 1 and p.stderr.count("\n") == 1 and f"no tag in force on quote {other}" in p.stderr

    p = bluf(db, "untag", "port", n)  # two analysts' tags: ana's own is meant
    assert p.returncode == 0, p.stderr
    assert "untagged" in p.stdout and "threatening" in p.stdout
    assert in_force(db) == [("hawkish", "ben")]

    assert bluf(db, "tag", "port", n, "cautious").returncode == 0
    p = bluf(db, "untag", "port", n, who="cem")  # neither is cem's: he must say which
    assert p.returncode == 1 and p.stderr.count("\n") == 1 and "2 tags in force" in p.stderr and "--label" in p.stderr
    assert in_force(db) == [("cautious", "ana"), ("hawkish", "ben")]
    p = bluf(db, "untag", "port", n, "--label", "hawkish", who="cem")
    assert p.returncode == 0, p.stderr
    assert in_force(db) == [("cautious", "ana")]

    events = [json.loads(x) for x in bluf(db, "log", "--jsonl").stdout.splitlines()]
    tag = next(e["tag"] for e in reversed(events) if e["event"] == "tag" and e["label"] == "cautious")
    p = bluf(db, "untag", tag)  # by its id, from a fresh process: the actor by its name, not its id
    assert p.returncode == 0 and "Lena Okafor cautious" in p.stdout, p.stdout
    assert bluf(db, "tag", "port", n, "cautious").returncode == 0

    for bad in (("port", "two"), ("port", n, "extra"), ("port", 0)):
        p = bluf(db, "untag", *bad)
        assert p.returncode in (1, 2) and p.stderr.count("\n") == 1, (bad, p.stderr)
    assert in_force(db) == [("cautious", "ana")]
