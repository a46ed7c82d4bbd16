"""Where an event happened is where its victims or targets were: not the country the fire or
the attackers came from ("from X"), and a region several countries share is the one its
nationality names ("Iraqi Kurdistan"). Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source

PUBLISHED = "2025-09-11"  # a Thursday


def kinds(text: str, published: str = PUBLISHED) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_fire_from_across_a_border_happened_where_it_killed():
    assert kinds("Two Indian villagers were killed in cross-border fire from Pakistan on Tuesday, police said.") \
        == {("shelling_or_missile_attack", "India")}
    assert kinds("Officials in Burundi said three of its farmers were killed in cross-border firing from Congo.") \
        == {("shelling_or_missile_attack", "Burundi")}


def test_attackers_from_a_neighbour_attacked_where_their_targets_were():
    assert kinds("Three Malian soldiers were ambushed near a checkpoint by gunmen from the Burkinabe side, the army said.") \
        == {("armed_clash", "Mali")}
    # (attackers said to come from somewhere, with no other country named: not placed there)
    assert ("armed_clash", "Niger") not in kinds("Soldiers were ambushed on Monday by gunmen from Niger, the Beninese army said.")


def test_a_region_of_several_countries_is_the_one_its_nationality_names():
    assert kinds("A drone struck an oil depot in Iraqi Kurdistan on Monday, officials said.") == {("air_or_drone_strike", "Iraq")}
    assert kinds("Gunmen attacked a checkpoint in Syrian Kurdistan on Monday, killing two guards.") == {("armed_clash", "Syria")}


def test_where_people_came_from_does_not_place_the_attack_on_them():
    # ("pilgrims from the Bulgarian city of Plovdiv": where they came from, not where the attack was)
    got = kinds("Police said gunmen had stormed a monastery near the village, where pilgrims from the Bulgarian city of Plovdiv were staying.")
    assert all(c != "Bulgaria" for _, c in got)


def test_a_crew_detained_with_the_ship_seized_is_part_of_the_seizure():
    got = kinds("The Nigerian navy seized a tanker off Bonny Island that was smuggling crude oil and detained its 14 crew members, officials said.")
    assert got == {("attack_on_or_seizure_of_ship", "Nigeria")}
    # crew detained with no ship seized is an arrest
    got = kinds("Police in Lagos arrested two sailors on drug charges on Tuesday.")
    assert {k for k, _ in got} == {"arrest_or_expulsion"}


def test_blasts_from_a_missile_strike_are_that_strike():
    got = kinds("Russian missiles struck Kharkiv early on Tuesday, killing three people. "
                "The city was shaken by several blasts before dawn, with air defences intercepting four ballistic missiles.")
    assert {k for k, _ in got} == {"shelling_or_missile_attack"}
    # a bombing in a clause that names no strike's weapon stays a bombing
    got = kinds("Russian missiles struck Kharkiv early on Tuesday, killing three people. A car bomb exploded in Kharkiv on Tuesday evening.")
    assert ("explosion_or_sabotage", "Ukraine") in got


def test_combatants_killed_in_an_encounter_with_security_forces_are_a_clash():
    got = kinds("Police on Monday identified the three rebels, including a woman, who were killed in an encounter with security forces "
                "in Kandhamal district of India on Sunday.")
    assert got == {("armed_clash", "India")}


def test_a_place_of_no_known_country_leaves_the_datelines_country():
    # (a region several countries share, named alone: the country the report was filed from)
    src = "ERBIL - A drone attack forced the suspension of work at an oil field in Kurdistan, engineers said on Wednesday."
    assert kinds(src) == {("air_or_drone_strike", "Iraq")}


def test_a_town_of_no_known_country_is_in_the_country_whose_services_report_it():
    assert kinds("Lebanon's health ministry said an Israeli strike on the village of Qlayaa killed three people on Monday.") \
        == {("air_or_drone_strike", "Lebanon")}
    # (not the attacker's own report of its strike abroad)
    assert ("air_or_drone_strike", "Israel") not in kinds("Israel's military said it struck a Hezbollah site in the village of Qlayaa on Monday.")


def test_the_site_a_missile_was_fired_from_is_not_where_an_attack_happened():
    got = kinds("North Korea fired a missile from a site near Sunan early this morning, South Korea's military said.")
    assert ("shelling_or_missile_attack", "North Korea") not in got
    assert kinds("Rockets fired from Lebanon hit the city of Haifa on Monday, the army said.") \
        == {("shelling_or_missile_attack", "Israel")}
