"""People whose names the model took for places or organisations, found by the syntax that
introduces a person (session 7): a list after "identified as" about people, and a name set off by
commas after a description of a person opening the sentence. Invented sentences, the real model."""

from __future__ import annotations

from annotate.apposed_names import apposed_names, identified_names
from annotate.gazetteer import load_gazetteer

from .test_attribution import analyse


def people(text: str) -> dict[str, str]:
    _, d = analyse(text)
    return {a.name: a.kind for a in d.actors.actors.values()}


def test_names_listed_after_identified_as_are_people():
    found = people("“The dead have been identified as Tomo, a cadre of Platoon Number 4; Raku, a commander; Sela; "
                   "and Bimal alias Rono, a party member,” the officer said.\n")
    for name in ("Tomo", "Raku", "Sela", "Bimal"):
        assert found.get(name) == "person", found


def test_a_man_identified_only_by_one_name_is_a_person():
    found = people("The army said a patrol had spotted the man, identified only as Karu, as he rode a motorbike near the camp.\n")
    assert found.get("Karu") == "person", found


def test_a_name_after_a_title_and_a_comma_is_the_person_not_the_title():
    found = people("Deputy Inspector General of Police (DIG), K Raman confirmed the deaths, adding that the search was still under way.\n")
    assert found.get("K Raman") == "person", found
    assert "Deputy Inspector General of Police" not in found, found


def test_what_is_no_list_of_people_names_no_one():
    gaz = load_gazetteer()
    assert identified_names("The attackers were identified as members of the banned Kanuri Front.\n", [], gaz) == []
    assert identified_names("The strain was identified as Omicron by the laboratory.\n", [], gaz) == []  # no people
    assert apposed_names("In the capital, La Paz, protesters gathered on Monday.\n", [], gaz) == []
    assert apposed_names("On Monday, Ruta Vela said the talks had failed.\n", [], gaz) == []  # no person's description
    text = "A Bolivian priest in Oruro city, Rufino Mamani Quispe, said several houses were hit.\n"
    assert [(text[s:e]) for _d, s, e in apposed_names(text, [], gaz)] == ["Rufino Mamani Quispe"]


def test_a_place_set_off_after_a_description_is_no_person():
    gaz = load_gazetteer()
    assert apposed_names("Residents of the village, Upper Kibati, said the shelling lasted all night.\n", [], gaz) == []


def test_a_name_cut_after_its_particle_is_the_whole_name():
    from annotate.apposed_names import particle_ends
    from annotate.models import Entity

    text = "The alliance, led by Mohamed Ould Salem of the Azawad Front, attacked the post.\n"
    s = text.index("Mohamed")
    cut = Entity(s, s + len("Mohamed Ould"), "PERSON", "Mohamed Ould")
    assert particle_ends(text, [cut]) == {s: s + len("Mohamed Ould Salem")}
    whole = Entity(s, s + len("Mohamed Ould Salem"), "PERSON", "Mohamed Ould Salem")
    assert particle_ends(text, [whole]) == {}
