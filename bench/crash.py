"""Crash test: a writer process is killed with SIGKILL at a random moment, over and over,
on one workspace; after each kill the workspace must open (with bluf and with plain
TinyDB) and every tag the writer acknowledged must be there. Also a two-writer test.

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
    time.sleep(rng.uniform(min_s, max_s))
    p.send_signal(signal.SIGKILL)
    out, _ = p.communicate()
    acknowledged = {line for line in out.decode().split("\n") if len(line) == 12}
    ok, missing = check(path, acknowledged)
    return ok, missing, len(acknowledged)


def crash_trials(trials: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as d:
        path = make_workspace(Path(d))
        unreadable = lost = acked = 0
        for _ in range(trials):
            ok, missing, n = trial(path, rng)
            unreadable += not ok
            lost += missing
            acked += n
    return {"trials": trials, "unreadable_workspaces": unreadable, "acknowledged_tags": acked, "acknowledged_tags_lost": lost}


def two_writers(count: int = 500) -> dict:
    with tempfile.TemporaryDirectory() as d:
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


def run(trials: int = 200) -> dict:
    return {**crash_trials(trials), "two_writers": two_writers()}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200)))
