"""The phrases news uses to say what a body is, shared by the modules that read them
(``described_bodies``: the body becomes an actor; ``described_speakers``: a speaker phrase is
that body; ``org_context``: a name after such words is an organisation's):

- ``CALLED_WORDS``: the words that give a body's name after its noun ("a militia called Y", "a
  gang known as Z");
- ``APPOSITION_START``: the comma and article that open an apposition saying what a name is
  ("X, a rights group based in Y");
- ``based_in_country``: the country of the place a description says a body is based in.

Each module keeps its own nouns and decisions; only the wording of these phrases is here.
"""

from __future__ import annotations

import re

# "called", "named", "dubbed", "known as": the name follows (a regular-expression fragment, no group).
CALLED_WORDS = r"(?:called|named|dubbed|known\s+as)"
# ", a " / ", an " / ", the " after a name: an apposition starts (a regular-expression fragment, no group).
APPOSITION_START = r"\s*,\s+(?:an?|the)\s+"
# "based in Sweden", "based in the Netherlands", "the Kenya-based ...".
_BASED = re.compile(r"\bbased\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})|(?P<pre>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)-based\b")


def based_in_country(desc: str, gaz) -> str:
    """The name of the country of the place description ``desc`` says a body is based in ("a rights
    group based in Sweden" -> "Sweden"; "the Kenya-based ..."; a city gives its country through
    ``places.place``) by gazetteer ``gaz``; "" when it says none or the place is unknown."""
    from .places import country_name, place

    if (b := _BASED.search(desc)) is None:
        return ""
    where = b.group("place") or b.group("pre")
    c = gaz.country(where)
    if c is None and (p := place(where, tuple(gaz.places))) is not None and p.country:
        c = gaz.country(country_name(p.country))
    return c.name if c is not None else ""
