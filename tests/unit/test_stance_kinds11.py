"""Stance suggestions for kinds of statement seen on news of coups, mutinies, border fights and
mediations (session 11), on invented sentences about places and people of no development text:
control asserted or won back, a threat to the state not allowed, calls for calm by mediators,
denials of a part in an act, a plain toll, a news medium's report, a person called again by
the title alone."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import cue_hits, load_lexicon
from annotate.nlp.titled_again import titled_again

from .test_attribution import analyse
from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Beninese government said loyal troops had regained control of the capital.\n", "Beninese government"),
        ("“The situation is under control and the army remains loyal,” Interior Minister Jose Vargas said.\n", "Jose Vargas"),
        ("The Gabonese government announced that the coup attempt had been foiled by loyal forces.\n", "Gabonese government"),
        ("“The mutineers have been defeated and order has been restored,” Defence Minister Paul Abena said.\n", "Paul Abena"),
        ("The Senegalese government said it would not allow armed groups to destabilise the country.\n", "Senegalese government"),
        ("Government spokesman Luis Arce said the authorities would deal forcefully with anyone threatening public order.\n", "Luis Arce"),
        ("The Kenyan Foreign Ministry said it would take all necessary measures to protect its citizens.\n", "Kenyan Foreign Ministry"),
        ("Army chief Samuel Oketch vowed to retake the towns lost to the militia.\n", "Samuel Oketch"),
        ("The Nepalese government sent about 4,000 additional soldiers and police officers to the district.\n", "Nepalese government"),
    ],
)
def test_control_asserted_and_force_promised_by_a_government_is_hawkish(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        # the other side's success, or a passive without the speaker's side, is no claim of control
        ("Mayor Lena Hart said militants had repelled the army assault on the village of Orvik.\n", "Lena Hart"),
        ("Mayor Lena Hart said the rebels had defeated the army near Orvik.\n", "Lena Hart"),
    ],
)
def test_the_other_sides_success_is_no_show_of_force(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("“This agreement is an important first step towards peace,” said mediator Ahmed Saleh.\n", "Ahmed Saleh"),
        ("“We must give peace a chance,” UN Secretary-General Peter Lund told reporters.\n", "Peter Lund"),
        ("Pope Leo called for an end to the violence and prayed for the victims.\n", "Pope Leo"),
        ("The UN envoy, Karin Holm, said the ceasefire must be respected by all.\n", "Karin Holm"),
        ("UN envoy Karin Holm said she was encouraged by the progress made in Geneva.\n", "Karin Holm"),
        ("Deputy Prime Minister Aziz Karimov travelled to the border town to defuse the tension.\n", "Aziz Karimov"),
        ("President Tomas Varga and his neighbour spoke by telephone and agreed to meet in June.\n", "Tomas Varga"),
    ],
)
def test_calls_for_calm_and_steps_towards_peace_are_cautious(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "cautious", s


def test_this_is_only_the_first_step_of_a_campaign_is_no_step_towards_peace():
    s = suggested("“This attack is only the first step,” the rebel commander Musa Bello said.\n", "Musa Bello")
    assert s is None or s.label != "cautious", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("A spokesman for the group, Omar Aziz, said the group was not responsible for the attack.\n", "Omar Aziz"),
        ("Spokesman Omar Aziz said the reports were completely false.\n", "Omar Aziz"),
        ("Spokesman Omar Aziz said there was no truth in the reports.\n", "Omar Aziz"),
        ("Spokesman Omar Aziz said the group did not carry out the bombing.\n", "Omar Aziz"),
        ("Spokesman Omar Aziz said the party had no involvement in the plot.\n", "Omar Aziz"),
    ],
)
def test_denying_a_part_in_an_act_or_the_truth_of_a_report_is_a_denial(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "denial", s


@pytest.mark.parametrize(
    "text",
    [
        "Army spokesman Colonel Jean Mba said five attackers were killed and two soldiers wounded.\n",
        "“Five militants were killed and three soldiers wounded,” army spokesman Colonel Jean Mba said.\n",
    ],
)
def test_a_plain_toll_is_neutral(text):
    s = suggested(text, "Jean Mba")
    assert s is not None and s.label == "neutral", s


def test_fighters_neutralised_are_the_words_of_the_side_that_did_it():
    s = suggested("“Several assailants were neutralised,” army spokesman Colonel Jean Mba said.\n", "Jean Mba")
    assert s is not None and s.label == "hawkish", s


def test_protest_notes_suspended_cooperation_and_threatened_intervention():
    (src,), d = analyse("Kyrgyzstan's border service said it had handed a note of protest to the Tajik side.\n")
    assert any(s.label == "hawkish" and "protest" in s.reason for s in d.suggestions(src.id)), d.suggestions(src.id)
    lex = load_lexicon()
    hits = cue_hits("The bloc suspended all cooperation with Ruritania and threatened military intervention.", lex)
    assert {h.label for h in hits} == {"hawkish", "threatening"}, hits  # not the cooperation's "cautious"


def test_what_a_news_medium_reports_is_no_act_of_its_own():
    (src,), d = analyse("The army seized the state broadcaster in Tamara on Tuesday, Meridian News reported.\n")
    got = [s for s in d.suggestions(src.id) if s.actor_id == "meridian-news"]
    assert got and all(s.label == "neutral" for s in got), d.suggestions(src.id)


def _titled(text):
    (src,), d = analyse(text)
    return [(text[s:e], aid) for s, e, aid in titled_again(text, d.analyses[src.id], lambda s, e: d.actors.at(src.id, s, e))], d, src


def test_a_person_called_again_by_the_title_alone_is_that_person():
    text = "UN envoy Karin Holm met both leaders on Monday. The envoy urged the two sides to exercise restraint.\n"
    refs, d, src = _titled(text)
    assert refs == [("The envoy", "karin-holm")]
    s = next(s for s in d.suggestions(src.id) if s.actor_id == "karin-holm")
    assert s.label == "cautious", s
    refs, _, _ = _titled("Paul Abena, the defence minister, spoke on Monday. The minister said the army would crush the mutiny.\n")
    assert refs == [("The minister", "paul-abena")]


@pytest.mark.parametrize(
    "text",
    [
        # two persons with that title: the phrase could be either's
        "UN envoy Karin Holm and Russian envoy Ivan Petrov met in Oslo. The envoy said the talks would go on.\n",
        # a title word that is not the person's ("the Russian envoy" after "UN envoy Karin Holm")
        "UN envoy Karin Holm met Ivan Petrov in Oslo. The Russian envoy said the talks would go on.\n",
        # a person named with no title ("met Paul Abena") bears none
        "Karin Holm met Paul Abena in Oslo. The president said the talks would go on.\n",
    ],
)
def test_a_title_is_no_reference_where_it_could_be_another(text):
    refs, _, _ = _titled(text)
    assert refs == [], refs
