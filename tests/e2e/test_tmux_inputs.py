"""Typed text is visible in a real 80x24 terminal (tmux): the source metadata form and the
speaker picker show what is typed on their input row, and the picker offers the actor
the typed name stands for."""

from __future__ import annotations

import pytest

from .test_tmux import bluf_in_tmux

pytestmark = pytest.mark.e2e


def _row_with(screen: str, text: str) -> str | None:
    return next((line for line in screen.splitlines() if text in line), None)


def test_typed_text_shows_in_a_real_80x24_terminal(tmp_path):
    with bluf_in_tmux(tmp_path) as (t, _env, _library):
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
