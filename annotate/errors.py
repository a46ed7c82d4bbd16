"""The errors bluf reports to users, in a module that imports nothing heavy, so the CLI
can catch them before it knows which command will run."""

from __future__ import annotations

from pathlib import Path


class BlufError(Exception):
    """Any error with a one-line message for the user."""


class IngestError(BlufError):
    """A file could not be imported. ``str(err)`` is one line naming the file and why."""

    def __init__(self, path: str | Path, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{path}: {reason}")


class WorkspaceError(BlufError):
    """An action the workspace refused; ``str(err)`` is one line for the user."""


class NotUndoable(WorkspaceError):
    """An undo that would change nothing the analyst sees (the value it would take back was
    set again since, by another edit in force): nothing was written, the step left the undo
    log, and ``str(err)`` says why in one line."""


class NoWorkspace(WorkspaceError):
    """``open_workspace(create=False)`` found no workspace at ``path`` and made none."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        super().__init__(f"no workspace at {path} (nothing was created)")


class SpeakerNeeded(WorkspaceError):
    """A quote cannot be tagged by its index: it has no speaker, or its speaker is a news
    outlet being cited. The caller asks who holds the stance and tags the span instead
    (``Workspace.tag_span``). ``str(err)`` is one line for the user."""


class NoEventType(WorkspaceError):
    """``Workspace.create_incident(require_type=True)`` found no event type in the sentence
    and was given none: nothing was made. ``str(err)`` is one line for the user."""


class ExportError(BlufError):
    """An export could not be written; ``str(err)`` is one line naming the file and why."""
