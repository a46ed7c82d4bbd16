"""A monarch named with a regnal number ("King Tarek III") is a person, with the number and
without the title, and a monarch's title gives the country of the story as a president's does.
Invented sentences, the real spaCy model."""

from __future__ import annotations

from .test_attribution import analyse


def _people(d):
    return {a.name: a for a in d.actors.actors.values() if a.kind == "person"}


def test_a_nationality_and_a_kings_title_before_a_regnal_name():
    _, d = analyse("King warns rebels\n\nJordanian King Tarek III, speaking after a call with the UN chief, "
                   "said Amman remained committed to a ceasefire.\n")
    assert _people(d)["Tarek III"].affiliation == "Jordan"


def test_a_bare_kings_title_in_a_story_about_one_country():
    _, d = analyse("Clashes continue\n\nFighting is ongoing between Jordanian forces and rebels. King Tarek III said the "
                   "military operation by Jordan's army had enabled trade to resume through the border post.\n")
    assert _people(d)["Tarek III"].affiliation == "Jordan"


def test_names_in_a_list_closed_by_a_place_nouns_plural_are_places():
    _, d = analyse("Rebels attack bases\n\nThe rebel agency said the Kanuri Liberation Army launched intense attacks on "
                   "army bases in the Al Kasra, Tamra, Weldi and Al Nuriyah sectors, resulting in casualties.\n")
    names = {a.name for a in d.actors.actors.values()}
    assert not names & {"Nuriyah", "Al Nuriyah", "Weldi", "Tamra", "Al Kasra"}
