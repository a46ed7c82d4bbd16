"""Stance suggestions for actors who did something forceful (issue 16): burning, abducting,
shooting, overpowering, attacks kept up or tried, force used in answer; promises of
accountability; the place of a dateline is never the agent of what the story tells."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import in_dateline

from .test_attribution import analyse


def _suggestion(text: str, name: str):
    (src,), d = analyse(text)
    aid = d.actors.resolve(name) or next((a.id for a in d.actors.actors.values() if a.name.lower() == name.lower()), None)
    assert aid is not None, f"no actor {name!r}: {sorted(a.name for a in d.actors.actors.values())}"
    return next((s for s in d.suggestions(src.id) if s.actor_id == aid), None)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarsan Army set fire to the market in Velo on Sunday.\n",
        "The Tarsan Army torched dozens of homes in Velo on Sunday.\n",
        "The Tarsan Army kidnapped three engineers in Velo on Sunday.\n",
        "The Tarsan Army fired several shots at the convoy in Velo on Sunday.\n",
        "The Tarsan Army overwhelmed the police in Velo on Sunday and looted the bank.\n",
        "The Tarsan Army continued to clash with government troops in Velo on Sunday.\n",
        "The Tarsan Army tried to storm the governor's residence in Velo on Sunday.\n",
    ],
)
def test_forceful_deeds_are_hawkish(text):
    s = _suggestion(text, "Tarsan Army")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text",
    [
        # What was done to others, as the actor tells it, is no deed of its own.
        "Three engineers were kidnapped in Velo on Sunday, the Tarsan Army said.\n",
        # A negated act.
        "The Tarsan Army said its fighters would not set fire to any homes.\n",
    ],
)
def test_no_deed_where_the_actor_did_not_do_it(text):
    s = _suggestion(text, "Tarsan Army")
    assert s is None or s.label != "hawkish", s


def test_promising_accountability_is_a_demand():
    s = _suggestion("The Velo Rights League posted a video of officers beating students, promising accountability.\n", "Velo Rights League")
    assert s is not None and s.label == "hawkish" and "accountability" in s.reason, s


def test_an_answer_with_a_means_is_an_act():
    text = ("LIMA, Peru — Protesters marched on the congress building on Friday.\n"
            "Police responded with live ammunition and tear gas at a clinic set up near the stadium.\n")
    s = _suggestion(text, "Peruvian police")
    assert s is not None and s.label == "hawkish" and "responded with" in s.reason, s


def test_an_answer_in_words_is_no_act():
    s = _suggestion("Minister Ivo Marsh responded to the criticism of the budget on Friday.\n", "Ivo Marsh")
    assert s is None or s.label != "hawkish", s


def test_the_dateline_place_is_not_the_agent():
    text = "LIMA, Peru — Armed bandits abducted 30 pupils from a boarding school in Ayacucho on Monday, local officials said.\n"
    gov = _suggestion(text, "Peruvian government")
    assert gov is None or gov.label != "hawkish", gov
    bandits = _suggestion(text, "Peruvian bandits")
    assert bandits is not None and bandits.label == "hawkish", bandits


@pytest.mark.parametrize(
    "text,word,inside",
    [
        ("LIMA, Peru — Armed bandits abducted pupils", "Peru", True),
        ("LIMA, Peru — Armed bandits abducted pupils", "Armed", False),
        ("Varna Town, Oril state - Armed gangs have attacked a school", "Varna", True),
        ("TARSO, Nov. 3 (AP) — Ruritania fired a missile", "TARSO", True),
        ("TARSO, Nov. 3 (AP) — Ruritania fired a missile", "Ruritania", False),
        ("The Front attacked the town, police said.", "Front", False),
    ],
)
def test_in_dateline(text, word, inside):
    assert in_dateline(text.index(word), text) is inside


@pytest.mark.parametrize(
    "text",
    [
        # Members of a body stand for it; the apposition between the subject and its verb is skipped.
        "Members of the Kessa Liberation Front (KLF), a rebel group based in the hills that has sworn loyalty to the "
        "Northern Alliance (NA), attacked a farm school in Varno, burned a dormitory and looted a food store.\n",
        "Fighters loyal to the Kessa Liberation Front torched a police post in Varno on Tuesday.\n",
        "The Kessa Liberation Front, which has fought the army for a decade, kidnapped two engineers in Varno on Tuesday.\n",
    ],
)
def test_members_and_apposed_subjects_did_the_deed(text):
    s = _suggestion(text, "Kessa Liberation Front")
    assert s is not None and s.label == "hawkish", s


def test_the_body_in_an_apposition_did_nothing():
    text = ("Members of the Kessa Liberation Front (KLF), a rebel group backed by the Northern Alliance (NA), "
            "attacked a farm school in Varno on Tuesday.\n")
    s = _suggestion(text, "Northern Alliance")
    assert s is None or s.label != "hawkish", s


def test_what_was_done_to_the_actor_by_another_is_not_its_act():
    text = ("The Tarsian Navy said on Sunday that three of its patrol boats were seized by Lorvania in the strait.\n"
            "The Navy boats were seized by Lorvania near the strait.\n")
    s = _suggestion(text, "Tarsian Navy")
    assert s is None or s.label != "hawkish", s


def test_the_actor_seizing_is_its_act():
    s = _suggestion("The Tarsian Navy seized two Lorvanian trawlers in the strait on Sunday.\n", "Tarsian Navy")
    assert s is not None and s.label == "hawkish", s
