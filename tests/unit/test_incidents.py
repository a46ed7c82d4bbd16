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
    assert set(fin.evidence) == {srcs[0].id, srcs[1].id} and fin.kind == "drones"
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
