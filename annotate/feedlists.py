"""Lists of feeds other readers keep: newsboat's ``urls`` file and OPML (import and export).
Each feed is ``(url, name, tags)``."""

from __future__ import annotations

import shlex
from datetime import datetime, timezone


def parse_urls_file(text: str) -> tuple[list[tuple[str, str, list[str]]], list[str]]:
    """newsboat's ``urls`` file: one feed a line, ``URL tag "tag with spaces" "~Title"``;
    ``#`` starts a comment. Returns ([(url, name, tags)], one-line warnings for lines
    skipped: query/exec/filter feeds, bad quoting, not a URL)."""
    from .importers.web import is_url

    out, warnings = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            words = shlex.split(line, comments=True)
        except ValueError as err:
            warnings.append(f"line {n}: {err}; skipped")
            continue
        if not words:
            continue
        url, rest = words[0], words[1:]
        if url.startswith(("query:", "exec:", "filter:")):
            warnings.append(f"line {n}: {url.split(':', 1)[0]}: feeds are newsboat's own; skipped")
            continue
        if not is_url(url):
            warnings.append(f"line {n}: {url[:80]!r} is not an http(s) URL; skipped")
            continue
        name = next((w[1:] for w in rest if w.startswith("~")), "")
        tags = [w for w in rest if not w.startswith("~")]
        out.append((url, name, tags))
    return out, warnings


def parse_opml(data: bytes) -> list[tuple[str, str, list[str]]]:
    """Feeds of an OPML file: every ``<outline xmlUrl=...>``; its text/title is the name,
    the enclosing outlines' texts and its ``category`` are tags. Raises ValueError."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise ValueError(f"not a valid OPML file ({err})") from None
    if root.tag != "opml":
        raise ValueError(f"not an OPML file (the root element is <{root.tag}>)")
    out = []
    for el in root.iter("outline"):
        url = (el.get("xmlUrl") or el.get("xmlurl") or "").strip()
        if not url:
            continue
        tags = [a.get("text") or a.get("title") or "" for a in el.iterancestors("outline")][::-1]
        tags += [c.strip().strip("/") for c in (el.get("category") or "").split(",") if c.strip()]
        name = (el.get("title") or el.get("text") or "").strip()
        out.append((url, "" if name == url else name, [t for t in tags if t]))
    return out


def opml(feeds: list, title: str = "bluf subscriptions") -> bytes:
    """OPML 2.0 of subscriptions (``subscriptions.Feed``: url, name, tags, label), tags in
    each outline's ``category``."""
    from xml.etree import ElementTree as ET

    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = datetime.now(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = ET.SubElement(root, "body")
    for f in feeds:
        attrs = {"type": "rss", "text": f.label, "xmlUrl": f.url}
        if f.name:
            attrs["title"] = f.name
        if f.tags:
            attrs["category"] = ",".join(f.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"
