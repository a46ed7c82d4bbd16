"""Analysis of a generated corpus (``BLUF_BENCH_SOURCES`` sources, default 2,000 news items
of about 160 words) here with ``nlp.pipe(n_process=2)`` and through a 2-worker Dask
LocalCluster (processes, one thread each, on 127.0.0.1), and once in 1 process: sources
per second, and the cluster's overhead over n_process=2 (target: at most 15%).

Fair on a shared 2-core machine:
- the same corpus (generated once, sent to each side) and the same work: each run analyses
  every source into an empty analysis cache (a new directory each run), as ``bluf import``
  does; the results are checked (every source analysed, none failed);
- the same state: each repetition starts two fresh processes, one per side, each with
  spaCy loaded before any clock (as in the app; the cluster's workers load it at start,
  ``--preload annotate.cluster``, as the docs say to start them). The first run of each is
  cold (no text of the corpus seen yet: n_process=2 forks its children from a parent that
  has not parsed it, the cluster's workers have not parsed it), the second warm;
- interleaved: local cold, cluster cold, local warm, cluster warm, the order of the sides
  swapped every other repetition, so that the machine's load weighs on both alike;
- ``BLUF_BENCH_REPEATS`` repetitions (default 3): the median ratio, its range, the load.

Timed, local: ``analyze_sources(n_process=2)``: fork two children (they inherit the loaded
model), mask and NFC the texts, children parse, docs serialised back, parent runs bluf's
layers on them and writes each cache entry, children joined.
Timed, cluster: ``analyze_sources(scheduler=...)``: connect a client, register the worker
plugin (nothing to do: preloaded), send the batches, workers parse and run bluf's layers,
the JSON of each analysis comes back, the client decodes it and writes each cache entry,
client closed. Not timed on either side: starting the processes, loading spaCy there,
starting the cluster."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(n: int | None = None, repeats: int | None = None) -> dict:
    n = n or int(os.environ.get("BLUF_BENCH_SOURCES", "2000"))
    repeats = repeats or int(os.environ.get("BLUF_BENCH_REPEATS", "3"))
    side = _Side("one", n)
    try:
        one = side.run()
    finally:
        side.close()
    local, cluster, order = {"cold": [], "warm": []}, {"cold": [], "warm": []}, []
    words = one["words"]
    for r in range(repeats):
        sides = {"local": _Side("local", n), "cluster": _Side("cluster", n)}
        try:
            first, second = ("local", "cluster") if r % 2 == 0 else ("cluster", "local")
            for state in ("cold", "warm"):
                for name in (first, second):
                    got = sides[name].run()
                    (local if name == "local" else cluster)[state].append(got)
                    order.append(f"{name} {state} {got['seconds']} s, {got['cpu_seconds']} s CPU (load {got['load']})")
        finally:
            for s in sides.values():
                s.close()
    out: dict = {"sources": n, "words": words, "repeats": repeats,
                 "local_1_process_sources_s": round(n / one["seconds"], 1)}
    for state in ("cold", "warm"):
        ratios = [c["seconds"] / lo["seconds"] for lo, c in zip(local[state], cluster[state])]
        t2 = statistics.median(x["seconds"] for x in local[state])
        tc = statistics.median(x["seconds"] for x in cluster[state])
        out[f"local_2_processes_{state}_sources_s"] = round(n / t2, 1)
        out[f"cluster_2_workers_{state}_sources_s"] = round(n / tc, 1)
        out[f"cluster_overhead_{state}_median"] = round(statistics.median(ratios) - 1, 3)
        out[f"cluster_overhead_{state}_range"] = [round(min(ratios) - 1, 3), round(max(ratios) - 1, 3)]
        # CPU seconds of all the side's processes: what the work costs, whatever share of the
        # shared cores each side got (n_process=2 runs 3 busy processes, the cluster 2 and a client).
        cpu = [c["cpu_seconds"] / lo["cpu_seconds"] for lo, c in zip(local[state], cluster[state])]
        out[f"cluster_cpu_overhead_{state}_median"] = round(statistics.median(cpu) - 1, 3)
    out["per_worker_words_s"] = round(words / statistics.median(x["seconds"] for x in cluster["warm"]) / 2)
    out["runs"] = order
    return out


class _Side:
    """One fresh process (this file with ``--serve``) that analyses the corpus each time it
    is asked: ``one`` (1 process), ``local`` (n_process=2) or ``cluster`` (its own
    LocalCluster)."""

    def __init__(self, kind: str, n: int):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), str(HERE), os.environ.get("PYTHONPATH", "")])}
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve", kind, str(n)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        self._read()  # "ready": spaCy loaded (and the cluster started)

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the bench process ended (exit {self.proc.wait()})")
        return json.loads(line)

    def run(self) -> dict:
        self.proc.stdin.write("run\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=120)


def _serve(kind: str, n: int) -> None:
    from corpus import news_items

    from annotate.analysis import analyze_sources
    from annotate.cache import AnalysisCache
    from annotate.nlp.pipeline import load_pipeline

    sources = news_items(n)
    words = sum(len(s.text.split()) for s in sources)
    load_pipeline()  # loaded once, as in the app
    cluster, workers = None, []
    kw: dict = {"n_process": 1 if kind == "one" else 2}
    if kind == "cluster":
        import psutil
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, preload=["annotate.cluster"])
        kw = {"scheduler": cluster.scheduler_address}
        workers = [psutil.Process(w.pid) for w in cluster.workers.values()]

    def cpu() -> float:
        """CPU seconds of this side: this process, its ended children (n_process=2's), its workers."""
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + kids.ru_utime + kids.ru_stime + sum(sum(p.cpu_times()[:2]) for p in workers)
    print(json.dumps({"ready": True}), flush=True)
    with tempfile.TemporaryDirectory(prefix="bluf-bench-cluster-") as tmp:
        for i, _ in enumerate(sys.stdin):
            cache = AnalysisCache(Path(tmp) / f"run{i}")  # empty: every source is analysed and written
            errors: dict[str, str] = {}
            c, t = cpu(), time.perf_counter()
            got = analyze_sources(sources, cache, errors=errors, **kw)
            dt, dc = time.perf_counter() - t, cpu() - c
            assert len(got) == n and not errors, errors
            print(json.dumps({"seconds": round(dt, 2), "cpu_seconds": round(dc, 2), "words": words,
                              "load": round(os.getloadavg()[0], 1)}), flush=True)
    if cluster is not None:
        cluster.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        _serve(sys.argv[2], int(sys.argv[3]))
    else:
        print(json.dumps(run(), indent=1))
