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

DERIVE_VERSION = 39  # 39: after the inferred back-off, only a state body's country joins its people's affiliation; 38: session 19: bodies named by letters carry their country, more organisation name shapes, state bodies of no country take the story's, seats before a name give its country, firms' officers, names after a plural title; 37: session 18: remits and envoys' postings, collective actors of peoples (elders, minorities), speakers' owned bodies and described bodies, acronym twins, chiefs, spokespeople introduced last, titles by initials; pro-/anti- sides, regional governments, legislatures, apposed bodies, warring groups, office holders by country name; 36: 36: session 17: holders of one-person offices, cited outlets' other credits, unnamed security officials, organisation names tagged once, ministries' names as their government's, outlets are no governments, bare bodies named again, an analyst's date covering every source's day settles their disagreement; 35: session 16: events of undated sources on other weekdays and other events told as another are incidents of their own; governments described by a common noun, bodies officials serve, outlets' short names, units named before an armed body; 34: session 15: acronyms the article spells out, justice bodies, people described by common nouns, titles owned by a named body, members of movements, agencies under their own names, role speakers; 33: session 14: lone attackers, leaders' supporters, embassies, documents that continue a speaker; 32: session 14: confirmed incidents keep the sources the analyst confirmed when re-dating one moves its reports, incidents carry own_title, group actors of bare nouns, affiliations by rank, outlet and where-clause; 31: session 13: stated affiliations beat another article's guess, bare minister titles take the story's country; 30: session 13: an incident spans at most two days, undated reports join recent events, insurgent groups of a people abroad take no state; 29: session 12: acronyms of another article, mediators of regional bodies, state news agencies one outlet, shown ids of retyped incidents, ministers never the prime minister, particle surnames, leaders by the alias file, representatives, one institution; 28: session 11: outlets with their countries and full names, de facto states, region governments and place-named forces, court countries, islands no persons, outlets reporting "citing", statements and spokespeople of the named army, titled persons named again; 27: a bare head of state is not the striking state's; 26: spellings of one place are one place in incidents; 25: a linked source leaves suggested incidents, disagreeing dates of confirmed incidents, exercises placed by actor and venue join; 24: a country name is never the first word of a person's name alone; 23: session 10: collective actors, cited outlets, one body under owner and spelling, fullest person names, victims and dateline offices; 22: removed sources leave incidents; 21: movements named army are not the state's army, hyphen cuts in one test; 20: names after the longer list of honorifics stay persons where a place is struck; 19: common words and struck places are no persons; 18: names that open a longer name, short forms of countries, agencies; 17: speakers described after their name, public bodies, namesakes; 16: session 9: groups named by nationality and group noun, bodies introduced by what they are, official-name adjectives, possessive offices, governments as objects; 15: incidents carry each source's place (places), a confirmed incident keeps its confirmed place and date; 14: merges carry what the analyst saw: a merge of an actor already merged elsewhere is a conflict, never a chain (merged_by); 13: speakers: bare bodies of the lead's country, lone pronouns, spokesmen and relatives under their own names, one-name ministers, coast guards; 12: incidents carry proposed sources (candidates) and undated flags; 11: session 8: bare state bodies that report, group nouns after names, inferred affiliations of the story country, ambiguous places by the story, merges keep places out of aliases, quote tags follow the speaker in force; 10: actor ids that edits name survive re-resolution, tagged quotes of a corrected phrase keep their speaker; 9: session 7: sign-offs and capital bylines, generations, "X Group", state bodies, outlets of a state, ministers by ministry, insurgencies, UN organs, speakers of companies; 8: short forms of organisations, patronym family names, continuation quotes follow a corrected speaker, the Front, unknown Republics; 7: session 6: speakers named by what they are, affiliations from clauses and a report's one nation, agencies used as such, generic descriptions no workspace-wide key, overruled speaker phrases name no one, place-kind actors; 6: session 5: actor kind edits, spelling variants and units, named officials with a country first name, presidencies, ministry sources; 5: office names other governments share follow the story's country; 4: bare surnames resolve by article, alias file, then the one person of the workspace; origin groups for independence
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
