"""Work started elsewhere finishes here: a source that another process imports while the
reader is open is analysed, counted in the library and readable, without a restart."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView

from .helpers import settle, widget_text

ARTICLE = """Border guards fire on drone over river crossing

The defence ministry said on Tuesday that border guards had fired on a drone that crossed the river at dawn.

“We will not let anyone test our border again,” Defence Minister Karl Weber told reporters in the capital.

“The drone was unarmed and flew for eleven minutes,” said General Anna Holm, who leads the border guard.
"""


async def test_a_source_imported_by_another_process_is_analysed_and_readable(ws_path, tmp_path):
    article = tmp_path / "border-drone.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        lib = app.screen
        assert isinstance(lib, LibraryScreen)
        before = len(app.workspace.sources())
        # A second shell imports an article into the same workspace.
        subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "import", str(article)],
                       check=True, capture_output=True, env=os.environ.copy(), timeout=120)
        table = lib.query_one("#sources", DataTable)
        deadline = time.monotonic() + 60
        new = None
        while time.monotonic() < deadline:
            await pilot.pause(0.2)
            ws = app.workspace
            new = next((s for s in ws.sources() if s.name == "border-drone.txt"), None)
            if new is not None and new.id in ws.analyses and app.analysed:
                break
        assert new is not None and len(app.workspace.sources()) == before + 1
        assert new.id in app.workspace.analyses, "the new source was never analysed"
        await settle(app, pilot)
        # The library counts it: its quotes, not "…", and the status line's totals.
        row = table.get_row(new.id)
        assert str(row[6]) == "2", row
        assert f"{before + 1} sources" in widget_text(lib.query_one("#status"))
        # And it opens with its text and its quotes.
        table.move_cursor(row=table.get_row_index(new.id))
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.source_id == new.id
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert "Border guards fire on drone" in widget_text(reader.query_one(ArticleView))
        status = widget_text(reader.query_one("#status"))
        assert "Quote 1/2" in status and "Karl Weber" in status, status


async def test_an_analysis_that_fails_is_said_in_one_line_not_awaited_forever(ws_path, tmp_path, monkeypatch):
    import annotate.workspace as workspace_mod

    def broken(*args, **kwargs):
        raise RuntimeError("the language model could not be loaded\nTraceback details")

    article = tmp_path / "border-drone.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(workspace_mod, "analyze_sources", broken)
        subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "import", str(article)],
                       check=True, capture_output=True, env=os.environ.copy(), timeout=120)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not app.analysis_failed:
            await pilot.pause(0.2)
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert "Analysis failed: the language model could not be loaded" in messages
        lib = app.screen
        assert "1 not analysed (analysis failed)" in widget_text(lib.query_one("#status"))
        new = next(s for s in app.workspace.sources() if s.name == "border-drone.txt")
        # The other sources still open; the new one shows its text and says why it has no marks.
        table = lib.query_one("#sources", DataTable)
        table.move_cursor(row=table.get_row_index(new.id))
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert "Border guards fire on drone" in widget_text(reader.query_one(ArticleView))
        status = widget_text(reader.query_one("#status"))
        assert "Analysis failed" in status and "Analysing" not in status


async def test_an_import_that_fails_in_the_tui_ends_with_one_line(ws_path, tmp_path, monkeypatch):
    """The import worker ends with its report or a one-line failure (a full disk here),
    never with a screen that waits forever or an app that dies."""
    from annotate.workspace import Workspace, WorkspaceError

    def full(self, *args, **kwargs):
        raise WorkspaceError("not saved: the disk is full (No space left on device)")

    article = tmp_path / "border-drone.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(Workspace, "import_files", full)
        await pilot.press("i")
        for ch in str(article):
            await pilot.press(ch)
        await pilot.press("enter")
        await settle(app, pilot)
        log = "\n".join(app.screen.query_one("Log").lines)
        assert "import failed: not saved: the disk is full" in log
        assert app.is_running
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_u_typed_into_the_library_filter_is_text_not_an_undo(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        ws.rename_actor(ws.list_actors()[0].id, "Somebody")
        await pilot.press("slash", "u", "U")
        await settle(app, pilot)
        assert app.screen.query_one("#filter").value == "uU"
        assert any(a.name == "Somebody" for a in ws.list_actors())
