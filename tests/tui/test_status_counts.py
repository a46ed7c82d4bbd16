"""The reader's status line counts every tag of the source: a sentence tagged (no quote
there) as well as the quotes (new-user session: it said "0/1 tagged" with a sentence of
the source tagged). Pilot at 80x24, keys as typed, invented text."""

from __future__ import annotations

from tui.app import BlufApp
from tui.widgets.picker import Picker
from tui.widgets.status_line import StatusLine

from .helpers import article_workspace, open_reader, settle

TEXT = ("Admiral Oona Vesk sent three frigates to the Harl strait on Monday.\n\n"
        "“We will keep the strait open,” Vesk told reporters.\n")


def _status(app) -> str:
    return app.screen.query_one("#status", StatusLine).text


async def test_a_tagged_sentence_is_counted_on_the_status_line_apart_from_the_quotes(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "harl.txt", title="Harl strait")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert "0/1 tagged" in _status(app), _status(app)
        await pilot.press("right_parenthesis", "h")  # the first sentence (narration, no quote), hawkish
        await settle(app, pilot)
        if isinstance(app.screen, Picker):  # no subject found: say who holds the stance
            await pilot.press(*"Vesk", "enter")
            await settle(app, pilot)
        assert len(app.workspace.stances()) == 1
        assert "0/1 tagged + 1 passage" in _status(app), _status(app)
        await pilot.press("right_square_bracket", "c")  # and the quote
        await settle(app, pilot)
        assert "1/1 tagged + 1 passage" in _status(app), _status(app)
        await pilot.press("right_parenthesis", "u")  # the quote's tag undone: the sentence's stays
        await settle(app, pilot)
        assert "0/1 tagged + 1 passage" in _status(app), _status(app)
