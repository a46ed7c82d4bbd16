"""One actor's names carry one mark in the reader: a name the actor finder did not link at
its spot ("a member of the Vanu Liberation", the group named in full elsewhere) is looked up
among the actors' names, so without colour it gets the same kind glyph as the others (~ for
a group), not the model's label's (#). Pilot at 80x24 with NO_COLOR on an invented article."""

from __future__ import annotations

from annotate import open_workspace
from tui.app import BlufApp
from tui.widgets.article_view import ArticleView

from .helpers import open_reader, widget_text

ARTICLE = """5 rebels killed in Vanu clash

PORT MEREL—Five members of the Vanu Liberation Front were killed in a clash with government troops in the hills of Oskar province on Tuesday, the army said.

Captain Lena Morrow, spokeswoman of the Eastern Command, said soldiers recovered five bodies, arrested a member of the Vanu Liberation and recovered firearms from the clash site.

“We will contain the Vanu Liberation Front with the help of the local government,” Morrow said.
"""


async def test_an_actors_unlinked_name_gets_its_kind_glyph(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    art = tmp_path / "vanu.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(art)])
    ws.analyze()
    front = ws.resolve_actor("Vanu Liberation Front")
    ws.set_actor_kind(front, "group")  # as k on the actors view does
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot)
        text = " ".join(widget_text(app.screen.query_one(ArticleView)).split())
        # (the glyph before the name, after its "the": the reader's convention since the new user nu16)
        assert "the ~Vanu Liberation Front" in text, text
        assert "the ~Vanu Liberation and" in text and "#Vanu Liberation" not in text, text
