"""A long source in a real 80x24 terminal (tmux): the reader shows the short sources while it
parses the long one part by part, and `q` during that analysis ends bluf at once, the
terminal restored (before: the screen cleared, the process lived on until the parse ended,
ctrl+c did nothing)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from annotate import open_workspace

from ..large_text import large_text
from .helpers import bluf_env, require_bluf
from .test_tmux import new_tmux

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def test_quit_during_the_analysis_of_a_long_source_returns_at_once(tmp_path):
    program = require_bluf()
    env = bluf_env(tmp_path, "e2e")
    env["PYTHONPATH"] = str(ROOT)  # this checkout's code, whatever the venv's install points at
    (tmp_path / "short.txt").write_text(large_text(1500, "Elbonia"), encoding="utf-8")
    (tmp_path / "huge.txt").write_text(large_text(150_000), encoding="utf-8")  # 3+ parts: tens of seconds
    ws = open_workspace(env["BLUF_DB"], seed=False)
    ws.import_files([str(tmp_path / "short.txt"), str(tmp_path / "huge.txt")])
    ws.close()
    t = new_tmux(tmp_path)
    try:
        t.start(program, env, tmp_path)
        screen = t.wait(lambda s: "part 1/" in s and s, "the long source's first part", 90)
        assert "of huge.txt" in screen
        assert "short.txt" in screen
        t.send("q", literal=True)
        t0 = time.monotonic()
        how = t.wait(lambda s: t.exit_status(), "bluf to exit after q", timeout=10, dead_ok=True)
        took = time.monotonic() - t0
        assert how == "status=0 signal=", f"bluf did not exit cleanly after q ({how}):\n{t.screen()}"
        assert took < 4, f"bluf took {took:.1f} s to exit after q"
        assert t.pane("#{alternate_on}") == "0"  # the terminal is back from the full-screen app
    finally:
        t.kill()
