"""The reader's actor panel says how many quotes an article has when none has a known
speaker, and how to set one; it never says "no quotes found" of an article of quotes
(new-user session). Pilot at 80x24, invented text."""

from __future__ import annotations

from tui.app import BlufApp
from tui.widgets.actor_panel import ActorPanel

from .helpers import article_workspace, open_reader, settle, widget_text

TEXT = ("The river crossing at Pellam closed on Tuesday after the spring floods.\n\n"
        "“The bridge will not reopen this year,” the notice read.\n\n"
        "“Trucks must use the northern road until further notice.”\n\n"
        "“We were never told,” one driver complained.\n")


def _panel(app) -> str:
    return " ".join(w for w in widget_text(app.screen.query_one(ActorPanel)).split() if w != "▏")


async def test_quotes_without_a_known_speaker_are_counted_and_e_is_offered(tmp_path):
    ws, db = article_workspace(tmp_path, TEXT, "pellam.txt", title="Pellam bridge")
    quotes = ws.quotes(ws.sources()[0].id)
    ws.close()
    assert len(quotes) >= 2 and not any(q.actor_id for q in quotes), "the text must give quotes with no speaker"
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        text = _panel(app)
        assert f"{len(quotes)} quotes, none with a known speaker (e to set one)" in text, text
        assert "no quotes found" not in text
        # Set the first one's speaker: the panel lists that actor (with the quote that continues
        # it, introduced by the same phrase) and counts the rest (the driver's).
        await pilot.press("right_square_bracket", "e", *"Pellam council", "enter", "enter")  # a new actor: enter again confirms it
        await settle(app, pilot)
        text = _panel(app)
        assert "Pellam council (2)" in text and f"+ {len(quotes) - 2} quote" in text, text


CHIPS = ("Harbour master Ilse Varn spoke on Monday.\n\n"
         "“We will close the port to every foreign ship,” Varn said.\n\n"
         "“We will seize any trawler that comes near,” Varn said.\n\n"
         "“We may wait a week before deciding,” Varn said.\n\n"
         "“The ferry timetable is unchanged,” Varn said.\n")


async def test_a_count_stands_apart_from_its_label_and_no_chip_is_split_over_two_rows(tmp_path, monkeypatch):
    """Under TERM=linux the count is "x2": "[▲ hawkish x2]", not "hawkishx2"; the chips of
    one actor wrap between chips, each whole on a row of the 28-column panel."""
    monkeypatch.setenv("TERM", "linux")
    ws, db = article_workspace(tmp_path, CHIPS, "varn.txt", title="Port closure")
    assert len([q for q in ws.quotes(ws.sources()[0].id) if q.actor_id]) == 4, "four quotes with a speaker"
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("right_square_bracket", "h", "right_square_bracket", "h",
                          "right_square_bracket", "c", "right_square_bracket", "n")
        await settle(app, pilot)
        rows = [row.strip(" │▏") for row in widget_text(app.screen.query_one(ActorPanel)).splitlines()]
        chips = [row for row in rows if row.startswith("[")]
        looks = {lab: app.label_look(lab)[1] for lab in ("hawkish", "cautious", "neutral")}
        assert f"[{looks['hawkish']} hawkish x2]" in " ".join(chips), rows
        for row in chips:  # every chip opened on a row is closed on it
            assert row.count("[") == row.count("]") and row.endswith("]"), rows
        assert " ".join(chips).count("[") == 3, rows
