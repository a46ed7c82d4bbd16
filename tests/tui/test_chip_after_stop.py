"""A stance chip on a sentence is drawn after the sentence's full stop (and a closing quotation
mark), never between its last word and its stop ("strikes [▲ hawkish · X]."): the suggestion's
chip and, once accepted with a, the tag's. Pilot at 80x24 on an invented article."""

from __future__ import annotations

import re

from tui.app import BlufApp
from tui.screens.reader import after_closing
from tui.widgets.article_view import ArticleView

from .helpers import settle, widget_text, workspace_of

TEXT = ("Raids on the border posts\n\n"
        "The Bolivian army launched air strikes on the rebel camps near Yacuiba on Monday, killing twelve fighters.\n\n"
        "Colonel Ruben Ostra of the Bolivian army spoke with the Paraguayan defence minister by telephone on Tuesday.\n\n"
        "The Paraguayan government condemned the strikes.\n")


def _flat(app) -> str:
    return " ".join(ln[2:].strip() for ln in widget_text(app.screen.query_one(ArticleView)).splitlines())


def test_the_chip_goes_after_the_stop_and_the_closing_mark():
    text = 'He said the talks had failed." Then'
    assert text[after_closing(text, text.index("failed") + 6):].startswith(" Then")
    assert after_closing("riots, and", 5) == 5  # a comma closes no sentence


async def test_sentence_chips_follow_the_full_stop(tmp_path):
    app = BlufApp(db=workspace_of(tmp_path, "raid.txt", TEXT))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        flat = _flat(app)
        chips = list(re.finditer(r"(\S+) \[[^\]]*· Ruben Ostra\]", flat))
        assert chips, flat
        assert all(m.group(1).endswith(".") for m in chips), [m.group(0) for m in chips]
        ws = app.workspace
        sid = ws.sources()[0].id
        s = ws.source(sid).text
        start = s.index("Colonel Ruben Ostra")
        sug = ws.sentence_suggestion(sid, start, s.index("Tuesday.") + 8)
        assert sug is not None
        # a span that ends at the last word, its stop left out (a selection made with v, or
        # evidence cut before the stop): the chip still follows the stop
        ws.tag_span(sid, sug.start, s.index("Tuesday.") + 7, sug.actor_id, sug.label)
        app.screen.refresh_marks()
        await settle(app, pilot)
        flat = _flat(app)
        tagged = re.search(r"(\S+) \[\S+ \w+ · Ruben Ostra\]", flat)
        assert tagged and tagged.group(1).endswith("."), flat
