"""Exports of a workspace: the Markdown brief, JSON of the whole workspace, JSONL of spans
(spaCy/Prodigy), CSV of stances. One entry point for the CLI and the TUI."""

from __future__ import annotations

import json
from pathlib import Path

FORMATS = ("md", "json", "jsonl", "csv")


def export(ws, fmt: str = "md", flt=None, template: str | Path | None = None, title: str = "Airspace incidents and stances",
           today=None, record: bool = False, target: str = "") -> str:
    """The export as text. ``record`` remembers what a Markdown brief said, so the next
    one's draft bottom line can tell what changed."""
    from ..brief import BriefFilter, build_brief, select, snapshot

    flt = flt or BriefFilter()
    if fmt == "md":
        from .markdown import render_markdown

        last = ws.last_export() if hasattr(ws, "last_export") else None
        brief = build_brief(ws, title=title, today=today, flt=flt, snapshot_since=(last or {}).get("snapshot"))
        text = render_markdown(brief, template)
        if record:
            ws.record_export("md", snapshot(ws, brief.incidents, brief.actors), target)
        return text
    if fmt == "json":
        from .workspace_json import workspace_json

        brief = build_brief(ws, title=title, today=today, flt=flt) if flt.active else None
        return json.dumps(workspace_json(ws, brief), ensure_ascii=False, indent=1) + "\n"
    stances, incidents, in_range, incident_sources = select(ws, flt)
    if fmt == "jsonl":
        from .spans_jsonl import spans_jsonl

        keep = in_range if incident_sources is None else in_range & incident_sources
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in spans_jsonl(ws, keep))
    if fmt == "csv":
        from .stances_csv import stances_csv

        return stances_csv(ws, stances)
    raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
