"""The analysis cache: one JSON file per (pipeline version, text hash), written atomically.

It is derived data, rebuildable at any time, kept apart from the workspace file so that
saving a tag never rewrites it.

A long text (parsed in parts, minutes) also leaves one file per finished part while it is
parsed, ``DIR/PIPELINE/SOURCE_ID.parts/NNNN.json``, so that an analysis cut short (quit,
kill, crash) resumes at the first part not done; the whole analysis, once written, replaces
them (``put``), and part files of other pipeline versions are removed (``drop_stale_parts``).
A part file is a header line (JSON: its key and the SHA-256 of the rest) then the part's
``Analysis`` as JSON: one whose key or digest does not match is parsed again, never trusted."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import orjson

from .atomic import write_atomic
from .models import Analysis


def dir_mode(mode: int) -> int:
    """The mode of a cache directory for workspace files of ``mode`` (group access when
    the files have it)."""
    return 0o700 | (0o070 if mode & 0o060 else 0)


def make_dir(d: Path, mode: int, group: int) -> None:
    """Create directory ``d`` with exactly ``mode`` (not narrowed by the umask) and
    ``group``; an existing one is left as it is."""
    try:
        d.mkdir(mode=mode)
    except FileExistsError:
        return
    os.chmod(d, mode)
    if group >= 0:
        os.chown(d, -1, group)


class AnalysisCache:
    """One analysis per (pipeline version, source id) as ``DIR/PIPELINE/SOURCE_ID.json``,
    written with the workspace's ``mode`` and ``group`` (annotate.atomic, without fsync:
    rebuildable). Never raises: a missing or unreadable entry is analysed again."""

    def __init__(self, directory: str | Path, mode: int = 0o600, group: int = -1):
        self.dir = Path(directory)
        self.mode = mode  # of the workspace file: the cache holds article text too
        self.group = group  # of the workspace ([workspace] group), so a team shares the cache
        self.dir_mode = dir_mode(mode)

    def problem(self) -> str | None:
        """One line when the cache exists but cannot be written by this user (analyses are
        then redone at every start), else None."""
        if not self.dir.exists() or os.access(self.dir, os.W_OK | os.X_OK):
            return None
        from .files import owner_hint

        return f"{self.dir}: the analysis cache is not writable for you, so articles are analysed again at every start ({owner_hint(self.dir)})"

    def _path(self, source_id: str, pipeline: str) -> Path:
        return self.dir / pipeline / f"{source_id}.json"

    def has(self, source_id: str, pipeline: str) -> bool:
        """True when an entry file exists for ``source_id`` under ``pipeline`` (it may still be
        unreadable; ``get`` tells).
        """
        return self._path(source_id, pipeline).exists()

    def get(self, source_id: str, pipeline: str) -> Analysis | None:
        """The cached ``Analysis`` of ``source_id`` made by ``pipeline``, or None when the entry is
        missing, unreadable or not a valid record.
        """
        try:
            data = orjson.loads(self._path(source_id, pipeline).read_bytes())
            return Analysis.from_dict(data)
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return None

    def lock(self, source_id: str, pipeline: str):
        """The lock a process holds while it parses ``source_id`` for ``pipeline`` (a
        ``filelock.FileLock`` on ``DIR/PIPELINE/SOURCE_ID.lock``; the kernel releases it when
        the process dies), so that two processes never parse one source at once; None when
        the cache directory cannot be made (then nothing is shared either)."""
        from filelock import FileLock

        path = self._path(source_id, pipeline).with_suffix(".lock")
        try:
            for d in (self.dir, path.parent):
                make_dir(d, self.dir_mode, self.group)
        except OSError:
            return None
        if not os.access(path.parent, os.W_OK | os.X_OK):
            return None
        return FileLock(str(path), mode=self.mode, thread_local=False)

    def busy(self, source_id: str, pipeline: str) -> bool:
        """True when another process (or thread) is parsing ``source_id`` for ``pipeline`` now."""
        lock = self.lock(source_id, pipeline) if self._path(source_id, pipeline).with_suffix(".lock").exists() else None
        if lock is None:
            return False
        from filelock import Timeout

        try:
            lock.acquire(timeout=0)
        except (Timeout, OSError) as err:
            return isinstance(err, Timeout)
        lock.release()
        return False

    def put(self, analysis: Analysis) -> None:
        """Best effort: a cache that cannot be written only costs time later. The part files
        of the source (``put_part``) are removed once the whole is written."""
        path = self._path(analysis.source_id, analysis.pipeline)
        try:
            for d in (self.dir, path.parent):
                make_dir(d, self.dir_mode, self.group)
            write_atomic(path, orjson.dumps(analysis.to_dict()), self.mode, self.group, follow=False, durable=False)
        except OSError:
            return
        self.drop_parts(analysis.source_id, analysis.pipeline)

    def _parts_dir(self, source_id: str, pipeline: str) -> Path:
        return self.dir / pipeline / f"{source_id}.parts"

    def get_part(self, source_id: str, pipeline: str, index: int, key: str) -> Analysis | None:
        """The ``Analysis`` of part ``index`` (1-based; offsets relative to the part's start)
        of ``source_id`` stored by ``put_part`` under ``key``, or None when there is none, or
        it was stored under another key, or it is truncated or corrupt (its digest does not
        match). Never raises."""
        try:
            raw = (self._parts_dir(source_id, pipeline) / f"{index:04d}.json").read_bytes()
            head, sep, body = raw.partition(b"\n")
            meta = orjson.loads(head)
            if not sep or meta.get("key") != key or meta.get("sha256") != hashlib.sha256(body).hexdigest():
                return None
            return Analysis.from_dict(orjson.loads(body))
        except (OSError, orjson.JSONDecodeError, AttributeError, KeyError, TypeError, ValueError):
            return None

    def put_part(self, analysis: Analysis, index: int, key: str) -> None:
        """Store ``analysis``, part ``index`` (1-based) of its source, under ``key`` (what the
        part depends on: the text, the part bounds, the pipeline), atomically. Best effort:
        a part that cannot be written is parsed again after a restart."""
        d = self._parts_dir(analysis.source_id, analysis.pipeline)
        body = orjson.dumps(analysis.to_dict())
        head = orjson.dumps({"key": key, "part": index, "sha256": hashlib.sha256(body).hexdigest()})
        try:
            self.dir.parent.mkdir(parents=True, exist_ok=True)  # (~/.cache/bluf for `bluf analyze`)
            for p in (self.dir, d.parent, d):
                make_dir(p, self.dir_mode, self.group)
            write_atomic(d / f"{index:04d}.json", head + b"\n" + body, self.mode, self.group, follow=False, durable=False)
        except OSError:
            pass

    def drop_parts(self, source_id: str, pipeline: str) -> None:
        """Remove the part files of ``source_id`` under ``pipeline`` (none: nothing to do)."""
        d = self._parts_dir(source_id, pipeline)
        if d.exists():
            shutil.rmtree(d, ignore_errors=True)

    def drop_stale_parts(self, pipeline: str) -> int:
        """Remove the part files of every source under pipeline versions other than
        ``pipeline`` (they can never be used again): the ``HEXID.parts`` folders of
        ``DIR/*/``; returns how many sources' parts went."""
        n = 0
        try:
            stale = [d for d in self.dir.glob("*/*.parts")
                     if d.parent.name != pipeline and re.fullmatch(r"[0-9a-f]+", d.stem) and d.is_dir()]
        except OSError:
            return 0
        for d in stale:
            shutil.rmtree(d, ignore_errors=True)
            n += 1
        return n
