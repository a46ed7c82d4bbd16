"""Home, End, PgUp and PgDn move the row cursor in every table view (library, actors,
incidents), so a key acting on the row under the cursor acts on the row the analyst sees
highlighted (new-user session: Home left the cursor on a tagged source and X offered to
remove it). Pilot at 80x24 on the seed workspace."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tui.app import BlufApp
from tui.widgets.confirm import Confirm

from .helpers import screen_lines, settle


def _cursor_row_text(table) -> str:
    return " ".join(str(c) for c in table.get_row_at(table.cursor_row))


async def test_home_and_end_move_the_library_cursor_and_x_removes_that_source(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#sources", DataTable)
        last = table.row_count - 1
        assert last >= 2
        await pilot.press("down", "down", "home")
        assert table.cursor_row == 0
        await pilot.press("end")
        assert table.cursor_row == last
        await pilot.press("pageup")
        assert table.cursor_row == 0
        await pilot.press("pagedown")
        assert table.cursor_row > 0
        await pilot.press("end", "X")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        label = app.workspace.source(key).label
        asked = " ".join(" ".join(screen_lines(app)).split())
        assert f"Remove {label[:20]}" in asked, asked  # the row the cursor is on: the last one
        assert key == table.coordinate_to_cell_key((last, 0)).row_key.value


@pytest.mark.parametrize("screen_key", ["A", "I"])
async def test_home_end_and_pages_move_the_cursor_on_the_actors_and_incidents_views(ws_path, screen_key):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(screen_key)
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        last = table.row_count - 1
        assert last >= 2
        await pilot.press("end")
        assert table.cursor_row == last
        shown = "\n".join(screen_lines(app))
        assert _cursor_row_text(table).split()[0][:8] in shown  # scrolled to it
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("pagedown")
        assert table.cursor_row > 0
        await pilot.press("pageup")
        assert table.cursor_row == 0


@pytest.mark.parametrize("screen_key", [None, "A", "I", "M"])
async def test_g_and_shift_g_go_to_the_first_and_last_row_of_every_table_view(ws_path, screen_key):
    # An engineer pressed G on the incidents timeline as in the reader: nothing moved.
    if screen_key == "M":  # the matrix has a row per tagged actor
        from annotate.workspace import open_workspace

        ws = open_workspace(ws_path, annotator="tester")
        ws.analyze()
        actors = set()
        for src in ws.sources():
            for i, q in enumerate(ws.quotes(src.id)):
                if q.actor_id and q.actor_id not in actors and len(actors) < 3:
                    ws.tag(src.id, i, "hawkish")
                    actors.add(q.actor_id)
        ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        if screen_key:
            await pilot.press(screen_key)
            await settle(app, pilot)
        table = app.screen.focused
        assert isinstance(table, DataTable)
        last = table.row_count - 1
        assert last >= 1
        column = table.cursor_column
        await pilot.press("G")
        await pilot.pause()
        assert table.cursor_row == last and table.cursor_column == column
        shown = "\n".join(screen_lines(app))
        assert _cursor_row_text(table).split()[0][:8] in shown  # scrolled to it
        await pilot.press("g")
        await pilot.pause()
        assert table.cursor_row == 0
