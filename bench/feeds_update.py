"""Updating feeds: 50 local feeds of 20 summary-only entries each (1,000 new sources, every
article page fetched and extracted), then a second update with nothing new (all 304s).

The server (tests/webserver.py) runs in a process of its own on 127.0.0.1. The fetcher's
per-host delay is 0 here: all 1,050 URLs share one host, and the default 0.5 s between
two requests to one host would make the run wait 500 s by design. Baselines, in the
same run: the same 1,050 URLs fetched with a plain httpx client (4 threads, no cache, no
parsing), and the same 1,000 pages imported from files (``import_paths``); the update's
ratio is against their sum. Time to the first new source is when the first feed's
sources are saved (what the library lists as that feed's progress message arrives)."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

FEEDS, ENTRIES = 50, 20


def write_site(root: Path) -> None:
    from import_html import make_page

    from tests.webserver import rss

    rng = random.Random(11)
    (root / "pages").mkdir()
    (root / "feeds").mkdir()
    for f in range(FEEDS):
        items = []
        for e in range(ENTRIES):
            n = f * ENTRIES + e
            html = make_page(n, rng).replace("Part ", f"Feed {f} Story {e}, Part ")
            # A sentence of its own per page, so that no two are the same text.
            html = html.replace("</article>", f"<p>Filed as item {n} of desk {f}, entry {e}.</p></article>")
            (root / "pages" / f"{n}.html").write_text(html, encoding="utf-8")
            items.append({"title": f"Feed {f} story {e}", "link": f"http://127.0.0.1:PORT/pages/{n}.html",
                          "guid": f"urn:bench:{n}", "summary": f"Summary of story {e} of desk {f}."})
        (root / "feeds" / f"{f}.xml").write_text(rss(f"Desk {f}", items), encoding="utf-8")


def run() -> dict:
    import os

    from annotate.fetch import Fetcher
    from annotate.importers import import_paths
    from annotate.workspace import open_workspace

    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        site = d / "site"
        site.mkdir()
        write_site(site)
        server = subprocess.Popen([sys.executable, "-m", "tests.webserver", str(site)], cwd=ROOT, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        try:
            port = server.stdout.readline().strip()
            return _measure(d, site, port, Fetcher, import_paths, open_workspace)
        finally:
            server.stdin.close()
            server.wait(10)


def _measure(d: Path, site: Path, port: str, Fetcher, import_paths, open_workspace) -> dict:
    import httpx

    base = f"http://127.0.0.1:{port}"
    urls = [f"{base}/feeds/{f}.xml" for f in range(FEEDS)] + [f"{base}/pages/{n}.html" for n in range(FEEDS * ENTRIES)]
    # Warm-up: trafilatura, the language model and feedparser are imported once.
    warm = d / "warm"
    warm.mkdir()
    (warm / "w.html").write_bytes((site / "pages" / "0.html").read_bytes())
    import_paths([str(warm)])

    with httpx.Client() as client:  # baseline 1: plain fetches, 4 threads
        t = time.perf_counter()
        with ThreadPoolExecutor(4) as pool:
            sizes = list(pool.map(lambda u: len(client.get(u).content), urls))
        fetch_s = time.perf_counter() - t
        t = time.perf_counter()
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda u: client.get(u).status_code, urls[:FEEDS]))
        fetch_feeds_s = time.perf_counter() - t
    t = time.perf_counter()
    imported = import_paths([str(site / "pages")])  # baseline 2: the same pages from files
    files_s = time.perf_counter() - t

    ws = open_workspace(d / "ws.json", annotator="bench", seed=False)
    for f in range(FEEDS):
        ws.add_feed(f"{base}/feeds/{f}.xml", name=f"desk{f}")
    first: list[float] = []
    with Fetcher(cache_path=d / "http.sqlite", delay=0) as fetcher:
        t = time.perf_counter()
        results = ws.update_feeds(fetcher=fetcher, progress=lambda r, done, total: first or r.added and first.append(time.perf_counter() - t))
        update_s = time.perf_counter() - t
        t = time.perf_counter()
        again = ws.update_feeds(fetcher=fetcher)
        second_s = time.perf_counter() - t
    ws.close()
    return {
        "feeds": FEEDS,
        "entries": FEEDS * ENTRIES,
        "mb_fetched": round(sum(sizes) / 1e6, 1),
        "added": sum(len(r.added) for r in results),
        "errors": sum(len(r.errors) for r in results),
        "update_s": round(update_s, 2),
        "first_source_s": round(first[0], 2) if first else None,
        "baseline_fetch_s": round(fetch_s, 2),
        "baseline_import_files_s": round(files_s, 2),
        "files_imported": len(imported.sources),
        "ratio": round(update_s / (fetch_s + files_s), 2),
        "second_update_s": round(second_s, 3),
        "second_added": sum(len(r.added) for r in again),
        "second_unchanged": sum(1 for r in again if r.unchanged),
        "baseline_fetch_feeds_s": round(fetch_feeds_s, 3),
        "second_ratio": round(second_s / fetch_feeds_s, 1),
        "second_under_1s": second_s < 1.0,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
