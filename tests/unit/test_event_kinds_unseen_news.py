"""Kinds of event report that news the rules were not written for used: bombs dropped from the
air, a bombing in "the Somali capital", the killing of soldiers by another state's forces,
aircraft sighted over a country, and the words that report no new event (a ceasefire in force,
a kind of group, the weapons of a described exchange of fire). Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source

PUBLISHED = "2025-09-11"  # a Thursday


def kinds(text: str, published: str = PUBLISHED) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


# ------------------------------------------------------------------------- bombs from the air
def test_bombs_dropped_by_an_aircraft_or_a_drone_are_an_air_strike_where_they_fell():
    assert kinds("A military aircraft, on Sunday morning, dropped three barrel bombs on a market in Nyala, South Darfur, residents said.") \
        == {("air_or_drone_strike", "Sudan")}
    assert ("air_or_drone_strike", "Ukraine") in kinds("Russian drones dropped grenades on a village near Kharkiv on Monday.")


def test_bombs_dropped_in_an_exercise_are_no_strike():
    assert "air_or_drone_strike" not in {k for k, _ in kinds("During the exercise, jets dropped practice bombs on a range in Nevada on Monday.")}


# --------------------------------------------------------------------------- a capital named
def test_a_bombing_in_a_nationality_s_capital_is_in_that_country():
    assert kinds("At least 12 people were killed in a suicide attack in the Afghan capital, Kabul, on Friday.") \
        == {("explosion_or_sabotage", "Afghanistan")}
    assert kinds("A car bomb exploded in the Iraqi capital on Sunday, killing four.") == {("explosion_or_sabotage", "Iraq")}


# --------------------------------------------------------- soldiers killed by a state's forces
def test_the_killing_of_soldiers_by_another_state_s_forces_is_an_armed_clash():
    found = kinds("Tajikistan announced on Tuesday the killing of two of its border guards by Kyrgyz forces in the Sughd region.")
    assert {k for k, _ in found} == {"armed_clash"}
    assert {c for _, c in found} <= {"Tajikistan", "Kyrgyzstan"}


def test_soldiers_killed_by_a_strike_are_its_toll_and_civilians_killed_are_no_clash():
    assert kinds("Russian drone strikes killed three Ukrainian soldiers in Kharkiv on Monday.") == {("air_or_drone_strike", "Ukraine")}
    assert "armed_clash" not in {k for k, _ in kinds("Malian soldiers killed five civilians in a village near Mopti on Monday, residents said.")}


# ------------------------------------------------------------------------ aircraft sighted
def test_drones_sighted_near_a_place_are_an_airspace_violation_of_its_country():
    assert kinds("Several drones were sighted near Billund airport in Denmark on Wednesday night, police said.") \
        == {("airspace_violation", "Denmark")}


def test_hostile_drones_spotted_by_soldiers_are_in_the_country_they_were_seen_over():
    # the soldiers who saw them are not the side that flew them
    assert kinds("Russian drones were spotted by Romanian soldiers over Galati on Tuesday, the army said.") \
        == {("airspace_violation", "Romania")}


# ------------------------------------------------------------------ words that report no event
def test_a_ceasefire_kept_in_force_is_no_new_agreement():
    assert kinds("Turkey sent observers last year to help implement the ceasefire between Ethiopia and Eritrea.") == set()
    assert kinds("The truce between Ethiopia and Eritrea was largely maintained under the supervision of Turkish observers.") == set()
    assert ("ceasefire_or_agreement", "Ethiopia") in kinds("Ethiopia and Eritrea agreed to a ceasefire on Sunday, officials said.") \
        | kinds("Ethiopia agreed to a ceasefire with Eritrea on Sunday, officials said.")


def test_a_kind_of_group_described_by_what_such_groups_did_is_no_event():
    assert kinds("The ADF is one of several armed groups that were formed during Uganda's civil war "
                 "or as splinters of organizations that agreed to peace.") == set()


def test_the_weapons_of_a_described_exchange_of_fire_are_no_events_at_the_dateline_city():
    text = ("LAGOS: Fighting between Nigerian troops and militants near Maiduguri killed 12 on Monday. "
            "Witnesses described heavy exchanges of machine-gun fire, mortar barrages and even drone incursions, "
            "with explosions echoing across the villages until dawn.")
    found = kinds(text)
    assert {k for k, _ in found} == {"armed_clash"}


def test_what_a_side_has_done_told_in_the_perfect_with_no_day_is_no_one_event():
    assert kinds("The group, which controls much of northern Mali, has also fired rockets and mortars at Burkina Faso itself.") == set()
    # a report in the perfect that its sentence dates is one
    assert ("shelling_or_missile_attack", "Ukraine") in kinds("Russia has fired missiles at Kyiv, the mayor said on Tuesday.")
