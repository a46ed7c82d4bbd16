"""The installed bluf in a real 80x24 terminal (tmux) updates its feeds from the library
key, against a feed server on 127.0.0.1 started by the test: the new sources appear in
the library while bluf runs, and are in the workspace after it exits."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.webserver import WebServer, rss

from .helpers import STARTUP_TIMEOUT, STEP_TIMEOUT, bluf_env, require_bluf
from .test_tmux import bluf_in_tmux

pytestmark = pytest.mark.e2e


def item(web: WebServer, n: int, title: str) -> dict:
    return {"title": title, "link": web.url(f"/story/{n}"),
            "content": f"<p>“The ferry line {n} will run all winter,” Harbour Master Olav Rind said on Monday.</p>"
                       f"<p>Crews in port {n} began repairs to the quay, officials said, and the work will last a month.</p>"}


def test_update_feeds_from_the_library_key(tmp_path):
    bluf = require_bluf()
    env = bluf_env(tmp_path, "e2e")
    run_env = dict(os.environ, **env)
    with WebServer() as web:
        titles = ["Ferry line keeps running", "Quay repairs begin"]
        web.add("/wire.xml", rss("Harbour Wire", [item(web, n, t) for n, t in enumerate(titles)]), "application/rss+xml", etag=True)
        added = subprocess.run([str(bluf), "feeds", "add", web.url("/wire.xml"), "--name", "wire"], env=run_env,
                               capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        assert added.returncode == 0, added.stderr

        with bluf_in_tmux(tmp_path, env) as (t, _env, library):
            assert not any(x in library for x in titles)
            t.send("R", literal=True)
            t.wait(lambda s: all(x in s for x in titles), "the feed's entries in the library", STEP_TIMEOUT)
            # ...and analysed: the library's status counts their quotes again.
            t.wait(lambda s: "2 sources ·" in s and "enter reads a source" in s, "the new sources analysed", STARTUP_TIMEOUT)
            t.send("q", literal=True)
            how = t.wait(lambda s: t.exit_status(), "bluf to exit after q", dead_ok=True)
            assert how == "status=0 signal=", f"bluf did not exit cleanly ({how}):\n{t.screen()}"
        [hit] = web.hits("/wire.xml")
        assert hit.headers["user-agent"].startswith("bluf/")

    listed = subprocess.run([str(bluf), "sources"], env=run_env, capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert listed.returncode == 0, listed.stderr
    assert all(x in listed.stdout for x in titles)
    assert "   1 quote " in listed.stdout  # each story's quote was found
