"""The tags in force as CSV, one row per tag (spreadsheets, R, pandas)."""

from __future__ import annotations

import csv
import io

COLUMNS = ["tag_id", "actor_id", "actor", "affiliation", "label", "source_id", "source", "outlet", "published",
           "start", "end", "evidence", "annotator", "created_at", "origin", "note", "incident_id"]


def stances_csv(ws, stances) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for s in stances:
        a = ws.actors.get(s.actor_id)
        src = ws.source(s.source_id)
        w.writerow([s.id, s.actor_id, a.name if a else s.actor_name, a.affiliation if a else "", s.label, s.source_id,
                    src.name, src.outlet, src.published, s.start, s.end, s.quote, s.annotator, s.created_at,
                    s.origin, s.note, s.incident_id])
    return buf.getvalue()
