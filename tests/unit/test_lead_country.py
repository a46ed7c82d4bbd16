"""A bare institution that speaks ("police said", "the army said") in a report whose later
paragraphs name neighbours and allies as often as the country the story happens in is that
country's, when the headline and first sentence name it alone; a lead naming two countries
leaves it unresolved."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.lead_country import lead_country, lead_end
from annotate.models import Entity

from .test_attribution import analyse, who


def _ents(text: str, *names: str, label: str = "GPE") -> list[Entity]:
    out, at = [], 0
    for n in names:
        s = text.index(n, at)
        out.append(Entity(s, s + len(n), label, n))
        at = s + len(n)
    return out


def test_the_lead_is_the_headline_and_the_first_sentence():
    text = "Floods hit the delta\nWater rose in Gen. Diaz's town on Monday, officials said. Later news came.\n"
    assert text[: lead_end(text)].endswith("officials said.")


def test_the_lead_country_is_the_one_country_the_lead_names():
    gaz = load_gazetteer()
    text = ("Clashes in northern Peru\nMiners clashed with guards in Peru on Sunday, police said. "
            "Bolivia and Chile sent aid; Chile and Bolivia closed the border.\n")
    assert lead_country(text, _ents(text, "Peru", "Peru", "Bolivia", "Chile", "Chile", "Bolivia"), gaz) == "Peru"
    two = "Border shelling\nPeruvian troops shelled a post in Bolivia, the army said.\n"
    assert lead_country(two, _ents(two, "Peruvian", "Bolivia"), gaz) == ""


def test_police_said_in_a_story_whose_lead_names_one_country_are_its_police():
    text = ("Twenty inmates escape as Peruvian prisoners riot\n"
            "Inmates in Peru fought each other with knives in a riot that left nine dead, police said Tuesday.\n"
            "Colombia and Bolivia have seen similar riots. Bolivia sent no help, and Colombia and Bolivia closed crossings.\n"
            "Police said the violence was the result of \"a dispute over cells\" in a jail built for half as many.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "a dispute over cells") == "Peruvian police"


def test_the_army_said_in_a_story_whose_lead_names_two_countries_is_no_country_s():
    text = ("Shelling on the border\n"
            "Peruvian troops shelled a post in Bolivia overnight, according to local officials.\n"
            "Chile urged calm. Chile and Bolivia met, and Peru and Chile spoke.\n"
            "The army said \"a patrol was attacked first\" near the post.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "a patrol was attacked first") is None


def test_the_coast_guard_said_is_the_coast_guard_of_the_country_named_with_it_before():
    text = ("Boats collide off the atoll\n"
            "An Indonesian Coast Guard patrol boat and a fishing trawler collided near Natuna on Tuesday, Jakarta said.\n"
            "“The trawler rammed our boat on purpose,” the coast guard said in a statement.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "rammed our boat on purpose") == "Indonesian coast guard"


def test_the_coast_guard_said_with_no_country_anywhere_is_no_one_s():
    text = ("Boats collide off the atoll\n"
            "A patrol boat and a fishing trawler collided near the reef on Tuesday.\n"
            "“The trawler rammed our boat on purpose,” the coast guard said in a statement.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "rammed our boat on purpose") is None
