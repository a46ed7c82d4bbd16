"""Crash test: a writer process is killed with SIGKILL at a random moment, over and over,
on one workspace; after each kill the workspace must open (with bluf and with plain
TinyDB) and every tag the writer acknowledged must be there. Also a two-writer test,
`recover` run over and over while a writer tags, and a changed byte in a journal line
(only that record may be lost).

    python bench/crash.py [TRIALS]          (make bench runs 200)
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = "“We will hold the line,” General Kai Berg said on Monday. The jets turned back after ten minutes.\n"


def make_workspace(directory: Path) -> Path:
    from annotate.ingest import make_source
    from annotate.workspace import open_workspace

    path = directory / "crash.json"
    ws = open_workspace(path, seed=False)
    ws.add_sources([make_source(ARTICLE, "crash.txt")])
    ws.close()
    return path


def check(path: Path, acknowledged: set[str]) -> tuple[bool, int]:
    """(the workspace opened with bluf and with plain TinyDB, acknowledged tags missing)."""
    from tinydb import TinyDB

    from annotate.workspace import WorkspaceError, open_workspace

    try:
        TinyDB(path).table("stances").all()  # the TinyDB file itself is never torn
        ws = open_workspace(path, seed=False)
    except (WorkspaceError, ValueError, json.JSONDecodeError):
        return False, len(acknowledged)
    try:
        missing = len(acknowledged - set(ws.history.ids()))
    finally:
        ws.close(compact=False)
    return True, missing


def trial(path: Path, rng: random.Random, min_s: float = 0.3, max_s: float = 1.2) -> tuple[bool, int, int]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    p = subprocess.Popen(
        [sys.executable, str(HERE / "writer.py"), str(path), "0", "--compact-every", str(rng.randint(5, 60))],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
    )
    first = b""
    if rng.random() < 0.5:
        # a moment while it writes: after its first acknowledged tag (on a loaded machine the
        # writer's start-up alone can outlast max_s, and every kill would land before a tag)
        first = p.stdout.readline()
        time.sleep(rng.uniform(0, max_s - min_s))
    else:  # any moment from its start: opening, compacting or writing
        time.sleep(rng.uniform(min_s, max_s))
    p.send_signal(signal.SIGKILL)
    out, _ = p.communicate()
    acknowledged = {line for line in (first + out).decode().split("\n") if len(line) == 12}
    ok, missing = check(path, acknowledged)
    return ok, missing, len(acknowledged)


def crash_trials(trials: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as d:  # a stance trainer started by tagging may still be writing in it
        path = make_workspace(Path(d))
        unreadable = lost = acked = 0
        for _ in range(trials):
            ok, missing, n = trial(path, rng)
            unreadable += not ok
            lost += missing
            acked += n
        litter = [f for f in os.listdir(d) if f.startswith(".")]  # temp files of interrupted compactions
    return {"trials": trials, "unreadable_workspaces": unreadable, "acknowledged_tags": acked, "acknowledged_tags_lost": lost,
            "temp_files_left": len(litter)}


def two_writers(count: int = 500) -> dict:
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as d:  # a stance trainer started by tagging may still be writing in it
        path = make_workspace(Path(d))
        procs = [
            subprocess.Popen([sys.executable, str(HERE / "writer.py"), str(path), str(count), "--annotator", f"w{i}",
                              "--compact-every", str(97 + i * 50)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for i in range(2)
        ]
        acked: set[str] = set()
        for p in procs:
            out, err = p.communicate(timeout=600)
            if p.returncode != 0:
                raise RuntimeError(err.decode()[-500:])
            acked |= {line for line in out.decode().split("\n") if len(line) == 12}
        ok, missing = check(path, acked)
        from tinydb import TinyDB

        from annotate.workspace import open_workspace

        ws = open_workspace(path, seed=False)
        ws.close()  # compacts: plain TinyDB must then see every tag
        in_tinydb = {d["id"] for d in TinyDB(path).table("stances").all() if d.get("ev") == "tag"}
    return {"writers": 2, "tags_each": count, "acknowledged": len(acked), "lost": missing,
            "missing_in_tinydb_after_compaction": len(acked - in_tinydb), "readable": ok}


def recover_during_writes(rounds: int = 30, seed: int = 3, min_acknowledged: int = 150, limit_s: float = 120.0) -> dict:
    """`bluf recover` run over and over while a writer tags (and compacts now and then):
    recover holds the workspace lock, so every tag the writer acknowledged is there. At least
    ``rounds`` recoveries, and more until the writer has acknowledged ``min_acknowledged`` tags
    (a loaded machine writes slower) or ``limit_s`` seconds have passed."""
    from annotate.store import recover

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as d:  # a stance trainer started by tagging may still be writing in it
        path = make_workspace(Path(d))
        p = subprocess.Popen(
            [sys.executable, str(HERE / "writer.py"), str(path), "0", "--compact-every", "40"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        lines: list[bytes] = []
        reader = threading.Thread(target=lambda: lines.extend(p.stdout), daemon=True)  # a full pipe would stall it
        reader.start()
        done, until = 0, time.monotonic() + limit_s
        try:
            while done < rounds or (len(lines) < min_acknowledged and time.monotonic() < until):
                time.sleep(rng.uniform(0.05, 0.3))
                recover(path)
                done += 1
        finally:
            p.send_signal(signal.SIGKILL)
            p.wait()
            reader.join()
            err = p.stderr.read()
        acknowledged = {line.decode().strip() for line in lines if len(line.strip()) == 12}
        ok, missing = check(path, acknowledged)
    return {"recoveries": done, "acknowledged": len(acknowledged), "lost": missing, "readable": ok,
            "writer_errors": err.decode().strip()[-300:]}


def journal_damage(trials: int = 50, tags: int = 30, seed: int = 5) -> dict:
    """One random byte changed in a random line of a journal of ``tags`` acknowledged tags
    (plus blank lines and CRLF line ends now and then): only the damaged record may be
    lost, before and after the next write and compaction."""
    from annotate.store import Store
    from annotate.workspace import open_workspace

    rng = random.Random(seed)
    damaged_records = intact_lost = unreadable = 0
    for _ in range(trials):
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as d:  # a stance trainer started by tagging may still be writing in it
            path = make_workspace(Path(d))
            ws = open_workspace(path, seed=False, annotator="w")
            src = ws.sources()[0]
            ids = [ws.tag_span(src.id, i, i + 10, f"actor-{i % 7}", ws.labels[i % len(ws.labels)]).id for i in range(tags)]
            ws.close(compact=False)
            journal = path.with_name(path.name + ".journal")
            lines = journal.read_bytes().splitlines(keepends=True)
            k = rng.randrange(len(lines))
            line = bytearray(lines[k])
            line[rng.randrange(len(line))] ^= rng.randrange(1, 256)
            hit = {rec["d"].get("id") for rec in [orjson_loads_record(lines[k])] if rec}
            lines[k] = bytes(line)
            if rng.random() < 0.3:
                lines = [x.replace(b"\n", b"\r\n") for x in lines]
            if rng.random() < 0.3:
                lines.insert(rng.randrange(len(lines) + 1), b"\n")
            journal.write_bytes(b"".join(lines))
            damaged_records += 1
            ok, missing = check(path, set(ids) - hit)
            ws = open_workspace(path, seed=False, annotator="w")  # the next write, then compaction
            ws.tag_span(src.id, 0, 10, "actor-x", ws.labels[0])
            ws.close()
            ok2, missing2 = check(path, set(ids) - hit)
            unreadable += (not ok) + (not ok2)
            intact_lost += max(missing, missing2)
            Store(path).close()
    return {"trials": trials, "tags_each": tags, "damaged_records": damaged_records,
            "intact_records_lost": intact_lost, "unreadable": unreadable}


def orjson_loads_record(line: bytes) -> dict | None:
    import orjson

    try:
        return orjson.loads(line.rstrip(b"\r\n").rpartition(b"\t")[0])
    except orjson.JSONDecodeError:
        return None


def run(trials: int = 200) -> dict:
    return {**crash_trials(trials), "two_writers": two_writers(), "recover_during_writes": recover_during_writes(),
            "journal_damage": journal_damage()}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200)))
