"""A region's or a city's government named by the place and a government noun ("the Sindh
government"). Invented sentences, the real spaCy model."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.region_government_mentions import region_government_phrases

from .test_attribution import actor, analyse


def test_phrases_of_a_region_and_a_government_noun():
    gaz = load_gazetteer()
    text = ("The Kerala state government closed schools, and Zamfara's provincial administration said "
            "New Lagos government officials met.")
    got = [(text[s:e], name, country) for s, e, name, country in region_government_phrases(text, gaz)]
    assert ("Kerala state government", "Kerala government", "India") in got
    assert ("Zamfara's provincial administration", "Zamfara government", "Nigeria") in got
    assert not any(name == "Lagos government" for _, name, _ in got)  # after another capitalised word


def test_a_country_is_no_region_government():
    gaz = load_gazetteer()
    assert region_government_phrases("The Kenyan government and the Chad administration met.", gaz) == []


def test_a_region_government_in_a_speakers_title_is_an_actor_of_its_own():
    text = (
        "Bus attacked in Sindh\n\n"
        "Gunmen attacked a bus near Sukkur in Pakistan's Sindh province on Monday, killing four passengers. "
        "Sindh government spokesperson Nadia Qureshi said that the injured were taken to Karachi.\n"
    )
    _, d = analyse(text)
    g = actor(d, "Sindh government")
    assert g is not None and g.kind == "government" and g.affiliation == "Pakistan"
    assert actor(d, "Nadia Qureshi") is not None
