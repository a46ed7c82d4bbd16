"""People and groups a story places where it happens, without a nationality of their own, are of
that country (issue 14: "Villager X" in a story about Borno is Nigerian); an outlet a person
spoke to is not their body. Invented sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.roles import story_country

from .test_attribution import analyse


def actor(d, name):
    aid = d.actors.resolve(name)
    return d.actors.get(aid) if aid else None


_MALI = (
    "Gunmen kill 12 in central Mali\n\n"
    "Gunmen on motorbikes attacked a village near Mopti in central Mali on Sunday, killing 12 people, "
    "local officials said. The Malian army sent troops from Sevare.\n\n"
)


def test_story_country_counts_names_nationalities_and_places_alike():
    gaz = load_gazetteer()
    assert story_country(["Mopti", "Malian", "Mali", "French"], gaz) == "Mali"
    assert story_country(["Mali"], gaz) == ""  # named once: too little
    assert story_country(["Kabul", "Afghan", "Pakistani", "Pakistan"], gaz) == ""  # two countries alike


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“They burnt every granary,” villager Amadou Kone said.\n", "Amadou Kone"),
        ("Villager Amadou Kone said the gunmen burnt every granary.\n", "Amadou Kone"),
        ("Another resident, Moussa Coulibaly, said the gunmen stayed for three hours.\n", "Moussa Coulibaly"),
        ("The attack was confirmed by Oumar Sangare, a fisherman from the village.\n", "Oumar Sangare"),
        ("Local militia leader Boubacar Traore told reporters six men were missing.\n", "Boubacar Traore"),
    ],
)
def test_a_local_person_without_a_nationality_is_of_the_country_the_story_happens_in(sentence, name):
    _, d = analyse(_MALI + sentence)
    a = actor(d, name)
    assert a is not None and a.name == name and a.kind == "person"
    assert a.affiliation == "Mali"


def test_a_person_introduced_as_no_local_keeps_no_affiliation():
    _, d = analyse(_MALI + "“The ceasefire will not hold,” said Ana Lopez.\n")
    a = actor(d, "Ana Lopez")
    assert a is not None and a.affiliation == ""


def test_the_outlet_a_person_spoke_to_is_not_their_affiliation():
    _, d = analyse(
        "Blast in Lima\n\nA car bomb exploded in Lima on Friday, killing four people near a police station in the "
        "Peruvian capital.\n\n“The whole street shook,” said police officer Juan Quispe of the Spanish news agency EFE.\n"
    )
    a = actor(d, "Juan Quispe")
    assert a is not None and "Spain" not in a.affiliation and "Peru" in a.affiliation
