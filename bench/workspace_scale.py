"""Workspace file size and open time with many sources: generated workspaces of 10^4 and
10^5 sources (``BLUF_BENCH_SCALE`` overrides, comma-separated), each source an invented
article of about 500 words (3 kB, a typical wire story), and one tag event per source.
Open = ``open_workspace`` (read the file, fold the history, build the source list), in a
fresh process each time, with its peak memory. docs/SCALE.md extrapolates to 10^6."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

OPEN = """
import json, resource, sys, time
t = time.perf_counter()
from annotate.workspace import open_workspace
ws = open_workspace(sys.argv[1], seed=False, readonly=True)
n = len(ws.sources())
dt = time.perf_counter() - t
print(json.dumps({"open_s": round(dt, 2), "sources": n, "tags": len(ws.stances()),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def _sources(n: int, seed: int = 3):
    from corpus import _CLAIMS, _NAMES, _PLACES

    from annotate.models import Source

    rnd = random.Random(seed)
    out = []
    for i in range(n):
        paras = []
        for _ in range(18):
            who, place = rnd.choice(_NAMES), rnd.choice(_PLACES)
            paras.append(f"“{rnd.choice(_CLAIMS)},” {who} said in {place} on {rnd.randint(1, 28)} March, "
                         f"after {rnd.randint(2, 900)} days of talks that officials described as difficult but useful.")
        text = f"Report {i}\n\n" + "\n\n".join(paras) + "\n"
        sid = hashlib.sha256(text.encode()).hexdigest()[:16]
        out.append(Source(id=sid, name=f"report-{i:07d}.txt", text=text, title=f"Report {i}", outlet="Wire",
                          published="2026-03-01", added_at="2026-03-02T00:00:00+00:00"))
    return out


def run(sizes: tuple[int, ...] | None = None) -> dict:
    from workspace_gen import write_workspace

    env_sizes = os.environ.get("BLUF_BENCH_SCALE")
    sizes = sizes or tuple(int(x) for x in (env_sizes or "10000,100000").split(","))
    out = {}
    with tempfile.TemporaryDirectory() as d:
        for n in sizes:
            path = Path(d) / f"ws-{n}.json"
            sources = _sources(n)
            write_workspace(path, stances=n, sources=sources)
            words = sum(len(s.text.split()) for s in sources[:100]) / min(n, 100)
            del sources
            r = subprocess.run([sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
            out[str(n)] = {"file_mb": round(path.stat().st_size / 1e6, 1), "words_per_source": round(words),
                           **json.loads(r.stdout.strip().splitlines()[-1])}
            path.unlink()
    return {"workspaces": out}
