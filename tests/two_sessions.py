"""Two analysts on one workspace file, as the two-session tests set them up: one invented
article analysed into a real TinyDB file with some actors created, then a session per
analyst on that file (each reads the other's records when it refreshes, as the reader does)."""

from __future__ import annotations

from pathlib import Path

from annotate.ingest import Meta, make_source
from annotate.workspace import Workspace, open_workspace


def shared_file(tmp_path: Path, text: str, actors: tuple[str, ...], title: str = "Port Veyra ferry") -> Path:
    """A workspace file at ``tmp_path/ws.json`` holding ``text`` (analysed) and the person
    actors ``actors``, written by analyst "ana" and closed."""
    p = tmp_path / "ws.json"
    ws = open_workspace(p, seed=False, annotator="ana")
    ws.add_sources([make_source(text, "veyra.txt", meta=Meta(title=title))])
    ws.analyze()
    for name in actors:
        ws.create_actor(name, "person")
    ws.close()
    return p


def session(path: Path, who: str) -> Workspace:
    """A session of analyst ``who`` on the file at ``path``, analysed (from the cache)."""
    w = open_workspace(path, annotator=who)
    w.analyze()
    return w
