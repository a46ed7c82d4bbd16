"""Organisations the model took for people (or tagged nothing for), known by the shape of their
name or the words that introduce it:

- a firm named by its sector's word last ("Andes Gas", "Tarkan Petroleum", "Sahel Airlines"), which
  the model often tags PERSON;
- a group the text introduces as the name of fighters ("Islamist insurgents, known locally as
  al-Harakat", "rebels known as the Forest Brothers");
- a party named by its acronym and a bracketed word ("CPN (Unified)", "JD (S)"), where the model
  tags the bracketed word alone.

Plain text and entity offsets in, ``state_bodies.Body`` spans out (the actor resolver makes them
organisation actors, in place of any person there). Nothing here knows any article.
"""

from __future__ import annotations

import re
from typing import Iterable

from .gazetteer import Gazetteer
from .models import Entity
from .state_bodies import Body

# The last word of a firm's name that names its trade (not a surname as well: no "Power", "Steel").
_SECTOR_WORDS = frozenset(
    """
    gas oil petroleum petrochemicals energy airlines airways shipping motors telecom telecoms
    mining holdings industries pharmaceuticals logistics refining
    """.split()
)
# Fighters introduced by the name they go by.
_KNOWN_AS = re.compile(
    r"\b(?:militants|insurgents|rebels|fighters|jihadists|extremists|guerrillas|militiamen|gunmen|group|movement|militia)"
    r",?\s+(?:(?:also|locally|widely|commonly)\s+)?(?:known|called|referred\s+to)\s+(?:locally\s+)?as\s+(?:the\s+)?$"
)
# A kin or ethnic group's noun right after a name: "the Wardhere clan", "the Banaba tribe".
_KIN_GROUP_AFTER = re.compile(r"[ \t]+(clans?|sub-clans?|tribes?|community|communities)\b")
_PARTY = re.compile(r"\b(?P<acr>[A-Z]{2,6})\s?\((?P<word>[A-Z][A-Za-z-]{0,14})\)")
_POSSESSIVE_NATION = re.compile(r"(?:[’']s?)\s+$")


def _nation_before(text: str, start: int, ents: list[Entity], gaz: Gazetteer) -> str:
    """The country of a GPE or NORP entity right before ``start`` ("Ruritania's" / "the Ruritanian"),
    "" when none."""
    for e in ents:
        if e.label in ("GPE", "NORP") and e.end <= start and start - e.end <= 3:
            gap = text[e.end : start]
            if gap.strip() == "" or _POSSESSIVE_NATION.fullmatch(gap):
                c = gaz.country(e.text.strip())
                return c.name if c is not None else ""
    return ""


def misnamed_orgs(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[Body]:
    """The organisations of ``text`` that its entities (its analysis's) name as people or not at all:
    a PERSON entity of two or more words ending in a sector's word (a firm, of the nation written
    right before it, if any); a name right after fighters' "known as" (a group, of the story's
    country: ``Body.country`` ""); a PERSON entity right before a kin group's noun ("the Wardhere
    clan": the clan, of the story's country); an acronym with a bracketed word ("CPN (Unified)")."""
    ents = list(entities)
    out: list[Body] = []
    for e in ents:
        words = e.text.split()
        if e.label == "PERSON" and len(words) >= 2 and words[-1].lower() in _SECTOR_WORDS and words[-1][:1].isupper():
            out.append(Body(e.start, e.end, e.text.strip(), "organization", _nation_before(text, e.start, ents, gaz), story=False))
        elif e.label == "PERSON" and (kin := _KIN_GROUP_AFTER.match(text, e.end)) is not None and e.text[:1].isupper() \
                and not _POSSESSIVE_NATION.search(e.text):
            # "local militia from the Wardhere clan": the clan, of the story's country, no person
            name = re.sub(r"^the\s+", "", e.text.strip(), flags=re.I)
            out.append(Body(e.start, kin.end(), f"{name} {kin.group(1)}", "organization", _nation_before(text, e.start, ents, gaz)))
        elif e.label in ("PERSON", "GPE", "NORP", "ORG") and _KNOWN_AS.search(text, max(0, e.start - 60), e.start) \
                and gaz.country(e.text) is None:
            name = re.sub(r"^the\s+", "", e.text.strip(), flags=re.I)
            out.append(Body(e.start, e.end, name, "organization", ""))
    for m in _PARTY.finditer(text):
        word = m.group("word")
        if m.start() == text.rfind("\n", 0, m.start()) + 1 or gaz.is_outlet(word) or gaz.canonical(word) is not None:
            continue  # "KYIV (AP) -": a dateline and its agency, not a party
        if any(e.label in ("ORG", "PERSON") and e.start <= m.start() and m.end() <= e.end for e in ents):
            continue  # the model named it whole
        out.append(Body(m.start(), m.end(), m.group(0), "organization", ""))
    return out
