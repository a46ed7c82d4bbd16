"""An exercise announced with the days it lasts ("three days of naval drills") is one event, not a
war's length, and the day its clause gives ("began three days of drills on Monday") or a later
sentence gives ("The exercises commenced on 4 March 2023") dates it. Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def mentions(text: str) -> list[tuple[str, str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return [(m.kind, m.country, m.date) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents]


def test_days_of_drills_are_one_exercise_dated_by_its_clause():
    assert mentions("Chile began three days of naval exercises off Peru on Monday.") == [("exercise_or_mobilisation", "Peru", "2025-09-08")]


def test_a_later_sentence_dates_the_exercise():
    got = mentions("Ecuador's navy has launched two days of drills near the Galapagos. The exercises commenced on 4 March 2023.")
    assert ("exercise_or_mobilisation", "Ecuador", "2023-03-04") in got
    assert {k for k, _, _ in got} == {"exercise_or_mobilisation"}


def test_years_of_fighting_stay_no_one_event():
    assert mentions("Bolivia emerged from two years of fighting between ranchers and miners.") == []
