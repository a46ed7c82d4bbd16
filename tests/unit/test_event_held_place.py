"""A place after a place preposition and a participle of its status ("off occupied Abkhazia",
"near annexed X") that the parser reads as a verb with the place as its object: still the place
of the event (annotate/nlp/events.py ``_held_place``). Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def placed(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-12"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_off_an_occupied_region_is_the_regions_country():
    got = placed("Naval drones sank a patrol boat off occupied Abkhazia overnight, the navy said on Tuesday. "
                 "The boat had sailed through the straits from Turkey last year.")
    assert ("attack_on_or_seizure_of_ship", "Georgia") in got
    assert ("attack_on_or_seizure_of_ship", "Turkey") not in got
