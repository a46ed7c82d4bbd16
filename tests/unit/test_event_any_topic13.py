"""Incidents of shapes common in security news of any topic: a raid on an army post under a
dateline, diplomats declared persona non grata or ordered to leave, an agreement on border
patrols, a politician shot, missiles fired into the sea, and a country that only tells of a
truce. Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def mentions(text: str, published: str | None = "2025-09-11"):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def kinds(text: str, published: str | None = "2025-09-11") -> set[tuple[str, str]]:
    return {(m.kind, m.country) for m in mentions(text, published)}


# --- a raid on an army post near a border, under a dateline of the country ---------------------

RAID = """Gunmen overrun army post in {country}, killing 19 soldiers

{city}, Sept 8 (Reuters) - Gunmen stormed a military position near the border with {neighbour} on Sunday, killing 19 soldiers, security sources said.
"""


def test_a_post_stormed_near_a_border_is_a_clash_in_the_datelined_country_not_the_neighbour():
    found = kinds(RAID.format(country="Mali", city="Bamako", neighbour="Mauritania"))
    assert ("armed_clash", "Mali") in found and not any(c == "Mauritania" for _, c in found)
    found = kinds(RAID.format(country="Chad", city="N'Djamena", neighbour="Sudan"))
    assert ("armed_clash", "Chad") in found and not any(c == "Sudan" for _, c in found)


def test_the_dated_mention_of_the_raid_keeps_its_day():
    days = {m.date for m in mentions(RAID.format(country="Mali", city="Bamako", neighbour="Mauritania")) if m.kind == "armed_clash"}
    assert "2025-09-07" in days


# --- diplomats expelled in other words ------------------------------------------------------------

def test_diplomats_declared_persona_non_grata_are_an_expulsion_by_the_declaring_state():
    assert kinds("Ghana declared four Togolese diplomats persona non grata on Monday.") == {("arrest_or_expulsion", "Ghana")}
    assert kinds("Chile responded by declaring two Peruvian diplomats persona non grata on Monday.") == {("arrest_or_expulsion", "Chile")}


def test_diplomats_ordered_to_leave_are_an_expulsion():
    assert kinds("Kenya on Monday ordered two Ugandan diplomats to leave the country within 72 hours.") == {("arrest_or_expulsion", "Kenya")}
    assert kinds("Bolivia gave the Argentine ambassador 48 hours to leave on Monday.") == {("arrest_or_expulsion", "Bolivia")}


def test_citizens_told_to_leave_are_no_expulsion():
    assert kinds("Peru ordered its citizens to leave Haiti on Monday.") == set()


# --- an agreement on forces at a border --------------------------------------------------------------

def test_an_agreement_on_border_patrols_or_a_troop_withdrawal_is_an_agreement_of_the_two_states():
    assert {k for k, _ in kinds("Brazil and Peru reached an agreement on patrolling arrangements along the border on Monday.")} \
        == {"ceasefire_or_agreement"}
    found = kinds("Laos and Vietnam agreed on Monday to withdraw troops from the disputed frontier area.")
    assert {k for k, _ in found} == {"ceasefire_or_agreement"} and {c for _, c in found} <= {"Laos", "Vietnam"}


def test_a_trade_deal_is_still_no_agreement_of_this_kind():
    assert kinds("Chile and Bolivia signed a trade deal on Monday.") == set()


def test_a_country_that_only_tells_of_a_truce_is_no_party_to_it():
    assert kinds("Kazakhstan said on Monday that the two sides had agreed to stop firing.") == set()
    assert kinds("Armenia said on Monday it had agreed to a ceasefire.") == {("ceasefire_or_agreement", "Armenia")}


# --- a politician shot ---------------------------------------------------------------------------------

def test_shots_fired_at_a_premier_are_an_attack_on_civilians_dated():
    got = mentions("The gunman fired five shots at the prime minister in the town of Tartu on Wednesday.")
    assert {(m.kind, m.country, m.date) for m in got} == {("attack_on_civilians", "Estonia", "2025-09-10")}
    assert kinds("A gunman shot and wounded Latvia's prime minister on Wednesday.") == {("attack_on_civilians", "Latvia")}


def test_a_named_person_shot_while_campaigning_is_an_attack_on_civilians():
    assert kinds("Carlos Ruiz was shot twice while giving a campaign speech in the city of Cali on Saturday.") \
        == {("attack_on_civilians", "Colombia")}


def test_shots_fired_at_soldiers_are_not_an_attack_on_a_politician():
    assert ("attack_on_civilians", "Ghana") not in kinds("A gunman fired two shots at soldiers in Kumasi, Ghana, on Wednesday.")


# --- missiles fired into the sea ---------------------------------------------------------------------

def test_a_states_missiles_fired_into_the_sea_are_a_weapons_test_at_home():
    assert kinds("North Korea fired two short-range missiles into the sea off its east coast on Wednesday.") \
        == {("weapons_test", "North Korea")}
    assert kinds("Pakistan launched a cruise missile toward the Arabian Sea on Wednesday.") == {("weapons_test", "Pakistan")}


def test_missiles_fired_at_a_ship_or_into_a_country_are_no_test():
    assert not any(k == "weapons_test" for k, _ in kinds("Russia fired missiles into Ukraine on Wednesday."))
    assert not any(k == "weapons_test" for k, _ in kinds("The rebels fired two missiles at a tanker in the Red Sea on Wednesday."))


def test_a_country_that_suffers_losses_in_a_headline_is_where_an_unplaced_raid_was():
    text = ("Ghana suffers heavy losses in deadly border attack\n\n"
            "Gunmen stormed a military position on Wednesday, killing 21 soldiers, a security source said.")
    assert ("armed_clash", "Ghana") in kinds(text, published=None)


def test_a_country_that_only_says_an_agreement_was_reached_is_no_party_but_a_side_that_says_its_own_is():
    assert kinds("The two sides agreed to a ceasefire on Monday, the Kazakh foreign ministry said.") == set()
    assert kinds("The Congolese rebels said on Monday they were ready to observe a ceasefire.") == {("ceasefire_or_agreement", "Democratic Republic of the Congo")}


def test_a_go_between_is_no_party_to_the_truce_it_brokered():
    assert kinds("Oman said on Monday that it had brokered a ceasefire between the rebels and Saudi Arabia.") \
        == {("ceasefire_or_agreement", "Saudi Arabia")}
    assert kinds("A truce was reached on Monday through Omani mediation.") == set()


def test_diplomats_expelled_from_a_country_are_expelled_by_it_not_by_their_own():
    assert kinds("Six Malian diplomats were expelled from Algeria on Monday.") == {("arrest_or_expulsion", "Algeria")}


def test_fighting_in_the_highlands_of_a_country_is_placed_in_that_country():
    assert kinds("At least 20 people were killed in tribal fighting in the highlands of Papua New Guinea on Sunday.") \
        == {("armed_clash", "Papua New Guinea")}
