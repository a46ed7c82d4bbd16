"""The person a speaker phrase names when it names whom they serve first: "X's spokesman Y",
"President X's spokesman, Y, said", "X's brother, Y, said". News introduces an aide or a relative
by the one they are tied to; they speak, not that person and not that person's government.

Pure functions on the text and PERSON entity offsets; :mod:`annotate.actors` uses them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .nlp.lexicon import OFFICIAL_NOUNS, TITLE_WORDS

# Nouns of institutions (closed class): never a person's one name.
_INSTITUTION_NOUNS = frozenset("ministry office department council government cabinet agency presidency secretariat command staff".split())

# A possessive that opens the words between the principal's name and the aide's title.
POSSESSIVE_GAP = re.compile(r"^[’']s(?=\s)")
# A phrase that ends in a common noun ("spokesman", "brother", "lawyer"): a lower-case word.
_AIDE = re.compile(r"(?<![\w’'-])[a-z][a-z-]+$")
_APPOSED = re.compile(r",\s+")


def without_possessive(gap: str) -> str:
    """``gap`` (the text between two names) without the possessive that opens it: "’s spokesman "
    -> " spokesman "."""
    return POSSESSIVE_GAP.sub("", gap)


def apposed_aide_end(text: str, end: int, starts: list[int], persons: list[tuple[int, int, str]]) -> int:
    """Where a speaker phrase ending in a common noun at ``text[end]`` ("President Lugo's
    spokesman", "Lugo's brother") ends when that person's name follows set off by commas (", Ana
    Ruiz, said"): the end of that name (a PERSON entity of ``persons``, sorted, ``starts`` their
    starts); else ``end``."""
    if not _AIDE.search(text[max(0, end - 14) : end]):
        return end
    m = _APPOSED.match(text, end)
    if m is None:
        return end
    j = bisect_left(starts, m.end())
    if j < len(persons) and persons[j][0] == m.end() and text[persons[j][1] : persons[j][1] + 1] == ",":
        return persons[j][1]
    return end


def titled_single_name(words: list[str], name: str, gaz) -> bool:
    """Whether the phrase of ``words`` (possessives stripped) ends in the one-word ``name`` right
    after a title word ("Ethiopian Prime Minister Abiy", "Interior Minister Bashir"): a person
    known by one name, not the office; never a country, a place or a body the gazetteer knows
    ("the Foreign Ministry", "Defence Minister's Office")."""
    if len(words) < 2 or words[-1] != name or not name[:1].isupper() or words[-2].lower() not in TITLE_WORDS:
        return False
    low = name.lower()
    if low in TITLE_WORDS or low in OFFICIAL_NOUNS or low in _INSTITUTION_NOUNS:
        return False
    return gaz.country(name) is None and gaz.canonical(name) is None
