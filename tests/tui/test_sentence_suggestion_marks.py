"""A suggestion made on a sentence (no quote there) is marked as the README says before the
sentence is in focus (nu18 #13: nothing showed until `)` reached it): "?" in its paragraph's
margin and a faint chip naming whose stance it is. Pilot at 80x24, with colour and with
NO_COLOR=1 (the chip is then italic, the style that stays without colour)."""

from __future__ import annotations

import re

import pytest

from tui.app import BlufApp
from tui.widgets.article_view import ArticleView

from .helpers import settle, widget_text, workspace_of

TEXT = ("Raids on the border posts\n\n"
        "The Bolivian army launched air strikes on the rebel camps near Yacuiba on Monday, killing twelve fighters.\n\n"
        "“We will answer every raid on our posts,” said Colonel Ruben Ostra of the Bolivian army.\n\n"
        "The Paraguayan government condemned the strikes and threatened to close the border crossings.\n")


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
async def test_sentence_suggestions_are_in_the_margin_and_chipped_before_focus(tmp_path, monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    from annotate import open_workspace

    db = workspace_of(tmp_path, "raid.txt", TEXT)
    ws = open_workspace(db, seed=False)
    ws.analyze()
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.screen.query_one(ArticleView)
        lines = widget_text(view).splitlines()
        flat = " ".join(ln[2:].strip() for ln in lines)
        assert re.search(r"\[hawkish\? · Bolivian army\]", flat), "\n".join(lines)
        assert "[threatening? · Paraguayan government]" in flat, "\n".join(lines)
        # the margin of each suggested paragraph's first row says "?"
        first = next(i for i, ln in enumerate(lines) if "army launched" in ln)
        assert lines[first][:1] == "?", "\n".join(lines)
        last = next(i for i, ln in enumerate(lines) if "government condemned" in ln)
        assert lines[last][:1] == "?", "\n".join(lines)
        # faint: the chip is drawn in the suggestion style (italic, muted), not a tag's chip
        chip = [seg for strip in view.render_lines(view.size.region) for seg in strip if "hawkish?" in seg.text]
        assert chip and all(seg.style and seg.style.italic for seg in chip), chip
        assert app.no_color == no_color
