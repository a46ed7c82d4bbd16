"""Days of an unknown year: "on Oct. 21" in an article with no publication date and no year in
its text is the year-unknown day "--10-21" (ISO 8601's year-omitted form), shown as such,
clustered with a dated report of the same month and day, and never given a guessed year."""

from __future__ import annotations

import pytest

from annotate.analysis import analyze_sources
from annotate.brief import BriefFilter, _date_ok, date_span
from annotate.derive import derive
from annotate.gazetteer import load_gazetteer
from annotate.incidents import cluster_incidents
from annotate.ingest import Meta, make_source
from annotate.models import IncidentMention
from annotate.nlp.events import report_day, resolve_date, resolve_range


def _m(kind, country, date="", end="", place=""):
    return IncidentMention(0, 10, country, kind, "", date, date, end, place)


def _incidents(*docs):
    gaz = load_gazetteer()
    srcs = [make_source(t, f"y{i}.txt", meta=Meta(published=p)) for i, (t, p) in enumerate(docs)]
    return derive(srcs, analyze_sources(srcs, gazetteer=gaz), gaz).incidents


@pytest.mark.parametrize("expr,expected", [
    ("Oct. 21", "--10-21"), ("on 3 March", "--03-03"), ("Friday, August 8", "--08-08"), ("the 2nd of February", "--02-02"),
    ("Christmas Eve", "--12-24"), ("Feb 29", "--02-29"),  # (a day of some year)
    ("Feb 30", ""), ("late Tuesday", ""), ("March", ""), ("the 26th", ""),  # no month-day, or none that exists
])
def test_a_month_and_day_without_a_year_is_a_year_unknown_day(expr, expected):
    assert resolve_date(expr, None, False) == expected


def test_a_range_of_days_without_a_year_keeps_both_ends():
    assert resolve_range("between April 3 and April 4", None, False) == ("--04-03", "--04-04")


def test_an_undated_article_dates_its_incident_by_month_and_day_only():
    text = ("Armed men attacked a police post in the town of Kidal in Mali, killing three officers, the army said on Nov. 4.\n"
            "The attack was the second in the region this month.\n")
    (inc,) = [i for i in _incidents((text, "")) if i.country == "Mali"]
    assert inc.date == "--11-04" and not inc.date_reported
    assert date_span(inc.date, inc.date_end) == "4 Nov (year unknown)"


def test_a_statement_issued_on_a_day_dates_the_event_it_reports():
    text = "A statement released by the army on April 9 said gunmen carried out two attacks on soldiers patrolling near Kidal in Mali.\n"
    (inc,) = [i for i in _incidents((text, "")) if i.country == "Mali"]
    assert inc.date == "--04-09"


def test_the_dateline_day_of_an_unknown_year_is_the_day_reported():
    assert report_day("", "Headline\nBAMAKO, March 3 (AFP) - Gunmen attacked") == "--03-03"
    assert report_day("", "Headline\nBAMAKO, March 3, 2021 (AFP) - Gunmen attacked") == "2021-03-03"
    assert report_day("2021-03-04", "BAMAKO, March 3 (AFP) -") == "2021-03-04"
    assert report_day("", "Gunmen attacked a post.") == ""
    # an incident no sentence dates takes it, marked as the day reported
    inc = cluster_incidents({"a": [_m("armed_clash", "Mali")]}, published={"a": "--03-03"})
    assert [(i.date, i.date_reported) for i in inc] == [("--03-03", True)]


def test_a_year_unknown_day_joins_the_dated_report_of_that_month_and_day():
    inc = cluster_incidents({"a": [_m("armed_clash", "Mali", "2024-11-04")], "b": [_m("armed_clash", "Mali", "--11-05")],
                             "c": [_m("armed_clash", "Mali", "--07-01")]}, published={"a": "2024-11-05"})
    by_date = {i.date: set(i.evidence) for i in inc}
    assert by_date == {"2024-11-04": {"a", "b"}, "--07-01": {"c"}}  # the year one source gives; another day alone
    # two reports of one year-unknown day join; the dated incident sorts first, the undated last
    inc = cluster_incidents({"a": [_m("protest", "Chile", "--05-14", "--05-15")], "b": [_m("protest", "Chile", "--05-15")],
                             "c": [_m("protest", "Chile", "2023-01-02")], "d": [_m("protest", "Peru")]})
    assert [(i.date, i.date_end, len(i.evidence)) for i in inc] == [("2023-01-02", "", 1), ("--05-14", "--05-15", 2), ("", "", 1)]
    assert date_span("--05-14", "--05-15") == "14–15 May (year unknown)"


def test_a_year_unknown_day_passes_any_date_filter():
    assert _date_ok("--10-21", BriefFilter(date_from="2025-01-01", date_to="2025-02-01"))


def test_narrow_columns_show_the_year_as_missing():
    from types import SimpleNamespace

    from annotate import compact_date
    from tui.screens.matrix import _day_format

    assert compact_date("--10-21") == "????-10-21" and compact_date("2025-10-21") == "2025-10-21"
    day = _day_format([SimpleNamespace(date="2025-10-20"), SimpleNamespace(date="--10-21")])
    assert (day("2025-10-20"), day("--10-21")) == ("10-20", "??-10-21")  # (one known year: month-day)
