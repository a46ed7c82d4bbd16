"""A region's or a city's own body named by the place's possessive ("Balochistan's home minister",
"the Tarkan province's governor"): the place's government, never an organisation named like the
place (a known place is never an actor of kind person or organisation, issue 14).

Pure function on names; :mod:`annotate.actors` calls it where a description's body is resolved.
"""

from __future__ import annotations

from .gazetteer import Gazetteer
from .places import city_or_region_country, place


def region_government(body: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(name, country) of the government of the place ``body`` names when it is a known
    first-level region, city or area (``places.place``) and neither a country nor an actor of the
    alias file: "Balochistan" -> ("Balochistan government", "Pakistan"); the country "" when the
    place packages give none. None for any other body ("NATO", "Pakistan", "Wagner")."""
    name = body.strip()
    if not name or gaz.country(name) is not None or gaz.canonical(name) is not None:
        return None
    p = place(name, tuple(gaz.places))
    if p is None or p.kind not in ("region", "city", "area"):
        return None
    c = city_or_region_country(name, gaz)
    return f"{name} government", c.name if c is not None else ""
