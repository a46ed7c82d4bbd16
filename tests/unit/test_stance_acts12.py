"""Stance suggestions from what actors do (session 12), on invented sentences: a group named by
nationality and a noun of armed men that the parse gives no clause ("border guards killed two
smugglers") is the agent of the force its verb tells; the parties of an agreement reached or
signed are cautious, each of a coordinated subject; rejecting talks is no intent to talk; fire
answered, claimed by the side that answered it; a verb coordinated with one whose subject is
another side tells what that side did, in the speaker's quote."""

from __future__ import annotations

import pytest

from annotate.nlp.subject_clauses import subject_clauses

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name",
    [
        ("Algerian border guards killed two smugglers near the frontier with Mali on Sunday.\n", "Algerian border guards"),
        ("Peruvian soldiers clashed with drug traffickers in the valley on Friday.\n", "Peruvian soldiers"),
        ("Senegalese coast guards seized three fishing boats off the coast on Monday.\n", "Senegalese coast guards"),
        # a time phrase before the subject, a clause told by witnesses
        ("On Tuesday, Kenyan police officers shot dead three suspected robbers in Mombasa.\n", "Kenyan police"),
        ("Witnesses said Ugandan soldiers fired on the crowd.\n", "Ugandan soldiers"),
    ],
)
def test_an_armed_group_named_by_nationality_that_uses_force_is_hawkish(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s
    assert "what the actor did" in s.reason, s.reason


@pytest.mark.parametrize(
    "text,name",
    [
        # killed, not killing: a passive, a participle of a reduced relative
        ("Nepalese soldiers were killed in an ambush near the border on Monday.\n", "Nepalese soldiers"),
        ("Nepalese soldiers killed in the ambush were buried on Monday.\n", "Nepalese soldiers"),
    ],
)
def test_soldiers_who_were_killed_did_no_act_of_force(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_a_clause_is_read_from_the_subject_right_before_its_verb():
    text = "Nepalese soldiers killed in the ambush were buried. Moldovan troops shelled the village; rebels fled.\n"
    sents = [(0, 50), (51, len(text) - 1)]
    spans = {(text.index("Nepalese"), text.index("Nepalese") + 17): "np", (text.index("Moldovan"), text.index("Moldovan") + 15): "md"}
    found = subject_clauses(text, sents, [], lambda a, b: spans.get((a, b)))
    assert [(aid, verb, text[vs:ve]) for aid, _, _, vs, ve, verb in found] == [("md", "shelled", "shelled the village")]


@pytest.mark.parametrize(
    "text,names",
    [
        ("Sudanese troops and Chadian rebels signed a ceasefire in Doha on Tuesday.\n", ["Sudanese military", "Chadian rebels"]),
        ("Kenya and Somalia reached an agreement on joint border patrols on Monday.\n", ["Kenya"]),
        ("The Bolivian government finalised a deal with the miners' union on Monday.\n", ["Bolivian government"]),
    ],
)
def test_the_parties_of_an_agreement_reached_or_signed_are_cautious(text, names):
    for name in names:
        s = suggested(text, name)
        assert s is not None and s.label == "cautious", (name, s)


def test_rejecting_talks_is_no_intent_to_talk():
    s = suggested("“We reject any talks with the junta,” rebel spokesman Karim Musa said.\n", "Karim Musa")
    assert s is not None and s.label == "hawkish", s


def test_fire_answered_claimed_by_the_side_that_answered_is_hawkish():
    s = suggested("The Tunisian army said it retaliated against gunfire from across the border.\n", "Tunisian army")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text",
    [
        "“The Georgians seized our boat and expelled our crew,” Russian envoy Pavel Sokolov said.\n",
        "“Georgia seized our boat,” Russian envoy Pavel Sokolov said.\n",
    ],
)
def test_what_the_other_side_seized_in_a_quote_is_no_act_of_the_speaker(text):
    s = suggested(text, "Pavel Sokolov")
    assert s is None or s.label != "hawkish", s


def test_a_coordinated_verb_of_the_speakers_side_is_its_act():
    s = suggested("The Cuban navy said it had detained six fishermen and seized two trawlers in its waters.\n", "Cuban navy")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Another source said the Malian army counter-attacked, repelling the assailants.\n", "Malian army"),
        ("The Malian army retaliated.\n", "Malian army"),
        ("The Nigerian army said that its forces had destroyed three rebel camps in the forest.\n", "Nigerian army"),
        # the other side's claims called baseless beside force promised: force, not a denial
        ("“These accusations are baseless. Our forces will crush the rebels,” Defence Minister Ahmed Nur said.\n", "Ahmed Nur"),
    ],
)
def test_force_answered_claimed_or_promised_is_hawkish(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


def test_a_heading_of_soldiers_killed_is_no_act_of_theirs():
    text = "Four Malian soldiers killed\n"
    assert subject_clauses(text, [(0, len(text) - 1)], [], lambda a, b: "ml" if text[a:b] == "Four Malian soldiers" else None) == []
