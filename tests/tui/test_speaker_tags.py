"""Giving a tagged quote another speaker (e in the reader) moves its tag to that actor: the
notice says so, and the actor panel shows the tag under the new speaker. Pilot at 80x24,
invented text."""

from __future__ import annotations

from tui.widgets.actor_panel import ActorPanel

from .helpers import open_reader, settle, widget_text
from .test_speaker_burst import veyra_app


async def test_a_new_speaker_takes_the_tag_and_the_notice_says_so(tmp_path):
    app = await veyra_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
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
