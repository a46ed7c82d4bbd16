"""`bluf log` lists every change the analyst can undo: a new user pressed x (reject a
suggestion) in the reader, then u and ctrl+r, and `bluf log` showed none of the three."""

from __future__ import annotations

import subprocess
import sys

from tui.app import BlufApp

from .helpers import open_reader, settle


async def test_x_then_undo_and_redo_in_the_reader_appear_in_bluf_log(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot, row=1)
        with_suggestion = next(i for i in range(len(r.quotes)) if r._suggestion(i) is not None)
        for _ in range(with_suggestion + 1):
            await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert r.focus_index == with_suggestion
        label = r._suggestion(with_suggestion).label
        await pilot.press("x")
        await settle(app, pilot)
        assert r._suggestion(with_suggestion) is None  # rejected
        await pilot.press("u")
        await settle(app, pilot)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
    log = subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), "log"], capture_output=True, text=True)
    assert log.returncode == 0, log.stderr
    lines = log.stdout.splitlines()
    rejected = [line for line in lines if f"rejected suggestion {label}" in line]
    assert len(rejected) == 3, log.stdout
    assert "undo: rejected suggestion" in rejected[1] and "redo: rejected suggestion" in rejected[2], rejected
    assert all("tester" in line for line in rejected), rejected
