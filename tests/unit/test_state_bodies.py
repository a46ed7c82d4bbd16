"""A state's bodies the model did not tag as one organisation (session 7): a body in lower case
after a region, a country or a nationality ("the Gujarat police", "Estonia's air force",
"Ecuadorian state television"), and capitalised names cut to their place word ("Belize Defence
Force", "Bolivian Orthodox Church", "Radio Benin"). Invented sentences, the real model."""

from __future__ import annotations

import pytest

from .test_attribution import analyse


def actors(*texts: str):
    _, d = analyse(*texts)
    return d.actors


@pytest.mark.parametrize(
    ("text", "phrase", "name", "kind", "country"),
    [
        ("The Gujarat police on Monday arrested three men suspected of smuggling arms near the border.\n",
         "Gujarat police", "Gujarat police", "organization", "India"),
        ("Several explosions were heard over Tallinn before dawn, with Estonia’s air force intercepting four drones.\n",
         "Estonian Air Force", "Estonian air force", "organization", "Estonia"),
        ("The rebels captured the town overnight, Ecuadorian state television reported on Tuesday.\n",
         "Ecuadorian state television", "Ecuadorian state television", "organization", "Ecuador"),
        ("Chile’s state media reported that the fishing vessel was seized on Wednesday.\n",
         "Chile’s state media", "Chilean state media", "organization", "Chile"),
        ("Gunmen attacked a monastery near the border, the Bolivian Orthodox Church said in a statement.\n",
         "Bolivian Orthodox Church", "Bolivian Orthodox Church", "organization", "Bolivia"),
        ("The Belize Defence Force said its patrol was ambushed near the river on Monday.\n",
         "Belize Defence Force", "Belize Defence Force", "organization", "Belize"),
        ("A local commander told Radio Benin that the attackers had fled into the forest.\n",
         "Radio Benin", "Radio Benin", "organization", "Benin"),
    ],
)
def test_a_state_body_the_model_did_not_tag_is_an_actor_of_its_state(text, phrase, name, kind, country):
    index = actors(text)
    aid = index.resolve(phrase)
    assert aid is not None, sorted(index.actors)
    a = index.get(aid)
    assert (a.name, a.kind, a.affiliation) == (name, kind, country)


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("Officers were deployed outside the Gujarat police station after the protest.\n", "Gujarat police"),
        ("Estonia’s army chief visited the troops at the front on Friday.\n", "Estonian army"),
        ("Worshippers gathered at the Bolivian Church of Saint Anne in the capital.\n", "Bolivian Church"),
        ("Residents said the village's Catholic church was damaged by shelling.\n", "Catholic church"),
    ],
)
def test_a_bodys_place_or_people_and_a_building_are_no_body(text, not_named):
    index = actors(text)
    assert not any(a.name.lower() == not_named.lower() for a in index.actors.values()), sorted(index.actors)


def test_one_body_named_by_its_country_and_by_its_adjective_is_one_actor():
    index = actors("Gunmen stormed a monastery overnight, the Bolivia Orthodox Church said.\n",
                   "The Bolivian Orthodox Church said a second monastery was locked down after the attack.\n")
    churches = {a.name for a in index.actors.values() if "Orthodox Church" in a.name}
    assert len(churches) == 1, churches
    assert index.resolve("Bolivian Orthodox Church") == index.resolve("Bolivia Orthodox Church")


def test_state_television_written_short_is_the_same_body():
    index = actors("The ship was seized in the strait, Ecuador state TV said.\n",
                   "Ecuadorian state television reported on Friday that the crew had been released.\n")
    assert index.resolve("Ecuador state TV") == index.resolve("Ecuadorian state television") is not None


def test_an_officer_named_after_his_body_is_no_mention_of_the_body():
    index = actors("Two recruits were killed outside the station, according to Sindh police Lt. Ahmed Rafiq.\n")
    assert not any(a.name == "Sindh police" for a in index.actors.values()), sorted(index.actors)


def test_a_bodys_vessels_acting_name_the_body():
    index = actors("The patrol was blocked by three Vietnamese maritime militia vessels near the reef, the Malaysian navy said.\n")
    aid = index.resolve("Vietnamese maritime militia")
    assert aid is not None and index.get(aid).affiliation == "Vietnam", sorted(index.actors)


def test_a_body_named_without_its_country_opening_a_sentence_is_the_articles_states():
    index = actors("Peruvian President Ana Rojas said the border would stay closed.\n"
                   "Local police told reporters that two bridges had been damaged by the explosions.\n")
    aid = index.resolve("Peruvian police")
    assert aid is not None and (index.get(aid).kind, index.get(aid).affiliation) == ("organization", "Peru"), sorted(index.actors)


def test_a_body_without_a_country_in_an_article_of_no_one_state_is_nobodys():
    index = actors("Police said two bridges had been damaged by the explosions on Sunday.\n")
    assert not any(a.name.endswith(" police") for a in index.actors.values()), sorted(index.actors)


def test_a_states_semi_official_outlet_is_an_actor_of_that_state():
    index = actors("The tanker was intercepted near the island, Egypt’s semi-official Al-Nour news agency said.\n")
    aid = index.resolve("Al-Nour")
    assert aid is not None, sorted(index.actors)
    assert (index.get(aid).name, index.get(aid).kind, index.get(aid).affiliation) == ("Al-Nour", "organization", "Egypt")


def test_a_cut_name_keeps_only_its_own_words():
    from annotate.gazetteer import load_gazetteer
    from annotate.models import Entity
    from annotate.state_bodies import cut_names

    gaz = load_gazetteer()
    text = "Yesterday the Chad Army said it had repelled the attack. The Free Sudanese Army said otherwise.\n"
    i, j = text.index("Chad"), text.index("Sudanese")
    found = {b.name for b in cut_names(text, [Entity(i, i + 4, "GPE", "Chad"), Entity(j, j + 8, "NORP", "Sudanese")], gaz)}
    assert found == {"Chadian army", "Free Sudanese Army"}


def test_a_body_without_its_country_opening_a_reported_clause_is_the_articles_states():
    index = actors("Peruvian Defence Minister Ana Ruiz told reporters the army was checking the pipeline for explosives.\n")
    aid = index.resolve("Peruvian army")
    assert aid is not None and (index.get(aid).kind, index.get(aid).affiliation) == ("organization", "Peru"), sorted(index.actors)
    assert index.resolve("army") is None or index.get(index.resolve("army")).name != "Peruvian army"


def test_two_names_joined_by_and_are_two_names_and_a_country_with_and_stays_whole():
    from annotate.gazetteer import load_gazetteer
    from annotate.models import Entity
    from annotate.state_bodies import cut_names

    gaz = load_gazetteer()
    text = "Reports came from the Bolivian Orthodox Church and Radio Benin. Later the Bosnia and Herzegovina Armed Forces said so.\n"
    i, j, k = text.index("Bolivian"), text.index("Benin"), text.index("Bosnia")
    ents = [Entity(i, i + 8, "NORP", "Bolivian"), Entity(j, j + 5, "GPE", "Benin"), Entity(k, k + 22, "GPE", "Bosnia and Herzegovina")]
    found = {text[b.start : b.end] for b in cut_names(text, ents, gaz)}
    assert found == {"Bolivian Orthodox Church", "Radio Benin", "Bosnia and Herzegovina Armed Forces"}
