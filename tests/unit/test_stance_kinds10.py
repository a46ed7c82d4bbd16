"""Stance suggestions for kinds of statement seen on unseen topics (issue 16), on invented
sentences about conflicts in none of the development texts: acts of force found by the events
lexicon's trigger verbs, in what the actor did and in what it says its own side did."""

from __future__ import annotations

import pytest

from annotate.event_types import load_event_types
from annotate.nlp.event_cues import event_verbs, sentence_fits
from annotate.nlp.inflection import verb_forms

from .test_stance import suggested


def test_verb_forms_cover_regular_and_irregular_pasts():
    assert {"bombarded", "bombarding", "bombards"} <= set(verb_forms("bombard"))
    assert "struck" in verb_forms("strike") and "shelled" in verb_forms("shell") and "rammed" in verb_forms("ram")


def test_event_verbs_come_from_the_events_lexicon_and_need_their_context():
    verbs = {v.lemma: v for v in event_verbs(load_event_types(), ["shelling_or_missile_attack", "armed_clash"])}
    assert "bombard" in verbs and "ambush" in verbs
    assert sentence_fits("The army bombarded the rebels near the river.", verbs["bombard"].fits)
    assert not sentence_fits("The board fired the minister on Monday.", verbs["fire"].fits)


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Bolivian army said it had bombarded the rebels in the Chapare region on Monday.\n", "Bolivian army"),
        ("The Nepalese army said its troops had repelled an attack by the rebels near Dang.\n", "Nepalese army"),
        ("“Our forces ambushed the insurgents near the river,” the Paraguayan army said.\n", "Paraguayan army"),
    ],
)
def test_an_act_of_force_the_speaker_says_its_side_did_is_hawkish(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s
    # (or the attack itself, where the event finder reads the verb as one: "bombarded" is a
    # shelling since the sixteenth session)
    assert s.reason.startswith(("a claim of its own side's use of force", "an attack (")), s.reason


@pytest.mark.parametrize(
    "text,name",
    [
        # the other side as the subject, a toll, a noun of the same spelling, a passive
        ("The Bolivian army said the rebels had bombarded a border post near Yacuiba.\n", "Bolivian army"),
        ("The Bolivian army said two soldiers were killed in an attack on their post near Yacuiba.\n", "Bolivian army"),
        ("Uruguay denied any involvement in the attacks on the border post, its foreign ministry said.\n", "Uruguay"),
        ("“Our post was attacked at dawn by the rebels,” the Paraguayan army said.\n", "Paraguayan army"),
        ("Prisoners in Bolivia fought each other with knives in a riot, the Bolivian police said.\n", "Bolivian police"),
        ("Fiji said Tongan troops had attacked its border posts and killed three soldiers.\n", "Fiji"),
    ],
)
def test_force_the_speakers_side_did_not_do_is_no_claim(text, name):
    s = suggested(text, name)
    assert s is None or not s.reason.startswith("a claim of its own side's use of force"), s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # answering with force is an attack, whatever the verb of answering
        ("The Fijian army retaliated with artillery shelling after rebels attacked a post near Nadi.\n", "Fijian army", "hawkish"),
        # readiness for a truce, in words or told with a copula; refused, it is no concession
        ("The Tongan Liberation Army has affirmed its availability for a truce.\n", "Tongan Liberation Army", "cautious"),
        ("The Tongan rebels are ready to observe a ceasefire, a spokesman said on Sunday.\n", "Tongan rebels", "cautious"),
        ("The Tongan Liberation Army is not willing to respect the truce.\n", "Tongan Liberation Army", "hawkish"),
        # an attack put down to private causes denies the state's part in it
        ("Tonga said the attack was motivated by personal reasons.\n", "Tonga", "denial"),
        ("The Samoan police said the shooting was the result of a family feud, not a political act.\n", "Samoan police", "denial"),
        # laying the responsibility on the other side is an accusation
        ("All responsibility for the attack lies with Tonga, the Fijian foreign ministry said.\n", "Fijian foreign ministry", "hawkish"),
        ("The Fijian foreign ministry said it held Tonga fully responsible for the raid.\n", "Fijian foreign ministry", "hawkish"),
        # a warning of one's own force, or force promised to whoever dares, is a threat ...
        ("The Fijian army warned that they would respond with force if Tonga dared to violate its sovereignty.\n", "Fijian army",
         "threatening"),
        ("“We warn anyone who dares to attack our villages,” the Fijian army said.\n", "Fijian army", "threatening"),
        # ... a firm answer promised after readiness is deterrence
        ("“We are ready, but if they cross the line our response will be firm,” the Fijian army said.\n", "Fijian army", "hawkish"),
    ],
)
def test_kinds_of_statement_seen_on_unseen_topics(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_claiming_responsibility_is_no_blame_on_another():
    s = suggested("The Tongan Liberation Army claimed responsibility for the attack on the port.\n", "Tongan Liberation Army")
    assert s is not None and s.reason.startswith("a justification or claim of force"), s


def test_a_disposition_inside_a_quote_is_the_speakers_not_a_named_subjects():
    from annotate.nlp.dispositions import disposed_clauses

    text = "“Tonga is ready to observe a ceasefire,” said Ana Vea. The Fijian army is prepared to retake the town."
    second = text.index("The")
    sents = [(0, second - 1), (second, len(text))]
    got = disposed_clauses(text, sents, [(0, text.index("”") + 1)])
    assert [text[s:e] for s, e, _, _ in got] == ["The Fijian army"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Both attacks were claimed by the Islamic Front in Tonga, a loose formation of armed groups.\n", "Islamic Front"),
        ("The bombing of the depot was carried out by the Tongan Liberation Army, the police said.\n", "Tongan Liberation Army"),
    ],
)
def test_the_agent_of_a_passive_of_an_attack_did_it(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("The survey was carried out by the Tongan Statistics Office last year.\n", "Tongan Statistics Office"),
        ("The attack was not carried out by the Tongan Liberation Army, a spokesman said.\n", "Tongan Liberation Army"),
    ],
)
def test_a_passive_agent_of_no_act_of_force_or_a_negated_one_did_none(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_a_passive_agents_phrase_ends_before_a_place_in_lower_case_words():
    from annotate.nlp.passive_agents import passive_agents

    t = "The convoy was ambushed by rebels in the north. Both attacks were claimed by the Islamic Front in Tonga, officials said."
    assert [t[c:d] for _, _, c, d in passive_agents(t)] == ["rebels", "the Islamic Front in Tonga"]


_BOTH = ("Fiji said on Monday that it was on alert. Tonga said its navy was at sea. Reports said Fiji had shelled "
         "Tonga's border posts, a claim both sides denied as baseless.\n")


@pytest.mark.parametrize("name", ["Fiji", "Tonga"])
def test_a_claim_both_sides_denied_is_a_denial_by_each_side_it_names(name):
    s = suggested(_BOTH, name)
    assert s is not None and s.label == "denial", s


def test_sides_accusing_each_other_together_each_accuse():
    text = ("Fiji said on Monday that it was on alert. Tonga said its navy was at sea. Fiji and Tonga traded fire along "
            "the border. The two governments accused each other of starting the fighting.\n")
    s = suggested(text, "Tonga")
    assert s is not None and s.label == "hawkish", s


def test_a_call_on_both_sides_is_no_clause_said_by_them():
    from annotate.nlp.collective_speakers import collective_clauses

    assert collective_clauses("The envoy urged both sides to show restraint.") == []
    t = "Neither side claimed the attack."
    assert collective_clauses(t) == [(0, len(t))]


def test_a_name_in_apposition_to_the_subject_is_the_clauses_agent():
    s = suggested("On Friday, another group, the Southern Brigade, stepped in to broker a truce between the militias.\n",
                  "Southern Brigade")
    assert s is not None and s.label == "cautious", s


def test_a_vow_to_act_by_force_is_a_threat():
    s = suggested("The Fijian prime minister vowed to “expel by force” any Tongan landing on the reef.\n", "Fijian prime minister")
    assert s is not None and s.label == "threatening", s


def test_a_name_in_apposition_is_an_agent_only_before_a_verb():
    from annotate.nlp.stance import _APPOSED_VERB

    assert _APPOSED_VERB.match(", stepped in to broker a truce") and _APPOSED_VERB.match(", has called for calm")
    assert _APPOSED_VERB.match(", police accused the protesters") is None  # "In the capital, Samoa, police accused ..."
