"""The reader's status line says a tag with the key press, before a long article's marks are
rebuilt (new-user session 15: on a 320-quote article the line still said "untagged · 0/320
tagged" 1.5 s after `h`, the tag on disk: the status was drawn only after the marks were
worked out). The marks' rebuild is made slow here; the line must be painted first. Pilot at
80x24, invented text."""

from __future__ import annotations

import time

from textual.app import App

from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import article_workspace, open_reader, screen_lines, settle

TEXT = ("Admiral Oona Vesk sent three frigates to the Harl strait on Monday.\n\n"
        "“We will keep the strait open,” Vesk told reporters.\n")


async def test_the_status_line_says_the_tag_before_the_marks_are_rebuilt(tmp_path, monkeypatch):
    ws, db = article_workspace(tmp_path, TEXT, "harl.txt", title="Harl strait")
    ws.close()
    app = BlufApp(db=db)
    painted: list[float] = []
    marks_done: list[float] = []
    shown = App._display

    def display(self, screen, update):
        shown(self, screen, update)
        if isinstance(self.screen, ReaderScreen) and any("1/1 tagged" in line for line in screen_lines(self)[-3:]):
            painted.append(time.monotonic())

    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        content_marks = ReaderScreen._content_marks

        def slow(self, tags):
            time.sleep(0.8)  # a long article's marks
            out = content_marks(self, tags)
            marks_done.append(time.monotonic())
            return out

        monkeypatch.setattr(ReaderScreen, "_content_marks", slow)
        monkeypatch.setattr(App, "_display", display)
        await pilot.press("h")
        await settle(app, pilot)
        assert len(app.workspace.stances()) == 1
        assert painted and marks_done, (painted, marks_done)
        assert painted[0] < marks_done[0], "the status line waited for the marks"
