"""Shared pieces of the importers: one-line errors, decoding with a fallback, dates and
metadata fields."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..ingest import IngestError, Meta
from ..models import SOURCE_FIELDS
from .grade import parse_grade
from .language import normalize_language_tag

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


def safe(s: str) -> str:
    """One printable line: control characters (a newline or terminal escape in a file
    name) are shown escaped, so an error or a name cannot span lines or drive the terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), s)


def one_line(s: str, limit: int = 300) -> str:
    """``s`` (any value, as ``str``) as one printable line: runs of whitespace collapsed to a space,
    control characters escaped, cut to ``limit`` characters with a trailing "…".
    """
    s = safe(_SPACE.sub(" ", str(s)).strip())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def error(where: str, reason: str) -> IngestError:
    """An ``IngestError`` for input ``where`` (a path, "path:12", "path#3") with ``reason`` made one
    line; returned, not raised.
    """
    return IngestError(safe(where), one_line(reason))


@dataclass
class Entry:
    """One document found in a file, ready for ``make_source``."""

    name: str
    text: str
    path: str
    meta: Meta
    where: str  # how errors and warnings name it: the path, "path:12", "path#3"
    warnings: list[str] = field(default_factory=list)
    prefix: int = 0  # characters removed from the start of the text as read (front matter)
    guid: str = ""  # a feed entry's id (RSS guid, Atom id), "" elsewhere
    summary_only: bool = False  # a feed entry that gives only a short summary of its linked article


def is_binary(data: bytes) -> bool:
    """True when the first 64 KiB of ``data`` hold a NUL byte (a binary file, not text)."""
    return b"\x00" in data[:65536]


_CC = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # control characters but tab, newlines, form feed


def _mostly_control(text: str) -> bool:
    """Random bytes that decoded (as cp1252 or UTF-16) are still not text."""
    sample = text[:4096]
    return len(_CC.findall(sample)) > max(8, len(sample) // 20)


# UTF-8 keeps its mark as U+FEFF, as Python's open() does (make_source drops it, offsets map).
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes, where: str, fallback: str | None, declared: str | None = None) -> tuple[str, list[str]]:
    """Text with universal newlines and the warnings decoding gave. A byte-order mark or a
    declared charset wins; else UTF-8; else ``fallback`` with a warning; else an error."""
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as err:
                raise error(where, f"invalid {enc} text (bad bytes at byte {err.start})") from None
            return _check(_newlines(text), where), warnings
    if is_binary(data):
        raise error(where, "not a text file (binary data)")
    if declared and declared != "utf-8":
        try:
            return _check(_newlines(data.decode(declared)), where), warnings
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = f"invalid byte 0x{data[err.start]:02x} at byte {err.start}"
        if not fallback:
            raise error(where, f"not UTF-8 text ({bad})") from None
        try:
            text = data.decode(fallback)
        except (UnicodeDecodeError, LookupError):
            raise error(where, f"not UTF-8 text ({bad}) and not {fallback} either") from None
        warnings.append(f"{safe(where)}: not UTF-8 ({bad}); read as {fallback}")
    return _check(_newlines(text), where), warnings


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check(text: str, where: str) -> str:
    if _mostly_control(text):
        raise error(where, "not a text file (binary data)")
    return text


_TIME = re.compile(r"\d:\d")


def normalize_date(value: str) -> str:
    """A stated date as ISO 8601: "YYYY-MM-DD", or a full datetime (with its offset when
    one is given). Accepts ISO 8601, RFC 2822 (feeds, e-mail) and written dates ("5 March
    2024"); raises ValueError for anything else. Nothing partial is guessed: a written
    date must name day, month and year."""
    s = (value or "").strip()
    if not s:
        return ""
    try:
        return date.fromisoformat(s).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).isoformat(timespec="seconds")
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).isoformat(timespec="seconds")
    except (TypeError, ValueError, IndexError):
        pass
    if len(s) <= 64 and re.search(r"\d", s):
        import dateparser  # slow to import; only for dates that are not ISO or RFC 2822

        try:
            dt = dateparser.parse(s, settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"})
        except Exception:  # dateparser raises several kinds on odd input
            dt = None
        if dt is not None:
            return dt.isoformat(timespec="seconds") if _TIME.search(s) else dt.date().isoformat()
    raise ValueError(f"unrecognised date {one_line(s, 40)!r}")


META_KEYS = SOURCE_FIELDS
# Other names for the fields in front matter and JSONL meta.
ALIASES = {"date": "published", "source": "outlet", "lang": "language", "site": "outlet", "link": "url"}


def build_meta(fields: dict[str, object], where: str, warnings: list[str], aliases: bool = True) -> Meta:
    """A Meta from stated fields (unknown keys ignored; with ``aliases``, date/source/lang/
    site/link are read as published/outlet/language/outlet/url). An invalid grade or date
    is dropped with a warning; a language that is not an ISO 639 code is ignored (and
    detected instead)."""
    meta = Meta()
    # Aliases first, so that a field's own name wins when both are given.
    items = sorted(fields.items(), key=lambda kv: str(kv[0]).strip().lower() in META_KEYS)
    for key, value in items:
        key = str(key).strip().lower()
        if aliases:
            key = ALIASES.get(key, key)
        if key not in META_KEYS or value is None or isinstance(value, (dict, list, bool)):
            continue
        text = one_line(str(value), 2000)
        if not text:
            continue
        if key == "grade":
            try:
                text = parse_grade(text)
            except ValueError as err:
                warnings.append(f"{safe(where)}: {err}; imported without a grade")
                continue
        elif key == "published":
            try:
                text = normalize_date(text)
            except ValueError as err:
                warnings.append(f"{safe(where)}: {err} ignored")
                continue
        elif key == "language":
            text = normalize_language_tag(text)
        setattr(meta, key, text)
    return meta


def size_text(n: int) -> str:
    """``n`` bytes in words: "12 MiB", "1.5 KiB", "512 bytes" (binary units, one decimal below 100 when
    not whole).
    """
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            v = n / scale
            return f"{v:.0f} {unit}" if v == int(v) or v >= 100 else f"{v:.1f} {unit}"
    return f"{n} bytes"
