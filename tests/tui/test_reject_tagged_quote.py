"""`X` (not a quote) on a quote the analyst tagged: the tag stays in force (nothing lost),
the toast says so at 80x24, and the brief marks its evidence rejected; `u` brings it back."""

from __future__ import annotations

from textual.widgets._toast import Toast

from annotate.brief import build_brief
from tui.app import BlufApp

from .helpers import open_reader, settle


async def test_x_on_a_tagged_quote_keeps_the_tag_and_says_so(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        reader = await open_reader(app, pilot)
        ws = app.workspace
        spoken = next(i for i, q in enumerate(reader.quotes) if q.actor_id)  # a quote with a speaker
        await pilot.press(*["right_square_bracket"] * (spoken + 1), "h")
        await settle(app, pilot)
        [tag] = ws.stances(reader.source_id)
        await pilot.press("X")
        for _ in range(5):
            await pilot.pause()
        shown = [t._notification.message for t in app.screen.query(Toast)]
        assert any("Its tag (hawkish) stays" in m for m in shown), shown
        assert [st.id for st in ws.stances(reader.source_id)] == [tag.id]
        assert [st.id for st in ws.tags_on_rejected_quotes(reader.source_id)] == [tag.id]
        evidence = [e for a in build_brief(ws).actors for e in a.evidence]
        assert [e.rejected for e in evidence] == [True]
        await pilot.press("u")
        await settle(app, pilot)
        assert ws.tags_on_rejected_quotes(reader.source_id) == [] and len(ws.stances(reader.source_id)) == 1
