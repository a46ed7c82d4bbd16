"""Writing a whole file so that it is either the old one or the new one, never a part.

One helper for every file bluf writes in one go (exports; the workspace file and caches
may move to it): a temporary file in the same directory, created with the final mode and
group, written, fsync'd, renamed over the target, and the directory fsync'd. On any error
(a full disk, a quota, a permission) the temporary file is removed and the target is left
as it was; the ``OSError`` is raised for the caller to put in one line."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


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


def write_atomic(path: str | Path, data: bytes, mode: int = 0o600, group: int = -1) -> Path:
    """Replace the file at ``path`` with ``data`` atomically and durably.

    ``mode``: permission bits of the new file (exactly, whatever the umask); ``group``: a
    group id for it, -1 to keep the default. A symbolic link is written through: its
    target gets the new content and the link stays a link. A path naming a device, a FIFO
    or a socket (``/dev/stdout``, ``/dev/null``) is written to directly: there is no file
    to replace, and replacing the node would be wrong. Returns the path written.

    Raises ``OSError`` (ENOSPC, EDQUOT, EACCES, EISDIR, ENOENT for a missing directory…)
    with nothing changed and no temporary file left behind."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    if st is not None and not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        with open(path, "wb") as f:
            f.write(data)
        return Path(path)
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        try:
            os.fchmod(fd, mode)
            if group >= 0:
                os.fchown(fd, -1, group)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(target.parent)
    return target
