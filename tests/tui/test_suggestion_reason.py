"""The reader says why it suggests a stance, at 80x24, on the quote it marks; and it marks
the quotes `bluf analyze --json` gives a suggestion (``quotes[].suggestion``) for the same
article, with the same label and reason."""

from __future__ import annotations

import json
import subprocess
import sys

from annotate import open_workspace
from tui.app import BlufApp

from .helpers import open_reader, settle

ARTICLE = """Norland and Southland traded accusations on Monday after a border post was shelled.

"We will retaliate with full force against any aggression," Norland's Defence Minister Erik Dahl told reporters in the capital.

Southland's Foreign Minister Anna Berg said the country was "studying the situation" and urged both sides to show restraint.
"""


async def test_the_focused_suggestion_shows_its_reason_and_matches_analyze_json(tmp_path):
    art = tmp_path / "norland_border.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "tui", "analyze", str(art), "--json"], capture_output=True, text=True, check=True)
    by_json = {q["index"]: q["suggestion"] for q in json.loads(out.stdout)[0]["quotes"] if q["suggestion"]}
    assert by_json, out.stdout
    db = tmp_path / "ws.json"
    ws = open_workspace(db, seed=False)
    ws.import_files([str(art)])
    ws.close()
    app = BlufApp(db=db)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        marked = {}
        for i in range(len(r.quotes)):
            await pilot.press("right_square_bracket")
            await settle(app, pilot)
            sug = r._suggestion(i)
            if sug is None:
                continue
            marked[i] = {"label": sug.label, "reason": sug.reason, "score": sug.score}
            line = r.query_one("#status").text
            reason = sug.reason.removesuffix(" in the quote")
            hint = " (a/x) · " if reason in line else " (a/x/r) · "  # r: the whole reason, when cut
            assert f"suggests {sug.label}{hint}" in line, line
            shown = line.split(hint, 1)[1].split(" · ")[0].removesuffix("…")
            # the reason's head (what kind of cue) whole, its example words as far as they fit
            # next to the quote's position (r shows them all)
            assert shown.startswith(reason.split(": “")[0]) and reason.startswith(shown), (line, reason)
        assert marked == by_json
