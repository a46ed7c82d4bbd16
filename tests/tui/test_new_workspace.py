"""The bundled articles go only into the sample workspace (`bluf --sample`), never into
the analyst's own: the reader on a new default workspace or a new --db PATH starts empty
and says so, and its empty source list says how to import and where the sample is."""

from __future__ import annotations

from tui.app import BlufApp
from tui.config import UIConfig

from .helpers import settle

HINT = "No sources yet: {} imports articles · bluf --sample opens the bundled articles"


def _line(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_the_reader_on_a_new_db_path_starts_empty_and_says_so(tmp_path):
    db = tmp_path / "team.json"
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.workspace.sources() == []
        said = [n.message for n in app._notifications]  # the toasts on screen
        assert f"New empty workspace at {db}: i imports files" in said, said
        assert _line(app, "#no-sources") == HINT.format("i")
    assert db.exists()


async def test_a_new_default_workspace_is_empty_and_its_library_says_how_to_import(tmp_path, monkeypatch):
    monkeypatch.setenv("BLUF_DB", str(tmp_path / "default.json"))
    app = BlufApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.workspace.sources() == []
        assert app.screen.query_one("#sources").row_count == 0
        hint = app.screen.query_one("#no-sources")
        assert hint.display and hint.region.width == 80 and hint.region.height == 1
        assert _line(app, "#no-sources") == HINT.format("i")


async def test_the_hint_names_the_import_key_as_remapped_and_goes_once_a_source_is_in(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("“We will rebuild the bridge,” Mayor Ana Berg said on Monday in Lakeview.\n", encoding="utf-8")
    app = BlufApp(db=tmp_path / "ws.json", ui=UIConfig(keymap={"library.import": "ctrl+o"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert _line(app, "#no-sources") == HINT.format("^o")
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        await pilot.press(*str(note), "enter")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert [s.name for s in app.workspace.sources()] == ["note.txt"]
        assert not app.screen.query_one("#no-sources").display


async def test_the_sample_reader_gets_the_bundled_articles_the_first_time(tmp_path):
    db = tmp_path / "sample.json"
    app = BlufApp(db=db, seed=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert len(app.workspace.sources()) == 5
        assert not app.screen.query_one("#no-sources").display
