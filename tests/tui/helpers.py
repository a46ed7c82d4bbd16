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
