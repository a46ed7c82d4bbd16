"""Re-tagging one quote 1,000 times: the cost of a tag and of listing the source's stances
must not grow with the number of re-tags (one tag in force per annotator, actor and
evidence; the fold is O(1) per event). Reports the median cost of the last 100 re-tags
against the first 100 (target: ratio <= 1.5; schema 2 doubled every few re-tags)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from workspace_gen import write_workspace


def run(retags: int = 1_000, window: int = 100) -> dict:
    from annotate.models import DEFAULT_LABELS
    from annotate.workspace import open_workspace

    with tempfile.TemporaryDirectory() as d:
        path = write_workspace(Path(d) / "ws.json", 1_000)
        ws = open_workspace(path, annotator="bench", seed=False)
        src = ws.sources()[0]
        tag_s, list_s = [], []
        for i in range(retags):
            t = time.perf_counter()
            ws.tag_span(src.id, 100, 160, "nato", DEFAULT_LABELS[i % len(DEFAULT_LABELS)])
            t2 = time.perf_counter()
            in_force = ws.stances(src.id)
            list_s.append(time.perf_counter() - t2)
            tag_s.append(t2 - t)
        mine = [s for s in in_force if s.annotator == "bench"]
        ws.close(compact=False)
    assert len(mine) == 1 and mine[0].label == DEFAULT_LABELS[(retags - 1) % len(DEFAULT_LABELS)], mine

    def ratio(xs):
        return round(statistics.median(xs[-window:]) / statistics.median(xs[:window]), 2)

    return {
        "retags": retags,
        "tag_first_ms": round(statistics.median(tag_s[:window]) * 1000, 3),
        "tag_last_ms": round(statistics.median(tag_s[-window:]) * 1000, 3),
        "tag_ratio": ratio(tag_s),
        "stances_first_ms": round(statistics.median(list_s[:window]) * 1000, 3),
        "stances_last_ms": round(statistics.median(list_s[-window:]) * 1000, 3),
        "stances_ratio": ratio(list_s),
        "target_ratio": 1.5,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
