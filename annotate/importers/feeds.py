"""RSS and Atom feed files, read by feedparser: each entry becomes a source named
``feed.xml#N`` (N from 1, in the feed's order)."""

from __future__ import annotations

import io
from datetime import datetime, timezone

from ..ingest import IngestError
from ._common import Entry, build_meta, error, is_binary, normalize_date, one_line, safe
from .entry_outlet import host_outlet, stated_source
from .htmlpage import html_to_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")
SUMMARY_WORDS = 150  # an entry without full content and with fewer words is a summary of its page


def _entry_text(entry) -> str:
    """The entry's fullest text: its content (content:encoded, Atom content) or summary."""
    parts = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        parts.append(entry["summary_detail"])
    elif entry.get("summary"):
        parts.append({"value": entry["summary"], "type": "text/html"})
    best = ""
    for part in parts:
        value = part.get("value") or ""
        text = html_to_text(value) if part.get("type", "text/html") in _HTML_TYPES else value.strip()
        if len(text) > len(best):
            best = text
    return best.replace("\r\n", "\n").replace("\r", "\n")


def _title(entry) -> str:
    title = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if "<" in title and detail.get("type") in _HTML_TYPES:
        title = html_to_text(title)
    return title


def _published(entry) -> str:
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return entry[key]
    return ""


def _parsed_date(entry) -> str:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return datetime(*t[:6], tzinfo=timezone.utc).isoformat(timespec="seconds")
            except (TypeError, ValueError):
                return ""
    return ""


def read_feed(data: bytes, where: str, name: str, path: str, fallback: str | None,
              with_links: bool = False) -> tuple[list, list[str]]:
    """The entries of a feed (an Entry or an IngestError each) and warnings. With
    ``with_links`` (a fetched feed), an entry with a link but no text at all is kept as
    ``summary_only``, with empty text, for its page to be fetched."""
    import feedparser

    if not data.strip():
        raise error(where, "empty file")
    if is_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error(where, "not a text file (binary data)")
    # A stream, never a string: given a string, feedparser would fetch a URL or open a file.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    warnings: list[str] = []
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries:
        if problem is not None:
            raise error(where, f"not a valid RSS/Atom feed ({one_line(problem, 120)})")
        if not parsed.get("version"):
            raise error(where, "not an RSS/Atom feed")
        raise error(where, "the feed has no entries")
    if problem is not None and not isinstance(problem, feedparser.CharacterEncodingOverride):
        warnings.append(f"{safe(where)}: malformed feed ({one_line(problem, 120)}); read {len(entries)} entries")
    feed = parsed.get("feed") or {}
    # Never the feed's title: it names the feed, not the item's publisher (``entry_outlet``).
    feed_lang = feed.get("language") or (feed.get("title_detail") or {}).get("language") or ""
    items: list = []
    for i, entry in enumerate(entries, 1):
        at = f"{where}#{i}"
        try:
            text = _entry_text(entry)
            if not text.strip() and not (with_links and entry.get("link")):
                raise error(at, "the entry has no text")
            content_lang = next((c.get("language") for c in entry.get("content") or [] if c.get("language")), "")
            fields = {
                "title": _title(entry),
                "author": entry.get("author") or "",
                "url": entry.get("link") or "",
                "outlet": stated_source(entry),
                "language": content_lang or (entry.get("summary_detail") or {}).get("language") or feed_lang,
                "grade": entry.get("bluf_grade") or "",
            }
            entry_warnings: list[str] = []
            stated = _published(entry)
            try:
                fields["published"] = normalize_date(stated)
            except ValueError as err:
                # feedparser understands more date formats; its UTC reading will do.
                fields["published"] = _parsed_date(entry)
                if not fields["published"]:
                    entry_warnings.append(f"{safe(at)}: {err} ignored")
            summary_only = not entry.get("content") and len(text.split()) < SUMMARY_WORDS and bool(fields["url"])
            if not fields["outlet"] and not (with_links and summary_only):
                fields["outlet"] = host_outlet(str(fields["url"]))  # (a fetched page's site name comes first)
            meta = build_meta(fields, at, entry_warnings)
            items.append(Entry(f"{name}#{i}", text, path, meta, at, warnings=entry_warnings,
                               guid=entry.get("id") or "", summary_only=summary_only))
        except Exception as err:  # one bad entry does not stop the others
            items.append(err if isinstance(err, IngestError) else error(at, f"could not read the entry ({type(err).__name__}: {err})"))
    return items, warnings
