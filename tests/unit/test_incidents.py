"""Incident mentions, their dates, clustering across sources and the analyst's edits."""

from __future__ import annotations

import pytest

from annotate.analysis import analyze_sources
from annotate.derive import derive
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import resolve_date
from annotate.workspace import WorkspaceError, open_workspace

A = ("Two Russian drones crossed into Finnish airspace near Imatra on Friday, the border guard said.\n"
     "The defence ministry said fighter jets were scrambled.\n")
B = ("Finland said Russian drones violated its airspace last week.\n"
     "Separately, a Russian helicopter entered Norwegian airspace for three minutes on Sept. 2.\n")
C = "Officials held a meeting in Moscow on Monday about the grain deal.\n"


def incidents(*docs):
    gaz = load_gazetteer()
    srcs = [make_source(t, f"s{i}.txt", meta=Meta(published=p)) for i, (t, p) in enumerate(docs)]
    return srcs, derive(srcs, analyze_sources(srcs, gazetteer=gaz), gaz).incidents


def test_mentions_cluster_across_sources_by_country():
    srcs, inc = incidents((A, "2025-10-06"), (B, "2025-10-08"), (C, ""))
    by_country = {i.country: i for i in inc}
    assert set(by_country) == {"Finland", "Norway"}
    fin = by_country["Finland"]
    assert set(fin.evidence) == {srcs[0].id, srcs[1].id} and fin.kind == "airspace_violation" and fin.means == "drones"
    # The evidence spans are the sentences that report it.
    (s, e), = fin.evidence[srcs[0].id][:1]
    assert srcs[0].text[s:e].startswith("Two Russian drones crossed into Finnish airspace")


def test_relative_dates_resolve_against_the_publication_date():
    _, inc = incidents((A, "2025-10-06"))  # a Monday
    assert {i.country: i.date for i in inc}["Finland"] == "2025-10-03"  # "on Friday"


def test_relative_dates_stay_unresolved_without_a_publication_date():
    _, inc = incidents((A, ""))
    assert {i.country: i.date for i in inc}["Finland"] == ""


@pytest.mark.parametrize(
    "expr,base,expected",
    [("last Friday", "2025-09-24", "2025-09-19"), ("Sept. 13", "2025-09-24", "2025-09-13"), ("yesterday", "2025-09-24", "2025-09-23")],
)
def test_resolve_date(expr, base, expected):
    from datetime import datetime

    assert resolve_date(expr, datetime.fromisoformat(base), True) == expected


def test_the_perpetrators_country_and_passing_mentions_are_not_incidents():
    _, inc = incidents(("Russian jets over the Black Sea were tracked, officials in Moscow said, as talks on the Ukraine conflict stalled.\n", ""))
    assert all(i.country not in ("Russia", "Ukraine") for i in inc)


def test_edits_survive_reanalysis(tmp_path):
    ws = open_workspace(tmp_path / "w.json", seed=False)
    ws.add_sources([make_source(A, "a.txt", meta=Meta(published="2025-10-06")), make_source(B, "b.txt", meta=Meta(published="2025-10-08"))])
    ws.analyze()
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    nor = next(i for i in ws.incidents() if i.country == "Norway")
    ws.confirm_incident(fin.id)
    ws.rename_incident(fin.id, "Imatra drone incursion")
    ws.merge_incidents(nor.id, fin.id)
    b_id = next(s.id for s in ws.sources() if s.name == "b.txt")
    new_id = ws.split_incident(fin.id, [b_id], "Finland: second report")
    ws.close()
    ws = open_workspace(tmp_path / "w.json")
    ws.analyze()  # re-derived from scratch
    by_id = {i.id: i for i in ws.incidents()}
    assert by_id[fin.id].title == "Imatra drone incursion" and by_id[fin.id].status == "confirmed"
    assert nor.id not in by_id
    assert set(by_id[new_id].evidence) == {b_id} and by_id[new_id].title == "Finland: second report"
    with pytest.raises(WorkspaceError):
        ws.split_incident(new_id, [b_id])
    ws.close()


# ------------------------------------------------------------------ clustering of mentions

def _m(kind, country, date="", end="", means="", start=0):
    from annotate.models import IncidentMention

    return IncidentMention(start, start + 10, country, kind, means, date, date, end)


def _cluster(by_source, edits=()):
    from annotate.incidents import cluster_incidents

    return cluster_incidents(by_source, edits=edits)


def test_same_type_country_and_day_join_across_sources_and_a_day_apart_still_joins():
    inc = _cluster({"a": [_m("air_or_drone_strike", "Pakistan", "2025-05-07")],
                    "b": [_m("air_or_drone_strike", "Pakistan", "2025-05-06")],
                    "c": [_m("air_or_drone_strike", "Pakistan")]})
    assert len(inc) == 1 and set(inc[0].evidence) == {"a", "b", "c"}
    assert inc[0].date == "2025-05-06" and inc[0].date_end == "2025-05-07"


def test_distinct_events_in_one_country_and_week_stay_apart():
    inc = _cluster({"a": [_m("airspace_violation", "Poland", "2025-09-10", means="drones")],
                    "b": [_m("airspace_violation", "Poland", "2025-09-13", means="jets")],
                    "c": [_m("protest", "Poland", "2025-09-10")]})
    assert sorted((i.kind, i.date) for i in inc) == [("airspace_violation", "2025-09-10"), ("airspace_violation", "2025-09-13"), ("protest", "2025-09-10")]
    assert len({i.id for i in inc}) == 3


def test_overlapping_ranges_join_and_a_vague_range_does_not_stretch_the_day():
    # "last week" in one source, "on Friday the 5th" in another: one clash, on the 5th
    inc = _cluster({"a": [_m("armed_clash", "Armenia", "2025-09-01", "2025-09-07")],
                    "b": [_m("armed_clash", "Armenia", "2025-09-05")]})
    assert len(inc) == 1 and (inc[0].date, inc[0].date_end) == ("2025-09-05", "")
    assert inc[0].dates == {"a": "2025-09-01/2025-09-07", "b": "2025-09-05"} and not inc[0].dates_disagree
    # a night over two days is a date; a week a source alone gives stays the incident's range
    inc = _cluster({"a": [_m("armed_clash", "Armenia", "2025-09-09", "2025-09-10")], "b": [_m("armed_clash", "Armenia", "2025-09-10")]})
    assert [(i.date, i.date_end) for i in inc] == [("2025-09-09", "2025-09-10")]
    inc = _cluster({"a": [_m("armed_clash", "Armenia", "2025-09-01", "2025-09-07")]})
    assert [(i.date, i.date_end) for i in inc] == [("2025-09-01", "2025-09-07")]
    # a later precise report is its own event, not pulled into the week before by the range
    inc = _cluster({"a": [_m("armed_clash", "Armenia", "2025-09-01", "2025-09-07")], "b": [_m("armed_clash", "Armenia", "2025-09-03")],
                    "c": [_m("armed_clash", "Armenia", "2025-09-08")]})
    assert sorted(i.date for i in inc) == ["2025-09-03", "2025-09-08"]


def test_an_incident_no_source_dates_takes_its_first_sources_publication_day():
    from annotate.incidents import cluster_incidents

    inc = cluster_incidents({"a": [_m("protest", "Chile")], "b": [_m("protest", "Chile")]}, published={"a": "2025-04-03", "b": "2025-04-02"})
    assert [(i.date, i.date_reported, i.dates) for i in inc] == [("2025-04-02", True, {})]
    inc = cluster_incidents({"a": [_m("protest", "Chile", "2025-04-01")]}, published={"a": "2025-04-03"})
    assert [(i.date, i.date_reported) for i in inc] == [("2025-04-01", False)]
    assert [i.date for i in cluster_incidents({"a": [_m("protest", "Chile")]})] == [""]  # nothing known


def test_dates_that_disagree_between_sources_are_kept_and_flagged():
    inc = _cluster({"a": [_m("explosion_or_sabotage", "Iraq", "2025-03-02")],
                    "b": [_m("explosion_or_sabotage", "Iraq", "2025-03-03")]})
    (i,) = inc
    assert i.dates == {"a": "2025-03-02", "b": "2025-03-03"} and i.dates_disagree
    same = _cluster({"a": [_m("explosion_or_sabotage", "Iraq", "2025-03-02")], "b": [_m("explosion_or_sabotage", "Iraq", "2025-03-02")]})
    assert not same[0].dates_disagree


def test_incident_edits_made_under_the_old_airspace_ids_still_apply():
    edits = [{"op": "confirm", "incident_id": "finland-drones"}, {"op": "rename", "incident_id": "finland-drones", "title": "Imatra"}]
    (i,) = _cluster({"a": [_m("airspace_violation", "Finland", "2025-10-03", means="drones")]}, edits)
    assert i.id == "finland-airspace-violation" and i.status == "confirmed" and i.title == "Imatra"


def test_an_old_workspace_opens_and_its_incident_edits_keep_working(tmp_path):
    """tests/fixtures/workspace_incidents_v1.json was written by bluf with airspace kinds
    (make_workspace_incidents_v1.py): confirm, rename, note, merge of Norway into Finland,
    split of b.txt off Finland."""
    import shutil
    from pathlib import Path

    path = tmp_path / "old.json"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "workspace_incidents_v1.json", path)
    ws = open_workspace(path)
    try:
        ws.analyze()
        incs = {i.title: i for i in ws.incidents()}
        a_id = next(s.id for s in ws.sources() if s.name == "a.txt")
        b_id = next(s.id for s in ws.sources() if s.name == "b.txt")
        fin = incs["Imatra drone incursion"]
        assert fin.status == "confirmed" and fin.note == "two drones, border guard" and set(fin.evidence) == {a_id}
        assert set(incs["Finland: second report"].evidence) == {b_id}
        assert not any(i.country == "Norway" for i in ws.incidents())  # merged away
        ws.rename_incident(fin.id, "Renamed after the upgrade")  # new edits work too
        assert any(i.title == "Renamed after the upgrade" for i in ws.incidents())
        # A brief filtered by the old id still finds it.
        from annotate import BriefFilter, build_brief

        brief = build_brief(ws, flt=BriefFilter(incidents=("finland-drones",)))
        assert [r.incident.id for r in brief.incidents] == [fin.id]
    finally:
        ws.close()


def test_the_analyst_creates_an_incident_from_a_sentence(tmp_path):
    ws = open_workspace(tmp_path / "w.json", seed=False)
    try:
        ws.add_sources([make_source(A, "a.txt", meta=Meta(published="2025-10-06")), make_source(B, "b.txt", meta=Meta(published="2025-10-08"))])
        ws.analyze()
        b = next(s for s in ws.sources() if s.name == "b.txt")
        at = b.text.index("Finland said")
        iid = ws.create_incident(b.id, at + 3, at + 8)  # a few words select their sentence
        new = next(i for i in ws.incidents() if i.id == iid)
        assert new.kind == "airspace_violation" and new.country == "Finland" and list(new.evidence) == [b.id]
        assert b.text[slice(*new.evidence[b.id][0])].startswith("Finland said Russian drones")
        # The sentence left the incident that held it; the new one can be renamed and confirmed.
        assert all(b.id not in i.evidence for i in ws.incidents() if i.id != iid and i.country == "Finland")
        ws.rename_incident(iid, "Second Finnish report")
        ws.confirm_incident(iid)
        ws.undo()
        assert next(i for i in ws.incidents() if i.id == iid).status == "suggested"
        other = b.text.index("Separately")
        made = ws.create_incident(b.id, other, other + 5, title="Helicopter")
        assert next(i for i in ws.incidents() if i.id == made).title == "Helicopter"
        with pytest.raises(WorkspaceError):
            ws.create_incident(b.id, 5, 5)
    finally:
        ws.close()


def test_an_undated_report_joins_the_event_of_the_days_before_its_publication():
    from annotate.incidents import cluster_incidents

    by_source = {"old": [_m("weapons_test", "North Korea", "2017-11-29")], "new": [_m("weapons_test", "North Korea", "2024-06-26")],
                 "more": [_m("weapons_test", "North Korea", "2024-06-26")], "undated": [_m("weapons_test", "North Korea")]}
    inc = cluster_incidents(by_source, published={"undated": "2017-11-30"})
    assert {i.date: set(i.evidence) for i in inc} == {"2017-11-29": {"old", "undated"}, "2024-06-26": {"new", "more"}}
    # Published long after any of them: an event of its own, not the 2024 one.
    inc = cluster_incidents(by_source, published={"undated": "2020-01-10"})
    assert {frozenset(i.evidence) for i in inc} == {frozenset({"old"}), frozenset({"new", "more"}), frozenset({"undated"})}


def test_a_report_naming_no_type_joins_the_countrys_incident_and_never_makes_one():
    inc = _cluster({"a": [_m("airspace_violation", "Denmark", means="drones")],
                    "b": [_m("unspecified", "Denmark"), _m("unspecified", "Norway")]})
    assert [(i.country, i.kind, set(i.evidence)) for i in inc] == [("Denmark", "airspace_violation", {"a", "b"})]


def test_two_incidents_never_share_a_title():
    inc = _cluster({"a": [_m("air_or_drone_strike", "Somalia", "2025-02-03")], "b": [_m("air_or_drone_strike", "Somalia", "2025-02-19")],
                    "d": [_m("protest", "Somalia", "2025-02-03")]})
    titles = [i.title for i in inc]
    assert len(set(titles)) == len(titles) == 3
    assert {t for t in titles if "2025-02-03" in t} == {"Air or drone strike in Somalia (2025-02-03)"}
    assert "Protest in Somalia" in titles  # a title no other incident has stays as it was


def test_undated_reports_published_years_apart_are_two_events():
    from annotate.incidents import cluster_incidents

    inc = cluster_incidents({"a": [_m("ceasefire_or_agreement", "Israel")], "b": [_m("ceasefire_or_agreement", "Israel")],
                             "c": [_m("ceasefire_or_agreement", "Israel")]},
                            published={"a": "2023-12-01", "b": "2025-10-13", "c": "2025-10-12"})
    assert sorted((i.date, sorted(i.evidence)) for i in inc) == [("2023-12-01", ["a"]), ("2025-10-12", ["b", "c"])]


def test_another_strike_somewhere_else_in_the_same_report_is_another_incident():
    from annotate.models import IncidentMention

    first = IncidentMention(0, 10, "Russia", "air_or_drone_strike", "drones", place="Novoshakhtinsk")
    again = IncidentMention(20, 30, "Russia", "air_or_drone_strike", "drones", place="Novoshakhtinsk")
    other = IncidentMention(40, 50, "Russia", "air_or_drone_strike", "drones", place="Stary Oskol", another=True)
    inc = _cluster({"a": [first, again, other], "b": [_m("air_or_drone_strike", "Russia")]})
    assert len(inc) == 2
    assert {i.place for i in inc} == {"Novoshakhtinsk", "Stary Oskol"}
    # "another" strike at the same place is still the same report's event
    inc = _cluster({"a": [first, IncidentMention(40, 50, "Russia", "air_or_drone_strike", "drones", place="Novoshakhtinsk", another=True)]})
    assert len(inc) == 1


def _at(kind, country, place, date, start=0):
    from dataclasses import replace

    return replace(_m(kind, country, date, start=start), place=place)


def test_reports_of_one_event_at_a_shoal_join_whichever_side_each_source_names():
    ship = "attack_on_or_seizure_of_ship"
    inc = _cluster({"s1": [_at(ship, "Vietnam", "Bombay Reef", "2025-06-03"), _at(ship, "Vietnam", "", "2025-06-03", start=50)],
                    "s2": [_at(ship, "China", "Bombay Reef", "2025-06-03")],
                    "s3": [_at(ship, "China", "Bombay Reef", "2025-06-04")]})
    assert len(inc) == 1 and inc[0].place == "Bombay Reef" and set(inc[0].evidence) == {"s1", "s2", "s3"}


def test_events_at_one_reef_weeks_apart_and_two_countries_strikes_stay_apart():
    ship = "attack_on_or_seizure_of_ship"
    inc = _cluster({"s1": [_at(ship, "Vietnam", "Bombay Reef", "2025-06-03")], "s2": [_at(ship, "China", "Bombay Reef", "2025-06-30")]})
    assert len(inc) == 2
    strikes = _cluster({"s1": [_at("air_or_drone_strike", "Israel", "Haifa", "2025-06-03")],
                        "s2": [_at("air_or_drone_strike", "Lebanon", "Tyre", "2025-06-03")]})
    assert {i.country for i in strikes} == {"Israel", "Lebanon"}


def test_an_incident_made_of_a_sentence_with_no_event_found_is_typed_and_placed_from_its_words(tmp_path):
    text = ("Talks resumed in Geneva on Monday.\n"
            "The FDLR militia in the Democratic Republic of Congo has taken control of Bunia's airport.\n")
    ws = open_workspace(tmp_path / "w.json", seed=False)
    try:
        ws.add_sources([make_source(text, "a.txt", meta=Meta(published="2025-10-06"))])
        ws.analyze()
        s = ws.sources()[0]
        at = s.text.index("Talks")
        iid = ws.create_incident(s.id, at, at + 5)
        new = next(i for i in ws.incidents() if i.id == iid)
        assert new.kind == "" and new.title == "Incident in Geneva, Switzerland"
        at = s.text.index("The FDLR")
        iid = ws.create_incident(s.id, at, at + 5)
        new = next(i for i in ws.incidents() if i.id == iid)
        assert new.kind == "armed_clash" and new.country == "Democratic Republic of the Congo"
        assert new.title.startswith("Armed clash in") and "…" not in new.title
    finally:
        ws.close()


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("Insurgents took control of the town after a night of fighting.", "armed_clash"),
        ("A coast guard cutter rammed a fishing boat.", "attack_on_or_seizure_of_ship"),
        ("The minister visited the port on Monday.", ""),
        ("Officials held talks in the capital.", ""),
    ],
)
def test_a_sentences_words_suggest_its_type(sentence, kind):
    from annotate.event_types import load_event_types

    assert load_event_types().guess(sentence) == kind


def test_another_event_at_another_place_the_next_day_is_another_incident():
    day1 = _at("armed_clash", "Mali", "Gao", "2025-06-01")
    day2 = replace_another(_at("armed_clash", "Mali", "Kidal", "2025-06-02", start=20))
    assert sorted(i.place for i in _cluster({"a": [day1, day2]})) == ["Gao", "Kidal"]
    # the next day's report of the same place, or one not saying "another", is the same event
    assert len(_cluster({"a": [day1, replace_another(_at("armed_clash", "Mali", "Gao", "2025-06-02", start=20))]})) == 1
    assert len(_cluster({"a": [day1, _at("armed_clash", "Mali", "Kidal", "2025-06-02", start=20)]})) == 1


def replace_another(m):
    from dataclasses import replace

    return replace(m, another=True)


def test_undated_reports_of_one_type_in_two_cities_stay_apart_and_in_one_city_join():
    from dataclasses import replace

    from annotate.incidents import cluster_incidents

    at = lambda m, place: replace(m, place=place)  # noqa: E731
    pub = {"a": "2025-03-04", "b": "2025-03-06"}
    inc = cluster_incidents({"a": [at(_m("attack_on_civilians", "Mali"), "Gao")], "b": [at(_m("attack_on_civilians", "Mali"), "Kidal")]}, published=pub)
    assert sorted(len(i.source_ids) for i in inc) == [1, 1]
    inc = cluster_incidents({"a": [at(_m("attack_on_civilians", "Mali"), "Gao")], "b": [at(_m("attack_on_civilians", "Mali"), "Gao region")]}, published=pub)
    assert [len(i.source_ids) for i in inc] == [1 + 1]
    # a dated report in one city and an undated one in another, within the days before publication
    inc = cluster_incidents({"a": [at(_m("attack_on_civilians", "Mali", "2025-03-03"), "Gao")], "b": [at(_m("attack_on_civilians", "Mali"), "Kidal")]}, published=pub)
    assert sorted(len(i.source_ids) for i in inc) == [1, 1]
    # two spellings of one town join
    inc = cluster_incidents({"a": [at(_m("attack_on_civilians", "Sudan"), "Gedaref")], "b": [at(_m("attack_on_civilians", "Sudan"), "Gadarif")]}, published=pub)
    assert [len(i.source_ids) for i in inc] == [2]
    # naming no place, it joins
    inc = cluster_incidents({"a": [at(_m("attack_on_civilians", "Mali", "2025-03-03"), "Gao")], "b": [_m("attack_on_civilians", "Mali")]}, published=pub)
    assert [len(i.source_ids) for i in inc] == [2]
