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
