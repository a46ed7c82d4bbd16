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


def _v2_to_v3(tables: dict[str, dict[int, dict]]) -> dict[str, dict[int, dict]]:
    """Schema 2 folded its history through ``replaces`` chains: a tag was in force unless
    a tag in force replaced it, so a tag replaced by a replaced tag came back (hawkish,
    cautious, neutral left hawkish and neutral), and the same label again toggled.
    Schema 3 keeps one tag in force per slot (annotator, actor, evidence): a tag takes
    its slot, and an ``untag`` names in ``restore`` the tag that gets the slot back.

    This step replays the schema-2 events as they were meant: in each slot the latest tag
    still in force holds it; taking that tag out gives the slot back to the one before
    (as undoing a re-tag did in schema 2). It adds ``restore`` to those ``untag`` events
    and changes nothing else, so the schema-3 fold gives exactly that state."""
    from .history import slot_of

    out = {name: dict(docs) for name, docs in tables.items()}
    stances = out.get("stances", {})
    slot_of_tag: dict[str, tuple] = {}
    live: dict[tuple, list[str]] = {}  # slot -> its tags in force or shadowed, latest last
    for doc_id in sorted(stances):
        e = stances[doc_id]
        ev = e.get("ev", "tag")
        if ev == "tag":
            try:
                slot = slot_of_tag[e["id"]] = slot_of(e)
            except KeyError:
                continue
            live.setdefault(slot, []).append(e["id"])
        elif ev in ("untag", "retag") and e.get("target") in slot_of_tag:
            target = e["target"]
            stack = live[slot_of_tag[target]]
            held = bool(stack) and stack[-1] == target
            if target in stack:
                stack.remove(target)
            if ev == "retag":
                stack.append(target)
            elif held and "restore" in e:  # written by schema 3 (recovered onto a schema-2 file)
                back = e["restore"]
                stack.clear()
                if slot_of_tag.get(back) == slot_of_tag[target]:
                    stack.append(back)
            elif held:
                stances[doc_id] = {**e, "restore": stack[-1] if stack else ""}
    meta_id = next(iter(out.get("meta", {})), 1)
    out.setdefault("meta", {})[meta_id] = {**out.get("meta", {}).get(meta_id, {}), "schema_version": 3}
    return out


STEPS = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(tables: dict[str, dict[int, dict]], version: int, target: int) -> dict[str, dict[int, dict]]:
    """``tables`` (table name -> doc_id -> record) of schema ``version`` brought to schema ``target``
    by applying ``STEPS`` one version at a time; returns the new tables (unchanged when ``version >=
    target``). Raises ``KeyError`` when no step exists from a version.
    """
    while version < target:
        tables = STEPS[version](tables)
        version += 1
    return tables
