"""A person's or body's affiliation that the article gives elsewhere than in the words naming
them: the nation given once to an article's first official and left off the next ones; a
"state-run" outlet's country before it. Invented sentences about other conflicts, the real spaCy
model."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.roles import officials_countries

from .test_attribution import actor, analyse


_PERU = (
    "Peru's Prime Minister Rosa Quispe said a pipeline blast near the border was sabotage. "
    "Bolivia denied any role and Chilean officials called for calm.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Carlos Huaman told reporters troops were guarding the line.\n",
        "Deputy Interior Minister Carlos Huaman said the case was under investigation.\n",
        "“We will find them,” Energy Minister Carlos Huaman said.\n",
    ],
)
def test_a_bare_ministers_title_takes_the_nation_given_to_the_articles_other_official(sentence):
    _, d = analyse(_PERU + sentence)
    assert actor(d, "Rosa Quispe").affiliation == "Peru"
    assert actor(d, "Carlos Huaman").affiliation == "Peru"


def test_officials_of_two_nations_leave_a_bare_title_without_one():
    _, d = analyse(
        "Peru's Prime Minister Rosa Quispe and Bolivia's Foreign Minister Ana Mamani met on the border.\n"
        "Defence Minister Carlos Huaman said troops were guarding the line.\n"
    )
    assert actor(d, "Carlos Huaman").affiliation == ""


def test_a_person_without_a_government_title_takes_no_officials_nation():
    _, d = analyse(_PERU + "“It was a loud bang,” said Carlos Huaman, who drives a truck on the road.\n")
    assert actor(d, "Carlos Huaman").affiliation == ""


def test_officials_countries_count_only_titled_phrases_that_name_a_country():
    gaz = load_gazetteer()
    assert officials_countries([["", "Peru's Prime Minister"], ["", "Defence Minister"]], gaz) == {"Peru"}
    assert officials_countries([["", "Peruvian analyst"], ["", "Defence Minister"]], gaz) == set()  # no office
    assert officials_countries([["", "Peru's Prime Minister"], ["", "Bolivian Foreign Minister"]], gaz) == {"Peru", "Bolivia"}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Chile's state-run Andes Press Agency said the convoy had crossed at dawn.\n", "Andes Press Agency", "Chile"),
        ("Bolivia's government-run Altiplano News Agency reported two soldiers hurt.\n", "Altiplano News Agency", "Bolivia"),
    ],
)
def test_a_state_run_outlets_country_is_the_one_named_before_it(sentence, name, country):
    _, d = analyse("Troops clash on the Andes border\n\n" + sentence)
    a = actor(d, name)
    assert a is not None and a.affiliation == country


_BORDER = "Clashes on the Peru-Bolivia border\n\nTroops exchanged fire near Desaguadero on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("“We will respond,” said Juan Ferrer, who heads the Peruvian navy.\n", "Peru"),
        ("Juan Ferrer, who was Bolivia's president until 2019, called for calm.\n", "Bolivia"),
        ("Juan Ferrer, who leads the Red Condor Front, said more attacks would follow.\n", "Red Condor Front"),
        ("Juan Ferrer said the shelling was a provocation. Ferrer is Bolivia's foreign minister.\n", "Bolivia"),
    ],
)
def test_a_relative_or_copular_clause_after_a_name_gives_its_body(sentence, affiliation):
    _, d = analyse(_BORDER + sentence)
    assert affiliation in actor(d, "Juan Ferrer").affiliation


@pytest.mark.parametrize(
    "sentence",
    [
        "Juan Ferrer, who was wounded in Tarija, said the shelling went on all night.\n",
        "Juan Ferrer said the shelling went on all night. Ferrer was wounded in Bolivia.\n",
    ],
)
def test_a_clause_without_a_title_or_a_body_gives_none(sentence):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Bolivian Defence Minister Ana Rojas said troops were ready. Her deputy, Juan Ferrer, said the same.\n",
        "Ana Rojas, Bolivia's defence minister, and her deputy Juan Ferrer visited the border.\n",
        "Bolivian Defence Minister Ana Rojas said troops were ready. Juan Ferrer, an adviser to the defence minister, agreed.\n",
    ],
)
def test_a_deputy_or_aide_of_a_person_takes_that_persons_affiliation(sentence):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == "Bolivia"


def test_a_deputy_of_a_body_takes_no_persons_affiliation():
    _, d = analyse(_BORDER + "Bolivian Defence Minister Ana Rojas said troops were ready. "
                             "Juan Ferrer, a deputy of the regional assembly in Tarija, disagreed.\n")
    assert actor(d, "Juan Ferrer").affiliation != "Bolivia"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Red Condor Front claimed the attack. The group's leader, Juan Ferrer, said more would follow.\n",
        "The Red Condor Front claimed the attack. Juan Ferrer, the group's spokesman, said more would follow.\n",
    ],
)
def test_a_title_the_group_owns_gives_the_group_named_before(sentence):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == "Red Condor Front"


def test_a_groups_title_with_no_group_named_before_gives_none():
    _, d = analyse(_BORDER + "The group's leader, Juan Ferrer, said more attacks would follow.\n")
    assert actor(d, "Juan Ferrer").affiliation == ""


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("The Red Condor Front said its commander Juan Ferrer was killed in the strike.\n", "Red Condor Front"),
        ("The Red Condor Front claimed the attack. Bolivia said its ambassador, Juan Ferrer, was recalled.\n", "Bolivia"),
        ("The Red Condor Front claimed the attack. The Bolivian army said its spokesman Juan Ferrer was hurt.\n",
         "Bolivian army, Bolivia"),
    ],
)
def test_a_title_owned_by_its_sentences_body_gives_that_body(sentence, affiliation):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == affiliation


@pytest.mark.parametrize(
    "sentence",
    [
        "The Red Condor Front confirmed the death of its commander and said he was Juan Ferrer.\n",
        "The Red Condor Front said the dead commander was Juan Ferrer.\n",
        "A drone hit a car near the border. The body was identified by members of the Red Condor Front as Juan Ferrer.\n",
    ],
)
def test_a_group_naming_its_dead_member_gives_him_the_group(sentence):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == "Red Condor Front"


def test_a_state_body_naming_a_dead_enemy_gives_him_no_affiliation():
    _, d = analyse(_BORDER + "The Bolivian army said the dead rebel commander was Juan Ferrer.\n")
    assert actor(d, "Juan Ferrer").affiliation == ""
    _, d = analyse(_BORDER + "The dead rebel commander was identified by the Bolivian army as Juan Ferrer.\n")
    assert "Bolivian army" not in actor(d, "Juan Ferrer").affiliation


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("Juan Ferrer, a commander of the Shining Path in Peru, was captured on Sunday.\n", "Shining Path in Peru"),
        ("Juan Ferrer, the Bolivian army commander in Tarija, said the border was calm.\n", "Bolivia"),
    ],
)
def test_a_groups_branch_in_a_country_is_the_members_body_not_the_country(sentence, affiliation):
    _, d = analyse(_BORDER + sentence)
    assert affiliation in actor(d, "Juan Ferrer").affiliation


def test_a_bare_ministers_title_takes_the_one_state_whose_bodies_the_report_names():
    _, d = analyse(
        "Blast hits Ecuador pipeline\n\nA blast damaged an oil pipeline on Sunday. Ecuadorian police sealed the area "
        "and Ecuadorian authorities blamed saboteurs. Colombia denied any role.\n"
        "Interior Minister Luis Vega said the case was under investigation.\n"
    )
    assert actor(d, "Luis Vega").affiliation == "Ecuador"


def test_the_raiding_states_bodies_give_no_country_to_a_bare_title_where_the_raid_happens():
    _, d = analyse(
        "Shelling near Tarija\n\nThe Peruvian army shelled villages near Tarija and Potosi in Bolivia on Sunday. "
        "The Peruvian military said it hit depots in Bolivia, and Bolivian villagers in Tarija fled.\n"
        "Health Minister Luis Vega said six people were wounded.\n"
    )
    assert actor(d, "Luis Vega").affiliation != "Peru"


def test_state_country_counts_a_nations_bodies_not_its_name_alone():
    gaz = load_gazetteer()
    from annotate.roles import state_country

    assert state_country("The Kenyan army moved in. Kenyan police and Kenya's government agreed. Somalia objected.", gaz) == "Kenya"
    assert state_country("Kenya and Somalia talked. Kenya and Somalia agreed.", gaz) == ""  # no bodies
    assert state_country("The Kenyan army and Somali forces clashed; Kenyan police and Somali police fled.", gaz) == ""


_ECUADOR = ("Blast hits Ecuador pipeline\n\nA blast damaged an oil pipeline on Sunday. Ecuadorian police sealed the area "
            "and Ecuadorian authorities blamed saboteurs. Colombia denied any role.\n")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("According to the state broadcaster ETV News, “the saboteurs fled across the river.”\n", "ETV News"),
        ("“The saboteurs fled across the river,” defence ministry spokeswoman Lucia Paz said.\n", "Lucia Paz"),
    ],
)
def test_a_nationless_state_voice_takes_the_state_whose_bodies_the_report_names(sentence, name):
    _, d = analyse(_ECUADOR + sentence)
    a = actor(d, name)
    assert a is not None and a.affiliation == "Ecuador"


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("Juan Ferrer, 45, a Bolivian soldier, was killed in the shelling.\n", "Bolivia"),
        ("Juan Ferrer, 45, a commander of the Red Condor Front, was killed.\n", "Red Condor Front"),
        ("Juan Ferrer, 45, who heads the Peruvian navy, said the line held.\n", "Peru"),
    ],
)
def test_an_age_between_a_name_and_its_apposition_is_skipped(sentence, affiliation):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == affiliation


@pytest.mark.parametrize(
    "sentence",
    [
        "Juan Ferrer, Bolivia's ambassador to the United Nations, called for calm.\n",
        "Juan Ferrer, who is Bolivia's envoy to Peru, said the shelling was illegal.\n",
    ],
)
def test_where_an_envoy_is_sent_is_not_whom_they_speak_for(sentence):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == "Bolivia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Juan Ferrer, a senior commander of the ELN, was killed in the strike.\n",
        "Juan Ferrer, a spokesman for the ELN, denied the group was involved.\n",
    ],
)
def test_an_acronym_after_a_title_and_of_is_the_persons_group(sentence):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == "ELN"


def test_a_countrys_acronym_after_a_title_is_no_group():
    _, d = analyse(_BORDER + "Juan Ferrer, a senior commander in the DRC, said the line held.\n")
    assert actor(d, "Juan Ferrer").affiliation in ("", "Democratic Republic of the Congo")


def test_a_bare_title_among_officials_of_several_nations_takes_no_states_bodies():
    _, d = analyse(
        "Drones over Latvia\n\nRussian officials denied it; Russian military flights follow the rules, Russian "
        "diplomats said. Lithuanian President Ona Kairiene called for calm and German Defence Minister Jonas Weber "
        "agreed.\n“They want to scare us,” Justice Minister Peteris Ozols told reporters.\n"
    )
    assert actor(d, "Peteris Ozols").affiliation != "Russia"


def test_another_states_bodies_keep_a_bare_title_from_the_one_nation_given_an_official():
    _, d = analyse(
        "Strike on a boat\n\nColombian President Ana Ruiz condemned the strike. The US military said it hit a boat "
        "in the Caribbean; US forces had tracked it for days and US officials called it a drug boat.\n"
        "Defense Secretary John Malley said more strikes would follow.\n"
    )
    assert actor(d, "John Malley").affiliation != "Colombia"


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("The Red Condor Front lost a senior commander in an airstrike on Monday. The group later named him as Juan Ferrer.\n",
         "Red Condor Front"),
        ("An airstrike killed a senior commander of the Red Condor Front. The group identified him as Juan Ferrer.\n",
         "Red Condor Front"),
        ("The Red Condor Front freed a hostage on Monday. The group named him as Juan Ferrer.\n", ""),
    ],
)
def test_the_group_naming_its_member_in_the_next_sentence_gives_him_the_group(sentence, affiliation):
    _, d = analyse(_BORDER + sentence)
    assert actor(d, "Juan Ferrer").affiliation == affiliation
