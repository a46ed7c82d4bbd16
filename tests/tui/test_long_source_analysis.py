"""A long source (parsed in parts, minutes for megabytes) never holds the others back: the
reader shows the short sources as soon as they are analysed, the long one last with its
progress; removing it (here or in another shell) stops its analysis at the next part, and
it is shown nowhere; quitting during it returns at once."""

from __future__ import annotations

import asyncio
import re
import time

import pytest

import annotate.nlp.chunks as chunks
from annotate import open_workspace
from tui.app import BlufApp

from ..large_text import large_text
from .helpers import widget_text


@pytest.fixture
def long_workspace(tmp_path, monkeypatch):
    """Two short sources and a long one of 30 parts (each well under a second to parse)."""
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 3000)
    files = {"a.txt": large_text(1200, "Elbonia"), "b.txt": large_text(1500, "Freedonia"), "huge.txt": large_text(90_000)}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(tmp_path / n) for n in files])
    ids = {s.name: s.id for s in ws.sources()}
    ws.close()
    return db, ids


async def until(pilot, probe, seconds: float, what: str):
    end = time.monotonic() + seconds
    while not (got := probe()):
        if time.monotonic() > end:
            raise AssertionError(f"not within {seconds:.0f} s: {what}")
        await pilot.pause(0.05)
    return got


def status(app) -> str:
    return widget_text(app.screen.query_one("#status"))


async def test_short_sources_are_shown_while_the_long_one_is_analysed_with_its_progress(long_workspace):
    db, ids = long_workspace
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await until(pilot, lambda: app.workspace, 30, "the workspace")
        await until(pilot, lambda: ws.is_analysed(ids["a.txt"]) and ws.is_analysed(ids["b.txt"]), 60, "the short sources")
        assert not ws.is_analysed(ids["huge.txt"]) and app.analysing()  # shown before the long one is done
        assert app.analysed and ws.quotes(ids["a.txt"])  # and they can be read and tagged meanwhile
        line = await until(pilot, lambda: "part " in status(app) and status(app), 30, "the long source's progress")
        assert re.search(r"part \d+/3\d of huge\.txt", line), line


async def test_removing_a_source_stops_its_analysis_at_the_next_part(long_workspace):
    db, ids = long_workspace
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "part 2/" in status(app), 60, "part 2 of the long source")
        other = open_workspace(db)  # `bluf source rm huge.txt` in another shell
        other.remove_source(ids["huge.txt"])
        other.close()
        removed = time.monotonic()
        await until(pilot, lambda: not app.analysing(), 10, "the analysis to stop")  # 28 parts to go: tens of seconds
        assert time.monotonic() - removed < 5
        await pilot.pause(0.3)
        assert "huge.txt" not in status(app) and "analysing" not in status(app).lower()
        assert [s.name for s in app.workspace.sources()] == ["a.txt", "b.txt"]


async def test_quitting_during_an_analysis_returns_at_once(long_workspace):
    db, ids = long_workspace
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "part 2/" in status(app), 60, "part 2 of the long source")
        t0 = time.monotonic()
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running, 5, "the app to end")
    # The analysis is abandoned: nobody waits for it (Python's thread pool would, at exit).
    loop = asyncio.get_running_loop()
    await asyncio.wait_for(loop.shutdown_default_executor(), 3)
    assert time.monotonic() - t0 < 4
    # What was finished is in the analysis cache: the next start reads it without parsing.
    from annotate.nlp.pipeline import pipeline_version

    ws = open_workspace(db)
    try:
        assert ws.cache.has(ids["a.txt"], pipeline_version(ws.gazetteer))
        assert not ws.cache.has(ids["huge.txt"], pipeline_version(ws.gazetteer))
    finally:
        ws.close()


async def test_the_long_source_resumes_after_a_quit_at_the_part_it_had_reached(long_workspace):
    db, ids = long_workspace
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "part 3/" in status(app), 60, "part 3 of the long source")
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running, 5, "the app to end")
    # The next start goes on from the parts already done (before: from part 1 again).
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        line = await until(pilot, lambda: "resuming" in status(app) and status(app), 60, "the long source's analysis resuming")
        m = re.search(r"resuming at part (\d+) of (3\d) of huge\.txt", line)
        assert m and int(m[1]) >= 3, line
        assert "part 1/" not in status(app)
        await until(pilot, lambda: app.workspace.is_analysed(ids["huge.txt"]), 90, "the long source analysed")
        assert app.workspace.quotes(ids["huge.txt"])
    ws = open_workspace(db)
    try:
        assert not list(ws.cache.dir.glob("**/*.parts"))  # the whole replaced the part files
    finally:
        ws.close()
