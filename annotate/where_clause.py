"""The country a "where" clause is about, for an office holder named in it: "a coup last month in
Niger, where President X was overthrown" -> Niger; the office is that country's, whatever country
the story is about. Pure function on text; ``ActorResolver.affiliation_of`` calls it for people
given a national office's title."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

_WHERE_BEFORE = re.compile(r"\b(?:in|of)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*,?\s+where\s+(?:the\s+)?$")


def where_clause_country(text: str, start: int, run: str, gaz: Gazetteer) -> str:
    """The country named right before "where" that opens the clause of a person mention at ``start``
    whose title run (``run``, the words before the name, e.g. "President") precedes it: "in Niger
    where President X" -> "Niger"; "" when the words there are no such clause or name no country."""
    at = text.rfind(run, max(0, start - len(run) - 3), start) if run else start
    if at < 0:
        return ""
    m = _WHERE_BEFORE.search(text, max(0, at - 80), at)
    if m is None:
        return ""
    c = gaz.country(m.group("place"))
    return c.name if c is not None else ""
