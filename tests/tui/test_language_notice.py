"""A source in a language the analysis does not read is shown with its language and a
one-line notice, and without English-only results (issue 14, point 5)."""

from __future__ import annotations

from annotate.ingest import make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import settle, widget_text

GERMAN = ("Bundeskanzler Friedrich Merz sagte am Freitag in Berlin: „Wir werden unsere Verbündeten nicht im Stich lassen.“ "
          "Die Regierung in Moskau wies die Vorwürfe zurück.\n")


async def test_the_reader_shows_the_language_notice_and_no_quotes(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    src = make_source(GERMAN, "merz.txt")
    src.language = "de"
    ws.add_sources([src])
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "de" in widget_text(app.screen.query_one("DataTable"))  # the library's flag column
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        title = widget_text(app.screen.query_one("#title"))
        assert "language de: not analysed" in title and "analysed as English" not in title
        assert app.workspace.quotes(src.id) == []
