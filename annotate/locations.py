"""Where bluf keeps things: XDG data, config and cache directories (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP = "bluf"


def data_dir() -> Path:
    """The XDG data directory of bluf (~/.local/share/bluf on Linux); not created here."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    """The XDG config directory of bluf (~/.config/bluf on Linux); not created here."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """The XDG cache directory of bluf (~/.cache/bluf on Linux); not created here."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP, appauthor=False))


def default_db() -> Path:
    """The workspace file: ``BLUF_DB`` if set, else ``<data dir>/workspace.json``."""
    env = os.environ.get("BLUF_DB")
    return Path(env).expanduser() if env else data_dir() / "workspace.json"


def sample_db() -> Path:
    """The sample workspace: ``<data dir>/sample.json``, beside the default one (``BLUF_DB``
    does not move it). ``bluf --sample`` opens it, made with the bundled seed articles the
    first time; the user's own workspace never gets them."""
    return data_dir() / "sample.json"


def config_file() -> Path:
    """``<config dir>/config.toml``, the file ``bluf locate config`` prints."""
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    """``<data dir>/themes``: the user's theme files (*.toml), read besides the bundled ones."""
    return data_dir() / "themes"
