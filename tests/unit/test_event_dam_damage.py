"""Damage to a dam is damage to critical infrastructure, as to a pipeline or a power line
(annotate/events.toml, the explosion_or_sabotage entry of damaged infrastructure). Every sentence
is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-12"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_damage_to_a_dam_is_sabotage_of_infrastructure():
    got = kinds("Villages were evacuated in the northern Moldovan district of Soroca after unknown attackers damaged the Costesti dam overnight.")
    assert ("explosion_or_sabotage", "Moldova") in got


def test_a_dam_damaged_by_a_storm_is_no_sabotage():
    got = kinds("Villages were evacuated in the northern Moldovan district of Soroca after a storm damaged the Costesti dam overnight.")
    assert not any(k == "explosion_or_sabotage" for k, _ in got)
