"""Distinct events of one type in one country and week stay apart: reports of one day after
another do not chain into one incident, and an undated report of a later article joins the
event of the days before its publication, not the one its article recalls. Reports of one
event published on different days still join. Invented places and events."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.derive import derive
from annotate.gazetteer import load_gazetteer
from annotate.incidents import cluster_incidents
from annotate.ingest import Meta, make_source
from annotate.models import IncidentMention


def _m(date="", start=0):
    return IncidentMention(start, start + 10, "Moldova", "armed_clash", "", date, date)


def _groups(inc):
    return sorted((i.date, i.date_end, sorted(i.evidence)) for i in inc)


def test_killings_reported_day_after_day_for_a_week_are_not_one_incident():
    by_source = {f"s{d}": [_m(f"2031-05-{d:02d}")] for d in range(14, 21)}
    inc = cluster_incidents(by_source)
    assert len(inc) > 1
    for i in inc:  # no incident holds reports days apart
        days = sorted(i.dates.values())
        assert (int(days[-1][-2:]) - int(days[0][-2:])) <= 2
    assert not any("s14" in i.evidence and "s20" in i.evidence for i in inc)


def test_reports_of_one_event_dated_a_day_apart_still_join():
    # a night over two days, the next day in another source, the day before in a third
    inc = cluster_incidents({"a": [IncidentMention(0, 10, "Moldova", "armed_clash", "", "2031-05-14", "2031-05-14", "2031-05-15")],
                             "b": [_m("2031-05-15")], "c": [_m("2031-05-14")]})
    assert _groups(inc) == [("2031-05-14", "2031-05-15", ["a", "b", "c"])]


def test_an_undated_lead_joins_the_event_before_publication_not_the_one_its_article_recalls():
    # "b", published on the 21st: an undated killing first, then the killings of the 14th recalled
    inc = cluster_incidents({"a": [_m("2031-05-14")], "b": [_m("", 0), _m("2031-05-14", 100)], "c": [_m("2031-05-20")]},
                            published={"a": "2031-05-15", "b": "2031-05-21", "c": "2031-05-21"})
    assert _groups(inc) == [("2031-05-14", "", ["a", "b"]), ("2031-05-20", "", ["b", "c"])]
    # an undated sentence after its article's dated report is that report's event
    inc = cluster_incidents({"a": [_m("2031-05-14")], "b": [_m("2031-05-20", 0), _m("", 50), _m("2031-05-14", 100)]},
                            published={"a": "2031-05-15", "b": "2031-05-21"})
    late = next(i for i in inc if i.date == "2031-05-20")
    assert [s for s, _ in late.evidence["b"]] == [0, 50]


def test_an_undated_report_prefers_the_event_of_the_days_before_its_publication():
    inc = cluster_incidents({"a": [_m("2031-05-14")], "b": [_m("2031-05-14")], "c": [_m("2031-05-20")], "d": [_m()]},
                            published={"d": "2031-05-21"})
    assert _groups(inc) == [("2031-05-14", "", ["a", "b"]), ("2031-05-20", "", ["c", "d"])]
    # with no event in the days just before, still the one most sources report that week
    inc = cluster_incidents({"a": [_m("2031-05-14")], "b": [_m("2031-05-14")], "c": [_m("2031-05-12")], "d": [_m()]},
                            published={"d": "2031-05-19"})
    assert ("2031-05-14", "", ["a", "b", "d"]) in _groups(inc)


FIRST = ("Gunmen shot dead three police officers in Moldova on Tuesday near the village of Dravenko, "
         "the interior ministry said.\n")
LATER = ("Gunmen shot dead a police officer in Moldova on Monday near the village of Dravenko, "
         "the interior ministry said.\n")
AGAIN = ("Three police officers were shot dead in Moldova on Tuesday near Dravenko, the ministry said on Thursday.\n")


def test_killings_of_two_days_a_week_apart_reported_in_articles_stay_two_incidents():
    gaz = load_gazetteer()
    docs = [(FIRST, "2031-05-14"), (AGAIN, "2031-05-15"), (LATER, "2031-05-20")]
    srcs = [make_source(t, f"a{i}.txt", meta=Meta(published=p)) for i, (t, p) in enumerate(docs)]
    inc = [i for i in derive(srcs, analyze_sources(srcs, gazetteer=gaz), gaz).incidents if i.country == "Moldova"]
    by_date = {i.date: {s.name for s in srcs if s.id in i.evidence} for i in inc}
    # the later article's "on Thursday" (the day it was said) is not the killing's date: it joins
    assert by_date == {"2031-05-13": {"a0.txt", "a1.txt"}, "2031-05-19": {"a2.txt"}}


def test_a_police_officer_shot_dead_each_day_of_a_week_is_not_one_incident():
    gaz = load_gazetteer()
    days = [("Tuesday", "2031-05-14"), ("Wednesday", "2031-05-15"), ("Thursday", "2031-05-16"), ("Friday", "2031-05-17"),
            ("Saturday", "2031-05-18"), ("Sunday", "2031-05-19")]
    srcs = [make_source(f"Gunmen shot dead a police officer in Moldova on {d} near the village of Dravenko, the ministry said.\n",
                        f"d{i}.txt", meta=Meta(published=p)) for i, (d, p) in enumerate(days)]
    inc = [i for i in derive(srcs, analyze_sources(srcs, gazetteer=gaz), gaz).incidents if i.country == "Moldova"]
    assert sum(len(i.evidence) for i in inc) == 6
    first, last = srcs[0].id, srcs[-1].id
    assert not any(first in i.evidence and last in i.evidence for i in inc)
    assert all(not i.date_end or i.date_end <= f"2031-05-{int(i.date[-2:]) + 2:02d}" for i in inc)
