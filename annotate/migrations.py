"""Workspace schema migrations. Each step takes the tables of one schema version and
returns those of the next; ``migrate`` chains them. Tested from every earlier version."""

from __future__ import annotations

import uuid


def _v1_to_v2(tables: dict[str, dict[int, dict]]) -> dict[str, dict[int, dict]]:
    """Schema 1 kept one record per tag with an ``active`` flag that undo rewrote.
    Schema 2 keeps an append-only history: a ``tag`` event per tag and an ``untag``
    event for each one that had been undone; the journal position starts at 0."""
    out = {name: dict(docs) for name, docs in tables.items() if name != "stances"}
    events: dict[int, dict] = {}
    n = 0
    for _, doc in sorted(tables.get("stances", {}).items()):
        active = doc.get("active", True)
        tag = {k: v for k, v in doc.items() if k != "active"}
        tag.setdefault("annotator", "unknown")
        n += 1
        events[n] = {"ev": "tag", **tag}
        if not active:
            n += 1
            events[n] = {
                "ev": "untag", "id": uuid.uuid4().hex[:12], "target": tag["id"], "annotator": tag["annotator"],
                "created_at": tag.get("created_at", ""), "reason": "undo (migrated from schema 1)",
            }
    out["stances"] = events
    meta_id = next(iter(out.get("meta", {})), 1)
    out.setdefault("meta", {})[meta_id] = {**out.get("meta", {}).get(meta_id, {}), "schema_version": 2, "journal_seq": 0}
    return out


STEPS = {1: _v1_to_v2}


def migrate(tables: dict[str, dict[int, dict]], version: int, target: int) -> dict[str, dict[int, dict]]:
    while version < target:
        tables = STEPS[version](tables)
        version += 1
    return tables
