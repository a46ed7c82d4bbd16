"""A running session keeps the code it started with.

bluf loads screens and helpers on first use (start-up loads no screen it does not show).
When bluf is upgraded or updated under a reader left running, such a module would be read
from the new files and meet objects the old code made: the Incidents screen of a newer bluf
asked an older ``Incident`` for ``candidates`` (AttributeError, the session ended). ``guard()``
notes bluf's module files as they are when the session starts; a module of bluf imported later
from a file that changed (or appeared) since is refused with ``CodeChanged``, one line that
says to restart (the app shows it like any refusal; nothing saved is touched)."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from pathlib import Path

from annotate import BlufError

PACKAGES = ("annotate", "tui")


class CodeChanged(BlufError, ImportError):
    """A module of bluf changed on disk since this session started: not imported."""


def _signature(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def snapshot() -> dict[str, tuple[int, int, int]]:
    """Absolute path -> (inode, size, mtime ns) of every ``.py`` file of bluf's packages now."""
    out = {}
    for name in PACKAGES:
        module = sys.modules.get(name) or __import__(name)
        for root, _dirs, files in os.walk(Path(module.__file__).parent):
            for f in files:
                if f.endswith(".py"):
                    path = os.path.abspath(os.path.join(root, f))
                    if (sig := _signature(path)) is not None:
                        out[path] = sig
    return out


class _Guard(importlib.abc.MetaPathFinder):
    def __init__(self, files: dict[str, tuple[int, int, int]]):
        self.files = files

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] not in PACKAGES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            return None  # the usual finders decide
        origin = os.path.abspath(spec.origin)
        if self.files.get(origin) != _signature(origin):
            raise CodeChanged(f"bluf was updated while this session ran: restart it to use this (nothing is lost; "
                              f"{name} changed)", name=name, path=origin)
        return spec


def guard() -> None:
    """From now on, refuse to import a module of bluf whose file changed since this call
    (``CodeChanged``). Once per process."""
    if not any(isinstance(f, _Guard) for f in sys.meta_path):
        sys.meta_path.insert(0, _Guard(snapshot()))
