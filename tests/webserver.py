"""A real HTTP(S) server on 127.0.0.1 for the fetching tests and the feeds benchmark.

    with WebServer() as web:
        web.add("/feed.xml", rss_bytes, "application/rss+xml", etag=True)
        url = web.url("/feed.xml")
        ...
        web.hits("/feed.xml")   # the requests it received, with their headers

Routes serve fixed bytes (optionally with an ETag / Last-Modified, answered with 304
when the client revalidates; gzip when the client accepts it), a status with headers
(429 + Retry-After, 500), a redirect, a slow answer, or a huge chunked body. Runs in a
daemon thread; ``close()`` (or leaving the ``with``) stops it and frees the port."""

from __future__ import annotations

import gzip as gzip_mod
import hashlib
import http.server
import ssl
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    etag: bool = False
    last_modified: bool = False
    gzip: bool = False
    delay: float = 0.0  # seconds before answering
    redirect: str = ""  # a Location to answer 302 with
    stream_bytes: int = 0  # a chunked body of this many bytes instead of ``body``
    drip: float = 0.0  # with stream_bytes: seconds between two 64 KiB chunks
    modified_at: float = field(default_factory=time.time)


@dataclass
class Hit:
    path: str
    headers: dict
    status: int
    at: float
    sent: int = 0  # body bytes written before the client went away


class WebServer:
    def __init__(self, tls_context: ssl.SSLContext | None = None):
        self.routes: dict[str, Route] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm
            # and the client's delayed ACK hold each keep-alive response ~40 ms.
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                path = self.path.split("?", 1)[0] if not self.path.startswith("http") else self.path
                if path.startswith("http"):  # a proxy request: absolute URI
                    from urllib.parse import urlsplit

                    path = "PROXY " + urlsplit(self.path).path
                route = server.routes.get(path)
                hit = Hit(path, {k.lower(): v for k, v in self.headers.items()}, 0, time.monotonic())
                with server._lock:
                    server.log.append(hit)
                if route is None:
                    return self._send(hit, 404, b"not found", {"Content-Type": "text/plain"})
                if route.delay:
                    time.sleep(route.delay)
                if route.redirect:
                    return self._send(hit, 302, b"", {"Location": route.redirect})
                headers = {"Content-Type": route.content_type, **route.headers}
                if route.status != 200:
                    return self._send(hit, route.status, route.body, headers)
                if route.stream_bytes:
                    return self._stream(hit, route.stream_bytes, headers, route.drip)
                body = route.body
                if route.etag:
                    tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    headers["ETag"] = tag
                    if self.headers.get("If-None-Match") == tag:
                        return self._send(hit, 304, b"", {"ETag": tag})
                if route.last_modified:
                    lm = formatdate(route.modified_at, usegmt=True)
                    headers["Last-Modified"] = lm
                    if self.headers.get("If-Modified-Since") == lm and not route.etag:
                        return self._send(hit, 304, b"", {"Last-Modified": lm})
                if route.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
                    body = gzip_mod.compress(body)
                    headers["Content-Encoding"] = "gzip"
                return self._send(hit, 200, body, headers)

            def _send(self, hit, status, body, headers):
                hit.status = status
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    try:
                        self.wfile.write(body)
                        hit.sent = len(body)
                    except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                        pass

            def _stream(self, hit, total, headers, drip=0.0):
                hit.status = 200
                self.send_response(200)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>"
                try:
                    while hit.sent < total:
                        part = chunk[: total - hit.sent]
                        self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                        hit.sent += len(part)
                        if drip:
                            self.wfile.flush()
                            time.sleep(drip)
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                    self.close_connection = True

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.scheme = "http"
        if tls_context is not None:
            self.httpd.socket = tls_context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def add(self, path: str, body: bytes | str = b"", content_type: str = "text/html; charset=utf-8", **kw) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        old = self.routes.get(path)
        route = Route(body=body, content_type=content_type, **kw)
        if old is not None and old.body == body and "modified_at" not in kw:
            route.modified_at = old.modified_at
        self.routes[path] = route
        return self.url(path)

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def hits(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if path is None or h.path == path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def __enter__(self) -> "WebServer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ---------------------------------------------------------------------- content
WORDS = ("The ministry said on Monday that talks with the neighbouring states would resume next week, "
         "after a delegation returned from the border region where farmers reported losses. ")


def article_html(title: str, n: int, words: int = 120, site: str = "The Test Ledger") -> str:
    body = "".join(f"<p>{WORDS * 2} Paragraph {i} of story {n}: {title}.</p>\n" for i in range(max(1, words // 60)))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"og:site_name\" content=\"{site}\"></head><body><nav><a href=\"/\">Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright</footer></body></html>")


def rss(title: str, items: list[dict], link: str = "http://127.0.0.1/") -> str:
    """RSS 2.0: items are dicts with title, link, guid, and either content (full) or summary."""
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
           f"<channel><title>{title}</title><link>{link}</link><description>test feed</description>"]
    for it in items:
        out.append(f"<item><title>{it['title']}</title><link>{it['link']}</link><guid>{it.get('guid', it['link'])}</guid>"
                   f"<pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate>")
        if it.get("source"):  # the outlet an aggregator names for the item
            out.append(f"<source url=\"{it['link']}\">{it['source']}</source>")
        if it.get("summary"):
            out.append(f"<description>{it['summary']}</description>")
        if it.get("content"):
            out.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "".join(out)


def atom(title: str, items: list[dict]) -> str:
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
           f"<id>urn:test:{title}</id><updated>2024-03-04T08:00:00Z</updated>"]
    for it in items:
        out.append(f"<entry><title>{it['title']}</title><link href=\"{it['link']}\"/><id>{it.get('guid', it['link'])}</id>"
                   f"<updated>2024-03-04T08:00:00Z</updated><content type=\"html\"><![CDATA[{it['content']}]]></content></entry>")
    out.append("</feed>")
    return "".join(out)


def story(n: int, title: str) -> str:
    """Full entry content: a few distinct paragraphs (distinct per n, so no two are near-duplicates)."""
    nouns = ["harbour", "railway", "border", "parliament", "treaty", "customs", "drone", "election", "pipeline", "court"]
    paras = []
    for i in range(4):
        a, b = nouns[(n + i) % 10], nouns[(n * 3 + i * 7) % 10]
        paras.append(f"<p>Story {n} paragraph {i}: officials in district {n * 17 + i} discussed the {a} and the {b} "
                     f"on day {n + i}, saying that {title.lower()} was item {n * 31 + i} on the agenda of meeting {n}.</p>")
    return "".join(paras)


def serve_directory(root: str) -> None:
    """``python -m tests.webserver DIR``: serve DIR's files (with ETags) on 127.0.0.1 from a
    process of its own; prints the port, stops when stdin closes. ``127.0.0.1:PORT/`` in a
    file becomes the server's own address. For the benchmark, so that the server does not
    share the client's interpreter lock."""
    import sys
    from pathlib import Path

    types = {".xml": "application/rss+xml", ".html": "text/html; charset=utf-8"}
    with WebServer() as web:
        for p in sorted(Path(root).rglob("*")):
            if p.is_file():
                body = p.read_bytes().replace(b"127.0.0.1:PORT/", f"127.0.0.1:{web.port}/".encode())
                web.add("/" + p.relative_to(root).as_posix(), body, types.get(p.suffix, "text/plain"), etag=True)
        print(web.port, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    import sys

    serve_directory(sys.argv[1])
