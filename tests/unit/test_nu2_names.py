"""Names a new user's desks showed bluf cutting or misfiling (Caucasus and Haiti articles):
a ministry named "of <country>" is one body affiliated with the country. Invented sentences,
the real model."""

from __future__ import annotations

import pytest

from .test_attribution import analyse


def actors(*texts: str) -> dict[str, tuple[str, str]]:
    """Actor name -> (kind, affiliation) for the invented texts analysed as one corpus."""
    _, d = analyse(*texts)
    return {a.name: (a.kind, a.affiliation) for a in d.actors.actors.values()}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On May 2, 2024, the Ministry of Interior of Chad published a statement.\n\n"
         "\"We are ready,\" the ministry said.\n", "Chad"),
        ("The Ministry of Foreign Affairs of Peru said on Friday that talks would resume.\n", "Peru"),
    ],
)
def test_a_ministry_of_a_country_is_never_cut_before_the_country(text, country):
    found = actors(text)
    assert not any(name.endswith(" of") for name in found), found
    assert any(aff == country for _, aff in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with the Kraal gang, led by Tomas Vuyo, also known as Hammerhead.\n\n"
        "\"We will not stop,\" Hammerhead said.\n",
        "The raid targeted Ruben Ostrowe (a.k.a. \"Gravel\"), who said \"we are everywhere.\"\n",
        "The gang's leader, Ana Pelletier, nicknamed Mistral, said \"the city is ours.\"\n",
    ],
)
def test_a_nickname_after_a_name_is_that_person_not_another_actor(text):
    found = actors(text)
    people = [n for n, (kind, _) in found.items() if kind == "person"]
    assert len(people) == 1, found
    assert not any(n in found for n in ("Hammerhead", "Gravel", "Mistral")), found


def test_a_name_merely_called_after_another_is_not_a_nickname():
    found = actors("Marta Selve called Ivo Drangh on Monday, and Drangh said \"we agreed.\"\n")
    assert "Marta Selve" in found and len([n for n, (kind, _) in found.items() if kind == "person"]) == 2, found


@pytest.mark.parametrize(
    ("text", "person", "region"),
    [
        ("The shelling hit Kalvi, in Moldova's northern Soroca district, while two villages lie in Orhei district.\n\n"
         "Orhei Governor Ion Barbu confirmed that there had been \"no letup\" in his district.\n", "Ion Barbu", "Orhei"),
        ("Floods reached the Rostov region on Monday.\n\nKursk Governor Pavel Lemov said \"we are evacuating.\"\n",
         "Pavel Lemov", "Kursk"),
    ],
)
def test_a_governors_own_region_wins_over_the_previous_sentences_place(text, person, region):
    found = actors(text)
    aff = found[person][1]
    assert aff.startswith(region + ","), found


def test_a_region_is_never_a_side_of_its_own():
    from annotate.brief import side_of

    assert side_of("Ion Barbu", "person", "Orhei, Moldova") == "Moldova"
    assert side_of("Pakistan government", "government", "Pakistan government") == "Pakistan"
    assert side_of("Ana Reyes", "person", "Red Cross") == "Red Cross"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Troops kept pushing, notably towards Lower Kalvi, Upper Morna, Teskovo and Orlin, the army said.\n",
         ("Lower Kalvi", "Upper Morna", "Teskovo", "Orlin")),
        ("Rebels shelled the villages of Mara Dindo and Kofi Benna overnight, residents said.\n",
         ("Mara Dindo", "Kofi Benna")),
        ("Fighting spread to the town of Jean Toussaint on Sunday, a police officer said.\n", ("Jean Toussaint",)),
        ("\u201cThe enemy is advancing, notably towards [the villages of] Dara Kel, Mira Voss, Tallin Oke and Pesk,\u201d "
         "said the ministry spokesman, Aram Vosk.\n\nDara Kel is located in the southern province.\n",
         ("Dara Kel", "Mira Voss", "Tallin Oke", "Pesk")),
    ],
)
def test_names_in_a_list_of_places_are_no_actors(text, places):
    found = actors(text)
    assert not any(p in found for p in places), found


def test_a_list_of_people_after_hostility_towards_stays_people():
    found = actors("Their hostility towards Anna Korvel and Piet Marsen grew, said Mira Lund.\n")
    assert {"Anna Korvel", "Piet Marsen", "Mira Lund"} <= set(found), found


def test_a_gang_named_before_its_noun_is_an_organisation():
    found = actors("Police fought the Kraz Boulou gang in the capital, said Rene Michel, a police spokesman.\n")
    assert found.get("Kraz Boulou", ("",))[0] == "organization", found
    assert "Rene Michel" in found


def test_a_name_the_text_calls_a_capital_is_a_place():
    found = actors("Explosions were heard in the region’s capital, referred to as Velmora by locals, said Ivo Petran.\n")
    assert "Velmora" not in found and "Ivo Petran" in found, found


def test_a_countrys_ministry_said_is_its_government_as_the_adjective_form_is():
    found = actors("Chad’s Interior Ministry said \"the border is closed.\"\n\n"
                   "In a statement, the Chadian Interior Ministry said \"nothing has changed.\"\n")
    assert [n for n in found if "Ministry" in n or "Chad" in n] == ["Chadian government"], found
