"""The analyst corrects what the incident finder got wrong: the event type, the date, the
country and place, or that it is an incident at all. Each correction is an edit record
replayed over the clustering (annotate.incidents.apply_edits), so it survives re-analysis
and re-clustering that changes the incident's id, goes through undo, and reaches the brief."""

from __future__ import annotations

import shutil

import pytest

from annotate.incidents import anchor, apply_edits, cluster_incidents
from annotate.ingest import Meta, make_source
from annotate.models import Incident, IncidentMention
from annotate.workspace import WorkspaceError, open_workspace


def _m(kind, country, date="", means="", start=0):
    return IncidentMention(start, start + 10, country, kind, means, date, date)


def _inc(**kw):
    return Incident(**{"id": "x", "title": "Armed clash in Ruritania", "country": "Ruritania", "kind": "armed_clash",
                       "date": "2024-03-02", "evidence": {"s1": [[0, 10]], "s2": [[5, 20]]}, **kw})


# ------------------------------------------------------------------ apply_edits, op by op

def test_type_edit_changes_the_type_and_the_title_bluf_made():
    (i,) = apply_edits([_inc(place="Zenda")], [{"op": "type", "incident_id": "x", "kind": "protest"}])
    assert i.kind == "protest" and i.title == "Protest in Zenda, Ruritania"


def test_type_and_place_edits_keep_a_title_the_analyst_gave():
    (i,) = apply_edits([_inc()], [{"op": "rename", "incident_id": "x", "title": "Border fight"},
                                  {"op": "type", "incident_id": "x", "kind": "protest"},
                                  {"op": "place", "incident_id": "x", "country": "Freedonia", "place": "Port"}])
    assert (i.title, i.kind, i.country, i.place) == ("Border fight", "protest", "Freedonia", "Port")


def test_date_edit_sets_a_day_a_range_or_undated():
    (i,) = apply_edits([_inc(date_end="2024-03-03")], [{"op": "date", "incident_id": "x", "date": "2024-03-05", "date_end": ""}])
    assert (i.date, i.date_end) == ("2024-03-05", "")
    (i,) = apply_edits([_inc()], [{"op": "date", "incident_id": "x", "date": "2024-03-05", "date_end": "2024-03-07"}])
    assert (i.date, i.date_end) == ("2024-03-05", "2024-03-07")
    (i,) = apply_edits([_inc()], [{"op": "date", "incident_id": "x", "date": "", "date_end": ""}])
    assert (i.date, i.date_end) == ("", "")


def test_an_old_date_record_without_an_end_still_applies():
    (i,) = apply_edits([_inc(date_end="2024-03-04")], [{"op": "date", "incident_id": "x", "date": "2024-03-01"}])
    assert (i.date, i.date_end) == ("2024-03-01", "")


def test_place_edit_sets_country_and_place_and_the_title():
    (i,) = apply_edits([_inc(place="Zenda")], [{"op": "place", "incident_id": "x", "country": "Freedonia", "place": ""}])
    assert (i.country, i.place, i.title) == ("Freedonia", "", "Armed clash in Freedonia")


def test_reject_then_unreject_gives_back_the_status_it_had():
    edits = [{"op": "confirm", "incident_id": "x"}, {"op": "reject", "incident_id": "x"}]
    (i,) = apply_edits([_inc()], edits)
    assert i.status == "rejected"
    (i,) = apply_edits([_inc()], [*edits, {"op": "unreject", "incident_id": "x"}])
    assert i.status == "confirmed"
    (i,) = apply_edits([_inc()], [{"op": "reject", "incident_id": "x"}, {"op": "unreject", "incident_id": "x"}])
    assert i.status == "suggested"
    # Confirming a rejected incident makes it one again; unconfirm leaves a rejected one rejected.
    (i,) = apply_edits([_inc()], [{"op": "reject", "incident_id": "x"}, {"op": "confirm", "incident_id": "x"}])
    assert i.status == "confirmed"
    (i,) = apply_edits([_inc()], [{"op": "reject", "incident_id": "x"}, {"op": "unconfirm", "incident_id": "x"}])
    assert i.status == "rejected"


def test_an_edit_of_an_incident_that_is_gone_is_skipped():
    (i,) = apply_edits([_inc()], [{"op": "type", "incident_id": "gone", "kind": "protest", "anchor": [["s9", 0, 5]]}])
    assert i.kind == "armed_clash"


# ------------------------------------------------------------------ ids that change when re-clustered

POLAND = {"a": [_m("airspace_violation", "Poland", "2025-09-10", "drones")],
          "b": [_m("airspace_violation", "Poland", "2025-09-10", "drones")],
          "c": [_m("airspace_violation", "Poland", "2025-09-14", "jets", start=40)]}
MORE = {"d": [_m("airspace_violation", "Poland", "2025-09-14", "jets")],
        "e": [_m("airspace_violation", "Poland", "2025-09-14", "jets")]}


def test_edits_follow_their_incident_when_reclustering_swaps_the_ids():
    before = {i.date: i for i in cluster_incidents(POLAND)}
    tenth, fourteenth = before["2025-09-10"], before["2025-09-14"]
    assert tenth.id == "poland-airspace-violation" and fourteenth.id == "poland-airspace-violation-2025-09-14"
    edits = [
        {"op": "reject", "incident_id": fourteenth.id, "anchor": anchor(fourteenth)},
        {"op": "date", "incident_id": tenth.id, "date": "2025-09-09", "date_end": "2025-09-10", "anchor": anchor(tenth)},
        {"op": "place", "incident_id": tenth.id, "country": "Poland", "place": "Rzeszów", "anchor": anchor(tenth)},
        {"op": "type", "incident_id": tenth.id, "kind": "air_or_drone_strike", "anchor": anchor(tenth)},
    ]
    # More reports of the 14th make it the main incident: the ids change hands.
    after = {tuple(sorted(i.evidence)): i for i in cluster_incidents({**POLAND, **MORE}, edits=edits)}
    was_tenth, was_fourteenth = after[("a", "b")], after[("c", "d", "e")]
    assert was_fourteenth.id == "poland-airspace-violation" and was_fourteenth.status == "rejected"
    assert was_fourteenth.kind == "airspace_violation" and was_fourteenth.date == "2025-09-14"
    assert was_tenth.id == "poland-airspace-violation-2025-09-10" and was_tenth.status == "suggested"
    assert (was_tenth.date, was_tenth.date_end) == ("2025-09-09", "2025-09-10")
    assert (was_tenth.place, was_tenth.kind, was_tenth.title) == ("Rzeszów", "air_or_drone_strike", "Air or drone strike in Rzeszów, Poland")


@pytest.mark.parametrize("op,extra,check", [
    # (sources found after the confirmation are proposed, not joined: test_confirmed_incident_candidates.py)
    ("confirm", {}, lambda inc: inc[("c",)].status == "confirmed" and sorted(inc[("c",)].candidates) == ["d", "e"]),
    ("rename", {"title": "Jets on the 14th"}, lambda inc: inc[("c", "d", "e")].title == "Jets on the 14th"),
    ("note", {"note": "two MiGs"}, lambda inc: inc[("c", "d", "e")].note == "two MiGs"),
    ("link", {"source_id": "z"}, lambda inc: ("c", "d", "e", "z") in inc),
    ("unlink", {"source_id": "c"}, lambda inc: ("d", "e") in inc),
    ("type", {"kind": "armed_clash"}, lambda inc: inc[("c", "d", "e")].kind == "armed_clash"),
    ("merge", {"into": "poland-airspace-violation"}, lambda inc: list(inc) == [("a", "b", "c", "d", "e")]),
])
def test_each_edit_of_an_incident_follows_it_to_its_new_id(op, extra, check):
    before = {i.date: i for i in cluster_incidents(POLAND)}
    fourteenth, tenth = before["2025-09-14"], before["2025-09-10"]
    edit = {"op": op, "incident_id": fourteenth.id, "anchor": anchor(fourteenth), **extra}
    if op == "merge":
        edit["into_anchor"] = anchor(tenth)
    after = {tuple(sorted(i.evidence)): i for i in cluster_incidents({**POLAND, **MORE}, edits=[edit])}
    assert check(after), {k: (i.id, i.status, i.title) for k, i in after.items()}


def test_a_split_made_before_a_recluster_splits_the_same_event():
    tenth = next(i for i in cluster_incidents(POLAND) if i.date == "2025-09-10")
    edit = {"op": "split", "incident_id": tenth.id, "anchor": anchor(tenth), "source_ids": ["b"], "new_id": f"{tenth.id}-split1", "title": "B"}
    after = {tuple(sorted(i.evidence)): i for i in cluster_incidents({**POLAND, **MORE}, edits=[edit])}
    assert set(after) == {("a",), ("b",), ("c", "d", "e")} and after[("b",)].title == "B"


def test_an_edit_without_an_anchor_applies_by_id_as_before():
    (inc,) = [i for i in cluster_incidents(POLAND, edits=[{"op": "reject", "incident_id": "poland-airspace-violation"}])
              if i.id == "poland-airspace-violation"]
    assert inc.status == "rejected"


def test_a_corrected_date_sorts_the_list():
    inc = cluster_incidents(POLAND, edits=[{"op": "date", "incident_id": "poland-airspace-violation", "date": "2025-09-20"}])
    assert [i.date for i in inc] == ["2025-09-14", "2025-09-20"]  # the corrected date sorts


# ------------------------------------------------------------------ through the workspace

A = ("Two Russian drones crossed into Finnish airspace near Imatra on Friday, the border guard said.\n"
     "The defence ministry said fighter jets were scrambled.\n")
B = ("Finland said Russian drones violated its airspace last week.\n"
     "Separately, a Russian helicopter entered Norwegian airspace for three minutes on Sept. 2.\n")


@pytest.fixture(scope="module")
def two_sources(tmp_path_factory):
    d = tmp_path_factory.mktemp("incedit")
    ws = open_workspace(d / "w.json", seed=False)
    ws.add_sources([make_source(A, "a.txt", meta=Meta(published="2025-10-06")), make_source(B, "b.txt", meta=Meta(published="2025-10-08"))])
    ws.analyze()
    ws.close()
    return d


@pytest.fixture
def ws(two_sources, tmp_path):
    shutil.copytree(two_sources, tmp_path / "w")
    w = open_workspace(tmp_path / "w" / "w.json")
    w.analyze()
    yield w
    w.close()


def _get(ws, iid):
    return ws.incident(iid)


def test_type_must_be_one_of_events_toml_and_the_error_names_them(ws):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    with pytest.raises(WorkspaceError) as err:
        ws.set_incident_type(fin.id, "bombing")
    msg = str(err.value)
    assert "\n" not in msg and "'bombing'" in msg and "air_or_drone_strike" in msg and "protest" in msg
    assert "unspecified" not in msg  # a type that never makes an incident of its own
    assert ws.set_incident_type(fin.id, "Air or drone strike") == "air_or_drone_strike"  # a title, any case
    assert ws.set_incident_type(fin.id, "armed-clash") == "armed_clash"
    assert _get(ws, fin.id).kind == "armed_clash" and _get(ws, fin.id).title == "Armed clash in Finland"


@pytest.mark.parametrize("bad", ["07/05/2025", "2025-5-7", "yesterday", "2025-02-30", "2025-05-09/2025-05-07", "2025-05-07/", "a/b/c",
                                 "--02-30", "--5-7", "--05-07/2025-05-08", "2025-13", "2025-00", "2025-11/2025-10", "2025-1"])
def test_a_bad_date_is_one_line_and_changes_nothing(ws, bad):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    with pytest.raises(WorkspaceError) as err:
        ws.set_incident_date(fin.id, bad)
    assert "\n" not in str(err.value) and repr(bad.strip()) in str(err.value)
    assert _get(ws, fin.id).date == fin.date and ws.store.all("incident_edits") == []


def test_date_day_range_and_cleared(ws):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    assert ws.set_incident_date(fin.id, "2025-10-02") == ("2025-10-02", "")
    assert ws.set_incident_date(fin.id, " 2025-10-02 / 2025-10-03 ") == ("2025-10-02", "2025-10-03")
    assert (_get(ws, fin.id).date, _get(ws, fin.id).date_end) == ("2025-10-02", "2025-10-03")
    assert ws.set_incident_date(fin.id, "2025-10-04/2025-10-04") == ("2025-10-04", "")
    ws.set_incident_date(fin.id, "")
    assert _get(ws, fin.id).date == "" and ws.incidents()[-1].id == fin.id  # undated sorts last
    # a day whose year nobody knows
    assert ws.set_incident_date(fin.id, "--10-02/--10-03") == ("--10-02", "--10-03")
    assert (_get(ws, fin.id).date, _get(ws, fin.id).date_end) == ("--10-02", "--10-03")


def test_a_month_is_the_range_of_its_days_and_shown_as_the_month(ws):
    from annotate import compact_date, date_span

    fin = next(i for i in ws.incidents() if i.country == "Finland")
    assert ws.set_incident_date(fin.id, "2024-02") == ("2024-02-01", "2024-02-29")  # a leap February
    got = _get(ws, fin.id)
    assert (date_span(got.date, got.date_end), compact_date(got.date, got.date_end)) == ("Feb 2024", "Feb 2024")
    assert ws.set_incident_date(fin.id, "2025-11/2026-01") == ("2025-11-01", "2026-01-31")  # months as ends of a range
    assert ws.set_incident_date(fin.id, "2025-11-03/2025-12") == ("2025-11-03", "2025-12-31")
    got = _get(ws, fin.id)
    assert compact_date(got.date, got.date_end) == "2025-11-03"  # not a whole month: its first day


@pytest.mark.parametrize("typed,country,place", [
    ("Estonia", "Estonia", ""), ("estonian", "Estonia", ""), ("EE", "Estonia", ""), ("est", "Estonia", ""),
    ("Narva, Estonia", "Estonia", "Narva"), ("Lake Peipus, EE", "Estonia", "Lake Peipus"),
    ("Gulf of Aden, ?", "", "Gulf of Aden"),  # a place in no one country
])
def test_place_reads_names_adjectives_iso_codes_and_known_places(ws, typed, country, place):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    assert ws.read_place(typed) == (country, place)
    ws.set_incident_place(fin.id, *ws.read_place(typed))
    assert (_get(ws, fin.id).country, _get(ws, fin.id).place) == (country, place)


def test_a_known_place_alone_is_refused_with_the_place_country_it_would_take(ws):
    with pytest.raises(WorkspaceError, match=r"'Karachi' is a place, not a country: give Place, Country \(Karachi, Pakistan\)"):
        ws.read_place("Karachi")


@pytest.mark.parametrize("typed,there", [("Chiang Mai, Laos", "Thailand"),  # a region
                                         ("Vientiane, Thailand", "Laos"),  # a capital
                                         ("Bangkok, Wales", "Thailand"), ("Hanoi, Laos", "Vietnam")])  # large cities
def test_a_known_place_given_with_another_country_is_refused_naming_its_country(ws, typed, there):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    place = typed.split(",")[0]
    with pytest.raises(WorkspaceError) as err:
        ws.read_place(typed)
    assert str(err.value).startswith(f"{place} is in {there}, not ") and "\n" not in str(err.value)
    with pytest.raises(WorkspaceError, match=f"{place} is in {there}"):  # the facade checks it too
        ws.set_incident_place(fin.id, "Latvia", place)
    assert ws.store.all("incident_edits") == []


@pytest.mark.parametrize("typed,country,place", [
    ("Punjab, Pakistan", "Pakistan", "Punjab"), ("Punjab, India", "India", "Punjab"),  # a name two countries have
    # a town abroad smaller than a large city, not a capital: villages share such names
    ("Tartu, Latvia", "Latvia", "Tartu"), ("Lyon, Wales", "United Kingdom", "Lyon, Wales"),
    ("Lakeview Heights, Kenya", "Kenya", "Lakeview Heights"),  # a place the gazetteer does not know
    ("Sea of Azov, Ukraine", "Ukraine", "Sea of Azov"),  # the alias file's seas span countries
    ("Wales", "United Kingdom", "Wales"), ("scotland", "United Kingdom", "Scotland"),  # a country within a state
    ("Swansea, Wales", "United Kingdom", "Swansea, Wales"),
])
def test_a_place_that_fits_its_country_or_is_not_known_is_accepted(ws, typed, country, place):
    assert ws.read_place(typed) == (country, place)


@pytest.mark.parametrize("bad", ["Ruritania", "Narva, Estonai", "", "XZ", "?"])
def test_an_unknown_country_is_one_line_and_changes_nothing(ws, bad):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    with pytest.raises(WorkspaceError) as err:
        ws.set_incident_place(fin.id, *ws.read_place(bad))
    assert "\n" not in str(err.value)
    with pytest.raises(WorkspaceError):
        ws.set_incident_place(fin.id, bad.split(",")[-1])
    assert ws.store.all("incident_edits") == []


@pytest.mark.parametrize("typed", ["Gulf of Bothnia", "Curzon Line", "Crimea", "Kessel Reef, Baltic Sea",
                                   "gulf of bothnia, ?"])
def test_a_place_in_no_one_country_is_kept_without_a_country(ws, typed):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    place = typed.removesuffix(", ?")
    assert ws.read_place(typed) == ("", place)
    ws.set_incident_place(fin.id, *ws.read_place(typed))
    inc = _get(ws, fin.id)
    assert (inc.country, inc.place) == ("", place) and inc.title.endswith(f" in {place}")
    assert ws.read_place(f"{place}, Finland") == ("Finland", place)  # a country typed after it is kept


@pytest.mark.parametrize("typo,country", [("Finalnd", "Finland"), ("Estonai", "Estonia"), ("Tallinn, Estnoia", "Estonia")])
def test_a_typo_of_a_country_is_not_taken_for_a_place(ws, typo, country):
    with pytest.raises(WorkspaceError, match=f"did you mean {country}\\?"):
        ws.read_place(typo)


def test_a_place_with_no_country_goes_into_the_brief_and_the_exports(ws):
    import json

    from annotate import export_text

    fin = next(i for i in ws.incidents() if i.country == "Finland")
    ws.set_incident_place(fin.id, *ws.read_place("Gulf of Bothnia"))
    md = export_text(ws, "md")
    assert "| Gulf of Bothnia |" in md and "in Gulf of Bothnia (" in md
    rec = next(i for i in json.loads(export_text(ws, "json"))["incidents"] if i["id"] == fin.id)
    assert (rec["country"], rec["place"]) == ("", "Gulf of Bothnia")


def test_a_place_stored_with_country_question_mark_reads_as_no_country(ws):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    ws.set_incident_place(fin.id, "?", "Gulf of Finland")
    assert (_get(ws, fin.id).country, _get(ws, fin.id).place) == ("", "Gulf of Finland")


def test_rejected_incidents_leave_the_list_and_the_brief_and_come_back(ws):
    from annotate import build_brief, export_text

    nor = next(i for i in ws.incidents() if i.country == "Norway")
    assert "Norwegian" in export_text(ws) or "Norway" in export_text(ws)
    ws.reject_incident(nor.id)
    assert nor.id not in {i.id for i in ws.incidents()}
    assert ws.incident(nor.id).status == "rejected" and nor.id in {i.id for i in ws.incidents(rejected=True)}
    assert all(r.incident.id != nor.id for r in build_brief(ws).incidents)
    assert "Norway" not in export_text(ws).split("## Sources")[0]
    ws.undo()
    assert nor.id in {i.id for i in ws.incidents()}
    ws.reject_incident(nor.id)
    ws.reject_incident(nor.id, False)  # unreject
    assert ws.incident(nor.id).status == "suggested"


def test_corrections_survive_reopening_and_reanalysis_and_undo_each(ws):
    path = ws.path
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    nor = next(i for i in ws.incidents() if i.country == "Norway")
    ws.set_incident_type(fin.id, "air_or_drone_strike")
    ws.set_incident_date(fin.id, "2025-10-02/2025-10-03")
    ws.set_incident_place(fin.id, "Finland", "Imatra")
    ws.reject_incident(nor.id)
    ws.close()
    again = open_workspace(path)
    try:
        again.analyze()
        f = again.incident(fin.id)
        assert (f.kind, f.date, f.date_end, f.country, f.place) == ("air_or_drone_strike", "2025-10-02", "2025-10-03", "Finland", "Imatra")
        assert f.title == "Air or drone strike in Imatra, Finland"
        assert again.incident(nor.id).status == "rejected"
    finally:
        again.close()
    ws2 = open_workspace(path)
    ws2.analyze()
    try:
        ws2.set_incident_place(fin.id, "Estonia")
        assert ws2.undo().what.startswith("incident place") and ws2.incident(fin.id).country == "Finland"
        ws2.set_incident_type(fin.id, "protest")
        assert ws2.undo() is not None and ws2.incident(fin.id).kind == "air_or_drone_strike"
        ws2.set_incident_date(fin.id, "")
        assert ws2.undo() is not None and ws2.incident(fin.id).date == "2025-10-02"
        assert ws2.redo() is not None and ws2.incident(fin.id).date == ""
    finally:
        ws2.close()


def test_an_unknown_incident_is_one_line(ws):
    for call in (lambda: ws.set_incident_type("nope", "protest"), lambda: ws.set_incident_date("nope", "2025-01-01"),
                 lambda: ws.set_incident_place("nope", "Finland"), lambda: ws.reject_incident("nope")):
        with pytest.raises(WorkspaceError, match="no incident 'nope'"):
            call()


# ------------------------------------------------------------------ bluf merge

def test_concurrent_corrections_of_one_incident_are_conflicts_never_chosen_silently(two_sources, tmp_path):
    from annotate.merge import merge_workspace, resolve_conflict

    sides = []
    for name in ("ann", "bob"):
        shutil.copytree(two_sources, tmp_path / name)
        w = open_workspace(tmp_path / name / "w.json", annotator=name)
        w.analyze()
        sides.append(w)
    a, b = sides
    fin = next(i for i in a.incidents() if i.country == "Finland").id
    a.set_incident_type(fin, "air_or_drone_strike")
    b.set_incident_type(fin, "armed_clash")
    a.set_incident_date(fin, "2025-10-02")
    b.set_incident_date(fin, "2025-10-02/2025-10-03")
    a.set_incident_place(fin, "Finland", "Imatra")
    b.set_incident_place(fin, "Estonia", "Narva")
    a.confirm_incident(fin)
    b.reject_incident(fin)
    a.rename_incident(fin, "Same title")
    b.rename_incident(fin, "Same title")  # the same value on both sides is no conflict
    b.close()
    report = merge_workspace(a, tmp_path / "bob" / "w.json")
    by_kind = {c["kind"]: c for c in report.conflicts}
    assert sorted(by_kind) == ["incident date", "incident place", "incident status", "incident type"]
    assert sorted(o["value"] for o in by_kind["incident date"]["options"]) == ["2025-10-02", "2025-10-02/2025-10-03"]
    assert sorted(o["value"] for o in by_kind["incident place"]["options"]) == ["Imatra, Finland", "Narva, Estonia"]
    assert sorted(o["value"] for o in by_kind["incident status"]["options"]) == ["confirmed", "rejected"]
    # Resolving keeps the chosen value, whichever the merged order had put in force.
    place = by_kind["incident place"]
    resolve_conflict(a, place["id"], next(n for n, o in enumerate(place["options"], 1) if o["value"] == "Imatra, Finland"))
    status = by_kind["incident status"]
    resolve_conflict(a, status["id"], next(n for n, o in enumerate(status["options"], 1) if o["value"] == "rejected"))
    inc = a.incident(fin)
    assert (inc.country, inc.place, inc.status) == ("Finland", "Imatra", "rejected")
    a.close()


def test_a_merge_keeps_the_date_place_and_type_the_analyst_set_on_either_side():
    # A new user set the date (a range), the place and the type on one incident, then merged it
    # into another the finder had made: the merged incident kept neither correction.
    a = _inc(id="a", date="", date_reported=False, evidence={"s1": [[0, 10]]})
    b = _inc(id="b", country="Freedonia", title="Armed clash in Freedonia", date="2024-03-09", date_reported=True, evidence={"s2": [[0, 10]]})
    edits = [{"op": "date", "incident_id": "a", "date": "2024-03-02", "date_end": "2024-03-04"},
             {"op": "place", "incident_id": "a", "country": "Ruritania", "place": "Zenda"},
             {"op": "type", "incident_id": "a", "kind": "protest"},
             {"op": "merge", "incident_id": "a", "into": "b"}]
    (i,) = apply_edits([a, b], edits)
    assert (i.id, i.date, i.date_end, i.date_reported) == ("b", "2024-03-02", "2024-03-04", False)
    assert (i.country, i.place, i.kind, i.title) == ("Ruritania", "Zenda", "protest", "Protest in Zenda, Ruritania")
    assert set(i.evidence) == {"s1", "s2"}
    # The side merged into keeps its own corrections when both were corrected.
    b2 = _inc(id="b", country="Freedonia", date="2024-03-09", evidence={"s2": [[0, 10]]})
    (i,) = apply_edits([_inc(id="a", evidence={"s1": [[0, 10]]}), b2],
                       [{"op": "date", "incident_id": "a", "date": "2024-03-02", "date_end": ""},
                        {"op": "date", "incident_id": "b", "date": "2024-03-08", "date_end": ""},
                        {"op": "merge", "incident_id": "a", "into": "b"}])
    assert (i.date, i.date_reported) == ("2024-03-08", False)


def test_a_merge_of_finder_dates_keeps_the_earlier_day_and_a_text_date_over_a_reported_one():
    a = _inc(id="a", date="2024-03-01", date_reported=True, evidence={"s1": [[0, 10]]})
    b = _inc(id="b", date="2024-03-03", date_reported=False, evidence={"s2": [[0, 10]]})
    (i,) = apply_edits([a, b], [{"op": "merge", "incident_id": "a", "into": "b"}])
    assert (i.date, i.date_reported) == ("2024-03-01", False)
    a = _inc(id="a", date="2024-03-01", date_reported=True, evidence={"s1": [[0, 10]]})
    b = _inc(id="b", date="", evidence={"s2": [[0, 10]]})
    (i,) = apply_edits([a, b], [{"op": "merge", "incident_id": "a", "into": "b"}])
    assert (i.date, i.date_reported) == ("2024-03-01", True)


def test_two_analysts_editing_one_file_at_once_get_a_conflict_not_a_silent_overwrite(two_sources, tmp_path, capsys):
    """Two analysts on one workspace file rename the same incident and actor within the same
    few seconds (neither has picked up the other's edit): the later value is in force, the
    earlier is not lost, and `bluf conflicts` lists both until one is kept. An edit made
    after seeing the other's is an ordinary later edit."""
    from annotate import merge_conflicts, resolve_conflict
    from tui.cli import main

    shutil.copytree(two_sources, tmp_path / "w")
    path = tmp_path / "w" / "w.json"
    ann, bob = (open_workspace(path, annotator=name) for name in ("ann", "bob"))
    for w in (ann, bob):
        w.analyze()
    fin = next(i for i in ann.incidents() if i.country == "Finland").id
    actor = ann.list_actors()[0].id
    bobs_screen = bob.edit_view()  # bob opens his prompts
    ann.rename_incident(fin, "Drone sighting over Imatra")
    ann.rename_actor(actor, "Name by ann")
    with bob.seen_as_of(bobs_screen):  # ... and saves what he typed there: he never saw ann's values
        bob.rename_incident(fin, "Imatra overflight")
        bob.rename_actor(actor, "Name by bob")
    ann.refresh()
    found = {c["kind"]: c for c in merge_conflicts(ann)}
    assert sorted(found) == ["actor rename", "incident title"]
    assert sorted(o["value"] for o in found["incident title"]["options"]) == ["Drone sighting over Imatra", "Imatra overflight"]
    assert {o["annotator"] for o in found["actor rename"]["options"]} == {"ann", "bob"}
    assert ann.incident(fin).title == "Imatra overflight"  # the later is in force meanwhile
    ann.close()
    bob.close()
    assert main(["--db", str(path), "conflicts"]) == 0
    listed = capsys.readouterr().out
    assert "incident title" in listed and "'Drone sighting over Imatra' by ann" in listed, listed
    w = open_workspace(path, annotator="ann")
    w.analyze()
    title = next(c for c in merge_conflicts(w) if c["kind"] == "incident title")
    resolve_conflict(w, title["id"], next(n for n, o in enumerate(title["options"], 1) if o["annotator"] == "ann"))
    assert w.incident(fin).title == "Drone sighting over Imatra"
    w.rename_actor(actor, "Name after seeing both")  # saw bob's name: settles that slot, no new conflict
    assert merge_conflicts(w) == []
    w.close()


def test_two_analysts_setting_one_actor_s_affiliation_or_kind_unseen_are_conflicts(two_sources, tmp_path):
    from annotate import merge_conflicts, resolve_conflict

    shutil.copytree(two_sources, tmp_path / "w")
    path = tmp_path / "w" / "w.json"
    ann, bob = (open_workspace(path, annotator=name) for name in ("ann", "bob"))
    for w in (ann, bob):
        w.analyze()
    actor = ann.list_actors()[0].id
    bobs_screen = bob.edit_view()
    ann.set_affiliation(actor, "Ruritania")
    ann.set_actor_kind(actor, "group")
    with bob.seen_as_of(bobs_screen):
        bob.set_affiliation(actor, "Borduria")
        bob.set_actor_kind(actor, "organisation")
    ann.refresh()
    found = {c["kind"]: c for c in merge_conflicts(ann)}
    assert sorted(found) == ["actor affiliation", "actor kind"]
    assert sorted(o["value"] for o in found["actor affiliation"]["options"]) == ["Borduria", "Ruritania"]
    assert sorted(o["value"] for o in found["actor kind"]["options"]) == ["group", "organization"]
    assert (ann.actor(actor).affiliation, ann.actor(actor).kind) == ("Borduria", "organization")  # the later, meanwhile
    ann.set_actor_kind(actor, "group")  # saw bob's: settles that slot only
    assert [c["kind"] for c in merge_conflicts(ann)] == ["actor affiliation"]
    aff = merge_conflicts(ann)[0]
    resolve_conflict(ann, aff["id"], next(n for n, o in enumerate(aff["options"], 1) if o["annotator"] == "ann"))
    assert ann.actor(actor).affiliation == "Ruritania" and merge_conflicts(ann) == []
    ann.close()
    bob.close()


@pytest.mark.parametrize("typed", ["Durand Line", "the McMahon Line", "the Chad-Sudan border", "Sudan/Chad frontier",
                                   "Line of Control"])
def test_a_border_given_alone_is_a_place_in_no_one_country(ws, typed):
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    assert ws.read_place(typed) == ("", typed)
    ws.set_incident_place(fin.id, *ws.read_place(typed))
    assert (_get(ws, fin.id).country, _get(ws, fin.id).place) == ("", typed)



@pytest.mark.parametrize("kind", ["person", "organization"])
def test_a_known_actor_typed_as_a_place_is_refused_in_one_line(workspace, kind):
    # A new user typed a militia leader's name, then a rights group's, as where a clash happened:
    # both were kept as places with no country.
    ws = workspace
    actor = next(a for a in ws.list_actors() if a.kind == kind)
    for typed in (actor.name, actor.name.upper(), f"{actor.name}, ?"):
        with pytest.raises(WorkspaceError) as err:
            ws.read_place(typed)
        assert str(err.value) == (f"{typed.removesuffix(', ?')!r} is an actor ({kind}), not a place: "
                                  "give Place, Country or a place in no one country")
    assert ws.read_place(f"{actor.name} Square, Finland") == ("Finland", f"{actor.name} Square")  # named after one


# ------------------------------------------------------------------ a split dates each part by its own sources

def test_a_split_off_undated_report_does_not_keep_the_other_reports_date():
    """Two clashes in one province lumped together: one source dates its clash, the other gives
    no date. Split off, the undated report is undated (not the other clash's day), and the
    first part keeps its own day."""
    base = _inc(date="2024-02-07", dates={"s1": "2024-02-07"})
    a, b = apply_edits([base], [{"op": "split", "incident_id": "x", "source_ids": ["s2"], "new_id": "x-2"}])
    by = {i.id: i for i in (a, b)}
    assert (by["x"].date, by["x-2"].date) == ("2024-02-07", "")
    assert by["x-2"].dates == {} and not by["x-2"].date_reported


def test_an_analysts_date_that_covers_every_sources_day_settles_their_disagreement():
    """nu17: after the analyst dated an incident 13-18 July, whose sources said 13 and 15 July, the
    list still marked it ≠ and its detail said the sources disagree. A span holding every
    source's day settles it; a day some source falls outside of is still a disagreement."""
    two = dict(date="2024-03-02", date_end="2024-03-04", dates={"s1": "2024-03-02", "s2": "2024-03-04"}, dates_disagree=True)
    (i,) = apply_edits([_inc(**two)], [{"op": "date", "incident_id": "x", "date": "2024-03-01", "date_end": "2024-03-05"}])
    assert not i.dates_disagree
    (i,) = apply_edits([_inc(**two)], [{"op": "date", "incident_id": "x", "date": "2024-03-02", "date_end": ""}])
    assert i.dates_disagree  # s2's 4 March is outside the analyst's day


def test_a_split_part_is_dated_by_its_own_sources_range_and_publication_day():
    base = _inc(date="2024-02-07", date_end="2024-05-14", dates={"s1": "2024-02-07", "s2": "2024-05-13/2024-05-14"}, dates_disagree=True)
    a, b = apply_edits([base], [{"op": "split", "incident_id": "x", "source_ids": ["s2"], "new_id": "x-2"}])
    by = {i.id: i for i in (a, b)}
    assert (by["x"].date, by["x"].date_end, by["x"].dates_disagree) == ("2024-02-07", "", False)
    assert (by["x-2"].date, by["x-2"].date_end) == ("2024-05-13", "2024-05-14")
    undated = _inc(date="2024-02-07", dates={"s1": "2024-02-07"})
    _, c = apply_edits([undated], [{"op": "split", "incident_id": "x", "source_ids": ["s2"], "new_id": "x-2"}],
                       published={"s2": "2024-03-01T08:00:00"})
    assert (c.date, c.date_reported) == ("2024-03-01", True)


def test_the_analysts_date_stays_on_the_part_it_was_set_on():
    base = _inc(date="2024-02-07", dates={"s1": "2024-02-07"})
    a, b = apply_edits([base], [{"op": "date", "incident_id": "x", "date": "2024-02-09"},
                                {"op": "split", "incident_id": "x", "source_ids": ["s1"], "new_id": "x-2"}])
    by = {i.id: i for i in (a, b)}
    assert (by["x"].date, by["x-2"].date) == ("2024-02-09", "2024-02-07")


def test_a_type_set_after_confirming_is_in_the_title_when_the_place_held_comes_back():
    """The sources moved a confirmed incident's place; the place held at confirmation comes
    back, and its title is made again of the type the analyst set since, not the title of the
    type it had when confirmed."""
    inc = _inc(place="Ostrava")  # where the sources put it now
    edits = [{"op": "confirm", "incident_id": "x", "sources": ["s1", "s2"], "place": "Bruno", "title": "Armed clash in Bruno, Ruritania"},
             {"op": "type", "incident_id": "x", "kind": "protest"}]
    (out,) = apply_edits([inc], edits)
    assert (out.kind, out.place, out.title) == ("protest", "Bruno", "Protest in Bruno, Ruritania")
    # a title the analyst gave stays whatever the type
    (out,) = apply_edits([_inc(place="Ostrava")], [*edits[:1], {"op": "rename", "incident_id": "x", "title": "Bruno square rally"}, edits[1]])
    assert out.title == "Bruno square rally"


def test_an_event_the_finder_does_not_look_for_can_be_typed_by_the_analyst(ws, tmp_path):
    """A declared martial law, state of emergency or curfew (ACLED's strategic developments)
    has a type the analyst can give; the finder never gives it to a sentence of its own."""
    fin = next(i for i in ws.incidents() if i.country == "Finland")
    assert ("strategic_development", "Strategic development") in ws.incident_types()
    assert ws.set_incident_type(fin.id, "strategic development") == "strategic_development"
    assert _get(ws, fin.id).title == "Strategic development in Finland"
    other = open_workspace(tmp_path / "sd.json", seed=False)
    other.add_sources([make_source("The president of Ruritania declared martial law on Tuesday and imposed a curfew in the capital.\n"
                                   "A state of emergency was proclaimed in three provinces.\n", "m.txt", meta=Meta(published="2025-03-04"))])
    other.analyze()
    assert all(i.kind != "strategic_development" for i in other.incidents())
    other.close()
