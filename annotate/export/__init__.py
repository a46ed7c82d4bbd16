"""Exports of a workspace: the Markdown brief, JSON of the whole workspace, JSONL of spans
(spaCy/Prodigy), CSV of stances. One entry point for the CLI and the TUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExportFormat:
    """One export format: the CLI's ``--format`` choices and help are made from these."""

    name: str  # as given to --format and to export()/export_bytes()
    help: str  # what it holds, one phrase for --help
    text: Callable | None = None  # (ws, flt, stances) -> str, for formats written as text
    json: bool = False  # JSON made as bytes; escaped when written to a terminal
    derived: bool = True  # needs actors and incidents (False: quotes and names are enough)
    analysed: bool = True  # needs the analyses at all (False: the stored records are the export)


def _csv(ws, flt, stances) -> str:
    from .stances_csv import stances_csv

    return stances_csv(ws, stances)


# The registry: a new format is one entry here (and its writer module).
EXPORT_FORMATS = {f.name: f for f in (
    ExportFormat("md", "the brief"),
    ExportFormat("json", "the whole workspace", json=True),
    ExportFormat("jsonl", "sources with spans (spaCy/Prodigy)", json=True, derived=False),
    ExportFormat("csv", "stances", text=_csv),
    ExportFormat("workspace", "a copy of the workspace file for `bluf merge` elsewhere", json=True, analysed=False),
)}
FORMATS = tuple(EXPORT_FORMATS)


def export_bytes(ws, fmt: str = "md", **kw) -> bytes:
    """Like ``export``, as UTF-8 bytes (JSON and JSONL are made as bytes: no round trip)."""
    if fmt in EXPORT_FORMATS and EXPORT_FORMATS[fmt].json:
        return b"".join(_json_chunks(ws, fmt, kw.get("flt"), kw.get("title", ""), kw.get("today")))
    return export(ws, fmt, **kw).encode("utf-8")


def _written_file() -> Path:
    from ..locations import data_dir

    return data_dir() / "exports-written.json"


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def keep_previous(path: str | Path) -> Path | None:
    """Before an export replaces ``path``: when the file there is not the one bluf last
    wrote to that path (the analyst edited it, or it is another file), copy it to
    ``NAME.~N~`` (the first free N, as ``cp --backup=numbered``) and return that path; None
    when there was nothing to keep. What bluf wrote is remembered by SHA-256 in the data
    dir (``exports-written.json``)."""
    import shutil

    import orjson

    p = Path(path)
    if not p.is_file():
        return None
    try:
        known = orjson.loads(_written_file().read_bytes()).get(str(p.resolve()))
    except (OSError, ValueError):
        known = None
    if known == _digest(p.read_bytes()):
        return None
    n = 1
    while (backup := p.with_name(f"{p.name}.~{n}~")).exists():
        n += 1
    try:
        shutil.copy2(p, backup)
    except OSError:
        backup.unlink(missing_ok=True)  # a part of a copy (a full disk): nothing is left behind
        raise
    return backup


def _remember(path: Path, data: bytes) -> None:
    import orjson

    from ..atomic import write_atomic

    f = _written_file()
    try:
        known = orjson.loads(f.read_bytes())
    except (OSError, ValueError):
        known = {}
    known[str(Path(path).resolve())] = _digest(data)
    try:
        f.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(f, orjson.dumps(known), 0o600)
    except OSError:
        pass  # only a later export's backup decision depends on it: it then keeps a copy


def write_export(path: str | Path, data: bytes, mode: int | None = None, kept: list | None = None) -> Path:
    """Write an export file atomically (``annotate.atomic.write_atomic``): a reader, a
    crash or a full disk sees the previous file or the new one, never a part or an empty
    file. A file at ``path`` that bluf did not write there (the analyst's edits, notes) is
    first copied to ``NAME.~N~`` (``keep_previous``), whose path is appended to ``kept``:
    nothing is lost. ``mode``: permission bits (default: the workspace's, 0600 unless
    config.toml's ``[workspace]`` says otherwise, with its group). Returns the path written.

    Raises ExportError with one line naming the file and why; nothing is changed then."""
    import errno

    from ..atomic import write_atomic
    from ..errors import ExportError
    from ..workspace import permissions

    default_mode, group = permissions()
    existed = Path(path).exists()
    backup = None
    try:
        backup = keep_previous(path)
        out = write_atomic(path, data, default_mode if mode is None else mode, group)
        if backup is not None and kept is not None:
            kept.append(backup)
        _remember(Path(path), data)
        return out
    except OSError as err:
        if backup is not None:  # the file itself is unchanged: its copy is litter
            backup.unlink(missing_ok=True)
        why = {errno.ENOSPC: "no space left on the device", errno.EDQUOT: "disk quota exceeded"}.get(
            err.errno, (err.strerror or str(err)).lower())
        kept = "the previous file is unchanged" if existed and not Path(path).is_dir() else "no file was created"
        raise ExportError(f"{path}: not written ({why}); {kept}") from None


def _json_chunks(ws, fmt, flt, title, today):
    import orjson

    from ..brief import BriefFilter, build_brief, select

    if fmt == "workspace":  # every record as stored, whatever the filters: `bluf merge` takes it whole
        yield ws.store.export_bytes()
        return
    flt = flt or BriefFilter()
    if fmt == "json":
        from .workspace_json import workspace_json

        brief = build_brief(ws, title=title or None, today=today, flt=flt) if flt.active else None
        yield orjson.dumps(workspace_json(ws, brief), option=orjson.OPT_INDENT_2) + b"\n"
        return
    from .spans_jsonl import spans_jsonl

    keep = None
    if flt.active:
        _, _, in_range, incident_sources = select(ws, flt)
        keep = in_range if incident_sources is None else in_range & incident_sources
    for r in spans_jsonl(ws, keep):
        yield orjson.dumps(r) + b"\n"


def export(ws, fmt: str = "md", flt=None, template: str | Path | None = None, title: str | None = None,
           today=None, record: bool = False, target: str = "", write=None) -> str:
    """The export as text. ``record`` remembers what a Markdown brief said, so the next
    one's draft bottom line can tell what changed; ``write`` (a callable taking the UTF-8
    bytes, e.g. ``write_export``) is called first, so a brief that could not be written is
    not remembered as made."""
    from ..brief import BriefFilter, build_brief, select, snapshot

    flt = flt or BriefFilter()
    if fmt == "md":
        from .markdown import render_markdown

        last = ws.last_export() if hasattr(ws, "last_export") else None
        brief = build_brief(ws, title=title, today=today, flt=flt, snapshot_since=(last or {}).get("snapshot"))
        text = render_markdown(brief, template)
        if record:
            if write is not None:
                write(text.encode("utf-8"))
            ws.record_export("md", snapshot(ws, brief.incidents, brief.actors), target)
        return text
    kind = EXPORT_FORMATS.get(fmt)
    if kind is not None and kind.json:
        return b"".join(_json_chunks(ws, fmt, flt, title, today)).decode("utf-8")
    stances, incidents, in_range, incident_sources = select(ws, flt)
    if kind is not None and kind.text is not None:
        return kind.text(ws, flt, stances)
    raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
