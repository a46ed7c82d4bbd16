"""Affiliations of actors on any security topic (invented stories): a de facto state's bodies are
its own, its land the recognised state's; a region's government and a place-named force are of the
place's country; a national official named after a quote; people of a court case are of the
court's country; a nation word written again before a group noun names the same people's group."""

from __future__ import annotations

from annotate.court_country import court_country, legal_title_before
from annotate.gazetteer import load_gazetteer
from annotate.state_bodies import place_forces

from .test_attribution import actor, analyse


def _aff(d, name):
    a = actor(d, name)
    assert a is not None, name
    return a.affiliation


def test_a_de_facto_states_bodies_are_its_own_its_towns_the_recognised_states():
    text = ("TIRASPOL (Reuters) - The Transnistrian security service said on Monday it had detained two men "
            "suspected of planning a bomb attack in Bender.\n\n"
            "Transnistria's president, Ivan Moraru, said the men had been paid from abroad.\n")
    srcs, d = analyse(text)
    assert _aff(d, "Ivan Moraru") == "Transnistria"
    assert {i.country for i in d.incidents} <= {"Moldova"}


def test_a_breakaway_army_is_its_own_and_a_clash_there_is_in_the_recognised_state():
    text = ("HARGEISA - The Somaliland army said on Thursday it had pushed back clan militias from positions "
            "near Erigavo, in fighting that killed nine people.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Somaliland army") == "Somaliland"
    assert [i.country for i in d.incidents] == ["Somalia"]


def test_the_gazetteer_places_a_de_facto_state_in_the_recognised_one():
    gaz = load_gazetteer()
    assert gaz.country("Abkhaz").name == "Abkhazia"
    assert gaz.for_places().country("Abkhaz").name == "Georgia"
    assert gaz.for_places().country("Kenya").name == "Kenya"


def test_a_regions_government_is_of_the_regions_country():
    text = ("BHOPAL, India - Gunmen killed two forest guards in Madhya Pradesh on Friday, police said.\n\n"
            "The Madhya Pradesh government announced compensation for the families.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Madhya Pradesh government")
    assert a is not None and a.kind == "government" and a.affiliation == "India"


def test_a_force_named_by_its_region_without_a_country_word():
    gaz = load_gazetteer()
    text = "The Sindh Rangers and the Kerala Police were deployed, while the Capitol Police stayed."
    found = {b.name: b.country for b in place_forces(text, [], gaz)}
    assert found == {"Sindh Rangers": "Pakistan", "Kerala Police": "India"}


def test_a_national_official_named_right_after_a_quote():
    text = ("KAMPALA (Reuters) - Ugandan troops repelled an attack on a border post near Kasese on Tuesday.\n\n"
            "“We will defend every village,” Uganda's defence minister, Peter Okello, told reporters.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Peter Okello") == "Uganda"


def test_people_of_a_court_case_are_of_the_courts_country():
    text = ("QUITO (Reuters) - An Ecuadorean court on Monday ordered a former police chief held for six months over "
            "a plot to free a gang leader.\n\n"
            "His lawyer, Andres Villacis, told reporters his client was innocent. The judge, Lucia Paredes, refused bail.\n\n"
            "In Lima, Peru's foreign minister said Peru was watching closely.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Andres Villacis") == "Ecuador"
    assert _aff(d, "Lucia Paredes") == "Ecuador"


def test_the_court_country_is_none_when_courts_of_two_countries_are_named():
    gaz = load_gazetteer()
    assert court_country("a Kenyan court and a court in Kampala heard the case", gaz) == ""
    assert court_country("Chile's Supreme Court upheld the ruling", gaz) == "Chile"
    assert legal_title_before("His defence lawyer, ", len("His defence lawyer, "))


def test_a_nation_word_tagged_once_names_the_group_again():
    text = ("DIMAPUR, India - Three villagers were killed on Sunday in Nagaland in violence between Konyak and "
            "Sumi villagers, police said.\n\n"
            "Konyak militants were blamed for the attack. Armed miscreants also burned two houses, police said.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Konyak militants")
    if a is None:  # the model may tag neither word as a people's: nothing to find again
        return
    assert a.affiliation == "India"


def test_a_head_of_state_by_title_alone_is_of_the_country_his_sentence_names():
    text = ("Police from Kenya and Uganda met on Tuesday to discuss cattle raids along their border.\n\n"
            "In 2015 Burundi fell into crisis when President Pierre Ndikumana sought a third term.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Pierre Ndikumana") == "Burundi"


def test_a_sentence_naming_two_countries_gives_a_head_of_state_none():
    text = ("Police from Kenya and Uganda met on Tuesday to discuss cattle raids along their border.\n\n"
            "Burundi accused Rwanda of backing rebels, and President Pierre Ndikumana recalled his envoy.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Pierre Ndikumana") in ("", "Burundi")  # never the other state's, nor Kenya's


def test_a_forces_task_word_keeps_the_units_nationality():
    text = ("BOGOTA (Reuters) - Colombian anti-terror units arrested three men in Cali on Monday, "
            "police said.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "Colombian anti-terror units") == "Colombia"


def test_a_bare_group_noun_placed_in_another_country_is_that_countrys():
    text = ("AMMAN (Reuters) - A Jordanian soldier was killed on Sunday in a clash with drug smugglers on the "
            "northern border, the army said.\n\n"
            "An army source said the smugglers were backed by militias in southern Iraq.\n")
    _srcs, d = analyse(text)
    assert _aff(d, "militias") == "Iraq"
