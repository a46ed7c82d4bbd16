"""Helpers for Pilot tests."""

from __future__ import annotations


def widget_text(widget) -> str:
    """The text a widget shows now, line by line (what a screen reader would get)."""
    lines = widget.render_lines(widget.size.region)
    return "\n".join("".join(seg.text for seg in strip) for strip in lines)


async def settle(app, pilot) -> None:
    """Wait until workers are done and the screen has refreshed."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def analysed(app, pilot, seconds: float = 120.0) -> None:
    """Settle until every source of the workspace has its analysis: an import made while the
    first analysis still ran is analysed after it (``LibraryScreen._analyse_when_idle`` polls
    every half second), which ``settle`` alone does not wait for on a loaded machine."""
    import asyncio

    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while True:
        await settle(app, pilot)
        if not app.workspace.pending_analysis() and not app.analysing():
            return
        if loop.time() > end:
            raise AssertionError(f"{len(app.workspace.pending_analysis())} source(s) not analysed within {seconds:.0f} s")
        await pilot.pause(0.2)


async def open_screen(app, pilot, key: str, screen_type):
    """Once the app has settled, press ``key`` and return the screen it opens, settled; fails
    when that screen is not a ``screen_type``."""
    await settle(app, pilot)
    await pilot.press(key)
    await settle(app, pilot)
    assert isinstance(app.screen, screen_type), f"{key} opened {type(app.screen).__name__}, not {screen_type.__name__}"
    return app.screen


async def open_reader(app, pilot, row: int = 0):
    """Once the app has settled, open the reader on the library's source at ``row`` (from 0)
    and return it, settled; fails when no reader opened."""
    from tui.screens.reader import ReaderScreen

    await settle(app, pilot)
    await pilot.press(*["down"] * row, "enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ReaderScreen), f"enter opened {type(app.screen).__name__}, not the reader"
    return app.screen


def screen_strips(app) -> list:
    """The terminal's rows as the app paints them now (modal screens over what is behind)."""
    return app.screen._compositor.render_strips()


def screen_lines(app) -> list[str]:
    """The terminal's rows as text."""
    return ["".join(seg.text for seg in strip) for strip in screen_strips(app)]


def region_text(app, region) -> list[str]:
    """The text painted in a screen region, row by row."""
    return [line[region.x : region.right] for line in screen_lines(app)[region.y : region.bottom]]


def workspace_of(tmp_path, filename: str, text: str):
    """A fresh workspace (no seeds) at ``tmp_path/ws.json`` holding one article, ``text`` imported
    from ``tmp_path/filename``; its path (the ``db`` a ``BlufApp`` opens)."""
    from annotate import open_workspace

    art = tmp_path / filename
    art.write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(art)])
    ws.close()
    return db


def article_workspace(tmp_path, text: str, filename: str, annotator: str = "ana", **meta):
    """A fresh workspace (no seeds) at ``tmp_path/ws.json`` holding ``text`` as one source named
    ``filename`` with the metadata ``meta`` (title, published, ... as ``Meta`` takes them),
    analysed, open as ``annotator``: (the workspace, its path). Close it before a ``BlufApp``
    opens the path."""
    from annotate.ingest import Meta, make_source
    from annotate.workspace import open_workspace

    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator=annotator)
    ws.add_sources([make_source(text, filename, meta=Meta(**meta))])
    ws.analyze()
    return ws, db


async def escape_out_of_a_filtered_list(app, pilot, screen, table, rows: int) -> None:
    """From a prompt opened on ``screen``'s filtered ``table``: escape closes the prompt, the
    next escape clears the filter (the screen stays, its ``rows`` rows all back), the next
    leaves the screen."""
    await pilot.press("escape")
    await settle(app, pilot)
    await pilot.press("escape")  # clears the filter, the screen stays
    await settle(app, pilot)
    assert app.screen is screen and table.row_count == rows
    await pilot.press("escape")
    await settle(app, pilot)
    assert not isinstance(app.screen, type(screen)), app.screen
