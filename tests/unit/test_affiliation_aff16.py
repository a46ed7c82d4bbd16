"""Affiliations stated by the words around a name: a long country name that holds a shorter one, a
place after "from" (invented sentences)."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.roles import military_body, residence_country

from .test_attribution import actor, analyse


def test_a_long_country_name_is_read_before_the_shorter_one_inside_it():
    gaz = load_gazetteer()
    assert military_body("the army of the Democratic Republic of Congo", gaz)[1] == "Democratic Republic of the Congo"
    assert military_body("Democratic Republic of the Congo police", gaz)[1] == "Democratic Republic of the Congo"
    assert military_body("the army of the Republic of Congo", gaz)[1] == "Republic of the Congo"


def test_a_known_place_after_from_gives_the_persons_country():
    gaz = load_gazetteer()
    t = "Among those detained was 31-year-old Dana Whitfield from Nevada, the prosecutor said."
    assert residence_country(t, t.index("Whitfield") + len("Whitfield"), gaz) == "United States"
    t = "The winner, Ana Quispe, from Cusco, thanked her family."
    assert residence_country(t, t.index("Quispe") + len("Quispe"), gaz) == "Peru"
    t = "Tom Reyes from the ministry said the road was closed."
    assert residence_country(t, t.index("Reyes") + len("Reyes"), gaz) == ""


def test_a_foreigner_from_a_named_state_is_not_given_the_storys_country():
    text = ("LUSAKA (Reuters) - Police in Zambia arrested nine men after an attack on a bank in Lusaka on Friday. "
            "Among those held was 27-year-old Kyle Benton from Oregon, a police spokesman said.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Kyle Benton")
    assert a is not None and a.affiliation == "United States", a


def test_rank_titles():
    from annotate.military_ranks import rank_title

    assert rank_title(["", "Lieutenant General"]) and rank_title(["army commander Brig Gen"]) and rank_title(["Col."])
    assert not rank_title(["", "Attorney General"]) and not rank_title(["Secretary-General"]) and not rank_title(["Foreign Minister"])


def test_an_officer_by_rank_alone_is_of_the_army_the_report_speaks_for():
    text = ("Chilean troops fired on smugglers crossing from Bolivia on Monday, a week after Chile's army chief "
            "promised to secure the frontier. “We will close every path,” Major General Rodrigo Fuentealba said on "
            "Tuesday. Bolivia's government protested.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Rodrigo Fuentealba")
    assert a is not None and a.affiliation == "Chile", a


def test_a_junta_spokesperson_is_of_the_juntas_country():
    text = ("The Sudanese military government said on Friday that talks with the rebels in Jeddah had stalled. "
            "“There was no progress,” said junta spokesperson Osman Hamid speaking to AFP.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Osman Hamid")
    assert a is not None and a.affiliation == "Sudan", a


def test_a_title_a_preposition_opens_before_the_names_comma():
    from annotate.roles import title_before_comma

    t = "The plan was welcomed by the envoy of the Kenyan President to Somalia, Amina Yusuf, on Monday."
    assert title_before_comma(t, t.index("Amina")) == "envoy of the Kenyan President to Somalia"
    t = "The deal was signed by both sides, Amina Yusuf said."
    assert title_before_comma(t, t.index("Amina")) == ""


def test_a_person_introduced_by_an_agent_title_takes_its_country():
    text = ("Fighting flared near the border town of Dolow on Sunday. The clashes were confirmed by the envoy of "
            "the Kenyan President to Somalia, Amina Yusuf, on her social media page. “We urge calm,” Yusuf said.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Amina Yusuf")
    assert a is not None and a.affiliation == "Kenya", a


def test_a_digests_later_dateline_places_the_offices_after_it():
    from annotate.dateline_offices import dateline_office_country, last_dateline_place

    gaz = load_gazetteer()
    text = ("Quake shakes northern Chile; Peru reports damage\nby AFP Staff Writers\nSantiago (AFP) March 3, 2025\n\n"
            "A strong earthquake struck northern Chile on Monday, its disaster agency said.\n\n"
            "Peru counts damaged homes\nLima (AFP) March 3, 2025 - Peru said on Monday that 40 homes were damaged. "
            "\"We are sending aid,\" Interior Minister Carla Mendoza told AFP.\n")
    at = text.index("Carla")
    assert last_dateline_place(text, at) == "Lima"
    assert last_dateline_place(text, text.index("strong")) == "Santiago"
    named = {"Chile": 2, "Peru": 3}
    assert dateline_office_country(text, gaz, named, set(), at) == "Peru"
    assert dateline_office_country(text, gaz, named, set(), text.index("strong")) == "Chile"


def test_an_ex_nation_title_is_that_nations():
    from annotate.roles import affiliation, title_run

    gaz = load_gazetteer()
    t = "Protesters cheered ex-Brazilian president Luiz Silva at the rally in Lima."
    run = title_run(t, t.index("Luiz"))
    assert run == "former Brazilian president" and affiliation(["", run], gaz) == "Brazil"


def test_an_office_in_a_where_clause_is_of_the_country_before_it():
    from annotate.where_clause import where_clause_country

    gaz = load_gazetteer()
    t = "It is the third coup this year, after one in Mali, where President Ibrahim Keita was ousted by officers."
    assert where_clause_country(t, t.index("Ibrahim"), "President", gaz) == "Mali"
    t = "Officers met in the capital, where President Ibrahim Keita spoke."
    assert where_clause_country(t, t.index("Ibrahim"), "President", gaz) == ""


def test_a_head_of_state_in_a_where_clause_is_not_the_storys():
    text = ("Soldiers seized power in Chad on Monday and dissolved its institutions, Chadian officers said on state "
            "television. It was the latest coup in the region, after one in Mali, where President Ibrahim Keita was "
            "ousted by officers. Chad's borders were closed.\n")
    _srcs, d = analyse(text)
    a = actor(d, "Ibrahim Keita")
    assert a is not None and a.affiliation == "Mali", a


def test_a_bare_defence_minister_is_of_the_one_country_whose_forces_the_text_named():
    from annotate.ministry_country import forces_country

    gaz = load_gazetteer()
    t = ("Three Ecuadorian soldiers were wounded by Peruvian smugglers, Ecuador's Armed Forces said. "
         "Ecuador's military said the smugglers fled. \"They will be found,\" said Defense Minister Gian Loor.")
    assert forces_country(t, t.index("Gian"), ["", "Defense Minister"], gaz) == "Ecuador"
    assert forces_country(t, t.index("Gian"), ["", "Foreign Minister"], gaz) == ""
    t = "Ecuador's Armed Forces and Peru's military traded fire. Defense Minister Gian Loor spoke."
    assert forces_country(t, t.index("Gian"), ["", "Defense Minister"], gaz) == ""
