"""Giving a tagged quote another speaker (e in the reader) moves its tag to that actor: the
notice says so, and the actor panel shows the tag under the new speaker. Pilot at 80x24,
invented text."""

from __future__ import annotations

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen
from tui.widgets.actor_panel import ActorPanel

from .helpers import settle, widget_text

TEXT = ("Harbour officials in Port Veyra met on Monday.\n\n"
        "“We will not allow the ferry line to close,” Mayor Talia Brenn said.\n\n"
        "Councillor Oren Vask disagreed with the plan.\n")


async def test_a_new_speaker_takes_the_tag_and_the_notice_says_so(tmp_path):
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "veyra.txt", meta=Meta(title="Port Veyra ferry"))])
    ws.analyze()
    ws.create_actor("Oren Vask", "person")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("right_square_bracket", "t")  # threatening, for the mayor
        await settle(app, pilot)
        assert [app.workspace.actor_name(s.actor_id) for s in app.workspace.stances()] == ["Talia Brenn"]
        await pilot.press("e", *"Oren Vask", "enter")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
        assert any("its tag threatening now belongs to Oren Vask" in m for m in said), said
        assert [app.workspace.actor_name(s.actor_id) for s in app.workspace.stances()] == ["Oren Vask"]
        panel = " ".join(widget_text(app.screen.query_one(ActorPanel)).split())
        assert "Oren Vask" in panel, panel
