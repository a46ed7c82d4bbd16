"""Names a new user's desks showed bluf cutting or misfiling (Caucasus and Haiti articles):
a ministry named "of <country>" is one body affiliated with the country. Invented sentences,
the real model."""

from __future__ import annotations

import pytest

from .test_attribution import analyse


def actors(*texts: str) -> dict[str, tuple[str, str]]:
    """Actor name -> (kind, affiliation) for the invented texts analysed as one corpus."""
    _, d = analyse(*texts)
    return {a.name: (a.kind, a.affiliation) for a in d.actors.actors.values()}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On May 2, 2024, the Ministry of Interior of Chad published a statement.\n\n"
         "\"We are ready,\" the ministry said.\n", "Chad"),
        ("The Ministry of Foreign Affairs of Peru said on Friday that talks would resume.\n", "Peru"),
    ],
)
def test_a_ministry_of_a_country_is_never_cut_before_the_country(text, country):
    found = actors(text)
    assert not any(name.endswith(" of") for name in found), found
    assert any(aff == country for _, aff in found.values()), found
