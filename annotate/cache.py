"""The analysis cache: one JSON file per (pipeline version, text hash), written atomically.

It is derived data, rebuildable at any time, kept apart from the workspace file so that
saving a tag never rewrites it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import orjson

from .models import Analysis


class AnalysisCache:
    def __init__(self, directory: str | Path, mode: int = 0o600):
        self.dir = Path(directory)
        self.mode = mode  # of the workspace file: the cache holds article text too
        self.dir_mode = 0o700 | (0o070 if mode & 0o060 else 0)

    def _path(self, source_id: str, pipeline: str) -> Path:
        return self.dir / pipeline / f"{source_id}.json"

    def has(self, source_id: str, pipeline: str) -> bool:
        return self._path(source_id, pipeline).exists()

    def get(self, source_id: str, pipeline: str) -> Analysis | None:
        try:
            data = orjson.loads(self._path(source_id, pipeline).read_bytes())
            return Analysis.from_dict(data)
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return None

    def put(self, analysis: Analysis) -> None:
        """Best effort: a cache that cannot be written only costs time later."""
        path = self._path(analysis.source_id, analysis.pipeline)
        try:
            for d in (self.dir, path.parent):
                d.mkdir(exist_ok=True, mode=self.dir_mode)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            os.fchmod(fd, self.mode)
            with os.fdopen(fd, "wb") as f:
                f.write(orjson.dumps(analysis.to_dict()))
            os.replace(tmp, path)
        except OSError:
            try:
                os.unlink(tmp)  # type: ignore[possibly-undefined]
            except (OSError, NameError):
                pass
