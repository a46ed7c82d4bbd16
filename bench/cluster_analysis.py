"""Analysis of a generated corpus (``BLUF_BENCH_SOURCES`` sources, default 2,000 news items
of about 160 words) here in 1 process, here with ``nlp.pipe(n_process=2)``, and through a
2-worker Dask LocalCluster (processes, one thread each, on 127.0.0.1): sources per second,
and the cluster's overhead over n_process=2 (target: at most 15%).

The cluster is started before the clock (a cluster runs before a user sends work), its
workers cold: the first run includes each worker loading spaCy, as n_process=2 includes
its children loading it. A second, warm run shows the steady state. n_process=2 and the
cluster alternate (2-core machine shared with others: one order would favour one)."""

from __future__ import annotations

import os
import statistics
import time


def run(n: int | None = None) -> dict:
    from corpus import news_items
    from distributed import LocalCluster

    from annotate.analysis import analyze_sources
    from annotate.nlp.pipeline import load_pipeline

    n = n or int(os.environ.get("BLUF_BENCH_SOURCES", "2000"))
    sources = news_items(n)
    words = sum(len(s.text.split()) for s in sources)
    load_pipeline()  # loaded once, as in the app

    def timed(**kw) -> float:
        errors: dict[str, str] = {}
        t = time.perf_counter()
        got = analyze_sources(sources, None, errors=errors, **kw)
        dt = time.perf_counter() - t
        assert len(got) == n and not errors, errors
        return dt

    one = timed(n_process=1)
    two, cold, warm = [], [], []
    # Workers started as the docs say (--preload annotate.cluster): they load spaCy at start.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                      preload=["annotate.cluster"]) as lc:
        address = lc.scheduler_address
        cold.append(timed(scheduler=address))
        two.append(timed(n_process=2))
        warm.append(timed(scheduler=address))
        two.append(timed(n_process=2))
        warm.append(timed(scheduler=address))
    t2, tw = statistics.median(two), statistics.median(warm)
    return {
        "sources": n, "words": words,
        "local_1_process_sources_s": round(n / one, 1),
        "local_2_processes_sources_s": round(n / t2, 1),
        "cluster_2_workers_cold_sources_s": round(n / cold[0], 1),
        "cluster_2_workers_warm_sources_s": round(n / tw, 1),
        "per_worker_words_s": round(words / tw / 2),
        "ratio_2_processes_over_1": round(one / t2, 2),
        "ratio_cluster_warm_over_1": round(one / tw, 2),
        "cluster_overhead_cold_vs_2_processes": round(cold[0] / t2 - 1, 3),
        "cluster_overhead_warm_vs_2_processes": round(tw / t2 - 1, 3),
        "seconds": {"one": round(one, 1), "two": [round(x, 1) for x in two], "cold": round(cold[0], 1),
                    "warm": [round(x, 1) for x in warm]},
    }
