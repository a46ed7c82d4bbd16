"""`u` undoes the last thing the analyst did, whatever it was, from any screen; `U` redoes
it. And a source can be removed from the library (and brought back with `u`)."""

from __future__ import annotations

from textual.widgets import DataTable

from tui.app import BlufApp
from tui.screens.library import LibraryScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.confirm import Confirm

from .helpers import settle, widget_text


def _shown_suggestions(reader: ReaderScreen) -> list:
    return [(i, s.label) for i in range(len(reader.quotes)) if (s := reader._suggestion(i)) is not None]


async def _open(app, pilot, row: int = 1) -> ReaderScreen:
    await settle(app, pilot)
    await pilot.press(*["down"] * row, "enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


def _notices(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_u_after_a_rejection_undoes_the_rejection_not_an_earlier_tag(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        r = await _open(app, pilot)
        ws = app.workspace
        with_sug = [i for i, _ in _shown_suggestions(r)]
        first, second = with_sug[:2]
        await pilot.press(*["right_square_bracket"] * (first + 1), "h")
        await pilot.press(*["right_square_bracket"] * (second - first), "x")
        await settle(app, pilot)
        assert r._suggestion(second) is None
        await pilot.press("u")
        await settle(app, pilot)
        assert [s.label for s in ws.stances()] == ["hawkish"], "u undid the tag instead of the rejection"
        assert r._suggestion(second) is not None
        assert any(m.startswith("Undone: rejected suggestion") for m in _notices(app))
        await pilot.press("U")
        await settle(app, pilot)
        assert r._suggestion(second) is None and len(ws.stances()) == 1


async def test_u_after_not_a_quote_brings_it_back_and_suggestions_stay(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        r = await _open(app, pilot)
        ws = app.workspace
        shown = _shown_suggestions(r)
        spans = [(q.start, q.end) for q in r.quotes]
        target = next(i for i in range(len(spans)) if i not in dict(shown))  # a quote without a suggestion
        tagged = next(i for i in range(len(spans)) if i != target)
        await pilot.press(*["right_square_bracket"] * (tagged + 1), "h")  # a tag made before
        await pilot.press(*(["right_square_bracket"] * (target - tagged) if target > tagged else ["left_square_bracket"] * (tagged - target)))
        assert r.focus_index == target and len(ws.stances()) == 1
        await pilot.press("X")
        await settle(app, pilot)
        assert len(r.quotes) == len(spans) - 1
        # The other quotes keep their suggestions on screen.
        left = {(q.start, q.end) for q in r.quotes}
        assert {spans[i] for i, _ in shown} <= left
        assert [(r.quotes[i].start, r.quotes[i].end) for i, _ in _shown_suggestions(r)] == [spans[i] for i, _ in shown if spans[i] in left]
        await pilot.press("u")
        await settle(app, pilot)
        assert [(q.start, q.end) for q in r.quotes] == spans
        assert _shown_suggestions(r) == shown
        assert len(ws.stances()) == 1, "u after X undid an earlier tag"


async def test_u_in_the_library_undoes_an_actor_merge_made_in_the_actors_screen(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        actors = [a.id for a in ws.list_actors()]
        ws.merge_actors(actors[0], actors[1])
        assert ws.actors.canonical_id(actors[0]) == actors[1]
        await pilot.press("u")
        await settle(app, pilot)
        assert ws.actors.canonical_id(actors[0]) == actors[0]
        assert any(m.startswith("Undone: merge of") for m in _notices(app))


async def test_remove_a_source_with_confirmation_then_undo(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        r = await _open(app, pilot)
        ws = app.workspace
        removed = r.source_id
        await pilot.press("right_square_bracket", "h")
        await pilot.press("escape")
        await settle(app, pilot)
        lib = app.screen
        assert isinstance(lib, LibraryScreen)
        table = lib.query_one("#sources", DataTable)
        n_sources, n_incidents = table.row_count, len(ws.incidents())
        table.move_cursor(row=table.get_row_index(removed))
        await pilot.press("X")
        await settle(app, pilot)
        assert isinstance(app.screen, Confirm)
        await pilot.press("n")  # no: nothing happens
        await settle(app, pilot)
        assert table.row_count == n_sources
        await pilot.press("X")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert table.row_count == n_sources - 1 and removed not in [k.value for k in table.rows]
        assert f"{n_sources - 1} sources" in widget_text(lib.query_one("#status"))
        assert ws.stances() == [] and all(removed not in i.evidence for i in ws.incidents())
        assert removed not in app.brief_markdown()
        await pilot.press("u")
        await settle(app, pilot)
        assert table.row_count == n_sources and len(ws.incidents()) == n_incidents
        assert [s.source_id for s in ws.stances()] == [removed]
        assert f"{n_sources} sources" in widget_text(lib.query_one("#status"))
        # The reader opens it again with its tag.
        table.move_cursor(row=table.get_row_index(removed))
        await pilot.press("enter", "right_square_bracket")
        await settle(app, pilot)
        assert "hawkish]" in widget_text(app.screen.query_one(ArticleView))  # the chip, with or without its glyph
        assert "tagged hawkish" in widget_text(app.screen.query_one("#status"))


async def test_a_source_removed_by_another_process_leaves_the_open_reader(ws_path):
    import os
    import subprocess
    import sys
    import time

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(100, 30)) as pilot:
        r = await _open(app, pilot)
        name = app.workspace.source(r.source_id).name
        subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "source", "rm", name], check=True,
                       capture_output=True, env={**os.environ, "BLUF_ANNOTATOR": "colleague"}, timeout=120)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and isinstance(app.screen, ReaderScreen):
            await pilot.pause(0.2)
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert any("was removed" in m for m in _notices(app))
        assert r.source_id not in [k.value for k in app.screen.query_one("#sources", DataTable).rows]
