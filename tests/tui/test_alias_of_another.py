"""An alias typed in the actors screen that was another actor's name is said in a warning (the
mentions found so far stay that actor's), so the analyst can merge them."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import open_screen
from .test_screens import type_text


async def test_typing_an_alias_another_actor_goes_by_warns_and_names_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "A", ActorsScreen)
        ws = app.workspace
        top = screen._current()
        other = next(a for a in ws.list_actors() if a.id != top and a.kind == "person" and " " in a.name)
        app.clear_notifications()
        await pilot.press("l")
        await type_text(pilot, other.name)
        await pilot.press("enter")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any(f"also named {other.name}" in m for m in said), said
        assert other.name in ws.actor(top).aliases
