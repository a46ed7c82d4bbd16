"""In sentence mode the reader shows the suggestion `bluf analyze --json` makes on no quote
(``quote_index`` null) for a span in the sentence, as it does a quote's: "actor · suggests
label (a/x) · reason"; a accepts it (a tag on its evidence), x rejects it. Pilot at 80x24 on
an invented article, the suggestions read from a real `bluf analyze --json` process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotate import open_workspace
from tui.app import BlufApp

from .helpers import open_reader, screen_lines, settle

ARTICLE = """Fighting flared along the Serbia-Kosovo boundary on Monday, officials said.

Serbian Defence Minister Bratislav Gasic ordered troops to seize a fuel depot near Raska on Tuesday.

Kosovo's Prime Minister Albin Kurti said the move was "a dangerous escalation" and called for calm.
"""


async def _sentence_with_suggestion(tmp_path, pilot, app):
    """Moves with ) to the first sentence holding a sentence-level suggestion of analyze
    --json; returns that suggestion (JSON) and the status line shown there."""
    art = tmp_path / "boundary.txt"
    sugs = [s for s in json.loads(subprocess.run([sys.executable, "-m", "tui", "analyze", str(art), "--json"],
                                                 capture_output=True, text=True, check=True).stdout)[0]["suggestions"]
            if s["quote_index"] is None]
    assert sugs, "the article needs a suggestion on no quote"
    r = await open_reader(app, pilot)
    for _ in range(len(r.sentences)):
        await pilot.press("right_parenthesis")
        await settle(app, pilot)
        s, e = r.sentences[r.sentence_index]
        if here := [g for g in sugs if g["start"] < e and s < g["end"]]:
            return here[0], screen_lines(app)[-2]
    pytest.fail("no sentence holds a suggestion")


def _workspace(tmp_path):
    art = tmp_path / "boundary.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(art)])
    ws.close()
    return db


async def test_a_sentence_shows_its_suggestion_and_a_accepts_it(tmp_path):
    app = BlufApp(db=_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        sug, status = await _sentence_with_suggestion(tmp_path, pilot, app)
        assert f"{sug['actor']['name']} · suggests {sug['label']} (a/x)" in status, status
        assert sug["reason"].split(":")[0] in status, status
        await pilot.press("a")
        await settle(app, pilot)
        ws = app.workspace
        (st,) = ws.stances(ws.sources()[0].id)
        assert (st.actor_id, st.label, st.start, st.end) == (sug["actor_id"], sug["label"], sug["start"], sug["end"])
        assert "suggests" not in screen_lines(app)[-2]


async def test_x_rejects_a_sentence_suggestion_and_it_is_not_shown_again(tmp_path):
    app = BlufApp(db=_workspace(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        sug, status = await _sentence_with_suggestion(tmp_path, pilot, app)
        assert f"suggests {sug['label']} (a/x)" in status, status
        await pilot.press("x")
        await settle(app, pilot)
        ws = app.workspace
        sid = ws.sources()[0].id
        assert ws.is_rejected(sid, sug["start"], sug["end"], sug["label"]) and not ws.stances(sid)
        assert f"suggests {sug['label']}" not in screen_lines(app)[-2]
