"""Incidents of shapes common in security news of any topic, seen missed on texts the rules were
not written on: a vessel intercepted at sea, a person killed by a bomb, and a vessel
stopped on its way to a place. Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def mentions(text: str, published: str | None = "2025-09-11"):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def kinds(text: str, published: str | None = "2025-09-11") -> set[tuple[str, str]]:
    return {(m.kind, m.country) for m in mentions(text, published)}


# --- a vessel intercepted at sea ---------------------------------------------------------------

def test_a_vessel_intercepted_by_a_navy_is_a_seizure_of_a_ship():
    found = kinds("Chilean naval forces intercepted the aid vessel Marisol off the coast of Peru early on Monday.")
    assert ("attack_on_or_seizure_of_ship", "Peru") in found
    found = kinds("The Lima-bound cargo boat carrying nine activists was intercepted by Chilean forces on Monday before it reached Peru.")
    assert any(k == "attack_on_or_seizure_of_ship" for k, _ in found)


def test_missiles_intercepted_are_no_seizure_of_a_ship():
    found = kinds("Peruvian air defences intercepted two missiles over Lima on Monday.")
    assert not any(k == "attack_on_or_seizure_of_ship" for k, _ in found)


# --- a person killed by a bomb ----------------------------------------------------------------------

def test_a_person_killed_by_a_bomb_is_an_explosion():
    found = kinds("A Chilean colonel was killed by a remotely detonated bomb in Santiago on Tuesday, the police said.")
    assert ("explosion_or_sabotage", "Chile") in found


def test_a_vessel_intercepted_on_its_way_is_placed_where_it_was_bound_not_in_the_interceptor_s_country():
    found = kinds("Chile intercepts Peru-bound aid boat\n\nThe Peru-bound aid boat carrying nine activists was intercepted by Chilean forces on Monday before it reached the shore.")
    assert ("attack_on_or_seizure_of_ship", "Peru") in found and ("attack_on_or_seizure_of_ship", "Chile") not in found
