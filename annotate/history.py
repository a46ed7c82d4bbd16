"""The stance history: an append-only list of events, folded into the tags in force.

Events (documents of the ``stances`` table, oldest first):
- ``tag``:   a new tag (actor, label, evidence span and text, annotator, time, note).
             ``replaces`` lists the annotator's earlier tags on the same evidence and
             actor that this one supersedes;
- ``untag``: takes a tag out of force (an undo, or a removal);
- ``retag``: puts it back (a redo);
- ``note``:  sets the note of a tag.
Nothing is ever rewritten: undo and redo are new events, so the history is an audit trail.

Folding 100,000 events happens on every open, so it keeps the event documents as they are
and builds ``Stance`` objects only when asked for.
"""

from __future__ import annotations

from .models import Stance

_STANCE_FIELDS = tuple(Stance.__dataclass_fields__)


class StanceHistory:
    def __init__(self) -> None:
        self.events: list[dict] = []
        self._tag_docs: dict[str, dict] = {}  # tag id -> its tag event
        self._notes: dict[str, str] = {}
        self._state: dict[str, bool] = {}  # own state after untag/retag events
        self._replacers: dict[str, list[str]] = {}
        self._by_source: dict[str, list[str]] = {}
        self._by_evidence: dict[tuple, list[str]] = {}  # (annotator, actor, source, start, end)
        self._cache: dict[str, Stance] = {}
        self.version = 0  # bumps on every event, for views that cache

    @classmethod
    def from_events(cls, events) -> "StanceHistory":
        h = cls()
        for e in events:
            h.apply(e)
        return h

    def apply(self, e: dict) -> None:
        self.events.append(e)
        self.version += 1
        ev = e.get("ev", "tag")
        if ev == "tag":
            tid = e["id"]
            self._tag_docs[tid] = e
            self._state[tid] = True
            src = e["source_id"]
            by = self._by_source.get(src)
            if by is None:
                self._by_source[src] = [tid]
            else:
                by.append(tid)
            key = (e.get("annotator", ""), e["actor_id"], src, e["start"], e["end"])
            self._by_evidence.setdefault(key, []).append(tid)
            for old in e.get("replaces") or ():
                self._replacers.setdefault(old, []).append(tid)
        elif ev in ("untag", "retag"):
            if e.get("target") in self._tag_docs:
                self._state[e["target"]] = ev == "retag"
        elif ev == "note":
            target = e.get("target", "")
            if target in self._tag_docs:
                self._notes[target] = e.get("note", "")
                self._cache.pop(target, None)

    # ------------------------------------------------------------------ reading
    def __contains__(self, tag_id: str) -> bool:
        return tag_id in self._tag_docs

    def __len__(self) -> int:
        return len(self._tag_docs)

    def ids(self):
        return self._tag_docs.keys()

    def get(self, tag_id: str) -> Stance | None:
        st = self._cache.get(tag_id)
        if st is None:
            e = self._tag_docs.get(tag_id)
            if e is None:
                return None
            st = Stance(**{k: e[k] for k in _STANCE_FIELDS if k in e})
            if tag_id in self._notes:
                st.note = self._notes[tag_id]
            self._cache[tag_id] = st
        return st

    def active(self, tag_id: str, _depth: int = 0) -> bool:
        if not self._state.get(tag_id, False):
            return False
        if _depth > 50:
            return True
        return not any(self.active(r, _depth + 1) for r in self._replacers.get(tag_id, ()))

    def in_force(self, source_id: str | None = None) -> list[Stance]:
        ids = self._by_source.get(source_id, []) if source_id else self._tag_docs.keys()
        return [self.get(i) for i in ids if self.active(i)]

    def superseded_by_new_tag(self, annotator: str, actor_id: str, source_id: str, start: int, end: int) -> list[str]:
        """The annotator's tags in force that a new tag on this evidence would replace."""
        return [i for i in self._by_evidence.get((annotator, actor_id, source_id, start, end), []) if self.active(i)]
