"""An outlet that speaks is the outlet, not the state it belongs to: "Peru's semi-official X news
agency said" names the agency, though a country and an official noun ("agency") are in it."""

from __future__ import annotations

from annotate.actors import government_for
from annotate.gazetteer import load_gazetteer


def test_a_countrys_news_agency_or_broadcaster_is_no_government():
    gaz = load_gazetteer()
    assert government_for("Peru’s semi-official Andina news agency", gaz) is None
    assert government_for("Chile's state broadcaster", gaz) is None
    assert government_for("the Bolivian state television", gaz) is None
    assert government_for("a Peruvian government spokesperson", gaz) == gaz.country("Peru").government_name
    assert government_for("Peru's border agency", gaz) == gaz.country("Peru").government_name
