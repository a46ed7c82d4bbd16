"""A group of islands named in an article ("the Paracel Islands", "the Sulu Archipelago") is a
place: never a person in the actor list, whether the model took it for a name, it stands
before "officials" or it is said to speak; a person named after it is still that person.
Invented sentences, invented islands too."""

from __future__ import annotations

from .test_attribution import analyse, quote


def _names(d) -> dict[str, str]:
    return {a.name: a.kind for a in d.actors.actors.values()}


def test_islands_and_archipelagos_are_no_persons():
    text = ("Fishermen held near disputed islands\n\n"
            "Four fishermen were detained on Monday, Tarrow Islands officials said. "
            "\"This is unacceptable,\" Corvel Islands said in a statement. "
            "\"We will defend our waters,\" said Marune Archipelago, where the coast guard patrols.\n")
    _, d = analyse(text)
    names = _names(d)
    for place in ("Tarrow Islands", "Corvel Islands", "Marune Archipelago"):
        assert names.get(place) != "person", (place, names)
        assert not [n for n, k in names.items() if place in n and k == "person"], names


def test_a_person_named_after_the_islands_is_that_person():
    text = ("Fishermen held near disputed islands\n\n"
            "\"We are afraid to go out,\" said Tarrow Islands resident Mila Denko, whose boat was seized on Monday.\n")
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "afraid to go out")
    a = d.actors.get(q.actor_id)
    assert a is not None and a.name == "Mila Denko" and a.kind == "person"
