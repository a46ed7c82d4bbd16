"""The actors view says how many actors it shows of how many there are ("4 of 32 shown (a:
all)": those with quotes or tags) and a shows every actor, a again only those.
Pilot at 80x24 on the seed workspace: A, a, a."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import open_screen, settle


async def test_a_shows_every_actor_and_the_title_counts_them(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(app, pilot, "A", ActorsScreen)
        every = len(app.workspace.list_actors())
        table = app.screen.query_one(DataTable)
        title = str(app.screen.query_one("#title", Static).render())
        few = table.row_count
        assert few < every and f"{few} of {every} shown" in title, title
        await pilot.press("a")
        await settle(app, pilot)
        assert table.row_count == every
        assert f"all {every}" in str(app.screen.query_one("#title", Static).render())
        await pilot.press("a")
        await settle(app, pilot)
        assert table.row_count == few
