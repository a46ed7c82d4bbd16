"""A nationality before a lower-case description of a person, right before the name: "Ruritanian
climate activist X", "the Freedonian opposition leader Y", "Ruritanian-born writer Z". The title
run before a name (``roles.title_run``) reads only titles ("Prime Minister", "army chief"); these
descriptions are of anyone, and their nationality is the person's. So is a seat written as a
compound before such a description: "Lagos-based journalist X" is of Nigeria (``seat_before``)."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

# A capitalised nationality word (or two: "South Sudanese"), optionally "-born", then one to three
# lower-case words, the last a noun for a person, ending right before the name.
_BEFORE = re.compile(r"(?:^|[\s(“\"])((?:[A-Z][a-z]+[ \t])?[A-Z][a-z]+)(-born)?[ \t]+((?:[a-z]+[ \t]+){0,2}([a-z]+))[ \t]+$")
# Endings of nouns for a person ("activist", "writer", "director", "politician", "businessman").
_PERSON_ENDINGS = ("ist", "er", "or", "ian", "man", "woman", "ant", "ent", "ess")
# Plural nouns that modify a person's noun ("rights activist", "arms dealer", "sports journalist").
_PLURAL_MODIFIERS = frozenset("rights arms sports news".split())
# Lower-case words that end so but tell of no person, or that join clauses ("killed", "after").
_NOT_PERSON = frozenset("after under over her other never either whether per for or nor their ever".split())


def nationality_before(text: str, start: int, gaz: Gazetteer) -> str:
    """The country of the nationality written before a lower-case description of a person that
    ends right before ``text[start]`` (a name): "Sweden" of "Swedish climate activist" for
    "Swedish climate activist Ana Lind". "" when none: no nationality adjective ("the climate
    activist X"), a country's name rather than its adjective ("Sweden climate activist" is no
    English), a verb or plural on the way ("Swedish forces killed commander X"), or a
    description whose last word names no person."""
    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 80) : start]
    m = _BEFORE.search(line)
    if m is None:
        return ""
    words = m.group(3).split()
    if any(w.endswith(("ed", "ing", "s")) and w not in _PLURAL_MODIFIERS or w in _NOT_PERSON for w in words):
        return ""
    if not m.group(4).endswith(_PERSON_ENDINGS):
        return ""
    nation = m.group(1)
    c = gaz.country(nation)
    if c is None or nation.lower() != c.adjective.lower() and nation.lower() not in (a.lower() for a in c.adjectives):
        return ""
    return c.name


# A place's name (up to three capitalised words) and "-based", then one to three lower-case words,
# the last a noun for a person, ending right before the name: "New Delhi-based analyst".
_SEAT = re.compile(r"(?:^|[\s(“\"])((?:[A-Z][\w.’'-]*[ \t]){0,2}[A-Z][\w.’'-]*?)-based[ \t]+((?:[a-z]+[ \t]+){0,2}([a-z]+))[ \t]+$")


def seat_before(text: str, start: int, gaz: Gazetteer) -> str:
    """The country of the place a person described as based there is based in, written right
    before ``text[start]`` (a name): "Kenya" of "Nairobi-based lawyer Ana Lind" (a country's name or
    a known city's or region's). "" when none, or the description's last word names no person."""
    from .places import country_name, place

    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 80) : start]
    m = _SEAT.search(line)
    if m is None or not m.group(3).endswith((*_PERSON_ENDINGS, "yst")) or any(w in _NOT_PERSON for w in m.group(2).split()):
        return ""
    where = m.group(1)
    c = gaz.country(where)
    if c is None and (p := place(where, tuple(gaz.places))) is not None and p.country:
        c = gaz.country(country_name(p.country))
    return c.name if c is not None else ""
