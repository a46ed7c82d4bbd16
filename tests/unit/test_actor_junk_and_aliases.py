"""Actors from real news bluf had not seen (issue 14.3): names that are no actor (a ship named
"as" something, a cut-off last word, one letter, a military operation, a temple, a pipeline, an
outlet, a headline's words), and aliases that join what is two actors or split what is one (a
coordination, "its minister", a nationality's navy, army = military, "X of the Bureau"), and the
spokesperson of a body named earlier. Invented sentences, the real model."""

from __future__ import annotations

import pytest

from .test_actor_kinds import actor_names, labels
from .test_attribution import analyse


def actors(*texts: str):
    _, d = analyse(*texts)
    return {a.name: a for a in d.actors.actors.values()}


# ------------------------------------------------------------------ names that are no actor
@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The Malta-registered ship, named by the coast guard as the Sea Falcon, was towed to port. "
         "Investigators said the Sea Falcon had dragged its anchor.", "the Sea Falcon"),
    ],
)
def test_a_ship_named_as_something_is_a_product(nlp, text, ship):
    _, after = labels(nlp, text)
    assert after[ship] == "PRODUCT"


def test_a_longer_name_starting_with_a_ships_name_before_a_ship_noun_is_the_ship(nlp):
    before, after = labels(nlp, "The tanker, named by police as the Sea Falcon, was held. "
                                "The Sea Falcon Aframax oil tanker crossed the cable at noon.")
    assert before.get("The Sea Falcon Aframax") == "ORG", "the model no longer errs here: the test says less"
    assert after.get("The Sea Falcon Aframax") == "PRODUCT", after


def test_a_company_known_as_something_is_not_a_ship(nlp):
    _, after = labels(nlp, "The company, known as Maersk Line, said the ship was hit.")
    assert after.get("Maersk Line") != "PRODUCT"


def test_a_cut_off_last_word_of_a_truncated_text_is_no_actor():
    kinds = actor_names("“We are ready,” said Carla Mendez, the mayor.\n"
                        "After a series of failures of power cables since 2022, the countries bordering the Ba\n")
    assert "Carla Mendez" in kinds and "Ba" not in kinds


def test_one_letter_is_no_persons_name(nlp):
    _, after = labels(nlp, "The minister said in a post on social media X.\nBoth governments held meetings.")
    assert not any(t.strip(". \n") == "X" and lab in ("PERSON", "ORG") for t, lab in after.items())


@pytest.mark.parametrize("text", [
    "The army said Operation Iron Dawn had ended, and Operation Iron Dawn would not resume.",
    "Operation Desert Hawk began on Friday, said Tomas Reyes.",
])
def test_a_military_operation_is_no_organisation(text):
    kinds = actor_names(text + "\n")
    assert not any(name.startswith("Operation") or name in ("Iron Dawn", "Desert Hawk") for name in kinds)


@pytest.mark.parametrize("text", [
    "Soldiers fired near the Prasat Kuan Temple on Monday, said Carla Mendez.",
    "Shells fell on Sako Temple overnight, the villagers said.",
])
def test_a_temple_is_a_place_not_a_person(nlp, text):
    _, after = labels(nlp, text)
    temple = next((t for t in after if "Temple" in t), None)
    assert temple is not None and after[temple] == "FAC", after


def test_a_pipeline_is_no_organisation(nlp):
    before, after = labels(nlp, "Divers found damage to the Balticlink gas pipeline and to the Nordvik power cable on Monday.")
    assert before.get("Nordvik") == "ORG", "the model no longer errs here: the test says less"
    assert after.get("Nordvik") == "FAC", after
    assert after.get("Balticlink") in (None, "FAC"), after


def test_a_broadcaster_named_as_one_is_no_actor_wherever_named(nlp):
    _, after = labels(nlp, "Public broadcaster Vrt said the harbour was closed. Vrt reported two arrests later.")
    assert after.get("Vrt") not in ("PERSON", "ORG")


# ------------------------------------------------------------------ aliases and canonical names
def test_a_nationalitys_navy_keeps_the_nationality():
    found = actors("Navy reports ramming near disputed shoal\n\n"
                   "The Chilean navy said on Monday that two vessels had rammed a supply boat.\n")
    assert "Chilean navy" in found and "Navy" not in found
    assert found["Chilean navy"].affiliation == "Chile"


def test_a_countrys_army_and_military_are_one_actor():
    found = actors("Bolivia's army said its troops had repelled an attack.\n"
                   "The Bolivian military said later that the border was calm.\n")
    bodies = [n for n in found if n.startswith("Bolivian") and n != "Bolivian government"]
    assert len(bodies) == 1
    _, d = analyse("Bolivia's army said its troops had repelled an attack.\n")
    assert d.actors.resolve("the Bolivian military") == d.actors.resolve("Bolivian army") is not None


def test_a_coordination_is_never_one_actors_alias():
    found = actors("Peru's government said it would talk.\n"
                   "“We agreed to stop,” the Peruvian army and the rebels said in a joint statement.\n")
    for a in found.values():
        assert not any(" and the rebels" in x for x in [a.name, *a.aliases])


def test_its_minister_is_the_country_named_before_never_an_actor_named_its():
    found = actors("Peru summoned the ambassador on Monday. Its foreign minister said the raid was “a crime”.\n")
    assert not any(n.lower().startswith("its ") for n in found)
    assert any("Peruvian foreign minister" in a.aliases for a in found.values())


def test_a_person_of_a_body_is_the_person_affiliated_to_its_country():
    found = actors("“The inquiry continues,” Marta Kowal of Norway's National Criminal Investigation Service said.\n")
    assert "Marta Kowal" in found and found["Marta Kowal"].kind == "person"
    assert found["Marta Kowal"].affiliation == "Norway"
    assert not any("Marta Kowal of" in a.name for a in found.values())


def test_a_bodys_spokesperson_takes_the_body_named_earlier():
    found = actors("The Chilean navy said two ships had rammed a supply boat near the shoal.\n"
                   "“This was a dangerous manoeuvre,” navy spokesperson Rear Adm. Luis Ortega told reporters.\n")
    assert found["Luis Ortega"].affiliation == "Chile"


@pytest.mark.parametrize(
    ("text", "gang"),
    [
        ("Members of the Venezuelan gang Los Trinitarios were arrested. Los Trinitarios denied it.", "Los Trinitarios"),
        ("The Venezuelan gang Tren del Sur has spread across the region, officials said.", "Tren del Sur"),
    ],
)
def test_a_name_after_gang_is_an_organisation_and_the_nationality_stays_one(nlp, text, gang):
    _, after = labels(nlp, text)
    assert after.get(gang) == "ORG"
    assert after.get("Venezuelan") == "NORP"


def test_a_gangs_nationality_written_before_the_noun_is_its_affiliation():
    found = actors("Members of the Venezuelan gang Los Trinitarios were arrested. Los Trinitarios denied it.\n")
    assert found["Los Trinitarios"].kind == "organization" and found["Los Trinitarios"].affiliation == "Venezuela"


@pytest.mark.parametrize("text", [
    "Katiba Serma, an al-Qaeda-affiliated group, claimed the attack. Katiba Serma said it killed ten soldiers.\n",
    "The al-Qaeda-linked Katiba Serma claimed the attack on Monday. Katiba Serma later released a video.\n",
])
def test_a_groups_affiliation_is_the_parent_its_text_names(text):
    found = actors(text)
    assert "qaeda" in found["Katiba Serma"].affiliation.lower()


def test_a_countrys_body_keeps_the_countrys_name_as_written():
    found = actors("The United States Southern Command (Southcom) said it was monitoring. Southcom said the boats had left.\n"
                   "“We stand with our partners,” a U.S. National Security Council spokesman said.\n")
    assert "United States Southern Command" in found and not any(n.startswith("American") for n in found)
    nsc = found.get("U.S. National Security Council")
    assert nsc is not None and "a U.S. National Security Council spokesman" in nsc.aliases
    assert "US National Security Council" in nsc.aliases  # the same name without its dots
    holders = [n for n, a in found.items() if "a U.S. National Security Council spokesman" in a.aliases]
    assert holders == ["U.S. National Security Council"]  # not the US government as well


def test_a_numbered_command_of_a_country_is_its_own_organisation_not_the_government():
    found = actors("Border tension rises\n\n“We are ready,” Chile's 3rd Regional Military Command said in a statement. "
                   "The Chilean government said it would respond.\n")
    command = found.get("Chilean 3rd Regional Military Command")
    assert command is not None and command.affiliation == "Chile"
    assert not any("Command" in x for x in found["Chilean government"].aliases)


def test_a_person_described_as_a_party_official_stays_a_person(nlp):
    _, after = labels(nlp, "“We will win,” said Tomas Reyes, a party official, on Monday.")
    assert after.get("Tomas Reyes") == "PERSON"


def test_a_surname_alone_joins_the_full_name_a_police_title_introduced():
    found = actors("Ship held after cable damage\n\n"
                   "“We have opened an investigation,” Tampere Police Superintendent Jari Kolehmainen told reporters.\n"
                   "Detective Superintendent Mikko Rantala said divers were at the site.\n"
                   "“The anchor was dragged,” Rantala said. Kolehmainen said the crew was being questioned.\n")
    assert "Rantala" not in found and "Kolehmainen" not in found
    assert "Rantala" in found["Mikko Rantala"].aliases and "Kolehmainen" in found["Jari Kolehmainen"].aliases


def test_a_nationalitys_lower_case_coast_guard_and_a_countrys_bureau_are_actors():
    found = actors("The tanker was boarded by a Danish coast guard crew on Friday.\n"
                   "Denmark's National Bureau of Investigation said it had opened a case.\n")
    assert found["Danish coast guard"].affiliation == "Denmark"
    assert found["Danish National Bureau of Investigation"].affiliation == "Denmark"


def test_a_gang_named_before_its_noun_is_an_organisation_of_its_country_not_of_a_word_of_its_name():
    found = actors("Eleven members of Venezuela's Tren del Sur gang were killed on Tuesday, officials said.\n"
                   "Tren del Sur has spread across the region, and Tren del Sur denies any role.\n")
    gang = found.get("Tren del Sur")
    assert gang is not None and gang.kind == "organization" and gang.affiliation == "Venezuela"


def test_a_word_inside_a_name_is_not_where_the_organisation_is():
    from annotate.gazetteer import load_gazetteer
    from annotate.roles import name_affiliation

    gaz = load_gazetteer()
    assert name_affiliation("Operation Rising Lyon", gaz) == ""
    assert name_affiliation("Chicago Police Department", gaz).startswith("Chicago")


def test_a_countrys_minister_unnamed_is_its_government_not_an_organisation_named_for_the_country():
    found = actors("Peru's communications minister said the strike was illegal. Peru's communications minister added more.\n")
    assert "Peru" not in found


def test_a_plural_noun_opening_a_sentence_is_no_name(nlp):
    _, after = labels(nlp, "Photographs showed burned vehicles. Jones said the army fired.")
    assert "Photographs" not in after and after.get("Jones") == "PERSON"


def test_its_minister_in_a_sentence_is_the_subjects_country_not_the_object():
    found = actors("Peru’s president said Chile “will pay a price”, while its foreign minister called it “a crime”.\n")
    assert any("Peruvian foreign minister" in a.aliases for a in found.values())
    assert not any("Chilean foreign minister" in a.aliases for a in found.values())


def test_a_bodys_name_with_and_inside_is_no_coordination():
    found = actors("“We will rebuild it,” the Chilean Ministry of Fisheries and Research said in a statement.\n")
    assert any("Ministry of Fisheries and Research" in " ".join([a.name, *a.aliases]) for a in found.values())


def test_a_countrys_military_and_a_group_are_two_actors():
    found = actors("Peru's government said it would talk.\n"
                   "“We agreed to stop,” the Peruvian military and Sendero Rojo said in a joint statement.\n")
    for a in found.values():
        assert not any("and Sendero Rojo" in x for x in [a.name, *a.aliases])


@pytest.mark.parametrize(("text", "name"), [
    ("The tanker was escorted to Kilpikoski harbour, police said.", "Kilpikoski"),
    ("The ship anchored off Tammilahti port.", "Tammilahti"),
])
def test_a_name_before_harbour_is_a_place_not_a_person(nlp, text, name):
    before, after = labels(nlp, text)
    assert after.get(name) not in ("PERSON", "ORG")


def test_royal_before_a_nationality_is_a_word_of_the_bodys_name_not_an_actor():
    found = actors("Clashes at the border\n\n“We responded,” the Royal Malaysian Navy said in a statement. "
                   "The Royal Malaysian Navy said two boats were seized.\n")
    assert "Royal" not in found and "Malaysian navy" in found


def test_a_country_named_as_an_example_does_not_act():
    found = actors("Sanctions bite\n\nRussia has sold its oil to countries like Peru and Brazil, which have ignored the price cap.\n")
    assert "Peruvian government" not in found and "Brazilian government" not in found


def test_a_headlines_words_with_a_things_noun_are_no_person(nlp):
    before, after = labels(nlp, "Oil Tanker Suspected of Sabotage Held by Danish Police\nPolice said on Friday.")
    assert any(lab == "PERSON" and "Tanker" in t for t, lab in before.items())  # the model's error
    assert not any(lab == "PERSON" and "Tanker" in t for t, lab in after.items())


def test_a_nationality_before_nouns_of_a_trade_joined_by_and_is_the_agencys_country():
    found = actors("Two cables were cut, Danish transport and communications agency Trafikon said on Friday. "
                   "Trafikon said repairs would take weeks.\n")
    assert found["Trafikon"].affiliation == "Denmark"


@pytest.mark.parametrize("text", [
    "Katiba Serma, al-Qaeda's affiliate in the Sahel, claimed the attack. Katiba Serma said it killed ten soldiers.\n",
    "Katiba Serma, a group affiliated with al-Qaeda, claimed the attack. Katiba Serma said it killed ten soldiers.\n",
])
def test_an_apposition_naming_the_parent_group_gives_the_affiliation(text):
    found = actors(text)
    assert "qaeda" in found["Katiba Serma"].affiliation.lower()


def test_an_apposition_naming_a_country_is_no_parent_group():
    found = actors("Peru Energia, a company linked to Peru's state, said the pipeline was safe. Peru Energia added more.\n")
    assert all("state" not in a.affiliation for a in found.values())


def test_a_person_linked_to_a_group_stays_a_person(nlp):
    _, after = labels(nlp, "“We were never there,” said Omar Haddad, a man linked to the militia, on Monday.")
    assert after.get("Omar Haddad") == "PERSON"
