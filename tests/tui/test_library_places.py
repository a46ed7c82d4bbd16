"""The library's incident list shows where an incident happened as the incidents screen
does: "Place, Country" once the analyst set the place, not the country alone."""

from __future__ import annotations

from textual.widgets import DataTable

from annotate import open_workspace
from tui.app import BlufApp

from .helpers import settle, widget_text


async def test_the_library_shows_the_place_the_analyst_set_with_its_country(ws_path):
    ws = open_workspace(ws_path, seed=False)
    ws.analyze()
    inc = ws.incidents()[0]
    ws.set_incident_place(inc.id, *ws.read_place("Tartu, Estonia"))
    ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(160, 30)) as pilot:  # wide: the column is not cut
        await settle(app, pilot)
        table = app.screen.query_one("#incidents", DataTable)
        assert "Tartu, Estonia" in widget_text(table)
