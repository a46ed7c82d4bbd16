"""What the reader draws around names and brackets, at 80x24 with NO_COLOR (pilot, real keys,
an invented article): a name's glyph precedes the whole name, never lands inside it ("the
#National Committee", not "#the National Committee"; "@Sheikh Tolvane" when the actor is
named so and the model found "Tolvane" alone, not "Sheikh @Tolvane"); the article's own
bracketed text ("[yesterday]") is drawn unlike a tag chip (faint brackets, and without colour,
where faint does not show, escaped: "\\[yesterday\\]"), so it is never taken for one. New-user session 16."""

from __future__ import annotations

from tui.app import BlufApp
from tui.widgets.article_view import ArticleView

from .helpers import article_workspace, open_reader, settle, widget_text

TEXT = ("Vardo police fire on marchers in Port Veyra\n\n"
        "The curfew runs from 6pm [yesterday] without a break, officials said.\n\n"
        "In a meeting with the National Committee on Harbour Affairs, Sheikh Tolvane lashed out at "
        "the marchers. \"Those who are marching are not students, but vandals,\" she said.\n")


def _segments(view):
    return [seg for strip in view.render_lines(view.size.region) for seg in strip]


async def test_glyphs_precede_whole_names_and_text_brackets_are_not_chips(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    ws, db = article_workspace(tmp_path, TEXT, "veyra.txt", title="Vardo police fire on marchers")
    sid = ws.sources()[0].id
    at = TEXT.index("Tolvane")
    aid = ws.actor_at(sid, at, at + len("Tolvane"))
    assert aid and ws.actor(aid).name == "Tolvane"  # the model found the name without "Sheikh"
    ws.rename_actor(aid, "Sheikh Tolvane")
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        await pilot.press("right_square_bracket", "h")  # tag the quote: a chip after it
        await settle(app, pilot)
        view = app.screen.query_one(ArticleView)
        text = " ".join(widget_text(view).split())
        assert "the #National Committee" in text and "#the" not in text, text
        assert "@Sheikh Tolvane" in text and "Sheikh @Tolvane" not in text, text
        assert "\\[yesterday\\]" in text, text  # escaped: faint does not show without colour
        chip = next(s for s in _segments(view) if "hawkish" in s.text)
        assert chip.style.bold and "\\" not in chip.text  # a chip: bold, its brackets plain
