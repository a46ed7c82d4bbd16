"""The incidents screen's detail pane shows an incident's evidence sentence whole, wrapped,
not cut inside a word at a fixed length (a sentence longer than the pane's limit is cut after
a whole word, with "…"). Pilot at 80x24 on an invented article."""

from __future__ import annotations

from textual.widgets import Static

from annotate import open_workspace
from tui.app import BlufApp
from tui.screens.incidents import IncidentsScreen

from .helpers import open_screen, settle, widget_text

ARTICLE = """Clashes in Karachi

KARACHI, Pakistan - Rioters clashed with police in the port city of Karachi on Sunday night, burning three warehouses, a customs office and several cars along the harbour road before riot officers pushed them back towards the old market square.

Officials said the curfew would stay in force until Friday.
"""


async def test_a_long_evidence_sentence_is_shown_whole(tmp_path):
    art = tmp_path / "karachi.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(art)])
    ws.analyze()
    assert ws.incidents(), "the article needs an incident"
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "I", IncidentsScreen)
        await settle(app, pilot)
        shown = " ".join(widget_text(screen.query_one("#detail-text", Static)).split())
        sentence = next(p for p in ARTICLE.split("\n\n") if p.startswith("KARACHI"))
        assert len(sentence) > 160
        assert "towards the old market square." in shown, shown  # its end, past 160 characters
