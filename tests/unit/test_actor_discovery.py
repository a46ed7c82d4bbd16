"""Actors named in passing, not only as speakers (issue 14.3, session 6): a country's armed or police
body written in lower case after its adjective is an organisation of that country, never its
government. Invented sentences about other conflicts, the real model."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.roles import military_body

from .test_attribution import analyse


def actors(*texts: str):
    _, d = analyse(*texts)
    return d.actors


@pytest.mark.parametrize(
    ("text", "phrase", "body", "country"),
    [
        ("Villagers said they had seen Ugandan troops near the river on Monday, a local official said.\n",
         "Ugandan troops", "Ugandan military", "Uganda"),
        ("The rebels said they were fighting the Malian military near the border.\n",
         "Malian military", "Malian military", "Mali"),
        ("Residents accused Ethiopian government forces of burning homes, the report said.\n",
         "Ethiopian government forces", "Ethiopian military", "Ethiopia"),
        ("Eleven people were hurt when protesters clashed with Peruvian police in the square, the prosecutor said.\n",
         "Peruvian police", "Peruvian police", "Peru"),
    ],
)
def test_a_nationalitys_lower_case_armed_body_named_in_passing_is_its_organisation(text, phrase, body, country):
    index = actors(text)
    aid = index.resolve(phrase)
    assert aid is not None, sorted(index.actors)
    a = index.get(aid)
    assert (a.name, a.kind, a.affiliation) == (body, "organization", country)


def test_a_body_word_that_modifies_a_noun_is_no_body():
    index = actors("Jets struck Eritrean military targets on Friday, the defence ministry of Djibouti said.\n")
    assert not any(a.name == "Eritrean military" for a in index.actors.values())


def test_an_army_in_a_capital_is_that_countrys_army_and_troops_elsewhere_are_nobodys():
    gaz = load_gazetteer()
    assert military_body("the army in Bamako", gaz) == ("Malian army", "Mali")
    assert military_body("the troops in Ukraine", gaz) is None  # anyone's troops
    assert military_body("the army in the north", gaz) is None


# ------------------------------------------------------------------ armed groups by their name's shape
@pytest.mark.parametrize(
    "text",
    [
        "K17 rebels seized the town of Lomira on Sunday, residents said. The army said K17 had been pushed back.\n",
        "Fighting between the army and K17 insurgents spread to two districts, the governor said.\n",
    ],
)
def test_letters_and_a_number_before_a_noun_for_rebels_name_a_group(text):
    index = actors(text)
    aid = index.resolve("K17")
    assert aid is not None, sorted(index.actors)
    assert index.get(aid).kind == "organization"


def test_letters_and_a_number_before_fighters_are_no_group():
    index = actors("Two J31 fighters flew over the strait on Monday, the defence ministry of Taiwan said.\n")
    assert index.resolve("J31") is None


@pytest.mark.parametrize(
    "text",
    [
        "The raid on Carrefour was led by the Kanu Wuto group, whose leader was once a policeman, witnesses said.\n",
        "Homes burned in attacks by gangs grouped within the \"Kanu Wuto\" (\"Stand Up\") coalition, the mayor said.\n",
    ],
)
def test_a_name_written_before_group_or_coalition_or_quoted_with_its_translation_is_a_group(text):
    index = actors(text)
    aid = index.resolve("Kanu Wuto")
    assert aid is not None, sorted(index.actors)
    assert index.get(aid).kind == "organization"


def test_a_place_or_nationality_before_group_is_no_group_name():
    index = actors("The Lebanese group said the Beirut group of lawyers had met on Monday.\n")
    assert [a.name for a in index.actors.values() if a.kind == "organization"] == []
    # The control: a name in the same place is a group.
    index = actors("The Kanu Wuto group said the Beirut group of lawyers had met on Monday.\n")
    assert [(a.name, a.kind) for a in index.actors.values()] == [("Kanu Wuto", "organization")]


# ------------------------------------------------------------------ outlets and companies by what the text calls them
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A video posted by Armenian broadcaster Lurer showed smoke over the depot, the report said.\n", "Lurer", "Armenia"),
        ("Two cables were cut, one owned by Japanese company Nakamura Cable, the regulator said.\n", "Nakamura Cable", "Japan"),
        ("Residents told local media Kanal9 that they heard two blasts near Kherson, Ukraine, on Monday.\n", "Kanal9", "Ukraine"),
    ],
)
def test_an_outlet_or_company_named_after_what_it_is_is_an_organisation(text, name, country):
    index = actors(text)
    aid = index.resolve(name)
    assert aid is not None, sorted(index.actors)
    a = index.get(aid)
    assert (a.kind, a.affiliation) == ("organization", country)


def test_a_company_by_its_legal_suffix_is_an_organisation_also_without_it():
    index = actors("The ship's owner, Nordvik Shipping Limited, said the crew was safe. Nordvik Shipping said it would not comment.\n")
    aid = index.resolve("Nordvik Shipping")
    assert aid is not None and index.get(aid).kind == "organization"


def test_a_publishers_copyright_notice_and_a_date_after_company_name_no_actor():
    index = actors("The company Monday said it would sell the plant, Lena Park said.\nCopyright 2024 Nordic Wire Ltd. All Rights Reserved.\n")
    assert index.resolve("Nordic Wire") is None and index.resolve("Monday") is None


def test_a_public_broadcaster_is_an_organisation_actor_though_no_speaking_entity():
    index = actors("Public broadcaster Vrt said the harbour was closed, the Belgian minister said.\n")
    aid = index.resolve("Vrt")
    assert aid is not None and index.get(aid).kind == "organization"


def test_a_countrys_name_opening_with_a_titles_letters_is_no_person():
    index = actors("Fighting spread on Monday, officials in DR Congo said, as rebels neared Uvira.\n")
    assert not any(a.kind == "person" and a.name == "Congo" for a in index.actors.values())


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The FSB said it had detained a man in Omsk who had photographed an airfield.\n", "FSB", "Russia"),
    ("Mossad agents were behind the blast, Iranian media said on Tuesday.\n", "Mossad", "Israel"),
])
def test_a_countrys_security_service_is_its_organisation_not_its_government(text, name, country):
    index = actors(text)
    a = index.get(index.resolve(name))
    assert a is not None and (a.kind, a.affiliation) == ("organization", country)


@pytest.mark.parametrize(("text", "name"), [
    ("A vessel from the Bureau of Mines and Geosciences was escorted out of the bay, the navy said.\n",
     "Bureau of Mines and Geosciences"),
    ("Norwegian aviation regulator Luftkontroll said two drones were seen near the runway on Monday.\n", "Luftkontroll"),
])
def test_a_bureau_or_a_countrys_agency_described_by_its_task_is_the_government(text, name):
    index = actors(text)
    a = index.get(index.resolve(name))
    assert a is not None and a.kind == "government", sorted(index.actors)


def test_a_news_agency_is_no_government():
    index = actors("Russian news agency Vesti Rus said the plant was hit, the governor of Belgorod said.\n")
    a = index.get(index.resolve("Vesti Rus"))
    assert a is not None and a.kind == "organization"


def test_a_name_before_a_noun_for_its_members_is_the_group_under_both_names():
    index = actors("Kigoma says it is defending itself against the threat from a Bembe militia, which it says "
                   "is fighting with the army.\n")
    aid = index.resolve("Bembe militia")
    assert aid is not None and index.get(aid).kind == "organization", sorted(index.actors)


def test_a_quoted_name_spelt_out_before_its_acronym_is_one_organisation():
    index = actors('Three armed groups merged last year to form the "Front to Defend the Coast" (FDC), '
                   'which attacked a convoy near Pemba, the police of Mozambique said.\n')
    a = index.get(index.resolve("Front to Defend the Coast"))
    assert a is not None and a.kind == "organization", sorted(index.actors)
    assert index.resolve("FDC") == a.id


def test_a_known_body_named_by_an_organisation_and_lower_case_words_is_that_body_not_the_organisation():
    index = actors("The U.N. nuclear watchdog said on Friday it had lost contact with monitors at the Akkuyu plant in Turkey.\n")
    a = index.get(index.resolve("U.N. nuclear watchdog"))
    assert a is not None and a.name == "IAEA", sorted(index.actors)


def test_the_alias_file_reads_an_acronym_written_with_dots():
    gaz = load_gazetteer()
    assert gaz.canonical("the U.N. refugee agency") == gaz.canonical("UN refugee agency") is not None


# ------------------------------------------------------------------ people named in an apposition
def test_capitalised_words_before_a_titled_apposition_are_a_persons_name():
    index = actors("• Kittipong Rattanakul, a spokesperson for the Samoan Interior Ministry, said two boats were seized.\n")
    a = index.get(index.resolve("Kittipong Rattanakul"))
    assert a is not None and a.kind == "person", sorted(index.actors)


def test_a_place_or_a_body_before_a_titled_apposition_is_no_person():
    index = actors("In Port Moresby, a spokesperson for the police said the roads were closed. "
                   "Harbour Authority, the port's director said, had no comment.\n")
    assert not any(a.kind == "person" and a.name in ("Port Moresby", "Harbour Authority") for a in index.actors.values())


# ------------------------------------------------------------------ names the words around make a body's
def test_two_gangs_that_share_a_plural_noun_are_each_an_organisation_of_where_the_story_happens():
    index = actors("Nine inmates died in a prison in San Pedro Sula, Honduras, on Friday. The dead belonged to the "
                   "rival Los Halcones and Los Zorros gangs, two of the largest criminal groups in Honduras, police said.\n")
    for gang in ("Los Halcones", "Los Zorros"):
        a = index.get(index.resolve(gang))
        assert a is not None and a.kind == "organization" and a.affiliation == "Honduras", sorted(index.actors)


def test_a_name_after_a_group_called_is_an_organisation():
    index = actors("Fishing boats carrying members of a nationalist group called Sons of the Steppe left the port "
                   "of Aktau on Monday, Kazakh officials said.\n")
    a = index.get(index.resolve("Sons of the Steppe"))
    assert a is not None and a.kind == "organization", sorted(index.actors)


@pytest.mark.parametrize(
    ("name", "tagged", "after", "before"),
    [
        ("DNF", 1, ", confirmed the arrests", "The national border authority, "),  # an acronym set off after its noun
        ("Hashed al-Watani", 1, " coalition of former paramilitaries", "affiliated with the "),  # an Arabic article inside
        ("Los Halcones", 1, " and Los Zorros gangs, two of", "belonged to the rival "),
        ("Sons of the Steppe", 1, " left the port", "a nationalist group called "),
        ("Tarkan", 1, " militia clashed with", "Ethiopian military and "),  # the ORG's own lower-case noun
    ],
)
def test_the_words_around_a_name_make_it_an_organisations(name, tagged, after, before):
    from annotate.actors import organisation_name

    assert organisation_name(name, load_gazetteer(), tagged, after, False, before)


@pytest.mark.parametrize(
    ("name", "after", "before"),
    [
        ("Guerrilla", " group ELN killed six", ""),  # a common noun opening a sentence
        ("Islam", " group, which emerged", "attributed to the Ansarul "),  # a word cut out of a longer name
        ("Quetta", " police said", "in "),
    ],
)
def test_a_single_word_before_a_singular_group_noun_is_no_organisation_by_that_alone(name, after, before):
    from annotate.actors import organisation_name

    assert not organisation_name(name, load_gazetteer(), 1, after, False, before)


def test_an_acronym_the_text_writes_twice_counts_twice_unless_it_is_a_rank():
    from annotate.actors import _times_named

    assert _times_named("STF", 1, "a joint team of DRG and STF on Friday. Police commandos and STF killed three.") == 2
    assert _times_named("FBI", 1, "An FBI agent said the FBI had the files.") == 2
    assert _times_named("ACM", 1, "Rana, an ACM of Platoon 4, and the ACM of Platoon 9.") == 1
    assert _times_named("Tarkan Front", 1, "the Tarkan Front and the Tarkan Front") == 1


# ------------------------------------------------------------------ a bare state body reporting without quote marks
def test_a_bare_government_reporting_without_quote_marks_is_the_government_of_the_story():
    index = actors("Gunmen killed six villagers near Kidal in northern Mali on Monday, residents of Kidal said. "
                   "According to the government, 40 soldiers have been killed in the region since January.\n")
    a = index.get(index.resolve("Mali government"))
    assert a is not None and a.kind == "government" and a.affiliation == "Mali", sorted(index.actors)


def test_only_a_bare_body_reporting_outside_quotes_is_a_report():
    from annotate.unquoted_reports import unquoted_reports

    text = ("Two soldiers died near Gao, the army said. The head of the army said more would come. "
            "Authorities warn that roads are closed. “The police said nothing,” a farmer said.")
    quoted = [(text.index("“"), text.index("”") + 1)]
    assert [t for _, _, t in unquoted_reports(text, quoted)] == ["the army", "Authorities"]


# ------------------------------------------------------------------ a name the model cut short
@pytest.mark.parametrize(
    ("text", "entity", "name"),
    [
        ("Fighters waved flags of groups including al-Nujaba and Kataib Sayyid in Basra.", "Sayyid", "Kataib Sayyid"),
        ("Most raids are blamed on the Ansarul Tawhid group, which emerged in 2019.", "Tawhid", "Ansarul Tawhid"),
        ("The Islamic Front in Iraq claimed it. Police linked the Islamic Front in Iraq to the raid.",
         "The Islamic Front", "The Islamic Front in Iraq"),
    ],
)
def test_the_words_the_model_cut_off_an_organisations_name_are_part_of_it(text, entity, name):
    from annotate.name_extent import name_extent

    s = text.index(entity)
    got = name_extent(text, s, s + len(entity), load_gazetteer(), lambda i, j: False, lambda w: w in ("Minister", "President"))
    assert text[got[0] : got[1]] == name


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Fighters loyal to Lebanese Hezbollah fired rockets.", "Hezbollah"),  # a nationality
        ("The talks with Minister Hamas officials stalled.", "Hamas"),  # a title
        ("Hamas fighters held the town. Hezbollah in Lebanon said nothing.", "Hezbollah"),  # at a sentence's start; "in" once
        ("Troops of NATO in Kosovo patrolled the border.", "NATO"),  # "in Kosovo" written once
    ],
)
def test_a_nationality_a_title_or_a_place_written_once_is_no_part_of_the_name(text, entity):
    from annotate.name_extent import name_extent

    s = text.index(entity)
    got = name_extent(text, s, s + len(entity), load_gazetteer(), lambda i, j: False, lambda w: w in ("Minister", "President"))
    assert got == (s, s + len(entity))


def test_a_name_with_a_place_the_article_repeats_is_one_organisation():
    index = actors("The Islamic Front in Iraq claimed the attack on the convoy near Basra on Monday. "
                   "Police said the Islamic Front in Iraq had attacked convoys before.\n")
    a = index.get(index.resolve("Islamic Front in Iraq"))
    assert a is not None and a.kind == "organization" and a.name == "Islamic Front in Iraq", sorted(index.actors)


@pytest.mark.parametrize(
    ("text", "entity", "name"),
    [
        ("Zorvani Azadi Party chairman Emil Roshan said the alliance would protest.", "Azadi Party", "Zorvani Azadi Party"),
        ("Talks stalled. Qaradeshi Liberation Front fighters held the pass.", "Liberation Front", "Qaradeshi Liberation Front"),
        ("Rival Awami Party leaders met on Monday.", "Awami Party", "Awami Party"),  # an English word starts the sentence
        ("Yesterday Azadi Party leaders met.", "Azadi Party", "Azadi Party"),
        ("Tuvalu National Front said nothing.", "National Front", "National Front"),  # a country's name
    ],
)
def test_a_sentences_first_word_that_is_no_english_word_starts_the_name(text, entity, name):
    from annotate.name_extent import name_extent

    s = text.index(entity)
    got = name_extent(text, s, s + len(entity), load_gazetteer(), lambda i, j: False, lambda w: w in ("Minister", "President"))
    assert text[got[0] : got[1]] == name


def test_letters_after_the_article_or_a_word_that_acts_name_an_organisation():
    from annotate.actors import organisation_name

    gaz = load_gazetteer()
    assert organisation_name("TDF", gaz, 1, " and the police is ongoing", False, "A pursuit by the ")
    assert not organisation_name("TDF", gaz, 1, " and the police is ongoing", False, "A pursuit by ")
    assert not organisation_name("UAV", gaz, 1, " was shot down", False, "officials said the ")  # a term
    assert organisation_name("Al-Tarik", gaz, 1, " and Zenda forces took part", False, "alleged that ", acting=True)
    assert not organisation_name("Al-Tarik", gaz, 1, " and Zenda forces took part", False, "alleged that ")


@pytest.mark.parametrize(
    ("name", "tagged", "after", "before"),
    [
        ("Corvid Networks", 1, " said it had found no breach", "an analyst at "),  # an organisation's word in the plural
        ("National Rail Safety Administration", 1, " said the line was closed", "over what the "),  # "Administration" closing a longer name
        ("ZenTrix", 2, " demanded a ransom of $3 million", "a group called "),  # a two-part name tagged twice
        ("Frontex", 1, ", the European Union’s border agency, said on Monday", "according to "),  # an apposition saying it is a body
        ("Mano Negra", 1, " criminal gang took control of the port", "against the "),  # a group's noun with its adjective
    ],
)
def test_more_shapes_of_an_organisations_name(name, tagged, after, before):
    from annotate.actors import organisation_name

    assert organisation_name(name, load_gazetteer(), tagged, after, False, before)


@pytest.mark.parametrize(
    ("name", "tagged", "after"),
    [
        ("Biden Administration", 1, " said on Monday"),  # a government's administration: not an agency's name
        ("McAllister", 1, " said on Monday"),  # a two-part surname tagged once
        ("Vela", 1, ", the town's mayor said"),  # an apposition naming no body
    ],
)
def test_shapes_that_stay_no_organisations_name(name, tagged, after):
    from annotate.actors import organisation_name

    assert not organisation_name(name, load_gazetteer(), tagged, after, False, "")
