"""User settings shared by the CLI and the TUI, from ``config.toml`` in the config dir."""

from __future__ import annotations

import getpass
import os
import tomllib
from functools import lru_cache
from pathlib import Path

from .locations import config_file


@lru_cache(maxsize=4)
def _read(path: str) -> tuple[dict, str]:
    p = Path(path)
    if not p.is_file():
        return {}, ""
    try:
        return tomllib.loads(p.read_text(encoding="utf-8")), ""
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return {}, f"{p}: ignored ({str(err).splitlines()[0]})"


def config_path(path: str | Path | None = None) -> Path:
    """Where config.toml is read from: ``path``, else ``$BLUF_CONFIG``, else
    ``bluf locate config`` (the XDG config dir)."""
    return Path(path or os.environ.get("BLUF_CONFIG") or config_file())


def config_exists(path: str | Path | None = None) -> bool:
    """Whether there is anything at ``config_path(path)`` (a file, or something that is no
    file: ``check_config`` reports that); without one every setting has its default."""
    return config_path(path).exists()


def load_config(path: str | Path | None = None) -> tuple[dict, str]:
    """(parsed TOML as a dict, problem): the file at ``config_path(path)``, unchecked
    (``annotate.config_schema.check_config`` gives the typed, checked settings). A missing
    file is ``({}, "")``; a broken one is reported in one line and ignored. Cached per path:
    tests that write a file call ``_read.cache_clear()``."""
    return _read(str(config_path(path)))


def annotator(config=None) -> str:
    """Who is annotating: ``BLUF_ANNOTATOR``, else ``[user] name`` in config.toml
    (``config``: an ``annotate.config_schema.Config``; default: the checked file), else
    the login name, else "analyst"."""
    if env := os.environ.get("BLUF_ANNOTATOR"):
        return env
    if config is None:
        from .config_schema import check_config

        config = check_config()[0]
    if name := config.user.name.strip():
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def scheduler(config=None) -> str:
    """The Dask scheduler address of ``[analysis] scheduler`` in config.toml (``config``: an
    ``annotate.config_schema.Config``; default: the checked file), "" when unset or invalid
    (analysis then runs on this machine)."""
    if config is None:
        from .config_schema import check_config

        config = check_config()[0]
    return config.analysis.scheduler.strip()
