"""Collective actors named by a nation, place, people or leader word and a collective noun ("Peruvian
border units", "the Kenyan-led coalition", "Transkei forces"). Invented sentences, the real spaCy model."""

from __future__ import annotations

from .test_attribution import actor, analyse


_BORDER = (
    "Clashes on the Bolivia-Peru border leave five dead\n\n"
    "LA PAZ, March 3 (Reuters) - Bolivian Aymara clans clashed with Peruvian border units near the town of "
    "Desaguadero on Tuesday, leaving five people dead, officials said. Irregular Peruvian armed groups had "
    "crossed the river at night, a police officer said.\n"
)


def test_a_nationality_classifiers_and_a_collective_noun_name_an_organisation_of_that_country():
    _, d = analyse(_BORDER)
    clans = actor(d, "Bolivian Aymara clans")
    assert clans is not None and clans.kind == "organization" and clans.affiliation == "Bolivia"
    assert actor(d, "Aymara clans") is clans  # the people's name alone names the same body
    units = actor(d, "Peruvian border units")
    assert units is not None and units.affiliation == "Peru" and units is not clans
    armed = actor(d, "irregular Peruvian armed groups")
    assert armed is not None and armed.affiliation == "Peru"


def test_the_leader_of_a_led_coalition_is_its_affiliation_and_conjuncts_are_apart():
    text = (
        "Fiji coup plot foiled, officials say\n\n"
        "SUVA, June 4 (AFP) - Transkei forces and the Fijian air force were placed on alert on Thursday after "
        "the Kenyan-led coalition warned of a coup plot, officials said. Tongan volunteers joined the patrols.\n"
    )
    _, d = analyse(text)
    coalition = actor(d, "Kenyan-led coalition")
    assert coalition is not None and coalition.kind == "organization" and coalition.affiliation == "Kenya"
    volunteers = actor(d, "Tongan volunteers")
    assert volunteers is not None and volunteers.affiliation == "Tonga"
    forces = actor(d, "Transkei forces")
    assert forces is not None and forces.name == "Transkei forces"  # not the air force it is coordinated with


def test_a_peoples_community_takes_the_articles_country_by_back_off():
    text = (
        "Oil spill protest in Nigeria turns violent\n\n"
        "The Ogoni community blocked a pipeline road near Port Harcourt in southern Nigeria on Friday, and "
        "Nigerian police fired tear gas, Nigerian officials said. Nigeria's government promised talks.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Ogoni community")
    assert a is not None and a.kind == "organization" and a.affiliation == "Nigeria"


def test_a_capitalised_collective_noun_is_a_name_and_a_person_is_no_modifier():
    text = (
        "Militia attack in Chad\n\n"
        "The Rapid Shield Forces attacked a village near Abeche in eastern Chad on Monday, Chadian officials "
        "said. Mahamat Idriss forces were not involved, a spokesman said.\n"
    )
    _, d = analyse(text)
    assert actor(d, "Shield Forces") is None or actor(d, "Shield Forces").name != "Shield Forces"
    assert actor(d, "Idriss forces") is None


def test_a_classifier_and_a_collective_noun_alone_are_the_story_countrys():
    text = (
        "Fiji coup leaders form council\n\n"
        "SUVA, June 4 (AFP) - Fiji's coup leaders said on Thursday the military council would rule until "
        "elections, as opposition politicians in Suva demanded a return to civilian rule. Security forces "
        "patrolled the capital, Fijian police said.\n"
    )
    _, d = analyse(text)
    council = actor(d, "the military council")
    assert council is not None and council.kind == "organization" and council.affiliation == "Fiji"
    opposition = actor(d, "opposition politicians")
    assert opposition is not None and opposition.affiliation == "Fiji" and opposition is not council
    forces = actor(d, "Security forces")
    assert forces is not None and forces.affiliation == "Fiji"


def test_a_classifier_phrase_in_a_story_of_two_countries_is_not_guessed():
    text = (
        "Bolivia and Peru trade blame over border shooting\n\n"
        "Bolivia and Peru blamed each other on Tuesday for a shooting at a border post near Desaguadero. "
        "Opposition politicians in both capitals demanded an inquiry.\n"
    )
    _, d = analyse(text)
    assert actor(d, "opposition politicians") is None


def test_a_peoples_name_may_start_a_sentence_but_a_quantifier_may_not():
    text = (
        "Raid on Fijian village\n\n"
        "Rotuman clans raided a village near Lautoka in western Fiji on Sunday, Fijian police said. "
        "Both groups had quarrelled over land for years.\n"
    )
    _, d = analyse(text)
    clans = actor(d, "Rotuman clans")
    assert clans is not None and clans.affiliation == "Fiji"
    assert actor(d, "Both groups") is None


def test_a_countrys_possessive_names_its_collective_body():
    text = (
        "Lake patrols meet on Titicaca\n\n"
        "Peru's navy units and Peru's Aymara communities met on Lake Titicaca on Monday, Bolivian officials "
        "said.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Peru's Aymara communities")
    assert a is not None and a.kind == "organization" and a.affiliation == "Peru"
    assert actor(d, "Peruvian Aymara communities") is a


def test_a_group_named_by_its_patron_is_of_the_country_it_acts_in():
    text = (
        "Attack on base in Chad\n\n"
        "Libya-backed militias attacked a military base near Abeche in eastern Chad on Tuesday, Chadian "
        "officials said. Libya denied any role, and Libyan officials in Tripoli called the claims lies. The "
        "militias fired rockets from the hills near Biltine. Libya's foreign ministry summoned an envoy.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Libya-backed militias")
    assert a is not None and a.kind == "organization" and a.affiliation == "Chad"


def test_a_collective_noun_that_modifies_a_person_or_a_building_names_no_body():
    text = (
        "Blast near Fijian barracks\n\n"
        "A bomb went off outside the Lautoka police station on Sunday, Fijian officials said, and Tongan army "
        "chief Sione Tui condemned it.\n"
    )
    _, d = analyse(text)
    names = {a.name for a in d.actors.actors.values()}
    assert "Lautoka police" not in names, names
    chief = actor(d, "Sione Tui")
    assert chief is not None and chief.kind == "person"


def test_a_models_name_or_an_acronym_is_no_peoples_name():
    text = (
        "Jets over the Fijian sea\n\n"
        "Two MiG-31 fighters and 300 KRA troops were seen near Suva on Sunday, Fijian officials said.\n"
    )
    _, d = analyse(text)
    names = {a.name for a in d.actors.actors.values()}
    assert "MiG-31 fighters" not in names and "KRA troops" not in names, names


def test_a_nation_word_after_a_sentences_first_word_names_its_collective_body():
    text = (
        "Border post burnt on the Lao frontier\n\n"
        "Villagers crossed the river near Houayxay at dawn. Then Thai border guards fired warning shots, "
        "a Lao official said.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Thai border guards")
    assert a is not None and a.kind == "organization" and a.affiliation == "Thailand"


def test_warring_or_rival_bodies_without_a_nation_word_are_the_story_countrys():
    text = (
        "Fighting in the Lesotho highlands\n\n"
        "Eleven people died when warring clans clashed near Mokhotlong in Lesotho on Saturday, Lesotho police said. "
        "Rival gangs later burnt two houses.\n"
    )
    _, d = analyse(text)
    a = actor(d, "warring clans")
    assert a is not None and a.kind == "organization" and a.affiliation == "Lesotho"
    b = actor(d, "rival gangs")
    assert b is not None and b is not a and b.affiliation == "Lesotho"
