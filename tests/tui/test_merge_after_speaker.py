"""On the actors view (A, a row, m, a name, enter), a merge made after a speaker correction
takes effect: the correction made bluf resolve the actors again, the actor it named may have
come back under another id, and a merge into it was recorded yet changed nothing ("merged"
said, both rows still there). Pilot at 80x24, invented articles (Moldova-Transnistria line)."""

from __future__ import annotations

from textual.widgets import DataTable

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.actors import ActorsScreen

from ..unit.test_actor_edits_stay import COCIERI, MOLOVATA, VARNITA
from .helpers import settle


async def test_a_merge_on_the_actors_view_after_a_speaker_correction_joins_the_two(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(t, n, meta=Meta(title=t.split("\n")[0])) for n, t in
                    (("cocieri.txt", COCIERI), ("molovata.txt", MOLOVATA), ("varnita.txt", VARNITA))])
    ws.analyze()
    service = ws.resolve_actor("Border Police Service")
    police = next(a.id for a in ws.list_actors() if "PF" in a.aliases and a.id != service)
    cocieri = next(s.id for s in ws.sources() if s.name == "cocieri.txt")
    ws.set_speaker(cocieri, 1, service)
    assert ws.actor(service) is not None and ws.actor(police) is not None
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("A", "a")  # every actor
        await settle(app, pilot)
        screen, ws = app.screen, app.workspace
        assert isinstance(screen, ActorsScreen)
        table = screen.query_one(DataTable)
        table.move_cursor(row=[r.key.value for r in table.ordered_rows].index(police))
        await pilot.press("m", *"Border Police Service", "enter")
        await settle(app, pilot)
        assert ws.canonical_actor_id(police) == ws.canonical_actor_id(service)
        rows = [r.key.value for r in screen.query_one(DataTable).ordered_rows]
        assert police not in rows and ws.canonical_actor_id(service) in rows, rows
        names = [ws.actor_name(r) for r in rows]
        assert sum("Border Police" in n for n in names) == 1, names
