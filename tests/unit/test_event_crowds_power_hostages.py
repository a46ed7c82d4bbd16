"""Incidents told by who did what rather than by an event's name: protesters storming, burning or
clashing and police dispersing them (protests), officers seizing power (a coup: a clash), people
taken or held hostage (an abduction), diplomatic ties cut (a break of relations); and what is
none: the grounds of a court's sentence, a president who took power in a vote, a bare country
name another country of the article owns in full. Every sentence is invented (other countries
and names than any article's)."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def incidents(text: str, published: str | None = "2025-09-11") -> set[tuple[str, str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published) if published else Meta())
    return {(m.kind, m.country, m.date) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def kinds(text: str, published: str | None = "2025-09-11") -> set[tuple[str, str]]:
    return {(k, c) for k, c, _ in incidents(text, published)}


# --- crowds: what protesters do, and the police against them ---------------------------------

def test_protesters_storming_clashing_or_burning_are_a_protest():
    assert incidents("Thousands of protesters stormed the parliament in Lusaka on Tuesday.") == {("protest", "Zambia", "2025-09-09")}
    assert kinds("Hundreds of demonstrators clashed with police in Accra on Monday.") == {("protest", "Ghana")}
    assert kinds("Party offices in Kumasi, Ghana were set ablaze by rioters on Monday.") == {("protest", "Ghana")}


def test_a_protest_in_a_clause_beside_the_place_it_names_is_still_placed():
    found = kinds("A part of Ghana’s Parliament building caught fire on Tuesday as thousands of protesters opposing a tax bill "
                  "stormed the premises.")
    assert found == {("protest", "Ghana")}


def test_police_dispersing_protesters_is_a_protest():
    assert kinds("Riot police used tear gas to disperse demonstrators in Lusaka on Monday.") == {("protest", "Zambia")}


def test_police_engaging_rebels_is_no_protest():
    assert not {k for k, _ in kinds("Troops clashed with rebels near Goma, Congo on Monday.")} & {"protest"}


# --- coups told by the seizure of power --------------------------------------------------------

def test_officers_seizing_power_are_a_clash():
    assert incidents("Army officers in Ecuador said they had seized power on Wednesday.") == {("armed_clash", "Ecuador", "2025-09-10")}


def test_power_taken_long_ago_or_by_a_vote_is_no_clash():
    assert kinds("Colonel Diarra, who seized power in Mali in 2020, spoke to reporters on Monday.") == set()
    assert kinds("President Mora, who took power after winning the election, spoke in Quito on Monday.") == set()


# --- hostages and broken ties ------------------------------------------------------------------

def test_people_taken_hostage_are_abducted():
    assert kinds("Gunmen took two guards hostage at a prison in Arequipa, Peru, on Sunday.") == {("attack_on_civilians", "Peru")}


def test_hostages_released_under_a_deal_are_no_new_abduction():
    assert kinds("Hostages held in Gaza since October were released on Monday under the truce.") & {("attack_on_civilians", "Palestine")} == set()


def test_a_state_cutting_diplomatic_ties_is_a_break_of_relations():
    assert incidents("Peru cut diplomatic ties with Chile on Monday.") == {("arrest_or_expulsion", "Peru", "2025-09-08")}


def test_a_team_cutting_ties_with_a_sponsor_is_none():
    assert kinds("The team cut ties with its sponsor in Lima, Peru on Monday.") == set()


# --- what a court judges is no event of the day ------------------------------------------------

def test_the_grounds_of_a_sentence_are_no_clash_on_its_day():
    assert kinds("Fourteen soldiers were sentenced to death by a military tribunal in Bamako, Mali on Friday "
                 "for their role in the failed coup.") == set()
    assert kinds("The men were sentenced to death by a military court on Friday over the coup attempt in Mali.") == set()


def test_a_coup_attempt_foiled_on_a_day_stays_a_clash():
    assert incidents("Troops foiled a coup attempt in Bamako, Mali on Friday.") == {("armed_clash", "Mali", "2025-09-05")}


# --- a bare name two countries share --------------------------------------------------------------

def test_a_bare_congo_takes_the_congo_the_article_names_in_full():
    found = kinds("Gunmen killed in failed coup in Congo\nKINSHASA, May 19 (Reuters) - The army of the Democratic Republic of "
                  "Congo said on Sunday it had foiled a coup attempt in Kinshasa.")
    assert found == {("armed_clash", "Democratic Republic of the Congo")}
    other = kinds("Gunmen killed in failed coup in Congo\nThe army of the Republic of Congo said on Sunday it had foiled a coup "
                  "attempt in Brazzaville.")
    assert other == {("armed_clash", "Republic of the Congo")}


# --- a border fight is where the forces fought, not where the other side went ---------------------

def test_where_a_side_was_driven_back_to_is_not_the_place_of_the_fight():
    found = kinds("Border clashes with smugglers over, official says\nBeirut: A military official said on Saturday the army engaged "
                  "with groups of smugglers at the Syrian border and made them withdraw into Syria after armed clashes. The Lebanese "
                  "army will deal forcefully with any threat, he said.")
    assert found == {("armed_clash", "Lebanon")}
    assert kinds("Ecuadorian troops clashed with rebels at the Colombian border on Saturday and pushed them back into Colombia.") \
        == {("armed_clash", "Ecuador")}


# --- fire opened where civilians gather ---------------------------------------------------------

def test_fire_opened_in_a_market_or_a_hall_is_an_attack_on_civilians():
    assert incidents("Gunmen opened fire in a crowded market in Kano, Nigeria on Sunday.") == {("attack_on_civilians", "Nigeria", "2025-09-07")}
    assert kinds("Gunmen opened fire in a concert hall in Lima, Peru, killing 40 people.") == {("attack_on_civilians", "Peru")}


def test_fire_opened_on_a_post_or_in_a_town_stays_a_clash():
    assert kinds("Militants opened fire on an army post in Kano, Nigeria on Sunday.") == {("armed_clash", "Nigeria")}
    assert kinds("Soldiers opened fire in the town of Gao, Mali on Sunday.") == {("armed_clash", "Mali")}


# --- arrests by forces named in the saying clause; "today, Wednesday" ------------------------------

def test_a_house_arrest_by_forces_named_before_they_is_in_their_country():
    found = incidents("Peru's army officers said they seized power today, Wednesday, and placed President Mora under house arrest.")
    assert found == {("armed_clash", "Peru", "2025-09-10"), ("arrest_or_expulsion", "Peru", "2025-09-10")}


def test_today_with_its_weekday_is_that_day():
    from datetime import datetime

    from annotate.nlp.events import resolve_range

    base = datetime(2023, 8, 30)  # a Wednesday
    assert resolve_range("today, Wednesday", base, True) == ("2023-08-30", "")
    assert resolve_range("yesterday (Tuesday)", base, True) == ("2023-08-29", "")


# --- places and events a sentence denies or only looks toward ---------------------------------------

def test_a_country_whose_facilities_were_not_hit_is_not_the_place():
    found = kinds("Iran fired missiles at Erbil, Iraq on Monday. No US facilities were impacted by the missile strikes, two US officials said.")
    assert ("shelling_or_missile_attack", "United States") not in found and ("shelling_or_missile_attack", "Iraq") in found


def test_a_patron_named_by_allied_is_no_party_to_a_truce():
    assert kinds("The Iran-allied rebels in Yemen agreed to a ceasefire on Friday.") == {("ceasefire_or_agreement", "Yemen")}


def test_inching_closer_to_a_deployment_or_pressure_for_a_truce_is_none_yet():
    found = kinds("Moscow tested a new nuclear-capable cruise missile, inching closer to deploying it to its military, President "
                  "Putin said on Sunday. The Kremlin has resisted Western pressure for a ceasefire in Ukraine.")
    assert found == {("weapons_test", "Russia")}


def test_a_suspicion_of_an_attempt_is_no_event_but_a_suspect_of_a_killing_leaves_it():
    assert kinds("Peruvian officials had previously suspected Chile of trying to assassinate the president in Lima.") == set()
    assert ("attack_on_civilians", "Peru") in kinds("Police arrested a man suspected of killing two people in Lima, Peru on Monday.")


def test_a_gunman_storming_an_embassy_attacks_civilians():
    assert kinds("A gunman stormed Chile's embassy in Lima on Friday, killing the mission's head of security.") \
        == {("attack_on_civilians", "Peru")}


def test_every_neighbour_of_a_border_list_is_a_neighbour():
    found = kinds("Togo suffers heavy losses in border attack\nTogo's military has suffered significant casualties in a deadly attack "
                  "near the borders with Niger and Burkina Faso, officials said. A security source said that 28 soldiers were killed.")
    assert found == {("armed_clash", "Togo")}


def test_a_test_told_again_by_its_noun_takes_the_day_it_gives():
    found = incidents("MOSCOW (AP) - Russia tested a new nuclear-capable cruise missile, President Putin said in remarks released on "
                      "Sunday. A video showed a general telling Putin that the missile covered 14,000 kilometers in a key test Tuesday.")
    assert ("weapons_test", "Russia", "2025-09-09") in found
