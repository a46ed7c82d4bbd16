"""A state recalling or withdrawing its own envoys is an expulsion-or-withdrawal of diplomats
(CAMEO 1663), in the country that recalls them; an envoy who recalls something remembers.
Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.models import IncidentMention


def mentions(text: str, published: str = "2025-03-14") -> list[IncidentMention]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def test_envoys_recalled_or_withdrawn_by_their_state():
    for country, text in (("Kenya", "Kenya recalled its ambassador to Tanzania on Wednesday over the border dispute."),
                          ("Peru", "Peru subsequently recalled its envoy and three other diplomats, accusing Chile of meddling."),
                          ("Ghana", "Ghana's government said on Tuesday it was withdrawing its high commissioner and four other diplomats from Togo.")):
        assert [(m.kind, m.country) for m in mentions(text)] == [("arrest_or_expulsion", country)], text


def test_an_expulsion_and_the_answering_recall_are_two_events():
    got = mentions("Chile expelled two Peruvian diplomats on Monday. Peru's recall of its ambassador followed on Tuesday.")
    assert [(m.kind, m.country) for m in got] == [("arrest_or_expulsion", "Chile"), ("arrest_or_expulsion", "Peru")]


def test_an_envoy_who_recalls_something_remembers():
    assert mentions("The former ambassador recalled the 2019 talks in Lima with fondness.") == []
