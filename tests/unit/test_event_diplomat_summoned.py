"""A foreign diplomat summoned by the host state is the diplomatic counterpart of an expulsion
(events.toml: arrest_or_expulsion, PLOVER REDUCE), in the country that summoned; a summons to court
or "summoned the courage" is none. Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_a_diplomat_summoned_is_an_expulsion_kind_of_event_in_the_summoning_country():
    assert kinds("Norway's foreign ministry summoned the Russian ambassador on Monday.") == {("arrest_or_expulsion", "Norway")}
    assert kinds("Fiji summoned the Chinese envoy on Monday over the naval collision.") == {("arrest_or_expulsion", "Fiji")}


def test_a_summons_to_court_or_of_courage_is_no_diplomatic_event():
    assert kinds("The Peruvian judge summoned the former ambassador to court on Monday.") == set()
    assert kinds("The Bolivian foreign minister summoned the courage to call the ambassador on Monday.") == set()
