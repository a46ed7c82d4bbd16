"""The analysis cache: one JSON file per (pipeline version, text hash), written atomically.

It is derived data, rebuildable at any time, kept apart from the workspace file so that
saving a tag never rewrites it."""

from __future__ import annotations

import os
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
        """Best effort: a cache that cannot be written only costs time later."""
        path = self._path(analysis.source_id, analysis.pipeline)
        try:
            for d in (self.dir, path.parent):
                make_dir(d, self.dir_mode, self.group)
            write_atomic(path, orjson.dumps(analysis.to_dict()), self.mode, self.group, follow=False, durable=False)
        except OSError:
            pass
