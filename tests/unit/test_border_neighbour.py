"""A nationality owning a border the event was near names the neighbour, not where it happened
("near the Algerian border"): invented sentences about other conflicts, the real spaCy model."""

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def _countries(text: str) -> list[str]:
    s = make_source(text, "x.txt", meta=Meta(published="2025-12-19"))
    a = analyze_sources([s], gazetteer=load_gazetteer())
    a = a[s.id] if isinstance(a, dict) else a[0]
    return [i.country for i in a.incidents]


def test_near_a_demonyms_border_is_not_that_country():
    got = _countries("Seven Malian soldiers killed\n\nThe Azawad Front launched a deadly attack on a remote army post "
                     "near the Algerian border, killing seven soldiers, the army said.\n")
    assert got and "Algeria" not in got
    assert "Mali" in got


def test_a_demonyms_town_is_still_its_country():
    got = _countries("Clashes in the north\n\nRebels attacked the Algerian town of Tamanrasset on Tuesday, killing four police officers.\n")
    assert "Algeria" in got
