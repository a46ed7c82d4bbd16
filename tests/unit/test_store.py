"""The store under bad conditions: torn and damaged journals, newer and corrupt files,
read-only files, a full disk, permissions, locks."""

from __future__ import annotations

import errno
import grp
import json
import os
import signal
import stat
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from tinydb import TinyDB

from annotate import store as store_mod
from annotate.store import DiskFullError, LockedError, ReadOnlyError, Store, recover
from annotate.workspace import WorkspaceError, open_workspace


def test_records_are_durable_before_close(tmp_path):
    """A record is readable by a new process although the writer never closed (os._exit)."""
    path = tmp_path / "w.json"
    code = (
        "import os\nfrom annotate.store import Store\n"
        f"s = Store({str(path)!r})\ns.insert('stances', {{'ev': 'tag', 'id': 'x1'}})\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert [d["id"] for d in Store(path).all("stances")] == ["x1"]


def test_compaction_leaves_a_plain_tinydb_file(tmp_path):
    s = Store(tmp_path / "w.json")
    s.insert_many("stances", [{"ev": "tag", "id": f"t{i}"} for i in range(5)])
    s.close()
    assert [d["id"] for d in TinyDB(tmp_path / "w.json").table("stances").all()] == [f"t{i}" for i in range(5)]
    assert (tmp_path / "w.json.journal").stat().st_size == 0


def test_a_torn_journal_tail_is_cut_and_earlier_records_kept(tmp_path):
    s = Store(tmp_path / "w.json")
    s.insert("stances", {"id": "a"})
    s.close(compact=False)
    with open(tmp_path / "w.json.journal", "ab") as f:
        f.write(b'{"q": 2, "t": "stances", "o": "i", "id": 2, "d": {"id": "torn"')  # crash mid-append
    s = Store(tmp_path / "w.json")
    assert [d["id"] for d in s.all("stances")] == ["a"]
    s.insert("stances", {"id": "b"})
    assert [d["id"] for d in Store(tmp_path / "w.json").all("stances")] == ["a", "b"]


def test_a_damaged_journal_line_is_reported_and_new_writes_stay_readable(tmp_path):
    s = Store(tmp_path / "w.json")
    s.insert_many("stances", [{"id": "a"}, {"id": "b"}])
    s.close(compact=False)
    j = tmp_path / "w.json.journal"
    lines = j.read_bytes().splitlines(keepends=True)
    j.write_bytes(lines[0] + b"garbage\tffffffff\n" + lines[1])
    s = Store(tmp_path / "w.json")
    assert any("damaged" in n for n in s.notices)
    assert list(tmp_path.glob("w.json.journal.damaged-*"))
    s.insert("stances", {"id": "c"})
    assert [d["id"] for d in Store(tmp_path / "w.json").all("stances")] == ["a", "b", "c"]


def test_a_newer_file_is_refused_and_left_untouched(tmp_path):
    p = tmp_path / "w.json"
    p.write_text(json.dumps({"meta": {"1": {"schema_version": 99}}, "stances": {}}), encoding="utf-8")
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    with pytest.raises(WorkspaceError) as err:
        open_workspace(p)
    msg = str(err.value)
    assert "newer bluf" in msg and "untouched" in msg and "\n" not in msg
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["w.json", "w.json.lock"]


def test_a_corrupt_file_is_kept_copied_and_recoverable(tmp_path):
    p = tmp_path / "w.json"
    s = Store(p)
    s.insert("stances", {"id": "a"})
    s.close()  # compacted: w.json.bak is the empty generation before
    s = Store(p)
    s.insert("stances", {"id": "b"})  # in the journal only
    s.close(compact=False)
    damaged = p.read_bytes()[:-40]
    p.write_bytes(damaged)
    with pytest.raises(WorkspaceError) as err:
        open_workspace(p)
    msg = str(err.value)
    assert "corrupt" in msg and "bluf" in msg and "recover" in msg and "\n" not in msg
    copies = list(tmp_path.glob("w.json.corrupt-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged and p.read_bytes() == damaged
    assert "rebuilt" in recover(p)
    assert [d["id"] for d in Store(p).all("stances")] == ["a", "b"]


def test_a_full_disk_leaves_the_workspace_intact(tmp_path, monkeypatch):
    s = Store(tmp_path / "w.json")
    s.insert("stances", {"id": "a"})
    size = (tmp_path / "w.json.journal").stat().st_size
    real = store_mod._write_all

    def half_then_enospc(fd, data):
        real(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_mod, "_write_all", half_then_enospc)
    with pytest.raises(DiskFullError, match="full: not saved"):
        s.insert("stances", {"id": "b"})
    assert (tmp_path / "w.json.journal").stat().st_size == size
    assert [d["id"] for d in s.all("stances")] == ["a"]
    monkeypatch.setattr(store_mod, "_write_all", real)
    assert [d["id"] for d in Store(tmp_path / "w.json").all("stances")] == ["a"]


def test_a_full_disk_during_compaction_loses_nothing(tmp_path, monkeypatch):
    s = Store(tmp_path / "w.json")
    s.insert("stances", {"id": "a"})

    def enospc(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_mod.OrjsonStorage, "write", enospc)
    assert s.compact() is False and any("compaction skipped" in n for n in s.notices)
    monkeypatch.undo()
    assert [d["id"] for d in Store(tmp_path / "w.json").all("stances")] == ["a"]


def _as_other_user():
    if os.getuid() == 0:  # root writes anywhere: test as nobody
        os.setgid(65534)
        os.setuid(65534)


def _python_for_nobody(tmp_path: Path) -> tuple[str, dict]:
    """An interpreter and PYTHONPATH that user nobody can read: as root, the venv may live
    under /root, so copy the store's code and its three dependencies to a world-readable
    directory and use the system Python (same 3.11 ABI)."""
    import shutil

    import filelock
    import orjson
    import tinydb

    import annotate

    if os.getuid() != 0:
        return sys.executable, dict(os.environ)
    lib = tmp_path / "lib"
    for mod in (annotate, tinydb, filelock):
        shutil.copytree(Path(mod.__file__).parent, lib / Path(mod.__file__).parent.name)
    orj = Path(orjson.__file__).parent
    shutil.copytree(orj, lib / orj.name)
    for p in [lib, *lib.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    return python, {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(lib), "HOME": str(tmp_path)}


def test_a_read_only_workspace_opens_read_only_with_a_notice(open_tmp):
    tmp_path = open_tmp
    ws_dir = tmp_path / "ws"
    ws_dir.mkdir()
    p = ws_dir / "w.json"
    s = Store(p)
    s.insert("stances", {"id": "a"})
    s.close()
    python, env = _python_for_nobody(tmp_path)
    for f in ws_dir.iterdir():
        f.chmod(0o444)
    ws_dir.chmod(0o555)
    tmp_path.chmod(0o755)
    code = (
        "from annotate.store import Store, ReadOnlyError\n"
        f"s = Store({str(p)!r})\n"
        "print(s.readonly, [d['id'] for d in s.all('stances')], s.notices[0])\n"
        "try:\n    s.insert('stances', {'id': 'b'})\nexcept ReadOnlyError as e:\n    print('refused:', e)\n"
    )
    try:
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, preexec_fn=_as_other_user, env=env, cwd="/")
    finally:
        ws_dir.chmod(0o755)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.strip().split("\n")
    assert first.startswith("True ['a']") and "read-only" in first
    if os.getuid() == 0:  # ran as nobody: the notice says whose file it is and what to change
        assert "belongs to root" in first and "chmod g+rw" in first
    assert second.startswith("refused:") and "not saved" in second


def test_new_files_are_private_by_default(tmp_path):
    ws = open_workspace(tmp_path / "w.json", seed=False)
    ws.add_sources([])
    from annotate.ingest import make_source

    ws.add_sources([make_source("A line of text.\n", "a.txt")])
    ws.close()
    for name in ("w.json", "w.json.journal", "w.json.lock", "w.json.bak"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_a_group_setting_makes_files_group_readable(tmp_path, monkeypatch):
    group = grp.getgrgid(os.getgid()).gr_name
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[workspace]\ngroup = "{group}"\n', encoding="utf-8")
    monkeypatch.setenv("BLUF_CONFIG", str(cfg))
    from annotate import settings

    settings._read.cache_clear()
    try:
        ws = open_workspace(tmp_path / "w.json", seed=False)
        ws.close()
    finally:
        settings._read.cache_clear()
    st = (tmp_path / "w.json").stat()
    assert stat.S_IMODE(st.st_mode) == 0o660 and st.st_gid == os.getgid()


@contextmanager
def lock_held_elsewhere(p: Path, seconds: int = 30):
    """The workspace lock of ``p`` held by another process (for at most ``seconds``) while the
    block runs: yields that process; kills it after."""
    code = (
        "import time\nfrom filelock import FileLock\n"
        f"l = FileLock({str(p) + '.lock'!r}); l.acquire(); print('held', flush=True); time.sleep({seconds})\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()


def test_a_crashed_lock_holder_does_not_block(tmp_path):
    p = tmp_path / "w.json"
    Store(p).close()
    with lock_held_elsewhere(p, 60) as holder:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    t = time.perf_counter()
    s = Store(p)
    s.insert("stances", {"id": "after-crash"})
    assert time.perf_counter() - t < 2


def test_a_live_lock_holder_gets_a_clear_message(tmp_path, monkeypatch):
    p = tmp_path / "w.json"
    Store(p).close()
    monkeypatch.setattr(store_mod, "LOCK_TIMEOUT", 0.3)
    with lock_held_elsewhere(p), pytest.raises(LockedError, match="lock"):
        Store(p)


def test_writes_to_a_read_only_store_are_refused(tmp_path):
    Store(tmp_path / "w.json").close()
    s = Store(tmp_path / "w.json", readonly=True)
    with pytest.raises(ReadOnlyError):
        s.insert("stances", {"id": "x"})
