"""Security or village guards killed by armed men are an attack on civilians; border guards
killed are a clash with a state's forces. Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def kinds(text: str) -> set[str]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-11"))
    return {m.kind for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_security_and_village_guards_killed_are_civilians():
    assert kinds("Two security guards were killed by unidentified armed men at a mine in Llallagua, Bolivia, on Monday.") == {"attack_on_civilians"}
    assert kinds("Gunmen killed three village guards in Ba, Fiji, on Monday.") == {"attack_on_civilians"}


def test_border_guards_killed_are_a_clash():
    assert kinds("Two border guards were killed by unidentified armed men near Llallagua in Bolivia on Monday.") == {"armed_clash"}
