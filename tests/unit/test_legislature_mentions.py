"""Legislatures named by their own name that the model tagged as places ("Ukraine's Verkhovna Rada").
Invented sentences, the real spaCy model."""

from __future__ import annotations

from .test_attribution import actor, analyse


def test_a_legislature_tagged_as_a_place_is_a_government_actor_of_the_country_before_it():
    _, d = analyse("Vote on martial law\n\nIn Estonia, the Riigikogu approved a defence budget on Monday. Ukraine's "
                   "Verkhovna Rada voted on Friday to extend martial law.\n")
    a = actor(d, "Verkhovna Rada")
    assert a is not None and a.kind == "government" and a.affiliation == "Ukraine"
    r = actor(d, "the Riigikogu")
    assert r is not None and r.kind == "government"
