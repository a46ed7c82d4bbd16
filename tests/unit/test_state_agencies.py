"""A country's state news agency is one outlet however news writes it (nu20 defect 4: "the
Azerbaijan state news agency" + its name, "X state news agency reported" and another article's
"... State News Agency" were three actors). The description and the name are one actor; the
name tagged with its description ("KAZNEWS state news agency") is the outlet's name alone; a
capitalised description in another article is that outlet when the corpus names one state
agency of that country. Invented sentences, the real model."""

from __future__ import annotations

from .test_attribution import analyse

NAMED = ("Fire at a depot\n\nA fire broke out at a fuel depot in Kazakhstan, the Kazakh state news agency "
         "Kaznews reported.\n\n“It is under control,” said Kai Lund, a fire officer.\n")
NAME_FIRST = ("Floods hit Uralsk\n\nHeavy rain flooded towns in Kazakhstan, KAZNEWS state news agency reported on "
              "Monday.\n\nThe KAZNEWS agency said two bridges were closed. “We are pumping day and night,” "
              "Mayor Rosa Ult said.\n")
DESCRIBED = ("Blast in Aktobe\n\nA gas blast damaged a school in Aktobe, Kazakhstan, on Friday. “No child was hurt,” "
             "said Aigul Sarin, the headteacher, according to the Kazakhstan State News Agency.\n")


def _orgs(*texts: str) -> dict[str, str]:
    _, d = analyse(*texts)
    return {a.name: a.affiliation for a in d.actors.actors.values() if a.kind == "organization"}


def test_a_state_agency_and_its_description_are_one_outlet():
    assert _orgs(NAMED) == {"Kaznews": "Kazakhstan"}


def test_a_name_before_state_news_agency_is_the_outlet_s_name():
    orgs = _orgs(NAME_FIRST)
    assert list(orgs) == ["KAZNEWS"], orgs


def test_one_state_agency_across_articles_however_written():
    _, d = analyse(NAMED, NAME_FIRST, DESCRIBED)
    orgs = {a.name: a for a in d.actors.actors.values() if a.kind == "organization"}
    assert len(orgs) == 1, list(orgs)
    agency = next(iter(orgs.values()))
    assert agency.affiliation == "Kazakhstan"
    assert d.actors.resolve("Kazakhstan State News Agency") == agency.id
    assert d.actors.resolve("Kazakh state news agency") == agency.id


def test_two_countries_agencies_stay_apart_and_another_agency_is_not_the_state_s():
    other = ("Launch delayed\n\nThe Kazakh space agency delayed a launch on Monday, the Azerbaijani state news agency "
             "Azernews reported. “The weather is bad,” said Timur Bek, a space agency official.\n")
    orgs = _orgs(NAMED, other)
    assert orgs.get("Kaznews") == "Kazakhstan" and orgs.get("Azernews") == "Azerbaijan", orgs
