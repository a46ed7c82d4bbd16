"""The workspace store: the only module that imports TinyDB.

The workspace is a TinyDB JSON file (``TinyDB(path)`` opens it and finds every record)
plus a write-ahead journal beside it:

- ``W``           the TinyDB file: tables of documents, written only by compaction
                  (temp file, fsync, atomic rename, directory fsync), so a crash leaves
                  the previous or the new file, never a torn one;
- ``W.journal``   one line per change since the last compaction (JSON + CRC32),
                  appended and fdatasync'ed before a write returns: a tag shown as
                  saved is on disk. Replayed on open; a torn last line (a crash mid
                  append, never acknowledged) is cut off;
- ``W.lock``      the lock every writer holds while it appends or compacts (flock via
                  filelock; the kernel releases it when a process dies, so a crashed
                  session never leaves a stale lock);
- ``W.bak`` and ``W.journal.prev``  the previous generation, for ``bluf recover``.

Two processes append to one journal under the lock after reading what the other
appended, so neither loses the other's records; document ids come from the sequence of
the shared journal. Measured on this machine (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import socket
import threading
import weakref
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage

from .errors import BlufError

SCHEMA_VERSION = 3
TABLES = ("meta", "sources", "stances", "actor_edits", "incident_edits", "quote_edits", "vocabulary", "source_links", "briefs", "exports", "notes")
LOCK_TIMEOUT = 10.0


class StoreError(BlufError):
    """A workspace problem; ``str(err)`` is one line an analyst can act on."""


class NewerVersionError(StoreError):
    pass


class CorruptError(StoreError):
    pass


class ReadOnlyError(StoreError):
    pass


class DiskFullError(StoreError):
    pass


class LockedError(StoreError):
    pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _line(record: dict) -> bytes:
    body = orjson.dumps(record)
    return body + b"\t" + f"{zlib.crc32(body):08x}".encode() + b"\n"


def _parse_line(line: bytes) -> dict | None:
    """A journal record, or None when the line is torn or damaged."""
    body, sep, crc = line.rstrip(b"\n").rpartition(b"\t")
    if not sep or len(crc) != 8:
        return None
    try:
        if int(crc, 16) != zlib.crc32(body):
            return None
        return orjson.loads(body)
    except (ValueError, orjson.JSONDecodeError):
        return None


class OrjsonStorage(Storage):
    """A TinyDB storage that reads and writes the workspace file with orjson and writes
    atomically (temp file, fsync, rename, directory fsync). The output is plain JSON that
    TinyDB's default JSONStorage reads."""

    def __init__(self, path: str | Path, mode: int = 0o600, group: int = -1, **_: Any):
        self.path = Path(path)
        self.mode, self.group = mode, group

    def read(self) -> dict | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not data.strip():
            return None
        return orjson.loads(data)

    def write(self, data: dict) -> None:
        tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
        try:
            try:
                os.fchmod(fd, self.mode)
                if self.group >= 0:
                    os.fchown(fd, -1, self.group)
                _write_all(fd, orjson.dumps(data))
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _fsync_dir(self.path.parent)

    def close(self) -> None:
        pass


def _decode_tables(raw: dict) -> dict[str, dict[int, dict]]:
    tables: dict[str, dict[int, dict]] = {}
    for name, docs in raw.items():
        if not isinstance(docs, dict):
            raise ValueError(f"table {name!r} is not an object")
        tables[name] = {int(k): v for k, v in docs.items()}
    return tables


class Store:
    """Tables of documents with durable appends. Thread-safe; safe across processes."""

    def __init__(self, path: str | Path, *, mode: int = 0o600, group: int = -1, create: bool = True, readonly: bool = False):
        self.path = Path(path)
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
        if not self.path.exists():
            if readonly or not create:
                raise StoreError(f"{self.path}: no such workspace")
            self._create()
        self.readonly = readonly or not self._writable()
        if self.readonly and not readonly:
            self.notices.append(f"{self.path} is read-only for you: opened read-only, tags cannot be saved")
        self._lock = None if self.readonly and not os.access(self.lock_path, os.R_OK) else FileLock(
            str(self.lock_path), timeout=LOCK_TIMEOUT, mode=self.mode, thread_local=False
        )
        with self._locked():
            self._load()

    # ------------------------------------------------------------------ files
    def _writable(self) -> bool:
        return os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK | os.X_OK)

    def _create(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        empty = {t: {} for t in TABLES}
        empty["meta"] = {"1": {"schema_version": SCHEMA_VERSION, "journal_seq": 0, "created_at": _now()}}
        OrjsonStorage(self.path, self.mode, self.group).write(empty)
        self.new = True

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
                            raise StoreError(f"{store.lock_path}: cannot lock ({err.strerror})") from None
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
            os.close(fd)
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
            raw = TinyDB(self.path, storage=OrjsonStorage, access_mode="r").storage.read() or {}
            tables = _decode_tables(raw)
        except (orjson.JSONDecodeError, ValueError, TypeError, UnicodeDecodeError) as err:
            raise self._corrupt(str(err).splitlines()[0] if str(err) else type(err).__name__) from None
        except PermissionError:
            raise StoreError(f"{self.path}: permission denied") from None
        meta = next(iter(tables.get("meta", {}).values()), {})
        version = meta.get("schema_version", 1)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise NewerVersionError(
                f"{self.path} was written by a newer bluf (schema {version}, this bluf reads up to {SCHEMA_VERSION}); "
                "it was left untouched: upgrade bluf to open it"
            )
        if version < SCHEMA_VERSION:
            tables = self._migrate(tables, version)
        for t in TABLES:
            tables.setdefault(t, {})
        self.tables = tables
        self._next_id = {name: max(docs, default=0) + 1 for name, docs in tables.items()}
        self._seq = int(next(iter(tables["meta"].values()), {}).get("journal_seq", 0))
        self._main_sig = self._signature(self.path)
        self._jpos, self._jino = 0, -1
        self._replay(from_start=True)

    def _corrupt(self, why: str) -> CorruptError:
        copy = self.path.with_name(f"{self.path.name}.corrupt-{_stamp()}")
        try:
            shutil.copy2(self.path, copy)
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
        shutil.copy2(self.path, backup)
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
        for raw in data.splitlines(keepends=True):
            rec = _parse_line(raw) if raw.endswith(b"\n") else None
            if rec is None or rec["q"] <= seq:
                continue
            table = tables.setdefault(rec["t"], {})
            if rec["o"] == "i":
                table[rec["id"]] = rec["d"]
            elif rec["o"] == "u" and rec["id"] in table:
                table[rec["id"]] = {**table[rec["id"]], **rec["d"]}
            elif rec["o"] == "r":
                table.pop(rec["id"], None)
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
        pos = start
        for raw in data.splitlines(keepends=True):
            if not raw.endswith(b"\n"):
                break  # being written, or torn by a crash: never acknowledged
            rec = _parse_line(raw)
            if rec is None:
                bad = self.journal_path.with_name(f"{self.journal_path.name}.damaged-{_stamp()}")
                try:
                    shutil.copy2(self.journal_path, bad)
                except OSError:
                    pass
                self.notices.append(f"{self.journal_path} is damaged after byte {pos}; records from there on were not read (a copy is at {bad})")
                # Appending after damage would hide new records behind it: compact first.
                self._needs_compact = not self.readonly
                break
            pos += len(raw)
            if rec["q"] <= self._seq:
                continue
            self._apply(rec)
            applied.append(rec)
        if pos < start + len(data) and not self.readonly and data[pos - start :].find(b"\n") < 0:
            # A torn tail from a crash mid-append: cut it off so later appends stay parseable.
            try:
                with open(self.journal_path, "r+b") as f:
                    f.truncate(pos)
                    os.fsync(f.fileno())
            except OSError:
                pass
        self._jpos, self._jino = pos, st.st_ino
        return applied

    def _apply(self, rec: dict) -> None:
        self._seq = max(self._seq, rec["q"])
        table = self.tables.setdefault(rec["t"], {})
        if rec["o"] == "i":
            table[rec["id"]] = rec["d"]
            if rec["id"] >= self._next_id.get(rec["t"], 1):
                self._next_id[rec["t"]] = rec["id"] + 1
        elif rec["o"] == "u" and rec["id"] in table:
            table[rec["id"]] = {**table[rec["id"]], **rec["d"]}
        elif rec["o"] == "r":
            table.pop(rec["id"], None)

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
        with self._mutex:
            return [dict(d, _id=i) for i, d in self.tables.get(table, {}).items()]

    def docs(self, table: str) -> dict[int, dict]:
        """The live table (do not modify)."""
        return self.tables.get(table, {})

    def refresh(self) -> list[dict]:
        """Pick up what other processes wrote: the new records, oldest first, or one
        ``{"t": "*", "o": "reload"}`` when another process compacted the workspace."""
        with self._locked():
            return self._catch_up()

    # ------------------------------------------------------------------ writing
    def append(self, ops: Iterable[tuple[str, str, dict, int | None]]) -> list[int]:
        """Apply ``(op, table, doc, doc_id)`` changes durably: the records are on disk
        (fdatasync) when this returns. ``op`` is "i" (insert; doc_id None) or "u"."""
        if self.readonly:
            raise ReadOnlyError(f"{self.path} is read-only: not saved")
        with self._locked():
            self._catch_up()
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
            fd = self._journal_fd()
            size = os.fstat(fd).st_size
            try:
                _write_all(fd, data)
                os.fdatasync(fd)
            except OSError as err:
                # Roll back a partial append so the journal ends on a whole record.
                try:
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
        return self.append([("i", table, doc, None)])[0]

    def insert_many(self, table: str, docs: list[dict]) -> list[int]:
        return self.append([("i", table, d, None) for d in docs]) if docs else []

    def update(self, table: str, doc_id: int, fields: dict) -> None:
        self.append([("u", table, fields, doc_id)])

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
            self._catch_up()
            if self.journal_records == 0 and not self._needs_compact:
                return False
            return self._compact_locked()

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
        self._journal_fd()
        self._main_sig = self._signature(self.path)
        self._jpos = 0
        self._needs_compact = False
        return True

    def close(self, compact: bool = True) -> None:
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
                if self._lock_fd_pid == os.getpid():
                    os.close(self._lock_fd)
                self._lock_fd = None


def recover(path: str | Path) -> str:
    """Rebuild a workspace whose TinyDB file is damaged from ``W.bak`` and the journals.
    The damaged file is kept as ``W.corrupt-<time>``. Returns a one-line summary."""
    path = Path(path)
    bak = path.with_name(path.name + ".bak")
    journals = [path.with_name(path.name + ".journal.prev"), path.with_name(path.name + ".journal")]
    base: dict = {}
    source = "an empty workspace"
    for candidate in (bak,):
        try:
            base = _decode_tables(orjson.loads(candidate.read_bytes()))
            source = candidate.name
        except (OSError, ValueError, orjson.JSONDecodeError):
            base = {}
    seq = int(next(iter(base.get("meta", {}).values()), {}).get("journal_seq", 0)) if base else 0
    for t in TABLES:
        base.setdefault(t, {})
    if not base["meta"]:
        base["meta"] = {1: {"schema_version": SCHEMA_VERSION, "journal_seq": 0, "created_at": _now()}}
    replayed = 0
    for j in journals:
        try:
            data = j.read_bytes()
        except OSError:
            continue
        for raw in data.splitlines(keepends=True):
            rec = _parse_line(raw) if raw.endswith(b"\n") else None
            if rec is None:
                break
            if rec["q"] <= seq:
                continue
            table = base.setdefault(rec["t"], {})
            if rec["o"] == "i":
                table[rec["id"]] = rec["d"]
            elif rec["o"] == "u" and rec["id"] in table:
                table[rec["id"]] = {**table[rec["id"]], **rec["d"]}
            seq = rec["q"]
            replayed += 1
    meta_id = next(iter(base["meta"]))
    base["meta"][meta_id] = {**base["meta"][meta_id], "journal_seq": seq}
    if path.exists():
        os.replace(path, path.with_name(f"{path.name}.corrupt-{_stamp()}"))
    mode = 0o600
    OrjsonStorage(path, mode).write({t: {str(i): d for i, d in docs.items()} for t, docs in base.items()})
    for j in journals:
        if j.exists():
            os.replace(j, j.with_name(f"{j.name}.replayed-{_stamp()}"))
    return f"rebuilt {path} from {source} and {replayed} journal records"


def holder_info() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"
