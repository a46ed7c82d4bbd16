"""Feed subscriptions and pages by URL, against a real server on 127.0.0.1 (started here,
stopped after), a real workspace file, and the installed `bluf` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotate.fetch import Fetcher
from annotate.workspace import WorkspaceError, open_workspace
from tests.webserver import WebServer, article_html, atom, rss, story

BLUF = Path(sys.executable).parent / "bluf"


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


@pytest.fixture
def ws(tmp_path):
    w = open_workspace(tmp_path / "ws.json", annotator="tester", seed=False)
    yield w
    w.close()


@pytest.fixture
def fetcher(tmp_path):
    with Fetcher(cache_path=tmp_path / "http.sqlite", delay=0, timeout=2) as f:
        yield f


def full_items(web, prefix: str, numbers) -> list[dict]:
    return [{"title": f"{prefix} story {n}", "link": web.url(f"/{prefix}/{n}"), "guid": f"{prefix}-{n}",
             "content": story(n, f"{prefix} story {n}")} for n in numbers]


def summary_site(web, n: int = 3) -> str:
    items = []
    for i in range(n):
        web.add(f"/articles/{i}", article_html(f"Border talks day {i}", i))
        items.append({"title": f"Border talks day {i}", "link": web.url(f"/articles/{i}"), "summary": f"Talks went on, day {i}."})
    return web.add("/summaries.xml", rss("Summaries Daily", items), "application/rss+xml", etag=True)


def test_rss_and_atom_subscriptions_import_their_entries(ws, web, fetcher):
    web.add("/rss.xml", rss("The RSS Herald", full_items(web, "rss", range(3))), "application/rss+xml")
    web.add("/atom.xml", atom("Atom Times", full_items(web, "atom", range(2))), "application/atom+xml")
    ws.add_feed(web.url("/rss.xml"), name="herald", tags=["news"])
    ws.add_feed(web.url("/atom.xml"))
    results = ws.update_feeds(fetcher=fetcher)
    assert all(r.ok for r in results)
    by_url = {s.url: s for s in ws.sources()}
    assert set(by_url) == {web.url(f"/rss/{n}") for n in range(3)} | {web.url(f"/atom/{n}") for n in range(2)}
    assert by_url[web.url("/rss/1")].title == "rss story 1"
    # a feed's title is never its items' outlet (nu18 #17); a link to an IP address names none
    assert by_url[web.url("/rss/1")].outlet == "" and by_url[web.url("/atom/0")].outlet == ""
    assert "district 17" in by_url[web.url("/rss/1")].text  # the entry's full content
    assert web.hits("/rss/1") == []  # full content: no page fetched


def test_summary_only_entries_bring_their_article_page(ws, web, fetcher):
    ws.add_feed(summary_site(web))
    [result] = ws.update_feeds(fetcher=fetcher)
    assert result.ok and len(result.added) == 3
    src = next(s for s in ws.sources() if s.url == web.url("/articles/1"))
    assert "delegation returned from the border region" in src.text  # the page's article text
    assert "Talks went on" not in src.text  # not the summary
    assert "Copyright" not in src.text  # trafilatura left the footer out
    assert src.title == "Border talks day 1"


def test_a_changed_feed_brings_only_its_new_entries(ws, web, fetcher):
    url = web.add("/news.xml", rss("News", full_items(web, "n", range(3))), "application/rss+xml", etag=True)
    ws.add_feed(url)
    ws.update_feeds(fetcher=fetcher)
    web.add("/news.xml", rss("News", full_items(web, "n", range(1, 5))), "application/rss+xml", etag=True)
    [second] = ws.update_feeds(fetcher=fetcher)
    assert sorted(s.title for s in second.added) == ["n story 3", "n story 4"]
    assert second.known == 2
    assert len(ws.sources()) == 5


def test_an_unchanged_feed_costs_a_304_and_adds_nothing(ws, web, fetcher):
    ws.add_feed(summary_site(web))
    ws.update_feeds(fetcher=fetcher)
    pages_before = len(web.hits()) - 1
    [again] = ws.update_feeds(fetcher=fetcher)
    assert again.ok and again.unchanged and again.added == []
    assert [h.status for h in web.hits("/summaries.xml")] == [200, 304]
    assert len(web.hits()) - 2 == pages_before  # no article page fetched again


def test_a_revised_entry_with_a_new_guid_is_not_imported_twice(ws, web, fetcher):
    items = full_items(web, "r", range(2))
    url = web.add("/rev.xml", rss("Rev", items), "application/rss+xml")
    ws.add_feed(url)
    ws.update_feeds(fetcher=fetcher)
    revised = dict(items[0], guid="r-0-v2", link=web.url("/r/0-v2"), content=items[0]["content"].replace("discussed", "debated", 1))
    web.add("/rev.xml", rss("Rev", [revised] + items), "application/rss+xml")
    [second] = ws.update_feeds(fetcher=fetcher)
    assert second.added == [] and len(second.revised) == 1
    assert len(ws.sources()) == 2


def test_one_bad_feed_does_not_stop_the_others(ws, web, fetcher):
    web.add("/good.xml", rss("Good", full_items(web, "g", range(2))), "application/rss+xml")
    web.add("/broken.xml", "<?xml version='1.0'?><rss><channel><title>x</title><item><titl", "application/rss+xml")
    web.add("/page.html", article_html("Just a page", 1))
    web.add("/busy.xml", b"wait", status=429, headers={"Retry-After": "60"})
    for path in ("/good.xml", "/broken.xml", "/page.html", "/busy.xml"):
        ws.add_feed(web.url(path))
    results = {r.feed.url: r for r in ws.update_feeds(fetcher=fetcher)}
    assert len(results[web.url("/good.xml")].added) == 2 and results[web.url("/good.xml")].ok
    assert results[web.url("/broken.xml")].errors[0].startswith(web.url("/broken.xml"))
    assert "not an RSS/Atom feed" in results[web.url("/page.html")].errors[0]
    assert "retry after 60 s" in results[web.url("/busy.xml")].errors[0]
    assert all("\n" not in e for r in results.values() for e in r.errors)
    assert {f.url: bool(f.last_error) for f in ws.feeds()}[web.url("/busy.xml")]


def test_failed_article_pages_are_tried_again_next_update(ws, web, fetcher):
    url = summary_site(web, 2)
    web.add("/articles/1", b"down", status=500)
    ws.add_feed(url)
    [first] = ws.update_feeds(fetcher=fetcher)
    assert len(first.added) == 1 and "HTTP 500" in first.errors[0]
    web.add("/articles/1", article_html("Border talks day 1", 1))
    [second] = ws.update_feeds(fetcher=fetcher)
    assert [s.url for s in second.added] == [web.url("/articles/1")]


def test_subscriptions_are_kept_in_the_workspace(tmp_path, web):
    path = tmp_path / "w.json"
    ws = open_workspace(path, annotator="tester", seed=False)
    ws.add_feed(web.url("/a.xml"), name="alpha", tags=["x", "y"])
    ws.add_feed(web.url("/b.xml"))
    with pytest.raises(WorkspaceError, match="already subscribed"):
        ws.add_feed(web.url("/a.xml"))
    with pytest.raises(WorkspaceError, match="not an http"):
        ws.add_feed("file:///etc/passwd")
    ws.remove_feed("alpha")
    ws.close()
    again = open_workspace(path, annotator="tester", seed=False)
    assert [(f.url, f.name) for f in again.feeds()] == [(web.url("/b.xml"), "")]
    with pytest.raises(WorkspaceError, match="no feed"):
        again.remove_feed("alpha")
    again.close()


def test_newsboat_urls_file():
    from annotate.feedlists import parse_urls_file

    text = (
        "# my feeds\n"
        "https://one.example/feed.xml news \"world news\" \"~The One\"\n"
        "\n"
        "http://two.example/rss   # a comment\n"
        "\"query:Unread:unread = \\\"yes\\\"\"\n"
        "exec:~/bin/script\n"
        "not-a-url tag\n"
    )
    found, warnings = parse_urls_file(text)
    assert found == [("https://one.example/feed.xml", "The One", ["news", "world news"]), ("http://two.example/rss", "", [])]
    assert len(warnings) == 3 and all(w.startswith("line ") for w in warnings)


def test_opml_round_trip(ws, tmp_path, web):
    from annotate.feedlists import opml, parse_opml
    from annotate.subscriptions import subscribe_all

    ws.add_feed(web.url("/a.xml"), name="Alpha & Co", tags=["news", "east"])
    ws.add_feed(web.url("/b.xml"))
    data = opml(ws.feeds())
    other = open_workspace(tmp_path / "other.json", annotator="tester", seed=False)
    added, notes = subscribe_all(other, parse_opml(data))
    assert [(f.url, f.name, f.tags) for f in other.feeds()] == [(f.url, f.name, f.tags) for f in ws.feeds()]
    other.close()


def test_opml_from_another_reader_with_folders():
    from annotate.feedlists import parse_opml

    data = b"""<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
    <outline text="Politics"><outline text="Ledger" type="rss" xmlUrl="https://l.example/rss"/></outline>
    <outline text="Loose" type="rss" xmlUrl="https://loose.example/atom"/></body></opml>"""
    assert parse_opml(data) == [("https://l.example/rss", "Ledger", ["Politics"]), ("https://loose.example/atom", "Loose", [])]
    with pytest.raises(ValueError, match="not an OPML"):
        parse_opml(b"<rss/>")


def test_import_urls_records_the_url_and_goes_on_after_errors(ws, web, fetcher):
    page = web.add("/story.html", article_html("A page on the wire", 7))
    feed = web.add("/feed.xml", atom("Wire", full_items(web, "w", range(2))), "application/atom+xml")
    report = ws.import_urls([web.url("/missing"), page, feed], fetcher=fetcher)
    assert [str(e) for e in report.errors] == [f"{web.url('/missing')}: HTTP 404 Not Found"]
    urls = {s.url for s in report.added}
    assert urls == {page, web.url("/w/0"), web.url("/w/1")}
    assert next(s for s in report.added if s.url == page).title == "A page on the wire"


# ---------------------------------------------------------------------- the command line
def bluf(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, BLUF_DB=str(tmp_path / "cli.json"))
    return subprocess.run([str(BLUF), *args], env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_cli_update_quiet_exit_status(tmp_path, web):
    web.add("/ok.xml", rss("Fine", full_items(web, "ok", range(2))), "application/rss+xml", etag=True)
    assert bluf(tmp_path, "feeds", "add", web.url("/ok.xml"), "--name", "fine", "--tag", "daily").returncode == 0
    out = bluf(tmp_path, "feeds", "update", "--quiet", "--delay", "0")
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")
    web.add("/bad.xml", "<html><body>oops, no feed</body></html>", "text/html")
    bluf(tmp_path, "feeds", "add", web.url("/bad.xml"))
    out = bluf(tmp_path, "feeds", "update", "--quiet", "--delay", "0")
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert web.url("/bad.xml") in out.stderr
    listing = bluf(tmp_path, "feeds", "list").stdout
    assert "fine" in listing and "[daily]" in listing and "error:" in listing


def test_cli_import_url_and_insecure(tmp_path, web):
    trustme = pytest.importorskip("trustme")
    import ssl

    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    with WebServer(tls_context=ctx) as tls:
        url = tls.add("/p.html", article_html("Behind TLS", 3))
        refused = bluf(tmp_path, "import", url, "--delay", "0")
        assert refused.returncode == 1 and "certificate verify failed" in refused.stderr and "Traceback" not in refused.stderr
        ok = bluf(tmp_path, "import", url, "--insecure", "--delay", "0")
        assert ok.returncode == 0, ok.stderr
    shown = bluf(tmp_path, "source", "show", "127.0.0.1:" + url.split(":")[2].split("/")[0] + "/p.html")
    assert f"url        {url}" in shown.stdout


def test_cli_import_urls_file_and_opml_export(tmp_path, web):
    urls = tmp_path / "urls"
    urls.write_text(f"{web.url('/x.xml')} politics \"~X Feed\"\n# gone\n{web.url('/y.xml')}\n", encoding="utf-8")
    out = bluf(tmp_path, "feeds", "import-urls", str(urls))
    assert out.returncode == 0 and "2 feeds subscribed" in out.stderr
    exported = bluf(tmp_path, "feeds", "export-opml")
    assert 'text="X Feed"' in exported.stdout and 'category="politics"' in exported.stdout
    again = bluf(tmp_path, "feeds", "import-urls", str(urls))
    assert "0 feeds subscribed, 2 there already" in again.stderr


def test_after_a_429_the_feed_is_left_alone_until_retry_after(ws, web, fetcher):
    url = web.add("/busy.xml", b"wait", status=429, headers={"Retry-After": "3600"})
    ws.add_feed(url)
    [first] = ws.update_feeds(fetcher=fetcher)
    assert "retry after 3600 s" in first.errors[0]
    web.add("/busy.xml", rss("Busy", full_items(web, "b", range(1))), "application/rss+xml")
    [second] = ws.update_feeds(fetcher=fetcher)
    assert len(web.hits("/busy.xml")) == 1  # not asked again within the hour
    assert "not fetched" in second.errors[0] and second.added == []


def test_title_only_entries_bring_their_page(ws, web, fetcher):
    web.add("/t/1", article_html("Only a title in the feed", 1))
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Titles</title>'
            f'<item><title>Only a title in the feed</title><link>{web.url("/t/1")}</link></item></channel></rss>')
    ws.add_feed(web.add("/titles.xml", feed, "application/rss+xml"))
    [result] = ws.update_feeds(fetcher=fetcher)
    assert result.ok, result.errors
    assert [s.url for s in result.added] == [web.url("/t/1")]


def test_update_only_the_feeds_named(ws, web, fetcher):
    web.add("/one.xml", rss("One", full_items(web, "one", range(1))), "application/rss+xml")
    web.add("/two.xml", rss("Two", full_items(web, "two", range(1))), "application/rss+xml")
    ws.add_feed(web.url("/one.xml"), name="one")
    ws.add_feed(web.url("/two.xml"), name="two")
    [only] = ws.update_feeds(["two"], fetcher=fetcher)
    assert only.feed.name == "two" and web.hits("/one.xml") == []
    with pytest.raises(WorkspaceError, match="no feed 'three'"):
        ws.update_feeds(["three"], fetcher=fetcher)


def test_a_subscribed_page_that_names_its_feed_says_which(ws, web, fetcher):
    html = article_html("Home", 1).replace("</head>", '<link rel="alternate" type="application/rss+xml" href="/rss">\n</head>')
    url = web.add("/home", html)
    ws.add_feed(url)
    [result] = ws.update_feeds(fetcher=fetcher)
    assert result.errors == [f"{url}: not an RSS/Atom feed (an HTML page; it names its feed: bluf feeds add {web.url('/rss')})"]


def test_two_processes_never_import_the_same_entries_twice(tmp_path, web, fetcher):
    """Two bluf sessions on one workspace (the reader and cron): the second update knows
    what the first saved; and while one updates, the other is told to wait."""
    from filelock import FileLock

    path = tmp_path / "shared.json"
    web.add("/s.xml", rss("Shared", full_items(web, "s", range(3))), "application/rss+xml")
    one = open_workspace(path, annotator="one", seed=False)
    two = open_workspace(path, annotator="two", seed=False)
    one.add_feed(web.url("/s.xml"))
    one.update_feeds(fetcher=fetcher)
    web.add("/s.xml", rss("Shared", full_items(web, "s", range(4))), "application/rss+xml")
    [second] = two.update_feeds(fetcher=fetcher)
    assert [s.title for s in second.added] == ["s story 3"]
    with FileLock(str(path) + ".feeds.lock"):
        with pytest.raises(WorkspaceError, match="another bluf is updating the feeds"):
            one.update_feeds(fetcher=fetcher)
    one.close()
    two.close()
    again = open_workspace(path, annotator="x", seed=False)
    assert sorted(s.title for s in again.sources()) == [f"s story {n}" for n in range(4)]
    again.close()


def test_cli_update_line_of_a_feed_that_failed_says_it_failed(tmp_path, web):
    """nu18 #18: a feed answering 404 printed "[1/2] gone: 0 new" on stdout (the error only on
    stderr); its progress line says it failed and why, and a good feed's line is as before."""
    web.add("/ok.xml", rss("Fine", full_items(web, "ok", range(2))), "application/rss+xml")
    assert bluf(tmp_path, "feeds", "add", web.url("/ok.xml"), "--name", "fine").returncode == 0
    assert bluf(tmp_path, "feeds", "add", web.url("/nothere.xml"), "--name", "gone").returncode == 0
    out = bluf(tmp_path, "feeds", "update", "--delay", "0")
    assert out.returncode == 1, out.stderr
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("[")]
    gone = next(ln for ln in lines if " gone: " in ln)
    assert gone.endswith("gone: failed: HTTP 404 Not Found"), out.stdout
    assert "new" not in gone
    assert next(ln for ln in lines if " fine: " in ln).endswith("fine: 2 new"), out.stdout


AGGREGATOR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fiji coup watch desk</title><link>https://news.example.org/</link>
<description>an analyst's desk of many outlets</description>
<item><title>Plot against the Suva government foiled</title><link>https://www.suva-ledger.example.com/plot</link>
<guid>a-1</guid><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
<description>The Fijian government said on Monday it had foiled a plot by three officers of the Northern Command to seize
the barracks in Suva. Police arrested the officers at dawn and the army said the barracks were calm.</description></item>
<item><title>Officers held over Suva plot</title><link>https://news.example.org/redirect/77</link><guid>a-2</guid>
<pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate><source url="https://pacific-wire.example.net/">Pacific Wire</source>
<description>Three officers of the Northern Command were held on Tuesday over a plot to seize the barracks in Suva,
the Fijian government said. The army said the barracks were calm and the officers would face a military court.</description></item>
</channel></rss>
"""


def test_a_feeds_title_is_never_its_items_outlet_in_the_brief(tmp_path):
    """nu18 #17: the brief's Sources named every item of an analyst's feed by the feed's title
    ("nu18 Taiwan drills desk: ..."). An item's outlet is the <source> the feed gives for it, else
    its link's host; never the feed's title, which names the feed, not who published the item."""
    (tmp_path / "desk.xml").write_text(AGGREGATOR, encoding="utf-8")
    assert bluf(tmp_path, "import", str(tmp_path / "desk.xml")).returncode == 0
    md = bluf(tmp_path, "export").stdout
    sources = md.split("## Sources", 1)[1]
    assert "Fiji coup watch desk" not in md, sources
    assert "suva-ledger.example.com: Plot against the Suva government foiled" in sources, sources
    assert "Pacific Wire: Officers held over Suva plot" in sources, sources
