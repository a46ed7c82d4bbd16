"""Speech-act cues of session 16 (issue 16) on invented sentences: denouncing and deploring the other
side's act (hawkish); owning up to an act ("confirmed it was involved in the raid": a claim of force,
while "was not involved" stays a denial); working "with" a thing rather than a party ("working with
whatever we have", "with a single version of events"): making do or a line of inquiry, no intent to
cooperate."""

from __future__ import annotations

import pytest

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Harbour Minister Elin Tove denounced the raid on the fishing port, saying the boats were unarmed.\n", "Elin Tove", "hawkish"),
        ("Governor Kasimir Brandt deplored the shelling of the market in Ostra.\n", "Kasimir Brandt", "hawkish"),
        ("Spokesman Oskar Velt confirmed that they were indeed involved in the bombing of the depot in Narsk.\n",
         "Oskar Velt", "hawkish"),
        ("Spokesman Oskar Velt said that they were not involved in the bombing of the depot in Narsk.\n",
         "Oskar Velt", "denial"),
    ],
)
def test_speech_acts(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


@pytest.mark.parametrize(
    "quote",
    [
        "We are working with whatever we have and doing what we can for the families.",
        "Investigators are working with a single version of events: that the fire was set on purpose.",
        "We are working with very limited resources in the valley.",
    ],
)
def test_working_with_a_thing_is_no_intent_to_cooperate(quote):
    s = suggested(f"“{quote}” Mayor Ruben Aldana told reporters in Cortaz.\n", "Ruben Aldana")
    assert s is None or s.label != "cautious", s


def test_working_with_a_party_stays_cooperation():
    s = suggested("“We are working with the Ostran coast guard to find the crew,” Mayor Ruben Aldana told reporters.\n", "Ruben Aldana")
    assert s is not None and s.label == "cautious", s
