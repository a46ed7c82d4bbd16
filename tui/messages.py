"""Messages posted by workers to the app. Only their handlers change the app's state."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message


@dataclass
class WorkspaceOpened(Message):
    workspace: object
    notices: list[str] = field(default_factory=list)


@dataclass
class WorkspaceFailed(Message):
    error: str


@dataclass
class AnalysisProgress(Message):
    done: int
    total: int
    name: str = ""


@dataclass
class AnalysisReady(Message):
    derived: object  # annotate.workspace.Derived
    notice: str = ""


@dataclass
class AnalysisFailed(Message):
    """The analysis worker stopped: one line for the user, and the sources left without
    an analysis (they are not retried until the workspace is reopened)."""

    error: str
    source_ids: list[str] = field(default_factory=list)

