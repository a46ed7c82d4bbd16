"""Which date of a sentence is the event's, and how an article's own day places it: a day one
time zone ahead ("early Saturday local time" in Friday's paper), a day counted back from another
day of the sentence or the event told before ("the previous day", "a day earlier"), the report's
day said as "this morning", a date the parser hangs on a participle after the event's verb or
after an event noun's phrase, a report's date losing to the date of the event's own words, a
dateline that writes its year, "yesterday" under a yearless dateline, a month and day just after
the paper's day (annotate/nlp/events.py ``_date``, ``_not_after``, ``resolve_date``,
``_pin_weekdays``). Every sentence is invented."""

from __future__ import annotations

import pytest

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import _after_event, _days_before

PUBLISHED = "2025-09-12"  # a Friday


def dated(text: str, published: str = PUBLISHED) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return {(m.kind, m.date) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_a_weekday_ahead_in_local_time_is_not_dropped_as_after_the_report():
    got = dated("Gunmen ambushed a patrol in northern Burkina Faso early Saturday local time, killing six soldiers.")
    assert ("armed_clash", "2025-09-13") in got


def test_a_day_counted_back_from_the_statements_day():
    got = dated("Police said on Thursday that two officers were killed in an ambush in Oaxaca, Mexico, a day earlier.")
    assert ("armed_clash", "2025-09-10") in got
    got = dated("Two officers were killed in an ambush in Oaxaca, Mexico, the previous day, police said on Thursday.")
    assert ("armed_clash", "2025-09-10") in got


def test_a_day_counted_back_from_the_event_told_before():
    got = dated("Rebels shelled the town of Goma in Congo on Monday. A day earlier, militiamen had attacked a camp near Bunia in Congo.")
    assert ("shelling_or_missile_attack", "2025-09-08") in got
    assert ("armed_clash", "2025-09-07") in got


@pytest.mark.parametrize("words, n", [("the day before", 1), ("the previous night", 1), ("two days earlier", 2),
                                      ("3 days before", 3), ("the day after", None), ("Tuesday", None)])
def test_days_before(words, n):
    assert _days_before(words) == n


def test_after_event_counts_back_too():
    assert _after_event("two days earlier", "2025-03-04") == "2025-03-02"
    assert _after_event("the following day", "2025-03-04") == "2025-03-05"


@pytest.mark.parametrize("sentence", [
    "This morning the air force carried out strikes against militant camps in Niger, the ministry said.",
    "\"This morning our forces carried out a series of strikes against militant camps in Niger,\" the ministry said.",
])
def test_this_morning_is_the_reports_day(sentence):
    assert ("air_or_drone_strike", PUBLISHED) in dated(sentence)


def test_a_date_hung_on_a_participle_after_the_verb_dates_the_event():
    got = dated("Coast guards intercepted the fishing boat Aurora in Guinea, carrying twelve migrants, early Monday morning, "
                "according to reports.", "2025-09-08")
    assert ("attack_on_or_seizure_of_ship", "2025-09-08") in got


def test_the_statements_day_loses_to_the_day_of_the_events_own_words():
    got = dated("The mission said in a statement on Wednesday that its soldiers were attacked while they were escorting "
                "fuel trucks on Tuesday afternoon near Gao, Mali.")
    assert ("armed_clash", "2025-09-09") in got
    assert ("armed_clash", "2025-09-10") not in got


# ------------------------------------------------------- datelines of undated articles, days ahead

def test_a_dateline_with_its_year_dates_an_undated_articles_weekdays():
    text = "Convoy ambushed in Niger\n\nNIAMEY, June 14, 2019: Gunmen ambushed a police convoy near Tillaberi in Niger on Thursday, killing five officers."
    assert ("armed_clash", "2019-06-13") in dated(text, "")


def test_a_dateline_without_a_year_leaves_weekdays_undated_but_dates_yesterday_year_unknown():
    text = ("Convoy ambushed in Niger\n\nNIAMEY, June 14: Gunmen ambushed a police convoy near Tillaberi in Niger on Thursday, "
            "killing five officers. The country has faced an insurgency since 2015.")
    got = dated(text, "")
    assert not any(d.startswith("2015") for _, d in got)
    text = "Convoy ambushed in Niger\n\nNIAMEY, June 14: Gunmen ambushed a police convoy near Tillaberi in Niger yesterday, killing five officers."
    assert ("armed_clash", "--06-13") in dated(text, "")


def test_a_month_and_day_just_after_the_papers_day_is_not_last_years():
    assert ("armed_clash", "2025-03-03") in dated("Militants attacked an army post in Mali on March 3, killing six soldiers.", "2025-03-02")
    got = dated("Militants attacked an army post in Mali on March 12, killing six soldiers.", "2025-03-02")
    assert not any(d.startswith("2024") for _, d in got)
    assert ("armed_clash", "2024-12-30") in dated("Militants attacked an army post in Mali on Dec. 30, killing six soldiers.", "2025-01-03")


def test_a_bare_date_right_after_an_event_nouns_phrase_is_its_date():
    got = dated("The government of Peru said on Thursday that the bombing of the police station in Lima Tuesday was the work of a lone man.")
    assert ("explosion_or_sabotage", "2025-09-09") in got
    got = dated("Ecuador's government said Thursday the man arrested over the shooting of the mayor in Quito the day before had acted alone.")
    assert ("attack_on_civilians", "2025-09-10") in got


@pytest.mark.parametrize("when, day", [
    ("on March 14 last year", "2024-03-14"), ("on 14 March last year", "2024-03-14"),
    ("on March 14 this year", "2025-03-14"),
])
def test_a_month_day_with_the_year_told_relative_to_the_papers(when, day):
    """"the explosions on September 26 last year" in a February paper: the day of last year, not
    no date (the event then took the paper's own day)."""
    got = dated(f"Investigators in Estonia said the blasts that hit the Narva power line {when} were sabotage.")
    assert ("explosion_or_sabotage", day) in got, got
