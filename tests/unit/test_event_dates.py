"""When an event happened: the night words, a weekday's date in brackets, an explicit day
over a vague period (annotate/nlp/events.py date functions). Every sentence is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import redate, resolve_range

PUBLISHED = "2025-09-12"  # a Friday


def dates(text: str, published: str = PUBLISHED) -> set[tuple[str, str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return {(m.kind, m.date, m.date_end) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


@pytest.mark.parametrize("sentence, kind", [
    ("Russian drones struck an oil depot in Kherson overnight, the governor said.", "air_or_drone_strike"),
    ("An overnight drone attack set fire to a fuel depot in Belgorod, Russia.", "air_or_drone_strike"),
    ("Gunmen attacked a police post in Niger last night, killing four officers.", "armed_clash"),
])
def test_overnight_with_no_day_is_the_night_before_the_report(sentence, kind):
    assert (kind, "2025-09-11", "2025-09-12") in dates(sentence)


def test_a_day_said_with_the_night_words_wins_and_an_unknown_publication_date_leaves_overnight_undated():
    assert ("armed_clash", "2025-09-09", "") in dates("Gunmen attacked a police post in Niger overnight on Tuesday, killing four officers.")
    assert {d for _, d, _ in dates("Militants shelled villages in Chad overnight, officials said.", "")} == {""}
    assert resolve_range("overnight", None, False) == ("", "")


def test_redating_keeps_the_night_range():
    src = make_source("Militants shelled villages in Chad overnight, officials said.\n", "invented.txt", meta=Meta(published=PUBLISHED))
    ms = analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents
    assert {(m.date, m.date_end) for m in redate(ms, "2025-10-02", src.text)} == {("2025-10-01", "2025-10-02")}


@pytest.mark.parametrize("published", ["2025-09-20", "2025-09-09", ""])
@pytest.mark.parametrize("when", ["Monday (8 September) night", "Monday (September 8, 2025) night", "Monday ( Sept. 8 )"])
def test_a_date_in_brackets_after_a_weekday_is_the_date(when, published):
    sentence = f"Fierce clashes erupted on {when} between Sudanese troops and the RSF in North Kordofan in 2025."
    assert ("armed_clash", "2025-09-08", "") in dates(sentence, published)


@pytest.mark.parametrize("sentence, kind, day", [
    ("Last week, the bulk carrier was boarded by pirates on September 4 off the coast of Somalia, the navy said.",
     "attack_on_or_seizure_of_ship", "2025-09-04"),
    ("A bulk carrier hijacked off Somalia last week was boarded by pirates on September 4, the navy said.",
     "attack_on_or_seizure_of_ship", "2025-09-04"),
    ("Earlier this month, gunmen killed 12 villagers in Zamfara, Nigeria, on September 3, police said.", "attack_on_civilians", "2025-09-03"),
])
def test_an_explicit_day_wins_over_a_vague_period_of_the_same_sentence(sentence, kind, day):
    assert (kind, day, "") in dates(sentence)


def test_a_vague_period_alone_still_dates_the_event_as_a_range():
    assert ("attack_on_civilians", "2025-09-01", "2025-09-07") in dates("Last week, gunmen killed 12 villagers in Zamfara, Nigeria, police said.")


@pytest.mark.parametrize("expr, first, last", [
    ("over the weekend", "2025-09-06", "2025-09-07"),  # the latest weekend before Friday's report
    ("the past few days", "2025-09-09", "2025-09-11"),
    ("Sunday night into Monday", "2025-09-07", "2025-09-08"),
    ("Tuesday last week", "2025-09-02", ""),
    ("30 August to 2 September", "2025-08-30", "2025-09-02"),
    ("Aug. 30 – Sept. 2, 2025", "2025-08-30", "2025-09-02"),
    ("earlier today", "2025-09-12", ""),
    ("the night of Saturday to Sunday", "2025-09-06", "2025-09-07"),
    ("Saturday and Sunday", "2025-09-06", "2025-09-07"),
    ("this past weekend", "2025-09-06", "2025-09-07"),
])
def test_ranges_and_relative_days(expr, first, last):
    assert resolve_range(expr, datetime.fromisoformat(PUBLISHED), True) == (first, last)


def test_the_weekend_in_a_sunday_report_is_that_weekend_up_to_the_report():
    assert resolve_range("over the weekend", datetime(2025, 9, 14), True) == ("2025-09-13", "2025-09-14")
    assert resolve_range("over the weekend", datetime(2025, 9, 13), True) == ("2025-09-13", "")


def test_a_range_across_two_months_dates_the_event_from_its_first_day():
    assert ("shelling_or_missile_attack", "2025-08-30", "2025-09-02") in dates(
        "Rebels shelled Goma in Congo from 30 August to 2 September, the UN said.")


@pytest.mark.parametrize("expr, first, last", [
    ("in March", "2025-03-01", "2025-03-31"),
    ("late September 2020", "2020-09-01", "2020-09-30"),
    ("December", "2024-12-01", "2024-12-31"),  # the latest December up to the report
    ("September", "", ""),  # the report's own month: no day of it said
])
def test_a_month_named_alone_is_that_whole_month(expr, first, last):
    assert resolve_range(expr, datetime.fromisoformat(PUBLISHED), True) == (first, last)
