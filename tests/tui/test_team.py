"""Two analysts on one workspace, and a full disk, as the TUI shows them."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time

from annotate import store as store_mod
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import settle


async def test_another_analysts_tag_shows_within_two_seconds(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket", "right_square_bracket")  # quote 1 of the first source
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        src = app.workspace.source(reader.source_id)
        # A second analyst tags the first quote of this source from another process.
        subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "tag", src.name, "1", "denial"],
                       check=True, capture_output=True, env={**os.environ, "BLUF_ANNOTATOR": "colleague"})
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < 2.0:
            await pilot.pause(0.1)
            if any(s.annotator == "colleague" for s in app.workspace.stances(src.id)):
                break
        seen = time.perf_counter() - t0
        assert any(s.annotator == "colleague" and s.label == "denial" for s in app.workspace.stances(src.id))
        assert seen < 2.0
        await pilot.pause(0.1)
        view = reader.query_one("ArticleView")
        assert "[denial]" in "".join(seg.text for strip in view.render_lines(view.size.region) for seg in strip)


async def test_a_full_disk_says_the_tag_was_not_saved(ws_path, monkeypatch):
    def enospc(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "right_square_bracket", "right_square_bracket")
        monkeypatch.setattr(store_mod, "_write_all", enospc)
        await pilot.press("h")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("not saved" in m and "full" in m for m in messages), messages
        assert app.workspace.stances() == []
        assert "untagged" in str(app.screen.query_one("#status").render())


async def test_agreement_view_shows_counts_kappa_and_disagreements(ws_path):
    from annotate.workspace import open_workspace
    from tui.screens.stats import StatsScreen

    from .helpers import widget_text

    for who, label in (("ana", "hawkish"), ("bob", "cautious")):
        ws = open_workspace(ws_path, annotator=who)
        ws.analyze()
        src = ws.sources()[1]
        ws.tag(src.id, 0, label)
        ws.tag(src.id, 3, "cautious")
        ws.close()
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        text = widget_text(app.screen.query_one("#body"))
        assert "4 tags in force by 2 annotator(s)" in text
        assert "Cohen's kappa ana–bob" in text and "Krippendorff's alpha" in text
        assert "UK government" in text and "ana hawkish, bob cautious" in text
