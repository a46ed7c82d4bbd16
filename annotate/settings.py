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


def load_config(path: str | Path | None = None) -> tuple[dict, str]:
    """(settings, problem). A broken file is reported in one line and ignored."""
    return _read(str(path or os.environ.get("BLUF_CONFIG") or config_file()))


def annotator(config: dict | None = None) -> str:
    """Who is annotating: ``BLUF_ANNOTATOR``, else ``[user] name`` in config.toml, else
    the login name."""
    if env := os.environ.get("BLUF_ANNOTATOR"):
        return env
    cfg = config if config is not None else load_config()[0]
    name = cfg.get("user", {}).get("name") if isinstance(cfg.get("user"), dict) else None
    if isinstance(name, str) and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"
