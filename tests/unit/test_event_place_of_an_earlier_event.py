"""A place inside the "following ..." or "after ..." phrase a clause dates its event by is that
earlier event's, not the event's own ("the exercises were announced following a raid in X")
(annotate/nlp/events.py ``_place``). Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def placed(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-12"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_a_place_in_the_following_phrase_is_not_the_exercises():
    got = placed("The naval exercises were announced following a deadly border raid in Niger, Chad's army said.")
    assert ("exercise_or_mobilisation", "Niger") not in got


def test_the_earlier_event_keeps_its_place():
    got = placed("Chad's air force launched strikes on rebel camps on Monday following an ambush in Niger, the army said.")
    assert ("armed_clash", "Niger") in got
