"""The glyphs bluf draws itself, in three repertoires: ``unicode`` (any modern terminal),
``console`` (what the Linux console's standard fonts have: the Lat15 fonts of
console-setup, intersected with the kernel's CP437 font) and ``ascii``.

``[ui] glyphs = "auto"`` in config.toml picks ``console`` under ``TERM=linux`` and
``unicode`` elsewhere; ``"unicode"``, ``"console"`` or ``"ascii"`` force one."""

from __future__ import annotations

import os
import re

from rich.cells import cell_len

NAMES = ("unicode", "console", "ascii")

GLYPHS: dict[str, dict[str, str]] = {
    "unicode": {
        "focus": "▶",  # the first row of the paragraph in focus
        "focus_bar": "▎",  # its other rows
        "quote": "“",  # a paragraph with a quote (margin)
        "tagged": "✓",  # ... with a tagged quote
        "suggested": "?",  # ... with a suggestion
        "removed": "⋯",  # collapsed boilerplate
        "near_duplicate": "≈",
        "conflict": "⚠",
        "times": "×",
        "confirmed": "✓",
    },
    "console": {
        "focus": "→",
        "focus_bar": "│",
        "quote": '"',
        "tagged": "■",
        "suggested": "?",
        "removed": "·",
        "near_duplicate": "≈",
        "conflict": "!",
        "times": "x",
        "confirmed": "■",
    },
    "ascii": {
        "focus": ">",
        "focus_bar": "|",
        "quote": '"',
        "tagged": "+",
        "suggested": "?",
        "removed": "-",
        "near_duplicate": "~",
        "conflict": "!",
        "times": "x",
        "confirmed": "+",
    },
}

# One glyph per label colour slot, used instead of a theme's own glyphs when the
# terminal's repertoire is smaller.
LABEL_GLYPHS: dict[str, tuple[str, ...]] = {
    "console": ("▲", "♦", "■", "•", "▼", "±", "§", "°"),
    "ascii": ("!", "=", "o", "*", "v", "+", "%", "&"),
}


def repertoire(setting: str = "auto", term: str | None = None) -> str:
    """The glyph repertoire for the ``[ui] glyphs`` setting and ``TERM``."""
    if setting in NAMES:
        return setting
    term = os.environ.get("TERM", "") if term is None else term
    return "console" if term == "linux" or term.startswith("linux-") else "unicode"


# What is left of Textual's own glyphs (border edges, scroll bar ends, the footer's
# separator, "…" of a cut line, the palette's search icon) outside a smaller repertoire, cell for cell, so
# nothing moves. Text of the articles is in the font already or left as it is.
_CONSOLE_TABLE = {
    **dict.fromkeys("▏▎▍▌▋▊▉▕▐", "│"),
    **dict.fromkeys("▔▀▁▂▃▄▅▆▇", "─"),
    "…": ".", "⋯": "·", "✓": "+", "✔": "+", "⚠": "!", "○": "o", "◆": "♦", "◇": "♦",
    "⠀": " ", "↵": "<", "⏎": "<", "⇄": "=", "⬆": "↑", "⬇": "↓", "◢": " ", "◣": " ", "★": "*", "✚": "+",
    "🔎": "> ",  # the command palette's search icon, two cells for two
}
_TO_ASCII = {
    **dict.fromkeys("│┃║▏▎▍▌▋▊▉▕▐╵╷╹╻", "|"),
    **dict.fromkeys("─━═▔▀▁▂▃▄▅▆▇╴╶╸╺", "-"),
    **dict.fromkeys("┌┐└┘├┤┬┴┼╭╮╰╯┏┓┗┛╔╗╚╝", "+"),
    "▶": ">", "→": ">", "←": "<", "↑": "^", "↓": "v", "“": '"', "”": '"', "‘": "'", "’": "'",
    "·": ".", "•": "*", "≈": "~", "×": "x", "—": "-", "–": "-", "▲": "^", "▼": "v", "♦": "*",
    "■": "#", "█": "#", "░": ":", "▒": ":", "«": "<", "»": ">", "±": "+", "§": "S", "°": "o",
    "◆": "*", "⬆": "^", "⬇": "v",
}
# The console table's replacements are taken on to ASCII too ("⋯" -> "·" -> ".").
_ASCII_TABLE = {**{k: _TO_ASCII.get(v, v) for k, v in _CONSOLE_TABLE.items()}, **_TO_ASCII}

TABLES = {"console": str.maketrans(_CONSOLE_TABLE), "ascii": str.maketrans(_ASCII_TABLE)}


# Emoji sequences whose width terminals disagree on (tmux 3.3 draws "☀️" in one cell, Rich
# and kitty in two; a ZWJ family is one glyph or three; a flag one cell or two): drawn as
# what every terminal measures alike. Variation selectors, keycaps and skin tones are
# dropped, a ZWJ sequence shows its first emoji, a flag its two letters ("PL").
# Only characters of one width everywhere are left: Rich's count is then the terminal's.
_UNSURE = re.compile(
    "([\U0001F1E6-\U0001F1FF]{1,2})|(?:\u200d[^\\s\u200d]?)+|[\ufe0e\ufe0f\u20e3\U0001F3FB-\U0001F3FF]+"
)


def same_width_everywhere(text: str) -> str:
    """``text`` with the sequences terminals measure differently replaced (see _UNSURE),
    each followed by the spaces it takes to fill the cells Rich counted for it, so what
    Textual laid out stays where it was."""
    if text.isascii() or not _UNSURE.search(text):
        return text
    out: list[str] = []
    pos = 0
    for m in _UNSURE.finditer(text):
        s = m.start()
        prev = text[s - 1] if s > pos else ""
        flag = m.group(1)
        repl = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in flag) if flag else ""
        pad = cell_len(prev + m.group()) - cell_len(prev + repl)
        out.append(text[pos:s] + repl + " " * max(0, pad))
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    return result + " " * max(0, cell_len(text) - cell_len(result))


def install_width_filter(app) -> None:
    """Every line bluf draws goes through same_width_everywhere: a row of an article with
    emoji keeps the panel's border in its column in every terminal."""
    from rich.segment import Segment
    from textual.filter import LineFilter

    class SameWidthFilter(LineFilter):
        def apply(self, segments, background):
            return [Segment(same_width_everywhere(text), style, control) if not control else Segment(text, style, control)
                    for text, style, control in segments]

    app._filters.insert(0, SameWidthFilter())


def install(app, name: str) -> None:
    """Make a Textual app draw within repertoire ``name``: a line filter swaps what
    Textual's widgets draw outside it, and scroll bars draw whole cells only. The scroll bar's
    renderer is a class attribute of Textual's: an app with the full repertoire puts Textual's
    own back, so an earlier app of the process (a test's) leaves no trace."""
    from textual.scrollbar import ScrollBar, ScrollBarRender

    if name not in TABLES:
        ScrollBar.renderer = ScrollBarRender
        return
    from rich.segment import Segment
    from textual.filter import LineFilter

    table = TABLES[name]

    class GlyphFilter(LineFilter):
        def apply(self, segments, background):
            return [Segment(text.translate(table), style, control) for text, style, control in segments]

    class WholeCellScrollBar(ScrollBarRender):
        VERTICAL_BARS = [" "] * 8
        HORIZONTAL_BARS = [" "] * 8

    app._filters.append(GlyphFilter())
    ScrollBar.renderer = WholeCellScrollBar
