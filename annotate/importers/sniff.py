"""A file's format from its extension and its first bytes."""

from __future__ import annotations

import re

# Leading noise before the root element: byte-order mark, whitespace, XML declaration,
# comments (browsers' "saved from url=" note), processing instructions.
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf|\s+|<\?[^>]{0,500}\?>|<!--.{0,2000}?-->)*", re.S)
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_FEED = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.I)


def sniff(data: bytes) -> str:
    """ "html", "feed", "jsonl" or "text" from the content alone (for stdin and files
    without an extension). A markup root decides; a first line that is a JSON object
    means JSONL; anything else is text."""
    strong = sniff_markup(data)
    if strong:
        return strong
    for line in data[:65536].split(b"\n"):
        line = line.strip()
        if line:
            return "jsonl" if line.startswith(b"{") and line.endswith(b"}") else "text"
    return "text"


def sniff_markup(data: bytes) -> str | None:
    """ "html" or "feed" when the file plainly starts as one, else None."""
    head = data[:8192]
    m = _PROLOG.match(head)
    rest = head[m.end() :] if m else head
    if _FEED.match(rest):
        return "feed"
    if _HTML.match(rest):
        return "html"
    return None


def choose_format(by_suffix: str | None, data: bytes) -> str | None:
    """The format to read a file with: its extension's, unless the content plainly is
    HTML or a feed (a saved page named .xml, a feed saved as .html or .txt). JSONL files
    are always read as JSONL. None when the extension is unknown and the content does
    not tell."""
    if by_suffix == "jsonl":
        return "jsonl"
    markup = sniff_markup(data)
    if markup:
        return markup
    return by_suffix
