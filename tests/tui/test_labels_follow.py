"""One analyst changes the label vocabulary from the command line while another's reader is
open (new-user session 15, F9): the open reader's keys and footer follow on its periodic
refresh — the new label's key tags, a removed label's key no longer offered."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tui.app import BlufApp
from tui.screens.reader import ReaderScreen
from tui.widgets.fitting_footer import FittingFooter

from .helpers import settle


def footer(screen) -> str:
    """The descriptions of the keys the screen's footer shows."""
    from textual.widgets._footer import FooterKey

    return " ".join(str(k.description) for k in screen.query_one(FittingFooter).query(FooterKey) if k.display)


async def test_an_open_reader_takes_the_labels_another_analyst_set(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket")  # the first source, its first quote
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert "Threatening" in footer(reader)
        subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "labels", "set", "hawkish=h", "cautious=c", "escalatory=z"],
                       check=True, capture_output=True, env={**os.environ, "BLUF_ANNOTATOR": "ben"})
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 3.0:
            await pilot.pause(0.1)
            if "Escalatory" in footer(reader):
                break
        keys = footer(reader)
        assert app.screen is reader  # the same reader, where the analyst was
        assert "Escalatory" in keys and "Threatening" not in keys and "Denial" not in keys, keys
        src = reader.source_id
        before = len(app.workspace.stances(src))
        await pilot.press("t")  # no longer a label's key: nothing tagged
        await pilot.pause()
        assert len(app.workspace.stances(src)) == before
        assert app.screen is reader
        await pilot.press("z")
        await pilot.pause()
        if app.screen is not reader:  # the quote has no speaker yet: whose stance (the first offered)
            await pilot.press("enter")
            await pilot.pause()
        assert len(app.workspace.stances(src)) == before + 1
        assert sum(s.label == "escalatory" for s in app.workspace.stances(src)) == 1
