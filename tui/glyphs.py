"""The glyphs bluf draws itself, in three repertoires: ``unicode`` (any modern terminal),
``console`` (what the Linux console's standard fonts have: the Lat15 fonts of
console-setup, intersected with the kernel's CP437 font) and ``ascii``.

``[ui] glyphs = "auto"`` in config.toml picks ``console`` under ``TERM=linux`` and
``unicode`` elsewhere; ``"unicode"``, ``"console"`` or ``"ascii"`` force one."""

from __future__ import annotations

import os

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
# separator, "…" of a cut line) outside a smaller repertoire, one cell for one cell, so
# nothing moves. Text of the articles is in the font already or left as it is.
_CONSOLE_TABLE = {
    **dict.fromkeys("▏▎▍▌▋▊▉▕▐", "│"),
    **dict.fromkeys("▔▀▁▂▃▄▅▆▇", "─"),
    "…": ".", "⋯": "·", "✓": "+", "✔": "+", "⚠": "!", "○": "o", "◆": "♦", "◇": "♦",
    "⠀": " ", "↵": "<", "⏎": "<", "⬆": "↑", "⬇": "↓", "◢": " ", "◣": " ", "★": "*", "✚": "+",
}
_ASCII_TABLE = {
    **_CONSOLE_TABLE,
    **dict.fromkeys("│┃║▏▎▍▌▋▊▉▕▐╵╷╹╻", "|"),
    **dict.fromkeys("─━═▔▀▁▂▃▄▅▆▇╴╶╸╺", "-"),
    **dict.fromkeys("┌┐└┘├┤┬┴┼╭╮╰╯┏┓┗┛╔╗╚╝", "+"),
    "▶": ">", "→": ">", "←": "<", "↑": "^", "↓": "v", "“": '"', "”": '"', "‘": "'", "’": "'",
    "·": ".", "•": "*", "≈": "~", "×": "x", "—": "-", "–": "-", "▲": "^", "▼": "v", "♦": "*",
    "■": "#", "█": "#", "░": ":", "▒": ":", "«": "<", "»": ">", "±": "+", "§": "S", "°": "o",
}
TABLES = {"console": str.maketrans(_CONSOLE_TABLE), "ascii": str.maketrans(_ASCII_TABLE)}


def install(app, name: str) -> None:
    """Make a Textual app draw within repertoire ``name``: a line filter swaps what
    Textual's widgets draw outside it, and scroll bars draw whole cells only."""
    if name not in TABLES:
        return
    from rich.segment import Segment
    from textual.filter import LineFilter
    from textual.scrollbar import ScrollBar, ScrollBarRender

    table = TABLES[name]

    class GlyphFilter(LineFilter):
        def apply(self, segments, background):
            return [Segment(text.translate(table), style, control) for text, style, control in segments]

    class WholeCellScrollBar(ScrollBarRender):
        VERTICAL_BARS = [" "] * 8
        HORIZONTAL_BARS = [" "] * 8

    app._filters.append(GlyphFilter())
    ScrollBar.renderer = WholeCellScrollBar
