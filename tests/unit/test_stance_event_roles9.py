"""Stance from the actor's role in an event the analysis finds (issue 16), on invented sentences
of conflicts other than the development set's: the agent of an airspace violation, a weapons
test or a bombing shows force; who intercepts or spots the intruder does not; a party agreeing
to a truce concedes; the speaker's own side doing an attack, in a quote, is its claim; a denial
is said, never read in what the narrator says the actor did."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import load_lexicon, parse_lexicon

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("The Eritrean Air Force violated Ethiopian airspace near Zalambessa on Tuesday.\n", "Eritrean Air Force",
         "airspace violation"),
        ("Algeria test-fired a new ballistic missile from a base in the Sahara on Monday.\n", "Algeria", "weapons test"),
    ],
)
def test_the_agent_of_a_violation_or_a_test_showed_force(text, name, kind):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s
    assert s.reason.startswith(f"an act of force ({kind})"), s.reason


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Ethiopian Air Force intercepted the Eritrean jets over Zalambessa on Tuesday.\n", "Ethiopian Air Force"),
        ("The Ethiopian Air Force spotted two Eritrean drones over Zalambessa on Tuesday.\n", "Ethiopian Air Force"),
    ],
)
def test_who_intercepts_or_spots_the_intruder_shows_no_force(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_a_party_accepting_a_truce_made_a_concession():
    s = suggested("The Oromo Liberation Army accepted the ceasefire on Sunday after weeks of fighting in Ethiopia.\n",
                  "Oromo Liberation Army")
    assert s is not None and s.label == "cautious" and s.reason.startswith("an agreement (ceasefire or agreement)"), s


def test_the_speakers_side_attacking_in_a_quote_is_its_claim_of_force():
    text = "“Our fighters hijacked an Omani cargo ship off the Somali coast at dawn,” commander Abdi Warsame told reporters.\n"
    s = suggested(text, "Abdi Warsame")
    assert s is not None and s.label == "hawkish", s
    assert s.reason.startswith("a claim of its own side's use of force"), s.reason


@pytest.mark.parametrize(
    "text,name",
    [
        ("“My daughter was at school in Kidal during the airstrike,” said Aminata Traore, a mother of three.\n", "Aminata Traore"),
        ("“They hijacked an Omani cargo ship off the Somali coast at dawn,” port official Abdi Warsame told reporters.\n",
         "Abdi Warsame"),
    ],
)
def test_an_attack_not_done_by_the_speakers_side_is_no_claim(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_a_denial_is_said_not_read_in_what_the_actor_did():
    did = suggested("The Moroccan Navy intercepted the boats in accordance with international rules on Friday.\n", "Moroccan Navy")
    assert did is None or did.label != "denial", did
    said = suggested("A spokesman for the Moroccan Navy said the boats were stopped in accordance with international rules.\n",
                     "Moroccan Navy")
    assert said is not None and said.label == "denial", said


def test_not_triggers_and_said_come_from_the_cue_file():
    lex = parse_lexicon({"force": {"label": "hawkish", "events": ["airspace_violation"], "not_triggers": ["intercept*"], "cues": []},
                         "deny": {"label": "denial", "said": True, "cues": ["denied"]}})
    assert lex.events["airspace_violation"][0] == "hawkish"
    assert lex.not_triggers["force"][0].search("intercepted") and not lex.not_triggers["force"][0].search("violated")
    assert lex.said == {"deny"}
    shipped = load_lexicon()
    assert {"airspace_violation", "weapons_test", "ceasefire_or_agreement"} <= set(shipped.events)


# Keeping, brokering or watching over a truce, and wanting peace (CAMEO 03-04, 08).
@pytest.mark.parametrize(
    "text,name",
    [
        ("On Monday President Ana Ruiz ordered the army to abide by the truce in the northern provinces.\n", "Ana Ruiz"),
        ("Commander Idris Bello stepped in to broker a truce between the two militias in Gao.\n", "Idris Bello"),
        ("President Ana Ruiz has insisted she wants peace with the northern rebels.\n", "Ana Ruiz"),
        ("Colonel Amadou Sissoko said ceasefire monitors from the regional bloc were being sent to Gao.\n", "Amadou Sissoko"),
    ],
)
def test_keeping_or_brokering_a_truce_is_cautious(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "cautious" and s.reason.startswith("support for a truce or peace"), s


def test_another_sides_breach_of_a_truce_is_no_support_for_it():
    s = suggested("General Tomas Vell said the rebels did not respect the truce around Gao.\n", "Tomas Vell")
    assert s is None or s.label != "cautious", s


def test_each_of_two_named_subjects_with_titles_is_an_agent():
    text = "President Ana Ruiz and rebel leader Tomas Vell accuse each other of launching attacks around Gao.\n"
    for name in ("Ana Ruiz", "Tomas Vell"):
        s = suggested(text, name)
        assert s is not None and s.label == "hawkish" and s.reason.startswith("an accusation"), (name, s)


def test_a_name_inside_a_longer_lowercase_phrase_is_no_agent():
    text = "President Ana Ruiz and the rebels loyal to Tomas Vell accuse each other of launching attacks around Gao.\n"
    s = suggested(text, "Tomas Vell")
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name,label_ok",
    [
        ("“There was a short exchange of fire before we captured it,” commander Yusuf Dahir said of the Omani dhow.\n",
         "Yusuf Dahir", True),
        ("“Our men stormed the base at dawn,” rebel commander Idris Bello told reporters in Gao.\n", "Idris Bello", True),
        ("“They stormed the base at dawn,” Mayor Lena Hart told reporters in Gao.\n", "Lena Hart", False),
    ],
)
def test_taking_a_ship_or_a_place_is_a_claim_of_force_only_by_its_own_side(text, name, label_ok):
    s = suggested(text, name)
    claimed = s is not None and s.label == "hawkish" and s.reason.startswith("a claim of its own side's use of force")
    assert claimed is label_ok, s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Kenyan police shot dead three protesters in Nairobi on Tuesday.\n", "Kenyan police"),
        ("Eritrean troops attack Ethiopian border post near Zalambessa\n\nThe attack began at dawn.\n", "Eritrean troops"),
    ],
)
def test_shooting_people_dead_or_a_headlines_present_is_an_attack(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an attack"), s


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Estonian Air Force shot down two drones over Tartu on Tuesday.\n", "Estonian Air Force"),
        pytest.param("Estonian air defences shot down two drones over Tartu on Tuesday.\n", "Estonian air defences",
                     marks=pytest.mark.xfail(strict=True, reason="defect: 'Estonian air defences' is found as no actor at all")),
    ],
)
def test_air_defences_shooting_down_drones_is_still_no_attack(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_the_same_force_bombing_villages_is_an_attack():
    # The control of the test above: the same agent and verb frame with villages as the object.
    s = suggested("The Estonian Air Force bombed two villages near Tartu on Tuesday.\n", "Estonian Air Force")
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an attack"), s
