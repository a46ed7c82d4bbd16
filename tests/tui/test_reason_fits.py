"""At 80 columns the status line keeps whom a learned suggestion is like: a new user saw
only "like your tags on…" and could not judge the suggestion."""

from __future__ import annotations

from annotate.models import Suggestion
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import settle, widget_text


async def test_a_long_reason_keeps_its_head_at_80_columns(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        r = app.screen
        assert isinstance(r, ReaderScreen)
        reason = "like your tags on Northern Coalition Front: “In a video posted on social media, a man is seen standing on a truck”"
        r._suggestion = lambda i: Suggestion("x", r.source_id, "threatening", 0, 1, reason, 10.0, i)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        status = widget_text(r.query_one("#status"))
        assert "like Northern Coalition Front" in status, status


async def test_a_long_actor_name_gives_way_to_a_cue_s_reason_at_80_columns(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        r = app.screen
        reason = "an accusation: “provocations” in the quote"
        r._suggestion = lambda i: Suggestion("x", r.source_id, "hawkish", 0, 1, reason, 10.0, i)
        r.ws.actor_name = lambda aid: "Southern Theater Command of the People's Liberation Army Navy"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        status = widget_text(r.query_one("#status"))
        assert "an accusation: “provocations”" in status, status  # the reason is whole
        assert "Southern Theater" in status and "…" in status, status  # the name, shortened


async def test_a_plain_statement_s_reason_keeps_its_head_whole_at_80_columns(ws_path):
    """"a statement with no stance cue in what the actor said" was cut to "a statement with
    no stance cue in…": where it was said gives way first, the reason's head stays whole."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        r = app.screen
        reason = "a statement with no stance cue in what the actor said"
        r._suggestion = lambda i: Suggestion("x", r.source_id, "neutral", 0, 1, reason, 10.0, i)
        r.ws.actor_name = lambda aid: "Ministry of External Affairs"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        status = widget_text(r.query_one("#status"))
        assert "suggests neutral (a/x/r) · a statement with no stance cue" in status, status  # r: the rest
        assert "no stance cue in…" not in status and "cue i…" not in status, status
