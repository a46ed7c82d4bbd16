"""The import dialog says what an import of a folder did: a pattern that matches nothing is
named ("nothing matched *.html in DIR"), and a folder's own notes (README, SOURCES,
LICENSE) are skipped and listed, not imported as articles. Pilot at 80x24, keys typed into
the fields, the log read as painted."""

from __future__ import annotations

from textual.widgets import Input, Log

from tui.app import BlufApp

from .helpers import screen_lines, settle

ARTICLE = ("Ferry service to Corran Island resumes\n\n"
           "The harbour master of Corran said on Friday that the ferry would sail again after the storm.\n")


def _folder(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "corran.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "SOURCES.md").write_text("# Sources\n\n- Corran Gazette, 2025-03-02\n", encoding="utf-8")
    (d / "readme.txt").write_text("Articles gathered for the Corran brief.\n", encoding="utf-8")
    return d


async def _import(app, pilot, folder, pattern: str) -> str:
    await pilot.press("i")
    await settle(app, pilot)
    await pilot.press(*str(folder), "tab", "end", "backspace", *pattern, "shift+tab", "enter")
    await settle(app, pilot)
    painted = " ".join(screen_lines(app))
    log = " ".join(" ".join(app.screen.query_one(Log).lines).split())  # its lines, unwrapped
    assert log.split()[-1][:6] in painted
    return log


async def test_a_pattern_that_matches_nothing_is_named(ws_path, tmp_path):
    folder = _folder(tmp_path)
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        before = len(app.workspace.sources())
        shown = await _import(app, pilot, folder, "*.html")
        assert app.screen.query_one("#glob", Input).value == "*.html"
        # the log wraps a long line wherever it must (a long temporary path): compare without spaces
        assert "".join(f"nothing matched *.html in {folder}".split()) in "".join(shown.split()), shown
        assert "0 added, 0 already there, 0 not imported" not in shown
        assert len(app.workspace.sources()) == before


async def test_a_folders_readme_and_sources_files_are_skipped_and_listed(ws_path, tmp_path):
    folder = _folder(tmp_path)
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        before = {s.name for s in app.workspace.sources()}
        shown = await _import(app, pilot, folder, "*")
        added = {s.name for s in app.workspace.sources()} - before
        assert added == {"corran.txt"}
        assert "added: corran.txt" in shown and "skipped: SOURCES.md (a folder's notes" in shown, shown
        assert "skipped: readme.txt" in shown and "1 added" in shown
