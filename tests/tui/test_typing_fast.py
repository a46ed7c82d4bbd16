"""What a fast typist (or a paste through tmux) does: keys right after tab, a toast after
every key, a second import typed into the same field."""

from __future__ import annotations

from textual.widgets import Input

from tui.app import BlufApp
from tui.screens.source_edit import SourceEditScreen
from tui.widgets.status_line import StatusLine
from tui.wording import short_count

from .helpers import open_reader, settle


async def test_text_typed_after_tab_is_added_to_the_field_not_put_in_place_of_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, SourceEditScreen)
        outlet = app.screen.query_one("#f-outlet", Input)
        before = outlet.value
        await pilot.press("tab", "space", "T", "V", "ctrl+o")
        await settle(app, pilot)
        src = app.workspace.sources()[0]
        assert src.outlet == f"{before} TV".strip(), src.outlet


async def test_a_toast_never_covers_the_readers_status_line(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        reader = await open_reader(app, pilot)
        first = next(i for i, q in enumerate(reader.quotes) if q.actor_id)
        await pilot.press(*["right_square_bracket"] * (first + 1), "h")  # "Saved: …" toast
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert reader.focus_index is not None and app.screen is reader
        status = reader.query_one(StatusLine).region
        toasts = [t.region for t in reader.query("Toast")]
        assert toasts, "no toast was shown"
        assert all(not t.overlaps(status) for t in toasts), (toasts, status)


async def test_the_import_field_is_empty_for_the_next_import(ws_path, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("Officials said nothing new today.\n", encoding="utf-8")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("i")
        await settle(app, pilot)
        field = app.screen.query_one("#paths", Input)
        for ch in str(one):
            await pilot.press(ch)
        await pilot.press("enter")
        await settle(app, pilot)
        assert field.value == ""


def test_counts_fit_a_three_cell_column():
    for n in (0, 7, 999, 1000, 2732, 9999, 15000, 99999, 100000, 999999, 1200000, 45000000):
        assert len(short_count(n)) <= 3, n
    assert [short_count(n) for n in (999, 2732, 15000)] == ["999", "2k7", "15k"]
