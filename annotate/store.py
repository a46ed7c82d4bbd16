"""The workspace store: the only module that imports TinyDB.

The workspace is a TinyDB JSON file (``TinyDB(path)`` opens it and finds every record)
plus a write-ahead journal beside it:

- ``W``           the TinyDB file: tables of documents, written only by compaction
                  (temp file, fsync, atomic rename, directory fsync), so a crash leaves
                  the previous or the new file, never a torn one;
- ``W.journal``   one line per change since the last compaction (JSON + CRC32),
                  appended and fdatasync'ed before a write returns: a tag shown as
                  saved is on disk. Replayed on open; a line that fails its CRC loses
                  only itself (reading resumes on the next valid record; its bytes go
                  to ``W.journal.damaged-<time>``, a notice says so, and the intact
                  records are compacted at once); a torn last line (a crash mid append,
                  never acknowledged) is kept aside the same way and cut off;
- ``W.lock``      the lock every writer holds while it appends or compacts (flock via
                  filelock; the kernel releases it when a process dies, so a crashed
                  session never leaves a stale lock);
- ``W.feeds.lock``  held while feeds are updated (``Store.side_lock``), one update at a time;
- ``W.bak`` and ``W.journal.prev``  the previous generation, for ``bluf recover``
                  (``recover`` below: under the lock, from the newest readable state).

A symlinked ``W`` is resolved first, so every file lives beside its target. Files left
by an interrupted compaction (``.W.tmp-PID``, ``.W.bak-PID``) are removed at the next
writable open. A file that is not a workspace is refused with one line and left as it is.

Two processes append to one journal under the lock after reading what the other
appended, so neither loses the other's records; document ids come from the sequence of
the shared journal. Measured on this machine (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import threading
import weakref
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage

from .atomic import (
    fsync_dir as _fsync_dir,
    write_all as _write_all,
    write_atomic as _write_atomic,
    write_new as _write_new,
    write_temp as _write_temp,
)
from .errors import BlufError
from .files import (
    alive as _alive,
    copy_aside as _copy_aside,
    owner_hint as _owner_hint,
    prepare_lock_file as _prepare_lock,
)

SCHEMA_VERSION = 3
TABLES = ("meta", "sources", "stances", "actor_edits", "incident_edits", "quote_edits", "vocabulary", "source_links", "briefs", "exports", "notes", "source_edits")
LOCK_TIMEOUT = 10.0


class StoreError(BlufError):
    """A workspace problem; ``str(err)`` is one line an analyst can act on."""


class NewerVersionError(StoreError):
    """The workspace was written by a newer bluf (its schema version is above ``SCHEMA_VERSION``);
    raised on opening, the file is left untouched.
    """


class CorruptError(StoreError):
    """The workspace file cannot be read as JSON or a record is damaged; raised on opening, after a copy
    is set aside as ``W.corrupt-<stamp>`` when it can be; the message names ``bluf recover``.
    """


class ReadOnlyError(StoreError):
    """A write (``append`` and what calls it) to a store that is read-only: opened with
    ``readonly=True``, or its file or folder is not writable by this user.
    """


class DiskFullError(StoreError):
    """The disk holding the workspace is full (ENOSPC or EDQUOT); nothing was written and the workspace is
    unchanged.
    """


class LockedError(StoreError):
    """Another process has held the workspace lock for over ``LOCK_TIMEOUT`` seconds."""


class NotWorkspaceError(StoreError):
    """The file holds something else than a bluf workspace; it is left untouched."""


_EMPTY = object()  # an empty workspace file (never written by bluf, which writes whole files)


def _real_path(path: str | Path) -> Path:
    """The file a symlinked workspace path points to: the journal, lock and temp files go
    beside it and compaction replaces it, so the link stays a link."""
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


def _check_not_directory(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a workspace file: give a file, e.g. --db {path / 'workspace.json'}")


def _os_error(path: Path, err: OSError, what: str) -> StoreError:
    """One line for an OSError on ``path``."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"the disk holding {path} is full: {what} (nothing was written; free some space)")
    if err.errno == errno.EISDIR:
        return StoreError(f"{path} is a directory, not a workspace file: give a file, e.g. --db {path / 'workspace.json'}")
    if err.errno in (errno.EACCES, errno.EPERM):
        return StoreError(f"{path}: {what}: permission denied ({_owner_hint(path)})")
    return StoreError(f"{path}: {what} ({err.strerror or err})")


def _workspace_tables(raw: Any, path: Path) -> tuple[dict[str, dict[int, dict]], int]:
    """The tables and schema version of a parsed workspace file, or NotWorkspaceError /
    NewerVersionError naming the file (it is left untouched)."""

    def odd(why: str) -> NotWorkspaceError:
        return NotWorkspaceError(
            f"{path} is not a bluf workspace ({why}); it was left untouched: give another --db, "
            f"or if it was a workspace, `bluf --db {path} recover` rebuilds it from its backup and journal"
        )

    if raw is _EMPTY:
        raise odd("the file is empty")
    if not isinstance(raw, dict):
        kind = {list: "a list", str: "a string", bool: "true or false", type(None): "null"}.get(type(raw), "a number")
        raise odd(f"it holds {kind}, not tables of records")
    if "meta" not in raw:
        raise odd("it has no meta table")
    tables: dict[str, dict[int, dict]] = {}
    for name, docs in raw.items():
        if not isinstance(docs, dict):
            raise odd(f"its {name!r} is not a table of records")
        try:
            tables[name] = {int(k): v for k, v in docs.items()}
        except ValueError:
            raise odd(f"its {name!r} table has a record id that is not a number") from None
        if not all(isinstance(d, dict) for d in tables[name].values()):
            raise odd(f"its {name!r} table holds something else than records")
    if len(tables["meta"]) != 1:
        raise odd(f"its meta table has {len(tables['meta'])} records instead of one")
    version = next(iter(tables["meta"].values())).get("schema_version")
    if version is None:
        raise odd("its meta record has no schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise odd(f"its schema_version {version!r} is not a whole number from 1 up")
    for name, key in (("sources", "id"), ("stances", "id")):
        if any(key not in d for d in tables.get(name, {}).values()):
            raise odd(f"a record of its {name} table has no {key!r}")
    if any("source_id" not in d for d in tables.get("stances", {}).values() if d.get("ev") == "tag"):
        raise odd("a tag in its stances table has no 'source_id'")
    seq = next(iter(tables["meta"].values())).get("journal_seq", 0)
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise odd(f"its journal_seq {seq!r} is not a whole number")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"{path} was written by a newer bluf (schema {version}, this bluf reads up to {SCHEMA_VERSION}); "
            "it was left untouched: upgrade bluf to open it"
        )
    return tables, version


class Op(NamedTuple):
    """One change for :meth:`Store.append`: insert ``doc`` into ``table`` (``kind`` "i",
    ``doc_id`` None: the store numbers it) or merge ``doc``'s fields into the record
    ``doc_id`` of ``table`` (``kind`` "u"). Written to the journal as one line
    ``{"q": seq, "t": table, "o": kind, "id": doc_id, "d": doc}``."""

    kind: str
    table: str
    doc: dict
    doc_id: int | None = None

    @classmethod
    def insert(cls, table: str, doc: dict) -> "Op":
        """Add ``doc`` as a new record of ``table``."""
        return cls("i", table, doc, None)

    @classmethod
    def update(cls, table: str, doc_id: int, fields: dict) -> "Op":
        """Set ``fields`` on record ``doc_id`` of ``table`` (other fields are kept)."""
        return cls("u", table, fields, doc_id)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _stamp() -> str:
    """A time for names of kept files; microseconds, so two recoveries in one second
    never write over each other's kept files."""
    return datetime.now().strftime("%Y%m%d-%H%M%S.%f")


def _line(record: dict) -> bytes:
    body = orjson.dumps(record)
    return body + b"\t" + f"{zlib.crc32(body):08x}".encode() + b"\n"


def _parse_line(line: bytes) -> dict | None:
    """A journal record, or None when the line is torn or damaged. A CRLF line end is
    accepted (a file that went through an editor or a Windows share)."""
    body, sep, crc = line.rstrip(b"\r\n").rpartition(b"\t")
    if not sep or len(crc) != 8:
        return None
    try:
        if int(crc, 16) != zlib.crc32(body):
            return None
        rec = orjson.loads(body)
    except (ValueError, orjson.JSONDecodeError):
        return None
    return rec if isinstance(rec, dict) and isinstance(rec.get("q"), int) else None


_RECORD_START = b'{"q":'


def _scan(data: bytes) -> tuple[list[dict], list[tuple[int, bytes]], int]:
    """Read journal bytes: ``(records, damaged, end)``. A line that fails its CRC loses only
    itself: reading resumes on the next line, and inside a damaged line on the first record
    start whose rest checks out (a newline lost to damage joins two records). ``damaged``
    holds ``(offset, bytes)`` of what was skipped; blank lines are skipped silently. ``end``
    is the offset after the last newline: bytes after it are a torn tail (a crash mid
    append, never acknowledged)."""
    records: list[dict] = []
    damaged: list[tuple[int, bytes]] = []
    pos = 0
    while (nl := data.find(b"\n", pos)) >= 0:
        line = data[pos:nl]
        if line.strip():
            rec = _parse_line(line)
            if rec is None:
                cut = line.find(_RECORD_START, 1)
                while cut > 0 and (rec := _parse_line(line[cut:])) is None:
                    cut = line.find(_RECORD_START, cut + 1)
                damaged.append((pos, line[:cut] if rec is not None else line))
            if rec is not None:
                records.append(rec)
        pos = nl + 1
    return records, damaged, pos


def _apply_record(tables: dict[str, dict[int, dict]], rec: dict) -> None:
    """Apply one journal record to tables of documents (opening and recovery share it)."""
    table = tables.setdefault(rec["t"], {})
    if rec["o"] == "i":
        table[rec["id"]] = rec["d"]
    elif rec["o"] == "u" and rec["id"] in table:
        table[rec["id"]] = {**table[rec["id"]], **rec["d"]}
    elif rec["o"] == "r":
        table.pop(rec["id"], None)


class OrjsonStorage(Storage):
    """A TinyDB storage that reads and writes the workspace file with orjson and writes
    atomically (temp file, fsync, rename, directory fsync). The output is plain JSON that
    TinyDB's default JSONStorage reads."""

    def __init__(self, path: str | Path, mode: int = 0o600, group: int = -1, **_: Any):
        self.path = Path(path)
        self.mode, self.group = mode, group

    def read(self) -> dict | None:
        """The file's tables as a dict (table -> doc_id string -> record), or None when the file is
        missing or blank. Raises ``orjson.JSONDecodeError`` on invalid JSON.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not data.strip():
            return None
        return orjson.loads(data)

    def write(self, data: dict) -> None:
        """Replace the file with ``data`` as JSON, atomically (temp file ``.W.tmp-PID``, fsync, rename,
        directory fsync), with the store's file mode and group. Raises ``OSError`` on failure (the
        file is unchanged).
        """
        # ``.W.tmp-PID``: only written under the lock, so Store._remove_litter knows it.
        tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        _write_atomic(self.path, orjson.dumps(data), self.mode, self.group, temp=tmp, follow=False)

    def close(self) -> None:
        """Nothing to release: each read and write opens and closes the file."""
        pass


class Store:
    """Tables of documents with durable appends. Thread-safe; safe across processes."""

    def __init__(self, path: str | Path, *, mode: int = 0o600, group: int = -1, create: bool = True, readonly: bool = False):
        self.path = _real_path(path)
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.mode, self.group = mode, group
        self.notices: list[str] = []
        self.new = False
        self._mutex = threading.RLock()
        self._jfd: int | None = None
        self._jpos = 0
        self._jino = -1
        self._main_sig: tuple | None = None
        self._seq = 0
        self.tables: dict[str, dict[int, dict]] = {}
        self._needs_compact = False
        self._next_id: dict[str, int] = {}
        self._unseen: list[dict] = []  # others' records read while writing, for the next ``refresh``
        _check_not_directory(self.path)
        if not self.path.exists():
            if readonly or not create:
                raise StoreError(f"{self.path}: no such workspace")
            self._refuse_to_start_afresh()
            self._create()
        if not self.new:
            self._keep_sharing()
        self.readonly = readonly or not self._writable()
        if self.readonly and not readonly:
            blocker = self.path if not os.access(self.path, os.W_OK) else self.path.parent
            self.notices.append(f"{self.path} is read-only for you: opened read-only, tags cannot be saved ({_owner_hint(blocker)})")
        lock_created = not self.readonly and _prepare_lock(self.lock_path, self.mode, self.group)
        self._lock = None if self.readonly and not os.access(self.lock_path, os.R_OK) else FileLock(
            str(self.lock_path), timeout=LOCK_TIMEOUT, mode=self.mode, thread_local=False
        )
        try:
            with self._locked():
                if not self.readonly:
                    self._remove_litter()
                self._load()
        except NotWorkspaceError:
            if lock_created:  # leave nothing beside another program's file
                self.lock_path.unlink(missing_ok=True)
            raise

    # ------------------------------------------------------------------ files
    def _writable(self) -> bool:
        return os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK | os.X_OK)

    def _create(self) -> None:
        empty = {t: {} for t in TABLES}
        empty["meta"] = {"1": {"schema_version": SCHEMA_VERSION, "journal_seq": 0, "created_at": _now()}}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.new = _write_new(self.path, orjson.dumps(empty), self.mode, self.group)
        except OSError as err:
            raise _os_error(self.path, err, "cannot create the workspace") from None

    def side_lock(self, suffix: str, timeout: float = LOCK_TIMEOUT) -> FileLock:
        """A lock of its own beside the workspace (``W`` + ``suffix``: ".feeds.lock" for feed
        updates), its file made with the workspace's mode and group like every file beside
        it (a lock file left wider by an older bluf is closed to others)."""
        path = self.path.with_name(self.path.name + suffix)
        _prepare_lock(path, self.mode, self.group)
        return FileLock(str(path), timeout=timeout, mode=self.mode)

    def _keep_sharing(self) -> None:
        """A workspace its team shares keeps being shared: the group's access bits and the
        group of the existing file are added to what this session's settings give, so a
        session without ``[workspace] group`` never narrows a team workspace."""
        try:
            st = os.stat(self.path)
        except OSError:
            return
        self.mode |= stat.S_IMODE(st.st_mode) & 0o060
        if self.group < 0 and st.st_mode & 0o060 and st.st_gid in (os.getegid(), *os.getgroups()):
            self.group = st.st_gid

    def _refuse_to_start_afresh(self) -> None:
        """A missing file beside its backup or journal is a workspace to recover, not a new
        one: a fresh file would hide those records and its first compaction would drop
        the backup."""
        left = [f.name for f in (self.path.with_name(self.path.name + ".bak"), self.journal_path,
                                 self.journal_path.with_name(self.journal_path.name + ".prev"))
                if f.exists() and f.stat().st_size > 0]
        if left:
            raise StoreError(
                f"{self.path} is missing but {' and '.join(left)} {'is' if len(left) == 1 else 'are'} there: "
                f"`bluf --db {self.path} recover` rebuilds it (nothing was created)"
            )

    def _remove_litter(self) -> None:
        """Remove what an interrupted compaction or creation left (caller holds the lock).
        ``.W.tmp-PID`` and ``.W.bak-PID`` are only written under the lock, so while we hold
        it every one of them is an orphan, whatever its PID; ``.W.new-PID`` (a workspace
        being created, before any lock exists) only when process PID is gone."""
        prefix = "." + self.path.name + "."
        try:
            names = [n for n in os.listdir(self.path.parent) if n.startswith(prefix)]
        except OSError:
            return
        for name in names:
            kind, _, pid = name[len(prefix):].partition("-")
            if not pid.isdigit() or kind not in ("tmp", "bak", "new"):
                continue
            if kind == "new" and _alive(int(pid)):
                continue
            try:
                os.unlink(self.path.parent / name)
            except OSError:
                pass

    _locked_ctx = None

    def _locked(self):
        if self._locked_ctx is not None:  # it keeps no state: made once (a class a call cost ~8 µs)
            return self._locked_ctx
        store = weakref.proxy(self)  # no reference cycle: an unclosed store is still freed

        class _Ctx:
            def __enter__(self_):
                store._mutex.acquire()
                if store._lock_fast():
                    return
                if store._lock is not None:
                    try:
                        store._lock.acquire()
                    except Timeout:
                        store._mutex.release()
                        raise LockedError(
                            f"{store.path}: another bluf has held the workspace lock for over {LOCK_TIMEOUT:.0f} s; "
                            "try again (a crashed session's lock is released by the system)"
                        ) from None
                    except OSError as err:
                        if not store.readonly:
                            store._mutex.release()
                            raise _os_error(store.lock_path, err, "cannot lock the workspace") from None
                        store._lock = None

            def __exit__(self_, *exc):
                if store._unlock_fast():
                    pass
                elif store._lock is not None and store._lock.is_locked:
                    store._lock.release()
                store._mutex.release()

        self._locked_ctx = _Ctx()
        return self._locked_ctx

    # The lock's fast path: one flock on a lock file kept open. filelock opens, stats and
    # closes the lock file on every acquire (about 70 µs, a third of a tag's cost beyond
    # the fdatasync); when another process holds the lock, filelock waits with a timeout.
    _lock_fd: int | None = None
    _lock_fd_pid = 0
    _lock_fd_close = None
    _fast_depth = 0

    def _lock_fast(self) -> bool:
        """Take the workspace lock without waiting; False when another process holds it
        or the lock file cannot be kept open (caller holds _mutex; filelock then waits)."""
        if self._fast_depth:
            self._fast_depth += 1
            return True
        if self._lock is None or self._lock.is_locked:
            return False
        fd = self._lock_fd
        if fd is not None and self._lock_fd_pid != os.getpid():
            fd = self._lock_fd = None  # a forked child shares the parent's open file: its own
        if fd is None:
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC)
            except OSError:
                return False
            self._lock_fd, self._lock_fd_pid = fd, os.getpid()
            # Closed by close(), or when the store is freed unclosed (a read-only look).
            self._lock_fd_close = weakref.finalize(self, os.close, fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        try:  # the lock file may have been replaced since it was opened: lock the one on disk
            a, b = os.fstat(fd), os.stat(self.lock_path)
            same = (a.st_ino, a.st_dev) == (b.st_ino, b.st_dev)
        except OSError:
            same = False
        if not same:
            fcntl.flock(fd, fcntl.LOCK_UN)
            self._lock_fd_close()
            self._lock_fd = None
            return False
        self._fast_depth = 1
        return True

    def _unlock_fast(self) -> bool:
        if not self._fast_depth:
            return False
        self._fast_depth -= 1
        if not self._fast_depth:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
        return True

    def _signature(self, path: Path) -> tuple | None:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        """Read the TinyDB file and replay the journal (caller holds the lock)."""
        try:
            data = self.path.read_bytes()
        except OSError as err:
            raise _os_error(self.path, err, "cannot read the workspace") from None
        try:
            raw = orjson.loads(data) if data.strip() else _EMPTY
        except orjson.JSONDecodeError as err:
            if not self._was_workspace(data):
                raise NotWorkspaceError(
                    f"{self.path} is not a bluf workspace (it is not JSON, and no backup or journal of a workspace is "
                    f"beside it); it was left untouched: give another --db"
                ) from None
            raise self._corrupt(str(err).splitlines()[0] if str(err) else type(err).__name__) from None
        tables, version = _workspace_tables(raw, self.path)
        if version < SCHEMA_VERSION:
            try:
                tables = self._migrate(tables, version)
            except (KeyError, TypeError, ValueError, AttributeError) as err:
                raise NotWorkspaceError(
                    f"{self.path} is not a bluf workspace (its schema {version} records do not migrate: "
                    f"{type(err).__name__} {err}); it was left untouched"
                ) from None
        for t in TABLES:
            tables.setdefault(t, {})
        self.tables = tables
        self._next_id = {name: max(docs, default=0) + 1 for name, docs in tables.items()}
        self._seq = int(next(iter(tables["meta"].values()), {}).get("journal_seq", 0))
        self._main_sig = self._signature(self.path)
        self._jpos, self._jino = 0, -1
        self._replay(from_start=True)

    def _was_workspace(self, data: bytes) -> bool:
        """Whether unreadable ``data`` may be a damaged workspace (kept aside, recoverable):
        it starts like one (a JSON object), or a workspace's backup or journal is beside it.
        An article or any other text given to --db by mistake is neither."""
        beside = (self.path.with_name(self.path.name + ext) for ext in (".bak", ".journal"))
        return data.lstrip()[:1] == b"{" or any(p.exists() for p in beside)

    def _corrupt(self, why: str) -> CorruptError:
        copy = self.path.with_name(f"{self.path.name}.corrupt-{_stamp()}")
        try:
            _copy_aside(self.path, copy, self.mode, self.group)
            kept = f"a copy is at {copy}"
        except OSError:
            kept = "it was left as it is"
        return CorruptError(
            f"{self.path} is corrupt ({why}); {kept}. Recover the last good state with "
            f"`bluf --db {self.path} recover` (rebuilds it from {self.path.name}.bak and the journal)"
        )

    def _migrate(self, tables: dict, version: int) -> dict:
        from .migrations import migrate

        backup = self.path.with_name(f"{self.path.name}.v{version}-{_stamp()}.bak")
        tables = migrate(self._with_journal(tables), version, SCHEMA_VERSION)
        if self.readonly:
            self.notices.append(f"{self.path} uses an older format (schema {version}); read-only, so it is not upgraded")
            return tables
        _copy_aside(self.path, backup, self.mode, self.group)
        OrjsonStorage(self.path, self.mode, self.group).write({k: {str(i): d for i, d in v.items()} for k, v in tables.items()})
        self.notices.append(f"{self.path} upgraded from schema {version} to {SCHEMA_VERSION}; the old file is at {backup}")
        return tables

    def _with_journal(self, tables: dict) -> dict:
        """``tables`` with the journal's intact records applied and ``journal_seq`` moved
        past them, so that a migration rewrites the records not yet compacted too (they
        are skipped when the journal is replayed after it). Reads only; the replay that
        follows reports and keeps damaged lines. Caller holds the lock."""
        try:
            data = self.journal_path.read_bytes()
        except FileNotFoundError:
            return tables
        meta_id = next(iter(tables.get("meta", {})), 1)
        seq = int(tables.get("meta", {}).get(meta_id, {}).get("journal_seq", 0))
        for rec in _scan(data)[0]:
            if rec["q"] > seq:
                _apply_record(tables, rec)
                seq = rec["q"]
        tables.setdefault("meta", {})[meta_id] = {**tables.get("meta", {}).get(meta_id, {}), "journal_seq": seq}
        return tables

    def _replay(self, from_start: bool = False) -> list[dict]:
        """Apply journal records past our position (caller holds the lock)."""
        try:
            fd = os.open(self.journal_path, os.O_RDONLY)
        except FileNotFoundError:
            self._jpos, self._jino = 0, -1
            return []
        applied: list[dict] = []
        try:
            st = os.fstat(fd)
            start = 0 if from_start or st.st_ino != self._jino else self._jpos
            os.lseek(fd, start, os.SEEK_SET)
            data = b""
            while chunk := os.read(fd, 1 << 20):
                data += chunk
        finally:
            os.close(fd)
        records, damaged, end = _scan(data)
        for rec in records:
            if rec["q"] <= self._seq:
                continue
            self._apply(rec)
            applied.append(rec)
        pos = start + end
        damaged = [(start + off, raw) for off, raw in damaged]
        fold = bool(damaged)
        if end < len(data) and not self.readonly:
            pos = self._mend_tail(data[end:], pos, damaged, applied)
        if damaged:
            self._set_aside(damaged)
        self._jpos, self._jino = pos, st.st_ino
        if fold and not self.readonly:
            # Fold every intact record into the file now, so that the damaged line is read
            # (and reported) once, and no later append can sit behind it.
            self._compact_locked()
        return applied

    def _mend_tail(self, tail: bytes, pos: int, damaged: list, applied: list) -> int:
        """The bytes after the last newline (caller holds the lock, so nobody is writing
        them): a whole record whose line end was lost gets it back; anything else is a
        record torn by a crash mid-append (never acknowledged), kept aside and cut off so
        later appends stay parseable. Returns the new end of the journal."""
        rec = _parse_line(tail)
        if rec is None and (rec := _parse_line(tail[:-1])) is not None:
            tail = tail[:-1]  # the line end itself was changed
        try:
            with open(self.journal_path, "r+b") as f:
                if rec is not None:
                    f.seek(pos + len(tail))
                    f.write(b"\n")
                    f.truncate()
                else:
                    f.truncate(pos)
                os.fsync(f.fileno())
        except OSError:
            return pos
        if rec is None:
            if tail.strip():
                damaged.append((pos, tail))
            return pos
        if rec["q"] > self._seq:
            self._apply(rec)
            applied.append(rec)
        return pos + len(tail) + 1

    def _set_aside(self, damaged: list[tuple[int, bytes]]) -> None:
        """Keep damaged journal bytes in ``W.journal.damaged-<time>`` and say so."""
        where = ", ".join(str(off) for off, _ in damaged[:5]) + (" …" if len(damaged) > 5 else "")
        kept = "they could not be kept (read-only)"
        if not self.readonly:
            bad = self.journal_path.with_name(f"{self.journal_path.name}.damaged-{_stamp()}")
            try:
                _write_new(bad, b"".join(b + b"\n" for _, b in damaged), self.mode, self.group)
                kept = f"the damaged bytes are kept in {bad}"
            except OSError as err:
                kept = f"the damaged bytes could not be kept ({err.strerror})"
        self.notices.append(
            f"{self.journal_path}: {len(damaged)} damaged record(s) skipped at byte {where}; "
            f"every other record was read; {kept}"
        )

    def _apply(self, rec: dict) -> None:
        self._seq = max(self._seq, rec["q"])
        _apply_record(self.tables, rec)
        if rec["o"] == "i" and rec["id"] >= self._next_id.get(rec["t"], 1):
            self._next_id[rec["t"]] = rec["id"] + 1

    def _catch_up(self) -> list[dict]:
        """Read what others appended since we last looked (caller holds the lock)."""
        if self._signature(self.path) != self._main_sig:
            self._load()
            return [{"t": "*", "o": "reload"}]
        try:
            st = os.stat(self.journal_path)
        except FileNotFoundError:
            return []
        if st.st_ino == self._jino and st.st_size == self._jpos:
            return []
        return self._replay()

    # ------------------------------------------------------------------ reading
    def all(self, table: str) -> list[dict[str, Any]]:
        """Copies of every record of ``table`` (a list of dicts), each with its doc_id under ``"_id"``;
        [] for an unknown table.
        """
        with self._mutex:
            return [dict(d, _id=i) for i, d in self.tables.get(table, {}).items()]

    def docs(self, table: str) -> dict[int, dict]:
        """A snapshot of ``table``: doc_id -> record, taken under the lock, so a thread may
        iterate it while another applies records (do not modify the records: they are
        shared, and an update replaces a record rather than changing it)."""
        with self._mutex:
            return dict(self.tables.get(table, {}))

    def count(self, table: str) -> int:
        """How many records ``table`` holds (0 for an unknown table), without copying it: a
        caller that only counts (after every tag) costs the same with 100k stances as with 10."""
        with self._mutex:
            return len(self.tables.get(table, {}))

    def refresh(self) -> list[dict]:
        """Pick up what other processes wrote: the new records, oldest first, or one
        ``{"t": "*", "o": "reload"}`` when another process compacted the workspace."""
        with self._locked():
            return self.take_unseen() + self._catch_up()

    def take_unseen(self) -> list[dict]:
        """The records of other processes read (and applied to the tables) while this one
        wrote, compacted or rewrote, oldest first, not yet returned by ``refresh``; each is
        returned once. A caller that keeps views of the tables (the stance history) applies
        them like ``refresh``'s, so a record another analyst wrote just before this one's
        write is not missed."""
        with self._mutex:
            out, self._unseen = self._unseen, []
            return out

    # ------------------------------------------------------------------ writing
    def append(self, ops: Iterable[Op]) -> list[int]:
        """Apply changes (:class:`Op`, or plain ``(kind, table, doc, doc_id)`` tuples)
        durably: the records are on disk (fdatasync) when this returns. Returns the
        doc_id of each op, in order (the new number for an insert)."""
        if self.readonly:
            raise ReadOnlyError(f"{self.path} is read-only: not saved")
        with self._locked():
            self._unseen += self._catch_up()
            if self._needs_compact:
                self._compact_locked()
            records, ids = [], []
            next_ids: dict[str, int] = {}
            seq = self._seq
            for op, table, doc, doc_id in ops:
                if op == "i":
                    if table not in next_ids:
                        next_ids[table] = self._next_id.get(table, 1)
                    doc_id = next_ids[table]
                    next_ids[table] += 1
                seq += 1
                records.append({"q": seq, "t": table, "o": op, "id": doc_id, "d": doc})
                ids.append(doc_id)
            data = b"".join(_line(r) for r in records)
            fd = size = None
            try:
                # Opening (creating) the journal fails too on a full disk (no inode or
                # directory block left): said like a failed write, never a raw OSError.
                fd = self._journal_fd()
                size = os.fstat(fd).st_size
                _write_all(fd, data)
                os.fdatasync(fd)
            except OSError as err:
                # Roll back a partial append so the journal ends on a whole record.
                try:
                    if fd is not None and size is not None:
                        os.ftruncate(fd, size)
                        os.fsync(fd)
                except OSError:
                    pass
                if err.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise DiskFullError(f"the disk holding {self.path} is full: not saved (the workspace is unchanged)") from None
                raise StoreError(f"{self.journal_path}: write failed ({err.strerror}): not saved") from None
            for r in records:
                self._apply(r)
            self._jpos = size + len(data)
            return ids

    def insert(self, table: str, doc: dict) -> int:
        """Insert ``doc`` into ``table`` durably (see ``append``); returns its new doc_id. Raises
        ``ReadOnlyError``, ``DiskFullError``, ``LockedError``.
        """
        return self.append([Op.insert(table, doc)])[0]

    def insert_many(self, table: str, docs: list[dict]) -> list[int]:
        """Insert ``docs`` into ``table`` in one durable append; returns their new doc_ids in order ([]
        for no docs). Raises as ``append``.
        """
        return self.append([Op.insert(table, d) for d in docs]) if docs else []

    def update(self, table: str, doc_id: int, fields: dict) -> None:
        """Merge ``fields`` into record ``doc_id`` of ``table`` durably (see ``append``). Raises as
        ``append``.
        """
        self.append([Op.update(table, doc_id, fields)])

    def _journal_fd(self) -> int:
        try:
            st = os.stat(self.journal_path)
        except FileNotFoundError:
            st = None
        if self._jfd is not None and (st is None or os.fstat(self._jfd).st_ino != st.st_ino):
            os.close(self._jfd)
            self._jfd = None
        if self._jfd is None:
            created = st is None
            self._jfd = os.open(self.journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, self.mode)
            if created:
                os.fchmod(self._jfd, self.mode)
                if self.group >= 0:
                    os.fchown(self._jfd, -1, self.group)
                _fsync_dir(self.path.parent)
            self._jino = os.fstat(self._jfd).st_ino
        return self._jfd

    @property
    def journal_records(self) -> int:
        """Records written since the last compaction (by anyone)."""
        meta = next(iter(self.tables.get("meta", {}).values()), {})
        return self._seq - int(meta.get("journal_seq", 0))

    def compact(self) -> bool:
        """Fold the journal into the TinyDB file. Returns False when there was nothing to do
        or it could not be done (the journal then stays authoritative, nothing is lost)."""
        if self.readonly:
            return False
        with self._locked():
            self._unseen += self._catch_up()
            if self.journal_records == 0 and not self._needs_compact:
                return False
            return self._compact_locked()

    def rewrite(self, change) -> bool:
        """Replace the tables with ``change(tables)`` under the lock, written as a compaction
        (the previous file becomes ``W.bak``, the journal ``W.journal.prev``; other sessions
        reload). ``change`` gets a copy of the tables (table -> doc_id -> record) with what
        others appended caught up, and returns new tables, or None to write nothing.
        Returns whether anything was written. Raises ``ReadOnlyError``, ``LockedError``,
        ``DiskFullError`` or ``StoreError`` (the workspace unchanged then)."""
        if self.readonly:
            raise ReadOnlyError(f"{self.path} is read-only: not saved")
        with self._locked():
            self._unseen += self._catch_up()
            new = change({t: dict(d) for t, d in self.tables.items()})
            if new is None:
                return False
            old, old_ids = self.tables, self._next_id
            self.tables = {**{t: {} for t in TABLES}, **new, "meta": old["meta"]}
            self._next_id = {name: max(docs, default=0) + 1 for name, docs in self.tables.items()}
            before = len(self.notices)
            if not self._compact_locked():
                self.tables, self._next_id = old, old_ids
                why = self.notices.pop() if len(self.notices) > before else "compaction failed"
                if "No space" in why or "quota" in why:
                    raise DiskFullError(f"the disk holding {self.path} is full: not saved (the workspace is unchanged)")
                raise StoreError(f"{self.path}: not saved ({why})")
            return True

    def export_bytes(self) -> bytes:
        """The whole workspace (file and journal) as one workspace file: TinyDB JSON that
        ``Store`` opens, ``journal_seq`` 0 (no journal belongs to it)."""
        with self._locked():
            self._unseen += self._catch_up()
            meta_id = next(iter(self.tables["meta"]), 1)
            meta = {**self.tables["meta"].get(meta_id, {}), "schema_version": SCHEMA_VERSION, "journal_seq": 0,
                    "exported_at": _now(), "exported_from": str(self.path)}
            out = {t: {str(i): d for i, d in docs.items()} for t, docs in self.tables.items()}
            out["meta"] = {str(meta_id): meta}
            return orjson.dumps(out)

    def _compact_locked(self) -> bool:
        meta_id = next(iter(self.tables["meta"]), 1)
        meta = {**self.tables["meta"].get(meta_id, {}), "schema_version": SCHEMA_VERSION, "journal_seq": self._seq, "compacted_at": _now()}
        out = {t: {str(i): d for i, d in docs.items()} for t, docs in self.tables.items()}
        out["meta"] = {**out["meta"], str(meta_id): meta}
        db = TinyDB(self.path, storage=OrjsonStorage, mode=self.mode, group=self.group)
        bak_tmp = self.path.with_name(f".{self.path.name}.bak-{os.getpid()}")
        try:
            os.link(self.path, bak_tmp)  # the previous generation, kept for recovery
            os.replace(bak_tmp, self.path.with_name(self.path.name + ".bak"))
            db.storage.write(out)
        except OSError as err:
            try:
                os.unlink(bak_tmp)  # a rename refused by a full disk leaves the link behind
            except OSError:
                pass
            self.notices.append(f"compaction skipped ({err.strerror}); the journal keeps every record")
            return False
        self.tables["meta"][meta_id] = meta
        try:
            os.replace(self.journal_path, self.journal_path.with_name(self.journal_path.name + ".prev"))
        except FileNotFoundError:
            pass
        if self._jfd is not None:
            os.close(self._jfd)
            self._jfd = None
        try:
            self._journal_fd()
        except OSError:
            pass  # (a full disk) the next append creates it, or says it could not
        self._main_sig = self._signature(self.path)
        self._jpos = 0
        self._needs_compact = False
        return True

    def close(self, compact: bool = True) -> None:
        """Fold the journal into the file (``compact``) unless ``compact`` is False or the store is
        read-only (a failed compaction is ignored: the journal keeps the records), then close the
        journal and release the lock.
        """
        if compact and not self.readonly:
            try:
                self.compact()
            except StoreError:
                pass
        with self._mutex:
            if self._jfd is not None:
                os.close(self._jfd)
                self._jfd = None
            if self._lock_fd is not None and not self._fast_depth:
                self._lock_fd_close()
                self._lock_fd = None


def recover(path: str | Path, mode: int | None = None, group: int | None = None) -> str:
    """Rebuild a workspace from the newest readable state: the TinyDB file when it reads as
    a workspace, else ``W.bak``; then every intact record of ``W.journal.prev`` and
    ``W.journal`` past it (the same scan and replay as opening). Holds the workspace lock
    throughout, so no session writes meanwhile; the result never has fewer records than
    the state it starts from. The replacement is written whole (temp file, fsync) before
    anything is moved: the previous file is then kept as ``W.corrupt-<time>`` (or
    ``W.before-recover-<time>`` when it was readable), the journals as
    ``W.journal*.replayed-<time>``. ``mode``/``group`` default to those of the existing file.
    Returns a one-line summary; raises StoreError (LockedError, DiskFullError, ...)."""
    path = _real_path(path)
    _check_not_directory(path)
    bak = path.with_name(path.name + ".bak")
    journals = [path.with_name(path.name + ".journal.prev"), path.with_name(path.name + ".journal")]
    like = next((f for f in (path, bak, *journals) if f.exists()), None)
    if like is None:
        raise StoreError(f"{path}: no workspace, backup or journal there: nothing to recover")
    st = like.stat()
    mode = stat.S_IMODE(st.st_mode) if mode is None else mode
    group = st.st_gid if group is None else group
    lock_path = path.with_name(path.name + ".lock")
    lock_created = _prepare_lock(lock_path, mode, group)
    lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT, mode=mode, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise LockedError(f"{path}: another bluf has held the workspace lock for over {LOCK_TIMEOUT:.0f} s; "
                          "close the other sessions and run `bluf recover` again") from None
    except OSError as err:
        raise _os_error(lock_path, err, "cannot lock the workspace") from None
    try:
        return _recover_locked(path, bak, journals, mode, group)
    except StoreError:
        if lock_created:  # nothing was done: leave nothing behind
            lock_path.unlink(missing_ok=True)
        raise
    finally:
        lock.release()


def _recover_locked(path: Path, bak: Path, journals: list[Path], mode: int, group: int) -> str:
    base: dict[str, dict[int, dict]] | None = None
    source, problems = "an empty workspace", []
    for candidate in (path, bak):
        try:
            data = candidate.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as err:
            problems.append(f"{candidate.name}: {err.strerror}")
            continue
        try:
            raw = orjson.loads(data) if data.strip() else _EMPTY
            base, _ = _workspace_tables(raw, candidate)
        except NewerVersionError:
            raise
        except (orjson.JSONDecodeError, StoreError):
            problems.append(f"{candidate.name} is unreadable")
            continue
        source = candidate.name
        break
    scans = []
    for j in journals:
        try:
            scans.append((j, *_scan(j.read_bytes())))
        except FileNotFoundError:
            continue
        except OSError as err:
            raise _os_error(j, err, "cannot read the journal") from None
    if base is None and not any(records for _, records, _, _ in scans):
        raise StoreError(f"{path}: nothing readable to recover from ({'; '.join(problems) or 'no records'}); every file was left as it is")
    if base is None:
        base = {"meta": {1: {"schema_version": SCHEMA_VERSION, "journal_seq": 0, "created_at": _now()}}}
    for t in TABLES:
        base.setdefault(t, {})
    meta_id = next(iter(base["meta"]))
    seq = int(base["meta"][meta_id].get("journal_seq", 0))
    replayed = damaged = 0
    for _, records, bad, _ in scans:
        damaged += len(bad)
        for rec in records:
            if rec["q"] > seq:
                _apply_record(base, rec)
                seq = rec["q"]
                replayed += 1
    base["meta"][meta_id] = {**base["meta"][meta_id], "journal_seq": seq, "recovered_at": _now()}
    out = orjson.dumps({t: {str(i): d for i, d in docs.items()} for t, docs in base.items()})
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    stamp = _stamp()
    try:
        _write_temp(tmp, out, mode, group)  # whole and on disk before anything moves
        kept = ""
        if path.exists():
            aside = path.with_name(f"{path.name}.{'before-recover' if source == path.name else 'corrupt'}-{stamp}")
            _copy_aside(path, aside, mode, group)
            kept = f"; the previous file is kept as {aside.name}"
        os.replace(tmp, path)
    except OSError as err:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise _os_error(path, err, "recovery not done, every file was left as it is") from None
    _fsync_dir(path.parent)
    for j, _, bad, _ in scans:
        try:
            if os.path.getsize(j) == 0:
                os.unlink(j)  # nothing was in it: keeping an empty copy is litter
            else:
                os.replace(j, j.with_name(f"{j.name}.replayed-{stamp}"))
        except OSError:
            pass
    _fsync_dir(path.parent)
    counts = f"{len(base['sources'])} sources, {len(base['stances'])} stance records"
    note = f"; {damaged} damaged journal record(s) skipped" if damaged else ""
    return f"rebuilt {path} from {source} and {replayed} journal records ({counts}){note}{kept}"
