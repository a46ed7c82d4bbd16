"""Guards who are no armed force: "security guards", "village guards", "night guards" keep a
place for its owners or its people, unlike "border guards" or "the presidential guard" (a state's
forces). Reads a spaCy token's parse only (this module imports no spaCy)."""

from __future__ import annotations

# what a civilian guard keeps or when: a closed class of modifiers, not words of our texts
CIVILIAN_KEPT = frozenset({"security", "village", "night", "private", "school", "mine", "bank", "forest", "game", "park", "community",
                           "neighbourhood", "neighborhood", "estate", "farm", "hospital", "shop", "store", "hotel", "site", "museum"})


def civilian_guard(tok) -> bool:
    """True when ``tok`` is "guard(s)" modified by what a civilian guard keeps ("two security
    guards", "village guards"), False for any other token ("border guards", "guards" alone)."""
    if tok.lemma_.lower() != "guard" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CIVILIAN_KEPT for c in tok.children)
