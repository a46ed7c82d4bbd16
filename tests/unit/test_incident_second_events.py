"""One article telling two events of one type and country: kept apart within the source
(annotate/incidents.py), and the flags that say so kept through the analysis cache
(models.Analysis.to_dict). Invented sentences and names."""

from annotate.models import Analysis, IncidentMention


def test_the_cache_keeps_the_flags_that_tell_a_second_event():
    m = IncidentMention(10, 80, "Freedonia", "armed_clash", "", trigger="raid", another=True, renewed=True, inferred=True)
    a = Analysis(source_id="s1", pipeline="p", incidents=[m, IncidentMention(0, 9, "Freedonia", "armed_clash", "")])
    back = Analysis.from_dict(a.to_dict())
    assert back.incidents[0] == m
    assert not back.incidents[1].another and not back.incidents[1].renewed
    # an older record of twelve fields reads as before
    old = a.to_dict()
    old["incidents"] = [row[:12] for row in old["incidents"]]
    assert Analysis.from_dict(old).incidents[0].another is False


def _m(start, date_text="", place="", another=False, kind="armed_clash", country="Freedonia"):
    return IncidentMention(start, start + 10, country, kind, "", "", date_text, "", place, another=another)


def _groups(by_source, published=None):
    from annotate.incidents import cluster_incidents

    return sorted(sorted(x[0] for x in inc.evidence[sid]) for inc in cluster_incidents(by_source, published=published or {})
                  for sid in inc.evidence)


def test_days_of_the_week_two_days_apart_are_two_events_of_a_source_with_no_publication_date():
    # "Rebels attacked a police post in Norburg late on Tuesday. ... The attack killed two.
    # ... On Friday, two officers died in skirmishes with rebels."
    src = [_m(0), _m(30, "late on Tuesday", "Norburg"), _m(80), _m(120, "Friday")]
    assert _groups({"a": src}) == [[0, 30, 80], [120]]
    # Saturday night and Sunday morning: one event's days
    assert _groups({"a": [_m(0), _m(30, "Saturday night", "Norburg"), _m(120, "Sunday morning")]}) == [[0, 30, 120]]
    # a later report of the Friday event joins it, not Tuesday's
    assert _groups({"a": src + [_m(160, "on Friday evening")]}) == [[0, 30, 80], [120, 160]]


def test_another_event_told_after_its_sources_event_is_its_own_incident():
    # "Gunmen raided a garrison in the east. ... Last month, three guards were killed in a separate raid."
    assert _groups({"a": [_m(0), _m(40), _m(90, "Last month", another=True)]}) == [[0, 40], [90]]
    # "Another police post was attacked nearby" after its source told one: another event, time or
    # none (a series' "yet another raid", the article's own event, is not flagged another:
    # tests/unit/test_event_other_events_and_losses.py)
    assert _groups({"a": [_m(0), _m(40), _m(90, another=True)]}) == [[0, 40], [90]]
    # a headline and a lead that both say "another": one event
    assert _groups({"a": [_m(0, another=True), _m(40, "on Monday", another=True)]}) == [[0, 40]]
    # another source's reports are not its own source's event told before
    from annotate.incidents import cluster_incidents

    assert len(cluster_incidents({"a": [_m(40)], "b": [_m(90, "Last week", another=True)]})) == 1


def test_an_event_told_in_a_relative_clause_of_another_incident_is_said_to_be_another(tmp_path):
    from annotate.ingest import Meta, make_source
    from annotate.workspace import open_workspace

    text = ("Pipeline blast in Hungary\n\n"
            "An explosion damaged a gas pipeline near the Hungarian town of Vorsk on Saturday, police said.\n\n"
            "Yet another incident occurred on Monday in which a pumping station stopped after its power lines were damaged.\n")
    ws = open_workspace(tmp_path / "w.json", seed=False)
    try:
        ws.add_sources([make_source(text, "a.txt", meta=Meta())])
        ws.analyze()
        s = ws.sources()[0]
        got = [(s.text[m.start:m.end].split()[0], m.another) for m in ws.analysis(s.id).incidents if m.kind == "explosion_or_sabotage"]
        assert ("Yet", True) in got and ("An", False) in got
    finally:
        ws.close()


def test_another_victim_told_in_a_relative_clause_is_no_other_event(tmp_path):
    from annotate.ingest import Meta, make_source
    from annotate.workspace import open_workspace

    text = ("Attack in Hungary\n\n"
            "Gunmen attacked a border post near the Hungarian town of Vorsk on Saturday, police said.\n\n"
            "Another officer who was wounded in the attack died in hospital.\n")
    ws = open_workspace(tmp_path / "w.json", seed=False)
    try:
        ws.add_sources([make_source(text, "a.txt", meta=Meta())])
        ws.analyze()
        s = ws.sources()[0]
        assert not any(m.another for m in ws.analysis(s.id).incidents)
    finally:
        ws.close()
