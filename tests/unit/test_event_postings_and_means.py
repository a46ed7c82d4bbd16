"""Events the finder missed or misplaced by kind (session 17): a diplomat summoned or expelled
whose posting the clause names is the host state's act; a weapon that hit or came down in open
water ("hit the sea") attacked no one; "the South Pacific" is at sea (a listed sea named with a
compass word); a killing told beside "the attack" the article reported is that attack's toll; bare
plurals a side is accused of ("accused rivals of abductions, killings") are a kind of deed, no event.
Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_a_diplomat_summoned_at_a_named_posting_is_summoned_by_the_host_state():
    assert kinds("The foreign ministry summoned the Chilean ambassador to Lima on Monday.") == {("arrest_or_expulsion", "Peru")}
    assert kinds("The ministry expelled the Peruvian envoy in Santiago on Tuesday.") == {("arrest_or_expulsion", "Chile")}


def test_a_weapon_that_hit_or_came_down_in_open_water_hit_no_one():
    assert kinds("The governor told reporters the missile hit the sea near the Cook Islands on Monday.") == set()
    assert kinds("Two rockets landed in the ocean off the coast of Guam on Monday, officials said.") == set()
    assert kinds("Two mortar rounds landed near the market in Gao on Monday.") == {("shelling_or_missile_attack", "Mali")}
    assert ("attack_on_or_seizure_of_ship", "Yemen") in kinds("A rebel missile hit a tanker in the Red Sea off Hodeidah, Yemen on Monday.")


def test_a_sea_named_with_a_compass_word_is_that_sea_not_the_dateline_country():
    from annotate.event_types import load_event_types

    types = load_event_types()
    assert types.area("the South Pacific") == "" and types.area("western Mediterranean") == ""
    assert types.area("South Sudan") is None and types.area("North Korea") is None
    text = "Tokyo (AFP) Sept 25, 2025\n\nChile criticised a Chinese ballistic missile launch that ended in the South Pacific on Wednesday."
    assert kinds(text) == {("weapons_test", "China")}


def test_ships_that_entered_waters_still_entered_them():
    assert kinds("Six Chinese coast guard vessels entered Japanese territorial waters near the islands on Tuesday.") \
        == {("airspace_violation", "Japan")}


def test_a_killing_told_beside_a_reference_to_the_attack_is_its_toll():
    told = "A drone strike hit the town hall in Tarija, Bolivia on Monday. "
    assert kinds(told + "Police said two guards survived the attack, but reports suggest the mayor, Ana Ruiz, was killed.") \
        == {("air_or_drone_strike", "Bolivia")}
    assert kinds(told + "The mayor, Ana Ruiz, was shot dead in Sucre on Tuesday.") \
        == {("air_or_drone_strike", "Bolivia"), ("attack_on_civilians", "Bolivia")}


def test_deeds_a_side_is_accused_of_in_bare_plurals_are_a_kind_not_an_event():
    text = "Gunmen clashed with police on Monday. One of the gangs, a group called Oruro Kings, accused rivals of abductions, killings, and smuggling migrants."
    assert ("attack_on_civilians", "Bolivia") not in kinds(text)
    assert ("attack_on_civilians", "Bolivia") in kinds("Police in Bolivia accused the gang of kidnapping two aid workers in Oruro on Monday.")
