"""Stance cues and rules of session 16, on invented sentences: force used on a crowd, a leader's
decision or promise to answer an attack with force (and its negation), punishing as opposed to a
penalty named, insisting that is no denial unless what is insisted on is negated, help offered
to an investigation (the crime it is about is no accusation), and a name after "<thing> of" that
is neither speaking nor acting."""

from __future__ import annotations

import pytest

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name,label",
    [
        # force used on a crowd
        ("Kelvan police responded with live ammunition and tear gas at a crowd near the stadium.\n", "Kelvan police", "hawkish"),
        # a decision or a promise to answer an attack with force
        ("President Rina Holt authorised the army to respond to the shelling from across the border.\n", "Rina Holt", "hawkish"),
        ("President Rina Holt ordered a military response to the shelling.\n", "Rina Holt", "hawkish"),
        ("Defence Minister Paul Ardan said the army will respond to any attack.\n", "Paul Ardan", "hawkish"),
        # punishing promised, insisting on a negation
        ("Justice Minister Pavel Dorn said the killers would face severe punishment.\n", "Pavel Dorn", "threatening"),
        ("Defence Minister Ivo Marn insisted that the drone was not theirs.\n", "Ivo Marn", "denial"),
        # help offered to an investigation, the crime it is about included
        ("“The Lorvan government will cooperate with the Ostrian authorities as they investigate these criminal acts and hold "
         "accountable any citizen involved,” Foreign Minister Ada Lind said.\n", "Ada Lind", "cautious"),
        ("“Rest assured that we are cooperating with the authorities,” the firm's chief executive Lena Ruud said.\n", "Lena Ruud", "cautious"),
    ],
)
def test_session16_cues(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_negated_decision_is_restraint():
    s = suggested("Defence Minister Paul Ardan said the army decided not to respond to the shelling.\n", "Paul Ardan")
    assert s is None or s.label != "hawkish", s


def test_working_with_allies_against_a_regime_stays_a_demand():
    s = suggested("Foreign Minister Ada Lind said her government would work with allies to hold the regime accountable.\n", "Ada Lind")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("In 2022 the Osk government lifted its moratorium on capital punishment, Justice Minister Pavel Dorn said.\n", "Pavel Dorn"),
        ("Defence Minister Ivo Marn insisted the launch was a routine test.\n", "Ivo Marn"),
    ],
)
def test_no_demand_or_denial_from_a_penalty_named_or_an_assertion(text, name):
    s = suggested(text, name)
    assert s is None or s.label == "neutral", s


def test_a_name_after_a_thing_of_does_not_act():
    assert suggested("The offices of President Tomas Ebbe are located in the old town.\n", "Tomas Ebbe") is None
    # a spokesman of the president speaks for him
    s = suggested("The spokesman of President Tomas Ebbe said the talks would go on.\n", "Tomas Ebbe")
    assert s is not None and s.label == "cautious", s


def test_thing_of():
    from annotate.nlp.stance import _thing_of

    assert _thing_of("The offices of President ")
    assert _thing_of("the home of the late general ")
    assert not _thing_of("Troops of the ")
    assert not _thing_of("The office of the ")
    assert not _thing_of("troops seemed to take control of the government of President ")
    # the phrase starts after the end of the sentence before
    assert not _thing_of("repeated breaches of the agreement. ")


def test_a_deed_after_was_able_to():
    s = suggested("Kelvan troops were able to repel an attack by gunmen on a border post on Monday.\n", "Kelvan troops")
    assert s is not None and s.label == "hawkish", s
    s = suggested("Kelvan troops were not able to repel the attack on the border post.\n", "Kelvan troops")
    assert s is None or s.label != "hawkish", s


def test_able_clauses():
    from annotate.nlp.subject_clauses import subject_clauses

    text = "On Monday, the Lorvan guards managed to seize the boat; the crew fled.\n"
    found = subject_clauses(text, [(0, len(text))], [], lambda a, b: "g" if text[a:b] == "Lorvan guards" else None)
    assert [(aid, text[vs:ve], verb) for aid, _, _, vs, ve, verb in found] == [("g", "seize the boat", "seize")]


@pytest.mark.parametrize("name", ["Norwegian government", "Swedish government", "Finnish government", "Danish government"])
def test_every_body_of_a_listed_subject_urges(name):
    text = ("Norway, the Swedish government, the Finnish government and the Danish government have all criticised the test, "
            "urging Moscow not to ramp up military tensions across the region.\n")
    s = suggested(text, name)
    assert s is not None and s.label == "cautious", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("President Ivo Marn announced that Lorvania had successfully tested its first missile capable of carrying multiple warheads.\n",
         "Ivo Marn"),
        ("“We carried out a successful test of our new hypersonic missile,” General Oskar Brenn said.\n", "Oskar Brenn"),
    ],
)
def test_a_weapons_test_claimed_by_its_side(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


def test_a_weapons_test_told_of_another_side_is_no_claim():
    s = suggested("Defence Minister Aiko Sato said North Korea had test-fired a ballistic missile over the sea.\n", "Aiko Sato")
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Five protesters were shot dead by Kelvan police on Tuesday.\n", "Kelvan police"),
        ("General Ivan Petrov had also been sanctioned by the British government for the use of chemical weapons.\n", "British government"),
    ],
)
def test_the_agent_of_a_passive_of_force_or_coercion(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


def test_passive_agent_after_shot_dead():
    from annotate.nlp.passive_agents import passive_agents

    t = "Two guards were shot dead by gunmen near the gate."
    assert [(t[a:b], t[c:d]) for a, b, c, d in passive_agents(t)] == [("shot dead", "gunmen")]
