"""Event mentions of damaged infrastructure (cables, pipelines), of vessels detained, of
attacks near a border, of a second attack elsewhere, and of one attack told two ways. Every
sentence here is invented."""

from __future__ import annotations

from datetime import datetime

from annotate.derive import derive
from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import resolve_range

from .test_event_mentions import PUBLISHED, mentions


def kinds(text: str, published: str = PUBLISHED) -> set[tuple[str, str]]:
    return {(m.kind, m.country) for m in mentions(text, published)}


def incidents(text: str, published: str = PUBLISHED):
    gaz = load_gazetteer()
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return derive([src], analyze_sources([src], gazetteer=gaz), gaz).incidents


def test_a_severed_or_damaged_cable_or_pipeline_is_sabotage_in_the_linked_country_the_article_names_most():
    ms = mentions("Sweden's coast guard said the gas pipeline between Latvia and Sweden was damaged on Tuesday. "
                  "Swedish investigators boarded a trawler in the Baltic Sea.")
    (m,) = [m for m in ms if m.kind == "explosion_or_sabotage"]
    assert (m.country, m.date) == ("Sweden", "2025-09-09")
    (m,) = [m for m in mentions("The data cable, which links Lithuania to Poland, was severed on Wednesday, "
                                "Lithuania said. Lithuania opened an inquiry.") if m.kind == "explosion_or_sabotage"]
    assert (m.country, m.date) == ("Lithuania", "2025-09-10")


def test_damage_to_a_cable_at_sea_is_placed_by_the_sea_rules():
    ms = [m for m in mentions("An undersea power cable in the Gulf of Bothnia was cut on Monday, Finnish officials said.")
          if m.kind == "explosion_or_sabotage"]
    assert [(m.country, m.place, m.date) for m in ms] == [("Finland", "Gulf of Bothnia", "2025-09-08")]


def test_damage_by_a_drone_or_a_storm_or_that_might_happen_is_no_sabotage():
    for text in ("A Ukrainian drone attack damaged an oil pipeline in Russia on Monday.",
                 "A storm damaged a power cable in Norway on Monday.",
                 "Officials in Denmark said the trawler could damage the pipeline."):
        assert all(m.kind != "explosion_or_sabotage" for m in mentions(text)), text


def test_a_vessel_detained_is_a_seizure_of_a_ship_where_the_detaining_state_is_not_an_arrest():
    found = kinds("Latvian police detained the tanker on Tuesday. A lawyer for its owner, a company based in Cyprus, "
                  "declined to comment.")
    assert found == {("attack_on_or_seizure_of_ship", "Latvia")}  # not the owner's Cyprus, no arrest


def test_asking_a_court_to_seize_a_ship_is_no_seizure():
    assert all(m.kind != "attack_on_or_seizure_of_ship" for m in
               mentions("The grid operator of Latvia asked a court in Riga to seize the tanker on Monday."))


def test_near_a_countrys_border_names_the_neighbour_not_the_place():
    assert kinds("Jihadists attacked a police post near the Ghana border in Burkina Faso on Tuesday.") == \
        {("armed_clash", "Burkina Faso")}
    assert kinds("Militants attacked an army base close to the Benin border on Sunday. The army of Niger said "
                 "nine soldiers died.") == {("armed_clash", "Niger")}


def test_another_attack_this_time_elsewhere_is_a_second_incident():
    text = ("Militants stormed an army base in Gao in Mali on Sunday, killing 20 soldiers. "
            "The violence continued into Monday when the group said it had launched another coordinated assault, "
            "this time in the city of Kidal.")
    clashes = [m for m in mentions(text) if m.kind == "armed_clash"]
    assert [(m.country, m.place, m.date) for m in clashes] == [("Mali", "Gao", "2025-09-07"), ("Mali", "Kidal", "2025-09-08")]
    assert sorted(i.place for i in incidents(text) if i.kind == "armed_clash") == ["Gao", "Kidal"]


def test_soldiers_and_civilians_killed_in_an_attack_the_article_tells_as_a_clash_are_that_clash():
    text = ("Gunmen have killed dozens of soldiers and civilians in the town of Arbinda in northern Burkina Faso. "
            "On Sunday, hundreds of jihadists attacked a military post in Arbinda. "
            "Residents confirmed the killings and gave a toll of several dozen.")
    assert [m.kind for m in mentions(text)] == ["armed_clash"] * 3  # (the killings they confirmed, too)
    assert [(i.kind, i.country, i.date) for i in incidents(text)] == [("armed_clash", "Burkina Faso", "2025-09-07")]
    # villagers alone are an attack on civilians, even next to a clash
    assert {m.kind for m in mentions("Gunmen killed twelve villagers in Arbinda in Burkina Faso. "
                                     "On Sunday, jihadists attacked a military post in Arbinda.")} == {"attack_on_civilians", "armed_clash"}


def test_soldiers_killed_in_an_attack_on_a_day_is_a_dated_clash():
    (m,) = mentions("The group said it killed 15 soldiers and captured three others in an attack in Niger on Tuesday.")
    assert (m.kind, m.country, m.date) == ("armed_clash", "Niger", "2025-09-09")


def test_an_attack_in_an_earlier_month_is_background():
    assert mentions("In July, the army killed 40 militants after the group launched an attack on army posts in five "
                    "towns in Mali.", "2025-08-20") == []


def test_a_fixed_holiday_is_a_day():
    base = datetime(2024, 12, 28)
    assert resolve_range("Christmas Day", base, True) == ("2024-12-25", "")
    assert resolve_range("on New Year's Eve", datetime(2025, 1, 3), True) == ("2024-12-31", "")
