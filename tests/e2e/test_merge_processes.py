"""Three analysts on three servers: each edits their own copy of a workspace in their own
process, at the same time; each copy travels as `bluf export --format workspace`; `bluf
merge` joins them. Every tag a process was told is saved is in the merged workspace once,
and merging again, or in another order, changes nothing of what is in force."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from annotate.history import StanceHistory
from annotate.ingest import make_source
from annotate.store import Store
from annotate.workspace import open_workspace
from tests.e2e.helpers import BLUF

TEXT = " ".join(f"Speaker {i} said: “We will see about point {i}.”" for i in range(12))

# One analyst: tags every quote, re-tags some, takes some out, printing each tag id once
# the call returned (the tag is on disk then: acknowledged).
WRITER = r"""
import random, re, sys
from annotate.workspace import open_workspace
path, seed = sys.argv[1], int(sys.argv[2])
rnd = random.Random(seed)
ws = open_workspace(path, seed=False)
src = ws.sources()[0]
spans = [(m.start(), m.end()) for m in re.finditer("“[^”]*”", src.text)]
labels = ["hawkish", "cautious", "neutral"]
for n in range(40):
    start, end = rnd.choice(spans)
    actor = f"speaker-{spans.index((start, end))}"
    held = ws.history.holder(ws.annotator, actor, src.id, start, end)
    if held and rnd.random() < 0.2:
        ws.untag(held)
        print("untag", held, flush=True)
        continue
    label = rnd.choice([x for x in labels if not held or ws.history.get(held).label != x])
    st = ws.tag_span(src.id, start, end, actor, label)
    print("tag", st.id, flush=True)
ws.close()
"""


def _stances(path: Path) -> list[dict]:
    s = Store(path, readonly=True)
    try:
        return [s.tables["stances"][k] for k in sorted(s.tables["stances"])]
    finally:
        s.close(compact=False)


def _in_force(events: list[dict]) -> set[tuple]:
    return {(st.annotator, st.id, st.label) for st in StanceHistory.from_events(events).in_force()}


def test_three_workspaces_edited_in_parallel_merge_with_every_acknowledged_tag_once(tmp_path):
    base = tmp_path / "base.json"
    ws = open_workspace(base, annotator="setup", seed=False)
    ws.add_sources([make_source(TEXT, "speakers.txt")])
    ws.close()
    servers = []
    for name in ("ana", "ben", "cleo"):
        d = tmp_path / name
        d.mkdir()
        shutil.copy(base, d / "ws.json")
        servers.append((name, d / "ws.json"))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(n)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "BLUF_ANNOTATOR": name})
             for n, (name, path) in enumerate(servers)]
    acknowledged: dict[str, list[str]] = {}
    for (name, _), p in zip(servers, procs):
        out, _ = p.communicate(timeout=300)
        assert p.returncode == 0
        acknowledged[name] = [line.split()[1] for line in out.splitlines() if line.startswith("tag ")]
    assert all(len(ids) >= 20 for ids in acknowledged.values())
    sides = {name: _stances(path) for name, path in servers}

    # Each server exports its copy; the files travel (scp, git); the first server merges.
    carried = tmp_path / "inbox"
    carried.mkdir()
    for name, path in servers[1:]:
        out = tmp_path / f"{name}-export.json"
        subprocess.run([BLUF, "--db", str(path), "export", "--format", "workspace", "-o", str(out)], check=True)
        shutil.copy(out, carried / out.name)
    first = servers[0][1]
    r = subprocess.run([BLUF, "--db", str(first), "merge", *(str(carried / f"{n}-export.json") for n in ("ben", "cleo"))],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "0 new conflicts" in r.stdout

    merged = _stances(first)
    ids = [e["id"] for e in merged]
    for name, tags in acknowledged.items():
        for tag in tags:
            assert ids.count(tag) == 1, f"{name}'s tag {tag}"
    assert len(ids) == len(set(ids)) == sum(len(events) for events in sides.values())
    assert _in_force(merged) == set().union(*(_in_force(events) for events in sides.values()))

    # Merging again changes nothing; the second server merging in another order agrees.
    again = subprocess.run([BLUF, "--db", str(first), "merge", str(carried / "cleo-export.json"), str(carried / "ben-export.json")],
                           capture_output=True, text=True)
    assert again.returncode == 0 and "nothing new" in again.stdout
    assert _stances(first) == merged
    shutil.copy(first, carried / "ana.json")
    subprocess.run([BLUF, "--db", str(servers[1][1]), "merge", str(carried / "cleo-export.json"), str(carried / "ana.json")],
                   check=True, capture_output=True)
    assert _stances(servers[1][1]) == merged
