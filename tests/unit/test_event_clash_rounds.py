"""Clashes told the ways reports of urban fighting tell them: the clash noun as the subject of a
verb that says where ("centered in", "broke out in the south of the capital"), renewed fighting
on a later day, earlier clashes cited as background, explosions heard during the fighting; a
statement of principle that names airspace; an analyst's incident made of a ground attack; and
undated reports of sources with no publication date, which join only an event at their place.
Every sentence is invented."""

from __future__ import annotations

from annotate.ingest import Meta, make_source
from annotate.models import IncidentMention
from annotate.workspace import open_workspace


def _analysed(tmp_path, *texts: str, published: str = "2025-03-14"):  # a Friday
    ws = open_workspace(tmp_path / "w.json", seed=False)
    ws.add_sources([make_source(t, f"{k}.txt", meta=Meta(published=published)) for k, t in enumerate(texts)])
    ws.analyze()
    return ws


def _mentions(ws):
    return [(m, s.text[m.start:m.end]) for s in ws.sources() for m in ws.analysis(s.id).incidents]


def test_a_clash_centered_in_a_district_of_a_city_is_a_clash_there(tmp_path):
    ws = _analysed(tmp_path, "Fighting in Mali\n\nThe daylong clashes, which involved mortars, took place on Wednesday and "
                             "centered in Gao's northern district of Sosso Koira, officials said.\n")
    try:
        got = {(m.kind, m.place, m.country, m.date) for m, _ in _mentions(ws)}
        assert ("armed_clash", "Gao", "Mali", "2025-03-12") in got
    finally:
        ws.close()


def test_clashes_that_broke_out_in_the_capital_are_in_the_capital_of_the_storys_country(tmp_path):
    text = ("Ukraine's interior ministry said order was restored.\n\n"
            "Clashes broke out in the south of the capital on Thursday between the Red Brigade and the Blue Battalion.\n\n"
            "Ukrainian officials gave no toll.\n")
    ws = _analysed(tmp_path, text)
    try:
        got = {(m.kind, m.place, m.country, m.date) for m, _ in _mentions(ws)}
        assert ("armed_clash", "Kyiv", "Ukraine", "2025-03-13") in got
    finally:
        ws.close()


def test_a_clash_noun_opening_a_paragraph_is_read_as_a_noun(tmp_path):
    ws = _analysed(tmp_path, "Clashes between rival gangs rocked the town of Gao on Tuesday, residents said.\n")
    try:
        assert [(m.kind, m.country) for m, _ in _mentions(ws)] == [("armed_clash", "Mali")]
    finally:
        ws.close()


def test_fighting_that_resumed_on_a_later_day_is_another_incident(tmp_path):
    ws = _analysed(tmp_path, "Clashes erupted in Kidal on Monday between two armed groups.\n\n"
                             "Fighting in Kidal resumed on Tuesday, residents said.\n")
    try:
        clashes = sorted(i.date for i in ws.incidents() if i.kind == "armed_clash")
        assert clashes == ["2025-03-10", "2025-03-11"]
    finally:
        ws.close()


def test_fighting_that_continued_the_next_day_is_still_the_same_clash(tmp_path):
    ws = _analysed(tmp_path, "Clashes erupted in Kidal on Monday between two armed groups.\n\n"
                             "Fighting in Kidal continued on Tuesday, residents said.\n")
    try:
        assert len([i for i in ws.incidents() if i.kind == "armed_clash"]) == 1
    finally:
        ws.close()


def test_recent_clashes_a_committee_follows_are_background_not_a_report(tmp_path):
    ws = _analysed(tmp_path, "The UN formed a truce committee in Bamako following recent armed clashes in the city of Kidal.\n")
    try:
        assert [m.kind for m, _ in _mentions(ws)] == []
    finally:
        ws.close()
    ws = _analysed(tmp_path / "b", "The UN formed a truce committee in Bamako after armed clashes in the city of Kidal on Tuesday.\n")
    try:
        assert [m.kind for m, _ in _mentions(ws)] == ["armed_clash"]
    finally:
        ws.close()


def test_explosions_heard_with_gunfire_during_clashes_are_no_bombing(tmp_path):
    ws = _analysed(tmp_path, "Heavy gunfire and explosions were heard in several districts of Kidal on Monday "
                             "as clashes between rival groups shook the town.\n")
    try:
        kinds = {i.kind for i in ws.incidents()}
        assert "armed_clash" in kinds and "explosion_or_sabotage" not in kinds
    finally:
        ws.close()


def test_a_statement_of_principle_naming_airspace_is_no_incident(tmp_path):
    ws = _analysed(tmp_path, "Japan said it will keep working with partners to uphold freedom of navigation, overflight "
                             "and other lawful uses of the seas and international airspace.\n\n"
                             "Russian jets violated Japanese airspace on Thursday, the defence ministry said.\n")
    try:
        found = [(m.kind, text[:12]) for m, text in _mentions(ws)]
        assert found == [("airspace_violation", "Russian jets")]
    finally:
        ws.close()


def test_an_incident_made_of_a_groups_ground_attack_in_a_city_is_an_armed_clash(tmp_path):
    text = ("Talks resumed in Geneva on Monday.\n\n"
            "The Red Brigade and its allies then attacked the offices of the Blue Battalion across the city, "
            "seizing their assets and detaining dozens of its fighters.\n")
    ws = _analysed(tmp_path, text)
    try:
        s = ws.sources()[0]
        at = s.text.index("The Red Brigade")
        iid = ws.create_incident(s.id, at, at + 5)
        assert next(i for i in ws.incidents() if i.id == iid).kind == "armed_clash"
    finally:
        ws.close()


def test_a_states_attack_made_an_incident_of_is_still_its_strike():
    from annotate.event_types import load_event_types

    types = load_event_types()
    sentence = "Ruritania attacked six sites across the border overnight."
    assert types.guess(sentence, names_a_state=True) == "air_or_drone_strike"
    assert types.guess(sentence.replace("Ruritania", "The militia"), names_a_state=False) == "armed_clash"


def _m(place: str, date: str = "", start: int = 0) -> IncidentMention:
    return IncidentMention(start, start + 10, "Mali", "armed_clash", "", date, date, "", place)


def test_an_undated_report_of_an_unpublished_source_joins_only_an_event_at_its_place():
    from annotate.incidents import cluster_incidents

    by_source = {"a": [_m("Gao", "2024-03-03")], "b": [_m("Menaka")], "c": [_m("Gao")]}
    got = {tuple(sorted(i.evidence)): (i.place, i.date) for i in cluster_incidents(by_source)}
    assert got == {("a", "c"): ("Gao", "2024-03-03"), ("b",): ("Menaka", "")}


def test_an_undated_report_naming_no_place_still_joins_the_main_event():
    from annotate.incidents import cluster_incidents

    by_source = {"a": [_m("Gao", "2024-03-03")], "b": [_m("")]}
    assert [sorted(i.evidence) for i in cluster_incidents(by_source)] == [["a", "b"]]


def test_fighting_that_resumed_undated_is_the_round_the_next_dated_report_tells(tmp_path):
    ws = _analysed(tmp_path, "Clashes erupted in Kidal on Monday between two armed groups.\n\n"
                             "Fighting in Kidal resumed soon after officials said order had been restored.\n\n"
                             "The fighting in Kidal calmed down on Wednesday, residents said.\n")
    try:
        s = ws.sources()[0]
        held = {i.date: sorted(s.text[a:b].split()[0] for a, b in i.evidence[s.id]) for i in ws.incidents() if i.kind == "armed_clash"}
        assert held == {"2025-03-10": ["Clashes"], "2025-03-12": ["Fighting", "The"]}
    finally:
        ws.close()
