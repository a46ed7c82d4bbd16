"""People an article names only by a one-person office of a state: "the Chilean ambassador",
"Peru's attorney general", "the Norwegian chargé d'affaires", "Chile's information minister".
Such a phrase is one person of that country (an ambassador is not their government, whose
spokespeople and officials stay with ``government_for``), though the article never gives a name.

An office is one-person when one holder at a time is meant: ambassador, high commissioner,
chargé d'affaires, consul general, attorney/prosecutor general, a minister of something
("the Chilean defence minister"), an army's chief or commander. Spokespeople, officials, diplomats,
envoys and sources are not (many of each). Read only:

- in the singular, after "the" or "a new", with the country as adjective, name or possessive
  right before the office (lower-case words such as "foreign" or "new" may stand between);
- when the article never writes that office next to a person's name ("Ambassador Ana Ruiz",
  "Ana Ruiz, the Chilean ambassador", "the Chilean ambassador, Ana Ruiz"): then the named person
  holds it, and the person rules have them;
- not after "former", "ex-" or "late" (another holder).

Without a country, "the attorney general" is the story country's when the caller gives one.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

# The office, after the country: one-person posts (module docstring), lower or title case.
_OFFICE = (r"(?:ambassador|high\s+commissioner|charg[eé]\s+d[’']affaires|consul[\s-]general|attorney[\s-]general"
           r"|prosecutor[\s-]general|(?:[a-z]+\s+){1,2}minister|army\s+(?:chief|commander)|chief\s+prosecutor)")
_OFFICE_RX = re.compile(r"(?P<office>" + _OFFICE + r")(?![\w-])", re.I)
# "the Chilean ambassador", "Chile's new information minister", "a new Chilean army commander".
_HOLDER = re.compile(
    r"(?<![\w-])(?:(?P<det>the|a\s+new)\s+(?P<nat>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:[’']s)?)|(?P<own>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s))"
    r"\s+(?:(?:new|current|acting|interim)\s+)?"
    r"(?P<office>(?i:" + _OFFICE + r"))(?![\w-])" + r"(?!(?i:\s*[’']s)?\s+(?i:office|department|bureau|ministry|chambers)\b)")
# (not the body an office heads: "Russia's Prosecutor General's Office", "the attorney general's office")
_BARE_HOLDER = re.compile(r"(?<![\w-])(?P<det>[Tt]he)\s+(?P<office>attorney[\s-]general|prosecutor[\s-]general|chief\s+prosecutor)(?![\w-])"
                          r"(?!(?i:\s*[’']s)?\s+(?i:office|department|bureau|ministry|chambers)\b)")
_BEFORE_OTHER = re.compile(r"(?:former|ex-|late|then|deputy|vice|assistant|outgoing)\s*$", re.I)
# Words of a minister's phrase that make it no one-person office: "prime minister" is a head of
# government the person rules name; "ministers" is plural (the regex wants the singular).
_NOT_MINISTER = frozenset("prime chief first deputy junior state former".split())


class OfficeHolder(NamedTuple):
    """One phrase naming an office holder: ``start``/``end`` character offsets of the phrase
    (from the determiner), ``name`` the actor's name ("Chilean ambassador": the country's
    adjective and the office as written), ``country`` the country's name."""

    start: int
    end: int
    name: str
    country: str


# Between the office and a person's name after it: "ambassador Ana", "ambassador, Ana", "ambassador in Oslo, Ana".
_OFFICE_THEN_NAME = re.compile(r"\s*(?:,\s*|\s+(?:in|to)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s*)?")


def _named_office(text: str, office: str, persons: list[tuple[int, int]]) -> bool:
    """Whether ``office`` (as written) stands next to a person's name anywhere in ``text``:
    before the name ("Ambassador Ana Ruiz", "the ambassador, Ana Ruiz,") or after it, set off by
    a comma ("Ana Ruiz, the Chilean ambassador")."""
    words = r"\s+".join(map(re.escape, office.split()))
    for m in re.finditer(r"(?<![\w-])" + words + r"(?![\w-])", text, re.I):
        for s, e in persons:
            if s >= m.end() and _OFFICE_THEN_NAME.fullmatch(text, m.end(), s):
                return True
            if e <= m.start() and m.start() - e <= 40 and "," in text[e:m.start()] and \
                    re.fullmatch(r"\s*,\s*(?:the\s+|a\s+new\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:(?:new|current|acting|interim)\s+)?", text[e:m.start()]):
                return True
    return False


def office_holders(text: str, persons: list[tuple[int, int]], country_of: Callable[[str], tuple[str, str] | None],
                   story_country: tuple[str, str] | None = None) -> list[OfficeHolder]:
    """The phrases of ``text`` that name an unnamed one-person office holder (module docstring),
    in text order. ``persons``: the (start, end) spans of the article's person names (PERSON
    entities); ``country_of``: (country name, adjective) of a country's adjective, name or
    possessive, None when the word is none; ``story_country``: (name, adjective) of the story's
    one country, for "the attorney general" with no country, None when there is none."""
    out: list[OfficeHolder] = []
    for m in _HOLDER.finditer(text):
        office = m.group("office")
        lead = office.split()[0].lower()
        if office.lower().endswith("minister") and (lead in _NOT_MINISTER or len(office.split()) > 2 and office.split()[1].lower() in _NOT_MINISTER):
            continue
        nat = country_of(m.group("nat") or m.group("own"))
        if nat is None or _BEFORE_OTHER.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _named_office(text, office, persons) or any(s <= m.start("office") < e or 0 <= s - m.end() <= 3 for s, e in persons):
            continue
        out.append(OfficeHolder(m.start(), m.end(), f"{nat[1]} {office}", nat[0]))
    if story_country is not None:
        taken = [(h.start, h.end) for h in out]
        for m in _BARE_HOLDER.finditer(text):
            office = m.group("office")
            if any(s <= m.start() < e for s, e in taken) or _BEFORE_OTHER.search(text, max(0, m.start() - 12), m.start()):
                continue
            if _named_office(text, office, persons) or any(0 <= s - m.end() <= 3 for s, e in persons):
                continue
            out.append(OfficeHolder(m.start(), m.end(), f"{story_country[1]} {office}", story_country[0]))
    return sorted(out)
