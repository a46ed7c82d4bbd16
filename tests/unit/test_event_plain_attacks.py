"""Plain, common attack sentences: the place an attack hits by its object ("struck Kharkiv"),
police or troops fighting armed gangs, artillery used "to target" a town, an armed group
striking a town (never an air strike), fighting that continued on a day, a seizure at sea on the
seizer's own coast, a side's counter-claim about the same fighting. Every sentence is invented."""

from __future__ import annotations

import pytest

from .test_event_mentions import mentions


@pytest.mark.parametrize(
    "sentence,kind,country,place",
    [
        ("Russian drones struck Sumy on Wednesday.", "air_or_drone_strike", "Ukraine", "Sumy"),
        ("Russian missiles hit Dnipro overnight.", "shelling_or_missile_attack", "Ukraine", "Dnipro"),
        ("Israeli jets bombed Khan Younis on Thursday.", "air_or_drone_strike", "Palestine", "Khan Younis"),
        ("Rafah was struck by Israeli warplanes on Sunday.", "air_or_drone_strike", "Palestine", "Rafah"),
        ("Turkish drones attacked Aleppo on Monday.", "air_or_drone_strike", "Syria", "Aleppo"),
        ("Kharkiv was hit by Russian drones on Sunday.", "air_or_drone_strike", "Ukraine", "Kharkiv"),
    ],
)
def test_the_place_an_attack_hits_by_its_object_is_where_it_was(sentence, kind, country, place):
    assert (kind, country, place) in {(m.kind, m.country, m.place) for m in mentions(sentence)}


@pytest.mark.parametrize(
    "sentence,country",
    [
        ("Rwandan police exchanged fire with gangs in Goma on Tuesday while clearing a market.", "Democratic Republic of the Congo"),
        ("Police exchanged fire with militants in Peshawar on Monday.", "Pakistan"),
        ("Nigerian police clashed with bandits in Zamfara on Friday.", "Nigeria"),
    ],
)
def test_police_fighting_armed_groups_is_a_clash(sentence, country):
    assert ("armed_clash", country) in {(m.kind, m.country) for m in mentions(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan police clashed with protesters in Nairobi on Tuesday.",
        "Police clashed with demonstrators in Belgrade on Saturday.",
    ],
)
def test_police_clashing_with_protesters_is_no_armed_clash(sentence):
    assert "armed_clash" not in {m.kind for m in mentions(sentence)}


def test_artillery_used_to_target_a_town_is_shelling():
    found = {(m.kind, m.country, m.place) for m in
             mentions("Russian forces used artillery and drones to target the city of Kherson on Friday.")}
    assert ("shelling_or_missile_attack", "Ukraine", "Kherson") in found


def test_karabakh_and_its_capital_under_both_names_are_in_azerbaijan():
    for name in ("Stepanakert", "Khankendi"):
        found = {(m.kind, m.country) for m in mentions(f"Azerbaijani forces used artillery to target the city of {name} on Tuesday.")}
        assert ("shelling_or_missile_attack", "Azerbaijan") in found


@pytest.mark.parametrize(
    "sentence,country,place",
    [
        ("Armed gangs struck the town of Hinche in Haiti on Friday, seizing control of the police station.", "Haiti", "Hinche"),
        ("Militants struck the town of Djibo in Burkina Faso on Friday.", "Burkina Faso", "Djibo"),
        ("Rebels stormed the town of Bunia in Congo on Friday.", "Democratic Republic of the Congo", "Bunia"),
    ],
)
def test_an_armed_group_striking_a_town_is_one_armed_clash_not_an_air_strike(sentence, country, place):
    found = mentions(sentence)
    assert [(m.kind, m.country) for m in found] == [("armed_clash", country)]
    assert found[0].place == place


def test_a_group_striking_a_village_and_killing_villagers_is_an_attack_on_civilians():
    found = {m.kind for m in mentions("Gunmen struck a village in Nigeria on Sunday, killing twelve villagers.")}
    assert found == {"attack_on_civilians"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The company struck a deal with Kenya on Monday.",
        "The song struck a chord in Nigeria on Monday.",
        "A storm struck the city of Manila on Monday.",
        "Lightning struck a village in Nigeria on Sunday, killing two people.",
        "The campaign targets a young audience in Paris.",
        "The advert targeted the audience in Lagos on Monday.",
    ],
)
def test_striking_a_deal_a_chord_or_a_storm_is_no_attack(sentence):
    assert mentions(sentence) == []


def test_fighting_that_continued_on_a_day_is_a_clash_that_day_but_not_fighting_for_years():
    found = mentions("Fighting continued along Armenia's long border with Azerbaijan on Tuesday evening.")
    assert [(m.kind, m.country, m.date) for m in found] == [("armed_clash", "Armenia", "2025-09-09")]
    assert mentions("Fighting continued along Sudan's border with Chad for years.") == []
    assert mentions("Fighting has continued since 2022 in eastern Congo.") == []


def test_a_seizure_in_a_strait_on_the_seizers_own_coast_is_in_its_waters():
    found = {(m.kind, m.country) for m in mentions("Iranian commandos seized a Greek tanker in the Strait of Hormuz on Monday.")}
    assert found == {("attack_on_or_seizure_of_ship", "Iran")}


def test_a_sides_claim_of_thwarted_attacks_is_the_same_fighting_as_that_days_shelling():
    found = mentions("Russian artillery shelled the town of Kupiansk in Ukraine on Tuesday night. "
                     "Moscow said its troops repelled attacks by Ukrainian units.")
    assert {m.kind for m in found} == {"shelling_or_missile_attack"}
    # without a shelling reported there, the repelled attack is a clash
    alone = mentions("Moscow said its troops repelled attacks by Ukrainian units near Kupiansk on Tuesday.")
    assert {m.kind for m in alone} == {"armed_clash"}


@pytest.mark.parametrize(
    "sentence,country",
    [
        ('Sudanese forces had carried out "massive attacks" during the afternoon at several points along Chad\'s 1,200 kilometre border fence, the ministry said.', "Chad"),
        ("The army said that several enemy positions had been attacked by our brave fighters along the Ethiopian border on Friday.", "Ethiopia"),
    ],
)
def test_a_states_ground_forces_attacking_is_a_clash_not_an_air_strike(sentence, country):
    found = {(m.kind, m.country) for m in mentions(sentence)}
    assert ("armed_clash", country) in found
    assert "air_or_drone_strike" not in {k for k, _ in found}


def test_a_states_attacks_naming_no_forces_or_weapon_are_still_strikes():
    found = {(m.kind, m.country) for m in mentions("Indian attacks on six locations inside Pakistan killed 26 people on Wednesday.")}
    assert ("air_or_drone_strike", "Pakistan") in found
