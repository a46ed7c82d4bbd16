"""Fetching pages and feeds over HTTP(S), politely. Headless; no terminal.

    with Fetcher() as f:
        page = f.get("https://example.org/feed.xml")   # Fetched, or raises FetchError
        page.content, page.url, page.not_modified

One ``httpx.Client`` with an HTTP cache (hishel, RFC 9111, SQLite in the cache dir):
every request revalidates (``Cache-Control: no-cache``), so a server that gives an
ETag or Last-Modified answers 304 and the stored body is reused. gzip/deflate (and
brotli when installed) are decoded by httpx. Redirects are followed up to
``MAX_REDIRECTS``; connect/read timeouts; bodies are streamed and refused past
``max_bytes`` (the Content-Length is checked first, so a huge body is never read);
requests to one host are spaced by ``delay`` seconds; the User-Agent names bluf and its
version; proxies come from the environment (``HTTPS_PROXY``, ``HTTP_PROXY``,
``ALL_PROXY``, ``NO_PROXY``: httpx's ``trust_env``); a body may take at most
``TOTAL_TIMEOUTS`` timeouts in all. Every failure is a ``FetchError``
whose ``str`` is one line naming the URL and the reason ("cannot resolve host NAME", TLS, HTTP status,
``Retry-After``, timeout, too big).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from .errors import BlufError

MAX_BYTES = 10 * 1024 * 1024  # a feed or an article page over 10 MiB is not one
MAX_REDIRECTS = 5
TIMEOUT = 15.0  # seconds to connect, and between two reads of the body
DELAY = 0.5  # seconds between two requests to one host
TOTAL_TIMEOUTS = 4  # a whole body may take this many timeouts


def _httpx():
    """httpx, without its command-line entry point: ``httpx/__init__`` imports ``httpx._main``,
    which loads rich, click and pygments when they are installed (they are, with the TUI),
    and annotate never loads rich. A ``None`` in sys.modules makes that import fail, and
    httpx then skips its CLI, as it does when those packages are absent."""
    import sys

    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)
    import httpx

    return httpx


def user_agent() -> str:
    """``bluf/VERSION (terminal briefing reader; httpx/VERSION)``: who is asking."""
    from . import __version__

    httpx = _httpx()
    return f"bluf/{__version__} (terminal briefing reader; httpx/{httpx.__version__})"


class FetchError(BlufError):
    """A page or feed that could not be fetched; ``str(err)`` is one line:
    ``URL: reason``. ``retry_after`` is seconds to wait (429/503), else None."""

    def __init__(self, url: str, reason: str, retry_after: float | None = None):
        from .importers._common import one_line

        self.url, self.reason, self.retry_after = one_line(url, 200), one_line(reason, 240), retry_after
        super().__init__(f"{self.url}: {self.reason}")


@dataclass
class Fetched:
    """One HTTP response (``Fetcher.get``). ``url``: the final URL after redirects; ``content``: the
    body bytes, compression undone; ``content_type``: the media type without parameters
    ("text/html"); ``charset``: from Content-Type, "" when not given; ``not_modified``: the server
    answered 304, so the cached body is the same as last time; ``status``: the final HTTP status
    (200, or 304 revalidated).
    """

    url: str  # the final URL, after redirects
    content: bytes  # the decoded body (gzip undone)
    content_type: str  # "text/html", "application/rss+xml"... without parameters
    charset: str  # from Content-Type, "" when not given
    not_modified: bool  # the server answered 304: the cached body is the same as last time
    status: int  # the status of the final response (200, or 304 revalidated)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        from datetime import datetime, timezone

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError, IndexError):
        return None


def _why(err: Exception, host: str = "") -> str:
    """One line for an httpx/ssl/socket failure of a request to ``host``."""
    httpx = _httpx()

    text = str(err) or type(err).__name__
    low = text.lower()
    if isinstance(err, httpx.TooManyRedirects):
        return f"too many redirects (over {MAX_REDIRECTS}; a redirect loop?)"
    if isinstance(err, httpx.TimeoutException):
        kind = "connecting" if isinstance(err, httpx.ConnectTimeout) else "waiting for the server"
        return f"timed out {kind}"
    if "certificate" in low or "ssl" in low or "tls" in low:
        detail = text.split("] ", 1)[-1].split(" (_ssl")[0]
        return f"TLS error: {detail} (use --insecure only for a server you trust)"
    if "name or service not known" in low or "nodename nor servname" in low or "temporary failure in name resolution" in low \
            or "no address associated" in low or "name resolution" in low:
        return f"cannot resolve host {host}" if host else "cannot resolve the host name (DNS)"
    if "connection refused" in low:
        return "connection refused"
    if isinstance(err, httpx.UnsupportedProtocol):
        return "not an http(s) URL"
    if isinstance(err, httpx.InvalidURL):
        return f"invalid URL ({text})"
    return text


def _unresolved(url: str, host: str, seconds: float) -> bool:
    """Whether ``host`` (of ``url``, fetched directly, not through a proxy) gets no address
    from the resolver within ``seconds``: a connect timeout that is really a DNS failure
    (a slow or unreachable resolver). False for an IP address or when it resolves."""
    import ipaddress
    import socket
    from urllib.request import getproxies, proxy_bypass

    try:
        ipaddress.ip_address(host.strip("[]"))
        return False
    except ValueError:
        pass
    proxies = getproxies()
    if not host or ((urlsplit(url).scheme in proxies or "all" in proxies) and not proxy_bypass(host)):
        return False  # the proxy resolves it
    found: list[bool] = []

    def look() -> None:
        try:
            found.append(bool(socket.getaddrinfo(host, None)))
        except OSError:
            found.append(False)

    t = threading.Thread(target=look, daemon=True)
    t.start()
    t.join(seconds)
    return not (found and found[0])


class Fetcher:
    """A polite HTTP client, safe to share between threads. ``cache_path`` None keeps the
    HTTP cache in the user's cache dir; ``insecure`` accepts any TLS certificate."""

    def __init__(self, *, cache_path: str | Path | None = None, insecure: bool = False, timeout: float = TIMEOUT,
                 delay: float = DELAY, max_bytes: int = MAX_BYTES, max_redirects: int = MAX_REDIRECTS):
        httpx = _httpx()
        from hishel import CacheOptions, SqliteStorage
        from hishel.httpx import CacheClient

        from .locations import cache_dir

        path = Path(cache_path) if cache_path else cache_dir() / "http-cache.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.max_bytes, self.delay, self.timeout = max_bytes, delay, timeout
        self._next_at: dict[str, float] = {}
        self._host_lock = threading.Lock()
        self.client = CacheClient(
            storage=SqliteStorage(database_path=str(path)),
            rfc=CacheOptions(shared=False),  # a private cache: one user's reader
            verify=not insecure,
            trust_env=True,  # HTTPS_PROXY, HTTP_PROXY, NO_PROXY, SSL_CERT_FILE
            follow_redirects=True,
            max_redirects=max_redirects,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent(), "Accept-Encoding": "gzip, deflate",
                     "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5"},
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client and its connections; the fetcher cannot be used afterwards."""
        self.client.close()

    def _wait_turn(self, url: str) -> None:
        """Space requests to one host by ``delay`` seconds (threads queue up per host)."""
        if self.delay <= 0:
            return
        host = urlsplit(url).netloc.lower()
        with self._host_lock:
            now = time.monotonic()
            at = max(now, self._next_at.get(host, 0.0))
            self._next_at[host] = at + self.delay
        if at > now:
            time.sleep(at - now)

    def get(self, url: str) -> Fetched:
        """GET ``url`` (revalidating any cached copy). Raises FetchError."""
        httpx = _httpx()

        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "not an http(s) URL")
        self._wait_turn(url)
        try:
            with self.client.stream("GET", url, headers={"Cache-Control": "no-cache"}) as r:
                if r.status_code >= 400:
                    raise self._status_error(url, r)
                length = r.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes and "content-encoding" not in r.headers:
                    raise FetchError(url, f"too big ({_size(int(length))}, over the {_size(self.max_bytes)} limit)")
                chunks, size = [], 0
                # A server that drips its body never trips the read timeout: bound the whole.
                deadline = time.monotonic() + self.timeout * TOTAL_TIMEOUTS
                for chunk in r.iter_bytes():
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"too slow (the body took over {self.timeout * TOTAL_TIMEOUTS:.0f} s)")
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"too big (over the {_size(self.max_bytes)} limit)")
                    chunks.append(chunk)
                caching = r.extensions.get("caching")
                ctype, _, params = r.headers.get("content-type", "").partition(";")
                charset = ""
                for p in params.split(";"):
                    k, _, v = p.strip().partition("=")
                    if k.lower() == "charset":
                        charset = v.strip().strip('"').lower()
                return Fetched(str(r.url), b"".join(chunks), ctype.strip().lower(), charset,
                               bool(caching and caching.get("revalidated") and caching.get("from_cache")), r.status_code)
        except FetchError:
            raise
        except httpx.HTTPError as err:
            host = urlsplit(url).hostname or ""
            if isinstance(err, httpx.ConnectTimeout) and _unresolved(url, host, min(self.timeout, 5.0)):
                raise FetchError(url, f"cannot resolve host {host} (no answer from DNS)") from None
            raise FetchError(url, _why(err, host)) from None
        except (OSError, ValueError) as err:  # ssl errors surface as OSError on some paths
            raise FetchError(url, _why(err, urlsplit(url).hostname or "")) from None

    def _status_error(self, url: str, r) -> FetchError:
        wait = _retry_after(r.headers.get("retry-after")) if r.status_code in (429, 503) else None
        reason = f"HTTP {r.status_code} {r.reason_phrase or ''}".rstrip()
        if wait is not None:
            reason += f"; the server asks to retry after {wait:.0f} s"
        if str(r.url) != url:
            reason += f" (at {r.url})"
        return FetchError(url, reason, wait)


def _size(n: int) -> str:
    from .importers._common import size_text

    return size_text(n)
