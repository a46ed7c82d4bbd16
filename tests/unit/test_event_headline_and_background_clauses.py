"""A headline that joins two clauses with a comma, and clashes told as what the news follows.
Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def mentions(text: str, published: str = "2025-09-11"):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def test_the_country_of_a_headlines_second_clause_is_no_party_to_the_first_clauses_event():
    # (a town the gazetteer does not know: the clause alone cannot say whose it is)
    ms = mentions("Truce agreed in Kaziba, Rwanda shells Bukavu\n\nThe fighting went on.")
    assert "Rwanda" not in {m.country for m in ms if m.kind == "ceasefire_or_agreement"}
    assert {(m.kind, m.country) for m in ms if m.kind == "shelling_or_missile_attack"} == {("shelling_or_missile_attack", "Democratic Republic of the Congo")}


def test_a_strike_in_a_headlines_second_clause_is_where_it_hit_not_the_first_clauses_place():
    ms = mentions("Truce agreed in Goma, Rwanda shells Bukavu\n\nThe truce was agreed on Monday.")
    assert {m.place for m in ms if m.kind == "shelling_or_missile_attack"} == {"Bukavu"}


def test_clashes_with_a_group_that_an_act_follows_are_background_not_a_report():
    ms = mentions("Kenya, which says it is protecting the Somali minority following clashes with Oromo militias, also said it sent troops.")
    assert "armed_clash" not in {m.kind for m in ms}
    ms = mentions("Kenya deployed troops to the border on Monday after clashes with Oromo militias.")
    assert "armed_clash" not in {m.kind for m in ms}


def test_people_killed_after_clashes_with_police_are_still_a_reported_clash():
    ms = mentions("Two people were killed after clashes with police in Nairobi on Monday.")
    assert {(m.kind, m.country) for m in ms} == {("armed_clash", "Kenya")}


def test_a_strike_on_the_outskirts_of_a_city_is_placed_there_whoever_reports_it_from_elsewhere():
    ms = mentions("Sources in Uganda said Rwanda struck the Congolese army in Nyangezi on the outskirts of Bukavu, killing two commanders.")
    assert {(m.kind, m.place, m.country) for m in ms} == {("air_or_drone_strike", "Bukavu", "Democratic Republic of the Congo")}


def test_a_community_named_before_its_figures_is_not_where_their_ceasefire_is():
    ms = mentions("His remarks came just hours after Pakistan’s Ministry of Interior and prominent Hazara figures announced "
                  "a ceasefire agreement in Parachinar following several days of deadly clashes.")
    assert {(m.kind, m.country) for m in ms} == {("ceasefire_or_agreement", "Pakistan")}
    assert "Hazara" not in {m.place for m in ms}
