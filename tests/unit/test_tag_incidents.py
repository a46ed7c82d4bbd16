"""A tag belongs to the incident its evidence speaks to (the stance matrix's columns), not to
every incident its source reports. Invented texts and incidents."""

from __future__ import annotations

from annotate.models import Incident, Stance
from annotate.tag_incidents import tag_incidents

TEXT = ("Mortar fire hit the market in Velorin on Monday, officials said.\n\n"
        "On Wednesday militants seized a fuel convoy near Drask. “We will answer this,” Colonel Miro Tessan said.\n\n"
        "Prices of bread rose across the province.\n")


def _span(words: str) -> list[int]:
    at = TEXT.index(words)
    return [at, at + len(words)]


def _tag(words: str, incident_id: str = "", source_id: str = "s1") -> Stance:
    s, e = _span(words)
    return Stance("t", "tessan", "hawkish", source_id, s, e, words, "ana", "2026-01-01", incident_id=incident_id)


MORTAR = Incident("velorin-shelling", "Shelling in Velorin", "Valdoria", "shelling", "2026-03-02",
                  evidence={"s1": [_span("Mortar fire hit the market in Velorin on Monday, officials said.")]})
CONVOY = Incident("drask-seizure", "Seizure near Drask", "Valdoria", "seizure", "2026-03-04",
                  evidence={"s1": [_span("On Wednesday militants seized a fuel convoy near Drask.")]},
                  aliases=["old-drask-id"])


def test_a_tag_in_the_paragraph_of_one_incident_s_evidence_is_that_incident_s_only():
    assert tag_incidents(_tag("“We will answer this,”"), [MORTAR, CONVOY], TEXT) == ["drask-seizure"]


def test_a_tag_on_the_evidence_itself_and_a_tag_that_names_an_incident():
    assert tag_incidents(_tag("Mortar fire hit the market"), [MORTAR, CONVOY], TEXT) == ["velorin-shelling"]
    assert tag_incidents(_tag("Mortar fire hit the market", incident_id="old-drask-id"), [MORTAR, CONVOY], TEXT) == ["drask-seizure"]


def test_a_tag_near_no_evidence_is_under_the_incident_the_article_reported_last_before_it():
    far = _tag("Prices of bread rose")
    assert tag_incidents(far, [MORTAR, CONVOY], TEXT) == ["drask-seizure"]  # one column, never both
    assert tag_incidents(far, [MORTAR], TEXT) == ["velorin-shelling"]
    assert tag_incidents(_tag("Prices of bread rose", source_id="s2"), [MORTAR, CONVOY], TEXT) == []  # not in their sources


def test_a_tag_above_every_report_is_under_the_first_incident_its_source_reports():
    late = Incident("drask-seizure", "Seizure near Drask", "Valdoria", "seizure", "2026-03-04",
                    evidence={"s1": [_span("Prices of bread rose across the province.")]})
    early = Incident("velorin-shelling", "Shelling", "Valdoria", "shelling", "2026-03-02",
                     evidence={"s1": [_span("On Wednesday militants seized a fuel convoy near Drask.")]})
    assert tag_incidents(_tag("Mortar fire hit the market"), [late, early], TEXT) == ["velorin-shelling"]


def test_a_tag_in_a_source_the_analyst_linked_to_an_incident_belongs_to_it():
    linked = Incident("drask-seizure", "Seizure near Drask", "Valdoria", "seizure", "2026-03-04", evidence={"s2": []})
    assert tag_incidents(_tag("Prices of bread rose", source_id="s2"), [MORTAR, linked], TEXT) == ["drask-seizure"]


def test_the_csv_export_names_the_incident_each_tag_belongs_to(workspace):
    from annotate import export_text

    ws = workspace
    src = next(s for s in ws.sources() if any(s.id in i.evidence for i in ws.incidents()) and ws.quotes(s.id)
               and any(q.actor_id for q in ws.quotes(s.id)))
    index = next(n for n, q in enumerate(ws.quotes(src.id)) if q.actor_id)
    st = ws.tag(src.id, index, "hawkish")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(export_text(ws, "csv"))))
    cell = next(r for r in rows if r["tag_id"] == st.id)["incident_id"]
    assert cell and cell == ";".join(ws.stance_incidents([st])[st.id])
