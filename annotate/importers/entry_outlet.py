"""The outlet of a feed entry: who published the item, never the feed that lists it.

A feed's title names the feed, not the publisher of its items: a section ("Example News -
World"), a search or an analyst's desk ("Taiwan drills desk"), or an aggregator listing many
outlets ("Example News - Taiwan" of a news search). bluf cannot tell an outlet's own feed from
an aggregator's, so the feed's title is never an item's outlet. The item's outlet is, in
order: the ``<source>`` the feed gives for it (aggregators name the original outlet there),
the article page's own site name when its page is fetched, else the host of its link
("deccanherald.com"); a link to an IP address or a local host names no outlet ("": the brief
says "Outlet not stated").
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def stated_source(entry) -> str:
    """The outlet a feed names for one entry (feedparser's entry): RSS ``<source>``'s text or
    Atom ``<source><title>``; "" when it names none."""
    src = entry.get("source") or {}
    return (src.get("title") or "").strip() if hasattr(src, "get") else ""


def host_outlet(url: str) -> str:
    """The host of ``url`` as an outlet's name, without "www.": "https://www.example.com/a"
    -> "example.com"; "" for no host, an IP address or a local name ("localhost", a host
    with no dot)."""
    try:
        host = (urlsplit(url or "").hostname or "").lower()
    except ValueError:
        return ""
    try:
        ipaddress.ip_address(host)
        return ""
    except ValueError:
        pass
    if "." not in host or host.endswith((".local", ".localhost", ".internal")):
        return ""
    return host.removeprefix("www.")
