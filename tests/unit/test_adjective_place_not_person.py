"""A known country, region or breakaway area after an adjective is a place, not a person's name
(new-user session 15, F7: "Unrecognised Transnistria" was a person actor). Invented sentences
about other places; a person whose surname is only a city keeps being a person."""

from __future__ import annotations

import pytest

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace


def actors_of(tmp_path, text):
    w = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    try:
        w.add_sources([make_source(text, "a.txt", meta=Meta(title="Report", published="2025-06-02"))])
        w.analyze()
        return {a.name: a.kind for a in w.list_actors()}
    finally:
        w.close()


@pytest.mark.parametrize("opening", [
    "Unrecognised Abkhazia, officially known as the Republic of Abkhazia, was placed on alert on Monday.",
    "Occupied South Ossetia, officially known as the Republic of South Ossetia, was placed on alert on Monday.",
    "Embattled Darfur, home to two million displaced people, was placed on alert on Monday.",
    "Breakaway Karabakh, officially known as the Republic of Artsakh, was placed on alert on Monday.",
])
def test_an_adjective_before_a_known_area_makes_no_person(tmp_path, opening):
    found = actors_of(tmp_path, opening + " “We will not be intimidated,” Foreign Minister Lena Varga said.\n")
    assert found.get("Lena Varga") == "person"
    assert not any(kind == "person" and any(w in name for w in ("Abkhazia", "Ossetia", "Darfur", "Karabakh")) for name, kind in found.items()), found


def test_a_person_whose_surname_is_a_city_stays_a_person(tmp_path):
    found = actors_of(tmp_path, "“The talks failed,” said Rich Houston, a former envoy, on Monday.\n")
    assert found.get("Rich Houston") == "person", found
