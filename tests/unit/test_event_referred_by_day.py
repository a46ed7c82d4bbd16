"""An event told again by a referring noun whose relative clause says its day ("killed in the
incident that occurred on Sunday"): the event told before, dated by that clause, not a second
attack whose toll the killing is (annotate/nlp/events.py ``_referring``, ``_told_day``,
``_toll_of_told``). Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source

PUBLISHED = "2025-09-12"  # a Friday


def mentions(text: str) -> set[tuple[str, str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=PUBLISHED))
    return {(m.kind, m.country, m.date) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_a_toll_in_the_incident_that_occurred_on_a_day_dates_the_event_told_before():
    got = mentions("Army jets bombed the village of Kolani in Borno state, officials said. "
                   "A farmer said 12 of his relatives were killed in the tragic incident that occurred on Sunday, a local paper reported.")
    assert ("air_or_drone_strike", "Nigeria", "2025-09-07") in got
    assert not any(kind == "attack_on_civilians" for kind, _, _ in got)


def test_a_referring_noun_without_its_day_is_no_new_mention():
    got = mentions("Army jets bombed the village of Kolani in Borno state, officials said. "
                   "A farmer said 12 of his relatives were killed in the tragic incident, a local paper reported.")
    assert not any(date == "2025-09-07" for _, _, date in got)
