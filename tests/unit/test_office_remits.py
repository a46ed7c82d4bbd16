"""An office's remit is no one's name and no country's government: "the High Commissioner for
Human Rights" is an office, not a person called "Human Rights"; "Secretary of State Blinken" is
Blinken; the office of "the Special Envoy for <country>" does not speak for that country's
government; a body's name the model cut at "for" keeps the place it names."""

from __future__ import annotations

import pytest

from annotate.actors import government_for, person_name
from annotate.gazetteer import load_gazetteer

from .test_attribution import actor, analyse, who

GAZ = load_gazetteer()


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("the Commissioner for Refugee Affairs", None),
        ("the Minister for Foreign Affairs and Trade", None),
        ("Special Rapporteur on Torture", None),
        ("the Representative for Trade", None),
        ("Secretary of State Halvorsen", "Halvorsen"),
        ("Minister for Foreign Affairs and Trade Lena Okafor", "Lena Okafor"),
        ("Commissioner for Refugees Tomas Ruiz Ortega", "Tomas Ruiz Ortega"),
        ("Secretary of Homeland Security Dana Pryce", "Dana Pryce"),
        ("Director of Peace Council Mira Sandoval", "Mira Sandoval"),
    ],
)
def test_a_titles_remit_is_no_persons_name(phrase, name):
    assert person_name(phrase, GAZ) == name


@pytest.mark.parametrize(
    "phrase, government",
    [
        ("the Special Envoy for Chad", None),
        ("the envoy to Peru", None),
        ("the Peruvian envoy", "Peruvian government"),
        ("a spokesman for Chad's government", "Chadian government"),
    ],
)
def test_a_country_an_envoy_is_posted_to_is_not_the_government_that_speaks(phrase, government):
    assert government_for(phrase, GAZ) == government


def test_a_high_commissioners_office_that_speaks_is_one_organisation_not_a_person():
    src, d = analyse(
        "Clashes kill dozens in Chad\n\nN'DJAMENA, May 4 - Dozens died in clashes in Abeche on Sunday.\n\n"
        "The Office of the High Commissioner for Minority Affairs said it was \"gravely concerned\" by the reports.\n")
    speaker = who(d, src[0], "gravely concerned")
    assert speaker is not None and "Minority Affairs" in speaker and speaker != "Minority Affairs"
    assert d.actors.get(d.actors.resolve(speaker)).kind != "person"
    assert actor(d, "Minority Affairs") is None or actor(d, "Minority Affairs").kind != "person"


def test_an_envoys_office_the_model_cut_at_for_keeps_the_country_and_is_no_government():
    src, d = analyse(
        "Talks stall in Chad\n\nN'DJAMENA, May 4 - Talks between the parties stalled on Sunday.\n\n"
        "The Office of the Special Envoy for Chad said it was \"deeply disappointed\" by the delay.\n")
    speaker = who(d, src[0], "deeply disappointed")
    assert speaker is not None and speaker != "Chadian government"
