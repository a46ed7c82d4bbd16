"""A tag keypress in the reader starts the learned model's training in another process; the
UI's process never trains (so the key is never delayed by it)."""

from __future__ import annotations

import os
import threading

from annotate import learning
from tui.app import BlufApp

from .helpers import open_reader


async def test_a_tag_keypress_trains_in_another_process_never_in_the_ui(ws_path, monkeypatch):
    monkeypatch.setattr(learning, "RETRAIN_EVERY", 1)
    monkeypatch.setattr(learning, "MIN_TAGS", 1)
    trained_here: list[str] = []
    real_fit = learning.fit
    monkeypatch.setattr(learning, "fit", lambda *a, **k: trained_here.append(threading.current_thread().name) or real_fit(*a, **k))
    started = []
    real_start = learning.Learner.start

    def start(self, *a, **k):
        started.append((real_start(self, *a, **k), threading.current_thread() is threading.main_thread()))
        return started[-1][0]

    monkeypatch.setattr(learning.Learner, "start", start)
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot, row=1)
        await pilot.press("right_square_bracket", "h")
        await pilot.pause()
        assert [s.label for s in app.workspace.stances()] == ["hawkish"]
        assert len(started) == 1, "a tag did not start the trainer"
        proc, _ = started[0]
        assert proc.pid != os.getpid()
        await pilot.press("q")
    assert proc.wait(timeout=300) == 0
    assert trained_here == []  # neither the UI thread nor any other thread of the app trained
