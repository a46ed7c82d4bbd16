"""Places that should not decide where a story happens: a lone town of a country the text never names.

A name the gazetteer knows as a town abroad is often something else in the article: a militia or a
clan that shares a town's name (an Ethiopian militia named like an Italian town), a ship, a brand.
When a text names other countries outright (by name, nationality or capital) and the only trace of
a town's country is that one town's name, the town does not count towards the story's country: the
countries the text names outvote it. A country the text names, or two different places of one
country, count as before.

Entity texts in, a set of names out; nothing here knows any article.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .gazetteer import Gazetteer

_POSSESSIVE = re.compile(r"['’]s?$")


def lone_foreign_places(names: list[str], gaz: Gazetteer) -> set[str]:
    """The names of ``names`` (GPE, LOC and NORP entity texts of one text) that are cities or
    regions of a country the text never names (by name, nationality or capital) and the only
    place of that country in it, when the text names some other country; an empty set otherwise."""
    from .places import city_or_region_country

    named: set[str] = set()
    places: dict[str, set[str]] = defaultdict(set)  # country -> its places' names
    for n in names:
        if (k := gaz.country(_POSSESSIVE.sub("", n))) is not None:
            named.add(k.name)
            continue
        if (c := city_or_region_country(n, gaz)) is not None:
            places[c.name].add(n)
    if not named:
        return set()
    return {next(iter(ns)) for country, ns in places.items() if country not in named and len(ns) == 1}


def without_lone_places(names: list[str], gaz: Gazetteer) -> list[str]:
    """``names`` without its ``lone_foreign_places`` (same order)."""
    lone = lone_foreign_places(names, gaz)
    return [n for n in names if n not in lone] if lone else names
