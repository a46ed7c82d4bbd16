"""A name a document writes as a place once is a place wherever it comes back, in its other forms
(annotate/nlp/place_spread.py), and a name put in an administrative unit by an apposition is a
place. Every sentence and name is invented; each case first checks the model's error the rule
corrects, then a person in the same shapes stays one."""

from __future__ import annotations

import pytest

from .test_place_forms import labels

PLACES = {"GPE", "LOC", "FAC"}


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        # "between X and Y" where one is a place, and an apposition putting X in a province
        ("Gunmen attacked a police convoy between Velkoro and Dumbasso, near the border with Chad, a security "
         "source said. Velkoro, in Mbarsi region, has seen repeated raids.", "Dumbasso", "PERSON"),
        ("Gunmen attacked a police convoy between Velkoro and Dumbasso, near the border with Chad, a security "
         "source said. Velkoro, in Mbarsi region, has seen repeated raids.", "Velkoro", "PERSON"),
        # the end of a place's name ("al-Tarsa" of "Ain al-Tarsa")
        ("A rocket struck the Ain al-Tarsa airbase in western Syria on Friday. There were no casualties at "
         "Ain al-Tarsa. Troops stationed at al-Tarsa shot down two drones.", "al-Tarsa", "ORG"),
        # a group of islands by its plural
        ("Fishing boats sailed toward the Kuril Islands on Monday. Russia says the Kurils are its territory, and "
         "patrols near the Kurils have increased.", "Kurils", "ORG"),
        # "between" makes the second mention a place, and so the first
        ("Villagers fled from Garbatu. A drone hit a truck between Garbatu and Ollanga.", "Garbatu", "ORG"),
        # the same name after ", in X district,"
        ("Mortars hit Bantuma, in Kindu district, overnight. Residents of Bantuma fled.", "Bantuma", "ORG"),
    ],
)
def test_a_place_named_once_is_a_place_in_every_form(nlp, text, name, wrong):
    before, after = labels(nlp, text)
    assert wrong in before[name]  # the model's error the rule corrects
    assert after[name] <= PLACES, after


def test_a_prefecture_is_a_place(nlp):
    text = "The patrol boat returned to the coast guard station in Kunaha, Okinami Prefecture, on Friday."
    before, after = labels(nlp, text, forced=("Okinami Prefecture", "PERSON"))
    assert before["Okinami Prefecture"] == {"PERSON"}
    assert after["Okinami Prefecture"] <= PLACES, after


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a country also names its government: talks between a person and it are between actors
        ("Talks between Kerzai and Norway ended without a deal.", "Kerzai"),
        # a person in full next to a city
        ("A dispute between Omar Kerzai and Doha has grown. Kerzai said the talks would resume.", "Omar Kerzai"),
        ("Fighting broke out between Mirko Dalic and Zenden.", "Mirko Dalic"),
        # a person (a first name) put in a province
        ("Omar Kerzai, in Tarbin province, has organised the militia.", "Omar Kerzai"),
        # a body put in a province
        ("The Dorran Brigade, in Kessavo district, has taken the town.", "The Dorran Brigade"),
        ("Clashes broke out between the Dorran Brigade and Kessavo on Monday, near the Tarbin border post.", "the Dorran Brigade"),
        # a person with a family name that ends a place's name elsewhere in the text
        ("Troops left the Ain al-Tarsa base. Ali al-Tarsa, a commander, said the base was safe.", "Ali al-Tarsa"),
    ],
)
def test_a_person_or_a_body_next_to_a_place_stays_one(nlp, text, name):
    before, after = labels(nlp, text)
    label = next(iter(before[name]))
    assert label in ("PERSON", "ORG")
    assert after[name] == {label}, after
