"""Where an event happened, not whose people, ships or reporters it involved: a ship's flag, the
nationality of the people arrested or carried, a body's seat ("based in", "-based") name no place
of the event; a place name of several countries takes the one the article supports; people
arrested at sea with their boat are an arrest; forces firing on protesters attack civilians;
hoped-for truces and the sound of blasts are no events. Every sentence is invented."""

from __future__ import annotations

import pytest

from .test_event_mentions import mentions


def found(text: str) -> set[tuple[str, str]]:
    return {(m.kind, m.country) for m in mentions(text)}


# ------------------------------------------------------------------ ambiguous place names


def test_a_place_name_of_two_countries_takes_the_one_the_article_supports():
    text = ("BEIRUT - Gunmen clashed with Lebanese soldiers in Tripoli on Monday, the Lebanese army said.\n"
            "The Lebanese government condemned the violence.")
    got = found(text)
    assert ("armed_clash", "Lebanon") in got
    assert not any(c == "Libya" for _, c in got)


def test_without_support_for_another_country_a_place_keeps_its_largest_namesake():
    assert ("armed_clash", "Libya") in found("Rival militias clashed in Tripoli on Monday, killing six fighters.")


def test_a_gaza_report_keeps_rafah_in_palestine_though_it_names_egypt():
    text = ("Israeli jets struck Rafah on Sunday, Palestinian health officials said.\n"
            "Egypt urged restraint.")
    assert ("air_or_drone_strike", "Palestine") in found(text)


def test_sinai_is_egypts():
    assert ("armed_clash", "Egypt") in found("Militants attacked a police checkpoint in North Sinai on Monday, killing three policemen.")


# ------------------------------------------------------------------ seats, flags, nationalities


def test_where_a_body_is_based_is_no_place_of_the_event():
    got = found("Separatist fighters abducted 14 teachers near Bamenda in Cameroon on Tuesday, according to a "
                "monitoring group based in Switzerland that tracks the conflict.")
    assert ("attack_on_civilians", "Cameroon") in got
    assert not any(c == "Switzerland" for _, c in got)


def test_a_hyphenated_seat_of_the_reporting_group_is_no_place_either():
    got = found("Police in Nairobi shot at marchers on Tuesday, according to a Geneva-based watchdog.")
    assert ("attack_on_civilians", "Kenya") in got
    assert not any(c == "Switzerland" for _, c in got)


@pytest.mark.parametrize(
    "sentence,flag",
    [
        ("Pirates hijack liberia flagged tanker off Somalia", "Liberia"),
        ("Pirates hijack panama flagged tanker", "Panama"),
        ("Yemen's Houthi rebels attacked a Liberia-flagged tanker in the Red Sea on Monday.", "Liberia"),
    ],
)
def test_a_ships_flag_is_no_place_of_the_attack(sentence, flag):
    assert not any(c == flag for _, c in found(sentence))


def test_the_attack_on_a_flagged_ship_is_where_the_clause_puts_it():
    assert ("attack_on_or_seizure_of_ship", "Yemen") in found("Yemen's Houthi rebels attacked a Liberia-flagged tanker in the Red Sea on Monday.")


# ------------------------------------------------------------------ arrests at sea


@pytest.mark.parametrize(
    "sentence,country,captives",
    [
        ("The Bangladeshi coast guard arrested twelve Myanmar fishermen and seized their trawler on Sunday.", "Bangladesh", "Myanmar"),
        ("Turkish police detained 30 Afghan migrants and impounded their dinghy on Sunday.", "Turkey", "Afghanistan"),
    ],
)
def test_people_arrested_with_their_boat_are_an_arrest_where_the_arresting_state_is(sentence, country, captives):
    got = found(sentence)
    assert ("arrest_or_expulsion", country) in got
    assert "attack_on_or_seizure_of_ship" not in {k for k, _ in got}
    assert not any(c == captives for _, c in got)


def test_a_tanker_seized_with_its_crew_stays_a_seizure_of_a_ship():
    got = found("Iranian forces seized a British tanker in the Strait of Hormuz and detained its 23 crew members.")
    assert "attack_on_or_seizure_of_ship" in {k for k, _ in got}
    assert "arrest_or_expulsion" not in {k for k, _ in got}


# ------------------------------------------------------------------ force against protesters


@pytest.mark.parametrize(
    "sentence,country",
    [
        ("Soldiers fired on a crowd of mourners in Mandalay on Sunday, killing four.", "Myanmar"),
        ("Police killed three demonstrators in Nairobi on Tuesday.", "Kenya"),
        ("Three protesters were shot dead by police in Lagos on Monday.", "Nigeria"),
    ],
)
def test_forces_shooting_protesters_attack_civilians(sentence, country):
    assert ("attack_on_civilians", country) in found(sentence)


def test_fire_on_soldiers_stays_a_clash_and_tear_gas_is_no_attack():
    assert "attack_on_civilians" not in {k for k, _ in found("Gunmen opened fire on soldiers in Kidal on Monday.")}
    assert "attack_on_civilians" not in {k for k, _ in found("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.")}


# ------------------------------------------------------------------ no event yet, or only its sound


@pytest.mark.parametrize(
    "sentence",
    [
        "Yemen clashes flare as hopes of a lasting ceasefire fade",
        "Truce talks between the Colombian government and the ELN stall in Havana",
    ],
)
def test_a_hoped_for_or_discussed_truce_is_no_agreement(sentence):
    assert "ceasefire_or_agreement" not in {k for k, _ in found(sentence)}


def test_blasts_heard_ringing_across_a_city_are_the_fightings_sound():
    assert "explosion_or_sabotage" not in {k for k, _ in found("Blasts rang across Khartoum on Monday as the army and the RSF fought.")}


# ------------------------------------------------------------------ camps of civilians


@pytest.mark.parametrize(
    "sentence,country",
    [
        ("Gunmen attacked a displacement camp in Ituri on Sunday, killing 12 people.", "Democratic Republic of the Congo"),
        ("Militiamen raided a refugee camp near Djugu in Congo on Sunday.", "Democratic Republic of the Congo"),
    ],
)
def test_an_attack_on_a_camp_of_civilians_is_an_attack_on_civilians(sentence, country):
    got = found(sentence)
    assert ("attack_on_civilians", country) in got
    assert "armed_clash" not in {k for k, _ in got}


def test_an_attack_on_an_army_camp_stays_a_clash():
    assert ("armed_clash", "Democratic Republic of the Congo") in found("Militants attacked an army camp near Djugu in Congo on Sunday.")


# ------------------------------------------------------------------ drones sent against a target


@pytest.mark.parametrize(
    "sentence,country",
    [
        ("Militias launched two drones against a US base in Syria on Tuesday.", "Syria"),
        ("Russia launched 40 drones at Kharkiv on Monday.", "Ukraine"),
        ("Two drones launched at the Ain al-Asad base in Iraq on Tuesday were shot down.", "Iraq"),
        ("Air defences intercepted two drones launched against the airbase near Erbil in Iraq on Wednesday.", "Iraq"),
        ("A drone launched against a position in northern Syria was engaged and destroyed, the command said.", "Syria"),
    ],
)
def test_drones_launched_against_a_target_are_a_drone_strike(sentence, country):
    assert ("air_or_drone_strike", country) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran launched a surveillance drone over the Gulf on Monday.",
        "The army launched drones in a training exercise near Kharkiv on Monday.",
    ],
)
def test_drones_flown_at_no_target_are_no_strike(sentence):
    assert "air_or_drone_strike" not in {k for k, _ in found(sentence)}


def test_a_boat_seizure_placed_only_by_a_guess_is_the_arrest_the_article_places():
    text = ("Malaysian maritime officers arrested eleven Thai fishermen on Thursday and impounded their trawler for fishing illegally. "
            "Officers caught them off Kuala Terengganu before dawn. Seized for straying over the sea border, the fishermen and "
            "their trawler were towed to port. The men live in Songkhla.")
    got = found(text)
    assert ("arrest_or_expulsion", "Malaysia") in got
    assert not any(c == "Thailand" for _, c in got)
    assert "attack_on_or_seizure_of_ship" not in {k for k, _ in got}


def test_fire_opened_where_people_protest_at_no_armed_side_attacks_civilians():
    got = found("Myanmar troops opened fire in Mandalay on Sunday as protests spread across the country.")
    assert ("attack_on_civilians", "Myanmar") in got
    assert "armed_clash" not in {k for k, _ in got}
    assert ("armed_clash", "Mali") in found("Gunmen opened fire on soldiers in Kidal on Monday as protests spread in the capital.")


# ------------------------------------------------------------------ territorial waters


@pytest.mark.parametrize(
    "sentence,country",
    [
        ("Two Russian warships entered Norwegian territorial waters on Monday, the Norwegian navy said.", "Norway"),
        ("Chinese coast guard vessels sailed into Philippine territorial waters on Thursday.", "Philippines"),
    ],
)
def test_ships_entering_territorial_waters_violate_them_where_the_waters_are(sentence, country):
    assert ("airspace_violation", country) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Migrants crossed into Greek waters on Monday.", "Iraqi water supplies were cut on Monday."],
)
def test_people_or_water_supplies_are_no_incursion(sentence):
    assert "airspace_violation" not in {k for k, _ in found(sentence)}


def test_a_seized_ship_sailed_to_the_seizers_waters_is_no_incursion():
    got = found("The tanker was boarded by a Norwegian coast guard crew which sailed the vessel to Norwegian waters, an official said.")
    assert "airspace_violation" not in {k for k, _ in got}
