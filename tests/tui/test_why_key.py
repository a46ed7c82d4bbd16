"""The reason of a suggestion, which the one-line status cuts at 80 columns, can be read in
full: the status says "(a/x/r)" when its head is cut, and r shows the whole reason in a box that
wraps (esc closes it). Pilot at 80x24 on the seed workspace: ] through the quotes, r."""

from __future__ import annotations

from tui.app import BlufApp
from tui.widgets.message_box import MessageBox

from .helpers import open_reader, screen_lines, settle


async def test_w_shows_the_whole_reason_of_the_suggestion_in_focus(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        ws = app.workspace
        seen = 0
        for _ in range(len(r.quotes)):
            await pilot.press("right_square_bracket")
            await settle(app, pilot)
            sug = ws.quote_suggestion(r.source_id, r.focus_index)
            status = screen_lines(app)[-2]
            if sug is None or "suggests" not in status:
                continue
            head = r._reason_parts(sug)[0][0][0]  # what the reason starts with ("a call to use force: “…”")
            cut = f"(a/x) · {head}" not in status.replace("(a/x/r)", "(a/x)")
            assert ("(a/x/r)" in status) == cut, status
            await pilot.press("r")
            await settle(app, pilot)
            assert isinstance(app.screen, MessageBox)
            shown = " ".join(" ".join(screen_lines(app)).split())
            assert " ".join(sug.reason.split()) in shown, (sug.reason, shown)
            await pilot.press("escape")
            await settle(app, pilot)
            assert app.screen is r
            seen += cut
        assert seen, "the seed article has no suggestion whose reason the status cuts"
