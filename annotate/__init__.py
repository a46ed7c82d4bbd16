"""bluf's headless core: ingest, analysis, workspace, brief. Never imports textual or rich.

    import annotate
    ws = annotate.open_workspace("team.json")
    ws.analyze()
    for q in ws.quotes(ws.sources()[0].id): ...
    ws.tag(source_id, 0, "hawkish")
"""

from __future__ import annotations

__all__ = ["AlreadyTagged", "BlufError", "SpeakerNeeded", "Workspace", "WorkspaceError", "open_workspace", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "BlufError":  # every error bluf reports to a person: str(err) is one line
        from .errors import BlufError

        return BlufError
    # Lazy, so `import annotate` stays cheap (no spaCy, no TinyDB until used).
    if name == "SpeakerNeeded":
        from .errors import SpeakerNeeded

        return SpeakerNeeded
    if name in ("AlreadyTagged", "Workspace", "WorkspaceError", "open_workspace"):
        from . import workspace

        return getattr(workspace, name)
    raise AttributeError(name)
