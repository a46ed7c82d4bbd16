"""The help screen (?) of the reader is longer than 24 rows: space and pgdn page down,
pgup and b page up, arrows and j/k move a line, home and end go to the ends; the last
line says so. Pilot at 80x24, the painted rows read."""

from __future__ import annotations

from textual.containers import VerticalScroll

from tui.app import BlufApp
from tui.screens.help import HelpScreen

from .helpers import screen_lines, settle


async def test_space_pages_through_the_help_and_pgup_comes_back(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 0, "the reader's help must be longer than the screen for this test"
        first = "\n".join(screen_lines(app))
        assert "Keys: " in first
        await pilot.press("space")
        await pilot.pause()
        assert scroll.scroll_y > 0
        assert "\n".join(screen_lines(app)) != first
        await pilot.press("end")
        await pilot.pause()
        shown = " ".join(" ".join(screen_lines(app)).split())
        assert "space: next page" in shown and "esc or ? closes" in shown, shown
        await pilot.press("home")
        await pilot.pause()
        assert scroll.scroll_y == 0 and "Keys: " in "\n".join(screen_lines(app))
        await pilot.press("space", "pageup")
        await pilot.pause()
        assert scroll.scroll_y == 0
        await pilot.press("j")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
