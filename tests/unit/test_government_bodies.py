"""State legislatures as government bodies ("the Sejm", "the National Assembly"). Invented sentences."""

from __future__ import annotations

from annotate.government_bodies import government_body, legislature

from .test_attribution import actor, analyse


def test_a_states_legislature_is_a_government_body_an_international_one_is_not():
    for name in ("Zambian Parliament", "the Sejm", "National Assembly", "People's Assembly", "the Storting",
                 "House of Representatives", "Lok Sabha"):
        assert legislature(name), name
    for name in ("European Parliament", "Pan-African Parliament", "General Assembly", "National Congress", "Parliament Street Bank"):
        assert not legislature(name), name
    assert government_body("the Sejm", False)


def test_a_legislature_named_in_passing_is_the_story_countrys_government_body():
    _, d = analyse("Protesters storm parliament in Lusaka\n\nThousands of protesters stormed the parliament in Lusaka on "
                   "Tuesday. The National Assembly was set on fire, Zambian police said.\n")
    a = actor(d, "National Assembly")
    assert a is not None and a.kind == "government" and a.affiliation == "Zambia"
