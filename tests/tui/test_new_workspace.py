"""The bundled articles go only into the default workspace ($BLUF_DB, else the XDG data
dir) when the reader opens it the first time; the reader on a new --db PATH starts an
empty workspace and says so."""

from __future__ import annotations

from tui.app import BlufApp

from .helpers import settle


async def test_the_reader_on_a_new_db_path_starts_empty_and_says_so(tmp_path):
    db = tmp_path / "team.json"
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.workspace.sources() == []
        said = [n.message for n in app._notifications]  # the toasts on screen
        assert f"New empty workspace at {db}: i imports files" in said, said
    assert db.exists()


async def test_the_default_workspace_gets_the_bundled_articles_the_first_time(tmp_path, monkeypatch):
    monkeypatch.setenv("BLUF_DB", str(tmp_path / "default.json"))
    app = BlufApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert len(app.workspace.sources()) == 5
