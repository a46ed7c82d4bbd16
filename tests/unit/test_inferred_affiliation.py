"""The last back-off for an affiliation: a group, outlet or person introduced by what they are, with
no country of their own, is of the one country their articles happen in; the inference is recorded.
Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.inferred_affiliation import infer_affiliations, introduced_locally
from annotate.models import Actor

from .test_attribution import actor, analyse


_CHAD = (
    "Gunmen attack power station in Chad\n\n"
    "Gunmen attacked a power station near Mongo in central Chad on Monday, killing four guards, Chadian "
    "officials said. Troops were sent from Abeche and N'Djamena.\n\n"
)
_PERU = (
    "Gunmen attack mine in Peru\n\n"
    "Gunmen attacked a gold mine near Pataz in northern Peru on Monday, killing four guards, Peruvian "
    "officials said. Troops were sent from Trujillo and Lima.\n\n"
)


def test_a_person_introduced_by_what_they_are_takes_the_country_the_story_happens_in():
    _, d = analyse(_CHAD + "“We heard shooting for an hour,” said Idriss Mahamat, an engineer at the station.\n")
    a = actor(d, "Idriss Mahamat")
    assert a is not None and a.affiliation == "Chad"
    assert a.id in d.resolver.inferred and d.resolver.inferred[a.id][0] == "Chad"  # recorded as inferred


def test_a_person_named_without_saying_what_they_are_is_not_given_a_country():
    _, d = analyse(_CHAD + "“We heard shooting for an hour,” said Hassan Ali Saleh.\n")
    a = actor(d, "Hassan Ali Saleh")
    assert a is not None and a.kind == "person" and a.affiliation == ""


def test_a_general_or_a_minister_is_left_to_the_office_rules():
    _, d = analyse(_PERU + "“The attackers will be found,” General Tomas Quiroga said.\n")
    a = actor(d, "Tomas Quiroga")
    assert a is not None and a.affiliation == ""
    assert not introduced_locally(["Interior Minister"]) and not introduced_locally(["army spokesman"])
    assert introduced_locally(["police chief"]) and introduced_locally(["a released hostage"])
    assert not introduced_locally(["", " "])


def test_an_actor_named_in_stories_of_two_countries_is_not_given_either():
    one = _CHAD + "“We heard shooting for an hour,” said Ana Ruiz, an engineer at the station.\n"
    two = _PERU + "“We heard shooting for an hour,” said Ana Ruiz, an engineer at the mine.\n"
    _, d = analyse(one, two)
    a = actor(d, "Ana Ruiz")
    assert a is not None and a.affiliation == ""


def test_an_alias_file_actor_keeps_its_own_affiliation_not_the_story_country():
    # A transnational group is its own side in the alias file, never the country an article
    # happens in (a new user's Moscow story made the Islamic State Russian).
    _, d = analyse(_CHAD + "The Islamic State claimed the attack in a statement on Tuesday.\n")
    a = actor(d, "Islamic State")
    assert a is not None and a.affiliation == "Islamic State"
    _, d = analyse(_CHAD + "ISIS-K claimed the attack in a statement on Tuesday.\n")
    k = actor(d, "ISIS-K")
    assert k is not None and k.name == "Islamic State Khorasan Province" and k.affiliation == "Islamic State"


def test_infer_affiliations_wants_one_country_over_every_article():
    actors = {
        "a": Actor("a", "Alpha Group", "organization"),
        "b": Actor("b", "Beta Co", "organization"),
        "c": Actor("c", "Gamma", "government"),
        "d": Actor("d", "Delta", "organization", "Norway"),
        "e": Actor("e", "Epsilon", "organization"),
    }
    mentions = [(("s1", 0, 5), "a"), (("s2", 0, 5), "a"), (("s1", 9, 12), "b"), (("s3", 0, 5), "b"),
                (("s1", 20, 25), "c"), (("s1", 30, 35), "d"), (("s4", 0, 3), "e")]
    country = {"s1": "Chad", "s2": "Chad", "s3": "Peru", "s4": ""}.get
    got = infer_affiliations(actors, mentions, country, lambda a: True)
    assert got == {"a": ("Chad", ("s1", "s2"))}  # b: two countries; c: a government; d: has one; e: unclear
    assert infer_affiliations(actors, mentions, country, lambda a: a.name != "Alpha Group") == {}
    assert actors["a"].affiliation == ""  # nothing set by the pure function


def test_an_organisation_with_no_country_of_its_own_takes_the_country_the_story_happens_in():
    text = ("Cable cut in the Baltic\n\nA power cable between Finland and Estonia failed on Wednesday, Finnish officials "
            "said. Repairs near Porvoo and Helsinki will take months, grid operator Kantavolt said in a statement, "
            "and Finland's coast guard searched the area off Kotka and Hanko.\n")
    _, d = analyse(text)
    a = actor(d, "Kantavolt")
    assert a is not None and a.kind == "organization" and a.affiliation == "Finland"
    assert a.id in d.resolver.inferred


def test_a_place_of_one_name_in_several_countries_is_the_one_of_the_country_the_article_names():
    from collections import Counter

    from annotate.gazetteer import load_gazetteer
    from annotate.place_candidates import countries_of, rehomed

    gaz = load_gazetteer()
    assert {"ES", "MX"} <= countries_of("Zamora")
    assert rehomed("Zamora, Spain", gaz, Counter({"Mexico": 3, "Spain": 1})) == "Zamora, Mexico"
    assert rehomed("Zamora, Spain", gaz, Counter({"Spain": 2})) == "Zamora, Spain"
    assert rehomed("Zamora, Spain", gaz, Counter()) == "Zamora, Spain"  # nothing named: the largest place
    assert rehomed("Lyon, France", gaz, Counter({"Mexico": 3})) == "Lyon, France"  # one country has it


def test_a_mayor_of_a_town_whose_name_is_also_a_larger_foreign_citys_is_of_the_story_country():
    text = ("Gunmen kill police officers in western Mexico\n\n"
            "Gunmen killed three police officers in Mexico's western state on Sunday, Mexican officials said. "
            "The attacks were in the city of Zamora, and Mayor Jorge Alcantar said a fourth officer had died. "
            "Troops were sent from Mexico City.\n")
    _, d = analyse(text)
    a = actor(d, "Jorge Alcantar")
    assert a is not None and a.affiliation.endswith("Mexico")


def test_where_the_story_country_is_unclear_the_one_country_of_its_incidents_is_used():
    # (a clash on the Peru-Bolivia border names both alike: see test_affiliation_context's group leader)
    text = ("Prison riot\n\nInmates rioted at a prison in Machala, Ecuador on Monday, killing five guards. Ecuadorian "
            "troops were sent in by Ecuador’s government; Peru closed a border crossing and Peruvian police were put on alert.\n\n"
            "“Two more guards are missing,” said Raul Andrade, a guard at the prison.\n")
    srcs, d = analyse(text)
    assert {m.country for m in d.analyses[srcs[0].id].incidents if m.country} == {"Ecuador"}
    assert d.resolver.story_country_of(srcs[0].id) == ""  # Ecuador not named three times as often as Peru
    a = actor(d, "Raul Andrade")
    assert a is not None and a.affiliation == "Ecuador" and a.id in d.resolver.inferred
