"""Merging workspaces (``bluf merge OTHER…``), like Prodigy's ``db-merge``: what another
copy of the workspace holds (sources, feeds, every stance event, every edit of quotes,
actors, incidents and sources, the vocabulary, briefs, notes) joins this one. Nothing is
lost, and nothing is decided for the analyst.

How records are combined (``merge_tables``, a pure function on the store's tables):

- tables whose records are changed in place (``sources`` by ``id``, ``feeds`` by ``url``)
  are joined by that key; a record both sides hold with different fields keeps this
  side's fields, and the difference is listed as a conflict;
- every other table is an append-only history. A record's identity is its content
  (SHA-1 of its canonical JSON) and its occurrence among equal records of its side, so a
  record both sides hold is kept once. The two histories are merged like the merge step
  of merge sort: each side keeps its own order (causality: an untag after its tag), and
  between the two the record with the smaller ``(created_at, annotator, identity)`` comes
  first. That rule looks only at the two heads, never at which side is which, so
  ``merge(A, B)`` and ``merge(B, A)`` give the same history (commutative), and merging a
  side that is already in gives back the same history (idempotent).

Real conflicts are concurrent changes: each side's value in force was made without
seeing the other's (its id is not in the other side). They are:

- ``tag``: the same annotator's different labels on the same evidence for one actor;
- ``actor merge`` and ``incident merge``: opposite merges (A into B here, B into A there)
  or one merged into two different ones;
- ``actor rename`` and ``incident title`` / ``incident note`` / ``incident status``
  (confirmed, back to suggested, rejected, brought back) / ``incident type`` / ``incident
  date`` / ``incident place`` / ``quote speaker`` (who said a quote): two different values
  set concurrently;
- ``source metadata``: a source whose fields differ.

The merged history has one value in force (the later in the merged order, the same
whichever side merges), and each conflict is a record of the ``merge_conflicts`` table
listing both values: ``bluf conflicts`` shows the open ones, ``bluf conflicts resolve ID
N`` keeps value N by writing ordinary new records (a ``retag``, an ``undo`` of the other
merge, a new rename or incident edit) and a ``resolve`` record. Nothing is ever chosen
without the analyst.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import orjson

from .history import StanceHistory, slot_of
from .undo import edits_in_force

CONFLICTS = "merge_conflicts"
KEYED = {"sources": "id", "feeds": "url"}  # records changed in place, joined by this key
NOT_MERGED = ("meta",)  # this workspace's own: schema, journal position, creation time

Tables = dict[str, dict[int, dict]]


@dataclass
class MergeResult:
    """What ``merge_tables`` made: ``tables`` (this side's doc ids kept for keyed tables,
    history tables renumbered 1.. in merged order); ``added``: table -> records that were
    only on the other side; ``conflicts``: new conflict records (also in ``tables``)."""

    tables: Tables
    added: dict[str, int] = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)


def _canonical(rec: dict) -> bytes:
    return orjson.dumps(rec, option=orjson.OPT_SORT_KEYS)


def _identities(records: Iterable[dict]) -> list[tuple[tuple, str, dict]]:
    """``(order key, identity, record)`` for a side's history, in its order."""
    seen: dict[str, int] = {}
    out = []
    for rec in records:
        digest = hashlib.sha1(_canonical(rec)).hexdigest()
        n = seen[digest] = seen.get(digest, -1) + 1
        ident = f"{digest}:{n}"
        out.append(((str(rec.get("created_at", "")), str(rec.get("annotator", "")), ident), ident, rec))
    return out


def merge_histories(ours: list[dict], theirs: list[dict]) -> list[dict]:
    """One history from two (lists of records, each in its order): every record once, each
    side's order kept, the smaller ``(created_at, annotator, identity)`` of the two heads
    first. Symmetric in its arguments; ``merge_histories(merged, side) == merged``."""
    a, b = _identities(ours), _identities(theirs)
    out: list[dict] = []
    emitted: set[str] = set()
    i = j = 0
    while True:
        while i < len(a) and a[i][1] in emitted:
            i += 1
        while j < len(b) and b[j][1] in emitted:
            j += 1
        if i == len(a) and j == len(b):
            return out
        if j == len(b) or (i < len(a) and a[i][0] <= b[j][0]):
            key, ident, rec = a[i]
            i += 1
        else:
            key, ident, rec = b[j]
            j += 1
        emitted.add(ident)
        out.append(rec)


def _records(tables: Tables, name: str) -> list[dict]:
    return [tables[name][k] for k in sorted(tables.get(name, {}))]


def merge_tables(ours: Tables, theirs: Tables, now: str | None = None) -> MergeResult:
    """Merge ``theirs`` into ``ours`` (table -> doc id -> record, as the store holds them;
    neither is changed). See the module docstring for the rules and the conflicts."""
    out: Tables = {"meta": dict(ours.get("meta", {}))}
    added: dict[str, int] = {}
    conflicts: list[dict] = []
    for name in sorted(set(ours) | set(theirs)):
        if name in NOT_MERGED:
            continue
        if name in KEYED:
            out[name], n, diffs = _merge_keyed(ours.get(name, {}), theirs.get(name, {}), KEYED[name])
            conflicts += [_source_conflict(name, *d) for d in diffs]
        else:
            mine = _records(ours, name)
            merged = merge_histories(mine, _records(theirs, name))
            n = len(merged) - len(mine)
            out[name] = {i: r for i, r in enumerate(merged, 1)}
        if n:
            added[name] = n
    conflicts += _conflicts(ours, theirs)
    known = {c.get("id") for c in out.get(CONFLICTS, {}).values() if c.get("op") == "conflict"}
    # In an order that does not depend on which side merges (each is found from "ours").
    new = sorted((c for c in {c["id"]: c for c in conflicts}.values() if c["id"] not in known),
                 key=lambda c: (c.get("created_at", ""), c["id"]))
    if new:
        merged = merge_histories(_records(out, CONFLICTS), new)
        out[CONFLICTS] = {i: r for i, r in enumerate(merged, 1)}
    return MergeResult(out, added, new)


def _merge_keyed(mine: dict[int, dict], other: dict[int, dict], key: str):
    """Records of ``other`` whose ``key`` this side lacks are added. When both sides hold a
    record with different fields, the one in force is chosen by content alone (the larger
    canonical form of the differing fields), so that A into B and B into A put the same
    values in force; the difference is returned for a conflict record either way."""
    out = dict(mine)
    by_key = {r.get(key): (i, r) for i, r in mine.items()}
    next_id = max(mine, default=0) + 1
    n, diffs = 0, []
    for doc_id in sorted(other):
        r = other[doc_id]
        mine_id, have = by_key.get(r.get(key), (None, None))
        if have is None:
            out[next_id] = r
            by_key[r.get(key)] = (next_id, r)
            next_id += 1
            n += 1
        elif have != r:
            fields = sorted(k for k in set(have) | set(r) if have.get(k) != r.get(k) and k not in ("added_by", "added_at"))
            if fields:
                diffs.append((have, r, fields))
                if _canonical({k: r.get(k) for k in fields}) > _canonical({k: have.get(k) for k in fields}):
                    out[mine_id] = {**have, **{k: r.get(k) for k in fields}}
    return out, n, diffs


def _clip(text: str, width: int = 40) -> str:
    """``text`` cut at a word before ``width`` characters, with "…" when cut."""
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(" ,;:") + "…"


def _conflict(kind: str, what: str, options: list[dict]) -> dict:
    """A conflict record. Its content depends only on the two options (sorted), so the
    same conflict found from either side, or found again, is the same record."""
    options = sorted(options, key=_canonical)
    digest = hashlib.sha1(_canonical({"kind": kind, "options": options})).hexdigest()[:12]
    at = max(str(o.get("at", "")) for o in options)
    return {"op": "conflict", "id": digest, "kind": kind, "what": what, "options": options, "created_at": at}


def _in_force(conflict: dict, ref) -> dict:
    """``conflict`` with its option of ``ref`` marked ``"in_force": True`` (after its id is
    made, so that the id stays that of the two options)."""
    for o in conflict["options"]:
        if o.get("ref") == ref:
            o["in_force"] = True
    return conflict


def _source_conflict(table: str, have: dict, other: dict, fields: list[str]) -> dict:
    name = have.get("name") or have.get(KEYED[table], "")
    opts = [{"ref": f"{table}:{have.get(KEYED[table])}", "value": {k: r.get(k) for k in fields}, "at": ""} for r in (have, other)]
    return _conflict(f"{table[:-1]} metadata", f"{name}: {', '.join(fields)} differ", opts)


def _conflicts(ours: Tables, theirs: Tables) -> list[dict]:
    return [*_tag_conflicts(ours, theirs), *_edit_conflicts(ours, theirs)]


def _tag_conflicts(ours: Tables, theirs: Tables) -> list[dict]:
    """Slots whose tags in force differ in label, each made without seeing the other."""
    h = [StanceHistory.from_events(_records(t, "stances")) for t in (ours, theirs)]
    held = [{slot_of(vars(st)): st for st in side.in_force()} for side in h]
    out = []
    for slot, a in held[0].items():
        b = held[1].get(slot)
        if b is None or a.id == b.id or (a.label == b.label and (a.note or "") == (b.note or "")) or a.id in h[1] or b.id in h[0]:
            continue
        shown = (lambda st: st.label) if a.label != b.label else (lambda st: f"{st.label} (note: {st.note or 'none'})")
        opts = [{"ref": st.id, "value": shown(st), "annotator": st.annotator, "at": st.created_at} for st in (a, b)]
        who = a.actor_name or a.actor_id
        one, two = sorted((shown(a), shown(b)))
        out.append(_conflict("tag", f"{a.annotator} tagged {who} both {one} and {two} on “{_clip(a.quote)}”", opts))
    return out


# Per table: edit op -> (the field it sets, the record key naming what it edits).
_VALUES = {
    "actor_edits": {"rename": ("name", "actor_id"), "affiliation": ("affiliation", "actor_id"),
                    "kind": ("kind", "actor_id")},
    "incident_edits": {"rename": ("title", "incident_id"), "note": ("note", "incident_id"),
                       "confirm": ("status", "incident_id"), "unconfirm": ("status", "incident_id"),
                       "reject": ("status", "incident_id"), "unreject": ("status", "incident_id"),
                       "type": ("kind", "incident_id"), "date": ("date", "incident_id"), "place": ("place", "incident_id")},
    # A quote is named by its source and span.
    "quote_edits": {"speaker": ("actor_id", ("source_id", "start", "end"))},
}
_KIND = {("actor_edits", "name"): "actor rename", ("actor_edits", "affiliation"): "actor affiliation",
         ("actor_edits", "kind"): "actor kind", ("incident_edits", "title"): "incident title",
         ("incident_edits", "note"): "incident note", ("incident_edits", "status"): "incident status",
         ("incident_edits", "kind"): "incident type", ("incident_edits", "date"): "incident date",
         ("incident_edits", "place"): "incident place", ("quote_edits", "actor_id"): "quote speaker"}
# An incident's status as each op leaves it: confirming and rejecting one incident at once
# is a conflict like two different titles.
_STATUS = {"confirm": "confirmed", "unconfirm": "suggested", "reject": "rejected", "unreject": "not rejected"}


def _value(table: str, e: dict):
    fld, _ = _VALUES[table][e["op"]]
    if fld == "status":
        return _STATUS[e["op"]]
    if fld == "date":  # a day or "first/last"
        return "/".join(x for x in (e.get("date", ""), e.get("date_end", "")) if x)
    if fld == "place":  # "Place, Country"
        return ", ".join(x for x in (e.get("place", ""), e.get("country", "")) if x)
    if fld == "affiliation":  # stored under "name"
        return e.get("name", "")
    if fld == "actor_id":  # a quote's speaker: by the name it had when set (older records: the id)
        return (e.get("to") or {}).get("name") or e.get("actor_id", "")
    return e.get(fld, "")


def _slot_words(slot: tuple[str, str]) -> str:
    """What a conflict's slot is, for ``bluf conflicts``: "peskov: name", "the speaker of the
    quote at SOURCE:START-END"."""
    if slot[0] == "actor_id":
        return f"the speaker of the quote at {slot[1]}"
    return f"{slot[1]}: {slot[0]}"


def edit_slot(table: str, edit: dict) -> tuple[str, str] | None:
    """The slot an analyst's edit sets: ``(field, what)`` such as ``("name", "peskov")`` for
    an actor rename or ``("actor_id", "src:10-42")`` for a quote's speaker; None for an edit
    that sets no single value (a merge, an alias, an undo)."""
    ops = _VALUES.get(table, {})
    if edit.get("op") not in ops:
        return None
    fld, key = ops[edit["op"]]
    name = (f"{edit.get(key[0], '')}:{edit.get(key[1], '')}-{edit.get(key[2], '')}" if isinstance(key, tuple)
            else edit.get(key, ""))
    return fld, name


def value_in_force(table: str, records: Iterable[dict], slot: tuple[str, str]) -> str:
    """The ``uid`` of the edit in force in ``slot`` of ``table`` ("" when none): what an
    analyst sees there when making a new edit of it (recorded as the new edit's ``seen``)."""
    uid = ""
    for e in edits_in_force(records):
        if edit_slot(table, e) == slot:
            uid = e.get("uid", "")
    return uid


def concurrent_edits(tables: Tables) -> list[dict]:
    """Conflicts of two analysts on one workspace file: a slot (an actor's name, an
    incident's title, status, type, date, place or note, a quote's speaker) whose value in
    force was set without seeing the value it replaced (its ``seen`` is not that edit, nor
    an edit it saw before), and the two differ. Both edits stay in the history; the later
    is in force. Each is a conflict record like ``bluf merge``'s (same id for the same two
    edits), not stored: it is found again from the history until resolved or until an
    edit that saw it sets the slot. Value edits written before ``seen`` existed are never one."""
    out = []
    for table in _VALUES:
        slots: dict[tuple[str, str], list[dict]] = {}
        for e in edits_in_force(_records(tables, table)):
            slot = edit_slot(table, e)
            if slot is not None:
                slots.setdefault(slot, []).append(e)
        for slot, chain in slots.items():
            if len(chain) < 2 or "seen" not in chain[-1]:
                continue
            last, prev = chain[-1], chain[-2]
            by_uid = {e.get("uid"): e for e in chain}
            saw, at = set(), last.get("seen")
            while at and at not in saw:  # what the last edit saw, and what that one saw, ...
                saw.add(at)
                at = by_uid.get(at, {}).get("seen")
            if prev.get("uid") in saw or _value(table, prev) == _value(table, last):
                continue
            opts = [{"ref": e.get("uid"), "value": _value(table, e), "annotator": e.get("annotator", ""),
                     "at": e.get("created_at", "")} for e in (prev, last)]
            one, two = sorted((repr(o["value"]) for o in opts))
            out.append(_in_force(_conflict(_KIND[(table, slot[0])], f"{_slot_words(slot)} set to {one} and {two}", opts), last.get("uid")))
    return (out + _concurrent_merges(_records(tables, "actor_edits"), "actor_id", "actor merge")
            + _concurrent_merges(_records(tables, "incident_edits"), "incident_id", "incident merge"))


def _merge_words(e: dict, key: str = "actor_id") -> str:
    """"Name into Other" for a merge record, by the names (actors) or titles (incidents) it
    recorded, else the ids."""
    names = e.get("names") or {}
    titles = e.get("titles") or {}
    a, b = e.get(key, ""), e.get("into", "")
    return f"{(names.get(a) or [titles.get(a) or a])[0]} into {(names.get(b) or [titles.get(b) or b])[0]}"


def _concurrent_merges(records: Iterable[dict], key: str, kind: str) -> list[dict]:
    """Merges (of actors, ``key`` "actor_id", or incidents, "incident_id") of two analysts on
    one workspace file made without seeing each other's (the later has ``seen``: what it
    merged was not merged when the analyst chose it): A into B, then A into C (the later is
    not applied: ``actors._apply_edits``, ``incidents.apply_edits``), or A into B, then B into
    A. Each is a conflict record (``kind``, the earlier option first), found again from the
    history until resolved or until one of the two is undone. An actor merge without
    ``seen`` (written before it existed) is read as made without seeing the earlier merge
    of its actor (``actors._apply_edits``), so it is one too; an incident merge without it is
    not (re-clustering may give a merged incident's id to another event)."""
    out = []
    earlier: list[dict] = []
    for e in edits_in_force(records):
        if e.get("op") != "merge":
            continue
        if "seen" in e or key == "actor_id":
            a, b = e.get(key), e.get("into")
            for p in earlier:
                if p.get(key) == a or (p.get(key) == b and p.get("into") == a):
                    opts = [{"ref": x.get("uid"), "value": _merge_words(x, key), "annotator": x.get("annotator", ""),
                             "at": x.get("created_at", "")} for x in (p, e)]
                    one, two = sorted(o["value"] for o in opts)
                    out.append(_in_force(_conflict(kind, f"{one} and {two}", opts), p.get("uid")))  # the earlier stays
                    break
        earlier.append(e)
    return out


def refused_merge(kind: str, first: dict, proposed: dict, key: str = "actor_id") -> dict:
    """The conflict record (``merge_conflicts`` table) of a merge refused when it was made:
    ``first`` (a merge record in force, by another analyst, that the analyst had not seen)
    stays in force; ``proposed`` (the merge record that was not written: ``uid``,
    ``annotator``, ``created_at`` set) is kept only in the conflict's option, under
    ``record``, so that choosing it (``resolve_conflict``) writes it then. The refused merge
    is never an edit of the history, so nothing can undo it (``kind``: "actor merge" or
    "incident merge"; ``key``: "actor_id" or "incident_id")."""
    opts = [{"ref": first.get("uid"), "value": _merge_words(first, key), "annotator": first.get("annotator", ""),
             "at": first.get("created_at", "")},
            {"ref": proposed.get("uid"), "value": _merge_words(proposed, key), "annotator": proposed.get("annotator", ""),
             "at": proposed.get("created_at", ""), "record": proposed}]
    one, two = sorted(o["value"] for o in opts)
    return _in_force(_conflict(kind, f"{one} and {two}", opts), first.get("uid"))


def _edit_conflicts(ours: Tables, theirs: Tables) -> list[dict]:
    out = []
    for table, ops in _VALUES.items():
        uids = [{e.get("uid") for e in t.get(table, {}).values()} for t in (ours, theirs)]
        last: list[dict] = [{}, {}]
        for side, t in enumerate((ours, theirs)):
            for e in edits_in_force(_records(t, table)):
                if e.get("op") in ops:
                    fld, key = ops[e["op"]]
                    name = (f"{e.get(key[0], '')}:{e.get(key[1], '')}-{e.get(key[2], '')}" if isinstance(key, tuple)
                            else e.get(key, ""))
                    last[side][(fld, name)] = e
        for slot, a in last[0].items():
            b = last[1].get(slot)
            if b is None or a.get("uid") == b.get("uid") or _value(table, a) == _value(table, b):
                continue
            if a.get("uid") in uids[1] or b.get("uid") in uids[0]:
                continue  # one side saw the other's change: a later edit, not a conflict
            opts = [{"ref": e.get("uid"), "value": _value(table, e), "annotator": e.get("annotator", ""),
                     "at": e.get("created_at", "")} for e in (a, b)]
            one, two = sorted((repr(o["value"]) for o in opts))
            out.append(_conflict(_KIND[(table, slot[0])], f"{_slot_words(slot)} set to {one} and {two}", opts))
    out += _merge_conflicts(ours, theirs, "actor_edits", "actor_id", "actor merge")
    out += _merge_conflicts(ours, theirs, "incident_edits", "incident_id", "incident merge")
    return out


def _merge_conflicts(ours: Tables, theirs: Tables, table: str, key: str, kind: str) -> list[dict]:
    """Merges of ``table`` (actors or incidents) that conflict: A into B on one side and B
    into A on the other, or one into two different others, neither side having seen the
    other's edit."""
    out = []
    merges = [{e.get(key): e for e in edits_in_force(_records(t, table)) if e.get("op") == "merge"} for t in (ours, theirs)]
    uids = [{e.get("uid") for e in t.get(table, {}).values()} for t in (ours, theirs)]
    for aid, a in merges[0].items():
        for b in (merges[1].get(aid), merges[1].get(a.get("into"))):
            if b is None or a.get("uid") == b.get("uid") or a.get("uid") in uids[1] or b.get("uid") in uids[0]:
                continue
            opposite = b.get(key) == a.get("into") and b.get("into") == aid
            if opposite or (b.get(key) == aid and b.get("into") != a.get("into")):
                opts = [{"ref": e.get("uid"), "value": _merge_words(e, key),
                         "annotator": e.get("annotator", ""), "at": e.get("created_at", "")} for e in (a, b)]
                one, two = sorted(o["value"] for o in opts)
                out.append(_conflict(kind, f"{one} and {two}", opts))
    return out


# ---------------------------------------------------------------------- open conflicts
def open_conflicts(tables_or_docs: Iterable[dict]) -> list[dict]:
    """The conflict records (``merge_conflicts`` table, in order) not resolved yet, each once."""
    records = list(tables_or_docs)
    resolved = {r.get("target") for r in records if r.get("op") == "resolve"}
    out: dict[str, dict] = {}
    for r in records:
        if r.get("op") == "conflict" and r.get("id") not in resolved:
            out.setdefault(r["id"], r)
    return list(out.values())


def now() -> str:
    """The time a merge or a resolution is recorded (UTC, milliseconds)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (False when either is missing)."""
    try:
        return Path(a).resolve().samefile(Path(b).resolve())
    except OSError:
        return False


# ---------------------------------------------------------------------- on a workspace
@dataclass
class MergeReport:
    """What ``merge_workspace`` did with one other workspace: ``other`` (its path),
    ``added`` (table -> records new here), ``conflicts`` (the new conflict records)."""

    other: str
    added: dict[str, int]
    conflicts: list[dict]


def read_other(path: str | Path, ws) -> Tables:
    """The tables of another workspace file (its journal replayed, an older schema
    migrated in memory), read only. Raises WorkspaceError with one line: missing, the
    same file as ``ws``, not a workspace, written by a newer bluf."""
    from .errors import WorkspaceError
    from .store import Store, StoreError

    p = Path(path)
    if not p.exists():
        raise WorkspaceError(f"{p}: no such file: not merged")
    if p.is_dir():
        raise WorkspaceError(f"{p} is a directory, not a workspace file: not merged")
    if same_file(p, ws.path):
        raise WorkspaceError(f"{p} is this workspace itself: give another workspace to merge")
    try:
        other = Store(p, readonly=True)
    except StoreError as err:
        if _is_json_export(p):
            raise WorkspaceError(f"{p} is a `bluf export --format json` file, made for reading: not merged; "
                                 "make the copy to merge with `bluf export --format workspace -o FILE`") from None
        why = str(err).split("; it was left untouched")[0]  # the rest tells how to open it with --db
        raise WorkspaceError(f"not merged: {why}") from None
    try:
        return {t: dict(d) for t, d in other.tables.items()}
    finally:
        other.close(compact=False)


def _is_json_export(path: Path) -> bool:
    """Whether ``path`` holds a ``bluf export --format json`` document (its ``schema``
    record), which is not a workspace file."""
    import json

    from .export.workspace_json import SCHEMA

    try:
        raw = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(raw, dict) and isinstance(raw.get("schema"), dict) and raw["schema"].get("name") == SCHEMA["name"]


def merge_workspace(ws, path: str | Path) -> MergeReport:
    """Merge the workspace file ``path`` into ``ws`` (see the module docstring). Written
    at once under the workspace lock; merging the same file again writes nothing.
    Raises WorkspaceError (one line; ``ws`` unchanged)."""
    from .errors import WorkspaceError
    from .store import StoreError

    theirs = read_other(path, ws)
    result: list[MergeResult] = []

    def change(tables: Tables):
        r = merge_tables(tables, theirs)
        result.append(r)
        same = all(r.tables.get(t, {}) == tables.get(t, {}) for t in set(r.tables) | set(tables) if t != "meta")
        return None if same else r.tables

    known = {d.get("id") for d in ws.store.docs("sources").values()}
    try:
        ws.store.rewrite(change)
    except StoreError as err:
        raise WorkspaceError(str(err)) from None
    ws.reload()
    added = dict(result[-1].added)
    copied = _copy_analyses(ws, Path(path), [d.get("id") for d in theirs.get("sources", {}).values() if d.get("id") not in known])
    if copied:
        added["analyses"] = copied
    return MergeReport(str(path), added, result[-1].conflicts)


def _copy_analyses(ws, other: Path, source_ids: list[str]) -> int:
    """Copy the other workspace's cached analyses (``OTHER.analysis/``, beside a workspace
    file; an exported copy has none) of the sources new here, for this pipeline version,
    so they are not parsed again. Returns how many were copied."""
    from .cache import AnalysisCache
    from .nlp.pipeline import pipeline_version

    theirs = AnalysisCache(other.with_name(other.name + ".analysis"))
    if not source_ids or not theirs.dir.is_dir():
        return 0
    version = pipeline_version(ws.gazetteer)
    n = 0
    for sid in source_ids:
        if not ws.cache.has(sid, version) and (a := theirs.get(sid, version)) is not None:
            ws.cache.put(a)
            n += 1
    return n


def conflicts(ws) -> list[dict]:
    """The open conflicts of ``ws``: conflict records (``id``, ``kind``, ``what``,
    ``options``: ``[{"ref", "value", "annotator", "at"}]``), oldest first."""
    stored = list(ws.store.docs(CONFLICTS).values())
    found = open_conflicts(stored)
    resolved = {r.get("target") for r in stored if r.get("op") == "resolve"}
    have = {c["id"] for c in found}
    tables = {t: ws.store.docs(t) for t in _VALUES}
    return found + [c for c in concurrent_edits(tables) if c["id"] not in resolved and c["id"] not in have]


def resolve_conflict(ws, conflict_id: str, choice: int) -> dict:
    """Keep option ``choice`` (1-based, as ``bluf conflicts`` numbers them) of the open
    conflict ``conflict_id`` (or a unique prefix of it): writes the records that put it
    in force and a ``resolve`` record. Returns the option kept. WorkspaceError for an
    unknown conflict or choice."""
    from .errors import WorkspaceError
    from .store import Op

    hits = [c for c in conflicts(ws) if c["id"].startswith(conflict_id)] if conflict_id else []
    if len(hits) != 1:
        raise WorkspaceError(f"no open conflict {conflict_id!r} (see `bluf conflicts`)" if not hits
                             else f"{conflict_id!r} names {len(hits)} conflicts: give more of its id")
    c = hits[0]
    if not 1 <= choice <= len(c["options"]):
        raise WorkspaceError(f"conflict {c['id']} has options 1 to {len(c['options'])}")
    keep = c["options"][choice - 1]
    others = [o for o in c["options"] if o is not keep]
    kind = c["kind"]
    if kind == "tag":
        ws._write([Op.insert("stances", ws._event("retag", keep["ref"], reason="merge conflict resolved"))])
    elif kind in ("actor merge", "incident merge"):
        table = "actor_edits" if kind == "actor merge" else "incident_edits"
        written = {e.get("uid") for e in ws.store.docs(table).values()}
        for o in others:
            if o["ref"] in written:  # a refused merge was never written: nothing to undo
                ws._append_edit(table, {"op": "undo", "target": o["ref"]})
        if keep["ref"] in written:
            ws._append_edit(table, {"op": "redo", "target": keep["ref"]})
        else:  # the refused merge chosen: written now, as it was proposed
            ws._append_edit(table, {k: v for k, v in keep["record"].items() if k not in ("annotator", "created_at")})
    elif kind.endswith("metadata"):
        table, _, key = keep["ref"].partition(":")
        doc_id = next(i for i, d in ws.store.docs(table).items() if d.get(KEYED[table]) == key)
        ws._write([Op.update(table, doc_id, keep["value"])])
        ws.reload()
    else:
        table = "actor_edits" if kind.startswith("actor ") else "quote_edits" if kind == "quote speaker" else "incident_edits"
        edit = next(e for e in ws.store.docs(table).values() if e.get("uid") == keep["ref"])
        # a copy of the kept edit ("resolves": it), which an undo of that edit takes back too
        ws._edit(table, {**{k: v for k, v in edit.items() if k not in ("uid", "annotator", "created_at", "seen", "resolves")},
                         "resolves": keep["ref"]}, undoable=False)
    ws._write([Op.insert(CONFLICTS, {"op": "resolve", "target": c["id"], "keep": keep["ref"],
                                     "annotator": ws.annotator, "created_at": now()})])
    return keep
