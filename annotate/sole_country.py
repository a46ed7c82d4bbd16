"""The one country a text names at all, for the people of a story too short to say twice where it
happens ("insurgents raided a village in Mozambique's Cabo Delgado province ... Army branch
commander X said"): ``roles.story_country`` wants a country named twice; a text that names one
country once, and no place or nationality of another, still happens there."""

from __future__ import annotations

from .gazetteer import Gazetteer
from .places import city_or_region_country


def sole_country(names: list[str], gaz: Gazetteer) -> str:
    """The one country ``names`` (a text's GPE, LOC and NORP entity texts) name, by its name, its
    nationality or a city or region of it ("Mozambique", "Mozambican", "Pemba"), when they name
    exactly one; "" when none or several ("Russian drones hit Kyiv": Russia and Ukraine)."""
    found: set[str] = set()
    for n in names:
        bare = n[:-2] if n.endswith(("’s", "'s")) else n
        c = gaz.country(bare)
        if c is None:
            c = city_or_region_country(bare, gaz)
        if c is not None:
            found.add(c.name)
            if len(found) > 1:
                return ""
    return next(iter(found)) if found else ""
