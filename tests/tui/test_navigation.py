"""The screens a key opens from anywhere are one table (tui.screens.NAVIGATION): each
entry's key opens its screen, once only, and the command palette offers it by name."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens import NAVIGATION
from tui.screens.library import LibraryScreen

from .helpers import settle


async def test_every_navigation_key_opens_its_screen_and_the_palette_offers_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        offered = {c.title for c in app.get_system_commands(app.screen)}
        for entry in NAVIGATION:
            assert entry.description in offered, entry.name
            await pilot.press(entry.key)
            await pilot.pause()
            assert isinstance(app.screen, entry.screen_class()), entry.name
            depth = len(app.screen_stack)
            await pilot.press(entry.key)  # again: no second screen of the kind
            await pilot.pause()
            assert len(app.screen_stack) == depth and isinstance(app.screen, entry.screen_class())
        await pilot.press(next(e.key for e in NAVIGATION if e.name == "library"))
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
