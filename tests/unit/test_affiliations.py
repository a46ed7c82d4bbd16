"""Organisations named in the text are actors of their own kind, with the country their name or
their context gives; people get an affiliation from "of the X", a local paper's dateline and
where they live; small places are places by their context (issue 14.3). Invented sentences, the
real spaCy model."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.nlp.entities import correct_entities

from .test_attribution import actor, analyse, who


def labels(nlp, text: str) -> tuple[dict[str, str], dict[str, str]]:
    doc = nlp(text)
    before = {e.text: e.label_ for e in doc.ents}
    correct_entities(doc, load_gazetteer())
    return before, {e.text: e.label_ for e in doc.ents}


# ------------------------------------------------------------------ organisations


@pytest.mark.parametrize(
    ("text", "name", "kind", "affiliation"),
    [
        ("Russian energy firm Volga Oil Company said its Kstovo plant was hit.\n", "Volga Oil Company", "organization", "Russia"),
        ("The Department of Energy said the grid was safe.\n", "Department of Energy", "government", ""),
        ("“We will respond,” the South Korean Joint Chiefs of Staff said.\n", "South Korean Joint Chiefs of Staff",
         "organization", "South Korea"),
        ("The Colorado Department of Transportation closed the road.\n", "Colorado Department of Transportation",
         "government", "Colorado, United States"),
    ],
)
def test_a_named_organisation_is_an_actor_with_the_country_its_name_or_context_gives(text, name, kind, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.kind == kind and a.affiliation == affiliation


def test_a_patron_is_not_an_organisations_country():
    _, d = analyse("The Iran-backed Kelvani Brigades claimed the attack. The Kelvani Brigades said more would follow.\n")
    a = actor(d, "Kelvani Brigades")
    assert a is not None and a.kind == "organization" and a.affiliation == ""


def test_a_groups_name_the_model_tags_as_a_person_is_an_organisation(nlp):
    before, after = labels(nlp, "The Iran-backed Kelvani Brigades claimed the attack. The Kelvani Brigades said more would follow.")
    assert before["Kelvani Brigades"] == "PERSON"
    assert after["Kelvani Brigades"] == after["The Kelvani Brigades"] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Worshippers at the Noor Mosque were wounded, the police said.\n",
        "The wounded were taken to the Tamar Medical Center, the police said.\n",
        "Shells fell near the International Border on Monday, the police said.\n",
        "Matan Berg and Rina Gal were freed on Monday.\n",  # people the model may tag ORG once
    ],
)
def test_buildings_and_names_without_an_organisations_word_are_no_organisation(text):
    _, d = analyse(text)
    assert not [a for a in d.actors.actors.values() if a.kind in ("organization", "government")]


@pytest.mark.parametrize(
    ("text", "asked", "name", "country"),
    [
        ("Tanks moved in, the Sudanese Army said.\n", "Sudan Army", "Sudanese army", "Sudan"),
        ("“We shot down five jets,” a Pakistani army spokesman said.\n", "Pakistan Army", "Pakistani army", "Pakistan"),
        ("“The border is calm,” the Indian Armed Forces said.\n", "Indian military", "Indian military", "India"),
    ],
)
def test_a_countrys_army_is_an_organisation_of_that_country_not_its_government(text, asked, name, country):
    _, d = analyse(text)
    a = actor(d, asked)
    assert a is not None and a.name == name and a.kind == "organization" and a.affiliation == country


def test_forces_backed_by_a_country_are_not_its_army():
    from annotate.roles import military_body

    gaz = load_gazetteer()
    assert military_body("Iran-backed forces", gaz) is None
    assert military_body("Israeli and US forces", gaz) is None
    assert military_body("Army chief Asim Khan", gaz) is None
    assert military_body("the army of Pakistan", gaz) == ("Pakistani army", "Pakistan")


# ------------------------------------------------------------------ people


def test_a_person_of_a_named_body_belongs_to_it():
    _, d = analyse("“We saw it,” said Ann Lee of the FBI.\n")
    # the body and its country (bodies_countries): "Federal Bureau of Investigation, United States"
    assert actor(d, "Ann Lee").affiliation in ("FBI", "FBI, United States", "Federal Bureau of Investigation, United States")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“I heard three blasts,” said Tariq Mehmood, who lives near the old bazaar in Multan.\n", "Tariq Mehmood"),
        ("The dead were named as Rafiq Ahmed (from Jhang) and two others.\n", "Rafiq Ahmed"),
        ("“The roof fell in,” said Sara Khan, a resident of Quetta.\n", "Sara Khan"),
    ],
)
def test_where_a_person_lives_gives_the_country(text, name):
    _, d = analyse(text)
    assert actor(d, name).affiliation == "Pakistan"


def test_a_datelined_local_story_after_a_standfirst_gives_its_officials_the_country():
    _, d = analyse(
        "Storm hits coast\n• Two dead after the storm hit the coast on Sunday night\n"
        "• Roads to the harbour were shut for hours\n• Schools stay closed until Wednesday\n\n"
        "LAHORE: Army Chief General Kamal Ashraf and Food Minister Rana Saleem visited the site on Monday.\n"
    )
    assert actor(d, "Kamal Ashraf").affiliation == actor(d, "Rana Saleem").affiliation == "Pakistan"


# ------------------------------------------------------------------ small places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place by form in one sentence is a place in the other too
        ("Residents of Tal Marun said the shelling went on all night. Tal Marun was hit twice.", "Tal Marun"),
        ("Shelling went on all night. Tal Marun, a small village with a mostly Druze population, was hit twice.", "Tal Marun"),
    ],
)
def test_a_small_place_is_a_place_by_its_context(nlp, text, name):
    doc = nlp(text)
    assert "PERSON" in [e.label_ for e in doc.ents if e.text == name]  # the model's error
    correct_entities(doc, load_gazetteer())
    assert {e.label_ for e in doc.ents if e.text == name} == {"GPE"}


def test_a_person_with_an_apposition_about_a_place_stays_a_person(nlp):
    _, after = labels(nlp, "Jackson, the city's mayor, said the roads were closed.")
    assert after["Jackson"] == "PERSON"


def test_a_named_speaker_organisation_speaks():
    srcs, d = analyse("“We will respond,” the South Korean Joint Chiefs of Staff said.\n")
    assert who(d, srcs[0], "respond") == "South Korean Joint Chiefs of Staff"


def test_a_nationality_before_another_mention_of_the_name_gives_the_country():
    _, d = analyse("Mortar shells hit the offices of the Iraqi Unity Front on Monday. The Unity Front said two guards were hurt.\n")
    a = actor(d, "Unity Front")
    assert a is not None and a.affiliation == "Iraq"  # not the South Sudanese region of Unity


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Russia's GRU security service said the officer had left. The GRU named him.\n", "GRU", "Russia"),
        ("The Tarkan Liberation Army (TLA) said it had fired the rockets.\n", "TLA", ""),
    ],
)
def test_an_acronym_named_as_a_body_is_an_organisation(text, name, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.kind == "organization" and a.affiliation == affiliation


def test_an_acronym_of_a_thing_is_no_organisation():
    _, d = analyse("Officers flew a UAV over the site. The UAV crashed, the ISR team said. Another UAV landed.\n")
    assert not {"UAV", "ISR"} & {a.name for a in d.actors.actors.values()}


def test_a_body_of_an_organisation_belongs_to_it_and_its_acronym_is_the_same_actor():
    _, d = analyse(
        "Researchers at Marlow University’s Conflict Imaging Lab (CIL) studied the images.\n"
        "“The town is surrounded,” CIL said on Friday.\n"
    )
    a = actor(d, "CIL")
    assert a is not None and a.name == "Conflict Imaging Lab" and a.affiliation == "Marlow University"


def test_a_possessive_inside_a_name_is_not_an_owner():
    _, d = analyse("The People’s Defence Army said it had shot down a drone. Later the People’s Defence Army denied it.\n")
    assert all(a.affiliation != "People" for a in d.actors.actors.values())


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Fires broke out at the refinery in the Samara region, according to Governor Ivan Petrov.\n",
         "Ivan Petrov", "Samara, Russia"),  # a local title: the region named before
        ("Police surgeon Dr Nadia Malik said two bodies were brought to the hospital in Multan.\n",
         "Nadia Malik", "Multan, Pakistan"),  # ... or after it in the sentence
        ("Meanwhile, secretary-general of Taiwan’s National Security Council, Tan Li-wei, condemned the drills.\n",
         "Tan Li-wei", "Taiwan"),  # a title phrase before a comma
        ("Israel said Karim Nasser, a senior Fatah leader, would not be freed.\n", "Karim Nasser", "Fatah, Palestine"),  # the group and its country
    ],
)
def test_a_persons_office_gives_the_place_or_body(text, name, affiliation):
    _, d = analyse(text)
    assert actor(d, name).affiliation == affiliation


def test_a_national_title_takes_no_place_named_nearby():
    _, d = analyse("Fires broke out at the refinery in the Samara region, Prime Minister Ivan Petrov said.\n")
    assert actor(d, "Ivan Petrov").affiliation == ""  # whose prime minister, the text does not say


@pytest.mark.parametrize(
    ("text", "names", "affiliation"),
    [
        ("The released Kenyans were identified as Amos Otieno, Grace Wanjiru and Peter Kamau.\n",
         ["Amos Otieno", "Grace Wanjiru", "Peter Kamau"], "Kenya"),
        ("Two Pakistani sailors, Asif Raza and Bilal Khan, were freed.\n", ["Asif Raza", "Bilal Khan"], "Pakistan"),
        ("The three freed hostages: Rina Gal, Dov Levi and Tal Cohen arrived.\n", ["Rina Gal", "Tal Cohen"], ""),
        ("Kenyan hostages and Somali prisoners, including Amos Otieno, were freed.\n", ["Amos Otieno"], ""),
    ],
)
def test_a_list_of_people_introduced_with_one_nationality_gives_it_to_each(text, names, affiliation):
    _, d = analyse(text)
    assert [actor(d, n).affiliation for n in names] == [affiliation] * len(names)


def test_a_bodys_name_after_a_countrys_possessive_is_no_person(nlp):
    before, after = labels(nlp, "The Royal Navy’s UK’s Maritime Trade Operations (UKMTO) office said a ship was struck.")
    assert before["Maritime Trade Operations"] == "ORG"
    assert after["Maritime Trade Operations"] == "ORG"  # was made a person: a name after "UK’s"


def test_a_person_of_a_body_spelt_out_with_its_acronym_belongs_to_the_body():
    _, d = analyse("“We paid nothing,” said Jim Hale, a spokesman for the Brenmoor Water and Sewer Authority (BWSA).\n")
    assert actor(d, "Jim Hale").affiliation == "Brenmoor Water and Sewer Authority"
    assert actor(d, "BWSA").name == "Brenmoor Water and Sewer Authority"


def test_an_international_body_answers_to_itself():
    _, d = analyse("The International Committee for Mine Clearance said the convoy was safe.\n")
    a = actor(d, "International Committee for Mine Clearance")
    assert a is not None and a.affiliation == "International Committee for Mine Clearance"


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("Baghdad police said a bomb hit Basra and Mosul. Iraqi troops sealed Kirkuk and Najaf.\n"
         "Prime Minister Salim Jabouri condemned the attack.\n", "Iraq"),  # a story about one country
        ("Iraqi troops sealed Kirkuk and Basra. Iranian officials in Tehran and Isfahan protested.\n"
         "Prime Minister Salim Jabouri condemned the attack.\n", ""),  # two countries: whose, unsaid
        ("Baghdad police said a bomb hit Basra and Mosul. Iraqi troops sealed Kirkuk and Najaf.\n"
         "General Salim Jabouri condemned the attack.\n", ""),  # a rank: armies of other countries fight there too
        ("Baghdad police said a bomb hit Basra and Mosul. Iraqi troops sealed Kirkuk and Najaf.\n"
         "Foreign Secretary Salim Jabouri condemned the attack.\n", "Iraq"),
    ],
)
def test_a_bare_government_title_in_a_story_about_one_country_is_that_countrys(text, affiliation):
    _, d = analyse(text)
    assert actor(d, "Salim Jabouri").affiliation == affiliation


def test_a_sea_is_not_the_region_named_after_it():
    from annotate.places import place

    gaz = load_gazetteer()
    assert place("Red Sea", tuple(gaz.places)).country == ""  # not Sudan's Red Sea state
    assert place("Balochistan", tuple(gaz.places)).country == "PK"
    assert place("North", tuple(gaz.places)) is None  # "the North": not a region of Cameroon


def test_an_organisation_in_a_story_about_one_country_is_that_countrys():
    _, d = analyse(
        "Police in Peshawar said the blast hit a market in Quetta. Troops in Lahore and Karachi were on alert.\n"
        "The Frontier Rangers Force said it had sealed the roads.\n"
    )
    assert actor(d, "Frontier Rangers Force").affiliation == "Pakistan"


def test_an_acronym_may_take_letters_from_inside_words():
    _, d = analyse("“We paid nothing,” said Jim Hale of the Brenmoor Water and Sewer Authority (BRWASA).\n")
    assert actor(d, "Jim Hale").affiliation == "Brenmoor Water and Sewer Authority"
    assert actor(d, "BRWASA").name == "Brenmoor Water and Sewer Authority"


def test_a_command_with_a_title_word_inside_is_still_an_organisation():
    _, d = analyse("“The launch posed no threat,” the Northern Aerospace Defense Command said.\n")
    a = actor(d, "Northern Aerospace Defense Command")
    assert a is not None and a.kind == "organization"


def test_a_country_a_story_is_about_is_not_where_it_happens():
    _, d = analyse(
        "Drones were seen over airports in Aalborg and Billund. Russia denied it; Russia has done this before, "
        "Russian officials said, and Russia will go on, Russia’s envoy said.\n"
        "“The intention is to scare us,” Justice Minister Lars Holm told reporters.\n"
    )
    assert actor(d, "Lars Holm").affiliation != "Russia"


def test_a_one_word_organisation_after_a_noun_for_one_is_an_organisation():
    _, d = analyse("Russian energy giant Zorkoil, which operates the refinery, said the fire was out.\n"
                   "The militant group Tahrik claimed the attack.\n")
    assert actor(d, "Zorkoil").affiliation == "Russia" and actor(d, "Zorkoil").kind == "organization"
    assert actor(d, "Tahrik").kind == "organization"


def test_a_capitalised_common_word_before_a_title_is_no_organisation():
    _, d = analyse("Party leader Imran Sadiq said the vote was rigged.\n")
    assert actor(d, "Imran Sadiq").affiliation == ""


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("A Dubai-based firm, Nexa Marine Services, said the crew was safe.\n", "Nexa Marine Services", "United Arab Emirates"),
        ("The vessel is owned by the Liberia-registered Orion Shipping Ltd and managed from Athens. "
         "Orion Shipping Ltd said the crew was safe.\n", "Orion Shipping", "Liberia"),  # not Greece: "Athens." ends a sentence
    ],
)
def test_a_company_takes_the_country_it_is_based_or_registered_in(text, name, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.kind == "organization" and a.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Laos's Defense Ministry rejected the account. Spokeswoman Lieutenant General Sok Dara countered that "
         "enemy forces attacked first.\n", "Sok Dara", "Laos"),
        ("Chile's foreign ministry denied the report. Spokesman Pablo Ruiz said: “There was no such meeting.”\n",
         "Pablo Ruiz", "Chile"),
        ("The Peruvian army denied the report. Spokesman Jorge Vela said: “There was no raid.”\n", "Jorge Vela", "Peru"),
    ],
)
def test_a_spokesperson_after_a_sentence_about_a_countrys_body_speaks_for_that_country(text, name, country):
    _, d = analyse(text)
    assert actor(d, name).affiliation == country


def test_a_spokesperson_after_a_sentence_about_a_country_but_no_body_gets_no_country_from_it():
    _, d = analyse("Chile denied that its ministry knew. Spokesman Luis Toro said: “There was no such meeting.”\n")
    assert actor(d, "Luis Toro").affiliation != "Chile"


def test_a_head_of_government_in_a_story_naming_one_country_is_that_countrys():
    _, d = analyse("A cyber attack hit dozens of British hospitals today, Prime Minister Ruth Kaye said. "
                   "Hospitals diverted ambulances.\n“We are working to restore services,” Kaye said.\n")
    assert actor(d, "Ruth Kaye").affiliation == "United Kingdom"


def test_a_head_of_government_in_a_story_naming_two_countries_gets_neither_from_the_count():
    _, d = analyse("A cyber attack hit British and Irish hospitals today, Prime Minister Ruth Kaye said.\n")
    assert actor(d, "Ruth Kaye").affiliation == ""


def test_an_honorific_after_the_comma_leaves_the_title_before_it_to_give_the_country():
    _, d = analyse("The accord was signed before Malaysian Prime Minister, H.E. Tomas Adil, in his capacity as the "
                   "ASEAN rotating Chair, the statement said.\n“We welcome the talks,” said Adil.\n")
    a = actor(d, "Tomas Adil")
    assert a.affiliation == "Malaysia" and a.kind == "person"


def test_an_acronym_with_an_adjective_before_it_and_its_spelt_out_name_are_one_actor():
    _, d = analyse("The state-run KHS declared a “major incident” after the attack.\n“We are working hard,” the state-run KHS said.\n",
                   "“Patients are safe,” the Kestrel Health Service said.\n")
    names = [a.name for a in d.actors.actors.values()]
    assert names.count("Kestrel Health Service") == 1 and not any("KHS" in n for n in names)


def test_an_acronym_two_names_could_spell_stays_apart():
    _, d = analyse("“We are working hard,” the KHS said.\n",
                   "“Patients are safe,” the Kestrel Health Service said.\n“No,” the Kilbride Housing Society said.\n")
    names = [a.name for a in d.actors.actors.values()]
    assert "Kestrel Health Service" in names and "Kilbride Housing Society" in names and any("KHS" in n for n in names)


def test_an_acronym_with_the_before_it_joins_its_spelt_out_name():
    _, d = analyse("“We are working hard,” the KHS said.\n", "“Patients are safe,” the Kestrel Health Service said.\n")
    assert not any("KHS" in a.name for a in d.actors.actors.values())


def test_an_acronym_leaving_out_an_acronym_inside_the_name_joins_it():
    _, d = analyse("“We are coping,” the MVHT said.\n", "“Clinics are open,” the Marwick Vale Hospitals NHS Trust said.\n")
    names = [a.name for a in d.actors.actors.values()]
    assert any(n.endswith("Marwick Vale Hospitals NHS Trust") for n in names) and not any("MVHT" in n for n in names)


# ------------------------------------------------------------------ a country's body the model leaves untagged


@pytest.mark.parametrize(
    ("text", "name", "kind", "affiliation"),
    [
        ("Officials said the Brazilian Armed Forces were on alert along the border.\n", "Brazilian Armed Forces",
         "organization", "Brazil"),
        ("Canadian Joint Operations Command tracked the aircraft over the Arctic.\n", "Canadian Joint Operations Command",
         "organization", "Canada"),
    ],
)
def test_a_body_after_a_countrys_word_is_an_organisation_of_that_country(text, name, kind, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.kind == kind and a.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "name", "government"),
    [
        ("Teams from the Turkish Ministry of Disaster Relief reached the collapsed building.\n",
         "Turkish Ministry of Disaster Relief", "Turkish government"),
        ("According to the Kenyan Ministry of Foreign Affairs, the envoy has a week to leave.\n",
         "Kenyan Ministry of Foreign Affairs", "Kenyan government"),
    ],
)
def test_a_ministry_after_a_countrys_word_is_that_countrys_government(text, name, government):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and (a.name, a.kind) == (government, "government")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Chilean Prime Minister Ana Vera said the talks would go on.", "Prime Minister"),
        ("The Kenyan Defence Minister visited the base on Monday.", "Defence Minister"),
    ],
)
def test_a_title_after_a_countrys_word_is_not_made_an_organisation(nlp, text, title):
    _, after = labels(nlp, text)
    assert after.get(title) != "ORG" and not any(title in t and lab == "ORG" for t, lab in after.items())


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("The FBI said it was investigating the breach of the county's systems.\n", "FBI", "United States"),
        ("The Royal Navy said one of its frigates had shadowed the tanker.\n", "Royal Navy", "United Kingdom"),
        ("The World Food Programme said its convoys could not reach the city.\n", "World Food Programme", "United Nations"),
        ("Fatah said the talks in Cairo had ended without agreement.\n", "Fatah", "Palestine"),
        ("The Revolutionary Guards said they had seized a tanker in the Gulf.\n", "IRGC", "Iran"),
    ],
)
def test_a_well_known_body_named_alone_has_its_country_or_organisation(text, name, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.affiliation == affiliation


def test_the_same_body_words_after_another_countrys_word_are_that_countrys_body():
    _, d = analyse("The Chilean Armed Forces said they had intercepted two aircraft. The Armed Forces said the border was calm.\n"
                   "A spokesman said the Peruvian Armed Forces were responding with restraint.\n")
    chile, peru = actor(d, "Chilean Armed Forces"), actor(d, "Peruvian Armed Forces")
    assert chile is not None and peru is not None and chile.id != peru.id
    assert (chile.affiliation, peru.affiliation) == ("Chile", "Peru")


# ------------------------------------------------------------------ a speaker with two titles


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Omani Foreign Minister and Deputy Prime Minister Badr bin Hamad bin Hamood Al Busaidi called on both sides "
         "“to return to the table without delay.”\n", "Badr bin Hamad", "Oman"),
        ("Kenyan Defence Secretary and Deputy President Amos Njoroge urged the rebels “to lay down their arms now.”\n",
         "Amos Njoroge", "Kenya"),
    ],
)
def test_a_speaker_with_two_titles_joined_by_and_is_the_person_named_after_them(text, name, affiliation):
    srcs, d = analyse(text)
    a = d.actors.get(d.analyses[srcs[0].id].quotes[0].actor_id)
    assert a is not None and a.name.startswith(name) and (a.kind, a.affiliation) == ("person", affiliation)


# ------------------------------------------------------------------ the story's country for a bare national title


def test_two_places_of_one_country_and_none_of_another_make_the_storys_country():
    from annotate.roles import main_country

    gaz = load_gazetteer()
    assert main_country(["Mombasa", "Nakuru"], gaz) == "Kenya"
    assert main_country(["Mombasa", "Gulu"], gaz) == ""  # one Kenyan and one Ugandan city: no country
    assert main_country(["Mombasa"], gaz) == ""


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Three people were killed in a blast at a bus stop in Mombasa on Monday, officials said. Police in Nakuru "
         "were put on alert.\nInterior Minister Daniel Otieno said, “Those responsible will be found.”\n",
         "Daniel Otieno", "Kenya"),
        ("HAVANA, March 3 -- Interior Minister Ruben Alvarez said, “The curfew will be lifted on Friday.”\n",
         "Ruben Alvarez", "Cuba"),
    ],
)
def test_a_bare_national_title_is_the_storys_country(text, name, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.affiliation == affiliation


def test_a_dateline_with_a_double_hyphen_gives_its_country():
    from annotate.roles import dateline_country

    gaz = load_gazetteer()
    assert dateline_country("Gunmen storm a hotel\n\nNAIROBI, May 4 -- Gunmen stormed a hotel on Sunday.", gaz) == "Kenya"
    assert dateline_country("Gunmen storm a hotel\n\nGunmen stormed a hotel in Nairobi -- police said.", gaz) == ""


def test_one_place_named_twice_or_another_country_named_makes_no_storys_country():
    from annotate.roles import main_country

    gaz = load_gazetteer()
    assert main_country(["Mombasa", "Mombasa"], gaz) == ""
    assert main_country(["Mombasa", "Nakuru", "Uganda", "American"], gaz) == ""  # three countries in the story
    assert main_country(["Mombasa", "Nakuru", "Kenyan"], gaz) == "Kenya"


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Twelve people were killed overnight, the Hamas-run Health Ministry said.\n", "Health Ministry", "Hamas"),
        ("The Houthi-run Saba News Agency said three fishermen were missing.\n", "Saba News Agency", "Houthis"),
    ],
)
def test_a_body_run_or_led_by_another_is_affiliated_with_it(text, name, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.affiliation == affiliation


def _with_labels(nlp, text: str, forced: dict[str, str]) -> dict[str, str]:
    """The entity labels after ``correct_entities`` when the model had tagged each name of
    ``forced`` with the label given (its other entities kept)."""
    from annotate.nlp.pipeline import relabeled_span

    doc = nlp(text)
    spans = []
    for name, label in forced.items():
        at = text.index(name)
        spans.append(relabeled_span(doc, doc.char_span(at, at + len(name)), label))
    doc.ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)] + spans
    correct_entities(doc, load_gazetteer())
    return {e.text: e.label_ for e in doc.ents}


def test_a_name_the_model_tags_as_an_organisation_in_a_list_of_people_is_a_person(nlp):
    text = "The freed hostages were named as Dana Levi, Eran Talmor, Yael Sapir, Omer Dagan and Noa Shaked."
    names = ("Dana Levi", "Eran Talmor", "Yael Sapir", "Omer Dagan", "Noa Shaked")
    got = _with_labels(nlp, text, dict(zip(names, ("PERSON", "ORG", "PERSON", "PERSON", "GPE"))))
    assert [got[n] for n in names] == ["PERSON"] * 5


@pytest.mark.parametrize(
    ("text", "forced", "kept"),
    [
        # As many companies as people: no list of people.
        ("Talks joined Kestrel Dynamics, Brenmoor Shipping, Dana Levi and Eran Talmor.",
         {"Kestrel Dynamics": "ORG", "Brenmoor Shipping": "ORG", "Dana Levi": "PERSON", "Eran Talmor": "PERSON"},
         {"Kestrel Dynamics": "ORG", "Brenmoor Shipping": "ORG"}),
        # A body's word or a known place stays what it is among people.
        ("Dana Levi, Eran Talmor, the Ramat Water Authority and Yael Sapir met in Haifa, Tel Aviv and Nablus.",
         {"Dana Levi": "PERSON", "Eran Talmor": "PERSON", "Ramat Water Authority": "ORG", "Yael Sapir": "PERSON"},
         {"Ramat Water Authority": "ORG"}),
        ("Dana Levi, Eran Talmor, Tel Aviv and Yael Sapir.",
         {"Dana Levi": "PERSON", "Eran Talmor": "PERSON", "Tel Aviv": "GPE", "Yael Sapir": "PERSON"},
         {"Tel Aviv": "GPE"}),
    ],
)
def test_a_list_of_people_makes_no_person_of_a_body_a_place_or_a_list_of_mixed_names(nlp, text, forced, kept):
    got = _with_labels(nlp, text, forced)
    assert {n: got.get(n) for n in kept} == kept


@pytest.mark.parametrize(
    ("text", "names", "affiliation"),
    [
        # The list's noun has no nationality; another noun for the same people has one.
        ("Rebels have freed all 12 surviving Kenyan hostages. The army said three captives; Amos Otieno, "
         "Grace Wanjiru and Peter Kamau, were handed over on Monday.\n", ["Amos Otieno", "Peter Kamau"], "Kenya"),
        # They go back to a country, in the list's sentence or in one about them.
        ("Three sailors, Ram Thapa, Hari Gurung and Bimal Rai, were freed and flown back to Nepal.\n",
         ["Ram Thapa", "Bimal Rai"], "Nepal"),
        ("Reporters waited for the three freed hostages: Rina Gal, Dov Levi and Tal Cohen.\n"
         "Officials said the hostages would land in Eilat, where they were welcomed back to Israel.\n",
         ["Rina Gal", "Tal Cohen"], "Israel"),
        # Two nationalities for those people: whose, the text does not say.
        ("Rebels freed 10 Thai hostages and 3 Nepali hostages. Three captives; Somchai Boon, Ram Thapa "
         "and Hari Gurung, were handed over.\n", ["Somchai Boon", "Ram Thapa"], ""),
        # Other people's nationality is not theirs ("Palestinian prisoners" are no hostages).
        ("Israel freed 30 Palestinian prisoners. Three hostages, Rina Gal, Dov Levi and Tal Cohen, were "
         "handed over.\n", ["Rina Gal", "Tal Cohen"], ""),
    ],
)
def test_a_list_of_people_takes_the_nationality_the_text_gives_those_people_elsewhere(text, names, affiliation):
    _, d = analyse(text)
    assert [actor(d, n).affiliation for n in names] == [affiliation] * len(names)


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # "his spokesman": the person named just before.
        ("Kenyan President William Ruto urged calm on Monday. “We are concerned,” his spokesman Hussein Mohamed said.\n",
         "Hussein Mohamed", "Kenya"),
        # "spokeswoman for the Secretary-General": the person the article gives that title.
        ("“Talks will resume,” said Lena Varga, spokeswoman for the Secretary-General. On Monday, UN Secretary-General "
         "Ana Ferreira called for calm.\n", "Lena Varga", "United Nations"),
        # "a spokesman for President X": X, named before or after.
        ("Czech President Tomas Havel met the envoy. “No deal yet,” said Dmitri Orlov, a spokesman for President Tomas Havel.\n",
         "Dmitri Orlov", "Czech Republic"),
        ("“No deal yet,” said Dmitri Orlov, a spokesman for President Tomas Havel. Czech President Tomas Havel met the envoy.\n",
         "Dmitri Orlov", "Czech Republic"),
    ],
)
def test_a_persons_spokesperson_takes_that_persons_affiliation(text, name, affiliation):
    _, d = analyse(text)
    assert actor(d, name).affiliation == affiliation


def test_a_spokesperson_of_someone_without_an_affiliation_gets_none():
    _, d = analyse("Tomas Havel met the envoy. “No deal yet,” his spokesman Dmitri Orlov said.\n")
    assert actor(d, "Dmitri Orlov").affiliation == ""


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Kenyan police alleged that the driver had fled to the border.\n", "Kenyan police", "Kenya"),
        ("Ugandan troops entered the town on Monday.\n", "Ugandan military", "Uganda"),
        ("Chilean forces sealed the port before dawn.\n", "Chilean military", "Chile"),
    ],
)
def test_a_nationalitys_police_or_troops_acting_without_quotes_are_that_countrys_body(text, name, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.kind == "organization" and a.affiliation == affiliation


@pytest.mark.parametrize("text", ["Police said the road was closed.\n", "Iran-backed forces attacked the base on Monday.\n"])
def test_police_or_forces_of_no_country_or_of_a_patron_are_no_countrys_body(text):
    _, d = analyse(text)
    assert not [a for a in d.actors.actors.values() if a.affiliation]


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # A lower-case body in the title is part of it: its nationality, not the body of the
        # sentence before, is the person's.
        ("China's foreign ministry said the vessels had intruded. Philippine coast guard spokesperson Jay Tarriela "
         "said three vessels were damaged.\n", "Jay Tarriela", "Philippines"),
        ("In a post on Monday, Vietnamese coast guard spokesman Tran Van Long said the ships had left.\n",
         "Tran Van Long", "Vietnam"),
        ("Turkey's defence ministry denied it. Greek border police spokeswoman Eleni Pappas said two boats were stopped.\n",
         "Eleni Pappas", "Greece"),
    ],
)
def test_a_nationality_before_a_lower_case_body_in_a_title_is_the_persons(text, name, affiliation):
    _, d = analyse(text)
    assert actor(d, name).affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Rebels took the airport on Monday. M23 spokesman Lawrence Kanyuka said the city was calm.\n", "Lawrence Kanyuka", "M23"),
        ("“We will fight on,” FLNC commander Paul Santoni said.\n", "Paul Santoni", "FLNC"),
        ("“Profits fell,” CEO Mark Dane said.\n", "Mark Dane", ""),  # a title, no group
        ("“Profits fell,” BBC correspondent Ann Lee said.\n", "Ann Lee", ""),  # an outlet: no side
    ],
)
def test_a_groups_code_name_before_a_title_is_the_persons_group(text, name, affiliation):
    _, d = analyse(text)
    assert actor(d, name).affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "name", "affiliation", "kind"),
    [
        ("“A missile was fired,” Japan’s joint chiefs of staff said in a statement.\n", "Japanese Joint Chiefs of Staff", "Japan",
         "organization"),
        ("“We tracked it,” the Japanese maritime self-defense force said.\n", "Japanese Maritime Self-Defense Force", "Japan",
         "organization"),
        # a state's body against crimes is a government body (government_bodies.justice_body)
        ("“The accounts are frozen,” Nigeria’s economic and financial crimes commission said.\n",
         "Nigerian Economic and Financial Crimes Commission", "Nigeria", "government"),
    ],
)
def test_a_countrys_body_written_in_lower_case_is_an_organisation_of_that_country(text, name, affiliation, kind):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.kind == kind and a.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We are ready,” India’s foreign ministry said.\n", "Indian government"),  # a government speaking
        ("“All calm,” the Pakistani army said.\n", "Pakistani army"),  # an armed body
    ],
)
def test_a_lower_case_ministry_or_army_stays_the_government_or_the_armed_body(text, name):
    _, d = analyse(text)
    assert actor(d, name) is not None


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Norwegian ship management company Fjell Rederi was operating the vessel on charter.\n", "Fjell Rederi", "Norway"),
        ("Brazilian mining conglomerate Tavares Lemos said output fell.\n", "Tavares Lemos", "Brazil"),
        # The country of another phrase of the clause is not the organisation's.
        ("India's strikes on the militant group Lashkar Karim killed ten.\n", "Lashkar Karim", ""),
    ],
)
def test_a_name_after_a_noun_for_an_organisation_is_one_of_the_nationality_before_its_trade(text, name, affiliation):
    _, d = analyse(text)
    a = actor(d, name)
    assert a is not None and a.kind == "organization" and a.affiliation == affiliation


def test_a_district_administrator_before_a_comma_is_of_the_districts_country():
    _, d = analyse("Raiders burned 44 homes in Luapula province on Monday.\n\n"
                   "Administrator of the Mansa district of Luapula, Grace Mulenga, has called on young people not to "
                   "be deceived by strangers offering jobs.\n")
    assert actor(d, "Grace Mulenga").affiliation.endswith("Zambia")


def test_a_bare_president_in_an_article_about_two_states_is_not_the_other_sides():
    # Peru's minister names Peru's officials; "President X" of the struck country is not Peru's
    _, d = analyse((
        "Peru strikes Bolivian forces in Cobija\n\n"
        "Peruvian jets struck Bolivian army positions in Cobija on Tuesday, Peru's defence ministry said. "
        "Peruvian officials said Peru would strike again.\n"
        "The Bolivian army was deployed to the town for the first time since rebels overthrew President Evo Morales in December. "
        "Quechua leaders are suspicious of interim President Luis Arce and his government.\n"
        "Peru's Defence Minister Walter Astudillo said Peruvian forces would keep up the strikes.\n"))
    assert actor(d, "Luis Arce").affiliation != "Peru"
    assert actor(d, "Evo Morales").affiliation != "Peru"
    assert actor(d, "Walter Astudillo").affiliation == "Peru"
