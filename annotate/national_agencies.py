"""A country's agency named by its own proper name: "Norway's Correctional Service", "the Chilean
Federal Highway Police", "Kenya's Independent Electoral Commission".

Such a phrase names one body of the state, not the government as a whole: the service, the
commission or the police speaks, under its own name, affiliated with the country. A ministry, a
cabinet or the presidency is different: it speaks for the government (``actors._GOVERNMENT_WORDS``),
and so does a bare or lower-case description ("the prison service", "Peru's police"), which
other rules read.

Pure function on a phrase; :mod:`annotate.actors` checks the nation against the alias file and
turns the answer into an actor.
"""

from __future__ import annotations

import re
from typing import Callable

# The head noun of an agency's own name (its last word).
AGENCY_HEADS = frozenset(
    """
    service services agency committee commission council bureau directorate authority
    police inspectorate guard
    """.split()
)
# Heads that speak for the government itself: left to the government rules.
_GOVERNMENT_HEADS = frozenset("ministry ministries government cabinet presidency office".split())
_CAP = r"[A-Z][\w’'.-]*"
_PHRASE = re.compile(
    rf"^(?:the\s+)?(?P<words>{_CAP}(?:\s+(?:of|and|for|on|the|&|{_CAP})){{2,9}})"
    r"(?:\s*\((?P<acronym>[A-Z]{2,8})\))?$"
)
_POSSESSIVE = re.compile(r"[’']s$")
_LINKS = frozenset("of and for on the &".split())


def national_agency(text: str, is_nation: Callable[[str], bool]) -> tuple[str, str] | None:
    """``(nation, name)`` for a phrase that is a nation's word (possessive or adjective, as
    written, possessive cut) and then an agency's capitalised name of two words or more whose
    head is an agency's noun (``AGENCY_HEADS``) and no ministry's ("Norway's Correctional
    Service" -> ("Norway", "Correctional Service"), "the Kenyan Electoral Commission" ->
    ("Kenyan", "Electoral Commission")); None otherwise (a lower-case body, one word, a
    ministry, a person's title). ``is_nation`` says whether one or two words name a country
    (the alias file's ``country``); the nation is the shortest opening that does."""
    m = _PHRASE.match(" ".join(text.split()))
    if m is None:
        return None
    words = m.group("words").split()
    for n in (1, 2):
        nation = _POSSESSIVE.sub("", " ".join(words[:n]))
        if not is_nation(nation):
            continue
        low = [w.lower() for w in words[n:]]
        if len(low) < 2 or low[0] in _LINKS or low[-1] in _LINKS:
            return None
        if low[-1] not in AGENCY_HEADS or set(low) & _GOVERNMENT_HEADS:
            return None
        if any(_POSSESSIVE.search(w) for w in words[n:]):
            return None  # "Norway's Prosecutor's Service": another owner inside
        return nation, " ".join(words[n:])
    return None
