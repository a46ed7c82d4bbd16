"""The actors screen has a `/` filter like the library's: letters typed after / go into it,
never to the list's keys (a new user typed /Defen and f, Affiliation, opened a prompt for
the top actor), and at 80 columns the footer shows f and k and ? (which lists every key).
Pilot at 80x24 on the seed workspace; keys posted in one burst as a terminal reads them."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tui.app import BlufApp
from tui.screens.actors import ActorsScreen
from tui.widgets.prompt import TextPrompt

from .helpers import escape_out_of_a_filtered_list, open_screen, screen_lines, settle
from .test_key_bursts import burst


async def _actors(app, pilot) -> ActorsScreen:
    return await open_screen(app, pilot, "A", ActorsScreen)


async def test_letters_typed_after_slash_filter_the_actors_and_never_act(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _actors(app, pilot)
        ws = app.workspace
        table = screen.query_one(DataTable)
        rows = [r.key.value for r in table.ordered_rows]
        # an actor below the top one whose name holds a key of the screen (m r l f k)
        aid = next(a for a in rows[1:] if set(ws.actor_name(a).lower()) & set("mrlfk"))
        name, top = ws.actor_name(aid), ws.actor_name(rows[0])
        before = {a: (ws.actor_name(a), ws.actor(a).affiliation, ws.actor(a).kind) for a in rows}
        burst(app, "/", *name.lower())
        await settle(app, pilot)
        assert app.screen is screen and isinstance(app.focused, Input) and app.focused.value == name.lower()
        shown = "\n".join(screen_lines(app))
        assert name[:20] in shown and top[:20] not in shown.split("\n", 2)[2].split("─")[0]  # the list: that actor only
        assert {a: (ws.actor_name(a), ws.actor(a).affiliation, ws.actor(a).kind) for a in rows} == before
        burst(app, "enter", "f")  # back to the list: f is Affiliation again, for the actor found
        await settle(app, pilot)
        assert isinstance(app.screen, TextPrompt)
        assert f"Affiliation of {name}" in "\n".join(screen_lines(app))
        await escape_out_of_a_filtered_list(app, pilot, screen, table, len(rows))


async def test_the_footer_at_80_columns_shows_the_filter_affiliation_kind_and_help_keys(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _actors(app, pilot)
        await settle(app, pilot)
        footer = screen_lines(app)[-1]
        for key in ("/ Filter", "m Merge", "r Rename", "f Affiliation", "k Kind", "? Help"):
            assert key in footer, footer
