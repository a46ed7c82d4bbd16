"""Feed subscriptions kept in the workspace, and their update; pages and feeds by URL.

Tables (through the store's generic ``append``):

- ``feeds``       one document per subscription: url, name, tags, added_at; a removal
                  sets ``removed_at`` (kept, never deleted); each update sets
                  ``last_update``, ``last_error`` and ``body_hash`` (the feed body last read
                  in full, so an unchanged feed, 304 or not, is not parsed again);
- ``feed_items``  one document per feed entry dealt with: feed url, guid, link,
                  source_id, so an update imports only entries not seen before.

An update fetches every feed (a few at a time, requests to one host spaced by the
fetcher's delay), skips entries whose GUID or link is known, fetches the article page of
summary-only entries, skips an entry whose text is the same as a source's (same id) or a
near-duplicate of an earlier entry of the same feed (a revised article), adds the rest,
and links near-duplicates across the workspace (the same wire story in two outlets,
counted once as evidence). Each feed's sources are saved as soon as the feed is done.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from .errors import IngestError, WorkspaceError
from .models import Source
from .store import Op

FEEDS, ITEMS = "feeds", "feed_items"
WORKERS = 4  # feeds fetched at once
REVISED = 0.8  # an entry this alike (Jaccard of word 3-grams) to an earlier one of its feed is a revision


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Feed:
    """A subscription, as stored in the workspace's ``feeds`` table. ``url``; ``name``: a label, ""
    when none; ``tags``: the subscription's own tags (listed with it, exported as OPML
    ``category``); ``doc_id``: its record's id; ``added_at``, ``last_update``: ISO datetimes, ""
    when never; ``last_error``: one line, "" after a good update; ``body_hash``: first 32 hex digits
    of the sha256 of the feed body last read in full (an unchanged feed is not parsed again);
    ``retry_at``: ISO time before which the server asked not to be asked again (429/503
    Retry-After), "" when none.
    """

    url: str
    name: str
    tags: list[str]
    doc_id: int
    added_at: str = ""
    last_update: str = ""
    last_error: str = ""
    body_hash: str = ""
    retry_at: str = ""  # ISO time before which the server asked not to be asked again (429/503 Retry-After)

    @classmethod
    def from_doc(cls, doc_id: int, d: dict) -> "Feed":
        """The ``Feed`` a ``feeds`` record ``d`` (doc id ``doc_id``) holds; missing optional keys are
        "" or []. Raises ``KeyError`` when ``url`` is missing.
        """
        return cls(d["url"], d.get("name", ""), list(d.get("tags", [])), doc_id, d.get("added_at", ""),
                   d.get("last_update", ""), d.get("last_error", ""), d.get("body_hash", ""), d.get("retry_at", ""))

    @property
    def label(self) -> str:
        """What to call the feed: its name, else its URL."""
        return self.name or self.url


@dataclass
class FeedResult:
    """What one feed's update did. ``errors`` are one line each (the feed's, or an entry's)."""

    feed: Feed
    added: list[Source] = field(default_factory=list)
    known: int = 0  # entries seen in an earlier update (GUID or link)
    same: list[str] = field(default_factory=list)  # names of entries whose text is a source's already
    revised: list[tuple[str, str]] = field(default_factory=list)  # (entry name, earlier source name)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unchanged: bool = False  # the feed is what it was at the last full read (304 or same body)
    retry_at: str = ""  # set when the server answered 429/503 with Retry-After

    @property
    def ok(self) -> bool:
        """True when the update gave no error (for the feed or any entry)."""
        return not self.errors

    @property
    def feed_error(self) -> str:
        """Why the feed itself could not be read, as its error line says it without the feed's
        URL ("HTTP 404 Not Found", "not an RSS/Atom feed ..."); "" when it was read (an entry's
        error is not the feed's: it starts with the entry's own address or name)."""
        head = f"{self.feed.url}: "
        return next((e[len(head):] for e in self.errors if e.startswith(head)), "")


# ---------------------------------------------------------------------- subscriptions
def list_feeds(ws) -> list[Feed]:
    """Subscriptions in force, in the order they were added."""
    return [Feed.from_doc(i, d) for i, d in sorted(ws.store.docs(FEEDS).items()) if not d.get("removed_at")]


def find_feed(ws, ref: str) -> Feed:
    """A subscription by name, URL or 1-based position in ``list_feeds``."""
    feeds = list_feeds(ws)
    for f in feeds:
        if ref in (f.name, f.url):
            return f
    if ref.isdigit() and 1 <= int(ref) <= len(feeds):
        return feeds[int(ref) - 1]
    raise WorkspaceError(f"no feed {ref!r}: give its name, URL or number (see `bluf feeds list`)")


def add_feed(ws, url: str, name: str = "", tags: list[str] | tuple = ()) -> Feed:
    """Subscribe to ``url`` (http or https). Raises WorkspaceError for a bad URL or one
    subscribed already."""
    from .importers.web import is_url

    url = url.strip()
    if not is_url(url):
        raise WorkspaceError(f"{url!r} is not an http(s) URL")
    name = name.strip()
    for f in list_feeds(ws):
        if f.url == url:
            raise WorkspaceError(f"already subscribed to {url} (as {f.label})")
        if name and f.name == name:
            raise WorkspaceError(f"a feed is named {name!r} already ({f.url})")
    doc = {"url": url, "name": name, "tags": [t.strip() for t in tags if t.strip()], "added_at": _now(),
           "annotator": ws.annotator}
    doc_id = ws._write([Op.insert(FEEDS, doc)])[0]
    return Feed.from_doc(doc_id, doc)


def remove_feed(ws, ref: str) -> Feed:
    """Unsubscribe (the record is kept with ``removed_at``; its sources stay)."""
    feed = find_feed(ws, ref)
    ws._write([Op.update(FEEDS, feed.doc_id, {"removed_at": _now()})])
    return feed


def subscribe_all(ws, found: list[tuple[str, str, list[str]]]) -> tuple[list[Feed], list[str]]:
    """Subscribe to each (url, name, tags); one already there is noted, not an error.
    Returns (added, one-line notes)."""
    added, notes = [], []
    for url, name, tags in found:
        try:
            added.append(add_feed(ws, url, name, tags))
        except WorkspaceError as err:
            notes.append(str(err))
    return added, notes


# ---------------------------------------------------------------------- fetching into the workspace
def _fetcher(fetcher, options: dict):
    from .fetch import Fetcher

    return (fetcher, False) if fetcher is not None else (Fetcher(**options), True)


def link_near_duplicates(ws, new_ids: set[str]) -> list[tuple[str, str, float]]:
    """Record near-duplicate links between new sources and the workspace's (as an import does)."""
    from .importers import near_duplicates

    if not new_ids:
        return []
    known = {(d["a"], d["b"]) for d in ws.store.docs("source_links").values()}
    links = []
    for a, b, sim in near_duplicates(ws.sources()):
        if (a in new_ids or b in new_ids) and (a, b) not in known and (b, a) not in known:
            links.append({"a": a, "b": b, "similarity": round(sim, 3), "kind": "near-duplicate",
                          "annotator": ws.annotator, "created_at": _now()})
    if links:
        ws._write([Op.insert("source_links", d) for d in links])
    return [(d["a"], d["b"], d["similarity"]) for d in links]


def import_urls(ws, urls: list[str], *, fetcher=None, progress: Callable[[int, int, str], None] | None = None,
                **fetch_options):
    """Import pages and feeds by URL (a feed: every entry, summary-only ones with their
    article page). Returns an ``ImportReport``; one bad URL never stops the others."""
    from .importers import _build
    from .importers._common import error
    from .workspace import ImportReport

    fetcher, own = _fetcher(fetcher, fetch_options)
    sources, errors, warnings, dups = [], [], [], []
    seen: dict[str, str] = {}
    try:
        for done, url in enumerate(urls, 1):
            from .importers.web import fetch_documents

            entries, errs, warns, _ = fetch_documents(fetcher, url)
            errors += errs
            warnings += warns
            for e in entries:
                try:
                    src = _build(e)
                except IngestError as err:
                    errors.append(err)
                    continue
                except Exception as err:  # noqa: BLE001 - one entry's failure is one line
                    errors.append(error(e.where, f"could not import ({type(err).__name__}: {err})"))
                    continue
                if src.id in seen:
                    dups.append((src.name, seen[src.id]))
                    continue
                seen[src.id] = src.name
                sources.append(src)
            if progress:
                progress(done, len(urls), url)
    finally:
        if own:
            fetcher.close()
    added, already = ws.add_sources(sources)
    links = link_near_duplicates(ws, {s.id for s in added})
    return ImportReport(added, already, errors, warnings, dups, links)


def _known_keys(ws) -> set[str]:
    keys = {d.get(k) for d in ws.store.docs(ITEMS).values() for k in ("guid", "link")}
    keys |= {s.url for s in ws.sources() if s.url}
    keys.discard("")
    keys.discard(None)
    return keys


def _fetch_feed(fetcher, feed: Feed, known: set[str]):
    """In a worker thread: fetch, parse, fetch article pages, build sources."""
    from .importers import _build
    from .importers.web import fetch_documents

    result = FeedResult(feed)
    body_hash = ""

    def is_known(entry) -> bool:
        hit = (entry.guid and entry.guid in known) or (entry.meta.url and entry.meta.url in known)
        result.known += bool(hit)
        return bool(hit)

    from .fetch import FetchError

    if feed.retry_at and feed.retry_at > _now():
        result.retry_at = feed.retry_at
        result.errors.append(f"{feed.url}: not fetched: the server asked not to be asked again before "
                             f"{feed.retry_at[:16].replace('T', ' ')} UTC")
        return result, [], body_hash
    try:
        page = fetcher.get(feed.url)
    except FetchError as err:
        result.errors.append(str(err))
        if err.retry_after:
            from datetime import timedelta

            result.retry_at = (datetime.now(timezone.utc) + timedelta(seconds=err.retry_after)).isoformat(timespec="seconds")
        return result, [], body_hash
    body_hash = hashlib.sha256(page.content).hexdigest()[:32]
    if feed.body_hash and body_hash == feed.body_hash:
        result.unchanged = True
        return result, [], body_hash
    entries, errors, warnings, _ = fetch_documents(_Prefetched(fetcher, feed.url, page), feed.url, known=is_known,
                                                   feeds_only=True)
    result.errors += [str(e) for e in errors]
    result.warnings += warnings
    built = []
    for e in entries:
        try:
            built.append((e, _build(e)))
        except IngestError as err:
            result.errors.append(str(err))
        except Exception as err:  # noqa: BLE001 - one entry's failure is one line
            result.errors.append(f"{e.where}: could not import ({type(err).__name__}: {err})")
    return result, built, body_hash


class _Prefetched:
    """The fetcher, answering the feed's own URL with the response already read."""

    def __init__(self, fetcher, url: str, page):
        self.fetcher, self.url, self.page = fetcher, url, page

    def get(self, url: str):
        if url == self.url and self.page is not None:
            page, self.page = self.page, None
            return page
        return self.fetcher.get(url)


def _save(ws, result: FeedResult, built: list, body_hash: str) -> None:
    """In the caller's thread: add a feed's new sources and remember its entries."""
    from .importers.dedupe import near_duplicates
    from .importers.web import is_url

    feed = result.feed
    docs = ws.store.docs(ITEMS)
    earlier = [ws._sources[d["source_id"]] for d in docs.values()
               if d.get("feed") == feed.url and d.get("source_id") in ws._sources]
    candidates = [src for _, src in built if src.id not in ws._sources]
    revised: dict[str, str] = {}
    if earlier and candidates:
        cand_ids = {s.id for s in candidates}
        for a, b, _sim in near_duplicates(earlier + candidates, REVISED):
            new, old = (a, b) if a in cand_ids else (b, a)
            if new in cand_ids and old not in cand_ids:
                revised.setdefault(new, old)
    to_add, items = [], []
    for entry, src in built:
        # A summary-only entry's ``where`` is its link as the feed gave it (the page may have redirected).
        link = entry.where if is_url(entry.where) else entry.meta.url
        item = {"feed": feed.url, "guid": entry.guid, "link": link, "source_id": src.id, "at": _now()}
        if src.id in ws._sources or any(s.id == src.id for s in to_add):
            result.same.append(src.name)
        elif src.id in revised:
            result.revised.append((src.name, ws._sources[revised[src.id]].name))
            item["source_id"] = revised[src.id]
        else:
            to_add.append(src)
        items.append(item)
    added, _ = ws.add_sources(to_add)
    result.added = added
    ops = [Op.insert(ITEMS, d) for d in items]
    state = {"last_update": _now(), "last_error": result.errors[0] if result.errors else "", "retry_at": result.retry_at}
    if not result.errors:
        state["body_hash"] = body_hash  # read in full: the same body next time has nothing new
    ops.append(Op.update(FEEDS, feed.doc_id, state))
    ws._write(ops)


def update_feeds(ws, refs: list[str] | None = None, *, fetcher=None, workers: int = WORKERS,
                 progress: Callable[[FeedResult, int, int], None] | None = None, **fetch_options) -> list[FeedResult]:
    """Update the subscriptions named in ``refs`` (all when None or empty). Each feed's new
    sources are in the workspace when ``progress(result, done, total)`` is called for it.
    Returns one FeedResult per feed, in completion order. Raises WorkspaceError for an
    unknown ref, or when another process is updating this workspace's feeds."""
    with _updating(ws):
        # What another bluf saved since this one opened the workspace (its sources, its feeds'
        # entries) counts as known: nothing is imported twice.
        ws.refresh()
        return _update(ws, refs, fetcher, workers, progress, fetch_options)


@contextmanager
def _updating(ws):
    """One feed update at a time per workspace, across processes (cron and the reader)."""
    from filelock import Timeout

    lock = ws.store.side_lock(".feeds.lock", timeout=0)  # the workspace's mode and group
    try:
        lock.acquire()
    except Timeout:
        raise WorkspaceError(f"another bluf is updating the feeds of {ws.path}; try again when it is done") from None
    except OSError as err:
        raise WorkspaceError(f"{ws.path}: cannot update feeds ({err.strerror or err})") from None
    try:
        yield
    finally:
        lock.release()


def _update(ws, refs, fetcher, workers, progress, fetch_options) -> list[FeedResult]:
    feeds = [find_feed(ws, r) for r in refs] if refs else list_feeds(ws)
    if not feeds:
        return []
    fetcher, own = _fetcher(fetcher, fetch_options)
    known = _known_keys(ws)
    results: list[FeedResult] = []
    new_ids: set[str] = set()
    unchanged = []
    try:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(feeds))), thread_name_prefix="bluf-feed") as pool:
            futures = {pool.submit(_fetch_feed, fetcher, f, known): f for f in feeds}
            for fut in as_completed(futures):
                try:
                    result, built, body_hash = fut.result()
                except Exception as err:  # noqa: BLE001 - a surprise in one feed never stops the others
                    result, built, body_hash = FeedResult(futures[fut], errors=[f"{futures[fut].url}: {type(err).__name__}: {err}"]), [], ""
                if result.unchanged:
                    unchanged.append(Op.update(FEEDS, result.feed.doc_id, {"last_update": _now(), "last_error": ""}))
                else:
                    _save(ws, result, built, body_hash)
                new_ids |= {s.id for s in result.added}
                results.append(result)
                if progress:
                    progress(result, len(results), len(feeds))
    finally:
        if own:
            fetcher.close()
        if unchanged:  # one durable write for all of them
            ws._write(unchanged)
    link_near_duplicates(ws, new_ids)
    return results
