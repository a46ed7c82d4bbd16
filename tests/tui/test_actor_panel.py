"""The reader's actor panel says how many quotes an article has when none has a known
speaker, and how to set one; it never says "no quotes found" of an article of quotes
(new-user session). Pilot at 80x24, invented text."""

from __future__ import annotations

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen
from tui.widgets.actor_panel import ActorPanel

from .helpers import settle, widget_text

TEXT = ("The river crossing at Pellam closed on Tuesday after the spring floods.\n\n"
        "“The bridge will not reopen this year,” the notice read.\n\n"
        "“Trucks must use the northern road until further notice.”\n\n"
        "“We were never told,” one driver complained.\n")


def _panel(app) -> str:
    return " ".join(w for w in widget_text(app.screen.query_one(ActorPanel)).split() if w != "▏")


async def test_quotes_without_a_known_speaker_are_counted_and_e_is_offered(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "pellam.txt", meta=Meta(title="Pellam bridge"))])
    ws.analyze()
    quotes = ws.quotes(ws.sources()[0].id)
    ws.close()
    assert len(quotes) >= 2 and not any(q.actor_id for q in quotes), "the text must give quotes with no speaker"
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        text = _panel(app)
        assert f"{len(quotes)} quotes, none with a known speaker (e to set one)" in text, text
        assert "no quotes found" not in text
        # Set the first one's speaker: the panel lists that actor and counts the rest.
        await pilot.press("right_square_bracket", "e", *"Pellam council", "enter")
        await settle(app, pilot)
        text = _panel(app)
        assert "Pellam council (1)" in text and f"+ {len(quotes) - 1} quote" in text, text
