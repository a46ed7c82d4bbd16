"""After a restart `u` names the kind of change it undoes (new-user session 15, F13): a
source's removal is "removal of <source>" (not "not a quote"), an incident merge is "incidents
merged" (not "merge of actors"). The changes are made as the users made them, from the command
line; the undo with the Textual pilot. Invented texts."""

from __future__ import annotations

import subprocess
import sys

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp

from .helpers import settle

ONE = "Shelling hit the village of Dorvani in Georgia on 3 March 2025, killing two people, local officials said.\n"
TWO = "An explosion destroyed a radio tower near Varnitsa in Moldova on 5 April 2025, police said.\n"
THREE = "“We will not allow the ferry line to close,” Mayor Talia Brenn said in Tallinn on Monday.\n"


async def test_u_after_a_restart_names_a_source_removal_and_an_incident_merge(tmp_path, monkeypatch):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(ONE, "dorvani.txt", meta=Meta(title="Shelling in Dorvani", published="2025-03-03")),
                    make_source(TWO, "varnitsa.txt", meta=Meta(title="Tower blast", published="2025-04-05")),
                    make_source(THREE, "ferry.txt", meta=Meta(title="Ferry line", published="2025-04-07"))])
    ws.analyze()
    a, b = (i.id for i in ws.incidents()[:2])
    ws.close()
    monkeypatch.setenv("BLUF_ANNOTATOR", "ana")
    for args in (("incidents", "merge", a, b), ("source", "rm", "ferry.txt")):
        subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], check=True, capture_output=True)

    app = BlufApp(db=db)  # a new session: its undo list comes from the workspace
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        said = [n.message for n in app._notifications if n.message.startswith("Undone")]
        assert said == ["Undone: removal of ferry.txt", "Undone: incidents merged"], said
        assert "ferry.txt" in {s.name for s in app.workspace.sources()}
        assert {a, b} <= {i.id for i in app.workspace.incidents()}
