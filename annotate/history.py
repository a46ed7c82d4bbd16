"""The stance history: an append-only list of events, folded into the tags in force.

One tag is in force per *slot*: (annotator, actor, source, evidence start, end). Events
(documents of the ``stances`` table, oldest first):

- ``tag``:   a new tag (actor, label, evidence span and text, annotator, time, note). It
             takes its slot: the annotator's previous tag there, named in ``replaces``, goes
             out of force;
- ``untag``: takes the tag ``target`` out of force if it holds its slot (a removal, or an
             undo); ``restore`` names the tag that takes the slot back (the one it had
             replaced, on the undo of a replacement) or is "" (the slot is left empty);
- ``retag``: puts ``target`` back in its slot (a redo, or the undo of a removal);
- ``note``:  sets the note of a tag.

Nothing is ever rewritten: undo and redo are new events, so the history is an audit trail.
A replaced tag never comes back by itself, however long the chain of re-tags.

Each event costs O(1) to fold, and listing a source's tags costs O(its slots), whatever
the number of re-tags. Folding 100,000 events happens on every open, so the event
documents are kept as they are and ``Stance`` objects are built only when asked for.
"""

from __future__ import annotations

from .models import Stance

_STANCE_FIELDS = tuple(Stance.__dataclass_fields__)

Slot = tuple  # (annotator, actor_id, source_id, start, end)


def slot_of(e: dict) -> Slot:
    """The slot of a tag event: one tag in force per annotator, actor and evidence."""
    return (e.get("annotator", ""), e["actor_id"], e["source_id"], e["start"], e["end"])


class StanceHistory:
    """The analyst's tags as an append-only log of events (the workspace's ``stances`` table, in record
    order) and which tag is in force in each slot (annotator, actor, source, start, end). Events:
    ``tag`` (a new tag, with ``id``), ``untag`` (``target``, optionally ``restore``: the tag put
    back), ``retag`` (``target`` takes its slot back), ``note`` (``target``'s note). ``events``
    holds them in order; ``version`` counts them.
    """

    def __init__(self) -> None:
        self.events: list[dict] = []
        self._tag_docs: dict[str, dict] = {}  # tag id -> its tag event
        self._slot: dict[str, Slot] = {}  # tag id -> its slot
        self._notes: dict[str, str] = {}
        self._by_source: dict[str, dict[Slot, str]] = {}  # source -> slot -> tag in force
        self._cache: dict[str, Stance] = {}
        self.version = 0  # bumps on every event, for views that cache

    @classmethod
    def from_events(cls, events) -> "StanceHistory":
        """A history with ``events`` (dicts, as stored) applied in order. Raises ``KeyError`` on a tag
        event without ``id``, ``actor_id``, ``source_id``, ``start`` or ``end``.
        """
        h = cls()
        for e in events:
            h.apply(e)
        return h

    def apply(self, e: dict) -> None:
        """Apply one event dict (see the class) and bump ``version``. Unknown event kinds and events on
        unknown tags are kept in ``events`` and otherwise ignored. Raises ``KeyError`` on a tag
        event missing a slot field.
        """
        self.events.append(e)
        self.version += 1
        ev = e.get("ev", "tag")
        if ev == "tag":
            tid = e["id"]
            self._tag_docs[tid] = e
            slot = self._slot[tid] = slot_of(e)
            self._by_source.setdefault(slot[2], {})[slot] = tid
        elif ev == "untag":
            slot = self._slot.get(e.get("target", ""))
            if slot is not None:
                held = self._by_source[slot[2]]
                if held.get(slot) == e["target"]:
                    back = e.get("restore")
                    if back and self._slot.get(back) == slot:
                        held[slot] = back
                    else:
                        del held[slot]
        elif ev == "retag":
            slot = self._slot.get(e.get("target", ""))
            if slot is not None:
                self._by_source[slot[2]][slot] = e["target"]
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
        """The ids of every tag ever made (in force or not), in order of creation (a live view)."""
        return self._tag_docs.keys()

    def get(self, tag_id: str) -> Stance | None:
        """The ``Stance`` of tag ``tag_id`` with its latest note, in force or not; None for an unknown
        id. Built once and cached: do not modify it.
        """
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

    def get_event(self, tag_id: str) -> dict:
        """The ``tag`` event of a tag (do not modify), or {}."""
        return self._tag_docs.get(tag_id, {})

    def active(self, tag_id: str) -> bool:
        """Whether the tag is in force (it holds its slot)."""
        slot = self._slot.get(tag_id)
        return slot is not None and self._by_source[slot[2]].get(slot) == tag_id

    def holder(self, annotator: str, actor_id: str, source_id: str, start: int, end: int) -> str | None:
        """The id of the annotator's tag in force on this evidence for this actor, or None."""
        return self._by_source.get(source_id, {}).get((annotator, actor_id, source_id, start, end))

    def in_force(self, source_id: str | None = None) -> list[Stance]:
        """The tags in force (one per slot) as ``Stance`` objects, of one source when ``source_id``
        is given, else of every source.
        """
        if source_id is not None:
            return [self.get(i) for i in self._by_source.get(source_id, {}).values()]
        return [self.get(i) for held in self._by_source.values() for i in held.values()]
