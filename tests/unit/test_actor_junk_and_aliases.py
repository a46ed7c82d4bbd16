"""Actors from real news bluf had not seen (issue 14.3): names that are no actor (a ship named
"as" something, a cut-off last word, one letter, a military operation, a temple, a pipeline, an
outlet, a headline's words), and aliases that join what is two actors or split what is one (a
coordination, "its minister", a nationality's navy, army = military, "X of the Bureau"), and the
spokesperson of a body named earlier. Invented sentences, the real model."""

from __future__ import annotations

import pytest

from .test_actor_kinds import actor_names, labels
from .test_attribution import analyse


def actors(*texts: str):
    _, d = analyse(*texts)
    return {a.name: a for a in d.actors.actors.values()}


# ------------------------------------------------------------------ names that are no actor
@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The Malta-registered ship, named by the coast guard as the Sea Falcon, was towed to port. "
         "Investigators said the Sea Falcon had dragged its anchor.", "the Sea Falcon"),
        ("A Greek-owned tanker called Delta Star was hit. Delta Star's crew is safe.", "Delta Star"),
    ],
)
def test_a_ship_named_as_something_is_a_product(nlp, text, ship):
    _, after = labels(nlp, text)
    assert after[ship] == "PRODUCT"


def test_a_longer_name_starting_with_a_ships_name_before_a_ship_noun_is_the_ship(nlp):
    _, after = labels(nlp, "The tanker, named by police as the Sea Falcon, was held. "
                           "The Sea Falcon Aframax oil tanker crossed the cable at noon.")
    assert after.get("The Sea Falcon Aframax") in (None, "PRODUCT")


def test_a_company_known_as_something_is_not_a_ship(nlp):
    _, after = labels(nlp, "The company, known as Maersk Line, said the ship was hit.")
    assert after.get("Maersk Line") != "PRODUCT"


def test_a_cut_off_last_word_of_a_truncated_text_is_no_actor():
    kinds = actor_names("“We are ready,” said Carla Mendez, the mayor.\nSince 2022, the countries bordering the Ba")
    assert "Carla Mendez" in kinds and "Ba" not in kinds


def test_one_letter_is_no_persons_name(nlp):
    _, after = labels(nlp, "The minister wrote in a post on the platform X. Officials later said more.")
    assert not any(t.strip(". ") == "X" and lab in ("PERSON", "ORG") for t, lab in after.items())


@pytest.mark.parametrize("text", [
    "The army said Operation Iron Dawn had ended, and Operation Iron Dawn would not resume.",
    "Operation Desert Hawk began on Friday, said Tomas Reyes.",
])
def test_a_military_operation_is_no_organisation(text):
    kinds = actor_names(text + "\n")
    assert not any(name.startswith("Operation") or name in ("Iron Dawn", "Desert Hawk") for name in kinds)


@pytest.mark.parametrize("text", [
    "Soldiers fired near the Prasat Kuan Temple on Monday, said Carla Mendez.",
    "Shells fell on Sako Temple overnight, the villagers said.",
])
def test_a_temple_is_a_place_not_a_person(nlp, text):
    _, after = labels(nlp, text)
    temple = next((t for t in after if "Temple" in t), None)
    assert temple is None or after[temple] == "FAC"


def test_a_pipeline_is_no_organisation(nlp):
    _, after = labels(nlp, "Divers found damage to the Balticlink gas pipeline and to the Nordvik power cable on Monday.")
    for name in ("Balticlink", "Nordvik"):
        assert after.get(name) in (None, "FAC")


def test_a_broadcaster_named_as_one_is_no_actor_wherever_named(nlp):
    _, after = labels(nlp, "Public broadcaster Vrt said the harbour was closed. Vrt reported two arrests later.")
    assert after.get("Vrt") not in ("PERSON", "ORG")


# ------------------------------------------------------------------ aliases and canonical names
def test_a_nationalitys_navy_keeps_the_nationality():
    found = actors("The Chilean navy said on Monday that two vessels had rammed a supply boat.\n")
    assert "Chilean navy" in found and "Navy" not in found
    assert found["Chilean navy"].affiliation == "Chile"


def test_a_countrys_army_and_military_are_one_actor():
    found = actors("Bolivia's army said its troops had repelled an attack.\n"
                   "The Bolivian military said later that the border was calm.\n")
    bodies = [n for n in found if n.startswith("Bolivian") and n != "Bolivian government"]
    assert len(bodies) == 1


def test_a_coordination_is_never_one_actors_alias():
    found = actors("Peru's government said it would talk.\n"
                   "“We agreed to stop,” the Peruvian army and the rebels said in a joint statement.\n")
    for a in found.values():
        assert not any(" and the rebels" in x for x in [a.name, *a.aliases])


def test_its_minister_is_the_country_named_before_never_an_actor_named_its():
    found = actors("Peru summoned the ambassador on Monday. Its foreign minister said the raid was “a crime”.\n")
    assert not any(n.lower().startswith("its ") for n in found)
    assert any("Peruvian foreign minister" in a.aliases for a in found.values())


def test_a_person_of_a_body_is_the_person_affiliated_to_its_country():
    found = actors("“The inquiry continues,” Marta Kowal of Norway's National Criminal Investigation Service said.\n")
    assert "Marta Kowal" in found and found["Marta Kowal"].kind == "person"
    assert found["Marta Kowal"].affiliation == "Norway"
    assert not any("Marta Kowal of" in a.name for a in found.values())


def test_a_bodys_spokesperson_takes_the_body_named_earlier():
    found = actors("The Chilean navy said two ships had rammed a supply boat near the shoal.\n"
                   "“This was a dangerous manoeuvre,” navy spokesperson Rear Adm. Luis Ortega told reporters.\n")
    assert found["Luis Ortega"].affiliation == "Chile"
