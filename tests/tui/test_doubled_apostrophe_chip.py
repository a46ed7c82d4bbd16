"""A wire that writes its quotes with two apostrophes (''…'') as marks: the quote holds neither
apostrophe and the tag's chip follows both closing apostrophes, never between them. Pilot at
80x24 on an invented article, h on the first quote."""

from __future__ import annotations

from tui.app import BlufApp

from .helpers import open_reader, screen_lines, settle, workspace_of

ARTICLE = """Valdoria rejects the river ultimatum

Defence Minister Ines Carro said on Monday that the move was ''a grave error by Lastra.'' Officials in Lastra did not comment.
"""


async def test_the_chip_of_a_quote_in_doubled_apostrophes_follows_both_marks(tmp_path):
    app = BlufApp(db=workspace_of(tmp_path, "valdoria.txt", ARTICLE))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        (q,) = app.screen.quotes
        assert q.text == "a grave error by Lastra."
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        await pilot.press("h")
        await settle(app, pilot)
        assert [(s.start, s.end) for s in app.workspace.stances()] == [(q.start, q.end)]
        shown = " ".join(r[:50][2:].strip() for r in screen_lines(app)[1:-2] if r[:50].strip())
        glyph = app.label_look("hawkish")[1]
        assert f"Lastra.'' [{glyph} hawkish]" in shown or f"Lastra.''\u00a0[{glyph} hawkish]" in shown, shown
        assert "Lastra.' [" not in shown, shown
