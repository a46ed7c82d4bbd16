"""JSON Lines, one document a line, as spaCy and Prodigy tools write them:

    {"text": "...", "meta": {"title": "...", "outlet": "...", "published": "2024-03-05", "grade": "B2"}}

Sources are named ``file.jsonl:LINE``. A bad line is an error naming its line; the other
lines are still read. Keys other than title/outlet/author/url/published/language/grade
in ``meta`` (and other top-level keys) are ignored."""

from __future__ import annotations

import orjson

from ._common import Entry, build_meta, decode_text, error, one_line, safe


def read_jsonl(data: bytes, where: str, name: str, path: str, fallback: str | None) -> tuple[list, list[str]]:
    text, warnings = decode_text(data, where, fallback)
    if not text.strip():
        raise error(where, "empty file")
    items: list = []
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
