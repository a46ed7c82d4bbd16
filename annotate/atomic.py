"""Writing a whole file so that it is either the old one or the new one, never a part.

The one place bluf writes files in one go: exports (``annotate.export``), the workspace
file (``store.OrjsonStorage``), its recovery copies and new files (``write_new``), the
analysis cache (``annotate.cache``) and the derived-data cache (``annotate.derived_cache``).
A temporary file in the same directory is created with the final mode and group, written,
fsync'd, renamed over the target, and the directory fsync'd. On any error (a full disk, a
quota, a permission) the temporary file is removed and the target is left as it was; the
``OSError`` is raised for the caller to put in one line (the caches drop it: they cost
time only). Plain ``os`` calls."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Flush directory ``path`` (a rename in it survives a crash); errors are ignored (some
    file systems cannot open or sync a directory)."""
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


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to file descriptor ``fd`` (``os.write`` may write part);
    raises ``OSError``."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _unlink(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _fill(fd: int, data: bytes, mode: int, group: int, durable: bool) -> None:
    """Give the open file ``fd`` exactly ``mode`` (whatever the umask) and ``group`` (-1:
    the default), write ``data``, fsync it when ``durable``, and close it."""
    try:
        os.fchmod(fd, mode)
        if group >= 0:
            os.fchown(fd, -1, group)
        write_all(fd, data)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)


def write_temp(tmp: Path, data: bytes, mode: int, group: int) -> None:
    """Write ``data`` to a new file at the chosen name ``tmp`` with ``mode`` and ``group`` and
    fsync it; on any error (a full disk) the partial file is removed and the error raised."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        _fill(fd, data, mode, group, durable=True)
    except BaseException:
        _unlink(tmp)
        raise


def write_atomic(
    path: str | Path,
    data: bytes,
    mode: int = 0o600,
    group: int = -1,
    *,
    temp: Path | None = None,
    follow: bool = True,
    durable: bool = True,
) -> Path:
    """Replace the file at ``path`` with ``data`` atomically; returns the path written.

    ``mode``: permission bits of the new file (exactly, whatever the umask); ``group``: a
    group id for it, -1 to keep the default. ``temp``: the temporary file's name (the
    store uses ``.W.tmp-PID``, which it knows to clean up); default: a fresh
    ``.NAME.XXXX.tmp`` beside the target. ``follow`` (exports): a symbolic link is written
    through (its target gets the new content, the link stays a link), and a device, FIFO
    or socket (``/dev/stdout``, ``/dev/null``) is written to directly, as there is no file
    to replace; ``follow=False`` (the workspace file) replaces ``path`` itself.
    ``durable``: fsync the file and then the directory (the caches, rebuildable, skip it).

    Raises ``OSError`` (ENOSPC, EDQUOT, EACCES, EISDIR, ENOENT for a missing directory…)
    with nothing changed and no temporary file left behind."""
    target = Path(path)
    if follow:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            st = None
        if st is not None and not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
            with open(path, "wb") as f:
                f.write(data)
            return target
        target = Path(os.path.realpath(path))
        if target.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(path))
    if temp is None:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    else:
        tmp = temp
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        _fill(fd, data, mode, group, durable)
        os.replace(tmp, target)
    except BaseException:
        _unlink(tmp)
        raise
    if durable:
        fsync_dir(target.parent)
    return target


def write_new(path: Path, data: bytes, mode: int, group: int) -> bool:
    """Create ``path`` whole or not at all (temp file ``.W.new-PID``, fsync, hard link):
    never a 0-byte or half-written file, and never over a file another process created
    meanwhile. Returns False when ``path`` existed already; raises ``OSError``."""
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    write_temp(tmp, data, mode, group)
    try:
        os.link(tmp, path)
        created = True
    except FileExistsError:
        created = False
    except OSError as err:
        if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK) or path.exists():
            raise
        os.replace(tmp, path)  # a file system without hard links (some network shares)
        created = True
    finally:
        _unlink(tmp)
    fsync_dir(path.parent)
    return created
