"""Incidents of kinds news of any security topic reports in words the event types did not read:
coup attempts and mutinies, arrests told as custody or recapture, crowds rallying, a side's
offer to keep a truce, bombing since a day, forces engaging armed men, hijackings and rescue
operations, politicians shot; and what is no incident: the city that hosts talks, figures of
speech. Every sentence is invented (other countries and names than any article's)."""

from __future__ import annotations

import pytest

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def incidents(text: str, published: str | None = "2025-09-11") -> set[tuple[str, str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published) if published else Meta())
    return {(m.kind, m.country, m.date) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def kinds(text: str, published: str | None = "2025-09-11") -> set[tuple[str, str]]:
    return {(k, c) for k, c, _ in incidents(text, published)}


# --- coups and mutinies: a battle for the seat of power -------------------------------------

def test_troops_storming_or_ramming_a_seat_of_power_are_a_clash():
    assert incidents("Armoured vehicles rammed the doors of the presidential palace in Tegucigalpa on Tuesday, in what President Reyes "
                     "called a coup attempt.") == {("armed_clash", "Honduras", "2025-09-09")}
    assert kinds("Soldiers seized the state broadcaster in Bamako on Wednesday in what the president called a coup attempt.") \
        == {("armed_clash", "Mali")}
    assert kinds("LIMA, Peru (AP) — Troops led by a dismissed general stormed the Congress building on Tuesday.") == {("armed_clash", "Peru")}


def test_a_coup_attempt_or_a_mutiny_told_by_its_name_is_a_clash():
    assert kinds("Soldiers and tanks massed in the main square of Quito, Ecuador on Wednesday in what President Mora called an attempted coup.") \
        == {("armed_clash", "Ecuador")}
    assert incidents("Fijian army officers mutinied at a barracks in Suva on Monday.") == {("armed_clash", "Fiji", "2025-09-08")}


def test_a_crowd_storming_a_palace_or_a_coup_plot_is_no_coup_clash():
    assert not {k for k, _ in kinds("Thousands of protesters stormed the parliament in Nairobi on Tuesday.")} & {"armed_clash"}
    assert kinds("Police in Niamey arrested six officers on Monday over an alleged coup plot.") == {("arrest_or_expulsion", "Niger")}


def test_a_country_condemning_a_coup_attempt_is_not_where_it_happened():
    found = kinds("LIMA, Peru (AP) — Troops stormed the parliament on Tuesday. The United States condemned the attempted coup on Wednesday.")
    assert found == {("armed_clash", "Peru")}


# --- arrests told in other words -------------------------------------------------------------

def test_people_taken_into_custody_handcuffed_or_recaptured_are_arrested():
    assert incidents("Two former Peruvian officers were taken into custody in Lima on Sunday.") == {("arrest_or_expulsion", "Peru", "2025-09-07")}
    assert kinds("Kenyan police took three suspects into custody in Mombasa on Monday.") == {("arrest_or_expulsion", "Kenya")}
    assert kinds("The escaped warlord was recaptured on Sunday near Conakry, Guinean authorities said.") == {("arrest_or_expulsion", "Guinea")}
    assert kinds("ASUNCION, Paraguay (AP) — General Ortiz was handcuffed and driven away on Friday.") == {("arrest_or_expulsion", "Paraguay")}


def test_a_town_recaptured_or_a_child_custody_case_is_no_arrest():
    assert kinds("Government troops recaptured the town of Kidal on Monday.") == {("armed_clash", "Mali")}
    assert kinds("A court in Nairobi on Monday gave the mother custody of the child.") == set()


# --- crowds ----------------------------------------------------------------------------------

def test_crowds_rushing_or_flocking_to_a_square_or_a_ministry_protest():
    assert incidents("Thousands of supporters rushed to the square outside the palace in Quito on Tuesday.") == {("protest", "Ecuador", "2025-09-09")}
    assert kinds("Crowds flocked to the ministry in Lima on Tuesday, waving flags.") == {("protest", "Peru")}
    assert kinds("Thousands of Kenyans took to the streets of Nairobi on Tuesday.") == {("protest", "Kenya")}


def test_people_fleeing_or_fans_gathering_do_not_protest():
    assert kinds("Thousands of residents fled to the border town of Goma on Tuesday.") == set()
    assert kinds("Hundreds of fans gathered at the stadium in Lagos on Tuesday.") == set()


def test_a_campaign_rally_is_no_protest():
    assert kinds("A gunman shot the senator at a campaign rally in Bogota on Saturday.") == {("attack_on_civilians", "Colombia")}


# --- a side's word that it will keep a truce -------------------------------------------------

def test_a_side_ready_to_observe_or_saying_it_will_respect_a_truce_is_a_ceasefire():
    assert incidents("The Sudanese rebels said on Monday they were ready to observe a ceasefire.") \
        == {("ceasefire_or_agreement", "Sudan", "2025-09-08")}
    assert kinds("The Malian group announced on Monday it would respect a truce.") == {("ceasefire_or_agreement", "Mali")}


def test_a_refusal_or_a_hope_of_a_truce_is_none():
    assert kinds("The Sudanese rebels said on Monday they would not respect the ceasefire.") == set()
    assert kinds("The Colombian government hopes the rebels will respect the ceasefire.") == set()


def test_the_city_hosting_an_agreement_is_not_its_country():
    assert kinds("Ethiopian and Tigrayan negotiators agreed on Monday in Pretoria to a ceasefire.") == {("ceasefire_or_agreement", "Ethiopia")}


def test_a_truce_in_a_partys_land_or_a_disputed_area_stays_there():
    assert kinds("Russia and Ukraine agreed on Monday to a ceasefire in Donetsk.") == {("ceasefire_or_agreement", "Ukraine")}
    assert kinds("Israel and Hamas agreed to a truce in Gaza on Wednesday.") == {("ceasefire_or_agreement", "Palestine")}


# --- strikes since a day, engagements, hijackings, rescues, politicians shot -------------------

def test_bombing_since_a_day_is_a_strike_of_that_day():
    assert incidents("KHARTOUM, Sudan (AP) — Sudanese army warplanes have been bombing the town of Kauda in South Kordofan since Monday, "
                     "residents said.") == {("air_or_drone_strike", "Sudan", "2025-09-08")}
    assert incidents("BAMAKO, Mali (AP) — Malian jets have pounded the town of Kidal from the air since Sunday, residents said.") \
        == {("air_or_drone_strike", "Mali", "2025-09-07")}


def test_attacks_since_a_month_are_still_a_campaign():
    assert kinds("Houthi fighters have been attacking ships in the Red Sea since November.") == set()


def test_a_clash_with_men_coming_from_abroad_on_a_day_is_dated_that_day():
    assert incidents("Algerian border guards clashed with smugglers coming from Morocco on Sunday, the army said.") \
        == {("armed_clash", "Algeria", "2025-09-07")}


def test_forces_engaging_armed_men_clash_but_engaging_the_public_does_not():
    assert kinds("CARACAS, Venezuela (AP) — The Venezuelan army engaged the infiltrators near the Colombian border on Sunday.") \
        == {("armed_clash", "Venezuela")}
    assert kinds("The Colombian government engaged the public in a debate on Saturday.") == set()


def test_a_hijacked_train_and_the_operation_to_free_its_passengers():
    assert kinds("Gunmen hijacked a passenger train in Balochistan on Tuesday. Pakistani security forces launched an operation to free "
                 "the passengers on Wednesday.") == {("attack_on_civilians", "Pakistan"), ("armed_clash", "Pakistan")}
    assert kinds("Rescue workers launched an operation to free miners trapped in a collapsed mine in Chile on Monday.") == set()


def test_a_politician_shot_at_a_campaign_event_is_an_attack_on_civilians():
    assert incidents("A former prime minister of Japan was shot while giving a campaign speech in Nara on Friday.") \
        == {("attack_on_civilians", "Japan", "2025-09-05")}
    assert kinds("The mayor of Cali was shot dead by a gunman on Friday, Colombian police said.") == {("attack_on_civilians", "Colombia")}


def test_people_killed_by_a_states_fire_on_soldiers_are_no_attack_on_civilians():
    assert kinds('The Kyrgyz Defence Ministry said: "Four people were killed and one person was injured as a result of gunfire '
                 'directed at Kyrgyz positions by Tajik forces."') == set()
    assert kinds("A Peruvian police officer was shot dead by a gunman in Lima on Friday.") == {("armed_clash", "Peru")}


def test_an_analysts_guess_reads_an_entrys_victims_and_doers():
    from annotate.event_types import load_event_types

    types = load_event_types()
    assert types.guess("The militia attacked six sites across the border overnight.", names_a_state=False) == "armed_clash"
    assert types.guess("Troops stormed the presidential palace on Tuesday.") == "armed_clash"
    assert types.guess("The escaped fugitive was recaptured on Sunday.") == "arrest_or_expulsion"


@pytest.mark.parametrize("text", [
    "The news was an explosion of joy in Lima on Tuesday.",
    "Analysts in Caracas warned on Monday of a social explosion over food prices.",
])
def test_a_figurative_explosion_is_no_blast(text):
    assert kinds(text) == set()
