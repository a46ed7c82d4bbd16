"""The actors view: f with the field emptied clears an actor's affiliation (as `bluf actors
affiliation X ""` does), says so and u undoes it; the / filter finds every actor `bluf actors`
lists, quoted or not, and the detail pane follows the filtered list (nothing found, no
actor's quotes). Pilot at 80x24 on the seed workspace, real keys."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import open_screen, screen_lines, settle


async def _actors(app, pilot) -> ActorsScreen:
    return await open_screen(app, pilot, "A", ActorsScreen)


def _detail(screen) -> str:
    return str(screen.query_one("#detail-text", Static).render())


async def test_an_emptied_affiliation_field_clears_it_says_so_and_u_restores_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _actors(app, pilot)
        ws = app.workspace
        table = screen.query_one(DataTable)
        aid = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        ws.set_affiliation(aid, "Nauru")
        screen.refresh_stances()
        await settle(app, pilot)
        assert "Nauru" in "\n".join(screen_lines(app))
        await pilot.press("f", "end", *["backspace"] * len("Nauru"), "enter")
        await settle(app, pilot)
        assert app.screen is screen
        assert ws.actor(aid).affiliation == ""
        assert "Nauru" not in "\n".join(screen_lines(app))  # the list shows —
        said = [n.message for n in app._notifications]
        assert any("Nauru cleared" in m for m in said), said
        await pilot.press("u")
        await settle(app, pilot)
        assert ws.actor(aid).affiliation == "Nauru"
        assert "Nauru" in "\n".join(screen_lines(app))


async def test_escape_in_the_affiliation_prompt_keeps_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _actors(app, pilot)
        ws = app.workspace
        table = screen.query_one(DataTable)
        aid = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        ws.set_affiliation(aid, "Nauru")
        await pilot.press("f", "end", *["backspace"] * 5, "escape")
        await settle(app, pilot)
        assert ws.actor(aid).affiliation == "Nauru"


async def test_the_filter_finds_an_actor_with_no_quote_and_the_detail_follows(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _actors(app, pilot)
        ws = app.workspace
        table = screen.query_one(DataTable)
        listed = {r.key.value for r in table.ordered_rows}
        quiet = next(a for a in ws.list_actors() if a.id not in listed)  # listed by `bluf actors`, never quoted
        top = ws.actor_name(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        assert top in _detail(screen)
        await pilot.press("slash", *quiet.name.lower())
        await settle(app, pilot)
        assert quiet.id in {r.key.value for r in table.ordered_rows}
        assert quiet.name[:18] in "\n".join(screen_lines(app))
        assert quiet.name in _detail(screen)
        await pilot.press(*"zzqx")  # nothing matches: an empty list and no actor's detail
        await settle(app, pilot)
        assert table.row_count == 0
        detail = _detail(screen)
        assert top not in detail and quiet.name not in detail and "no actor matches" in detail
