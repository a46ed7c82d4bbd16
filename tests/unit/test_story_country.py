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


def _labels(nlp, text):
    from annotate.nlp.entities import correct_entities

    doc = nlp(text)
    correct_entities(doc, load_gazetteer())
    return [(e.text.strip(), e.label_) for e in doc.ents]


def test_a_name_written_with_a_noun_for_a_group_or_its_members_is_a_group_everywhere(nlp):
    text = ("Kantu Rebels Raid Town\n\nThe militant group Kantu Jamaat raided the town. "
            "Residents said Kantu Jamaat fighters burnt the market. Kantu Jamaat later claimed the raid.")
    got = _labels(nlp, text)
    assert got and all(label == "ORG" for name, label in got if "Kantu Jamaat" in name)


def test_a_persons_surname_stays_a_person_when_written_before_fighters(nlp):
    got = _labels(nlp, "Commander Ahmad Massoud spoke on Monday. Massoud fighters held the pass, and Massoud said they would stay.")
    assert ("Ahmad Massoud", "PERSON") in got and ("Massoud", "PERSON") in got


def test_an_acronym_written_as_a_word_after_its_spelt_out_name_makes_one_name(nlp):
    got = _labels(nlp, "The militants may belong to the splinter group Islamic State in Sahel Province (Issp), a police officer said.")
    assert ("Islamic State in Sahel Province", "ORG") in got


_SOMALIA_LIKE = (
    "Bomb kills 9 in Kismayo\n\nA car bomb killed nine people at a market in Kismayo, in southern Somalia, on Friday. "
    "The Somali police said the bomb was hidden in a minibus.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The militant group Harakat Tarkan claimed the attack. Harakat Tarkan has fought the government for years.\n",
        "Harakat Tarkan militants claimed the attack. Harakat Tarkan has fought the government for years.\n",
        "The attack was claimed by the al-Tarkan militia, and al-Tarkan said more would come. al-Tarkan holds the south.\n",
    ],
)
def test_an_armed_group_of_no_country_is_of_the_country_its_story_happens_in(sentence):
    _, d = analyse(_SOMALIA_LIKE + sentence)
    name = "al-Tarkan" if "al-Tarkan" in sentence else "Harakat Tarkan"
    a = actor(d, name)
    assert a is not None and a.kind == "organization" and "Somalia" in a.affiliation


def test_an_armed_group_in_stories_of_two_countries_keeps_no_country():
    other = ("Ambush near Gao\n\nGunmen ambushed a convoy near Gao in northern Mali on Friday. Malian troops from Mopti "
             "and Sevare were sent.\n\nHarakat Tarkan militants claimed the ambush.\n")
    _, d = analyse(_SOMALIA_LIKE + "Harakat Tarkan militants claimed the attack.\n", other)
    a = actor(d, "Harakat Tarkan")
    assert a is not None and a.affiliation == ""


def test_an_armed_group_linked_to_another_keeps_that_link_and_gets_its_country():
    _, d = analyse(_SOMALIA_LIKE + "The al-Qaeda-linked militant group Harakat Tarkan claimed the attack. "
                   "Harakat Tarkan has fought the government for years.\n")
    a = actor(d, "Harakat Tarkan")
    assert a is not None and a.affiliation == "al-Qaeda, Somalia"


_PERU = ("Rebels attack base in Peru\n\nRebels attacked an army base near Ayacucho in southern Peru on Monday, "
         "killing four soldiers, the Peruvian army said. Troops from Huancayo and Cusco were sent.\n\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The guerrilla group TKR said it carried out the attack. The TKR has some 2,000 members.\n",
        "Officials blamed TKR rebels for the attack. The TKR has some 2,000 members.\n",
    ],
)
def test_an_acronym_written_as_an_armed_groups_is_an_actor_of_the_storys_country(sentence):
    _, d = analyse(_PERU + sentence)
    a = actor(d, "TKR")
    assert a is not None and a.kind == "organization" and a.affiliation == "Peru"


def test_a_leaders_name_before_administration_is_that_countrys_government():
    _, d = analyse(_PERU + "President Dina Quispe visited the base. The Quispe administration has promised more troops.\n")
    gov = actor(d, "Quispe administration")
    assert gov is not None and gov.kind == "government" and gov.affiliation == "Peru"
    assert actor(d, "Dina Quispe").kind == "person"


def test_the_spokesperson_of_a_nationless_state_body_is_of_the_storys_country():
    _, d = analyse(_PERU + "The spokesperson for the military junta, General Raul Condori, said the rebels fled.\n")
    a = actor(d, "Raul Condori")
    assert a is not None and a.affiliation == "Peru"
