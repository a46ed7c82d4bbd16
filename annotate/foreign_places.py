"""Affiliations taken from a town of a country the articles never name: a people's or a clan's name
that is also a small city elsewhere ("Naga leader X" -> "Naga, Philippines"; "Kuki militants" ->
"Kuki, Japan" in a story about India) names no place of the story.

An actor's affiliation "Place, Country" whose place is a city (not a region or a capital) of fewer
than ``places.LARGE_CITY_POPULATION`` people, where its articles name other countries but never that
one (by name, nationality or capital), is dropped: the document-level back-off
(``inferred_affiliation``) then gives the story's country, or nothing. A place of a country the
article names ("Cochabamba police" in a story naming Bolivia) and a region ("Assam police") keep
theirs."""

from __future__ import annotations

from collections import Counter, defaultdict

from .models import Actor
from .text import norm_name


def foreign_town(affiliation: str, gaz, named: Counter[str]) -> bool:
    """Whether ``affiliation`` ("Place, Country") names a town of a country ``named`` (country name ->
    times the actor's articles name it, ``countries_named_in``) never holds, while it
    holds others: the place a small city of that country, not a region."""
    from .places import LARGE_CITY_POPULATION, country_name, place

    parts = [p.strip() for p in affiliation.split(",")]
    if len(parts) < 2 or not named or (c := gaz.country(parts[-1])) is None or named.get(c.name):
        return False
    p = place(parts[-2], tuple(gaz.places))
    if p is None or p.kind != "city" or p.population >= LARGE_CITY_POPULATION:
        return False
    return gaz.country(country_name(p.country)) is c and gaz.country(parts[-2]) is None


def countries_named_in(names: list[str], gaz) -> Counter[str]:
    """How often ``names`` (an article's GPE, LOC and NORP entity texts) name each country: by its
    name, nationality or capital (``place_candidates.named_countries``), or by a region of it
    ("Manipur" -> India) or a city of it, when no other country has a place of that name."""
    from .place_candidates import countries_of, named_countries
    from .places import country_name, place

    counts = named_countries(names, gaz)
    for n in names:
        if gaz.country(n) is not None:
            continue
        p = place(n, tuple(gaz.places))
        if p is not None and p.kind in ("city", "region") and p.country and not countries_of(n) \
                and (c := gaz.country(country_name(p.country))) is not None:
            counts[c.name] += 1
    return counts


def drop_foreign_towns(resolver) -> None:
    """Clear the affiliations ``foreign_town`` rejects on ``resolver``'s index (an
    ``actors.ActorResolver`` before its document-level back-off); changed actors are replaced by
    copies (the index kept before the descriptions shares the others)."""
    index = resolver.index
    sources: dict[str, set[str]] = defaultdict(set)
    for (sid, _start, _end), aid in index.by_span.items():
        sources[index.canonical_id(aid)].add(sid)
    names_in: dict[str, list[str]] = {}
    for aid, a in list(index.actors.items()):
        if "," not in a.affiliation or aid not in sources:
            continue
        town = norm_name(a.affiliation.split(",")[-2])
        names: list[str] = []
        for sid in sources[aid]:
            if sid not in names_in:
                an = resolver.analyses.get(sid)
                names_in[sid] = [e.text for e in an.entities if e.label in ("GPE", "LOC", "NORP")] if an else []
            names += [n for n in names_in[sid] if norm_name(n) != town]  # the town's own name is no evidence
        if foreign_town(a.affiliation, resolver.gaz, countries_named_in(names, resolver.gaz)):
            index.actors[aid] = Actor(a.id, a.name, a.kind, "", list(a.aliases))
