"""Which files an import reads: named files, directories walked recursively (following
symbolic links to directories, each directory once, loops reported), stdin."""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
from dataclasses import dataclass

from ..ingest import IngestError
from ._common import error

# Extension -> format. Files found in directories must have one of these.
SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".jsonl": "jsonl",
}
STDIN = "-"


@dataclass(frozen=True)
class Found:
    """An input file to import: ``path`` as given or joined from the directory given; "-" for standard
    input.
    """

    path: str  # as given or joined from the directory given; "-" for stdin


def _why(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    return err.strerror or str(err)


def special_file(mode: int) -> str:
    """Why a path that is not a regular file is refused. Opening a FIFO waits for a writer
    (forever, if none comes) and a device can be endless, so neither is ever opened."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file; to read a pipe, give - and redirect it to stdin"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def _matches(name: str, pattern: str) -> bool:
    if os.path.splitext(name)[1].lower() not in SUFFIXES:
        return False
    return pattern in ("", "*") or fnmatch.fnmatchcase(name.lower(), pattern.lower())


# A folder's own notes, not articles: README.md, SOURCES.txt, LICENSE.rst (any case; a
# sources.jsonl or a feed is data, and is read). A note given by its own path is read.
FOLDER_NOTES = re.compile(r"(readme|sources|licen[cs]e)(\.(md|markdown|txt|text|rst))?", re.IGNORECASE)


def find_files(paths: list[str], pattern: str, errors: list[IngestError], notes: list[str] | None = None) -> list[Found]:
    """The files to read, in order: each path as given; a directory's files by name,
    then its subdirectories by name (depth first). Hidden entries (".name") and a
    folder's notes (``FOLDER_NOTES``) of the pattern inside directories are skipped; the notes' names
    are appended to ``notes`` (once each) when given. Problems are appended to
    ``errors``, once each."""
    out: list[Found] = []
    walked: set[tuple[int, int]] = set()  # directories already read
    stdin_taken = False
    for p in paths:
        p = os.fspath(p)
        if p == STDIN:
            if stdin_taken:
                errors.append(error("stdin", "given more than once; read once"))
            else:
                stdin_taken = True
                out.append(Found(STDIN))
            continue
        try:
            st = os.stat(p)
        except OSError as err:
            if isinstance(err, FileNotFoundError) and os.path.islink(p):
                errors.append(error(p, "broken symbolic link (its target does not exist)"))
            else:
                errors.append(error(p, _why(err)))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(p, (st.st_dev, st.st_ino), pattern, walked, out, errors, notes if notes is not None else [])
        elif stat.S_ISREG(st.st_mode):
            out.append(Found(p))
        else:
            errors.append(error(p, special_file(st.st_mode)))
    return out


def _walk(root: str, root_key, pattern: str, walked: set, out: list[Found], errors: list[IngestError],
          notes: list[str]) -> None:
    # An explicit stack, not recursion: a deep tree cannot exhaust Python's stack. Each
    # item carries the chain of directories above it, to tell a loop from a second link.
    stack: list[tuple[str, tuple]] = [(root, (root_key,))]
    if root_key in walked:
        return
    walked.add(root_key)
    while stack:
        d, ancestors = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            reason = _why(err)
            if reason == "permission denied":
                reason = "permission denied (cannot list the directory)"
            errors.append(error(d, reason))
            continue
        subdirs: list[tuple[str, tuple]] = []
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                is_dir = e.is_dir()
                is_file = not is_dir and e.is_file()
            except OSError as err:
                errors.append(error(e.path, _why(err)))
                continue
            if is_dir:
                try:
                    st = e.stat()
                except OSError as err:
                    errors.append(error(e.path, _why(err)))
                    continue
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    errors.append(error(e.path, f"symbolic link loop (leads back to {os.path.realpath(e.path)}); not followed"))
                elif key not in walked:  # a second way into a directory already read: skip
                    walked.add(key)
                    subdirs.append((e.path, ancestors + (key,)))
            elif is_file:
                if not _matches(e.name, pattern):
                    continue
                if FOLDER_NOTES.fullmatch(e.name):
                    if e.name not in notes:
                        notes.append(e.name)
                else:
                    out.append(Found(e.path))
            elif e.is_symlink() and _matches(e.name, pattern):
                try:
                    os.stat(e.path)
                except OSError as err:
                    reason = _why(err)
                    if reason == "no such file or directory":
                        reason = "broken symbolic link (its target does not exist)"
                    errors.append(error(e.path, reason))
        stack.extend(reversed(subdirs))
