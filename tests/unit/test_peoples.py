"""A people's name is no one's name: the model tags "Yazidi" of "Yazidi elders" or "the Bedouin"
as a person; bluf reads them as a people (NORP) and the phrase they head as a collective actor
of the story's country, while a person whose family name is a people's ("Amna Baloch") stays a
person."""

from __future__ import annotations

import pytest

from annotate.peoples import is_people

from .test_attribution import actor, analyse, who


@pytest.mark.parametrize("text, people", [
    ("Druze", True), ("the Bedouin", True), ("Fulani's", True), ("Yazidis", True),
    ("Amna Baloch", False), ("Kurdistan", False), ("druze", False), ("Karen", False),
])
def test_a_peoples_name_alone_is_a_people(text, people):
    assert is_people(text) is people


def test_elders_of_a_people_who_speak_are_a_collective_actor_not_a_person():
    src, d = analyse(
        "Clashes in northern Iraq\n\nERBIL, March 2 (Reuters) - Clashes killed 12 people near Sinjar on Sunday.\n\n"
        "\"We will not leave our villages,\" Yazidi elders said. The Turkmen minority said it feared reprisals.\n")
    assert who(d, src[0], "not leave our villages") == "Yazidi elders"
    elders = actor(d, "Yazidi elders")
    assert elders.kind == "organization"
    assert actor(d, "Yazidi") is None or actor(d, "Yazidi").kind != "person"
    assert actor(d, "Turkmen minority") is not None
    ents = {e.text: e.label for e in d.analyses[src[0].id].entities}
    assert ents.get("Yazidi") != "PERSON" and ents.get("Turkmen") != "PERSON"


def test_a_person_with_a_peoples_family_name_stays_a_person():
    src, d = analyse(
        "Blast in Quetta\n\nQUETTA, March 2 (Reuters) - A blast killed four people in Quetta on Sunday.\n\n"
        "\"The attackers will be found,\" said police spokeswoman Sana Baloch.\n")
    assert who(d, src[0], "attackers will be found") == "Sana Baloch"
    assert actor(d, "Sana Baloch").kind == "person"
