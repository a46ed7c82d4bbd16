"""Appositions after a person's name: a country's office in the possessive states the country; an age
alone makes a private person whom the document-level back-off places in the story's country.
Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.person_appositions import apposed_country, given_age

from .test_attribution import actor, analyse


def _end(text: str, name: str) -> int:
    return text.index(name) + len(name)


def test_a_possessive_office_in_apposition_gives_its_country():
    gaz = load_gazetteer()
    t = "Protests have spread since Idriss Kodo, Chad's ruler for three decades, was ousted in 2019."
    assert apposed_country(t, _end(t, "Idriss Kodo"), gaz) == "Chad"
    t = "The verdict against Ana Ruiz, Peru's former president, was read on Monday."
    assert apposed_country(t, _end(t, "Ana Ruiz"), gaz) == "Peru"
    t = "The verdict against Ana Ruiz, Peru's fiercest critic, was read on Monday."
    assert apposed_country(t, _end(t, "Ana Ruiz"), gaz) == ""  # no office: a critic of Peru may be anyone's


def test_a_possessive_office_in_brackets_or_after_a_dash_gives_its_country():
    gaz = load_gazetteer()
    t = "The ousted leader Tavita Lomu [Samoa's former prime minister] said he would return."
    assert apposed_country(t, _end(t, "Tavita Lomu"), gaz) == "Samoa"
    t = "The ousted leader Tavita Lomu (Samoa's former prime minister) said he would return."
    assert apposed_country(t, _end(t, "Tavita Lomu"), gaz) == "Samoa"
    t = "The ousted leader Tavita Lomu — Samoa's former prime minister — said he would return."
    assert apposed_country(t, _end(t, "Tavita Lomu"), gaz) == "Samoa"
    t = "The ousted leader Tavita Lomu (Samoa's fiercest critic) said he would return."
    assert apposed_country(t, _end(t, "Tavita Lomu"), gaz) == ""


def test_an_age_alone_after_a_name():
    t = "The dead were named as Tomas Quiroga, 22, and Luis Mamani, 61. Both were miners."
    assert given_age(t, _end(t, "Tomas Quiroga")) and given_age(t, _end(t, "Luis Mamani"))
    t = "Tomas Quiroga, 2022's best miner, spoke; Luis Mamani, a miner, left."
    assert not given_age(t, _end(t, "Tomas Quiroga")) and not given_age(t, _end(t, "Luis Mamani"))


_BOLIVIA = (
    "Miners killed in Bolivia clash\n\n"
    "Two miners were killed near Potosi in southern Bolivia on Monday when police cleared a road block, "
    "Bolivian officials said. Troops were sent from La Paz and Sucre.\n\n"
)


def test_people_given_only_an_age_take_the_country_the_story_happens_in():
    _, d = analyse(_BOLIVIA + "The dead were named as Tomas Quiroga, 22, and Luis Mamani, 61.\n")
    for name in ("Tomas Quiroga", "Luis Mamani"):
        a = actor(d, name)
        assert a is not None and a.kind == "person" and a.affiliation == "Bolivia"


def test_a_former_ruler_named_in_apposition_takes_the_country():
    _, d = analyse(_BOLIVIA + "The unrest recalls the fall of Juan Pereda, Bolivia's ruler for seven years, in 1978.\n")
    a = actor(d, "Juan Pereda")
    assert a is not None and a.kind == "person" and a.affiliation == "Bolivia"
