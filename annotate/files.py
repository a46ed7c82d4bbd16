"""Files written whole: atomic replacement and creation with a given mode and group,
copies kept aside, lock files a team can share, and who owns a file that cannot be
written. Plain ``os`` calls; errors are OSError (the store turns them into one line)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def fsync_dir(path: Path) -> None:
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
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def write_temp(tmp: Path, data: bytes, mode: int, group: int) -> None:
    """Write ``data`` to a new file ``tmp`` with ``mode`` and ``group`` and fsync it; on any
    error (a full disk) the partial file is removed and the error raised."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        try:
            os.fchmod(fd, mode)
            if group >= 0:
                os.fchown(fd, -1, group)
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_replacing(path: Path, data: bytes, mode: int, group: int) -> None:
    """Replace ``path`` atomically (temp file ``.W.tmp-PID``, fsync, rename, directory
    fsync): a crash or a full disk leaves the old file or the new one, never a torn one.
    The temp file is only written under the workspace lock (see ``Store._remove_litter``)."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write_temp(tmp, data, mode, group)
    try:
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def write_new(path: Path, data: bytes, mode: int, group: int) -> bool:
    """Create ``path`` whole or not at all (temp file ``.W.new-PID``, fsync, hard link):
    never a 0-byte or half-written file, and never over a file another process created
    meanwhile. Returns False when ``path`` existed already."""
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
        try:
            os.unlink(tmp)
        except OSError:
            pass
    fsync_dir(path.parent)
    return created


def copy_aside(src: Path, dst: Path, mode: int, group: int) -> None:
    """Keep a copy of ``src`` as ``dst``: a hard link (no disk space, same owner, group and
    mode) or else a copy with the workspace's mode and group."""
    try:
        os.link(src, dst)
    except OSError:
        write_new(dst, src.read_bytes(), mode, group)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def owner_hint(path: Path) -> str:
    """Who owns ``path`` (or the nearest existing parent) and what to change, in words."""
    import grp
    import pwd

    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    def name(get, num: int) -> str:
        try:
            return get(num)[0]
        except KeyError:
            return str(num)

    try:
        st = p.stat()
    except OSError:
        return "check its owner and mode"
    user, group, me = name(pwd.getpwuid, st.st_uid), name(grp.getgrgid, st.st_gid), name(pwd.getpwuid, os.getuid())
    return (f"{p} belongs to {user}:{group} with mode {stat.S_IMODE(st.st_mode):04o} and you are {me}; "
            f"ask {user} to run `chgrp <your team group> {p} && chmod g+rw{'x' if p.is_dir() else ''} {p}`, "
            "and set that group as `group` in the workspace section of config.toml")


def prepare_lock_file(lock_path: Path, mode: int, group: int) -> bool:
    """Create the lock file with the workspace's mode and group (a lock file another team
    member cannot open locks everyone else out), or fix one we own. True when created."""
    try:
        fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
    except FileExistsError:
        try:
            st = os.stat(lock_path)
            if st.st_uid == os.getuid():
                if stat.S_IMODE(st.st_mode) | mode != stat.S_IMODE(st.st_mode):
                    os.chmod(lock_path, stat.S_IMODE(st.st_mode) | mode)  # widen only: never lock a team out
                if group >= 0 and st.st_gid != group:
                    os.chown(lock_path, -1, group)
        except OSError:
            pass
        return False
    except OSError:
        return False  # locking reports it in one line
    try:
        os.fchmod(fd, mode)
        if group >= 0:
            os.fchown(fd, -1, group)
    except OSError:
        pass
    finally:
        os.close(fd)
    return True
