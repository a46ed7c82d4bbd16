"""The workspace's files besides writing them whole (that is ``annotate.atomic``): copies
kept aside, lock files a team can share, whether a lock holder is alive, and who owns a
file that cannot be written. Plain ``os`` calls; errors are OSError (the store turns them
into one line)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .atomic import write_new


def copy_aside(src: Path, dst: Path, mode: int, group: int) -> None:
    """Keep a copy of ``src`` as ``dst``: a hard link (no disk space, same owner, group and
    mode) or else a copy with the workspace's mode and group."""
    try:
        os.link(src, dst)
    except OSError:
        write_new(dst, src.read_bytes(), mode, group)


def alive(pid: int) -> bool:
    """True when a process with id ``pid`` exists on this machine (including one owned by another user,
    which ``kill`` may not signal); False when there is none.
    """
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
    member cannot open locks everyone else out), or fix one we own: the group and others get
    the workspace's access, no less (never lock a team out) and no more (an older bluf made
    the feeds' lock 0644 whatever the workspace's mode). True when created."""
    try:
        fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), mode)
    except FileExistsError:
        try:
            st = os.stat(lock_path)
            if st.st_uid == os.getuid():
                # the owner's bits kept, the group's and others' those of the workspace (a team
                # sharing it has them in ``mode``: never locked out; anyone else never let in)
                want = (stat.S_IMODE(st.st_mode) & 0o700) | mode
                if want != stat.S_IMODE(st.st_mode):
                    os.chmod(lock_path, want)
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
