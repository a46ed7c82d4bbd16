"""At 80 columns the status line keeps whom a learned suggestion is like: a new user saw
only "like your tags on…" and could not judge the suggestion."""

from __future__ import annotations

from annotate.models import Suggestion
from tui.app import BlufApp

from .helpers import open_reader, settle, widget_text


async def test_a_long_reason_keeps_its_head_at_80_columns(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot, row=1)
        reason = "like your tags on Northern Coalition Front: “In a video posted on social media, a man is seen standing on a truck”"
        r._suggestion = lambda i: Suggestion("x", r.source_id, "threatening", 0, 1, reason, 10.0, i)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        status = widget_text(r.query_one("#status"))
        # whom it is like stays; the position too, and r offers the rest of the reason
        assert "like Northern" in status and status.strip().startswith("1/"), status
        assert "(a/x/r)" in status, status


async def test_a_long_actor_name_gives_way_to_a_cue_s_reason_at_80_columns(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot, row=1)
        reason = "an accusation: “provocations” in the quote"
        r._suggestion = lambda i: Suggestion("x", r.source_id, "hawkish", 0, 1, reason, 10.0, i)
        r.ws.actor_name = lambda aid: "Southern Theater Command of the People's Liberation Army Navy"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        status = widget_text(r.query_one("#status"))
        assert "an accusation: “provocations”" in status, status  # the reason is whole
        assert "Southern" in status and "…" in status, status  # the name, shortened
        assert status.strip().startswith("1/"), status  # and the quote's position, shortened


async def test_a_plain_statement_s_reason_keeps_its_head_whole_at_80_columns(ws_path):
    """"a statement with no stance cue in what the actor said" was cut to "a statement with
    no stance cue in…": where it was said gives way first, the reason's head stays whole."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot, row=1)
        reason = "a statement with no stance cue in what the actor said"
        r._suggestion = lambda i: Suggestion("x", r.source_id, "neutral", 0, 1, reason, 10.0, i)
        r.ws.actor_name = lambda aid: "Ministry of External Affairs"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        status = widget_text(r.query_one("#status"))
        assert "no stance cue in…" not in status and "cue i…" not in status, status
        assert status.strip().startswith(("Quote 1/", "1/")), status  # the quote's position stays
        # the reason's head whole, or cut with r offered to show it all
        assert "suggests neutral (a/x) · a statement with no stance cue" in status or "(a/x/r)" in status, status


README = __import__("pathlib").Path(__file__).resolve().parents[2] / "README.md"


def _readme_reader_keys() -> set[str]:
    """The keys the README's reader tables name (each `…` of their first column)."""
    import re

    text = README.read_text(encoding="utf-8")
    tables = text[text.index("**Reader: moving**"):text.index("**Library and other screens**")]
    return {k for row in re.findall(r"^\| (.*?) \|", tables, re.M) for k in re.findall(r"`([^`]+)`", row)}


async def test_a_quote_with_a_suggestion_keeps_its_position_and_every_key_named_is_in_the_readme(ws_path):
    """A new user at 80 columns saw " Kim · suggests hawkish (a/x) · an accusation: …" with no
    "Quote n/N", and at 60 columns "(a/x/r)" where the README named no r."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot, row=1)
        reason = "an accusation: “provocations” in the quote"
        r._suggestion = lambda i: Suggestion("x", r.source_id, "hawkish", 0, 1, reason, 10.0, i)
        r.ws.actor_name = lambda aid: "Kim"
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        total = len(r.quotes)
        for width in (80, 60):
            await pilot.resize_terminal(width, 24)
            await settle(app, pilot)
            r.refresh_marks()
            await pilot.pause()
            status = widget_text(r.query_one("#status")).strip()
            # the position stays: whole when the line has room, as n/N to leave room for the reason
            assert status.startswith((f"Quote 2/{total} · Kim · suggests hawkish (a/x", f"2/{total} · Kim · suggests hawkish (a/x")), (width, status)
            assert width == 60 or status.startswith("Quote 2/"), status
            named = set("".join(__import__("re").findall(r"\(([a-z](?:/[a-z])+)\)", status)).split("/")) - {""}
            assert named and named <= _readme_reader_keys(), (status, named - _readme_reader_keys())
        assert "(a/x/r)" in status  # at 60 columns the reason is cut: r shows it
