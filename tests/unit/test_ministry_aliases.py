"""A ministry whose words are its government's names that government in each way news writes the
ministry: as written, by the country's name and by its adjective ("Chile's interior ministry",
"the Chile Interior Ministry", "the Chilean Interior Ministry")."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.ministry_aliases import ministry_forms


def ministry_names(phrase, gaz):
    return ministry_forms(phrase, gaz)[1]

from .test_attribution import analyse, who


def test_ministry_names_gives_the_written_form_then_the_countrys_name_and_adjective():
    gaz = load_gazetteer()
    assert ministry_names("Chile's interior ministry", gaz) == [
        "Chile's interior ministry", "Chile interior ministry", "Chilean interior ministry"]
    assert ministry_names("the Peruvian Ministry of Energy and Mines", gaz) == [
        "Peruvian Ministry of Energy and Mines", "Peru Ministry of Energy and Mines"]
    assert ministry_names("The Ministry of Foreign Affairs of Uruguay", gaz)[1:] == [
        "Uruguay Ministry of Foreign Affairs", "Uruguayan Ministry of Foreign Affairs"]


def test_ministry_names_needs_a_ministry_and_one_country():
    gaz = load_gazetteer()
    assert ministry_names("the Ministry", gaz) == []
    assert ministry_names("the Chilean army", gaz) == []
    assert ministry_names("Chile", gaz) == []
    assert ministry_names("the foreign ministry", gaz) == []


def test_the_government_speaking_through_a_ministry_answers_to_the_ministrys_names():
    text = ("LIMA -- Peru closed two border crossings on Monday after a shooting near the frontier.\n\n"
            "“The incursion was a grave violation of our territory,” the Peru Foreign Ministry said in a statement.\n\n"
            "“We reserve the right to respond,” the Ministry added.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "grave violation") == "Peruvian government"
    aliases = d.actors.get(d.actors.resolve("Peruvian government")).aliases
    assert "Peru Foreign Ministry" in aliases and "Peruvian Foreign Ministry" in aliases
    assert d.actors.resolve("the Peruvian Foreign Ministry") == d.actors.resolve("Peruvian government")


def test_a_ministry_phrase_cut_after_its_nation_takes_the_nation_written_before_it():
    text = ("Eleven Chadian soldiers were killed in an ambush near the border, Chad's defence ministry said on Monday.\n\n"
            "\"Our units repelled the attackers and seized their weapons,\" the ministry said in a statement.\n")
    srcs, d = analyse(text)
    name = who(d, srcs[0], "Our units repelled")
    assert name is not None
    aliases = d.actors.get(d.actors.resolve(name)).aliases
    assert "Chad's defence ministry" in aliases or "Chad defence ministry" in aliases or name == "Chad defence ministry"


def test_a_ministry_named_by_its_nation_never_names_another_body_of_no_country():
    a = ("Bolivian state television, citing an unnamed Defence Ministry official, said the army shelled "
         "\"smuggler camps that killed Bolivian soldiers\" along the border.\n")
    b = ("On Sunday night, Paraguay's defence ministry accused the smugglers of crossing into Paraguayan territory "
         "and killing three soldiers.\n\n\"We will answer,\" the ministry said.\n")
    _srcs, d = analyse(a, b)
    aid = d.actors.resolve("Paraguay's defence ministry")
    assert aid is None or d.actors.get(aid).affiliation == "Paraguay" or d.actors.get(aid).name == "Paraguayan government"
