"""Hand grenades thrown at people or a place are an explosion (ACLED Explosions/Remote violence /
Grenade), where they fell; the stun grenades police use on a crowd are none, and grenades dropped
from a drone stay an air strike. Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_grenades_thrown_at_a_place_are_an_explosion_there():
    assert kinds("Militants lobbed grenades at a police station in Cobija, Bolivia, on Monday.") == {("explosion_or_sabotage", "Bolivia")}
    assert kinds("Two people were hurt in a grenade attack on a bus stop in Suva, Fiji, on Monday.") == {("explosion_or_sabotage", "Fiji")}


def test_stun_grenades_on_protesters_and_grenades_from_drones_are_no_grenade_attack():
    assert kinds("Bolivian police threw stun grenades at protesters in La Paz on Monday.") == set()
    assert kinds("Drones dropped grenades on Bolivian positions near Cobija on Monday.") == {("air_or_drone_strike", "Bolivia")}
