"""Pages and feeds from the web: fetched by ``annotate.fetch.Fetcher``, then read like saved
files (trafilatura for pages, feedparser for feeds). A feed entry that gives only a short
summary (no full content) is replaced by its article page, fetched from the entry's link.

    entries, errors, warnings = fetch_documents(fetcher, "https://example.org/feed.xml")

The URL (the final one, after redirects) is each page's ``url``; a feed entry's is its link.
"""

from __future__ import annotations

from typing import Callable
from urllib.parse import urlsplit

from ..fetch import Fetched, FetchError, Fetcher
from ..ingest import IngestError
from ..models import SOURCE_FIELDS
from ._common import Entry, error, safe
from .feeds import read_feed
from .htmlpage import read_html
from .sniff import sniff_markup

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
               "application/feed+json")


def is_url(ref: str) -> bool:
    """Whether ``ref`` is an http(s) URL with a host (else it is taken as a path)."""
    return urlsplit(ref).scheme in ("http", "https") and bool(urlsplit(ref).netloc)


def url_name(url: str) -> str:
    """A source name for a URL: host and path, without the scheme (at most 100 characters)."""
    parts = urlsplit(url)
    name = (parts.netloc + parts.path.rstrip("/")) or url
    if parts.query:
        name += "?" + parts.query
    return safe(name[:100])


def kind_of(page: Fetched) -> str:
    """"feed" or "html" from the body, else from the Content-Type; "" when neither."""
    markup = sniff_markup(page.content)
    if markup:
        return markup
    if page.content_type in _FEED_TYPES:
        return "feed"
    if page.content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    return ""


def feed_links(page: Fetched) -> list[str]:
    """The feeds an HTML page announces (``<link rel="alternate" type="application/rss+xml"
    href=...>``, Atom too), as absolute URLs, in the page's order."""
    from urllib.parse import urljoin

    import lxml.html

    try:
        tree = lxml.html.document_fromstring(page.content[:500_000])
    except Exception:  # noqa: BLE001 - lxml raises several kinds on odd input
        return []
    out = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" in rel and (link.get("type") or "").lower() in ("application/rss+xml", "application/atom+xml") \
                and link.get("href"):
            out.append(urljoin(page.url, link.get("href").strip()))
    return out


def read_page(page: Fetched, url: str, fallback: str | None = "cp1252") -> tuple[Entry, list[str]]:
    """The article of an HTML page (raises IngestError)."""
    entries, warnings = read_html(page.content, url, url_name(page.url), "", fallback)
    entry = entries[0]
    entry.meta.url = page.url
    return entry, warnings


def read_feed_page(page: Fetched, url: str, fallback: str | None = "cp1252") -> tuple[list, list[str]]:
    """The entries of a fetched feed (Entry or IngestError each); raises IngestError when
    the body is no feed."""
    if kind_of(page) == "html":
        raise error(url, "not an RSS/Atom feed (an HTML page)")
    items, warnings = read_feed(page.content, url, url_name(page.url), "", fallback, with_links=True)
    for item in items:
        if isinstance(item, Entry) and item.meta.url:
            item.name = url_name(item.meta.url)
    return items, warnings


def with_article(fetcher: Fetcher, entry: Entry, fallback: str | None = "cp1252") -> tuple[Entry, list[str]]:
    """A summary-only feed entry with the text of its linked page; the page's metadata fills
    what the feed left empty. Raises FetchError or IngestError."""
    link = entry.meta.url
    page = fetcher.get(link)
    if kind_of(page) == "feed":
        raise error(link, "the entry's link is a feed, not an article page")
    article, warnings = read_page(page, link, fallback)
    meta = article.meta
    for key in (k for k in SOURCE_FIELDS if k != "url"):  # the page's own URL wins
        if getattr(entry.meta, key):
            setattr(meta, key, getattr(entry.meta, key))
    meta.url = page.url
    if not meta.outlet:  # no <source> in the feed and no site name on the page: its host
        from .entry_outlet import host_outlet

        meta.outlet = host_outlet(page.url)
    return Entry(entry.name, article.text, "", meta, link, warnings=entry.warnings + warnings, guid=entry.guid), warnings


def fetch_documents(fetcher: Fetcher, url: str, *, known: Callable[[Entry], bool] | None = None,
                    fallback: str | None = "cp1252", feeds_only: bool = False) -> tuple[list[Entry], list[IngestError], list[str], Fetched | None]:
    """Fetch ``url``: a page gives one entry, a feed one per entry (summary-only entries
    with their article page). ``known(entry)`` True skips a feed entry before its page is
    fetched. Returns (entries, errors, warnings, the fetched response or None); with
    ``feeds_only`` an HTML page is an error (a subscription). Never raises for a bad URL,
    page or entry: each becomes one error."""
    try:
        page = fetcher.get(url)
    except FetchError as err:
        return [], [IngestError(err.url, err.reason)], [], None
    kind = kind_of(page)
    try:
        if kind == "html" and feeds_only:
            found = feed_links(page)
            hint = f"; it names its feed: bluf feeds add {found[0]}" if found else ""
            return [], [error(url, f"not an RSS/Atom feed (an HTML page{hint})")], [], page
        if kind == "html":
            entry, warnings = read_page(page, url, fallback)
            return [entry], [], warnings, page
        if kind != "feed":
            shown = page.content_type or "unknown"
            return [], [error(url, f"neither an HTML page nor an RSS/Atom feed (Content-Type {shown})")], [], page
        items, warnings = read_feed_page(page, url, fallback)
    except IngestError as err:
        return [], [err], [], page
    entries: list[Entry] = []
    errors: list[IngestError] = [x for x in items if isinstance(x, IngestError)]
    for item in items:
        if isinstance(item, IngestError) or (known is not None and known(item)):
            continue
        if item.summary_only:
            try:
                item, _ = with_article(fetcher, item, fallback)
            except FetchError as err:
                errors.append(IngestError(err.url, f"{err.reason} (article page of {item.where})"))
                continue
            except IngestError as err:
                errors.append(err)
                continue
        entries.append(item)
    return entries, errors, warnings, page
