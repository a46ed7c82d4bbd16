"""An outlet's dateline abroad ("BANGKOK, THAILAND -" over a report on Myanmar) places none of the
article's events when the article places its story in another country; a dateline in the story's
country still does. Every text is invented."""

from __future__ import annotations

from .test_event_mentions import mentions

ABROAD = ("BANGKOK, THAILAND (4:10 P.M.) - The rebel news agency said, \"Several enemy posts have been attacked by our "
          "brave fighters along the front,\" adding that it was a clear violation of the truce.\n"
          "The Karen rebels have fought Myanmar's army for decades, and Myanmar's junta denied the report.")

AT_HOME = ("BANGKOK, THAILAND (4:10 P.M.) - Several police posts have been attacked by gunmen overnight, the police said.\n"
           "Thai police said the gunmen fled toward the south of Thailand.")


def test_a_dateline_abroad_does_not_place_the_story():
    found = {(m.kind, m.country) for m in mentions(ABROAD)}
    assert "Thailand" not in {c for _, c in found}
    assert ("armed_clash", "Myanmar") in found


def test_a_dateline_in_the_storys_country_still_places_it():
    assert ("armed_clash", "Thailand") in {(m.kind, m.country) for m in mentions(AT_HOME)}
