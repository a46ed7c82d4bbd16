"""One edit and what it re-derives, in a workspace holding a 1.2 MB article against the
seeds-only workspace, in the same run (issue 12 point 3: the reader equals the store right
after the key, whatever the workspace holds).

The big workspace is the five seeds and a generated article (bench/generated_article.py,
1,750 paragraphs of reported speech, about 1.2 MB and 3,500 quotes; parsed once, about a
minute). Each workspace is analysed, closed and opened again as bluf opens it (from the
derived cache), with what the reader's workers work out once the article is shown (its
suggestions, ``Workspace.prepare_edits``); then each edit is timed as the reader's key calls it
(``Workspace`` method: journal append with fdatasync, then re-derivation), medians of
``repeat``:

- rename an actor (actors screen ``r``), then its undo;
- a new quote ``Q`` over words after a quote (names inside), then its undo;
- a new quote over a sentence without a name, then its undo.

Reported: the medians per edit in both workspaces and the ratio big / seeds (target near
1), and the time the reader's worker then takes to work out the edited source's
suggestions again (after ``Q``, in a thread; the text and marks are shown before)."""

from __future__ import annotations

import statistics
import sys
from bisect import bisect_left
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generated_article import article  # noqa: E402

PARAGRAPHS = 1750


def _workspace(d: Path, paragraphs: int):
    """Made, analysed and closed, then opened again as bluf opens it (from the derived
    cache), with what the reader's workers work out once an article is shown."""
    from annotate.ingest import make_source
    from annotate.workspace import open_workspace

    ws = open_workspace(d / "ws.json", annotator="bench")
    if paragraphs:
        ws.add_sources([make_source(article(paragraphs), "drones.txt")])
    ws.analyze()
    ws.close()
    ws = open_workspace(d / "ws.json", annotator="bench")
    ws.analyze()
    src = max(ws.sources(), key=lambda s: len(s.text))
    ws.suggestions(src.id)
    getattr(ws, "prepare_edits", lambda: None)()  # (absent before the edits re-derived less)
    return ws


def _times(ws, repeat: int) -> dict:
    src = max(ws.sources(), key=lambda s: len(s.text))
    quotes = ws.quotes(src.id)
    q = next(q for q in quotes if q.actor_id and ws.actor(q.actor_id).kind == "person")
    text = src.text
    near = (q.end + 3, min(q.end + 40, len(text)))
    a = ws.analysis(src.id)
    named = sorted(e.start for e in a.entities)
    quoted = sorted((x.start, x.end) for x in quotes)

    def clear(s: int, e: int) -> bool:
        i, j = bisect_left(named, s), bisect_left(quoted, (e, e))
        return (i == len(named) or named[i] >= e) and (j == 0 or quoted[j - 1][1] <= s)

    # Words of a sentence that names no one and holds no quote.
    plain_span = next((s, min(e, s + 40)) for s, e in sorted(a.sentences) if clear(s, e))

    def timed(fn) -> float:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    out: dict[str, list[float]] = {k: [] for k in ("rename", "quote_near_names", "quote_no_name", "undo", "suggestions_after_quote")}
    for i in range(repeat):
        out["rename"].append(timed(lambda: ws.rename_actor(q.actor_id, f"Renamed {i}")))
        out["undo"].append(timed(ws.undo))
        out["quote_near_names"].append(timed(lambda: ws.add_quote(src.id, *near)))
        out["suggestions_after_quote"].append(timed(lambda: ws.suggestions(src.id)))
        out["undo"].append(timed(ws.undo))
        ws.suggestions(src.id)
        out["quote_no_name"].append(timed(lambda: ws.add_quote(src.id, *plain_span)))
        out["undo"].append(timed(ws.undo))
        ws.suggestions(src.id)
    return {**{k: statistics.median(v) for k, v in out.items()}, "first_quote": out["quote_near_names"][0]}


def run(repeat: int = 7) -> dict:
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        big = _workspace(Path(d) / "big", PARAGRAPHS)
        setup = time.perf_counter() - t
        small = _workspace(Path(d) / "seeds", 0)
        n_quotes = len(max((big.quotes(s.id) for s in big.sources()), key=len))
        size = max(len(s.text) for s in big.sources())
        b, s = _times(big, repeat), _times(small, repeat)
        big.close(compact=False)
        small.close(compact=False)
    edits = ("rename", "quote_near_names", "quote_no_name", "undo")
    out = {
        "article_chars": size, "article_quotes": n_quotes, "setup_s": round(setup, 1), "repeat": repeat,
        **{f"big_{k}_ms": round(v * 1000, 1) for k, v in b.items()},
        **{f"seeds_{k}_ms": round(v * 1000, 1) for k, v in s.items()},
        **{f"ratio_{k}": round(b[k] / s[k], 2) for k in edits},
        "ratio": round(sum(b[k] for k in edits) / sum(s[k] for k in edits), 2),
        "target_ratio": "near 1",
    }
    return out


if __name__ == "__main__":
    print(run())
