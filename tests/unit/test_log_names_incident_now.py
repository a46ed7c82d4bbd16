"""The edit log names an incident by its title, never by an id the incident no longer has or
that was never derived in the process: a note, a confirmation and a date change logged by a
process that derived no incidents (``bluf log`` on a workspace whose analyses are not cached)
name the incident by the latest title its edits recorded, and once derived, by its title now
(found by an earlier or shown id too). New-user session 16: `incident note:
"bangladesh-armed-clash-2024-07-16"` after `incidents date`. Invented text."""

from __future__ import annotations

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace

TEXT = "Drones hit a depot near Orvik\n\nRussian drones struck a fuel depot near Orvik, Finland, on 3 May 2025, the Finnish army said.\n"


def test_incident_edits_are_logged_under_the_incidents_title_with_or_without_derived_incidents(tmp_path):
    p = tmp_path / "ws.json"
    ws = open_workspace(p, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "orvik.txt", meta=Meta(title="Orvik", published="2025-05-03"))])
    ws.analyze()
    sid = ws.sources()[0].id
    at = TEXT.index("fuel depot")
    iid = ws.create_incident(sid, at, at + len("fuel depot"), "Depot strike")
    ws.rename_incident(iid, "Orvik depot strike")
    ws.confirm_incident(iid)
    ws.note_incident(iid, "check the toll")
    ws.set_incident_date(iid, "2025-05-04")
    derived = [e["event"] for e in ws.log() if "incident" in e["event"]]
    ws.close()
    cold = open_workspace(p, annotator="ana")  # nothing derived, as `bluf log` without cached analyses
    logged = [e["event"] for e in cold.log() if "incident" in e["event"]]
    cold.close()
    for events in (derived, logged):
        assert "incident note: “Orvik depot strike”" in events, events
        assert "incident confirmed: “Orvik depot strike”" in events, events
        assert "incident date 2025-05-04: “Orvik depot strike”" in events, events
        assert not any(iid in e for e in events), events
