"""A cache of what derives from the analyses (actors, incidents, per-source summaries),
keyed by everything it depends on: the sources and their dates, the analyst's edits, the
alias file and the pipeline. Reopening an unchanged workspace loads it instead of
resolving every actor again, and reads an article's analysis only when it is needed."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Callable, Iterator

import orjson

from .atomic import write_atomic
from .models import Actor, Analysis, Incident, _from_dict

# What a derivation holds, for the derived cache: bumped whenever a change of the derivation changes what
# it gives (actors, incidents, suggestions). What each version changed is in
# `git log -L "/^DERIVE_VERSION/,+1:annotate/derived_cache.py"`.
DERIVE_VERSION = 41  # 41: a bare title meeting another state's official is not of it; 40: session 20 (nicknames, joint statements, followers, patrons' targets, outlets run by a body; stance sources)
EDIT_TABLES = ("actor_edits", "incident_edits", "quote_edits", "source_links")


def inputs_key(pipeline: str, gazetteer_fp: str, sources, tables: dict[str, dict]) -> str:
    """The cache key of derived data: 24 hex digits of a sha256 over ``DERIVE_VERSION``, ``pipeline``,
    the gazetteer fingerprint ``gazetteer_fp``, each source's id, publication date and language, and the
    records of the edit tables (``EDIT_TABLES``) in ``tables`` (table name -> doc_id -> record).
    """
    h = hashlib.sha256()
    h.update(f"{DERIVE_VERSION}|{pipeline}|".encode())
    h.update(hashlib.sha256(gazetteer_fp.encode()).digest())
    for s in sorted(sources, key=lambda s: s.id):
        h.update(f"{s.id}:{s.published}:{s.language}|".encode())
    for name in EDIT_TABLES:
        docs = tables.get(name, {})
        h.update(orjson.dumps([docs[i] for i in sorted(docs)], option=orjson.OPT_SORT_KEYS))
    return h.hexdigest()[:24]


def summaries_of(analyses: Mapping[str, Analysis]) -> dict[str, dict]:
    """Per source: its quotes' spans and actors, how many, and their mean tone."""
    out = {}
    for sid, a in analyses.items():
        qs = a.quotes
        out[sid] = {
            "quotes": [[q.start, q.end, q.actor_id] for q in qs],
            "tone": round(sum(q.tone for q in qs) / len(qs), 4) if qs else None,
        }
    return out


def save(directory: Path, key: str, actors, incidents: list[Incident], summaries: dict, mode: int = 0o600, group: int = -1,
         base=None) -> None:
    """Write ``DIR/derived-KEY.json`` (annotate.atomic, without fsync) with ``mode`` and
    ``group``, and remove the entries of other keys. ``base``: the ``ActorIndex`` before the
    analysts' actor edits (its actors and aliases are kept too; its spans are ``actors``').
    Best effort, like the analysis cache: a cache that cannot be written costs time only
    (OSError is dropped)."""
    from dataclasses import asdict

    data = {
        "key": key,
        "actors": [asdict(a) for a in actors.actors.values()],
        "by_span": [[sid, s, e, aid] for (sid, s, e), aid in actors.by_span.items()],
        "aliases": actors.aliases,
        "merged": actors.merged,
        "merged_by": actors.merged_by,
        "incidents": [asdict(i) for i in incidents],
        "summaries": summaries,
    }
    if base is not None:
        data["base"] = {"actors": [asdict(a) for a in base.actors.values()], "aliases": base.aliases, "merged": base.merged}
    try:
        from .cache import dir_mode, make_dir

        directory.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        make_dir(directory, dir_mode(mode), group)
        write_atomic(directory / f"derived-{key}.json", orjson.dumps(data), mode, group, follow=False, durable=False)
        for old in directory.glob("derived-*.json"):
            if old.name != f"derived-{key}.json":
                old.unlink(missing_ok=True)
    except OSError:
        pass


def load(directory: Path, key: str) -> dict | None:
    """The dict ``save`` wrote for ``key`` in ``directory`` (keys ``key``, ``actors``, ``by_span``,
    ``aliases``, ``merged``, ``incidents``, ``summaries``), or None when missing, unreadable or of
    another key. Never raises on a bad file.
    """
    try:
        data = orjson.loads((directory / f"derived-{key}.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    return data if data.get("key") == key else None


def actors_from(data: dict, gazetteer):
    """The ``ActorIndex`` held in a ``load`` dict, using ``gazetteer``. Raises
    ``KeyError``/``TypeError`` on a dict of another shape.
    """
    from .actors import ActorIndex

    index = ActorIndex(gazetteer=gazetteer)
    index.actors = {a["id"]: _from_dict(Actor, a) for a in data["actors"]}  # fields of another version: ignored
    index.by_span = {(sid, s, e): aid for sid, s, e, aid in data["by_span"]}
    index.aliases = dict(data["aliases"])
    index.merged = dict(data["merged"])
    index.merged_by = dict(data.get("merged_by") or {})  # older files: none
    return index


def base_from(data: dict, gazetteer):
    """The ``ActorIndex`` before the analysts' actor edits held in a ``load`` dict (the spans
    are those of ``actors_from``: edits change no span), or None when it holds none."""
    base = data.get("base")
    if not isinstance(base, dict):
        return None
    try:
        return actors_from({**base, "by_span": data["by_span"]}, gazetteer)
    except (KeyError, TypeError):
        return None


def incidents_from(data: dict) -> list[Incident]:
    """The incidents held in a ``load`` dict: a field another version wrote and this one does not
    know is ignored (the cache is written again whole from what is derived), one this one has and
    the file lacks takes its default. Raises ``KeyError``/``TypeError`` on a dict of another
    shape (a required field missing)."""
    return [_from_dict(Incident, d) for d in data["incidents"]]


class LazyAnalyses(Mapping):
    """Source id -> Analysis, read from the cache the first time each is asked for."""

    def __init__(self, ids, loader: Callable[[str], Analysis | None]):
        self._ids = list(ids)
        self._known = set(self._ids)
        self._loader = loader
        self._loaded: dict[str, Analysis] = {}

    def __getitem__(self, sid: str) -> Analysis:
        if sid not in self._known:
            raise KeyError(sid)
        a = self._loaded.get(sid)
        if a is None:
            a = self._loader(sid)
            if a is None:
                raise KeyError(sid)
            self._loaded[sid] = a
        return a

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, sid) -> bool:
        return sid in self._known
