"""Unnamed people of a state's security apparatus, in the plural: "Egyptian security officials",
"the Saudi security sources", "defence officials", "military sources". The analysts' convention
counts them as one organisation of that country (the security services they speak for), not as
the government, whose "government sources" and "officials" stay with ``actors.government_for``.

Read only in the plural (one "security source" is someone unnamed, no actor), with at most a
hedge before ("senior", "unnamed", "anonymous"), and a country's adjective, name or possessive
before the security word, or none (the caller gives the story's country then)."""

from __future__ import annotations

import re
from typing import NamedTuple

_PHRASE = re.compile(
    r"(?:[Tt]he\s+|[Ss]ome\s+|[Tt]wo\s+|[Tt]hree\s+|[Ss]everal\s+)?(?:(?i:senior|unnamed|anonymous|top|local)\s+)?"
    r"(?:(?P<nat>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:[’']s)?)\s+)?"
    r"(?P<what>(?i:security|military|defen[cs]e|intelligence|army|police))\s+(?P<noun>(?i:officials|sources))")


class SecuritySources(NamedTuple):
    """``nation``: the country word as written ("Egyptian", "Saudi Arabia's"), "" when none;
    ``words``: the security word and noun as written ("security officials")."""

    nation: str
    words: str


def security_sources(phrase: str) -> SecuritySources | None:
    """The parts of ``phrase`` (a whole speaker or agent phrase) when it names unnamed people of a
    state's security apparatus in the plural (module docstring); None otherwise."""
    m = _PHRASE.fullmatch(phrase.strip())
    if m is None:
        return None
    return SecuritySources(m.group("nat") or "", f"{m.group('what').lower()} {m.group('noun').lower()}")


# Where such people speak without a quote: "Security officials said ...", "..., defence officials added",
# "according to military sources".
_SAYING = re.compile(r"\s*,?\s+(?:said|say|says|added|told|confirmed|reported|stated|noted|warned)\b")
_ACCORDING = re.compile(r"(?:according\s+to|citing|quoting)\s+$", re.I)
_ANY = re.compile(r"(?<![\w-])" + _PHRASE.pattern)


def speaking_security_sources(text: str) -> list[tuple[int, int, SecuritySources]]:
    """(start, end, parts) of the phrases of ``text`` that name such people (``security_sources``)
    where they say something: before a verb of saying or after "according to"."""
    out = []
    for m in _ANY.finditer(text):
        if _SAYING.match(text, m.end()) or _ACCORDING.search(text, max(0, m.start() - 20), m.start()):
            out.append((m.start(), m.end(), SecuritySources(m.group("nat") or "", f"{m.group('what').lower()} {m.group('noun').lower()}")))
    return out
