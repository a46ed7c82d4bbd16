"""The actors screen: renamed to one of its other names, an actor's "also:" line never repeats
its name; x says a row is not an actor (it leaves the table, its quotes have no known speaker)
and u brings it back. Pilot at 80x24 on an invented article, typing real keys."""

from __future__ import annotations

from textual.widgets import Static

from annotate import open_workspace
from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from .helpers import open_screen, screen_lines, settle, widget_text

ARTICLE = """Curfew extended in Orvik

Valdorian Interior Minister Petra Lindqvist said on Monday that the curfew in Orvik would last until the vote.

"We will not let the harbour burn again," Lindqvist told reporters at the port.

Residents said shops stayed shut along the harbour road.
"""


def _analysed(tmp_path, text: str):
    """A workspace of one article ``text``, analysed and left open."""
    art = tmp_path / "article.txt"
    art.write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(art)])
    ws.analyze()
    return db, ws


def _db(tmp_path):
    db, ws = _analysed(tmp_path, ARTICLE)
    aid = ws.resolve_actor("Lindqvist")
    assert aid, [a.name for a in ws.list_actors()]
    ws.add_alias(aid, "Pétra Lindqvist")  # a spelling the analyst added, later made the name
    ws.close()
    return db, aid


async def _on_row(screen, pilot, aid):
    for _ in range(20):
        if screen._current() == aid:
            return
        await pilot.press("down")
    raise AssertionError(f"{aid} is not in the table")


async def test_renamed_to_its_other_name_the_also_line_does_not_repeat_it(tmp_path):
    db, aid = _db(tmp_path)
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "A", ActorsScreen)
        await _on_row(screen, pilot, aid)
        await pilot.press("r", *["backspace"] * 40, *"Pétra", "space", *"Lindqvist", "enter")
        await settle(app, pilot)
        assert app.workspace.actor_name(aid) == "Pétra Lindqvist"
        detail = widget_text(screen.query_one("#detail-text", Static))
        also = next((ln for ln in detail.splitlines() if ln.strip().startswith("also:")), "")
        assert "Lindqvist" in also and "Pétra Lindqvist" not in also, detail


async def test_x_says_it_is_not_an_actor_and_u_brings_it_back(tmp_path):
    db, aid = _db(tmp_path)
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_screen(app, pilot, "A", ActorsScreen)
        ws = app.workspace
        await _on_row(screen, pilot, aid)
        name = ws.actor_name(aid)
        await pilot.press("x")
        await settle(app, pilot)
        assert aid not in {a.id for a in ws.list_actors()}
        # the toast is read whole at 80 columns (40 by 3 rows there): "(u undoes)" was cut off
        painted = " ".join(" ".join(line.split()) for line in screen_lines(app))
        assert "(u undoes)" in painted and "not an actor" in painted, name
        sid = ws.sources()[0].id
        assert all(q.actor_id != aid for q in ws.quotes(sid))
        assert not any(g.actor_id == aid for g in ws.suggestions(sid))
        await pilot.press("u")
        await settle(app, pilot)
        assert aid in {a.id for a in ws.list_actors()}
        assert any(q.actor_id == aid for q in ws.quotes(sid))


PANEL = """Ministers meet on Orvik harbour

Valdorian Interior Minister Petra Lindqvist said on Monday that the curfew would last until the vote.
Valdorian Transport Minister Jonas Berglund said the ferries would run again on Friday.
Valdorian Finance Minister Karin Hedlund said the port would be rebuilt with state money.
Valdorian Defence Minister Arvid Sundqvist said troops would leave the harbour by Sunday.
"""


async def test_after_x_in_a_filtered_list_the_cursor_stays_where_it_was_not_on_the_first_row(tmp_path):
    """x on the second row of a filtered list: the row goes and the cursor is on the row that
    followed it (it went back to the first row, where a second x dismissed a real actor)."""
    db, ws = _analysed(tmp_path, PANEL)
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "A", ActorsScreen)
        await pilot.press("slash", *"person", "enter")
        await settle(app, pilot)
        table = screen.query_one("DataTable")
        rows = [r.key.value for r in table.ordered_rows]
        assert len(rows) >= 3, [app.workspace.actor_name(r) for r in rows]
        await pilot.press("down")
        await settle(app, pilot)
        assert screen._current() == rows[1]
        await pilot.press("x")
        await settle(app, pilot)
        assert rows[1] not in {a.id for a in app.workspace.list_actors()}
        assert screen._current() == rows[2], (app.workspace.actor_name(screen._current()), [app.workspace.actor_name(r) for r in rows])
        assert rows[0] in {a.id for a in app.workspace.list_actors()}
