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
