"""A short report that names one country once, and no place or nationality of another, happens
there: an officer of a body it names without a nation ("Army branch commander X") is of that
country; one that names two countries leaves him unsaid."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.sole_country import sole_country

from .test_attribution import analyse


def test_sole_country_is_the_one_country_named():
    gaz = load_gazetteer()
    assert sole_country(["Zambia’s", "Kasama"], gaz) == "Zambia"
    assert sole_country(["Zambian", "Kasama"], gaz) == "Zambia"
    assert sole_country(["Russian", "Kyiv"], gaz) == ""  # two countries: the attacker's and the place's
    assert sole_country(["Melija"], gaz) == ""


def test_an_army_officer_of_a_story_naming_one_country_once_is_of_that_country():
    text = ("At least four fishermen were killed on Friday when gunmen raided a camp in Zambia’s Luapula province, "
            "local officials said.\n\nArmy sector commander Joseph Mwansa Banda said the raiders fled on boats "
            "before troops arrived.\n")
    _srcs, d = analyse(text)
    banda = d.actors.get(d.actors.resolve("Joseph Mwansa Banda"))
    assert banda is not None and banda.affiliation.split(", ")[-1] == "Zambia"


def test_an_army_officer_of_a_story_naming_two_countries_is_unsaid():
    text = ("At least four fishermen were killed on Friday when Congolese gunmen raided a camp in Zambia’s Luapula "
            "province, local officials said.\n\nArmy sector commander Joseph Mwansa Banda said the raiders fled on "
            "boats before troops arrived.\n")
    _srcs, d = analyse(text)
    banda = d.actors.get(d.actors.resolve("Joseph Mwansa Banda"))
    assert banda is not None and banda.affiliation == ""


def test_a_state_body_named_without_a_nation_is_of_the_one_country_named():
    one = "Gunmen attacked two fishing boats on Lake Mweru in northern Zambia on Friday.\n\nThe Department of Fisheries said three crew members were missing.\n"
    two = ("Gunmen attacked two fishing boats on Lake Mweru on Friday, Zambia said, blaming Congolese militias.\n\n"
           "The Department of Fisheries said three crew members were missing.\n")
    _srcs, d = analyse(one)
    assert d.actors.get(d.actors.resolve("Department of Fisheries")).affiliation == "Zambia"
    _srcs, d = analyse(two)
    assert d.actors.get(d.actors.resolve("Department of Fisheries")).affiliation == ""



def test_an_attackers_nationality_alone_names_no_country_of_the_story():
    text = ("Russian drones hit the power grid overnight, cutting electricity to 200,000 homes.\n\n"
            "Army spokesman Oleksiy Hromenko said air defences shot down 30 of 45 drones.\n")
    _srcs, d = analyse(text)
    assert d.actors.get(d.actors.resolve("Oleksiy Hromenko")).affiliation != "Russia"
