"""Commands that list or show what is known answer at once beside a long source not analysed
yet (a text parsed in parts: minutes for megabytes) or one another bluf is analysing: they
leave it out and say so in one line, rather than parse it first."""

from __future__ import annotations

import subprocess
import sys

from annotate import open_workspace
from annotate.nlp.pipeline import pipeline_version

from ..large_text import large_text


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_listing_commands_answer_without_parsing_a_long_source(tmp_path):
    (tmp_path / "other.txt").write_text(large_text(1500, "Elbonia"), encoding="utf-8")
    (tmp_path / "huge.txt").write_text(large_text(160_000), encoding="utf-8")  # 4 parts: a minute or more here
    db = tmp_path / "ws.json"
    assert bluf(db, "import", str(tmp_path / "other.txt"), str(tmp_path / "huge.txt")).returncode == 0

    ws = open_workspace(db)
    huge = ws.find_source("huge.txt")
    version = pipeline_version(ws.gazetteer)
    ws.close()
    # Another bluf (the reader) analysing it: said so, and nothing waits for it.
    lock = ws.cache.lock(huge.id, version)
    with lock:
        out = bluf(db, "sources")
    assert out.returncode == 0, out.stderr
    rows = {line.split()[3]: line for line in out.stdout.splitlines()}
    assert "being analysed by another bluf" in rows["huge.txt"] and "quotes" in rows["other.txt"]
    assert out.stderr.count("huge.txt: being analysed by another bluf") == 1

    # Nobody analysing it: a command about another source answers, and says it is not analysed yet.
    q = bluf(db, "quotes", "other.txt")
    assert q.returncode == 0 and "will answer any incursion" in q.stdout, q.stderr
    assert "huge.txt: not analysed yet" in q.stderr and "bluf quotes huge.txt" in q.stderr
    # The agreement report and the derived brief title too (a new user's `bluf stats` parsed a 3 MB text for minutes).
    for cmd in (("stats",), ("brief", "title")):
        s = bluf(db, *cmd)
        assert s.returncode == 0 and "huge.txt: not analysed yet" in s.stderr, (cmd, s.stderr)
    assert not ws.cache.has(huge.id, version)  # never parsed by those commands


def test_a_command_waiting_for_another_bluf_says_so_even_into_a_pipe(tmp_path):
    """nu17: `bluf quotes huge.txt` and `bluf export` beside another bluf analysing that source
    printed nothing for minutes into a log. Waiting is told at once, in a plain line, where
    stderr is no terminal; when the other bluf lets go, the command parses and answers."""
    import time

    (tmp_path / "small.txt").write_text(large_text(600, "Elbonia"), encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", str(tmp_path / "small.txt")).returncode == 0
    ws = open_workspace(db)
    src = ws.find_source("small.txt")
    version = pipeline_version(ws.gazetteer)
    ws.close()
    lock = ws.cache.lock(src.id, version)
    lock.acquire()
    try:
        p = subprocess.Popen([sys.executable, "-m", "tui", "--db", str(db), "quotes", "small.txt"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
        import select

        ready, _, _ = select.select([p.stderr], [], [], 90)  # (the model loads first: seconds)
        assert ready, "nothing on stderr in 90 s while waiting"
        line = p.stderr.readline()
        assert line.startswith("bluf: analysing: waiting for another bluf analysing small.txt"), line
        assert p.poll() is None  # still waiting
        time.sleep(0.5)
    finally:
        lock.release()
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0 and "will answer any incursion" in out, err
