"""What the reader draws on a quote is what a, x and r act on there (nu20): a sentence's
suggestion of another actor drawn as a chip on the sentence a quote lies in ("[neutral? ·
ACTOR]") was refused by a on the quote ("No suggestion on this quote"). With the quote in
focus and no suggestion of its own, the status line names the chip's suggestion and whose it
is, a tags that actor on the suggestion's evidence, x rejects it. Pilot at 80x24."""

from __future__ import annotations

import re

from tui.app import BlufApp
from tui.widgets.article_view import ArticleView

from .helpers import settle, widget_text, workspace_of

TEXT = ("Raids on the border posts\n\n"
        "The Bolivian army launched air strikes on the rebel camps near Yacuiba on Monday, killing twelve fighters.\n\n"
        "Colonel Ruben Ostra of the Bolivian army spoke with the Paraguayan defence minister by telephone on Tuesday.\n\n"
        "The Paraguayan government condemned the strikes.\n")
WORDS = "spoke with the Paraguayan defence minister"


def _made(tmp_path):
    """A workspace whose analyst marked words of Ostra's sentence as a quote (Q): a quote with no
    speaker and no suggestion of its own, in a sentence the analysis suggests a stance for."""
    from annotate import open_workspace

    db = workspace_of(tmp_path, "raid.txt", TEXT)
    ws = open_workspace(db, seed=False)
    ws.analyze()
    sid = ws.sources()[0].id
    start = ws.source(sid).text.index(WORDS)
    i = ws.add_quote(sid, start, start + len(WORDS))
    assert ws.quote_suggestion(sid, i) is None
    ws.close()
    return db


async def _on_the_quote(app, pilot):
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    await pilot.press("]")
    await settle(app, pilot)
    view = app.screen.query_one(ArticleView)
    flat = " ".join(ln[2:].strip() for ln in widget_text(view).splitlines())
    m = re.search(r"\[(\w+)\? · Ruben Ostra\]", flat)
    assert m, flat
    status = widget_text(app.screen.query_one("#status"))
    assert f"suggests {m.group(1)} for Ruben Ostra" in status, status
    return m.group(1)


async def test_a_on_a_quote_accepts_the_chip_drawn_on_it(tmp_path):
    app = BlufApp(db=_made(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        label = await _on_the_quote(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        ws = app.workspace
        tags = ws.stances(ws.sources()[0].id)
        assert [(ws.actor_name(st.actor_id), st.label, st.origin) for st in tags] == [("Ruben Ostra", label, "suggestion")]
        flat = " ".join(ln[2:].strip() for ln in widget_text(app.screen.query_one(ArticleView)).splitlines())
        assert f"[{label}? · Ruben Ostra]" not in flat and "Ruben Ostra]" in flat, flat  # the chip is now the tag's


async def test_x_on_a_quote_rejects_the_chip_drawn_on_it(tmp_path):
    app = BlufApp(db=_made(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        label = await _on_the_quote(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        ws = app.workspace
        assert [r["label"] for r in ws.rejections()] == [label]
        flat = " ".join(ln[2:].strip() for ln in widget_text(app.screen.query_one(ArticleView)).splitlines())
        assert "? · Ruben Ostra]" not in flat, flat
