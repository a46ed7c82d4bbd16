"""The analyst's undo log: every change one annotator makes to the workspace in a session
is a step, newest last; undo inverts the latest step and redo re-applies it.

Nothing is rewritten. Each step knows how to invert itself as new records:
- a tag or an untag: the stance history's own ``untag``/``retag`` events (the workspace's
  stance undo and redo);
- an edit of quotes, actors, incidents or sources (a record with a ``uid``): an
  ``{"op": "undo", "target": uid}`` record in the same table, and ``{"op": "redo", ...}``
  to bring it back; the edits in force are the others (``edits_in_force``);
- a note or a metadata change: a new record with the value it had before.

The log is per ``Workspace`` object, which belongs to one annotator: another analyst's
changes are never undone by this one's ``u``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable


@dataclass
class Step:
    """One change: ``what`` says it in a few words ("rejected suggestion hawkish");
    ``undo`` and ``redo`` write the records that invert and re-apply it and return the
    tag concerned (a ``Stance``) or None."""

    what: str
    undo: Callable[[], Any]
    redo: Callable[[], Any]
    source_id: str = ""
    kind: str = "edit"  # "stance" for tags (their undo is the stance history's)


@dataclass
class Change:
    """What an undo or a redo did: the step's words, its source (or ""), and for a tag
    the ``Stance`` (``change.label`` and ``change.actor_id`` read the tag's)."""

    what: str
    source_id: str = ""
    stance: Any = None
    kind: str = "edit"

    def __getattr__(self, name: str):
        stance = self.__dict__.get("stance")
        if stance is not None and not name.startswith("_"):
            return getattr(stance, name)
        raise AttributeError(name)


@dataclass
class UndoLog:
    """The session's undo history. ``done``: steps that can be undone, latest last; ``undone``: steps
    that can be redone, latest undone last; ``replaying``: True during an undo or redo, when the
    records written are not recorded as new steps.
    """

    done: list[Step] = field(default_factory=list)
    undone: list[Step] = field(default_factory=list)
    replaying: bool = False  # inside an undo or redo: the records written are not new steps

    def record(self, step: Step) -> None:
        """Add ``step`` as the latest done step and clear the redo list; ignored while replaying."""
        if self.replaying:
            return
        self.done.append(step)
        self.undone.clear()

    def undo(self) -> tuple[Step, Any] | None:
        """Invert the latest step; if writing fails (a full disk) it stays the latest. A step
        that cannot change what it says (``NotUndoable``: its value was set again since) leaves
        the log, and the error propagates with the reason."""
        if not self.done:
            return None
        from .errors import NotUndoable

        step = self.done[-1]
        try:
            result = self._run(step.undo)
        except NotUndoable:
            self.done.pop()  # it can never be undone: the next undo goes on to the step before
            raise
        self.undone.append(self.done.pop())
        return step, result

    def redo(self) -> tuple[Step, Any] | None:
        """Re-apply the latest undone step: returns ``(step, what its redo returned)``, or None when
        nothing is undone. If writing fails (e.g. ``DiskFullError``) the error propagates and the
        step stays undone.
        """
        if not self.undone:
            return None
        step = self.undone[-1]
        result = self._run(step.redo)
        self.done.append(self.undone.pop())
        return step, result

    def _run(self, fn: Callable[[], Any]) -> Any:
        self.replaying = True
        try:
            return fn()
        finally:
            self.replaying = False


class StanceSteps(list):
    """The workspace's stance undo stack, which also puts a step in the undo log for each
    tag or untag pushed on it (outside an undo or redo)."""

    def __init__(self, items: Iterable, log: UndoLog, step: Callable[[Any], Step]):
        super().__init__(items)
        self._log = log
        self._step = step

    def append(self, item) -> None:
        """Push ``item`` (a tag or untag) on the stance undo stack and record its step in the undo log."""
        super().append(item)
        self._log.record(self._step(item))


def edits_in_force(records: Iterable[dict]) -> list[dict]:
    """The edit records of one table minus those undone (and minus the undo and redo
    records themselves), in order."""
    records = list(records)
    undone: dict[str, bool] = {}
    for r in records:
        if r.get("op") in ("undo", "redo") and r.get("target"):
            undone[r["target"]] = r["op"] == "undo"
    return [r for r in records if r.get("op") not in ("undo", "redo") and not undone.get(r.get("uid", ""), False)]
