"""Import articles from files, folders and stdin: plain text, Markdown (with front
matter), saved HTML pages, RSS/Atom feeds and JSON Lines. Headless.

    result = import_paths(["articles/", "feed.xml", "-"], stdin=sys.stdin.buffer)
    result.sources      # new Sources, metadata filled, in input order
    result.errors       # IngestError per failed file, feed entry or JSONL line (one line each)
    result.duplicates   # (skipped name, kept name) for exact duplicates within the import
    result.warnings     # one-line notes: a file read as cp1252, an invalid grade dropped...

Each file's format comes from its extension, overridden when its content plainly is
HTML or a feed; stdin's from its content alone. Every source is built with
``annotate.ingest.make_source`` (control characters removed, boilerplate found) and is
all or nothing: an error never leaves half a source.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable

from ..ingest import MAX_BYTES, IngestError, make_source
from ..models import Source
from ..text import masked
from ._common import Entry, error, safe, size_text
from .dedupe import near_duplicates
from .feeds import read_feed
from .grade import parse_grade
from .htmlpage import read_html
from .jsonl import read_jsonl
from .language import detect_language
from .sniff import choose_format, sniff
from .textfile import read_text
from .walk import STDIN, SUFFIXES, _why, find_files, special_file

__all__ = [
    "ImportResult", "import_paths", "import_bytes", "near_duplicates", "parse_grade", "detect_language",
    "SUFFIXES", "MAX_BYTES",
]

_READERS = {"text": read_text, "markdown": read_text, "html": read_html, "feed": read_feed, "jsonl": read_jsonl}
_SUPPORTED = ".txt, .md, .html/.htm, .xml/.rss/.atom (feeds) or .jsonl"


@dataclass
class ImportResult:
    """What an import gave (``import_paths``, ``import_bytes``). ``sources``: the new ``Source``
    objects, in input order; ``errors``: one ``IngestError`` per file or entry not imported (one
    line each); ``duplicates``: ``(name, name of the earlier source with the same text)`` pairs
    skipped; ``warnings``: one-line notes on what was imported (decoding fallback, ignored
    metadata...); ``skipped``: the names of a folder's notes not read (README.md...).
    """

    sources: list[Source] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _too_big(where: str, size: int | None, limit: int) -> IngestError:
    what = f"file is {size_text(size)}" if size is not None else "input is"
    return error(where, f"{what} over the {size_text(limit)} import limit; raise it with --max-size")


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        # O_NONBLOCK: a path swapped for a FIFO after the walk must not block the import.
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as f:
            st = os.fstat(f.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise error(path, "is a directory")
            if not stat.S_ISREG(st.st_mode):
                raise error(path, special_file(st.st_mode))
            if st.st_size > max_bytes:
                raise _too_big(path, st.st_size, max_bytes)
            data = f.read(max_bytes + 1)
    except IngestError:
        raise
    except OSError as err:
        raise error(path, _why(err)) from None
    if len(data) > max_bytes:
        raise _too_big(path, None, max_bytes)
    return data


def _read_stdin(stream: BinaryIO | None, max_bytes: int) -> bytes:
    if stream is None:
        stream = sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as err:
        raise error("stdin", f"cannot read ({err})") from None
    if isinstance(data, str):  # a text stream was passed: its text, as UTF-8
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > max_bytes:
        raise _too_big("stdin", None, max_bytes)
    return data


def _entries(data: bytes, fmt: str, where: str, name: str, path: str, fallback: str | None) -> tuple[list, list[str]]:
    """The documents in one file, or errors, never an exception."""
    try:
        return _READERS[fmt](data, where, name, path, fallback)
    except IngestError as err:
        return [err], []
    except Exception as err:  # a parser's surprise on odd input must not stop the import
        return [error(where, f"could not read as {fmt} ({type(err).__name__}: {err})")], []


UNSURE_LANGUAGE_LETTERS = 200  # a text this long whose language is not recognised gets a warning


def _build(entry: Entry) -> Source:
    src = make_source(entry.text, entry.name, entry.path, entry.meta)
    if not src.text.strip():
        raise error(entry.where, "no text (only control characters)")
    if entry.prefix:
        # The front matter is not in the text; offsets still map to the file as read.
        p = entry.prefix
        src.raw_map = [[0, p]] + [[c, r + p] for c, r in src.raw_map]
    if not entry.meta.language:
        text = masked(src.text, src.removed)
        lang = detect_language(text)
        if lang:
            src.language = lang
        elif sum(1 for ch in text[:3000] if ch.isalpha()) >= UNSURE_LANGUAGE_LETTERS:
            # Long enough to tell, yet no language stood out: say so rather than analyse it silently.
            entry.warnings.append(f"{entry.where}: language not recognised: analysed as English "
                                  "(`bluf source edit --language CODE` sets it)")
    return src


def import_bytes(data: bytes, *, name: str = "stdin", path: str = "", fmt: str | None = None,
                 fallback_encoding: str | None = "cp1252", result: ImportResult | None = None,
                 _seen: dict[str, str] | None = None) -> ImportResult:
    """Import one document's bytes (``fmt`` one of text/markdown/html/feed/jsonl, or
    sniffed from the content when None). Entries are named ``name``, ``name#N`` (feed)
    and ``name:LINE`` (JSONL); errors name ``path`` or, without one, ``name``."""
    result = result if result is not None else ImportResult()
    where = path or name
    if not data.strip():
        result.errors.append(error(where, "empty file" if path else "empty input"))
        return result
    fmt = fmt or sniff(data)
    items, warnings = _entries(data, fmt, where, name, path, fallback_encoding)
    result.warnings.extend(warnings)
    seen = _seen if _seen is not None else {s.id: s.name for s in result.sources}
    for item in items:
        if isinstance(item, IngestError):
            result.errors.append(item)
            continue
        try:
            src = _build(item)
        except IngestError as err:
            result.errors.append(err)
            continue
        except Exception as err:
            result.errors.append(error(item.where, f"could not import ({type(err).__name__}: {err})"))
            continue
        if src.id in seen:
            result.duplicates.append((src.name, seen[src.id]))
            continue
        seen[src.id] = src.name
        result.sources.append(src)
        result.warnings.extend(item.warnings)
    return result


def import_paths(
    paths: list[str],
    *,
    pattern: str = "*",
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    fallback_encoding: str | None = "cp1252",
) -> ImportResult:
    """Import files, directories (recursively; ``pattern`` filters file names, and only
    files of a recognised type are taken) and ``"-"`` (stdin, format sniffed). Bad input
    becomes an error in the result; the rest is still imported. ``progress(done, total,
    name)`` is called after each file."""
    result = ImportResult()
    seen: dict[str, str] = {}  # id -> name of the source kept
    found = find_files([os.fspath(p) for p in paths], pattern, result.errors, result.skipped)
    total = len(found)
    for done, f in enumerate(found, 1):
        if f.path == STDIN:
            shown = "stdin"
            try:
                data = _read_stdin(stdin, max_bytes)
            except IngestError as err:
                result.errors.append(err)
            else:
                import_bytes(data, name="stdin", fallback_encoding=fallback_encoding, result=result, _seen=seen)
        else:
            shown = safe(Path(f.path).name)
            _import_file(f.path, shown, max_bytes, fallback_encoding, result, seen)
        if progress is not None:
            progress(done, total, shown)
    return result


def _import_file(path: str, name: str, max_bytes: int, fallback: str | None, result: ImportResult,
                 seen: dict[str, str]) -> None:
    try:
        data = _read_file(path, max_bytes)
    except IngestError as err:
        result.errors.append(err)
        return
    suffix = os.path.splitext(path)[1].lower()
    fmt = choose_format(SUFFIXES.get(suffix), data)
    if fmt is None:
        if suffix:
            result.errors.append(error(path, f"unsupported file type {safe(suffix)!r}; expected {_SUPPORTED}"))
            return
        fmt = sniff(data)  # no extension: the content decides
    import_bytes(data, name=name, path=path, fmt=fmt, fallback_encoding=fallback, result=result, _seen=seen)
