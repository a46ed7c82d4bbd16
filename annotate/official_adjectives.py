"""National adjectives that only a country's official name holds: "Hellenic" of the "Hellenic
Republic" (Greece), "Rwandese" of the "Rwandese Republic". ISO 3166's official names (pycountry) of
the form "<Adjective> Republic" or "<Adjective> Kingdom", nothing after, give them; a state's own
bodies are named with them ("Hellenic Air Force", "Hellenic Coast Guard")."""

from __future__ import annotations

import re
from functools import lru_cache

_OFFICIAL = re.compile(r"^(?P<adj>[A-Z][a-z]+) (?:Republic|Kingdom)$")


@lru_cache(maxsize=1)
def official_adjectives() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(adjective, names of its country in ISO 3166: name, common and official name) for each
    official name "<Adjective> Republic|Kingdom" (pycountry); () when pycountry is missing."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a dependency of the package
        return ()
    out = []
    for c in pycountry.countries:
        m = _OFFICIAL.match(getattr(c, "official_name", "") or "")
        if m is not None:
            out.append((m.group("adj"), tuple(n for n in (c.name, getattr(c, "common_name", ""), c.official_name) if n)))
    return tuple(out)


def extra_adjectives(country_of) -> dict[str, object]:
    """Adjective -> country for the ``official_adjectives`` that ``country_of`` (a name -> the alias
    file's country or None) does not know yet and whose country it knows by one of its names."""
    out = {}
    for adj, names in official_adjectives():
        if country_of(adj) is not None:
            continue
        country = next((c for n in names if (c := country_of(n)) is not None), None)
        if country is not None:
            out[adj] = country
    return out
