"""A PERSON entity that is shelled, stormed or attacked with heavy weapons is a place the gazetteer
does not know, not a person actor. Invented sentences, the real spaCy model where it tags such a name."""

from __future__ import annotations

from annotate.models import Entity
from annotate.struck_places import struck_places

from .test_attribution import analyse


def _person(text: str, name: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), "PERSON", name)


def test_what_is_shelled_stormed_or_attacked_with_heavy_weapons_is_a_place():
    for text, name in [
        ("Rebels shelled Kalimbo overnight, a local official said.", "Kalimbo"),
        ("Troops stormed the village of Ndoki at dawn.", "Ndoki"),
        ("Militants attacked Tessam with mortars and rockets on Sunday.", "Tessam"),
        ("The enemy attacked Gorbo with several anti-tank missiles.", "Gorbo"),
    ]:
        e = _person(text, name)
        assert struck_places(text, [e]) == [(e.start, e.end)], text


def test_a_person_attacked_or_named_whole_stays_a_person():
    text = "Gunmen attacked Okafor outside his home, police said."  # no heavy weapons: may be a person
    assert struck_places(text, [_person(text, "Okafor")]) == []
    text = "Jonas Kalimbo, a commander, said rebels shelled Kalimbo's base."  # a surname given whole
    assert struck_places(text, [_person(text, "Jonas Kalimbo"), _person(text, "Kalimbo", 1)]) == []


def test_a_village_attacked_with_mortars_is_no_person_actor():
    srcs, d = analyse(
        "Clashes in South Kivu\n\nA village chief said by telephone that the militia had struck Mwenga with heavy "
        "artillery all night.\n"
    )
    ents = d.analyses[srcs[0].id].entities
    assert any(e.label == "PERSON" and e.text == "Mwenga" for e in ents), "the model no longer tags it: the test says nothing"
    assert "Mwenga" not in [a.name for a in d.actors.actors.values()]
