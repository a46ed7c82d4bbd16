"""The whole workspace as one JSON document (schema "bluf-workspace", version 1;
documented in docs/EXPORT.md). Offsets index each source's ``text``."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone

SCHEMA = {"name": "bluf-workspace", "version": 1}


def workspace_json(ws, brief=None) -> dict:
    """``brief`` (a Brief) restricts stances and incidents to its filters when given."""
    from .. import __version__

    stances = ws.stances()
    if brief is not None:
        keep = {tag_id for a in brief.actors for tag_id, _label, _who in a.tags}  # every tag it counts, nested ones too
        stances = [s for s in stances if s.id in keep]
        incidents = [r.incident for r in brief.incidents]
        source_ids = {r.source.id for r in brief.sources}
    else:
        incidents = ws.incidents()
        source_ids = {s.id for s in ws.sources()}
    sources = []
    for s in ws.sources():
        if s.id not in source_ids:
            continue
        quotes = [
            {"index": i, "start": q.start, "end": q.end, "text": q.text, "actor_id": q.actor_id,
             "speaker": None if q.speaker is None else {"start": q.speaker.start, "end": q.speaker.end, "text": q.speaker.text, "kind": q.speaker.kind},
             "verb": q.verb or None, "tone": q.tone}
            for i, q in enumerate(ws.quotes(s.id))
        ]
        a = ws.analysis(s.id)
        from ..language_support import language_notice

        sources.append({
            "id": s.id, "name": s.name, "title": s.title, "outlet": s.outlet, "author": s.author, "url": s.url,
            "published": s.published, "language": s.language, "grade": s.grade, "path": s.path, "added_at": s.added_at,
            "analysed": not language_notice(s.language), "notice": language_notice(s.language) or None,
            "text": s.text,
            "removed": [{"start": r.start, "end": r.end, "kind": r.kind} for r in s.removed],
            "quotes": quotes,
            "entities": [{"start": e.start, "end": e.end, "label": e.label, "text": e.text} for e in (a.entities if a else [])],
            "near_duplicates": ws.near_duplicates_of(s.id),
        })
    used_actors = {q["actor_id"] for s in sources for q in s["quotes"] if q["actor_id"]} | {s.actor_id for s in stances}
    return {
        "schema": SCHEMA,
        "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "bluf_version": __version__,
        "workspace": str(ws.path),
        "labels": ws.label_specs,
        "sources": sources,
        "actors": [asdict(a) for a in ws.list_actors() if a.id in used_actors],
        "incidents": [asdict(i) for i in incidents],
        "stances": [asdict(s) for s in stances],
        "history": ws.log(),
    }
