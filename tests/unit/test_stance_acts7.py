"""Stance cues by speech-act class (session 7): force that goes on in the words of the side using
it, the reporter's frame of an accusation, an attack put down to a sponsor, a call for sanctions,
a strike put as the answer to the other side's, a threat by a weapon's reach, blame turned back,
a request to reconsider. Every sentence is invented, about conflicts the cue file never saw."""

from __future__ import annotations

import pytest

from .test_stance import suggested


# Force that goes on, in the words of the side using it (show of force, hawkish); negated, no resolve.
@pytest.mark.parametrize(
    "text,name",
    [
        ("“Our operations in the delta will continue until the network is dismantled,” Admiral Sela Varo said.\n",
         "Sela Varo"),
        ("General Dario Mendt said the army would keep up its offensive in the northern hills.\n", "Dario Mendt"),
        ("“We will press on with our operations until the last cell is eliminated,” commander Ilse Brandt said.\n",
         "Ilse Brandt"),
    ],
)
def test_force_that_goes_on_is_a_show_of_force(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a show of force"), s


def test_operations_that_will_not_go_on_are_no_resolve():
    s = suggested("“The talks will continue next week,” mediator Ruth Oyelaran said.\n", "Ruth Oyelaran")
    assert s is None or s.label != "hawkish", s


# The reporter's frame of an accusation: "blamed X", with or without "for".
def test_blaming_someone_is_an_accusation():
    s = suggested("Interior Minister Laura Bennett blamed “foreign-funded bandits”. The army did not comment.\n", "Laura Bennett")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), s


# An attack put down to a sponsor is an accusation.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Minister Hana Petrosyan said the raid on the border post was backed by the neighbouring state.\n", "Hana Petrosyan"),
        ("“This assault was ordered by the junta,” opposition leader Kofi Adjei said.\n", "Kofi Adjei"),
    ],
)
def test_an_attack_put_down_to_a_sponsor_is_an_accusation(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), s


# A call for harsher sanctions is a demand, whatever word strengthens it.
def test_a_call_for_stronger_sanctions_is_a_demand():
    s = suggested("Foreign Minister Eva Lindqvist called for stronger sanctions against the junta's backers.\n", "Eva Lindqvist")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a demand"), s


def test_a_call_for_more_weapons_is_a_demand():
    s = suggested("President Mira Kovac urged allies for more air defence systems after the night's barrage.\n", "Mira Kovac")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a demand"), s


# One's own strike put as the answer to the other side's: a justification of force.
@pytest.mark.parametrize(
    "text,name",
    [
        ("General Ivan Petrov said the raids answered a rocket attack on his garrison last week.\n", "Ivan Petrov"),
        ("“The airstrikes were a response to the shelling of our villages,” spokesman Ivo Dragan said.\n", "Ivo Dragan"),
    ],
)
def test_a_strike_put_as_an_answer_is_a_justification_of_force(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a justification"), s


# A weapon that could hit the other side's seat of power is a threat; a reach alone is deterrence.
def test_a_weapon_that_could_hit_the_capital_is_a_threat():
    s = suggested("Defence Minister Pavel Sokol said the new rocket could target the government quarter of the capital.\n", "Pavel Sokol")
    assert s is not None and s.label == "threatening", s


def test_a_capability_without_a_seat_of_power_stays_a_show_of_force():
    s = suggested("Admiral Nils Berg said the frigates can target submarines at long range.\n", "Nils Berg")
    assert s is not None and s.label == "hawkish", s


# Blame turned back on the accuser is a deflection (denial), not an accusation beside it.
def test_blame_turned_back_is_a_deflection():
    s = suggested("Defence Minister Rahel Tesfaye denied any incursion and instead blamed the rebels for the shelling.\n",
                  "Rahel Tesfaye")
    assert s is not None and s.label == "denial", s


# Asking another to go back on a step is an appeal (cautious).
def test_asking_another_to_reconsider_is_an_appeal():
    s = suggested("Prime Minister Anil Baral asked the coalition partners to reconsider their walkout.\n", "Anil Baral")
    assert s is not None and s.label == "cautious", s


# A witness noun that names a body's remit ("the UN refugee agency") is no witness: its
# humanitarian alarm counts.
def test_a_refugee_agency_is_no_refugee_witness():
    s = suggested("The UN refugee agency said conditions in the camps near Tessalit were “rapidly deteriorating”.\n",
                  "UN refugee agency")
    assert s is not None and s.label == "cautious", s


def test_a_refugee_quoted_still_tells_what_was_done():
    s = suggested("“It was a massacre, they burned everything,” said Amina Diallo, a refugee from the village.\n", "Amina Diallo")
    assert s is None or s.label != "hawkish", s


# A threat in the reporting frame takes over the force in the partial quote it introduces.
def test_a_threat_frame_takes_over_the_force_of_its_partial_quote():
    s = suggested("The Tigray People's Liberation Front threatened a “firm and decisive response” after the drone strike "
                  "on Mekelle. The Tigray People's Liberation Front also shelled the town of Alamata on Friday.\n",
                  "Tigray People's Liberation Front")
    assert s is not None and s.label == "threatening", s


# A cue in a relative clause about another side's act is that side's, not the speaker's.
def test_a_cue_in_a_relative_clause_about_another_sides_strikes_is_not_the_speakers():
    text = ("Hezbollah has warned of new clashes after the Israeli raids, which aimed to deter the group from "
            "firing rockets.\n")
    s = suggested(text, "Hezbollah")
    assert s is None or s.label != "hawkish", s


def test_a_cue_in_a_relative_clause_about_the_actors_own_strikes_stays():
    text = "The Pentagon said it carried out the Somali raids, which aimed to deter the militants from new attacks.\n"
    s = suggested(text, "Pentagon")
    assert s is not None and s.label == "hawkish", s


# Only the words next to a speaker describe them: a relative named further off makes no witness.
def test_a_relative_named_further_off_makes_no_witness():
    text = ("Speaking after the arrest of the wife of the military attaché, Estonia's security police said the pair had "
            "“brazenly violated our laws and our sovereignty.”\n")
    s = suggested(text, "Estonia's security police")
    assert s is not None and s.label == "hawkish", s


# A response put off until the facts are known is restraint, and outweighs the plain weighing
# of the facts beside it.
@pytest.mark.parametrize(
    "text,name",
    [
        ("President Ana Ruiz said the police were investigating the ambush. “Let us get the full report first, and then we "
         "will decide our response,” Ruiz said.\n", "Ana Ruiz"),
        ("“We will wait for the findings before we take any action,” Defence Minister Jonas Berg said of the blast.\n",
         "Jonas Berg"),
    ],
)
def test_a_response_put_off_until_the_facts_are_known_is_restraint(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "cautious", s


# The other side's attacks told as harm to civilians, in the words of the side that suffers, are
# an accusation; denying it of one's own side is a denial; a survivor telling it takes no side.
def test_attacks_on_civilians_told_by_the_side_that_suffers_are_an_accusation():
    s = suggested("“Rebel drones keep striking residential areas of Beni every night,” Governor Paul Kasereka said.\n",
                  "Paul Kasereka")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), s


def test_saying_ones_side_never_targets_civilians_is_a_denial():
    s = suggested("“Our forces never target civilians,” army spokesman Col. Idris Bello said.\n", "Idris Bello")
    assert s is not None and s.label == "denial", s


def test_a_survivor_telling_of_shelled_homes_takes_no_side():
    s = suggested("“They shelled the homes on our street all night,” said Mariam Toure, a survivor of the siege.\n",
                  "Mariam Toure")
    assert s is None or s.label != "hawkish", s


# The terms of a treaty or a resolution are no party's stance, whoever the sentence follows.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Eritrea said on Monday that its troops would hold the town of Badme. The Algiers Agreement, signed in Dec. 2000 "
         "in the presence of mediators, commits both countries to refrain from any use of force.\n", "Eritrea"),
        ("Azerbaijan said its army had moved two brigades to the border. The 2020 truce, which obliges both sides to avoid "
         "any escalation, was signed in Moscow.\n", "Azerbaijan"),
    ],
)
def test_the_terms_of_a_treaty_are_no_partys_stance(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "cautious", s


def test_an_actors_own_call_for_restraint_still_counts():
    s = suggested("Eritrea urged both sides to refrain from any use of force around the town of Badme.\n", "Eritrea")
    assert s is not None and s.label == "cautious", s


# A word or two quoted inside the reporter's sentence is the reporter's choice: it weighs as the
# reporting frame, not as the speaker's own words, beside a denial the actor made.
def test_a_scare_quote_weighs_as_the_frame_beside_a_denial():
    text = ("Rebels shelled the outskirts of Goma overnight. The shelling drew a “measured” reply from Kinshasa.\n"
            "Rwanda said its troops took the hills above the lake, an account Kinshasa has denied.\n")
    s = suggested(text, "Kinshasa")
    assert s is not None and s.label == "denial", s


def test_a_full_quote_still_weighs_as_the_speakers_words():
    text = ("“We will give a measured and proportionate reply,” the Congolese government said.\n"
            "Rwanda said its troops took the hills above the lake, an account Kinshasa has denied.\n")
    s = suggested(text, "Kinshasa")
    assert s is not None and s.label == "cautious", s


# Fire from across the border, told by the side it hits, is an accusation.
def test_cross_border_fire_told_by_the_side_it_hits_is_an_accusation():
    s = suggested("Interior Minister Laura Bennett said two farmers were killed by cross-border shelling overnight.\n",
                  "Laura Bennett")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), s


# A claim of one's own strike on the other side's oil refinery is a claim of force.
def test_a_strike_on_a_refinery_claimed_by_ones_own_side_is_a_claim_of_force():
    s = suggested("“Our drones hit two oil refineries overnight,” army spokesman Col. Idris Bello said.\n", "Idris Bello")
    assert s is not None and s.label == "hawkish", s


# A place that qualifies the subject's noun ("the Kherson strike") is no other side: the claim
# stays the speaker's; a country's troops are still that country's.
def test_a_place_qualifying_the_strike_leaves_the_claim_to_the_speaker():
    s = suggested("Defence Minister Pavel Sokol said the Kherson strike destroyed two enemy arsenals overnight.\n", "Pavel Sokol")
    assert s is not None and s.label == "hawkish", s


def test_a_countrys_troops_are_still_another_side():
    s = suggested("Defence Minister Pavel Sokol said Sudan troops seized the border post at dawn.\n", "Pavel Sokol")
    assert s is None or s.label != "hawkish", s
