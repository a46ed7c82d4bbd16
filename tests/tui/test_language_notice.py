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


async def test_at_80_columns_a_long_title_does_not_hide_the_notice(tmp_path):
    """nu17: an Italian page with a long headline showed only "no quotes found": the notice came
    last on the one-row title line and was cut off. It comes first, and the actor
    panel says why there are no quotes."""
    from .helpers import open_reader, screen_lines

    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    src = make_source("Un titolo molto lungo sugli scontri armati nella regione meridionale del paese\n\n" + GERMAN, "pagina.txt")
    src.language, src.outlet, src.published = "it", "La Gazzetta del Sud", "2025-07-18"
    ws.add_sources([src])
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        shown = "\n".join(screen_lines(app))
        assert "language it: not analysed" in shown.splitlines()[0] + shown.splitlines()[1], shown
        from tui.widgets.actor_panel import ActorPanel

        panel = widget_text(app.screen.query_one(ActorPanel))  # (the panel wraps its lines: nothing is cut)
        assert "no quotes found" not in panel and "reads English only" in panel, panel
