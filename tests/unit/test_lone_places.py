"""A lone town of a country the text never names (a militia or clan named like a town abroad) does not
decide where the story happens when the text names other countries. Invented name lists (the GPE, LOC
and NORP entity texts of an article), the real gazetteer."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.lone_places import lone_foreign_places
from annotate.roles import main_country, story_country

GAZ = load_gazetteer()


def test_a_militia_named_like_a_town_abroad_does_not_move_the_story_abroad():
    # a Malian story whose militia shares the name of an Italian town, written three times
    names = ["Malian", "Lecco", "Lecco", "Mali", "Lecco", "Timbuktu", "Timbuktu"]
    assert lone_foreign_places(names, GAZ) == {"Lecco"}
    assert main_country(names, GAZ) != "Italy" and story_country(names, GAZ) == "Mali"
    # the town alone against a country named once: no story country rather than the town's
    assert story_country(["Lecco", "Lecco", "Lecco", "Mali"], GAZ) == ""


def test_a_town_counts_when_its_country_is_named_or_it_is_not_alone_or_no_country_is_named():
    assert story_country(["Italy", "Lecco", "Lecco", "Lecco", "Malian"], GAZ) == "Italy"
    # two places of one country never named: the story's country ("Quetta", "Balochistan")
    assert lone_foreign_places(["Quetta", "Balochistan", "Afghan"], GAZ) == set()
    # no country named at all: the town is the only clue there is
    assert lone_foreign_places(["Tarbes", "Tarbes", "Tarbes"], GAZ) == set()
    assert main_country(["Tarbes", "Tarbes", "Tarbes"], GAZ) == "France"
