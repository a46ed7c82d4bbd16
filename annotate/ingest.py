"""Read article files into Sources: decode, strip terminal control characters, find
boilerplate and headings. Headless; raises IngestError with a one-line reason."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .boilerplate import find_boilerplate, find_headings
from .errors import IngestError
from .models import Source
from .text import masked

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
MAX_BYTES = 20 * 1024 * 1024  # a plain-text article is rarely over 1 MB


# Terminal escape sequences (CSI, OSC, DCS/SOS/PM/APC, two-character escapes), other C0
# controls except tab and newline, DEL, C1 controls, bidirectional overrides and the BOM.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]"
)
# One-for-one replacements that keep offsets: tabs and Unicode line/paragraph separators.
_SAME_LENGTH = str.maketrans({"\t": " ", "\u2028": "\n", "\u2029": "\n"})


def decode(data: bytes, path: str | Path) -> str:
    """UTF-8 text with universal newlines, as Python's ``open(path).read()`` returns it."""
    if b"\x00" in data[:65536]:
        raise IngestError(path, "not a text file (binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise IngestError(path, f"not UTF-8 text (invalid byte 0x{data[err.start]:02x} at byte {err.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sanitize(text: str) -> tuple[str, list[list[int]]]:
    """Remove terminal control and escape characters.

    Returns the clean text and a map ``[[clean_offset, removed_before], ...]`` that
    ``Source.to_raw`` uses to give offsets in the original text.
    """
    text = text.translate(_SAME_LENGTH)
    parts: list[str] = []
    raw_map: list[list[int]] = []
    pos = removed = 0
    for m in _CONTROL.finditer(text):
        parts.append(text[pos : m.start()])
        removed += m.end() - m.start()
        raw_map.append([m.start() - removed + (m.end() - m.start()), removed])
        pos = m.end()
    if not raw_map:
        return text, []
    parts.append(text[pos:])
    return "".join(parts), raw_map


def text_id(clean: str) -> str:
    """The id of a source: the first 16 hex digits of the sha256 of its clean text (UTF-8), so the same
    text always gets the same id.
    """
    return hashlib.sha256(clean.encode("utf-8")).hexdigest()[:16]


@dataclass
class Meta:
    """Metadata given with a document (front matter, JSONL ``meta``, an HTML page's tags, a feed
    entry), "" when not given: ``title``, ``outlet``, ``author``, ``url``, ``published`` (ISO date
    or datetime), ``language`` (BCP 47 tag), ``grade`` (Admiralty code such as "B2").
    ``make_source`` copies them onto the ``Source`` (an empty ``language`` becomes "en", an empty
    ``title`` the text's title line).
    """

    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: str = ""
    language: str = ""
    grade: str = ""


def make_source(raw_text: str, name: str, path: str = "", meta: Meta | None = None) -> Source:
    """A Source from a document's text as read (decoded, newlines normalised)."""
    meta = meta or Meta()
    clean, raw_map = sanitize(raw_text)
    removed = find_boilerplate(clean)
    headings = find_headings(clean, removed)
    from .datelines import agency_outlet, is_dateline, is_file_name, leading_date, leading_outlet
    from .opening_datelines import opening_dateline_date

    head = masked(clean[:20_000], removed)  # the top of the text, boilerplate blanked
    title = "" if is_dateline(meta.title) or is_file_name(meta.title, name) else meta.title
    if not title:
        title = _title_line(clean, headings)
    return Source(
        id=text_id(clean),
        name=name,
        path=path,
        text=clean,
        title=title,
        # A given outlet wins; else the one a wire dateline ("BEIJING (Reuters) -") or a desk
        # byline credits near the top (a wire agency's initials with its name: "Anadolu Agency (AA)").
        outlet=("" if is_file_name(meta.outlet, name) else meta.outlet) or agency_outlet(leading_outlet(head)),
        author=meta.author,
        url=meta.url,
        # A date line under (or over) the headline dates an article that came without one.
        # A dateline opening the story ("Beijing, April 1, 2025 – China's...") when nothing else does.
        published=meta.published or leading_date(head, language=meta.language) or opening_dateline_date(head),
        language=meta.language or "en",
        grade=meta.grade,
        removed=removed,
        headings=headings,
        raw_map=raw_map,
        added_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def _title_line(clean: str, headings) -> str:
    """The text's title: its first heading when nothing but datelines ("Today : May 08,
    2025") comes before it and it is not one itself; "" when there is none."""
    from .datelines import is_dateline

    pos = 0
    for h in headings:
        before = [ln for ln in clean[pos : h.start].split("\n") if ln.strip()]
        if any(not is_dateline(ln) for ln in before):
            return ""
        line = clean[h.start : h.end].strip().lstrip("#").strip()
        if not is_dateline(line) and (h.level == 1 or before or pos):
            return line
        pos = h.end
    return ""


def read_source(path: str | Path, meta: Meta | None = None, max_bytes: int = MAX_BYTES) -> Source:
    """Read a .txt or .md file into a Source. Raises IngestError with the reason."""
    path = Path(path)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'!r}; expected .txt or .md")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        data = path.read_bytes()
    except IngestError:
        raise
    except IsADirectoryError:
        raise IngestError(path, "is a directory") from None
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except PermissionError:
        raise IngestError(path, "permission denied") from None
    except OSError as err:
        raise IngestError(path, err.strerror or str(err)) from None
    text = decode(data, path)
    if not text.strip():
        raise IngestError(path, "empty file")
    return make_source(text, path.name, str(path), meta)


def load_meta_file(path: Path) -> dict[str, Meta]:
    """Per-file metadata from a ``sources.toml`` (``[[source]] file = ...``)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise IngestError(path, f"cannot read metadata: {err}") from None
    out: dict[str, Meta] = {}
    for entry in data.get("source", []):
        file = entry.get("file")
        if file:
            out[file] = Meta(**{k: str(v) for k, v in entry.items() if k in Meta.__dataclass_fields__})
    return out


def seed_sources() -> list[Source]:
    """The bundled sample articles with their metadata."""
    from importlib.resources import files

    seeds = files("seeds")
    meta = load_meta_file(Path(str(seeds / "sources.toml")))
    out = []
    for entry in sorted(seeds.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".txt"):
            out.append(read_source(Path(str(entry)), meta.get(entry.name)))
    return out
