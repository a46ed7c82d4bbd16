"""Admiralty (NATO) source grading: a reliability letter A-F and a credibility digit 1-6.

A is "completely reliable", F "reliability cannot be judged"; 1 is "confirmed by other
sources", 6 "truth cannot be judged". bluf stores the two together, e.g. ``"B2"``.
"""

from __future__ import annotations

import re

_GRADE = re.compile(r"[A-F][1-6]")


def parse_grade(s: str) -> str:
    """``"b2"`` -> ``"B2"``. Surrounding spaces are ignored; anything that is not one
    letter A-F followed by one digit 1-6 raises ValueError with a one-line message."""
    if not isinstance(s, str):
        raise ValueError(f"grade must be text like 'B2', not {type(s).__name__}")
    g = s.strip().upper()
    if not _GRADE.fullmatch(g):
        shown = s.strip()
        if len(shown) > 20:
            shown = shown[:20] + "…"
        raise ValueError(
            f"invalid grade {shown!r}: expected reliability A-F and credibility 1-6, like 'B2'"
        )
    return g
