"""Two analysts on one workspace file: a value one of them is renaming while the other
renames it too is a conflict the reader says, never a silent overwrite (a new user renamed
one actor from two readers at once: the first name was gone with no word)."""

from __future__ import annotations

from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import open_screen, settle


async def test_a_rename_typed_while_another_analyst_renamed_the_actor_is_said_as_a_conflict(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "A", ActorsScreen)
        top = screen._current()
        await pilot.press("r")  # the prompt opens with the name as it is now
        other = open_workspace(ws_path, annotator="bob")  # another analyst, another process's view
        other.analyze()
        other.rename_actor(top, "Bob name")
        other.close()
        await pilot.press(*["backspace"] * 40)
        for ch in "Mine":
            await pilot.press(ch)
        await pilot.press("enter")
        app.poll_workspace()
        await pilot.pause()
        ws = app.workspace
        assert ws.actor_name(top) == "Mine"  # the later is in force ...
        said = [n.message for n in app._notifications]
        assert any("set one actor rename at once" in m and "“Bob name”" in m and "“Mine”" in m for m in said), said
        # ... and a rename typed after seeing the other's is an ordinary edit, no new notice
        app.clear_notifications()
        await pilot.press("r", *["backspace"] * 40, "O", "K", "enter")
        app.poll_workspace()
        await pilot.pause()
        assert ws.actor_name(top) == "OK"
        assert not [n for n in app._notifications if "at once" in n.message]


async def test_a_merge_picked_while_another_analyst_merged_the_actor_elsewhere_is_a_conflict_not_a_chain(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "A", ActorsScreen)
        ws = app.workspace
        top = screen._current()
        x, y = [a for a in ws.list_actors() if a.id != top and " " in a.name][:2]
        await pilot.press("m")  # the picker opens
        other = open_workspace(ws_path, annotator="bob")  # another analyst merges it meanwhile
        other.analyze()
        other.merge_actors(top, x.id)
        other.close()
        app.poll_workspace()
        await pilot.pause()
        for ch in y.name:
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause()
        app.poll_workspace()
        await pilot.pause()
        assert ws.canonical_actor_id(top) == x.id  # bob's merge stays in force ...
        assert ws.canonical_actor_id(x.id) != ws.canonical_actor_id(y.id)  # ... and x is not merged into y
        said = [n.message for n in app._notifications]
        assert any(f"was merged into {x.name} by bob meanwhile" in m for m in said), said
        assert any("set one actor merge at once" in m for m in said), said


async def test_a_speaker_picked_while_another_analyst_merged_that_actor_says_where_it_went(ws_path):
    from tui.widgets.picker import Picker

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket", "e")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        ws = app.workspace
        merz = ws.resolve_actor("Friedrich Merz")
        into = next(a for a in ws.list_actors() if a.id != merz and a.kind == "person" and " " in a.name)
        other = open_workspace(ws_path, annotator="bob")
        other.analyze()
        other.merge_actors(merz, into.id)
        other.close()
        app.poll_workspace()
        await pilot.pause()
        await pilot.press("m", "e", "r", "z", "enter")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
        assert any(m == f"Friedrich Merz was merged into {into.name} by bob; the speaker is {into.name}" for m in said), said
