"""Where a tag's time goes beyond the fdatasync: each step of `Workspace.tag_span` timed
on its own with `time.perf_counter` (medians, microseconds), 10,000 stances stored.
`tag_without_fdatasync_us` is the whole call with fdatasync made a no-op."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from workspace_gen import write_workspace


def _median_us(fn, n: int) -> float:
    xs = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        xs.append(time.perf_counter() - t)
    return round(statistics.median(xs) * 1e6, 1)


def run(n: int = 3_000) -> dict:
    from annotate import store as store_mod
    from annotate.workspace import _now, open_workspace

    with tempfile.TemporaryDirectory() as d:
        ws = open_workspace(write_workspace(Path(d) / "ws.json", 10_000), annotator="bench", seed=False)
        st, src = ws.store, ws.sources()[0]
        rec = {"q": 1, "t": "stances", "o": "i", "id": 1, "d": {"ev": "tag", "id": uuid.uuid4().hex[:12], "actor_id": "nato",
               "label": "hawkish", "source_id": src.id, "start": 0, "end": 200, "quote": src.text[:200],
               "annotator": "bench", "created_at": _now(), "actor_name": "NATO"}}
        ws.tag_span(src.id, 0, 40, "nato", "hawkish")  # the journal and the lock file are open from here on

        def locked():
            with st._locked():
                pass

        out = {
            "lock_enter_exit_us": _median_us(locked, n),
            "catch_up_us": _median_us(st._catch_up, n),
            "journal_fd_us": _median_us(st._journal_fd, n),
            "encode_record_us": _median_us(lambda: store_mod._line(rec), n),
        }
        i = [0]

        def tag():  # spans 0-300 of the article, re-tagged with the next label on each pass
            i[0] += 1
            k = i[0] % 300
            ws.tag_span(src.id, k, k + 40, "nato", ws.labels[1 + i[0] // 300 % (len(ws.labels) - 1)])

        sync, append = os.fdatasync, st.append
        os.fdatasync = lambda fd: None
        try:
            out["tag_without_fdatasync_us"] = _median_us(tag, n)
            st.append = lambda ops: [0] * len(ops)
            out["tag_without_store_us"] = _median_us(tag, n)
        finally:
            os.fdatasync, st.append = sync, append
        ws.close(compact=False)
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
