""""he said" with no antecedent the parse could find: the one person quoted just before.

News quotes one person in a run of paragraphs: "X, who posts often, has called it “a fight”.
“The enemy attacked at dawn,” he wrote." When the model tags no person there (the name read as a
title or a work), the pronoun's antecedent is the speaker of the quote just before it, if that
speaker was named (not a pronoun, not a group) and no other quote came between."""

from __future__ import annotations

import re
from collections.abc import Iterable

# How far back (characters between that speaker's phrase and the pronoun) a speaker still holds.
REACH = 400
_PERSON_PRONOUNS = frozenset(("he", "she"))
_NOT_ONE = re.compile(r"(?i:^(?:a|an|one|another|some|two|three|several|many)\b)|\b[a-z]+(?:s|men|people|police)$")


def previous_speaker(quotes: Iterable, quote, text: str) -> tuple[int, int] | None:
    """The character span of the speaker of the quote before ``quote`` (``quotes`` in any order,
    each with ``start``, ``end`` and ``speaker``) that a lone "he"/"she" speaker of ``quote``,
    with no antecedent, stands for: that speaker is named by a capitalised phrase (kind "named" or
    "unnamed", not a pronoun, not indefinite or plural: "a resident", "officials"), its phrase
    ends at most ``REACH`` characters before the pronoun, and no other speaker phrase lies
    between. None otherwise."""
    sp = quote.speaker
    if sp is None or sp.kind != "pronoun" or sp.antecedent_start >= 0 or sp.text.lower() not in _PERSON_PRONOUNS:
        return None
    before = [q.speaker for q in quotes if q.speaker is not None and q.speaker.end <= sp.start and q.end <= sp.start]
    if not before:
        return None
    last = max(before, key=lambda s: s.end)
    if last.kind not in ("named", "unnamed") or sp.start - last.end > REACH:
        return None
    phrase = text[last.start : last.end].strip()
    if not phrase[:1].isupper() or _NOT_ONE.search(phrase) or "\n\n" in text[last.end : sp.start]:
        return None
    return last.start, last.end
