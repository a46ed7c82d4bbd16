"""JSON Lines, one document a line, as spaCy and Prodigy tools write them:

    {"text": "...", "meta": {"title": "...", "outlet": "...", "published": "2024-03-05", "grade": "B2"}}

Sources are named ``file.jsonl:LINE``. A bad line is an error naming its line; the other
lines are still read. Keys other than title/outlet/author/url/published/language/grade
in ``meta`` (and other top-level keys) are ignored."""

from __future__ import annotations

import codecs

import orjson

from ._common import Entry, build_meta, decode_text, error, one_line, safe


def _without_nul_lines(data: bytes, where: str) -> tuple[bytes, list]:
    """A NUL byte rejects only its line (blanked, so later lines keep their numbers). A file
    that does not start as JSON, or where most lines have one, is binary data, which
    ``decode_text`` reports for the whole file. A file with a UTF-16 byte-order mark (NULs
    everywhere) is left to ``decode_text``, which reads it as UTF-16."""
    if b"\x00" not in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data, []
    lines = data.split(b"\n")
    bad = [i for i, line in enumerate(lines) if b"\x00" in line]
    first = next((line.strip() for line in lines if line.strip()), b"")
    if not first.startswith(b"{") or 2 * len(bad) > sum(1 for line in lines if line.strip()):
        return data, []  # not JSON Lines with a bad line but binary data
    for i in bad:
        lines[i] = b""
    return b"\n".join(lines), [error(f"{where}:{i + 1}", "a NUL byte in the line (binary data); line skipped") for i in bad]


def read_jsonl(data: bytes, where: str, name: str, path: str, fallback: str | None) -> tuple[list, list[str]]:
    """The documents of a JSON Lines file, one per line ``{"text": ..., "meta": {...}}``: ``(items,
    warnings)``, where ``items`` holds an ``Entry`` per good line (named "<name>:<line>") and an
    ``IngestError`` per bad line (invalid JSON, not an object, no text), in line order. Raises
    ``IngestError`` for an empty file or undecodable bytes.
    """
    data, items = _without_nul_lines(data, where)
    text, warnings = decode_text(data, where, fallback)
    if not text.strip() and not items:
        raise error(where, "empty file")
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        at = f"{where}:{lineno}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            items.append(error(at, f"invalid JSON ({one_line(err, 120)})"))
            continue
        if not isinstance(obj, dict):
            items.append(error(at, 'expected a JSON object like {"text": ..., "meta": {...}}'))
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            items.append(error(at, 'no "text" (a non-empty string)'))
            continue
        meta_in = obj.get("meta")
        entry_warnings: list[str] = []
        if meta_in is None:
            meta_in = {}
        elif not isinstance(meta_in, dict):
            entry_warnings.append(f"{safe(at)}: \"meta\" is not an object; ignored")
            meta_in = {}
        meta = build_meta(meta_in, at, entry_warnings, aliases=False)
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        items.append(Entry(f"{name}:{lineno}", body, path, meta, at, warnings=entry_warnings))
    return items, warnings
