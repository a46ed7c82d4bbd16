"""An outlet named before the noun for an outlet, after its country ("Zambia’s semi-official Mwana
news agency reported") speaks as that outlet, of that country, not as the country's government."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.named_outlets import named_outlet

from .test_attribution import analyse


@pytest.mark.parametrize(
    ("mention", "before", "expected"),
    [
        ("Zambia’s semi-official Mwana news agency", "", ("Mwana", "Zambia")),
        ("Chile’s al-Sur TV station", "", ("al-Sur", "Chile")),
        ("the Zambian Daily Courier newspaper", "", ("Daily Courier", "Zambia")),
        ("the state-run Mwana news agency", "", ("Mwana", "")),  # a state's: the story's country
        ("Mwana news agency", "Troops shelled the port, Zambia’s semi-official ", ("Mwana", "Zambia")),
        # no country's voice: an outlet cited as a source; no name
        ("the Mwana newspaper", "", None),
        ("Mwana news agency", "Troops shelled the port, reported ", None),
        ("Zambian state television", "", None),
    ],
)
def test_named_outlet(mention, before, expected):
    assert named_outlet(mention, load_gazetteer(), before) == expected


def test_a_countrys_outlet_reporting_is_the_outlet_not_the_government():
    text = ("Troops shelled the port of Kasama on Monday, Zambia’s semi-official Mwana news agency reported.\n\n"
            "Mwana news agency said 30 homes were burned.\n")
    _srcs, d = analyse(text)
    mwana = d.actors.get(d.actors.resolve("Mwana"))
    assert mwana is not None and mwana.kind == "organization" and mwana.affiliation == "Zambia"
