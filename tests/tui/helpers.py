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
