"""A person "of" a movement whose name holds a state body's word ("X of the Karenni National
Liberation Army") speaks for the movement; a person of a state's army stays the state's. Invented
phrases and sentences."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.roles import affiliation

from .test_attribution import actor, analyse


def test_a_member_of_a_liberation_army_is_the_movements():
    gaz = load_gazetteer()
    org = "Karenni National Liberation Army"
    assert affiliation([f" of the {org}"], gaz, (org,)) == org


def test_a_spokesman_of_a_states_army_is_the_states():
    gaz = load_gazetteer()
    assert affiliation(["spokesman of the Peruvian Army"], gaz, ("Peruvian Army",)) == "Peru"
    assert affiliation([" of the People's Liberation Army"], gaz, ("People's Liberation Army",)) == ""


def test_a_commander_of_a_liberation_army_in_a_story():
    _, d = analyse(
        "Rebels seize border town in Chad\n\n"
        "Rebels of the Tibesti National Liberation Army seized a border town near Faya in northern Chad on "
        "Monday, Chadian officials said.\n\n"
        "“We will hold the town,” Mahamat Saleh Issa of the Tibesti National Liberation Army said.\n")
    a = actor(d, "Mahamat Saleh Issa")
    assert a is not None and "Tibesti National Liberation Army" in a.affiliation
