"""The chip of a tag on a sentence (no quote there) follows that sentence, after a space,
even when it ends its paragraph: never at the start of the next paragraph, glued to its
first word. Pilot at 80x24 on an invented article, ) to the sentence and h to tag it."""

from __future__ import annotations

from tui.app import BlufApp

from .helpers import open_reader, screen_lines, settle, workspace_of

ARTICLE = """Ferry talks stall in the strait

Sylvanian Defence Minister Marta Kell met her Freedonian counterpart in Port Veyra on Monday. Kell said the navy would answer any seizure of a ferry with force.

Officials from both sides agreed to meet again in March to discuss the fishing grounds.
"""


def _article_column(app) -> str:
    """The article's text as shown (left of the actor panel), rows joined by spaces."""
    rows = screen_lines(app)[1:-2]
    return " ".join(r[:50][2:].strip() for r in rows if r[:50].strip())


async def test_a_tagged_sentence_ending_its_paragraph_has_its_chip_after_it(tmp_path):
    app = BlufApp(db=workspace_of(tmp_path, "veyra.txt", ARTICLE))
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        text = app.workspace.sources()[0].text
        for _ in range(len(r.sentences)):
            await pilot.press("right_parenthesis")
            await settle(app, pilot)
            s, e = r.sentences[r.sentence_index]
            if text[s:e].startswith("Kell said"):
                break
        await pilot.press("h")
        await settle(app, pilot)
        (st,) = app.workspace.stances()
        glyph = app.label_look("hawkish")[1]
        shown = _article_column(app)
        chip = f"[{glyph} hawkish · {app.workspace.actor_name(st.actor_id)}]"
        assert f"with force. {chip}" in shown, shown
        rows = [row[:50] for row in screen_lines(app)]
        assert any(row[2:].startswith("Officials from both sides") for row in rows), rows
