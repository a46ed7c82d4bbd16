"""Event types: the kinds of incident (drones, missiles, ...) and the actions (violation,
shoot-down, ...) that incident detection recognises, read from a data file:
annotate/events.toml, or the user's events.toml in the config dir, or $BLUF_EVENTS."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class EventType:
    """One kind or action: ``name`` as stored on a mention, ``title`` for incident titles
    ("" for none), ``pattern`` a compiled case-insensitive regex (None: the fallback)."""

    name: str
    title: str = ""
    pattern: re.Pattern | None = None


@dataclass(frozen=True)
class EventTypes:
    """The kinds and the actions in file order (the first whose pattern matches wins), the
    file they were read from, and why a user's file was not used (one line each)."""

    kinds: tuple[EventType, ...]
    actions: tuple[EventType, ...]
    path: str = ""
    problems: tuple[str, ...] = field(default=())


def bundled_events_file() -> Path:
    """Path of the events.toml shipped with bluf (next to this module), used when the user has none."""
    return Path(__file__).with_name("events.toml")


def _entries(data: dict, table: str) -> tuple[EventType, ...]:
    out = []
    for e in data.get(table, []):
        pattern = e.get("pattern")
        out.append(EventType(str(e["name"]), str(e.get("title", "")), re.compile(pattern, re.I) if pattern is not None else None))
    return tuple(out)


def parse_event_types(data: dict, path: str = "") -> EventTypes:
    """EventTypes from a parsed events.toml. Raises KeyError, TypeError or re.error on a
    malformed entry."""
    return EventTypes(_entries(data, "kind"), _entries(data, "action"), path)


@lru_cache(maxsize=4)
def _load(path: str) -> EventTypes:
    try:
        return parse_event_types(tomllib.loads(Path(path).read_text(encoding="utf-8")), path)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, re.error) as err:
        bundled = _load(str(bundled_events_file()))
        return EventTypes(bundled.kinds, bundled.actions, bundled.path, (f"{path}: not used ({str(err).splitlines()[0]})",))


def load_event_types(path: str | Path | None = None) -> EventTypes:
    """The user's events.toml (``BLUF_EVENTS`` or the config dir) if present, else the
    bundled one. A user's file that cannot be read or parsed is not used: the bundled one
    is, and ``problems`` says why."""
    if path is None:
        from .locations import config_dir

        env = os.environ.get("BLUF_EVENTS")
        user = Path(env) if env else config_dir() / "events.toml"
        path = user if user.is_file() else bundled_events_file()
    return _load(str(path))
