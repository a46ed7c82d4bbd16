"""The tags in force as CSV, one row per tag (spreadsheets, R, pandas).

Safe to open in a spreadsheet (OWASP, "CSV Injection"): a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote, so
Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula
(``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3``). Control characters (terminal escapes)
are removed from every cell, as from typed text."""

from __future__ import annotations

import csv
import io

from ..clean import strip_controls

COLUMNS = ["tag_id", "actor_id", "actor", "affiliation", "label", "source_id", "source", "outlet", "published",
           "start", "end", "evidence", "annotator", "created_at", "origin", "note", "incident_id"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """A CSV cell that a spreadsheet shows as typed: text starting like a formula (also
    once leading control characters are gone) gets a leading ``'``; numbers are left
    alone. Control characters elsewhere are removed from the whole document at the end."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    if not value[0].isprintable():
        value = strip_controls(value)
        if value.startswith(FORMULA_STARTS):
            return "'" + value
    return value


def stances_csv(ws, stances) -> str:
    """The tags ``stances`` as CSV text: a header row (``COLUMNS``) and one row per tag, with the
    actor's name and affiliation and the source's name, outlet and date from ``ws`` (the tag's own
    actor name when the actor is gone); ``incident_id``: the incident named on the tag, else the
    incidents it belongs to (``Workspace.stance_incidents``, ";"-separated). Cells that a spreadsheet would read as a formula are
    prefixed with ``'``; control characters are removed.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    stances = list(stances)
    belongs = ws.stance_incidents(stances) if hasattr(ws, "stance_incidents") else {}
    for s in stances:
        a = ws.actor(s.actor_id)
        src = ws.source(s.source_id)
        w.writerow([cell(v) for v in (
            s.id, s.actor_id, a.name if a else s.actor_name, a.affiliation if a else "", s.label, s.source_id,
            src.name, src.outlet, src.published, s.start, s.end, s.quote, s.annotator, s.created_at,
            s.origin, s.note, s.incident_id or ";".join(belongs.get(s.id, ())))])
    return strip_controls(buf.getvalue())
