"""People captured by a state's forces are an arrest; a town captured is territory taken, and a
capture by an armed group is no arrest. Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_people_captured_by_troops_are_an_arrest():
    assert kinds("Bolivian troops captured 32 men and seized arms near the border with Paraguay on Monday.") == {("arrest_or_expulsion", "Bolivia")}
    assert kinds("Fijian soldiers captured two rebel commanders near Nadi on Monday.") == {("arrest_or_expulsion", "Fiji")}


def test_a_town_or_a_capture_by_rebels_is_no_arrest():
    assert kinds("Bolivian troops captured the town of Cobija on Monday.") == {("armed_clash", "Bolivia")}
    assert kinds("Rebels captured three Bolivian soldiers near Cobija on Monday.") == {("armed_clash", "Bolivia")}
