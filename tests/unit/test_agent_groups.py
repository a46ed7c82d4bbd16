"""Collective actors named by a common noun alone that act in the story ("Police opened fire",
"protesters stormed", "the inmates took two guards hostage"), and countries listed with a country
that acts ("Fiji, Tonga and Samoa criticised"). Invented sentences; the pure function without the
model, the actors with the real spaCy model."""

from __future__ import annotations

from annotate.agent_groups import agent_nouns

from .test_attribution import actor, analyse


def _phrases(text: str) -> dict[str, list[str]]:
    return {noun: [p for _s, _e, p in spans] for noun, spans in agent_nouns(text).items()}


def test_a_bare_collective_noun_that_acts_names_an_actor_with_its_written_phrase():
    got = _phrases("Thousands of angry demonstrators stormed the ministry in Lomé. The protesters demanded a vote. "
                   "Police fired tear gas. Later police trucks left.")
    assert got == {"protesters": ["angry demonstrators", "protesters"], "police": ["Police"]}


def test_a_noun_only_mentioned_or_after_a_nation_word_or_a_name_names_nothing_here():
    assert _phrases("Smugglers are a problem in the region.") == {}
    assert _phrases("Norwegian police said the crowd dispersed.") == {}  # collective_actors' phrase
    assert _phrases("Hundreds of the mayor's supporters gathered. Ndoro tribes clashed.") == {}
    assert _phrases("The police station was closed and guards' quarters were empty.") == {}


def test_passive_agents_and_captives_act_too():
    got = _phrases("Two prison guards were taken hostage by the inmates. The guards are unhurt.")
    assert got == {"guards": ["prison guards", "guards"], "prisoners": ["inmates"]}


def test_the_actor_takes_the_story_country_and_one_actor_per_noun():
    text = (
        "Riot in Malawi capital\n\n"
        "LILONGWE, May 2 - Protesters set fire to a market in Lilongwe, Malawi, on Tuesday and police "
        "responded with tear gas, Malawian officials said. The demonstrators later dispersed.\n"
    )
    _, d = analyse(text)
    crowd = actor(d, "Malawian protesters")
    assert crowd is not None and crowd.kind == "organization" and crowd.affiliation == "Malawi"
    assert actor(d, "demonstrators") is crowd
    police = actor(d, "Malawian police")
    assert police is not None and police.affiliation == "Malawi"


def test_countries_listed_with_an_acting_country_are_their_governments():
    text = (
        "Pacific states criticise launch\n\n"
        "Samoa, Tonga, Vanuatu and Fiji have all criticised the rocket launch, urging restraint. "
        "Japan said it was not informed.\n"
    )
    _, d = analyse(text)
    for country in ("Samoa", "Tonga", "Vanuatu", "Fiji"):
        a = actor(d, country)
        assert a is not None and a.kind == "government" and a.affiliation == country, country
