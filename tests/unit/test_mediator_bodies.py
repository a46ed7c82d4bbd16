"""A mediator introduced by a former national office and a role for an intergovernmental body
speaks for the body (session 12): "the African Union's envoy, former Ghanaian president X" is of
the African Union, not of Ghana. Invented sentences."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.mediator_bodies import acting_body, former_office_body

from .test_attribution import analyse


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("the African Union's special envoy", "African Union"),
        ("the AU mediation team", "AU"),
        ("envoy of the Economic Community of West African States", "Economic Community of West African States"),
        ("IGAD envoy", "IGAD"),
        ("the Kenyan envoy", ""),  # a country's envoy is the country's: not this rule's
        ("a senior diplomat", ""),
    ],
)
def test_the_body_a_mediators_role_names(phrase, body):
    assert acting_body(phrase, load_gazetteer()) == body


def test_only_a_former_office_gives_way_to_the_body():
    gaz = load_gazetteer()
    assert former_office_body(["former Malawian president", "the African Union's envoy"], gaz) == "African Union"
    assert former_office_body(["Malawian president", "the African Union's envoy"], gaz) == ""  # serving: his state's
    assert former_office_body(["former Malawian president"], gaz) == ""  # no body named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sides agree to truce\n\nThe two sides agreed to a truce on Friday in talks led by the African Union's envoy, "
         "former Malawian president Peter Banda.\n\n\"This is a new beginning,\" Banda said.\n", "Peter Banda"),
        ("Sides agree to truce\n\nThe army and the rebels signed a deal on Friday. The talks were mediated by former "
         "Zambian President Edgar Mwale, the African Union's special envoy.\n", "Edgar Mwale"),
    ],
)
def test_a_former_head_of_state_mediating_is_of_the_body(text, name):
    _, d = analyse(text)
    a = d.actors.get(d.actors.resolve(name))
    assert a is not None and a.affiliation == "African Union", a
