"""Stance cues of speech acts the lexicon missed (session 13), on invented sentences: claims of
one's own side's force (attacks repelled, rebels annihilated, a leader neutralised, weapons one
had to use), threats (force promised to whoever tries, the other side put on notice, "you'd
better"), resolve ("will not rest until", "stand firm"), appeals (great concern, laying down
weapons, not raising tensions, a truce welcomed), support for an agreement (respecting it,
commitments to peace, a cessation of hostilities agreed), a motive called personal (a denial),
and a denial that goes on to accuse the accuser."""

from __future__ import annotations

import pytest

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name,label",
    [
        # claims of force in the side's own words
        ("“The Arvandian forces were able to repel an attack on two border posts,” a statement by the Arvandian army said.\n",
         "Arvandian army", "hawkish"),
        ("The Malian military said on Sunday it had “annihilated” the rebels.\n", "Malian military", "hawkish"),
        ("“One of the gang leaders, known as El Tigre, was neutralised,” Defence Minister Tomas Varga said.\n", "Tomas Varga", "hawkish"),
        ("The boats ignored orders to stop, so the guards “had to use the weapons to stop them”, border chief Aivar Tamm said.\n",
         "Aivar Tamm", "hawkish"),
        # threats
        ("General Amos Kerr told his troops the army would strike hard at whoever tries to undermine the security of the homeland.\n",
         "Amos Kerr", "threatening"),
        ("“They're clearly on notice,” Foreign Minister Ada Lind told reporters.\n", "Ada Lind", "threatening"),
        ("“To the smugglers I say clearly: you'd better turn back,” Interior Minister Rafael Ost said.\n", "Rafael Ost", "threatening"),
        ("“Pay before it's too late,” the gang's leader Ivo Brandt wrote on its website.\n", "Ivo Brandt", "threatening"),
        # resolve
        ("Colonel Idris Wen said his forces will not rest until the town is back in their hands.\n", "Idris Wen", "hawkish"),
        ("President Tomas Ruiz vowed to stand firm against the mutineers.\n", "Tomas Ruiz", "hawkish"),
        # appeals and support for an agreement
        ("Prime Minister Ona Vey said she had great concern about the fighting.\n", "Ona Vey", "cautious"),
        ("Governor Pita Moala urged the warring clans to lay down their weapons.\n", "Pita Moala", "cautious"),
        ("Foreign Minister Lea Sand urged the neighbouring state not to ramp up military tensions in the region.\n", "Lea Sand", "cautious"),
        ("UN envoy Marta Olsen welcomed the ceasefire agreement on Friday.\n", "Marta Olsen", "cautious"),
        ("Government negotiator Abel Dagne said all parties should respect the agreement.\n", "Abel Dagne", "cautious"),
        ("Rebel spokesman Yonas Tekle said he hoped both parties would honour their commitments to peace.\n", "Yonas Tekle", "cautious"),
        ("The Kello Liberation Front has agreed on a permanent cessation of hostilities with the army.\n",
         "Kello Liberation Front", "cautious"),
        # denial
        ("Foreign Minister Reza Tavan said the attacker's motive was completely personal.\n", "Reza Tavan", "denial"),
    ],
)
def test_speech_acts_the_lexicon_missed(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # the narrator's toll is no claim; a threat to the speaker is none of its own
        ("Five militants were eliminated in the raid, the Corvan news site reported.\n", "Corvan news site", "hawkish"),
        ("Foreign Minister Ada Lind said the airline had been put on notice by regulators.\n", "Ada Lind", "threatening"),
        # welcoming strikes is no appeal for restraint
        ("Senator Joan Pike welcomed the strikes on the rebel camps.\n", "Joan Pike", "cautious"),
    ],
)
def test_the_new_cues_do_not_fire_on_what_they_do_not_say(text, name, label):
    s = suggested(text, name)
    assert s is None or s.label != label, s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Foreign Minister Omar Dahl denied the accusations and accused the neighbouring government of spreading lies.\n", "Omar Dahl"),
        ("Interior Minister Omar Dahl denies using chemical weapons and accused the rebels of deploying toxic agents.\n", "Omar Dahl"),
    ],
)
def test_a_denial_that_goes_on_to_accuse_the_accuser_is_a_denial(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "denial", s


def test_an_accusation_with_no_denial_in_its_sentence_stays_hawkish():
    s = suggested("Interior Minister Omar Dahl accused the rebels of deploying toxic agents.\n", "Omar Dahl")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text",
    [
        # cues written with ['’] match either apostrophe, also where the cue opens with a clitic
        "“You’ll regret this,” Defence Minister Jonas Berg said.\n",
        "“They'll regret it,” Defence Minister Jonas Berg said.\n",
        "“Today’s attack will have a firm response,” Defence Minister Jonas Berg said.\n",
    ],
)
def test_cues_with_an_apostrophe_match_either_apostrophe(text):
    s = suggested(text, "Jonas Berg")
    assert s is not None and s.label == "threatening", s


def test_air_defences_repelling_an_attack_by_drones_claim_no_force():
    s = suggested("“Last night air defences repelled an attack by drones over two districts,” Governor Pavel Orlov said.\n", "Pavel Orlov")
    assert s is None or s.label != "hawkish", s


def test_a_cue_in_a_relative_clause_about_someone_newly_named_is_not_the_actors():
    # "stand down" is the new chief's order, not the president's
    s = suggested("President Ivan Kolar vowed to stand firm and named a new army chief, who immediately ordered the troops "
                  "to stand down.\n", "Ivan Kolar")
    assert s is not None and s.label == "hawkish", s


def test_against_after_a_noun_is_no_negation():
    s = suggested("“Attacks against schools are unacceptable,” opposition leader Nora Kale said.\n", "Nora Kale")
    assert s is not None and s.label == "hawkish", s


def test_warning_against_a_step_still_negates_it():
    s = suggested("Foreign Minister Ada Lind warned against any escalation and urged both sides to refrain from retaliation.\n", "Ada Lind")
    assert s is not None and s.label == "cautious", s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # the other side's act called a bid to wreck the state: an accusation
        ("The Malian army described the raid as an attempt to “sabotage” the reforms.\n", "Malian army", "hawkish"),
        ("Interior Minister Omar Dahl said the gang's raid was a plot to overthrow the government.\n", "Omar Dahl", "hawkish"),
        # the speaker's own aim to bring the government down: a threat
        ("“We intend to overthrow the government by means of cyberattack,” wrote gang leader Ivo Brandt.\n", "Ivo Brandt", "threatening"),
    ],
)
def test_aims_to_bring_down_the_state(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_saying_another_wants_to_overthrow_the_government_is_no_threat_of_ones_own():
    s = suggested("Interior Minister Omar Dahl said the gang wants to overthrow the government.\n", "Omar Dahl")
    assert s is None or s.label != "threatening", s


def test_asking_another_to_reverse_a_decision_is_an_appeal_but_sharpening_ones_own_fight_is_not():
    s = suggested("Foreign Minister Lea Sand asked the bloc to reconsider its decision on the border.\n", "Lea Sand")
    assert s is not None and s.label == "cautious", s
    s = suggested("Colonel Idris Wen urged the commanders to rethink strategies against the insurgents. “Wake up, officers, "
                  "we have battles to win,” he said.\n", "Idris Wen")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("“Most of their commanders are abroad, and we will reach them as well,” General Amos Kerr said.\n", "Amos Kerr", "threatening"),
        ("“We urge the population that everything goes back to normal,” Defence Minister Tomas Varga said.\n", "Tomas Varga", "cautious"),
    ],
)
def test_reaching_the_other_side_anywhere_and_asking_for_normal_life(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_rescuers_who_will_reach_the_missing_threaten_no_one():
    s = suggested("“We will reach them soon,” rescue chief Amos Kerr said of the missing miners.\n", "Amos Kerr")
    assert s is None or s.label != "threatening", s
