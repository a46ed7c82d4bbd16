"""Clustering 10,000 sources' event mentions into incidents (issue 14): generated mentions
(5 a source, 13 types, 40 countries, dates over a year, a fifth undated, some ranges), in
one process. Target: under 2 s. A baseline in the same run: building the input dict of the
same mentions again (the cost of merely touching them), for the machine's speed."""

from __future__ import annotations

import random
import time


def mentions(n_sources: int = 10_000, per_source: int = 5, seed: int = 14):
    from datetime import date, timedelta

    from annotate.event_types import load_event_types
    from annotate.models import IncidentMention

    rnd = random.Random(seed)
    types = sorted({t.id for t in load_event_types().types})
    countries = [f"Country {i}" for i in range(40)]
    means = ["", "drones", "missiles", "jets"]
    start = date(2025, 1, 1)
    out = {}
    for s in range(n_sources):
        ms = []
        for k in range(per_source):
            day = start + timedelta(days=rnd.randrange(365))
            first = "" if rnd.random() < 0.2 else day.isoformat()
            last = (day + timedelta(days=1)).isoformat() if first and rnd.random() < 0.1 else ""
            ms.append(IncidentMention(k * 100, k * 100 + 90, rnd.choice(countries), rnd.choice(types), rnd.choice(means), first, first, last))
        out[f"s{s:05d}"] = ms
    return out


def run(n_sources: int = 10_000) -> dict:
    from annotate.incidents import cluster_incidents

    by_source = mentions(n_sources)
    published = {sid: "2025-12-31" for i, sid in enumerate(by_source) if i % 2}
    t = time.perf_counter()
    copy = {sid: list(ms) for sid, ms in by_source.items()}
    base = time.perf_counter() - t
    t = time.perf_counter()
    incidents = cluster_incidents(copy, published=published)
    secs = time.perf_counter() - t
    return {"sources": n_sources, "mentions": sum(len(v) for v in by_source.values()), "incidents": len(incidents),
            "cluster_s": round(secs, 3), "target_s": 2.0, "touch_baseline_s": round(base, 3)}


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    print(run())
