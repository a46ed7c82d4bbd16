"""Stance from what an actor did and said it did, on any conflict (issue 16): the agent of an
event the analysis finds, checked on invented sentences of other conflicts."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import load_lexicon, parse_lexicon

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name",
    [
        ("Eritrea fired artillery shells at the Ethiopian border town of Zalambessa on Monday.\n", "Eritrea"),
        ("The Sovan Liberation Front ambushed a military convoy near Zalambessa in Ethiopia on Monday.\n",
         "Sovan Liberation Front"),
    ],
)
def test_the_agent_of_an_attack_the_analysis_finds_did_a_deed_of_force(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an attack"), s


def test_a_negated_attack_is_no_deed():
    s = suggested("Eritrea did not fire artillery shells at the Ethiopian border town of Zalambessa on Monday.\n", "Eritrea")
    assert s is None or s.label != "hawkish", s


def test_the_event_types_of_a_class_come_from_the_cue_file():
    lex = parse_lexicon({"force": {"label": "hawkish", "act": "an attack", "weight": 1.25,
                                   "events": ["armed_clash"], "cues": ["struck"]}})
    assert lex.events == {"armed_clash": ("hawkish", "an attack", 1.25, "force")}
    assert "armed_clash" in load_lexicon().events


# Fighting (CAMEO 19), sending forces and emergency rule (CAMEO 15, 17) in what the actor did.
@pytest.mark.parametrize(
    "text,name,act",
    [
        ("Commander Idris Bello ambushed a police patrol near the river crossing.\n", "Idris Bello", "an attack"),
        ("President Ana Ruiz declared a state of emergency in the two northern provinces on Monday.\n", "Ana Ruiz",
         "an act of coercion"),
        ("Interior Minister Karel Dobos imposed a curfew on the capital after the riots.\n", "Karel Dobos", "an act of coercion"),
        ("Defence Minister Piet Smal deployed fighter jets to the northern border on Friday.\n", "Piet Smal", "an act of coercion"),
    ],
)
def test_fighting_sending_forces_and_emergency_rule_are_hawkish(text, name, act):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith(act), s


# Fighting off the other side or retaking ground, claimed by its own side.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Colonel Amadou Sissoko said his troops repelled the attackers at the garrison of Lerabe overnight.\n", "Amadou Sissoko"),
        ("General Tomas Vell said the army had recaptured the town of Orvik from the insurgents.\n", "Tomas Vell"),
    ],
)
def test_repelling_or_retaking_claimed_by_ones_own_side_is_hawkish(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("a claim of its own side's use of force"), s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Mayor Lena Hart said the rebels recaptured the town of Orvik on Monday.\n", "Lena Hart"),
        ("Mayor Lena Hart said militants had repelled the army assault on the village of Orvik.\n", "Lena Hart"),
        ("President Paul Renard fired his chief of staff on Monday.\n", "Paul Renard"),
    ],
)
def test_what_the_other_side_won_or_a_dismissal_is_no_force_of_the_speakers(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


# Naming the other side the enemy, occupiers, or its act a terrorist or criminal one, in one's own words.
@pytest.mark.parametrize(
    "text,name",
    [
        ("“The enemy shelled our positions near the pass all night,” Colonel Ivo Brandt said.\n", "Ivo Brandt"),
        ("“Those responsible for this criminal act will face the full weight of the law,” Interior Minister Rosa Ibarra said.\n",
         "Rosa Ibarra"),
        ("“The occupiers must leave the valley of Kessar,” said rebel commander Idris Mahamat.\n", "Idris Mahamat"),
    ],
)
def test_calling_the_other_side_the_enemy_or_its_act_criminal_is_an_accusation(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), s


def test_a_survivor_telling_of_a_terrorist_attack_accuses_no_one():
    s = suggested("“A terrorist attack hit our village and my brother was killed,” said Amina Sule, a resident of Tanout.\n",
                  "Amina Sule")
    assert s is None or s.label != "hawkish", s


def test_calling_the_other_side_terrorists_is_an_accusation():
    s = suggested("“The terrorists who burned the school will answer for it,” Governor Bala Yusuf said.\n", "Bala Yusuf")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), s
