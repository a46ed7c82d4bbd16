"""Plain text and Markdown, with an optional leading front-matter block:

    ---
    title: Ministers weigh border plan
    outlet: The Northern Ledger
    date: 2024-03-05
    grade: B2
    ---

Only ``key: value`` lines are read (no YAML library: nothing else in the block is
needed); the block is left out of the Source's text, and offsets still map to the file."""

from __future__ import annotations

import re

from ..ingest import Meta
from ._common import Entry, build_meta, decode_text, error

_FENCE_OPEN = re.compile(r"\ufeff?---[ \t]*\n")
_FENCE_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.M)
_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")
_ITEM = re.compile(r"[ \t]*-[ \t]+(.*?)[ \t]*")
MAX_FRONT_MATTER = 16_384


def _unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The fields of a leading front-matter block and the length of the block (with the
    blank lines after it); ``({}, 0)`` when the text has none. A block whose lines are not
    all ``key: value`` (or list items, comments, blanks) is not front matter: a Markdown
    rule (---) at the top stays text."""
    m = _FENCE_OPEN.match(text)
    if not m:
        return {}, 0
    close = _FENCE_CLOSE.search(text, m.end(), m.end() + MAX_FRONT_MATTER)
    if not close:
        return {}, 0
    fields: dict[str, str] = {}
    last = None
    for line in text[m.end() : close.start()].split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if f := _FIELD.fullmatch(line):
            last = f.group(1)
            fields[last] = _unquote(f.group(2) or "")
        elif (item := _ITEM.fullmatch(line)) and last is not None:
            # A list (several authors): joined with commas.
            value = _unquote(item.group(1))
            fields[last] = f"{fields[last]}, {value}" if fields[last] else value
        elif line[:1] in " \t" and last is not None:  # a folded continuation line
            fields[last] = f"{fields[last]} {line.strip()}".strip()
        else:
            return {}, 0
    if not fields:
        return {}, 0
    end = close.end()
    while end < len(text) and text[end] == "\n":
        end += 1
    return fields, end


def read_text(data: bytes, where: str, name: str, path: str, fallback: str | None) -> tuple[list, list[str]]:
    """A plain-text or Markdown file as one ``Entry``: ``([Entry], warnings)``; front matter, when
    present, gives the metadata and is cut off (``Entry.prefix`` counts the characters removed).
    Raises ``IngestError`` for an empty file, front matter with no text after it, or undecodable
    bytes.
    """
    text, warnings = decode_text(data, where, fallback)
    if not text.strip():
        raise error(where, "empty file")
    fields, prefix = split_front_matter(text)
    meta = build_meta(fields, where, warnings) if fields else Meta()
    body = text[prefix:]
    if not body.strip():
        raise error(where, "no text after the front matter")
    return [Entry(name, body, path, meta, where, prefix=prefix)], warnings
