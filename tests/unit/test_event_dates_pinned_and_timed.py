"""Event days an article gives in other ways than on the event's own verb: a weekday that an
undated article writes out with its day elsewhere (nlp/pinned_weekdays.py), a weekday with
time-of-day words around it, the day of a verb done in one sequence with the event's, and a
definite event noun carrying its own weekday under a judging verb (annotate/nlp/events.py).
Every sentence is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import redate, resolve_range
from annotate.nlp.pinned_weekdays import pinned_weekdays

PUBLISHED = "2025-09-12"  # a Friday


def mentions(text: str, published: str = PUBLISHED):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return src, analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


# ---------------------------------------------------------------- weekdays the article pins itself

@pytest.mark.parametrize("text, expected", [
    ("Rebels claimed the Tuesday bombing. The bomb went off on Tuesday, March 11.", {1: "March 11"}),
    ("It happened on Friday (7 June 2019) in the port.", {4: "7 June 2019"}),
    ("Two died during the October 12-13 weekend.", {5: "October 12", 6: "October 13"}),
    ("Talks were held over the weekend of 3-4 May.", {5: "May 3", 6: "May 4"}),
    ("On Monday, March 3 the army moved; on Monday, March 10 it left.", {}),  # two Mondays: neither
    ("The market reopened on Friday, Jan. 3, 2025 and again on Friday, Jan 3.", {4: "Jan. 3 2025"}),
    ("Four people were hurt on Saturday, officials said.", {}),
])
def test_weekdays_the_text_writes_with_their_day(text, expected):
    assert pinned_weekdays(text) == expected


def test_an_undated_article_dates_a_bare_weekday_by_the_day_it_writes_with_it():
    text = ("Separatists claimed the Tuesday bombing in the town of Kirovo in Moldova.\n\n"
            "The blast occurred near the bus station at about 9 a.m. on Tuesday, March 11.")
    _, ms = mentions(text, "")
    assert {m.date for m in ms if m.kind == "explosion_or_sabotage"} == {"--03-11"}


def test_a_weekend_of_two_days_dates_its_saturday_in_an_undated_article():
    text = ("Several inmates broke out of a jail in Gabon during the October 12-13 weekend in 2019.\n\n"
            "One escaped inmate, a former minister, was later arrested and flown back to the jail in Libreville on Saturday, police said.")
    _, ms = mentions(text, "")
    assert "2019-10-12" in {m.date for m in ms if m.kind == "arrest_or_expulsion"}


def test_a_publication_date_places_the_weekday_itself_and_redating_keeps_the_pinned_day():
    text = ("Separatists claimed the Tuesday bombing in the town of Kirovo in Moldova.\n\n"
            "The blast occurred near the bus station at about 9 a.m. on Tuesday, March 11.")
    src, ms = mentions(text, "2025-09-12")
    assert "2025-09-09" in {m.date for m in ms}  # that Tuesday is the one before the report
    assert {m.date for m in redate(ms, "", src.text) if m.kind == "explosion_or_sabotage"} == {"--03-11"}


# ---------------------------------------------------------------- weekdays with time-of-day words

@pytest.mark.parametrize("words, day", [
    ("in the early hours of Monday", "2025-09-08"),
    ("before dawn on Thursday", "2025-09-11"),
    ("Wednesday at dawn", "2025-09-10"),
    ("shortly after midnight Tuesday", "2025-09-09"),
    ("Tuesday late evening", "2025-09-09"),
    ("late Wednesday afternoon", "2025-09-10"),
    ("early on Monday", "2025-09-08"),
])
def test_a_weekday_with_time_of_day_words_is_that_weekday(words, day):
    assert resolve_range(words, datetime(2025, 9, 12), True) == (day, "")


def test_time_of_day_words_alone_or_with_no_publication_date_give_no_day():
    assert resolve_range("in the early hours", datetime(2025, 9, 12), True) == ("", "")
    assert resolve_range("before dawn on Thursday", None, False) == ("", "")


# ---------------------------------------------------------------- verbs done in one sequence

def test_the_day_of_a_verb_conjoined_with_the_event_dates_it():
    _, ms = mentions("The fugitive warlord was recaptured and flown back to Bangui on Wednesday, officials in the Central African Republic said.")
    assert "2025-09-10" in {m.date for m in ms if m.kind == "arrest_or_expulsion"}


def test_a_conjoined_verb_with_its_own_subject_or_still_to_come_does_not_date_it():
    from annotate.gazetteer import load_gazetteer
    from annotate.nlp.events import _conjoined
    from annotate.nlp.pipeline import load_pipeline

    nlp, _ = load_pipeline(load_gazetteer())
    doc = nlp("Police arrested the smuggler and will question him next week.")
    verb = next(t for t in doc if t.lower_ == "arrested")
    assert _conjoined(verb) == set()


# ---------------------------------------------------------------- an event named by its day

@pytest.mark.parametrize("later, day", [
    ("The army chief described the Tuesday night assault on one of the army's border posts as \"a cowardly act.\"", "2025-09-09"),
    ("The defence minister condemned the Sunday morning attack on a military base in northern Togo.", "2025-09-07"),
])
def test_a_judged_event_named_by_its_weekday_is_that_event_on_that_day(later, day):
    _, ms = mentions("Togo's army has suffered heavy losses in a deadly attack in the north of Togo, officials have confirmed.\n\n" + later)
    assert day in {m.date for m in ms if m.kind == "armed_clash"}


def test_condemning_attacks_in_general_stays_no_event():
    _, ms = mentions("The minister condemned attacks on aid workers in Tanzania.")
    assert not ms


# ---------------------------------------------------------------- the day a report came out

@pytest.mark.parametrize("sentence", [
    "Iran tested a new long-range ballistic missile, its defence minister said in remarks released on Sunday.",
    "Iran tested a new long-range ballistic missile, according to a statement issued on Sunday.",
])
def test_the_day_a_report_was_released_does_not_date_the_event(sentence):
    _, ms = mentions(sentence, "2025-09-14")
    assert {m.date for m in ms if m.kind == "weapons_test"} == {""}


def test_the_event_words_of_a_sentence_still_date_it():
    _, ms = mentions("Iran tested a new long-range ballistic missile on Sunday, its defence minister said.", "2025-09-14")
    assert {m.date for m in ms if m.kind == "weapons_test"} == {"2025-09-14"}


# ---------------------------------------------------------------- "It happened on <day>"

@pytest.mark.parametrize("later, day", [
    ("It happened late Sunday in the village of Kouri.", "2025-09-07"),
    ("It took place on Sunday evening near Kouri.", "2025-09-07"),
    ("The incident occurred early on Wednesday in the village of Kouri.", "2025-09-10"),
])
def test_a_later_sentence_that_refers_back_gives_the_event_its_day(later, day):
    _, ms = mentions("Gunmen killed four police officers at a checkpoint in Mali, officials said.\n\n" + later)
    assert {m.date for m in ms if m.kind == "armed_clash"} == {"", day}


@pytest.mark.parametrize("later", ["It happened because the police post had no guards.", "It will happen again on Monday, the rebels warned."])
def test_a_pronoun_with_no_day_or_of_the_future_refers_to_nothing(later):
    _, ms = mentions("Gunmen killed four police officers at a checkpoint in Mali, officials said.\n\n" + later)
    assert {m.date for m in ms} == {""} and len(ms) == 1


# ---------------------------------------------------------------- the day of another occasion

@pytest.mark.parametrize("published", ["", "2024-08-25"])
@pytest.mark.parametrize("sentence", [
    "Gunmen attacked a polling station in northern Kenya, killing two guards, ahead of the Aug. 20 vote.",
    "Police arrested 40 opposition activists in Nairobi before the August 20 election.",
    "Troops clashed with militants in Mali's Mopti region ahead of talks set for 12 May in Bamako.",
    "Gunmen attacked a polling station in northern Kenya ahead of the August 20, 2024 vote.",
])
def test_the_day_of_what_an_event_came_before_is_not_its_day(sentence, published):
    _, ms = mentions(sentence, published)
    assert ms and {m.date for m in ms} == {""}


def test_the_events_own_day_beside_another_occasions_day_stays():
    _, ms = mentions("Gunmen attacked a polling station in northern Kenya on Aug. 18, ahead of the Aug. 20 vote.", "2024-08-25")
    assert {m.date for m in ms} == {"2024-08-18"}
    _, ms = mentions("Protesters clashed with police in Dakar, Senegal after Friday prayers.", "2024-08-25")
    assert {m.date for m in ms} == {"2024-08-23"}  # a weekday's prayers: the same day
