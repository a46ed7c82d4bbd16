""""Residents of X were woken by explosions": what befell the people of a place happened there.
Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def placed(text: str) -> set[tuple[str, str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return {(m.kind, m.country, m.place) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_residents_of_a_place_were_hit_there():
    assert placed("Residents of Cobija were woken by detonations from the air force on Monday.") == {("air_or_drone_strike", "Bolivia", "Cobija")}
    assert {(k, c) for k, c, _ in placed("Villagers of Ba, Fiji, were woken by explosions on Monday.")} == {("explosion_or_sabotage", "Fiji")}
