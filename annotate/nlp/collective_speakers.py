"""Clauses said by the sides together: "a claim both sides denied as baseless", "the two
governments accused each other of starting the fighting", "each side blamed the other". The
speakers are the sides the report names around it; the parse finds no named subject.
"""

from __future__ import annotations

import re

# A subject of all the sides, a few auxiliaries or adverbs, then a verb of saying or of a speech act.
_COLLECTIVE = re.compile(
    r"\b(?:both|the two|each|all|neither)\s+(?:sides|side|countries|governments|parties|armies|militaries|nations|capitals|camps|factions)\s+"
    r"(?:(?:have|has|had|also|later|quickly|swiftly|promptly|again|since|immediately|strongly)\s+)*"
    r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|accus(?:e|es|ed)|blam(?:e|es|ed)|sa(?:y|ys|id)|claim(?:s|ed)?|"
    r"insist(?:s|ed)?|agre(?:e|es|ed)|trad(?:e|es|ed)|refus(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|warn(?:s|ed)?)\b",
    re.I,
)


def collective_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each clause of ``text`` whose subject is all the sides at
    once ("both sides denied", "the two governments have accused", "neither side claimed"), from
    its subject to the end of its sentence (the next ".", "!", "?" or line end)."""
    out = []
    for m in _COLLECTIVE.finditer(text):
        end = re.search(r"[.!?](?=\s|$)|\n", text[m.end():])
        out.append((m.start(), m.end() + (end.end() if end else len(text) - m.end())))
    return out
