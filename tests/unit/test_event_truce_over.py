"""A truce that ends, or that a side says it still keeps, is no agreement event; a truce agreed
is. Every sentence is invented (other conflicts than the ones that showed the defect)."""

from __future__ import annotations

import pytest

from .test_event_mentions import mentions


@pytest.mark.parametrize(
    "sentence",
    [
        'The truce monitored by the African Union since 2003 is a "thing of the past", added the rebel spokesman.',
        "The rebel president said on Saturday he had issued a decree announcing the formal end of its obligations under the truce agreement.",
        "President Ruto said Nairobi remained committed to a cease-fire.",
        "The truce between Armenia and Azerbaijan collapsed on Monday.",
        "The ceasefire ended on Monday, the army said.",
    ],
)
def test_the_end_of_a_truce_or_a_commitment_to_it_is_no_agreement(sentence):
    assert "ceasefire_or_agreement" not in {m.kind for m in mentions(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "India and Pakistan agreed to a ceasefire on Saturday.",
        "Israel and Hamas signed a truce agreement at the end of the talks on Sunday.",
        "Russia and Ukraine committed to a ceasefire on Friday.",
    ],
)
def test_a_truce_agreed_is_still_an_agreement(sentence):
    assert "ceasefire_or_agreement" in {m.kind for m in mentions(sentence)}
