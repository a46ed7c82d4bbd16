"""Organisations the model took for people or left untagged (session 7): a firm named by its
sector's word, a group introduced as the name fighters go by, a party's acronym with a bracketed
word. Invented sentences, the real model."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.misnamed_orgs import misnamed_orgs

from .test_attribution import analyse


def actor(text: str, name: str):
    _, d = analyse(text)
    aid = d.actors.resolve(name)
    assert aid is not None, sorted(d.actors.actors)
    return d.actors.get(aid)


def test_a_firm_named_by_its_sector_is_an_organisation_of_the_nation_before_it():
    a = actor("Engineers from the ministry and Bolivia's Andes Gas, one of the field's operators, were on site on Monday, officials said.\n",
              "Andes Gas")
    assert (a.kind, a.affiliation) == ("organization", "Bolivia")


def test_fighters_known_by_a_name_are_a_group_not_a_person():
    a = actor("More than 30 villagers have been killed since the attacks by Islamist insurgents, known locally as al-Harakat, "
              "began in Ruvuma province last year.\n", "al-Harakat")
    assert a.kind == "organization"


def test_a_partys_acronym_with_a_bracketed_word_is_one_organisation():
    a = actor("Police said the four dead were members of the banned CPN (Unified) and had carried rewards.\n", "CPN (Unified)")
    assert a.kind == "organization"


def test_a_dateline_and_a_persons_name_are_no_organisation():
    gaz = load_gazetteer()
    assert misnamed_orgs("KYIV (AP) — Russian drones struck the city overnight, officials said.\n", [], gaz) == []
    _, d = analyse("Energy minister Maria Power said the talks with the unions had failed.\n")
    assert not any(a.kind == "organization" and "Power" in a.name for a in d.actors.actors.values())
