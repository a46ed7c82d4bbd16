"""The library's "update feeds" key: fetching runs in a worker, new sources appear in the
list and are analysed; a failing feed is one warning and the others go on. A real server
on 127.0.0.1, started here and stopped after."""

from __future__ import annotations

import asyncio

from textual.widgets import DataTable

from annotate.workspace import open_workspace
from tests.webserver import WebServer, rss
from tui.app import BlufApp

from .helpers import settle


def quoted(n: int) -> str:
    return (f"<p>“We will keep the harbour {n} open to every ship,” Minister Arla Venn said on Tuesday.</p>"
            f"<p>Officials in district {n} said the talks would go on for another week, and that talks on the railway "
            f"line {n} would follow in the spring.</p>")


async def test_update_feeds_key_adds_and_analyses_new_sources(ws_path):
    with WebServer() as web:
        items = [{"title": f"Harbour {n} stays open", "link": web.url(f"/h/{n}"), "content": quoted(n)} for n in (1, 2)]
        web.add("/wire.xml", rss("Wire Service", items), "application/rss+xml")
        web.add("/down.xml", b"oops", status=500)
        ws = open_workspace(ws_path, annotator="tester")
        ws.add_feed(web.url("/wire.xml"), name="wire")
        ws.add_feed(web.url("/down.xml"), name="down")
        ws.close()
        app = BlufApp(db=ws_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            before = len(app.workspace.sources())
            await pilot.press("R")
            new_urls = {web.url("/h/1"), web.url("/h/2")}
            for _ in range(300):  # the fetch, then the analysis that follows it (timers between)
                await pilot.pause()
                await app.workers.wait_for_complete()
                ws = app.workspace
                new = [s for s in ws.sources() if s.url in new_urls]
                if len(new) == 2 and app.analysed and all(ws.is_analysed(s.id) for s in new):
                    break
                await asyncio.sleep(0.05)
            assert len(app.workspace.sources()) == before + 2
            table = app.screen.query_one("#sources", DataTable)
            rows = {table.get_row(k)[2].plain: table.get_row(k) for k in table.rows}
            assert {"Harbour 1 stays open", "Harbour 2 stays open"} <= set(rows)
            assert rows["Harbour 1 stays open"][6].plain not in ("…", "0")  # analysed: its quote counted
            assert any(n.message == "Feeds updated: 2 new sources from 2 feeds, 1 with errors" for n in app._notifications)
            assert any("down.xml" in n.message and "HTTP 500" in n.message for n in app._notifications)


async def test_import_screen_takes_urls(ws_path):
    with WebServer() as web:
        page = web.add("/news/harbour.html", "<html><head><title>Harbour reopens</title></head><body><article>"
                       + quoted(7) + "</article></body></html>")
        app = BlufApp(db=ws_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            await pilot.press("i")
            for ch in f"{page} {web.url('/missing')}":
                await pilot.press(ch if ch != " " else "space")
            await pilot.press("enter")
            await settle(app, pilot)
            log = "\n".join(app.screen.query_one("Log").lines)
            assert "added: 127.0.0.1" in log and "1 added" in log
            assert f"not imported: {web.url('/missing')}: HTTP 404 Not Found" in log
            assert any(s.url == page for s in app.workspace.sources())


async def test_a_second_press_while_updating_does_not_start_another_update(ws_path):
    with WebServer() as web:
        web.add("/slow.xml", rss("Slow", [{"title": "Late story", "link": web.url("/l"), "content": quoted(3)}]),
                "application/rss+xml", delay=1.0)
        ws = open_workspace(ws_path, annotator="tester")
        ws.add_feed(web.url("/slow.xml"))
        ws.close()
        app = BlufApp(db=ws_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            await pilot.press("R")
            await pilot.pause()
            await pilot.press("R")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert len(web.hits("/slow.xml")) == 1
            assert any(n.message == "The feeds are being updated already" for n in app._notifications)
            assert [s.title for s in app.workspace.sources()].count("Late story") == 1
