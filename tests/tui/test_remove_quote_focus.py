"""`X` (not a quote) in the reader keeps the analyst's place: the next `]` goes to the quote
after the removed one (a new user's went back to quote 2), and `[` to the one before.
Pilot at 80x24 on the seed workspace, real keys; the status line says which quote is in focus."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import open_reader, screen_lines, settle


async def _reader_at_second_quote(app, pilot) -> ReaderScreen:
    reader = await open_reader(app, pilot)
    assert len(reader.quotes) >= 4
    await pilot.press(*["right_square_bracket"] * 2)  # quote 2
    await settle(app, pilot)
    assert reader.focus_index == 1
    return reader


async def test_after_x_the_next_quote_key_goes_to_the_quote_after_the_removed_one(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader_at_second_quote(app, pilot)
        n = len(reader.quotes)
        after = reader.quotes[2].text
        await pilot.press("X")
        await settle(app, pilot)
        assert len(reader.quotes) == n - 1
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert reader.quotes[reader.focus_index].text == after
        assert any(f"Quote 2/{n - 1}" in line for line in screen_lines(app)), screen_lines(app)[-3:]


async def test_after_x_the_previous_quote_key_goes_to_the_quote_before_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader_at_second_quote(app, pilot)
        n = len(reader.quotes)
        before = reader.quotes[0].text
        await pilot.press("X")
        await settle(app, pilot)
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert reader.quotes[reader.focus_index].text == before
        assert any(f"Quote 1/{n - 1}" in line for line in screen_lines(app))
