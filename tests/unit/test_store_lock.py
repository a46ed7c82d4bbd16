"""The workspace lock keeps its lock file open between writes (one flock per write instead
of filelock's open, stat and close): it still excludes every other process, follows a
lock file that was replaced, and a forked child never shares the parent's lock."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from annotate import store as store_mod
from annotate.store import LockedError, Store

TRY_LOCK = (
    "import fcntl, os, sys\n"
    "fd = os.open(sys.argv[1], os.O_RDWR)\n"
    "try:\n"
    "    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
    "    print('got it')\n"
    "except BlockingIOError:\n"
    "    print('busy')\n"
)


def _other_process_gets_the_lock(lock_path) -> bool:
    out = subprocess.run([sys.executable, "-c", TRY_LOCK, str(lock_path)], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "got it"


def test_while_a_write_holds_the_lock_no_other_process_gets_it(tmp_path):
    s = Store(tmp_path / "w.json")
    try:
        s.insert("stances", {"id": "a"})  # the lock file is open from here on
        with s._locked():
            assert not _other_process_gets_the_lock(s.lock_path)
            with s._locked():  # re-entered by the same thread
                pass
            assert not _other_process_gets_the_lock(s.lock_path)
        assert _other_process_gets_the_lock(s.lock_path)
    finally:
        s.close()


def test_a_replaced_lock_file_is_the_one_locked(tmp_path):
    s = Store(tmp_path / "w.json")
    try:
        s.insert("stances", {"id": "a"})
        new = tmp_path / "new.lock"
        new.write_bytes(b"")
        os.replace(new, s.lock_path)  # e.g. removed and made again by another bluf
        with s._locked():
            assert not _other_process_gets_the_lock(s.lock_path)
        s.insert("stances", {"id": "b"})
    finally:
        s.close()


def test_a_forked_child_does_not_share_the_parents_lock(tmp_path, monkeypatch):
    monkeypatch.setattr(store_mod, "LOCK_TIMEOUT", 0.3)
    s = Store(tmp_path / "w.json")
    s.insert("stances", {"id": "a"})
    r, w = os.pipe()
    go_r, go_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child takes the lock with the store it inherited, and holds it
        code = 1
        try:
            with s._locked():
                os.write(w, b"held")
                os.read(go_r, 1)
            code = 0
        finally:
            os._exit(code)
    try:
        assert os.read(r, 4) == b"held"
        with pytest.raises(LockedError):
            s.insert("stances", {"id": "b"})
    finally:
        os.write(go_w, b"x")
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    s.insert("stances", {"id": "c"})
    s.close()


def _open_on(path) -> int:
    fds = os.listdir("/proc/self/fd")
    return sum(1 for fd in fds if os.path.realpath(f"/proc/self/fd/{fd}") == os.path.realpath(path))


def test_a_store_dropped_without_close_keeps_no_file_open(tmp_path):
    """A read-only look (``Store(p, readonly=True).all(...)``) leaves nothing open: an open
    lock file would keep a workspace's disk busy (umount refused)."""
    p = tmp_path / "w.json"
    s = Store(p)
    s.insert("stances", {"id": "a"})
    s.close()
    assert _open_on(s.lock_path) == 0
    assert len(Store(p, readonly=True).all("stances")) == 1
    assert _open_on(s.lock_path) == 0
