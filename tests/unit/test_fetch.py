"""annotate.fetch against real servers on 127.0.0.1 (started here, stopped after): the
polite client's cache, limits and one-line errors."""

from __future__ import annotations

import ssl

import pytest

from annotate.fetch import Fetcher, FetchError
from tests.webserver import WebServer


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


@pytest.fixture
def fetcher(tmp_path):
    with Fetcher(cache_path=tmp_path / "http.sqlite", delay=0, timeout=2) as f:
        yield f


def test_etag_revalidates_and_a_304_gives_the_stored_body(web, fetcher):
    url = web.add("/feed.xml", b"<rss>one</rss>", "application/rss+xml", etag=True)
    first = fetcher.get(url)
    second = fetcher.get(url)
    hits = web.hits("/feed.xml")
    assert [h.status for h in hits] == [200, 304]
    assert hits[1].headers.get("if-none-match")  # the client sent its validator
    assert (first.not_modified, second.not_modified) == (False, True)
    assert second.content == b"<rss>one</rss>"
    web.add("/feed.xml", b"<rss>two</rss>", "application/rss+xml", etag=True)
    third = fetcher.get(url)
    assert third.content == b"<rss>two</rss>" and not third.not_modified


def test_last_modified_revalidates(web, fetcher):
    url = web.add("/page", b"<html>page</html>", last_modified=True)
    fetcher.get(url)
    again = fetcher.get(url)
    assert [h.status for h in web.hits("/page")] == [200, 304]
    assert web.hits("/page")[1].headers.get("if-modified-since")
    assert again.content == b"<html>page</html>"


def test_gzip_is_asked_for_and_decoded(web, fetcher):
    body = b"<html>" + b"compressible " * 2000 + b"</html>"
    url = web.add("/gz", body, gzip=True)
    got = fetcher.get(url)
    hit = web.hits("/gz")[0]
    assert "gzip" in hit.headers["accept-encoding"]
    assert hit.sent < len(body) / 10  # it went over the wire compressed
    assert got.content == body


def test_user_agent_names_bluf_and_its_version(web, fetcher):
    fetcher.get(web.add("/ua", b"<html>x</html>"))
    assert web.hits("/ua")[0].headers["user-agent"].startswith("bluf/0.")


def test_redirects_are_followed_and_the_final_url_kept(web, fetcher):
    web.add("/old", redirect="/middle")
    web.add("/middle", redirect="/new")
    web.add("/new", b"<html>moved</html>")
    got = fetcher.get(web.url("/old"))
    assert got.url == web.url("/new") and got.content == b"<html>moved</html>"


def test_a_redirect_loop_is_one_line_error(web, fetcher):
    web.add("/a", redirect="/b")
    web.add("/b", redirect="/a")
    with pytest.raises(FetchError) as err:
        fetcher.get(web.url("/a"))
    assert "too many redirects" in str(err.value) and "\n" not in str(err.value)
    assert len(web.hits()) <= 7  # bounded: the first request and at most 5 redirects (+1)


def test_a_slow_server_times_out(web, tmp_path):
    url = web.add("/slow", b"<html>late</html>", delay=3)
    with Fetcher(cache_path=tmp_path / "c.sqlite", delay=0, timeout=0.5) as f:
        with pytest.raises(FetchError) as err:
            f.get(url)
    assert str(err.value) == f"{url}: timed out waiting for the server"


@pytest.mark.parametrize("chunked", [True, False])
def test_a_20_mb_body_is_refused_without_reading_it_all(web, fetcher, chunked):
    size = 20_000_000
    if chunked:  # no Content-Length: the stream is cut at the limit
        url = web.add("/big", stream_bytes=size)
    else:  # a Content-Length over the limit: refused before the body is read
        url = web.add("/big", b"x" * size)
    with pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert "too big" in str(err.value) and "10 MiB" in str(err.value)
    if chunked:
        assert web.hits("/big")[0].sent < size  # the client hung up before the end


def test_429_says_when_to_retry(web, fetcher):
    url = web.add("/busy", b"slow down", status=429, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert str(err.value) == f"{url}: HTTP 429 Too Many Requests; the server asks to retry after 120 s"
    assert err.value.retry_after == 120


@pytest.mark.parametrize("status,words", [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error"), (503, "HTTP 503")])
def test_http_errors_are_one_line(web, fetcher, status, words):
    url = web.add(f"/e{status}", b"oops", status=status)
    with pytest.raises(FetchError) as err:
        fetcher.get(url)
    assert str(err.value).startswith(f"{url}: {words}")


def test_connection_refused_and_bad_scheme(fetcher, web):
    port = web.port
    web.close()
    with pytest.raises(FetchError, match="connection refused"):
        fetcher.get(f"http://127.0.0.1:{port}/gone")
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get("ftp://127.0.0.1/file")


def test_requests_to_one_host_are_spaced_by_the_delay(web, tmp_path):
    url = web.add("/p", b"<html>p</html>")
    with Fetcher(cache_path=tmp_path / "c.sqlite", delay=0.4) as f:
        for _ in range(3):
            f.get(url)
    times = [h.at for h in web.hits("/p")]
    assert all(b - a >= 0.3 for a, b in zip(times, times[1:])), times


def test_proxy_from_the_environment(web, tmp_path, monkeypatch):
    """HTTP_PROXY is used: the request reaches the proxy, which answers it."""
    with WebServer() as proxy:
        proxy.add("PROXY /via-proxy", b"<html>from the proxy</html>")
        monkeypatch.setenv("HTTP_PROXY", proxy.url(""))
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        with Fetcher(cache_path=tmp_path / "c.sqlite", delay=0) as f:
            got = f.get(web.url("/via-proxy"))
        assert got.content == b"<html>from the proxy</html>"
        assert web.hits() == []  # the origin was never contacted directly


@pytest.fixture
def tls_web():
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(ctx)
    with WebServer(tls_context=ctx) as server:
        yield server


def test_a_self_signed_certificate_is_refused_unless_insecure(tls_web, tmp_path):
    url = tls_web.add("/secure", b"<html>secret</html>")
    with Fetcher(cache_path=tmp_path / "c.sqlite", delay=0) as f:
        with pytest.raises(FetchError) as err:
            f.get(url)
    assert "TLS error" in str(err.value) and "certificate verify failed" in str(err.value)
    assert "\n" not in str(err.value)
    with Fetcher(cache_path=tmp_path / "c.sqlite", delay=0, insecure=True) as f:
        assert f.get(url).content == b"<html>secret</html>"


def test_dns_failure_reads_as_such():
    import httpx

    from annotate.fetch import _why

    assert _why(httpx.ConnectError("[Errno -2] Name or service not known"), "news.example") == "cannot resolve host news.example"
    assert _why(httpx.ConnectError("[Errno -3] Temporary failure in name resolution"), "x.example") == "cannot resolve host x.example"


def _bluf(db, *argv):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, argv)], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_a_host_that_does_not_resolve_is_said_so_by_import_and_feeds_update(web, tmp_path):
    """RFC 6761: .invalid never resolves. A new user saw it reported as a connect timeout."""
    db = tmp_path / "ws.json"
    p = _bluf(db, "import", "http://nonexistent.invalid/story.html", "--timeout", "3")
    assert p.returncode == 1
    assert "bluf: refused: http://nonexistent.invalid/story.html: cannot resolve host nonexistent.invalid" in p.stderr.splitlines()
    assert "timed out" not in p.stderr
    assert _bluf(db, "feeds", "add", "http://nonexistent.invalid/feed.xml").returncode == 0
    p = _bluf(db, "feeds", "update", "--quiet", "--timeout", "3")
    assert p.returncode == 1 and "cannot resolve host nonexistent.invalid" in p.stderr and "timed out" not in p.stderr
    from tests.webserver import article_html

    url = web.add("/ok.html", article_html("A page that is there", 3))  # the success path, same commands
    p = _bluf(db, "import", url, "--delay", "0")
    assert p.returncode == 0 and "added:" in p.stdout, p.stderr


def test_a_connect_timeout_on_a_name_without_address_says_cannot_resolve(tmp_path, monkeypatch):
    """A slow or unreachable resolver: the connect fails on time, the name still has no address."""
    import socket
    import time

    import httpx

    from annotate.fetch import _unresolved

    assert _unresolved("http://nonexistent.invalid/", "nonexistent.invalid", 5)
    assert not _unresolved("http://127.0.0.1:9/", "127.0.0.1", 5) and not _unresolved("http://localhost/", "localhost", 5)
    with Fetcher(cache_path=tmp_path / "c.sqlite", delay=0, timeout=0.3) as f:
        def timeout(*a, **k):
            raise httpx.ConnectTimeout("timed out")

        monkeypatch.setattr(f.client, "stream", timeout)
        with pytest.raises(FetchError) as err:
            f.get("http://nonexistent.invalid/feed.xml")
        assert str(err.value) == "http://nonexistent.invalid/feed.xml: cannot resolve host nonexistent.invalid (no answer from DNS)"
        real = socket.getaddrinfo
        monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: time.sleep(2) or real(*a, **k))  # a resolver that hangs
        started = time.monotonic()
        with pytest.raises(FetchError) as err:
            f.get("http://localhost/feed.xml")
        assert "cannot resolve host localhost" in str(err.value) and time.monotonic() - started < 1.5
        monkeypatch.setattr(socket, "getaddrinfo", real)
        with pytest.raises(FetchError) as err:
            f.get("http://localhost/feed.xml")  # resolves: a real connect timeout
        assert str(err.value).endswith("timed out connecting")


def test_fetching_loads_no_textual_or_rich(web):
    """`bluf feeds update` in cron stays headless: httpx's own CLI (rich, click) is not loaded."""
    import subprocess
    import sys

    url = web.add("/h", b"<html>headless</html>")
    code = (
        "import sys, tempfile\n"
        "from annotate.fetch import Fetcher\n"
        f"with Fetcher(cache_path=tempfile.mkdtemp() + '/c.sqlite', delay=0) as f: f.get({url!r})\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'textual', 'click', 'pygments'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_a_body_that_drips_is_cut_off(web, tmp_path):
    """Every chunk comes within the read timeout, but the whole takes too long."""
    url = web.add("/drip", stream_bytes=40 * 64 * 1024, drip=0.2)
    with Fetcher(cache_path=tmp_path / "c.sqlite", delay=0, timeout=0.5) as f:
        with pytest.raises(FetchError) as err:
            f.get(url)
    assert str(err.value) == f"{url}: too slow (the body took over 2 s)"
