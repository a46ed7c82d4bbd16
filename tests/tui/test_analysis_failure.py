"""A source whose analysis fails: the app says so in one line, its reader says why instead
of "Analysing…" forever, and the other sources open as usual."""

from __future__ import annotations

from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import settle, widget_text


async def test_a_source_that_fails_to_analyse_is_reported_and_the_others_open(tmp_path, monkeypatch):
    import annotate.analysis as analysis

    db = tmp_path / "ws.json"
    ws = open_workspace(db, annotator="tester")  # the seeds, not analysed yet
    victim, other = ws.sources()[0], ws.sources()[1]
    ws.close()
    real = analysis.analyze_doc

    def failing(doc, source, *a, **kw):
        if source.id == victim.id:
            raise MemoryError("cannot allocate the parser's memory")
        return real(doc, source, *a, **kw)

    monkeypatch.setattr(analysis, "analyze_doc", failing)
    app = BlufApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        lines = [n.message for n in app._notifications if victim.label in n.message]
        assert len(lines) == 1 and "not analysed (MemoryError" in lines[0] and "\n" not in lines[0]
        app.open_reader(victim.id)
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        status = widget_text(app.screen.query_one("#status"))
        assert "not analysed" in status and "Analysing" not in status
        app.pop_screen()
        await settle(app, pilot)
        app.open_reader(other.id)
        await settle(app, pilot)
        assert app.screen.quotes and "Analysing" not in widget_text(app.screen.query_one("#status"))
