"""A source imported after the analyst confirmed an incident is shown as proposed in the library
("2+1?") and the incidents view (detail "Proposed: ..."), and `l` offers it first and joins it.
Pilot at 80x24 on an invented workspace (new-user session 14: an undated article of another
year silently joined a confirmed incident)."""

from __future__ import annotations

from textual.widgets import DataTable

from annotate import open_workspace
from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen

from .helpers import settle
from ..unit.test_confirmed_incident_candidates import A, B, C


async def test_a_source_found_after_confirming_is_proposed_and_l_joins_it(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    ws.analyze()
    (clash,) = [i for i in ws.incidents() if i.kind == "armed_clash"]
    ws.confirm_incident(clash.id)
    ws.import_files([str(tmp_path / "c.txt")])
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        lib = app.screen.query_one("#incidents", DataTable)
        assert str(lib.get_row_at(0)[-1]) == "2+1?", lib.get_row_at(0)
        await pilot.press("I")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, IncidentsScreen)
        table = screen.query_one(DataTable)
        row = [r.key.value for r in table.ordered_rows].index(app.workspace.incidents()[0].id)
        table.move_cursor(row=row)
        await settle(app, pilot)
        detail = str(screen.query_one("#detail-text").render())
        assert "Proposed: 1 source(s) found after you confirmed it" in detail and "joined by type and place only" in detail
        await pilot.press("l")  # the proposed source is offered first
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        (inc,) = [i for i in app.workspace.incidents() if i.kind == "armed_clash"]
        assert len(inc.evidence) == 3 and not inc.candidates and inc.status == "confirmed"
