"""A kind the analyst corrects reaches the article's marks: after k on the actors view makes
an actor a group, or says it is a place, the reader marks its names as that (without colour,
the glyph: ~ a group, ^ a place), not as the entity label the model gave. Pilot at 80x24 with
NO_COLOR on the seed workspace, real keys."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.screens.actors import ActorsScreen
from tui.screens.library import LibraryScreen
from tui.widgets.article_view import ArticleView

from .helpers import open_reader, settle, widget_text


async def _set_kind(app, pilot, name: str, aid: str, kind: str) -> None:
    """On the actors view: / name, enter, down to the actor's row, k, the kind, enter; then
    esc clears the filter."""
    await pilot.press("slash", *name.lower(), "enter")
    await settle(app, pilot)
    rows = [r.key.value for r in app.screen.query_one(DataTable).ordered_rows]
    await pilot.press(*["down"] * rows.index(aid), "k", *kind, "enter")
    await settle(app, pilot)
    await pilot.press("escape")
    await settle(app, pilot)


async def test_a_corrected_kind_changes_the_glyph_of_the_actors_names_in_the_reader(ws_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*["right_square_bracket"] * 4)  # Peskov's quote
        text = widget_text(app.screen.query_one(ArticleView))
        assert "@Dmitry Peskov" in text and "#NATO" in text
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("A")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorsScreen)
        ws = app.workspace
        nato, peskov = ws.resolve_actor("NATO"), ws.resolve_actor("Dmitry Peskov")
        await _set_kind(app, pilot, "NATO", nato, "group")
        await _set_kind(app, pilot, "Peskov", peskov, "place")
        assert ws.actor(nato).kind == "group" and ws.actor(peskov).kind == "place"
        await pilot.press("escape")
        await open_reader(app, pilot)
        await pilot.press(*["right_square_bracket"] * 3)
        await settle(app, pilot)
        text = widget_text(app.screen.query_one(ArticleView))
        assert "~NATO" in text and "#NATO" not in text
        assert "^Dmitry Peskov" in text and "@Dmitry Peskov" not in text
