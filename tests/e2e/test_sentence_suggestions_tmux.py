"""nu18 #13 in a terminal: the installed bluf at 80x24 with NO_COLOR=1 marks a suggestion made
on a sentence before the sentence is in focus: "?" in the margin and the chip, italic (the
faint style that stays without colour), and no colour in the bytes it sends."""

from __future__ import annotations

import re
import subprocess

import pytest

from .helpers import STARTUP_TIMEOUT, bluf_env, require_bluf
from .test_terminals import _SGR, _start, colour_parameters
from .test_tmux import SESSION

pytestmark = pytest.mark.e2e

TEXT = ("Raids on the border posts\n\n"
        "The Bolivian army launched air strikes on the rebel camps near Yacuiba on Monday, killing twelve fighters.\n\n"
        "“We will answer every raid on our posts,” said Colonel Ruben Ostra of the Bolivian army.\n\n"
        "The Paraguayan government condemned the strikes and threatened to close the border crossings.\n")


def test_no_color_reader_shows_sentence_suggestions_in_the_margin_and_as_italic_chips(tmp_path):
    (tmp_path / "raid.txt").write_text(TEXT, encoding="utf-8")
    env = {**bluf_env(tmp_path, "e2e")}
    done = subprocess.run([str(require_bluf()), "import", str(tmp_path / "raid.txt")], env={**__import__("os").environ, **env},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    t, raw = _start(tmp_path, sample=False, NO_COLOR="1", TERM="xterm-256color")
    try:
        t.wait(lambda s: "enter reads a source" in s and s, "the library after analysis", STARTUP_TIMEOUT)
        t.send("Enter")
        screen = t.wait(lambda s: "hawkish?" in s and "threatening?" in s and s, "the suggestions' chips")
        styled = t.run("capture-pane", "-e", "-p", "-t", SESSION).stdout
    finally:
        t.kill()
    lines = screen.splitlines()
    first = next(ln for ln in lines if "army launched" in ln)
    assert first.lstrip(" ")[:1] == "?" or first[:2].strip() == "?", screen
    out = raw.read_text(encoding="utf-8", errors="replace")
    assert colour_parameters(out) == [] and colour_parameters(styled) == []
    # the chip's text is drawn italic: the last SGR before "[hawkish?" sets 3
    row = next(ln for ln in styled.splitlines() if "hawkish?" in ln)
    before = row[: row.index("hawkish?")]
    last = [m.group(1) for m in _SGR.finditer(before)][-1]
    assert "3" in re.split(r"[;:]", last), repr(row)
