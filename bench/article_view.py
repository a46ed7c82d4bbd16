"""Reading a very long article: a 50,000-word article opens and scrolls like a short one.

The long article is the five seeds repeated into one source (about 50,000 words) with an
analysis made from the seeds' own, shifted (as in export_speed): real density of names and
quotes without parsing 50,000 words. The short one is a single seed. Both are read in the
real app, headless through Pilot at 80x24:

- text shown: Enter on the library row until the reader draws the article's first line;
- ready: Enter until every worker is done (the long article's stance suggestions are
  worked out in a thread after the text shows);
- page: one page-down, averaged over 40;
- next quote: one `]`, averaged over 40.

The baseline is the short article in the same run; the ratio is long / short. The pure
layout (tui.widgets.article_layout.layout, every row of the article wrapped with its
glyphs) is also timed against Rich's own wrapping of the same text at the same width.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import tempfile
import time
from pathlib import Path

from export_speed import shifted

WIDTH = 78  # the text column at 80x24 (gutter and scrollbar take the rest)


def _long_source(copies: int):
    from annotate.analysis import analyze_sources
    from annotate.ingest import make_source, seed_sources
    from annotate.models import Analysis

    seeds = seed_sources()
    base = analyze_sources(seeds)
    parts, offsets = [], []
    at = 0
    for i in range(copies):
        s = seeds[i % len(seeds)]
        offsets.append((s, at))
        parts.append(s.text)
        at += len(s.text) + 2
    src = make_source("\n\n".join(parts), "long-article.txt")
    merged = Analysis(source_id=src.id, pipeline="")
    for s, delta in offsets:
        a = shifted(base[s.id], src.id, delta)
        merged.sentences += a.sentences
        merged.entities += a.entities
        merged.quotes += a.quotes
        merged.frames += a.frames
        merged.incidents += a.incidents
        merged.stray_marks += a.stray_marks
    return src, merged, seeds[0], base[seeds[0].id]


def _workspace(directory: Path, src, analysis) -> Path:
    from annotate.cache import AnalysisCache
    from annotate.nlp.pipeline import pipeline_version
    from annotate.workspace import open_workspace

    path = directory / f"{src.name}.json"
    ws = open_workspace(path, seed=False)
    ws.add_sources([src])
    assert [x.id for x in ws.sources()] == [src.id]
    ws.close()
    analysis.pipeline = pipeline_version()
    analysis.source_id = src.id
    AnalysisCache(Path(str(path) + ".analysis")).put(analysis)
    return path


async def _read(path: Path, presses: int = 40) -> dict:
    from tui.app import BlufApp
    from tui.screens.reader import ReaderScreen
    from tui.widgets.article_view import ArticleView

    shown: list[float] = []
    render_line = ArticleView.render_line

    def timed_render_line(view, y):  # the first line drawn once the text is laid out
        if not shown and view._layout is not None and view._layout.rows:
            shown.append(time.perf_counter())
        return render_line(view, y)

    ArticleView.render_line = timed_render_line
    app = BlufApp(db=path)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            t = time.perf_counter()
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            ready = time.perf_counter() - t
            assert isinstance(app.screen, ReaderScreen), app.screen
            assert shown, "the article was never drawn"
            text_shown = shown[0] - t
            t = time.perf_counter()
            for _ in range(presses):
                await pilot.press("pagedown")
                await pilot.pause()
            page = (time.perf_counter() - t) / presses
            t = time.perf_counter()
            for _ in range(presses):
                await pilot.press("right_square_bracket")
                await pilot.pause()
            jump = (time.perf_counter() - t) / presses
    finally:
        ArticleView.render_line = render_line
    return {"text_shown_s": text_shown, "ready_s": ready, "page_ms": page * 1000, "next_quote_ms": jump * 1000}


def _layout_times(text: str, removed, headings, repeat: int = 3) -> tuple[float, float]:
    from rich.console import Console
    from rich.text import Text

    from tui.widgets.article_layout import blocks, layout

    console = Console(width=WIDTH, file=open("/dev/null", "w"), color_system=None)
    ours, rich_wrap = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        layout(text, blocks(text, removed, headings), WIDTH)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        Text(text).wrap(console, WIDTH)
        rich_wrap.append(time.perf_counter() - t)
    return statistics.median(ours), statistics.median(rich_wrap)


def run(copies: int = 80, repeat: int = 3) -> dict:
    src, analysis, small_src, small_analysis = _long_source(copies)
    out: dict = {"long_words": len(src.text.split()), "short_words": len(small_src.text.split()),
                 "long_quotes": len(analysis.quotes)}
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        long_path = _workspace(d, src, analysis)
        short_path = _workspace(d, small_src, small_analysis)
        # The app reads them from disk: what was built here would only burden the
        # garbage collector in this process, as it never would in the app's.
        text, removed, headings = src.text, src.removed, src.headings
        del src, analysis, small_src, small_analysis
        gc.collect()
        runs_long, runs_short = [], []
        for _ in range(repeat):  # alternate, so drift on the machine hits both alike
            runs_short.append(asyncio.run(_read(short_path)))
            runs_long.append(asyncio.run(_read(long_path)))
    for key in ("text_shown_s", "ready_s", "page_ms", "next_quote_ms"):
        lo = statistics.median(r[key] for r in runs_long)
        sh = statistics.median(r[key] for r in runs_short)
        out[f"long_{key}"] = round(lo, 3)
        out[f"short_{key}"] = round(sh, 3)
        out[f"ratio_{key}"] = round(lo / sh, 2)
    ours, rich_wrap = _layout_times(text, removed, headings)
    out["layout_s"] = round(ours, 3)
    out["rich_wrap_s"] = round(rich_wrap, 3)
    out["ratio_layout_vs_rich_wrap"] = round(ours / rich_wrap, 2)
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
