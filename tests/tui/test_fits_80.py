"""At 80x24 nothing an analyst reads is cut mid-word where it can fit: a place too long for
the library's column drops its country ("Kessler Ford", not "Kessler Ford, Mo");
every column title of the actors list is whole (the table no wider than the screen); the
merge picker's title wraps instead of stopping at "enter to". Pilot, real keys."""

from __future__ import annotations

from textual.widgets import DataTable

from annotate import open_workspace
from tui.app import BlufApp
from tui.widgets.picker import Picker

from .helpers import screen_lines, settle
from .test_actor_filter import _actors


async def test_a_long_place_shows_without_its_country_in_the_library(ws_path):
    ws = open_workspace(ws_path)
    ws.analyze()
    inc = ws.incidents()[0]
    ws.set_incident_place(inc.id, "Moldova", "Kessler Ford")
    ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        rows = [r for r in screen_lines(app) if "Kessler" in r]
        assert rows and all("Kessler Ford " in r and "Kessler Ford," not in r for r in rows), rows


async def test_the_actors_list_fits_80_columns_and_the_merge_title_is_whole(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _actors(app, pilot)
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.size.width, (table.virtual_size, table.size)  # no column cut off at the right
        header = next(r for r in screen_lines(app) if "Actor" in r and "Kind" in r)
        assert all(f" {t} " in header + " " for t in ("Actor", "Kind", "Affiliation", "Stances")), header
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, Picker)
        shown = " ".join(r.split("│")[1].strip() for r in screen_lines(app) if r.count("│") >= 2)  # inside the box
        assert "type to filter, enter to choose, esc to cancel" in shown, screen_lines(app)
