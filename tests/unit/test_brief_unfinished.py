"""A brief made while a source is still being analysed (a long text the reader is parsing when
the analyst presses E) says so: the source is counted "still being analysed" in the coverage
line and named in the method, not passed off as analysed with nothing in it."""

from __future__ import annotations

import annotate
from annotate.brief import build_brief
from annotate.export.markdown import render_markdown

_TEXT = ("Clashes in Chad\n\nN'DJAMENA, May 4 (Reuters) - Rebels attacked an army post in Abeche on Sunday, the army said.\n\n"
         "\"We will respond with force,\" army spokesman Ali Mahamat said.\n")


def test_a_brief_names_the_sources_not_analysed_yet(tmp_path):
    (tmp_path / "a.txt").write_text(_TEXT)
    (tmp_path / "b.txt").write_text(_TEXT.replace("Abeche", "Mongo").replace("Ali Mahamat", "Idriss Kebir"))
    ws = annotate.open_workspace(tmp_path / "ws.json", annotator="ana", seed=False)
    ws.import_files([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    ws.analyze(parse=lambda src: src.name.endswith("a.txt"))
    md = render_markdown(build_brief(ws))
    assert "2 sources (1 still being analysed)" in md, md
    assert "Not analysed yet: 1 source (b.txt) still being analysed" in md
    ws.analyze()
    md = render_markdown(build_brief(ws))
    assert "still being analysed" not in md and "Not analysed yet" not in md
