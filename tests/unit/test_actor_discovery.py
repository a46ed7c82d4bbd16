"""Actors named in passing, not only as speakers (issue 14.3, session 6): a country's armed or police
body written in lower case after its adjective is an organisation of that country, never its
government. Invented sentences about other conflicts, the real model."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.roles import military_body

from .test_attribution import analyse


def actors(*texts: str):
    _, d = analyse(*texts)
    return d.actors


@pytest.mark.parametrize(
    ("text", "phrase", "body", "country"),
    [
        ("Villagers said they had seen Ugandan troops near the river on Monday, a local official said.\n",
         "Ugandan troops", "Ugandan military", "Uganda"),
        ("The rebels said they were fighting the Malian military near the border.\n",
         "Malian military", "Malian military", "Mali"),
        ("Residents accused Ethiopian government forces of burning homes, the report said.\n",
         "Ethiopian government forces", "Ethiopian military", "Ethiopia"),
        ("Eleven people were hurt when protesters clashed with Peruvian police in the square, the prosecutor said.\n",
         "Peruvian police", "Peruvian police", "Peru"),
    ],
)
def test_a_nationalitys_lower_case_armed_body_named_in_passing_is_its_organisation(text, phrase, body, country):
    index = actors(text)
    aid = index.resolve(phrase)
    assert aid is not None, sorted(index.actors)
    a = index.get(aid)
    assert (a.name, a.kind, a.affiliation) == (body, "organization", country)


def test_a_body_word_that_modifies_a_noun_is_no_body():
    index = actors("Jets struck Eritrean military targets on Friday, the defence ministry of Djibouti said.\n")
    assert not any(a.name == "Eritrean military" for a in index.actors.values())


def test_an_army_in_a_capital_is_that_countrys_army_and_troops_elsewhere_are_nobodys():
    gaz = load_gazetteer()
    assert military_body("the army in Bamako", gaz) == ("Malian army", "Mali")
    assert military_body("the troops in Ukraine", gaz) is None  # anyone's troops
    assert military_body("the army in the north", gaz) is None


# ------------------------------------------------------------------ armed groups by their name's shape
@pytest.mark.parametrize(
    "text",
    [
        "K17 rebels seized the town of Lomira on Sunday, residents said. The army said K17 had been pushed back.\n",
        "Fighting between the army and K17 insurgents spread to two districts, the governor said.\n",
    ],
)
def test_letters_and_a_number_before_a_noun_for_rebels_name_a_group(text):
    index = actors(text)
    aid = index.resolve("K17")
    assert aid is not None, sorted(index.actors)
    assert index.get(aid).kind == "organization"


def test_letters_and_a_number_before_fighters_are_no_group():
    index = actors("Two J31 fighters flew over the strait on Monday, the defence ministry of Taiwan said.\n")
    assert index.resolve("J31") is None


@pytest.mark.parametrize(
    "text",
    [
        "The raid on Carrefour was led by the Kanu Wuto group, whose leader was once a policeman, witnesses said.\n",
        "Homes burned in attacks by gangs grouped within the \"Kanu Wuto\" (\"Stand Up\") coalition, the mayor said.\n",
    ],
)
def test_a_name_written_before_group_or_coalition_or_quoted_with_its_translation_is_a_group(text):
    index = actors(text)
    aid = index.resolve("Kanu Wuto")
    assert aid is not None, sorted(index.actors)
    assert index.get(aid).kind == "organization"


def test_a_place_or_nationality_before_group_is_no_group_name():
    index = actors("The Lebanese group said the Beirut group of lawyers had met on Monday.\n")
    assert index.resolve("Lebanese") is None or index.get(index.resolve("Lebanese")).kind != "organization"
    assert all(a.name != "Beirut" for a in index.actors.values())
