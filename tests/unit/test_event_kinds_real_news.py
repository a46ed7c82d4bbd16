"""Kinds of report real news brings that the first event rules missed: cyber strikes in
capitals, a group's raid on an army post, a ship seized in a gulf that is also a province
elsewhere, datelines and written dates, and background (a past truce, an old clash) that is no
incident. Every sentence here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import date_base, resolve_date

PUBLISHED = "2025-09-12"  # a Friday


def mentions(text: str, published: str = PUBLISHED):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


@pytest.mark.parametrize(
    "text,country",
    [
        ("A CYBER STRIKE WHICH HIT DOZENS OF DANISH HOSPITALS ON FRIDAY CAUSED CHAOS.", "Denmark"),
        ("Hackers crippled hospitals in Ireland with ransomware on Tuesday.", "Ireland"),
        ("A ransomware attack targets schools across Wales, officials said on Thursday.", "United Kingdom"),
        ("Clinics in Scotland cancelled operations.\nA cyber attack hit their computers on Wednesday.", "United Kingdom"),
    ],
)
def test_cyber_strikes_and_attacks_are_cyberattacks_in_the_victims_country(text, country):
    assert ("cyberattack", country) in {(m.kind, m.country) for m in mentions(text)}


def test_a_cyberattack_is_not_placed_in_the_hackers_country():
    ms = mentions("Russian hackers crippled a water utility with ransomware on Monday.\nThe utility serves a small town.")
    assert "Russia" not in {m.country for m in ms}


@pytest.mark.parametrize(
    "text,country",
    [
        ("Islamist fighters stormed a gendarmerie post in Niger's Tillaberi region on Sunday, killing 17 soldiers.", "Niger"),
        ("Militants raided an army camp in the village of Kolo, killing nine soldiers.\n"
         "The raid in Mali's centre was claimed by an al-Qaeda affiliate.", "Mali"),
        ("Tajik border guards fired on Kyrgyz troops stationed in Batken region on Sunday, killing two.", "Kyrgyzstan"),
        ("Venezuelan forces started the fighting by firing into Guyanese territory at several points on Tuesday.", "Guyana"),
    ],
)
def test_an_attack_on_soldiers_or_a_military_post_is_an_armed_clash(text, country):
    assert ("armed_clash", country) in {(m.kind, m.country) for m in mentions(text)}


def test_a_ship_seized_in_a_gulf_is_never_in_a_province_of_that_name_nor_in_the_country_it_is_named_for():
    # "Gulf" is also a province of Papua New Guinea; "Gulf of Oman" names a sea, not Oman.
    ms = mentions("Iranian commandos boarded a cargo ship in the Gulf on Monday, 40 km off Bandar Abbas.")
    assert {(m.kind, m.country) for m in ms} == {("attack_on_or_seizure_of_ship", "Iran")}
    ms = mentions("Commandos seized a freighter in the Gulf of Oman on Monday.\nThe Gulf is patrolled by many navies.")
    assert not {m.country for m in ms} & {"Papua New Guinea", "Oman"}


def test_written_and_numeric_dates():
    base = datetime(2025, 12, 31)  # no publication date: explicit dates only
    assert resolve_date("Tuesday, 9th December 2025", base, False) == "2025-12-09"
    assert resolve_date("the 14th", base, True) == ""  # a day cut from its month
    assert resolve_date("03/04/2025", base, False) == ""  # 3 April or March 4: no guess
    assert resolve_date("25/03/2025", base, False) == "2025-03-25"
    assert resolve_date("October 26, 2025", datetime(2025, 12, 8), True) == "2025-10-26"


def test_a_date_alone_on_a_top_line_dates_the_article_when_its_order_is_known():
    day, relative = date_base("", "Border flares up\n\n07/11/2024\n\nOfficials met on 31/10/2024 and again on Tuesday.")
    assert (day, relative) == (datetime(2024, 11, 7), True)
    day, _ = date_base("", "Border flares up\n\n07/11/2024\n\nOfficials met on Tuesday.")
    assert day != datetime(2024, 11, 7) and day != datetime(2024, 7, 11)  # ambiguous: not guessed
    assert date_base("", "Border flares up\n\n3 March 2023\n\nTroops clashed on Tuesday.")[0] == datetime(2023, 3, 3)
    # the same day written out in the text says which reading the outlet meant
    day, _ = date_base("", "Border flares up\n\n05/03/2024\n\nThe army said that on March 5, 2024, at dawn, troops clashed.")
    assert day == datetime(2024, 3, 5)


def test_a_weekday_before_a_full_date_dates_the_event_without_a_publication_date():
    ms = mentions("Armenian and Azerbaijani troops clashed in Armenia on Thursday, 4th September 2025.", published="")
    assert [(m.kind, m.date) for m in ms] == [("armed_clash", "2025-09-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan and India accused each other of breaking the truce on Tuesday.",
        "Both governments traded accusations of shattering the ceasefire.",
        "Rebels and soldiers clashed in Chad in March, killing 30 people.",
        "Sudan's army and the RSF agreed a truce in 2021.",
    ],
)
def test_a_truce_broken_or_an_event_months_before_is_background(text):
    assert mentions(text) == []


def test_aircraft_deployed_in_fighting_are_no_exercise():
    ms = mentions("Fighter jets were deployed by Greece in an escalation of hostilities with Turkey on Tuesday.")
    assert "exercise_or_mobilisation" not in {m.kind for m in ms}


def test_an_agency_credit_and_a_headline_are_no_actors_nor_a_dateline():
    ms = mentions("(AFP) Drones struck a fuel depot in Port Sudan on Sunday.")
    assert [(m.kind, m.country, m.actor) for m in ms] == [("air_or_drone_strike", "Sudan", "")]
    ms = mentions("Armenia-Azerbaijan border tensions rise after air strikes\n\nOfficials gave no details.")
    assert ("air_or_drone_strike", "Armenia") not in {(m.kind, m.country) for m in ms}


def test_a_region_of_a_far_away_country_is_not_where_an_event_in_another_story_happened():
    # "Central" is no region name (too generic); "Western Cape" is South Africa's: a raid there
    # in a story that names only Mali and Niger is not placed in South Africa.
    ms = mentions("Militants raided an army camp in Western Cape, killing nine soldiers.\n"
                  "Officials in Mali and Niger blamed the same group.")
    assert "South Africa" not in {m.country for m in ms}
    ms = mentions("Gunmen raided an army camp in Western Cape, South Africa, killing nine soldiers.")
    assert ("armed_clash", "South Africa") in {(m.kind, m.country) for m in ms}
