"""Typed text is visible in a real 80x24 terminal (tmux): the source metadata form and the
speaker picker show what is typed on their input row, and the picker offers the actor
the typed name stands for."""

from __future__ import annotations


import pytest

from .helpers import STARTUP_TIMEOUT, bluf_env, require, require_bluf
from .test_tmux import TMUX_CONF, Tmux

pytestmark = pytest.mark.e2e


def _row_with(screen: str, text: str) -> str | None:
    return next((line for line in screen.splitlines() if text in line), None)


def test_typed_text_shows_in_a_real_80x24_terminal(tmp_path):
    tmux = require("tmux")
    bluf = require_bluf()
    env = bluf_env(tmp_path, "e2e")
    conf = tmp_path / "tmux.conf"
    conf.write_text(TMUX_CONF)
    t = Tmux(tmux, conf)
    try:
        t.start(bluf, env, tmp_path)
        t.wait(lambda s: "enter reads a source" in s, "the library after analysis", STARTUP_TIMEOUT)

        t.send("m", literal=True)
        t.wait(lambda s: "tab moves" in s, "the metadata form")
        t.send("End")
        t.send("Zq wirecopy", literal=True)
        row = t.wait(lambda s: _row_with(s, "Zq wirecopy"), "the typed title on screen")
        assert "▔" not in row and "▁" not in row  # a text row, not a border
        t.send("Escape")
        t.wait(lambda s: "tab moves" not in s, "the form to close")

        t.send("Enter")
        t.wait(lambda s: "] next quote" in s, "the reader")  # not "quotes ·": the library header has it too
        t.send("]", literal=True)
        t.wait(lambda s: " Quote 1/" in s, "the first quote")
        t.send("e", literal=True)
        t.wait(lambda s: "Who said it" in s, "the speaker picker")
        t.send("Kremlin", literal=True)
        t.wait(lambda s: _row_with(s, "Kremlin") and "Russian government" in s, "'Kremlin' typed and the Russian government offered")
        t.send("Escape")
        t.wait(lambda s: "Who said it" not in s, "the picker to close")
        t.send("q", literal=True)
        t.wait(lambda s: t.exit_status(), "bluf to exit after q", dead_ok=True)
    finally:
        t.kill()
