"""A town whose name another country's town also bears takes the country of the region named right
after it ("the town of X, in the Y province"): invented sentences, the real spaCy model."""

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def _countries(text: str) -> list[str]:
    s = make_source(text, "x.txt", meta=Meta(published="2025-12-19"))
    a = analyze_sources([s], gazetteer=load_gazetteer())
    a = a[s.id] if isinstance(a, dict) else a[0]
    return [i.country for i in a.incidents]


def test_a_town_takes_the_country_of_the_region_named_with_it():
    got = _countries("Police post attacked\n\nThe police said that officers entered the town of Salto, in the "
                     "Antioquia department, to restore order after attacks on a police post.\n")
    assert got and set(got) == {"Colombia"}


def test_a_town_named_with_its_country_keeps_it():
    got = _countries("Police post attacked\n\nGunmen attacked a police post in the town of Mercedes, Uruguay, on Sunday.\n")
    assert got and set(got) == {"Uruguay"}
