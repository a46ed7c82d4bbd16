"""The installed bluf in terminals that show less: NO_COLOR, 16 colours, the Linux console.
Each runs in a tmux pane of its own server; what bluf wrote is read raw (pipe-pane) and as
the screen shows it (capture-pane)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from .helpers import STARTUP_TIMEOUT, bluf_env, require_bluf, sample_env
from .test_tmux import SESSION, Tmux, new_tmux

pytestmark = pytest.mark.e2e

FONT = Path(__file__).resolve().parents[1] / "fixtures" / "console_font_glyphs.txt"
_SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def colour_parameters(raw: str) -> list[str]:
    """Every SGR parameter in ``raw`` that sets a colour: 30–37, 40–47, 90–97, 100–107 and
    38/48 (256 or true colour). 39 and 49 (the terminal's default colours) are not colours."""
    found = []
    for m in _SGR.finditer(raw):
        params = [p for p in re.split(r"[;:]", m.group(1)) if p]
        i = 0
        while i < len(params):
            p = int(params[i])
            if p in (38, 48, 58):
                found.append(m.group(0))
                break
            if 30 <= p <= 37 or 40 <= p <= 47 or 90 <= p <= 97 or 100 <= p <= 107:
                found.append(m.group(0))
            i += 1
    return found


def _start(tmp_path: Path, sample: bool = True, **env: str) -> tuple[Tmux, Path]:
    """bluf in tmux with ``env`` on top of the test's: ``bluf --sample`` (the seeds), or
    with ``sample=False`` plain ``bluf`` on ``bluf_env``'s workspace."""
    t = new_tmux(tmp_path)
    bluf = require_bluf()
    full = {**(sample_env if sample else bluf_env)(tmp_path, "e2e"), **env}
    t.env.pop("NO_COLOR", None)
    t.env.pop("COLORTERM", None)
    raw = tmp_path / "raw.out"
    t.start(bluf, full, tmp_path, args=("--sample",) if sample else ())
    r = t.run("pipe-pane", "-o", "-t", SESSION, f"cat >> {shlex.quote(str(raw))}")
    assert r.returncode == 0, r.stderr
    return t, raw


def _walk(t: Tmux) -> list[str]:
    """Library, reader (a quote in focus, then tagged), actors: the screens as shown."""
    screens = [t.wait(lambda s: "enter reads a source" in s and s, "the library after analysis", STARTUP_TIMEOUT)]
    t.send("Enter")
    t.wait(lambda s: "Actors" in s and "quotes" in s, "the reader")
    t.send("]", literal=True)
    screens.append(t.wait(lambda s: " Quote 1/" in s and s, "the first quote"))
    t.send("h", literal=True)
    screens.append(t.wait(lambda s: ("Saved" in s or "Who holds" in s or "not an actor" in s) and s, "h to be answered"))
    t.send("Escape")  # closes the picker, if the quote's speaker was not an actor
    t.wait(lambda s: "Who holds" not in s, "the picker to close")
    t.send("A", literal=True)
    screens.append(t.wait(lambda s: " actors" in s and "Affiliation" in s and "Stances" in s and s, "the actors screen"))
    return screens


def test_no_color_sends_no_colour_at_all(tmp_path):
    t, raw = _start(tmp_path, NO_COLOR="1", TERM="xterm-256color")
    try:
        screens = _walk(t)
        styled = t.run("capture-pane", "-e", "-p", "-t", SESSION).stdout
    finally:
        t.kill()
    out = raw.read_text(encoding="utf-8", errors="replace")
    assert "Actors" in out and len(out) > 1000, "pipe-pane caught nothing"
    assert colour_parameters(out) == [], sorted(set(colour_parameters(out)))[:10]
    assert colour_parameters(styled) == []
    # What colour showed is shown by text style: the actors list's cursor row is reversed.
    assert any("7" in re.split(r"[;:]", m.group(1)) for m in _SGR.finditer(styled)), styled
    assert any(("@" in s or "#" in s) for s in screens[1:2]), "no name glyphs without colour"


def test_a_16_colour_terminal_gets_the_16_colour_theme_with_name_glyphs(tmp_path):
    t, raw = _start(tmp_path, TERM="xterm-16color")
    try:
        screens = _walk(t)
    finally:
        t.kill()
    out = raw.read_text(encoding="utf-8", errors="replace")
    # The 16 colours only (no 256 or true colour), and names carry their glyphs.
    assert not [c for c in colour_parameters(out) if re.search(r"\[(?:[0-9;]*;)?[34]8[;:]", c)]
    reader = screens[1]
    assert re.search(r"[@#^~][A-Z]", reader), reader


def test_the_linux_console_gets_only_glyphs_its_fonts_have(tmp_path):
    font = set(FONT.read_text(encoding="utf-8").splitlines()[-1])
    t, raw = _start(tmp_path, TERM="linux")
    try:
        screens = _walk(t)
    finally:
        t.kill()
    shown = "".join(screens)
    missing = sorted({c for c in shown if ord(c) > 0x7E and c not in font})
    assert not missing, f"not in the console fonts: {missing}\n{screens[1]}"
    out = raw.read_text(encoding="utf-8", errors="replace")
    missing_raw = sorted({c for c in out if ord(c) > 0x7E and c not in font and c != "\ufffd"})
    assert not missing_raw, f"sent, but not in the console fonts: {missing_raw}"


def _cells(text: str) -> int:
    """Cells a terminal such as tmux gives ``text`` (wcwidth: East Asian wide and full-width
    characters two, combining marks, joiners and variation selectors none)."""
    import unicodedata

    n = 0
    for c in text:
        if unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        n += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return n


def _settled(t, timeout: float = 20.0, drawn=lambda s: True) -> str:
    """The screen once the repaint after a resize has landed: two captures half a second
    apart that are the same and show what ``drawn`` asks for (a fixed sleep was too short on
    a loaded machine, and on one loaded to 12 two blank captures mid-repaint were alike)."""
    import time

    end = time.monotonic() + timeout
    last = t.screen()
    while time.monotonic() < end:
        time.sleep(0.5)
        now = t.screen()
        if now == last and drawn(now):
            return now
        last = now
    return last


def _border_rows(screen: str) -> int:
    """Rows that show the actor panel's border (the footer's own separator left out)."""
    return sum(1 for line in screen.splitlines() if "▏" in line and not line.lstrip().startswith("]"))


def test_the_panel_border_stays_in_one_column_with_wide_characters_after_resizes(tmp_path):
    """An article with CJK, emoji with variation selectors, skin tones, ZWJ families, flags
    and keycaps, read in a real terminal that is resized: on every row the actor panel's
    border is in the same column."""
    import subprocess

    env = bluf_env(tmp_path, "e2e")
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "wide_characters.txt"
    out = subprocess.run([str(require_bluf()), "--db", env["BLUF_DB"], "import", str(fixture)],
                         env={**__import__("os").environ, **env}, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    t, _ = _start(tmp_path, sample=False)
    try:
        t.wait(lambda s: "enter reads a source" in s, "the library after analysis", STARTUP_TIMEOUT)
        t.send("Enter")
        t.wait(lambda s: "Actors" in s and "▏" in s, "the reader")
        shots = {}
        for w, h in ((120, 40), (61, 20), (100, 30), (80, 24)):
            t.run("resize-window", "-t", SESSION, "-x", str(w), "-y", str(h))
            # The reader at the new size: the pane has it and the panel's border is drawn on
            # most rows (its "Actors" heading may be scrolled out of a short panel).
            t.wait(lambda s, w=w, h=h: t.pane("#{pane_width}") == str(w) and _border_rows(s) >= h // 2,
                   f"the reader at {w}x{h}", STARTUP_TIMEOUT)
            shots[(w, h)] = _settled(t, STARTUP_TIMEOUT, lambda s, h=h: _border_rows(s) >= h // 2)
    finally:
        t.kill()
    for size, screen in shots.items():
        columns = {}
        for n, line in enumerate(screen.splitlines()):
            if "▏" in line and not line.lstrip().startswith("]"):  # the footer has its own separator
                columns.setdefault(_cells(line[: line.index("▏")]), []).append(n)
        assert len(columns) == 1, f"at {size} the border is in columns {columns}:\n{screen}"


def test_glyphs_ascii_in_config_draws_only_ascii(tmp_path):
    """``[ui] glyphs = "ascii"`` (for terminals and fonts that have nothing else)."""
    conf_dir = tmp_path / "config" / "bluf"
    conf_dir.mkdir(parents=True)
    (conf_dir / "config.toml").write_text('[ui]\nglyphs = "ascii"\n', encoding="utf-8")
    t, raw = _start(tmp_path, TERM="xterm-256color")
    try:
        screens = _walk(t)
    finally:
        t.kill()
    shown = "".join(screens)
    assert not sorted({c for c in shown if ord(c) > 0x7E}), screens[1]


def test_a_config_problem_is_a_notice_at_start_and_the_app_runs(tmp_path):
    """An unknown key in config.toml is named in a notice (as `bluf config check` names it)
    and the app starts with the defaults."""
    conf_dir = tmp_path / "config" / "bluf"
    conf_dir.mkdir(parents=True)
    (conf_dir / "config.toml").write_text('[ui]\ntheme = "bluf-light"\nglyhps = "ascii"\n', encoding="utf-8")
    t, _ = _start(tmp_path, TERM="xterm-256color")
    try:
        shown = t.wait(lambda s: "glyhps" in s and s, "the notice naming the unknown key", STARTUP_TIMEOUT)
        t.wait(lambda s: "enter reads a source" in s and s, "the library after analysis", STARTUP_TIMEOUT)
    finally:
        t.kill()
    toast = "".join(line.split("▌", 1)[1].strip() for line in shown.splitlines() if "▌" in line)
    assert "config.toml:3:[ui]'glyhps'isnokeyblufreads" in toast.replace(" ", ""), shown


def test_the_command_palette_on_the_linux_console_sends_only_glyphs_its_fonts_have(tmp_path):
    """ctrl+p under TERM=linux: the palette's search icon (an emoji in Textual) and its
    placeholder are drawn in the console's glyphs, in the bytes sent and on the screen."""
    font = set(FONT.read_text(encoding="utf-8").splitlines()[-1])
    t, raw = _start(tmp_path, TERM="linux")
    try:
        t.wait(lambda s: "enter reads a source" in s and s, "the library after analysis", STARTUP_TIMEOUT)
        start = raw.stat().st_size if raw.exists() else 0
        t.send("C-p")
        screen = t.wait(lambda s: "Search for commands" in s and s, "the command palette")
        t.send("Escape")
    finally:
        t.kill()
    out = raw.read_bytes()[start:].decode("utf-8", errors="replace")
    assert "commands" in out, "pipe-pane caught no palette"
    sent = sorted({c for c in out if ord(c) > 0x7E and c not in font and c != "\ufffd"})
    assert not sent, f"sent, but not in the console fonts: {sent}"
    shown = sorted({c for c in screen if ord(c) > 0x7E and c not in font})
    assert not shown, f"shown, but not in the console fonts: {shown}\n{screen}"


def test_the_actors_panel_marks_its_focused_actor_with_the_consoles_focus_glyph(tmp_path):
    """Under TERM=linux the panel's focused actor (the speaker of the quote in focus) is marked
    as the article's focus is (→, the console repertoire's), never ▶ (the unicode one): the
    bytes sent hold no ▶."""
    import time

    def marked(screen: str) -> list[str]:
        cells = [row.split("│", 1)[1] for row in screen.splitlines() if "│" in row[40:60]]
        return [c.strip() for c in cells if c.lstrip()[:2] in ("→ ", "▶ ", "> ")]

    t, raw = _start(tmp_path, TERM="linux")
    try:
        t.wait(lambda s: "enter reads a source" in s and s, "the library after analysis", STARTUP_TIMEOUT)
        t.send("Enter")
        t.wait(lambda s: "Actors" in s and "quotes" in s, "the reader")
        reader = ""
        for _ in range(8):  # ] until a quote whose speaker the panel lists
            t.send("]", literal=True)
            time.sleep(0.5)
            reader = t.wait(lambda s: " Quote " in s and s, "a quote in focus")
            if marked(reader):
                break
    finally:
        t.kill()
    assert marked(reader) and all(m.startswith("→ ") for m in marked(reader)), reader
    out = raw.read_text(encoding="utf-8", errors="replace")
    assert "Actors" in out and "▶" not in out, reader
