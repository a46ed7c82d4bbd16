"""The reader says which quotes changed with a speaker correction (nu20 defect 5): after e on
"… the Estonian president's office said." and picking Kaia Rand, the untagged "the office
said" quotes after it, resolved through that phrase, follow, and the notice says so ("2 more
quotes, untagged, follow it: now …"). Pilot at 80x24, real keys, invented article."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from ..unit.test_speaker_followers_cli import CALL
from .helpers import article_workspace, settle


async def test_the_notice_of_a_speaker_correction_counts_the_quotes_that_follow(tmp_path):
    ws, db = article_workspace(tmp_path, CALL, "call.txt", title="Rand calls Vilks")
    ws.analyze()
    sid = ws.sources()[0].id
    office = ws.quotes(sid)[1].actor_id
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.focus_index == 0
        await pilot.press("e", *"Kaia Rand")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        quotes = app.workspace.quotes(sid)
        followed = sum(1 for q in quotes[1:] if q.actor_id != office)
        assert followed, "no quote followed: nothing to tell"
        said = [n.message for n in app._notifications]
        told = [m for m in said if m.startswith("Speaker: Kaia Rand")]
        assert told and f"{followed} more quote" in told[-1], said
