"""The incidents screen has the actors screen's `/` filter (one mechanism, TableDetailScreen):
letters typed after / go into it, never to the list's keys (c confirms, x rejects, r renames
...), the list keeps the incidents whose title, type, place, country or date hold them; enter
goes back to the list, where the keys act on the incident found; esc clears the filter, esc
again leaves. The detail shows a range of days as the brief writes it. Pilot at 80x24 on the
seed workspace; keys posted in one burst as a terminal reads them."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen
from tui.widgets.prompt import TextPrompt

from .helpers import escape_out_of_a_filtered_list, open_screen, screen_lines, settle, widget_text
from .test_key_bursts import burst


async def _incidents(app, pilot) -> IncidentsScreen:
    return await open_screen(app, pilot, "I", IncidentsScreen)


async def test_letters_typed_after_slash_filter_the_incidents_and_never_act(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _incidents(app, pilot)
        ws = app.workspace
        table = screen.query_one(DataTable)
        rows = [r.key.value for r in table.ordered_rows]
        assert len(rows) >= 2
        # the last incident, found by a word of its title that no other title holds
        last = ws.incident(rows[-1])
        others = " ".join(ws.incident(i).title for i in rows[:-1]).casefold()
        word = next(w for w in last.title.split() if len(w) > 3 and w.casefold() not in others)
        before = {i: (ws.incident(i).title, ws.incident(i).status) for i in rows}
        burst(app, "/", *word.lower())
        await settle(app, pilot)
        assert app.screen is screen and isinstance(app.focused, Input) and app.focused.value == word.lower()
        assert [r.key.value for r in table.ordered_rows] == [last.id]
        assert last.title[:30] in widget_text(table)
        assert {i: (ws.incident(i).title, ws.incident(i).status) for i in rows} == before  # no letter acted
        burst(app, "enter", "r")  # back to the list: r renames the incident found
        await settle(app, pilot)
        assert isinstance(app.screen, TextPrompt)
        assert isinstance(app.focused, Input) and app.focused.value == last.title
        await escape_out_of_a_filtered_list(app, pilot, screen, table, len(rows))


async def test_the_footer_at_80_columns_shows_the_filter_key(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _incidents(app, pilot)
        footer = screen_lines(app)[-1]
        assert "/ Filter" in footer, footer


async def test_a_range_of_days_reads_as_in_the_brief(ws_path):
    from annotate.workspace import open_workspace

    ws = open_workspace(ws_path, annotator="tester")
    ws.analyze()
    iid = ws.incidents()[0].id
    ws.set_incident_date(iid, "2025-09-30/2025-10-02")
    ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _incidents(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=[r.key.value for r in table.ordered_rows].index(iid))
        await settle(app, pilot)
        shown = "\n".join(screen_lines(app))
        assert "30 Sep–2 Oct 2025" in shown and " to 2025" not in shown
