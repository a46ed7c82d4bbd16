"""annotate.atomic.write_atomic: the old file or the new one, never a part, never litter."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from annotate import atomic
from annotate.atomic import write_atomic


def test_mode_is_exact_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        write_atomic(tmp_path / "a", b"x", 0o644)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o644


@pytest.mark.skipif(os.getuid() != 0, reason="giving a file another group needs root")
def test_group_is_set(tmp_path):
    write_atomic(tmp_path / "a", b"x", 0o660, group=65534)
    assert (tmp_path / "a").stat().st_gid == 65534


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    p = tmp_path / "a"
    p.write_bytes(b"old")

    def eio(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", eio)
    with pytest.raises(OSError):
        write_atomic(p, b"new" * 1000)
    assert p.read_bytes() == b"old"
    assert [x.name for x in tmp_path.iterdir()] == ["a"]


def test_a_symlink_is_written_through(tmp_path):
    target = tmp_path / "t"
    target.write_bytes(b"old")
    (tmp_path / "l").symlink_to(target)
    assert write_atomic(tmp_path / "l", b"new") == target
    assert (tmp_path / "l").is_symlink() and target.read_bytes() == b"new"


def test_a_fifo_is_written_to_not_replaced(tmp_path):
    import threading

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    write_atomic(fifo, b"through the pipe")
    reader.join(5)
    assert got == [b"through the pipe"] and stat.S_ISFIFO(fifo.stat().st_mode)
    assert [x.name for x in tmp_path.iterdir()] == ["fifo"]


@pytest.mark.skipif(os.getuid() != 0, reason="making a device node needs root")
def test_a_device_node_stays_a_device(tmp_path):
    null = tmp_path / "null"  # a private /dev/null: the real one is never put at risk
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    write_atomic(null, b"discarded")
    assert stat.S_ISCHR(null.stat().st_mode) and [x.name for x in tmp_path.iterdir()] == ["null"]
