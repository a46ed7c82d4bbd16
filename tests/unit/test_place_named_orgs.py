"""An organisation whose name starts with a place's name ("Delta Shipping") is of the country the
words around it state ("a Greek firm"), not of the place's country; with nothing stated, of that
place's."""

from __future__ import annotations

from .test_attribution import analyse


def _actor(d, name):
    return d.actors.get(d.actors.resolve(name))


def test_a_stated_country_beats_a_place_in_the_name():
    _, d = analyse("Delta Shipping, a Greek firm, said “all crew are accounted for.”\n")
    assert _actor(d, "Delta Shipping").affiliation == "Greece"


def test_a_place_in_the_name_still_counts_when_nothing_is_stated():
    _, d = analyse("The Colorado Department of Transportation said “all roads are closed.”\n")
    assert _actor(d, "Colorado Department of Transportation").affiliation == "Colorado, United States"
