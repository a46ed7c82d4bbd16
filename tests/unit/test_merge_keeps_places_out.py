"""Merging an actor whose analysis glued a place to a name ("Ratnapura Nimal Perera", who also
got the town's name alone as an alias) into the right person gives that person the merged
actor's names, not the place: the town is nobody's alias, and its name alone resolves to no
person (``bluf actors show Ratnapura`` finds nobody; the reader draws it as a place).
Invented names; the index as the analysis leaves it, then the analyst's merge."""

from __future__ import annotations

from annotate.actors import ActorIndex, with_edits
from annotate.gazetteer import load_gazetteer
from annotate.models import Actor
from annotate.text import norm_name


def _index():
    gaz = load_gazetteer()
    glued = Actor("ratnapura-nimal-perera", "Ratnapura Nimal Perera", "person", "Sri Lanka", ["Nimal Perera", "Ratnapura"])
    right = Actor("nimal-perera", "Nimal Perera", "person", "", [])
    gov = Actor("sri-lankan-government", "Sri Lankan government", "government", "Sri Lanka", [])
    aliases = {norm_name(n): a.id for a in (glued, right, gov) for n in (a.name, *a.aliases) if norm_name(n) not in ("nimal perera",)}
    aliases["nimal perera"] = right.id
    return ActorIndex({a.id: a for a in (glued, right, gov)}, {("s1", 0, 9): glued.id}, aliases, {}, gaz)


def test_a_merge_brings_the_names_not_the_place():
    merged = with_edits(_index(), [{"op": "merge", "actor_id": "ratnapura-nimal-perera", "into": "nimal-perera"}])
    person = merged.get("nimal-perera")
    assert "Ratnapura Nimal Perera" in person.aliases
    assert "Ratnapura" not in person.aliases
    assert merged.resolve("Ratnapura") is None
    assert merged.resolve("Ratnapura Nimal Perera") == "nimal-perera"
    assert merged.at("s1", 0, 9) == "nimal-perera"  # the mention the analysis linked stays linked


def test_a_place_name_alone_is_no_persons_surname_before_a_merge_too():
    assert _index().resolve("Ratnapura") != "ratnapura-nimal-perera"


def test_a_government_keeps_a_place_name_merged_into_it():
    idx = _index()
    idx.actors["colombo-admin"] = Actor("colombo-admin", "Colombo administration", "organization", "Sri Lanka", ["Colombo"])
    merged = with_edits(idx, [{"op": "merge", "actor_id": "colombo-admin", "into": "sri-lankan-government"}])
    assert "Colombo" in merged.get("sri-lankan-government").aliases


def test_an_actor_named_like_a_place_is_still_found_by_its_name():
    """The analysis made a person of a place ("Ratnapura"): the analyst finds it by that name
    to say it is a place."""
    idx = _index()
    idx.actors["ratnapura"] = Actor("ratnapura", "Ratnapura", "person", "", [])
    idx.aliases["ratnapura"] = "ratnapura"
    assert idx.resolve("Ratnapura") == "ratnapura"
