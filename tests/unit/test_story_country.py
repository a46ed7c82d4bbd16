"""People and groups a story places where it happens, without a nationality of their own, are of
that country (issue 14: "Villager X" in a story about Borno is Nigerian); an outlet a person
spoke to is not their body. Invented sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.roles import story_country

from .test_attribution import actor, analyse


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
        ("“Six men are missing,” said Boubacar Traore, the head of the village rescue service.\n", "Boubacar Traore"),
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


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A jet bombed the village, killing ten people, according to a Tamba Township people’s administration spokesman."
         "\n\n“Three women were killed,” he said.\n",
         "Tamba Township people’s administration"),
        ("The head of the Sinchi ambulance service, Jorge Mamani, said four people died.\n", "Sinchi ambulance service"),
    ],
)
def test_a_local_body_named_by_its_place_or_name_and_a_lower_case_head_is_of_the_storys_country(sentence, name):
    _, d = analyse(_PERU + sentence)
    a = actor(d, name)
    assert a is not None and a.kind == "organization" and a.affiliation == "Peru"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“My son was in the market,” said Mariam Cisse, a mother of three.\n", "Mariam Cisse"),
        ("“Nobody came to help us,” said police officer Seydou Keita.\n", "Seydou Keita"),
    ],
)
def test_family_members_and_police_with_no_place_near_are_of_the_storys_country(sentence, name):
    far = "The attack was the third on the road this month and the worst since the rains began. " * 8 + "\n\n"
    _, d = analyse(_MALI + far + sentence)
    a = actor(d, name)
    assert a is not None and a.affiliation == "Mali"


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("“The rebels fled,” according to the state broadcaster TVP News.\n", "Peru"),
        ("“The rebels fled,” according to Bolivia’s state broadcaster TVB Noticias.\n", "Bolivia"),
    ],
)
def test_a_state_outlet_that_speaks_is_an_actor_of_its_state(sentence, affiliation):
    _, d = analyse(_PERU + sentence)
    name = "TVP News" if "TVP" in sentence else "TVB Noticias"
    a = actor(d, name)
    assert a is not None and a.kind == "organization" and a.affiliation == affiliation


def test_an_outlet_not_of_a_state_stays_a_cited_source():
    """A broadcaster cited for a quote is a cited-source actor (session 10): an organisation with no
    mention span, so the quote is not its words and no stance is suggested for it."""
    (src,), d = analyse(_PERU + "“The rebels fled,” according to the broadcaster TVP News.\n")
    a = actor(d, "TVP News")
    assert a is not None and a.kind == "organization"
    assert a.id not in d.actors.by_span.values()
    assert not any(s.actor_id == a.id for s in d.suggestions(src.id))


def test_a_groups_mouthpiece_is_the_groups_with_its_country():
    _, d = analyse(_SOMALIA_LIKE + "The militant group Harakat Tarkan claimed the attack through its mouthpiece, Radio Sahil. "
                   "Harakat Tarkan has fought the government for years.\n")
    a = actor(d, "Radio Sahil")
    assert a is not None and a.kind == "organization" and a.affiliation == "Harakat Tarkan, Somalia"


def test_an_apposition_that_says_a_name_is_armed_groups_places_it():
    _, d = analyse(_SOMALIA_LIKE + "The base is held by the Coastal Forces, an alliance of armed groups that fought the militants. "
                   "The Coastal Forces said two fighters died.\n")
    a = actor(d, "Coastal Forces")
    assert a is not None and a.affiliation == "Somalia"


def test_an_officials_office_by_title_is_a_government_body_of_the_storys_country():
    _, d = analyse(_PERU + "The attack came while delegates of the Peace Commissioner’s office and the rebels were meeting. "
                   "Ana Pike’s office declined to comment.\n")
    a = actor(d, "Peace Commissioner’s office")
    assert a is not None and a.kind == "government" and a.affiliation == "Peru"
    assert actor(d, "Ana Pike’s office") is None


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Deadly Clashes Erupt on Tarkan Border\n\nDeadly clashes broke out on the border on Sunday. The fighting erupted at dawn.\n",
         "Deadly Clashes Erupt", None),
        ("Mark Rutte Warns of Threat\n\nNATO chief Mark Rutte warned on Sunday. He will mark the day.\n", None, "Mark Rutte"),
    ],
)
def test_a_headlines_common_words_are_no_persons_name(text, gone, kept):
    _, d = analyse(text)
    names = {a.name for a in d.actors.actors.values()}
    assert gone not in names and (kept is None or kept in names)


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        ("Tanker hit off Yemen\n\nA missile hit the tanker Orion Star, owned by Oslo-based Fjord Shipping, on Monday. "
         "“The crew are safe,” a spokesperson for the Norway-based owner said.\n", "Fjord Shipping", "Norway"),
        ("Tanker hit off Yemen\n\nA missile hit the tanker Orion Star on Monday. "
         "“The crew are safe,” a spokesperson for the Norway-based owner said.\n", "Norway-based owner", "Norway"),
    ],
)
def test_the_spokesperson_of_an_owner_speaks_for_the_owner_the_story_names(text, speaker, affiliation):
    from .test_attribution import who

    srcs, d = analyse(text)
    assert who(d, srcs[0], "crew are safe") == speaker
    assert actor(d, speaker).affiliation == affiliation


def test_a_body_asked_for_with_its_nationality_is_the_body_not_the_government():
    _, d = analyse("Rebels attack base in Peru\n\nRebels attacked a base near Ayacucho in Peru on Monday. Troops from Huancayo "
                   "and Cusco were sent.\n\nIn a statement, the National Army said “the rebels fled”. "
                   "President Dina Quispe visited the base. The Quispe administration has promised more troops.\n")
    a = actor(d, "Peruvian National Army")
    assert a is not None and a.name == "National Army" and a.kind == "organization"
