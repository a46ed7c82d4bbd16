"""The library's Tag column counts every tagged passage of a source: a sentence tagged in
the reader (no quote) as well as a quote (new-user session: sentence tags were left out).
Pilot at 80x24, invented text."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.screens.reader import ReaderScreen
from tui.widgets.picker import Picker

from .helpers import article_workspace, settle

TEXT = ("Colonel Brisa Tamm ordered two more battalions to the Varn border on Thursday.\n\n"
        "“We will not give up a metre,” Tamm told reporters.\n")


def _tag_cell(app) -> str:
    table = app.screen.query_one("#sources", DataTable)
    return str(table.get_row_at(0)[list(table.columns).index("tagged")]).strip()


async def test_a_sentence_tagged_in_the_reader_is_counted_in_the_tag_column(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "varn.txt", title="Varn border")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert _tag_cell(app) == "0"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("right_parenthesis", "h")  # the first sentence (narration, no quote), hawkish
        await settle(app, pilot)
        if isinstance(app.screen, Picker):  # no subject found: say who holds the stance
            await pilot.press(*"Tamm", "enter")
            await settle(app, pilot)
        tags = app.workspace.stances()
        assert len(tags) == 1 and not any((q.start, q.end) == (tags[0].start, tags[0].end) for q in app.workspace.quotes(tags[0].source_id))
        await pilot.press("right_square_bracket", "h")  # and the quote
        await settle(app, pilot)
        assert len(app.workspace.stances()) == 2
        await pilot.press("escape")
        await settle(app, pilot)
        assert _tag_cell(app) == "2"
