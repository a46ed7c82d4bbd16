"""Every file bluf makes beside the workspace (the journal, the locks, the feeds' lock, backups,
the analysis cache) has the workspace's mode whatever the umask: 0600 by default, nothing for
the group or others (README, "New workspace files are 0600"). Real `bluf` processes under
umask 022 on a workspace that imports articles and updates a feed (new-user session 15:
`korea.json.feeds.lock` was -rw-r--r--)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.webserver import WebServer, rss

ARTICLE = ("Harbour pilots and the port authority blamed each other on Monday for the collision of two "
           "ferries at the northern quay of Port Arlen, the coastguard said.\n")


def bluf(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.umask(0o022),
                          env=dict(os.environ, XDG_CACHE_HOME=str(db.parent.parent / "cache")))


def _modes(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` whose mode lets the group or others in."""
    out = {}
    for p in folder.rglob("*"):
        mode = stat.S_IMODE(p.lstat().st_mode)
        if mode & 0o077:
            out[str(p.relative_to(folder))] = oct(mode)
    return out


def test_every_file_beside_the_workspace_is_private_after_feeds_and_imports(tmp_path):
    home = tmp_path / "ws"
    home.mkdir()
    db = home / "w.json"
    (tmp_path / "quay.txt").write_text(ARTICLE, encoding="utf-8")
    assert bluf(db, "import", str(tmp_path / "quay.txt")).returncode == 0
    with WebServer() as web:
        items = [{"title": f"Ferry story {n}", "link": web.url(f"/f/{n}"), "guid": f"f-{n}",
                  "description": ARTICLE, "content": ARTICLE} for n in range(2)]
        web.add("/feed.xml", rss("Harbour news", items), "application/rss+xml")
        assert bluf(db, "feeds", "add", web.url("/feed.xml")).returncode == 0
        out = bluf(db, "feeds", "update", "--delay", "0")
        assert out.returncode in (0, 1), out.stderr
    assert (home / "w.json.feeds.lock").exists()
    assert bluf(db, "brief").returncode == 0
    assert _modes(home) == {}, sorted(os.listdir(home))


def test_a_feeds_lock_left_readable_by_an_older_bluf_is_made_private(tmp_path):
    home = tmp_path / "ws"
    home.mkdir()
    db = home / "w.json"
    (tmp_path / "quay.txt").write_text(ARTICLE, encoding="utf-8")
    assert bluf(db, "import", str(tmp_path / "quay.txt")).returncode == 0
    lock = home / "w.json.feeds.lock"
    lock.touch()
    lock.chmod(0o644)
    with WebServer() as web:
        web.add("/feed.xml", rss("Harbour news", []), "application/rss+xml")
        assert bluf(db, "feeds", "add", web.url("/feed.xml")).returncode == 0
        bluf(db, "feeds", "update", "--delay", "0")
    assert _modes(home) == {}
