"""The Workspace facade: what the TUI, the CLI and scripts use. It owns the store, the
analysis cache and the derived views (actors, incidents), and never touches a terminal.

Text a person types (notes, titles and other source fields, actor names, aliases and
affiliations, incident titles and notes, the brief, labels, the annotator's name) is
stored without control characters and terminal escapes (``annotate.clean.typed``), as
imported articles are; notes and the brief keep their newlines."""

from __future__ import annotations

from contextlib import contextmanager

import collections
import os
import re

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from .actors import ActorIndex
from .analysis import Progress, analyze_sources
from .cache import AnalysisCache
from .clean import typed
from .derive import Derived, derive
from .errors import NoWorkspace, SpeakerNeeded, WorkspaceError
from .gazetteer import Gazetteer, load_gazetteer
from .history import StanceHistory
from .quote_speakers import FOLLOWS, STAYS, read_actor, speakers_by_span
from .ingest import seed_sources
from .locations import default_db
from .models import (
    DEFAULT_LABEL_KEYS,
    DEFAULT_LABELS,
    SOURCE_FIELDS,
    Analysis,
    Incident,
    Quote,
    Source,
    Stance,
    Suggestion,
)
from .settings import annotator as default_annotator
from .settings import load_config
from .store import Op, Store, StoreError
from .text import clip_removed, norm_name, slug
from .undo import Change, Step, StanceSteps, UndoLog, edits_in_force


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class AlreadyTagged(WorkspaceError):
    """A tag that is in force already: nothing was written. ``stance`` is that tag;
    ``str(err)`` is one line for the user (a notice, not a failure)."""

    def __init__(self, stance: Stance, message: str):
        super().__init__(message)
        self.stance = stance


# What an analyst can say an actor is. "place": no actor at all but a place the analysis took for
# one ("Pangong Tso" tagged a person): it leaves the actor lists and the speaker picker and may be
# an incident's place; the edit is kept, undone and merged like any other kind.
# "none": not an actor and no place ("State of Emergency", a generic "security forces" the
# analysis took for one; ``bluf actors dismiss``, the actors screen's x): it leaves the actor
# lists, the speaker picker and the suggestions, its quotes have no known speaker until one is
# given; undone, kept and merged like any other kind.
ACTOR_KINDS = ("person", "government", "organization", "group", "place", "none")
NOT_AN_ACTOR = "place"
NOT_ACTOR_KINDS = frozenset(("place", "none"))  # kinds of a name an analyst said is no actor
# Other words for "none" an analyst types at the kind prompt.
_NO_ACTOR_WORDS = frozenset(("not an actor", "no actor", "not actor", "dismiss", "dismissed", "nothing", "-"))


def _actor_kind(kind: str) -> str:
    """``kind`` as stored: trimmed, lower case, "organisation" spelt "organization", "not an
    actor" (and the like) "none"."""
    k = typed(kind).casefold().replace("organisation", "organization")
    return "none" if k in _NO_ACTOR_WORDS else k


_EDIT_WORDS = {
    "reject": "rejected suggestion {label}", "remove": "not a quote", "add": "new quote", "speaker": "speaker of a quote",
    "merge": "merge of actors", "rename": "rename", "alias": "alias {name}", "affiliation": "affiliation {name}",
    "kind": "kind {kind}",
    "create": "new actor {name}", "confirm": "incident confirmed", "unconfirm": "incident unconfirmed", "note": "incident note",
    "split": "incident split", "link": "source linked to an incident", "unlink": "source unlinked from an incident",
    "type": "incident type", "date": "incident date", "place": "incident place", "unreject": "incident brought back",
    "restore": "source brought back",
}


# How many of an annotator's last changes in force ``u`` can undo after a restart.
UNDO_ON_OPEN = 200

_FUNCTION_WORDS = frozenset("of the a an and or to for in on at by with from that who which".split())
_PRONOUNS = frozenset("he she they it we i you him her them us one".split())


def _names_no_one(kind: str, text: str) -> bool:
    """True when a speaker's words name no actor: a pronoun the analysis did not resolve, a
    bare pronoun, a phrase cut after a function word ("A crewmember of"), or someone left
    unnamed ("one local", "a resident": a role without a name, kind "unnamed", that the
    analysis linked to no actor; or an indefinite word first and no capitalised word)."""
    words = text.casefold().split()
    if kind in ("pronoun", "unnamed") or not words or " ".join(words) in _PRONOUNS or words[-1] in _FUNCTION_WORDS:
        return True
    return words[0] in _INDEFINITE and not any(w[:1].isupper() for w in text.split()[1:])


# Words that open a phrase naming someone left unnamed ("one local", "some residents").
_INDEFINITE = frozenset("a an one some another several many few two three four five six seven eight nine ten".split())


_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY_WORDS = re.compile(
    r"\b(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    rf"|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\b", re.I)


# Those who report and where they are, before their speech verb: "Sources in Jordan said",
# "officials in Kenya told", "diplomats from Egypt say" (their place is not the event's).
_REPORTERS_AT = re.compile(r"\b(?:[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Ww]itnesses|[Rr]esidents?|[Aa]nalysts?|[Cc]orrespondents?|[Rr]eporters?"
                           r"|[Jj]ournalists?|[Mm]edia|[Aa]uthorities|[Mm]onitors?|[Aa]ctivists?)\s+(?:based\s+)?(?:in|from)\s+"
                           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?=,?\s+(?:said|say|says|told|tell|tells|reported|report|reports|confirmed)\b)")
# A verb right after a country's name: the country acts ("Israel struck", "Russia has launched").
_ACTS = re.compile(r"\s+(?:(?:has|have|had|also|then|again|reportedly)\s+)*(?:struck|hit|bombed|shelled|attacked|launched|fired|targeted|raided|pounded"
                   r"|strikes|hits|bombs|shells|attacks|launches|fires|targets|raids|pounds|seized|seizes|shot|downed|invaded|invades)\b")

# What a nation's adjective before it names as the side that struck ("Israeli strikes", "Peruvian
# jets"): its arms or its strikes, not where they fell.
_STRIKING_ARMS = re.compile(r"\s+(?:air\s+|drone\s+|missile\s+)?(?:strikes?|airstrikes?|air-strikes?|raids?|jets?|warplanes?"
                            r"|aircraft|drones?|missiles?|rockets?|shelling|bombing|bombardment|artillery)\b")


# Words that open a sentence with a capital and are no part of a name ("In Kyiv", "Overnight Kyiv").
_OPENERS = frozenset(
    "a an the in at on near from to by for with after before during since overnight today yesterday tonight then "
    "meanwhile earlier later also but and when while as elsewhere further nearby".split())


def _tail_of_a_name(words: list[str], i: int, at: int, text: str) -> bool:
    """``words[i:]`` of a run of capitalised words (found at ``at`` in ``text``) is the end or
    the middle of a longer proper name ("Valley" of "Galwan Valley", "Spring" of "Hot Spring
    Road"): it is no name of its own. Not after "of" ("the Governor of Kano"), nor after the word
    that opens the sentence ("In Kyiv")."""
    if i == 0 or words[i - 1] in ("of", "the") and i >= 2 and words[i - 2] == "of":
        return False
    if words[i - 1] == "of":
        return False
    opening = at == 0 or text[:at].rstrip()[-1:] in ".!?:;\"“‘'\n" or not text[:at].strip()
    return not (i == 1 and opening and words[0].lower() in _OPENERS)


def _day_named(sentence: str, published: str, text: str) -> str:
    """ISO date of the first day a sentence names ("on Tuesday", "9 September"), resolved
    against the publication date as the analysis does; "" when it names none or it cannot be
    resolved."""
    from .nlp.events import date_base, resolve_date

    m = _DAY_WORDS.search(sentence)
    if m is None:
        return ""
    base, relative_ok = date_base(published, text)
    return resolve_date(m.group(), base, relative_ok)


def _iso_day(text: str) -> bool:
    """Whether ``text`` is an ISO day ("2024-10-24")."""
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _clip(text: str, n: int = 30) -> str:
    """``text`` on one line, cut at a word before ``n`` characters with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0] if " " in text[:n] else text[: n - 1]
    return cut.rstrip(" ,;:.") + "…"


# Ops whose words depend on the table: a source's "remove" is its removal, not "not a quote";
# an incident's "merge" is of incidents, not of actors.
_TABLE_WORDS = {
    "source_edits": {"remove": "removal of {source}", "restore": "{source} brought back"},
    "incident_edits": {"merge": "incidents merged", "rename": "incident renamed {title}", "reject": "incident rejected",
                       "create": "new incident {title}"},
}


def _describe(record: dict, table: str = "", source: str = "") -> str:
    """A few words for an edit record of ``table`` ("source_edits", ...), for the undo and
    redo notices; ``source``: the name of the source it is about ("" when unknown, "a source")."""
    op = record.get("op", "")
    words = _TABLE_WORDS.get(table, {}).get(op) or _EDIT_WORDS.get(op, op or "edit")
    return words.format(label=record.get("label", ""), name=record.get("name", ""), kind=record.get("kind", ""),
                        title=record.get("title", ""), source=source or "a source").strip()


# Tables whose records change actors, incidents, quotes or what is shown of sources.
DERIVED_INPUTS = ("actor_edits", "incident_edits", "quote_edits", "source_links", "source_edits")



def _groups(ids, pairs) -> dict[str, str]:
    """Each of ``ids`` -> the smallest id of its group, the groups joined by ``pairs`` (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in ids}


SOURCE_START = 4  # the least of an id or file name that finds a source (fewer would find several)


def _several(ref: str, sources: list[Source], how: str) -> WorkspaceError:
    """The one-line error for a name (or start of one) that several sources share."""
    return WorkspaceError(f"{ref!r} {how} {len(sources)} sources ({', '.join(f'{s.id} {s.label!r}' for s in sources[:3])}"
                          f"{', …' if len(sources) > 3 else ''}): give the id")

class Workspace:
    """An open workspace: the sources, their analyses, the analysts' tags and edits,
    kept in one TinyDB file (``path``) and its journal. Get one from ``open_workspace``.
    Methods raise ``WorkspaceError`` (one line, nothing changed) on a bad id or value."""
    def __init__(self, store: Store, annotator: str, gazetteer: Gazetteer | None = None):
        self.store = store
        self.path = store.path
        self.annotator = typed(annotator) or "analyst"
        self.gazetteer = gazetteer or load_gazetteer()
        self.cache = AnalysisCache(self.path.with_name(self.path.name + ".analysis"), mode=store.mode, group=store.group)
        if not store.readonly and (problem := self.cache.problem()):
            store.notices.append(problem)
        self._analyses: dict[str, Analysis] = {}
        self._actors = ActorIndex(gazetteer=self.gazetteer)
        self._incidents: list[Incident] = []
        self._derived: Derived | None = None
        self._sources: dict[str, Source] = {}
        self._undo: list[tuple[str, str]] = []  # (event kind, tag id) this session, newest last
        self._redo: list[tuple[str, str]] = []
        self.history = StanceHistory()
        self.speaker_followers: list[SpeakerFollower] = []  # set by set_speaker: the quotes that followed
        self.analysis_errors: dict[str, str] = {}  # source id -> why the last analysis left it out
        self.analysis_waiting: dict[str, str] = {}  # source id -> why the last analysis left it unparsed (parse=, busy=)
        from .settings import scheduler

        self.scheduler = scheduler()  # a Dask scheduler address: parse there (annotate.cluster); "" here
        self._load_from_store()
        # Every change this analyst makes is a step of one undo log; tags and untags keep
        # their own stack (the stance history's untag/retag), which also logs a step.
        self.undo_log = UndoLog()
        self._undo = StanceSteps(self._undo, self.undo_log, self._stance_step)
        if not store.readonly:
            self._restore_undo()

    # ------------------------------------------------------------------ sources
    def _load_from_store(self) -> None:
        try:
            self._load_sources()
        except (KeyError, TypeError, ValueError) as err:
            raise self._not_a_workspace("a source", err) from None
        # Documents are in id order already (the file and the journal are written in order).
        try:
            self.history = StanceHistory.from_events(self.store.docs("stances").values())
        except (KeyError, TypeError, ValueError) as err:
            raise self._not_a_workspace("a stance", err) from None

    def _not_a_workspace(self, what: str, err: Exception) -> WorkspaceError:
        why = f"has no {err.args[0]!r}" if isinstance(err, KeyError) else f"is malformed ({err})"
        return WorkspaceError(f"{self.path} is not a bluf workspace ({what} record {why}); it was left untouched")

    def _load_sources(self) -> None:
        self._all_sources = {d["id"]: Source.from_dict(d) for d in self.store.docs("sources").values()}
        removed = set()
        for e in self._edits_in_force("source_edits"):
            if e.get("op") == "remove":
                removed.add(e.get("source_id"))
            elif e.get("op") == "restore":
                removed.discard(e.get("source_id"))
        self._sources = {k: v for k, v in self._all_sources.items() if k not in removed}

    def sources(self) -> list[Source]:
        """The sources in the workspace (not removed ones), sorted by file name."""
        return sorted(self._sources.values(), key=lambda s: s.name)

    @staticmethod
    def parsed_in_parts(source: Source) -> bool:
        """Whether ``source``'s text is long enough to be parsed in parts (minutes for
        megabytes of text: the reader analyses such sources last, listing commands skip them)."""
        from .nlp import chunks

        return len(source.text) > chunks.CHUNK_CHARS

    def has_source(self, source_id: str) -> bool:
        """Whether ``source_id`` is a source of the workspace now (not removed)."""
        return source_id in self._sources

    def source(self, source_id: str) -> Source:
        """The source with id ``source_id``; WorkspaceError if there is none."""
        try:
            return self._sources[source_id]
        except KeyError:
            raise WorkspaceError(f"no source {source_id!r} in this workspace") from None

    def find_source(self, ref: str) -> Source:
        """A source by id (or its start, 4 characters or more), file name, or file name
        without its extension, in any case, or the start of one file name (4 characters or
        more: "03_newspepper" for 03_newspepper_pangong.txt). WorkspaceError (one line)
        when none, or when the name or start is that of several sources (listing them:
        give the id)."""
        if ref in self._sources:
            return self._sources[ref]
        key = ref.casefold()
        for by in (lambda s: s.name, lambda s: Path(s.name).stem, lambda s: s.name.casefold(), lambda s: Path(s.name).stem.casefold()):
            named = [s for s in self.sources() if by(s) in (ref, key)]
            if len(named) == 1:
                return named[0]
            if named:  # two files of one name (from two folders): never the first silently
                raise _several(ref, named, "names")
        short = len(ref) < SOURCE_START
        hits = [s for s in self.sources() if s.id.startswith(key)] if not short else []
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise _several(ref, hits, "starts the ids of")
        starts = [s for s in self.sources() if s.name.casefold().startswith(key)] if not short else []
        if len(starts) == 1:
            return starts[0]
        if starts:
            raise _several(ref, starts, "starts the names of")
        if short and any(s.id.startswith(key) or s.name.casefold().startswith(key) for s in self.sources()):
            raise WorkspaceError(f"no source {ref!r}: too short, give {SOURCE_START} characters or more of a source id "
                                 "or file name (see `bluf sources`)")
        raise WorkspaceError(f"no source {ref!r}: give a source id or file name, or {SOURCE_START} characters or more "
                             "of one (see `bluf sources`)")

    def add_sources(self, sources: Iterable[Source]) -> tuple[list[Source], list[Source]]:
        """Add sources; one whose clean text is already here is skipped (and given as it is
        here). A text piped in is named "stdin", else "stdin-2", "stdin-3"… (added, skipped)"""
        added, skipped, restored = [], [], []
        # Copy on write: a screen listing sources in another thread (a feed update runs in
        # a worker) iterates the old dict, never one that changes under it.
        known = dict(self._sources)
        names = {x.name for x in self._all_sources.values()}
        for s in sources:
            if s.id in known:
                skipped.append(known[s.id])  # as it is here: its name here
                continue
            if s.id in self._all_sources:  # removed earlier: importing it again brings it back
                restored.append(self._all_sources[s.id])
                continue
            if s.name == "stdin" and not s.path:  # each text piped in gets a name of its own
                n = 1 + sum(1 for x in names if x == "stdin" or x.startswith("stdin-"))
                while (name := "stdin" if n == 1 else f"stdin-{n}") in names:
                    n += 1
                s = replace(s, name=name)
            names.add(s.name)
            added.append(s)
            known[s.id] = s
        if added:
            self._write([Op.insert("sources", {**s.to_dict(), "added_by": self.annotator}) for s in added])
            self._all_sources = {**self._all_sources, **{s.id: s for s in added}}
        self._sources = known
        for s in restored:
            self._edit("source_edits", {"op": "restore", "source_id": s.id}, what=f"import of {s.name}")
        return added + restored, skipped

    # ------------------------------------------------------------------ importing
    def import_files(self, paths: list[str], *, pattern: str = "*", max_bytes: int | None = None, stdin=None,
                     progress=None, fallback_encoding: str | None = "cp1252") -> "ImportReport":
        """Import files, folders or stdin ("-"): text, Markdown, saved HTML, RSS/Atom feeds,
        JSONL. Every source is all or nothing; one bad file never stops the others."""
        from .importers import MAX_BYTES, import_paths

        result = import_paths(paths, pattern=pattern, max_bytes=max_bytes or MAX_BYTES, stdin=stdin,
                              progress=progress, fallback_encoding=fallback_encoding)
        skipped = result.skipped
        report = self._import_report(result)
        report.skipped = skipped
        if not (report.added or report.already or report.errors or report.duplicates or skipped):
            report.unmatched = [p for p in paths if p != "-" and os.path.isdir(p)]
        return report

    def import_text(self, text: str, *, name: str = "pasted text") -> "ImportReport":
        """Import ``text`` (an article pasted in the TUI's import screen) as one plain-text
        source named ``name``, as ``import_files`` imports a .txt file: control characters
        removed, boilerplate found, language detected. An empty text is one error in the
        report, never an exception."""
        from .importers import import_bytes

        return self._import_report(import_bytes(str(text).encode("utf-8", "replace"), name=name, fmt="text"))

    def _import_report(self, result) -> "ImportReport":
        from .importers import near_duplicates

        added, already = self.add_sources(result.sources)
        links = []
        if added:
            new = {s.id for s in added}
            known = {(d["a"], d["b"]) for d in self.store.docs("source_links").values()}
            for a, b, sim in near_duplicates(self.sources()):
                if (a in new or b in new) and (a, b) not in known and (b, a) not in known:
                    links.append({"a": a, "b": b, "similarity": round(sim, 3), "kind": "near-duplicate",
                                  "annotator": self.annotator, "created_at": _now()})
            if links:
                self._write([Op.insert("source_links", d) for d in links])
        return ImportReport(added, already, result.errors, result.warnings, result.duplicates,
                            [(d["a"], d["b"], d["similarity"]) for d in links])

    # ------------------------------------------------------------------ the web (annotate/subscriptions.py)
    def import_urls(self, urls: list[str], **options) -> "ImportReport":
        """Import pages and feeds by http(s) URL (options: insecure, timeout, delay,
        max_bytes, progress). One bad URL never stops the others."""
        from .subscriptions import import_urls

        return import_urls(self, urls, **options)

    def feeds(self) -> list:
        """The feed subscriptions in force (``subscriptions.Feed``), oldest first."""
        from .subscriptions import list_feeds

        return list_feeds(self)

    def add_feed(self, url: str, name: str = "", tags: list[str] | tuple = ()):
        """Subscribe to the RSS/Atom feed at ``url`` (http or https), named ``name``
        ("" for none) with ``tags``. Returns the ``Feed``; WorkspaceError if the URL is not
        http(s), is subscribed already, or another feed has that name."""
        from .subscriptions import add_feed

        return add_feed(self, url, name, tags)

    def remove_feed(self, ref: str):
        """Unsubscribe from the feed ``ref`` (its name, its URL or its 1-based number in
        ``feeds()``). Returns the removed ``Feed``. WorkspaceError if no feed matches."""
        from .subscriptions import remove_feed

        return remove_feed(self, ref)

    def update_feeds(self, refs: list[str] | None = None, **options) -> list:
        """Fetch the subscriptions (all, or those named) and add their new entries; see
        ``subscriptions.update_feeds`` (a ``FeedResult`` per feed)."""
        from .subscriptions import update_feeds

        return update_feeds(self, refs, **options)

    def source_links(self) -> list[tuple[str, str, float]]:
        """Pairs of sources that are near-duplicates (the same story in two outlets)."""
        return [(d["a"], d["b"], d.get("similarity", 1.0)) for d in self.store.docs("source_links").values()
                if d.get("kind", "near-duplicate") == "near-duplicate"]

    def duplicate_groups(self) -> dict[str, str]:
        """Source id -> the first source of its group of near-duplicates (union-find)."""
        return _groups(self._sources, [(a, b) for a, b, _ in self.source_links()])

    def origin_groups(self) -> dict[str, str]:
        """Source id -> the first source of its group of one origin: near-duplicates
        (``duplicate_groups``), and reports of one news agency or one outlet (a wire story
        reprinted and rewritten by several outlets, "MANILA (Reuters) -", is one origin however
        its wording changed). An incident's ``independent`` count is its number of groups."""
        from .datelines import wire_credit

        pairs = [(a, b) for a, b, _ in self.source_links()]
        first: dict[str, str] = {}
        for sid in sorted(self._sources):
            src = self._sources[sid]
            if key := wire_credit(src.text) or " ".join(src.outlet.lower().split()):
                pairs.append((first.setdefault(key, sid), sid))
        return _groups(self._sources, pairs)

    def near_duplicates_of(self, source_id: str) -> list[str]:
        """Ids of the other sources in ``source_id``'s near-duplicate group (MinHash
        similarity of their texts, see ``source_links``); [] when it has none."""
        groups = self.duplicate_groups()
        g = groups.get(source_id, source_id)
        return [sid for sid, x in groups.items() if x == g and sid != source_id]

    def edit_source(self, source_id: str, **fields: str) -> Source:
        """Set a source's metadata: title, outlet, author, url, published (a date), language,
        grade (Admiralty code, e.g. B2). Relative dates in its text follow a new date."""
        from .importers.grade import parse_grade

        src = self.source(source_id)
        allowed = set(SOURCE_FIELDS)
        unknown = set(fields) - allowed
        if unknown:
            raise WorkspaceError(f"cannot edit {', '.join(sorted(unknown))}; fields: {', '.join(sorted(allowed))}")
        clean: dict[str, str] = {}
        for k, v in fields.items():
            v = typed(v or "")
            if k == "grade" and v:
                try:
                    v = parse_grade(v)
                except ValueError:
                    raise WorkspaceError(f"grade {v!r}: an Admiralty code is a letter A–F and a digit 1–6, like B2") from None
            if k == "published" and v:
                from datetime import date as _date

                try:
                    day = _date.fromisoformat(v[:10])
                except ValueError:
                    raise WorkspaceError(f"published {v!r}: give a date as YYYY-MM-DD") from None
                if (day - _date.today()).days > 1:
                    raise WorkspaceError(f"published {v!r} is in the future: give the day the article came out")
            if k == "language" and v:
                v = _language_code(v)
            clean[k] = v
        doc_id = next(i for i, d in self.store.docs("sources").items() if d["id"] == source_id)
        before = {k: getattr(src, k) or "" for k in clean}
        self._set_source_fields(doc_id, clean)
        self.undo_log.record(Step(f"metadata of {src.name}", lambda: self._set_source_fields(doc_id, before),
                                  lambda: self._set_source_fields(doc_id, clean), source_id))
        return self._sources[src.id]

    def _set_source_fields(self, doc_id: int, fields: dict) -> None:
        self._write([Op.update("sources", doc_id, fields)])
        self._load_sources()
        if self._analyses:
            self._derive()

    def remove_source(self, source_id: str) -> Source:
        """Take a source out of the workspace: out of the lists, the incidents, the brief
        and the statistics. Its record and its tags stay in the history; undo (or
        importing the same text again) brings it back."""
        src = self.source(source_id)
        self._edit("source_edits", {"op": "remove", "source_id": src.id}, what=f"removal of {src.name}")
        self._learn(removed=True)  # its tags no longer teach the stance model
        return src

    def restore_source(self, ref: str) -> Source:
        """Bring back a removed source (by id, file name or file name without extension)."""
        for s in self.removed_sources():
            if ref in (s.id, s.name, Path(s.name).stem) or (len(ref) >= 4 and s.id.startswith(ref)):
                self._edit("source_edits", {"op": "restore", "source_id": s.id}, what=f"restoring {s.name}")
                self._learn(removed=True)
                return s
        raise WorkspaceError(f"no removed source {ref!r}")

    def removed_sources(self) -> list[Source]:
        """Sources taken out with ``remove_source`` (and not brought back)."""
        return sorted((s for k, s in self._all_sources.items() if k not in self._sources), key=lambda s: s.name)

    # ------------------------------------------------------------------ analysis
    @property
    def label_specs(self) -> list[dict]:
        """The workspace's stance vocabulary: ``[{"name", "key"}]`` (latest edit wins)."""
        docs = self.store.docs("vocabulary")
        if docs:
            return [dict(x) for x in docs[max(docs)]["labels"]]
        return [{"name": n, "key": DEFAULT_LABEL_KEYS.get(n, "")} for n in DEFAULT_LABELS]

    @property
    def labels(self) -> list[str]:
        """The names of the stance labels in force, in their order (from ``label_specs``)."""
        return [x["name"] for x in self.label_specs]

    def set_labels(self, specs: list[dict]) -> None:
        """Replace the vocabulary. Names are lower-case words; keys single characters,
        unique. Tags with a label that leaves the vocabulary stay in the history."""
        names, keys = set(), set()
        clean = []
        for x in specs:
            name = typed(x.get("name", "")).lower()
            key = typed(x.get("key", ""))
            if not name or not name.replace("-", "").isalpha():
                raise WorkspaceError(f"label {name!r}: use a single word")
            if name in names:
                raise WorkspaceError(f"label {name!r} is there twice")
            if key and (len(key) != 1 or key in keys):
                raise WorkspaceError(f"key {key!r} for {name!r}: use one character not used by another label")
            names.add(name)
            keys.add(key)
            clean.append({"name": name, "key": key})
        if not clean:
            raise WorkspaceError("the vocabulary needs at least one label")
        self._write([Op.insert("vocabulary", {"labels": clean, "annotator": self.annotator, "created_at": _now()})])

    # ------------------------------------------------------------------ quotes the analyst edits
    def add_quote(self, source_id: str, start: int, end: int, actor_id: str | None = None) -> int:
        """Add a quote the analysis missed (any span of the text); returns its index."""
        src = self.source(source_id)
        if 0 <= start < end <= len(src.text):
            start, end = self._article_span(src, start, end)
        while start < end and src.text[start].isspace():
            start += 1
        while end > start and src.text[end - 1].isspace():
            end -= 1
        if not (0 <= start < end <= len(src.text)):
            raise WorkspaceError("select some text to add as a quote")
        self._edit("quote_edits", {"op": "add", "source_id": source_id, "start": start, "end": end, "actor_id": actor_id or ""},
                   what=f"new quote “{_clip(src.text[start:end])}”")
        return next(i for i, q in enumerate(self.quotes(source_id)) if (q.start, q.end) == (start, end))

    def evidence_span(self, source_id: str, start: int, end: int) -> tuple[int, int] | None:
        """The part of [start, end) that is the article: removed boilerplate (ads, appeals,
        teasers) is cut off, as ``tag_span`` and ``add_quote`` do. None when the span is
        all boilerplate. Offsets are characters of the source's text."""
        src = self.source(source_id)
        return clip_removed(src.text, src.removed, max(0, start), min(end, len(src.text)))

    def _article_span(self, src, start: int, end: int) -> tuple[int, int]:
        span = clip_removed(src.text, src.removed, start, end)
        if span is None:
            raise WorkspaceError(f"{start}-{end} in {src.name} is removed boilerplate, not the article")
        return span

    def set_speaker(self, source_id: str, quote_index: int, actor_id: str) -> list[str]:
        """Say who said a quote (the analysis's speaker is then overruled: the phrase it took
        for the speaker names no actor any more, so what it linked to the overruled actor is not
        used for other articles, the ones analysed later too). The tags on the quote made for
        its speaker, every annotator's, are read as ``actor_id``'s from now on (derived, not
        copied: ``annotate.quote_speakers``); returns their labels, oldest first ([] when
        none), for saying so. Undoable; made inside ``seen_as_of`` while another analyst set
        this quote's speaker, it is a conflict (``bluf conflicts``). WorkspaceError for a bad
        index or actor. Afterwards ``speaker_followers`` lists the other quotes, untagged, whose
        speaker changed with this one (resolved through its phrase: "the office said", "he
        said"), for saying so: nothing changes unseen."""
        self.speaker_followers = []
        quotes = self.quotes(source_id)
        if not 0 <= quote_index < len(quotes):
            raise WorkspaceError(f"no quote {quote_index} in {self.source(source_id).name}")
        q = quotes[quote_index]
        new = self._actor(actor_id)
        old = self.canonical_actor_id(q.actor_id) if q.actor_id else None
        span = clip_removed(self.source(source_id).text, self.source(source_id).removed, q.start, q.end)
        following = [] if old is None or old == new or span is None else \
            [st.label for st in self.stances(source_id) if (st.start, st.end) == span and st.actor_id == old]
        record = {"op": "speaker", "source_id": source_id, "start": q.start, "end": q.end, "actor_id": actor_id}
        was = self.actor(old) if old else None
        if was is not None and was.id != new:  # kept as an actor though the phrase no longer names it (derive)
            record["was"] = self._kept(was.id)
        if self.actor(new) is not None:  # kept too: the phrase may have been its only mention
            record["to"] = self._kept(new)
        siblings = self._tagged_siblings(source_id, q, quotes)
        if keep := [{"start": o.start, "end": o.end, **self._kept(o.actor_id)} for o in siblings]:
            record["keep"] = keep  # tagged: they keep their speaker (derive._apply_speakers)
        before, trial = self._derived, self._held_elsewhere(record, q)
        followers = self._followers(record, trial)
        # Undo gives the quote, and so its tags, back to the previous speaker; redo again.
        try:
            if trial is not None:  # what the edit derives from, so that only the kept speakers are applied again
                self._derived = trial
            self._edit("quote_edits", record, what=f"speaker {self.actor_name(actor_id)} for “{_clip(q.text)}”")
        except BaseException:
            if self._derived is trial:
                self._derived = before
            raise
        self.speaker_followers = followers
        return following

    def _followers(self, record: dict, trial: Derived | None) -> list[SpeakerFollower]:
        """The quotes other than ``record``'s (a speaker correction, its ``keep`` filled in) whose
        speaker ``trial`` (what was derived with it) changes, none of them kept: the untagged
        quotes that follow the correction, in text order by source."""
        d = self._derived
        if d is None or trial is None:
            return []
        kept = {(k.get("source_id", record["source_id"]), k["start"], k["end"]) for k in record.get("keep", ())}
        out = []
        for sid, summary in d.summaries.items():
            after = {(s, e): aid for s, e, aid in trial.summaries.get(sid, {}).get("quotes", ())}
            for s, e, aid in summary.get("quotes", ()):
                if (sid, s, e) in kept or (s, e) not in after or sid == record["source_id"] and (s, e) == (record["start"], record["end"]):
                    continue
                was = d.actors.canonical_id(aid) if aid else None
                now = trial.actors.canonical_id(after[(s, e)]) if after[(s, e)] else None
                if now != was:
                    out.append(SpeakerFollower(sid, s, e, was, now))
        return out

    def _held_elsewhere(self, record: dict, quote) -> Derived | None:
        """Adds to ``record`` (a speaker correction not yet written) under ``keep`` every other
        tagged quote, of any source, whose speaker the correction would change or take away as a
        side effect: a quote resolved through the overruled phrase ("the office said", "he
        said" after "the president's office said"), or through what that phrase linked
        elsewhere. Nothing an analyst tagged loses its actor by an edit elsewhere: those quotes
        keep what they had, and so do their tags (``derive._hold``). An untagged one follows
        (the overruled link may have been wrong: a later "Reyes said" is not given the Reyes
        the analyst overruled). Quotes introduced by the same phrase (``_tagged_siblings``)
        follow the correction as before, unless tagged. Returns what was derived with the
        record, for the edit to start from (None when nothing is analysed)."""
        from .derive import derive as derive_all

        d = self._derived
        parsed = getattr(self, "_parsed", self._analyses)
        if d is None or not self._analyses:
            return None
        previous = d if getattr(d, "parsed", None) is parsed else None
        quote_edits = self._edits_in_force("quote_edits")
        trial = derive_all(self.sources(), parsed, self.gazetteer, self._edits_in_force("actor_edits"),
                           self._edits_in_force("incident_edits"), [*quote_edits, record], self.origin_groups(), previous)
        trial.parsed = parsed
        same_phrase = set()
        if quote.speaker is not None:
            same_phrase = {(o.start, o.end) for o in self.quotes(record["source_id"])
                           if o.speaker is not None and (o.speaker.start, o.speaker.end) == (quote.speaker.start, quote.speaker.end)}
        kept = {(k["start"], k["end"]) for k in record.get("keep", ())}
        by_analyst = {(e.get("source_id"), e.get("start"), e.get("end")) for e in quote_edits
                      if e.get("op") in ("speaker", "add") and e.get("actor_id")}
        held = []
        for sid, summary in d.summaries.items():
            after = {(s, e): aid for s, e, aid in trial.summaries.get(sid, {}).get("quotes", ())}
            for s, e, aid in summary.get("quotes", ()):
                if not aid or (sid, s, e) in by_analyst or (s, e) not in after:
                    continue
                if sid == record["source_id"] and ((s, e) in same_phrase or (s, e) in kept or (s, e) == (record["start"], record["end"])):
                    continue  # the edited quote, and those of its phrase: they follow the correction
                was = d.actors.canonical_id(aid)
                now = trial.actors.canonical_id(after[(s, e)]) if after[(s, e)] else None
                if now != was and self.actor(was) is not None and self._tagged_on(sid, s, e, was):
                    held.append({"start": s, "end": e, **({} if sid == record["source_id"] else {"source_id": sid}), **self._kept(was)})
        if held:
            record["keep"] = [*record.get("keep", ()), *held]
        return trial

    def _kept(self, actor_id: str) -> dict:
        """What a speaker correction records of an actor it keeps, to make it again if no
        mention names it any more and to find it again under another id
        (``actor_ids``): ``{"id", "name", "kind", "affiliation", "names"}``."""
        a = self.actor(actor_id)
        return {"id": a.id, "name": a.name, "kind": a.kind, "affiliation": a.affiliation, "names": self._known_as(a.id)[1:]}

    def _known_as(self, actor_id: str) -> list[str]:
        """The actor's display name and up to 12 of its other names ([] for no actor): what an
        edit records to find it again when a later analysis gives it another id."""
        a = self.actor(actor_id)
        return [a.name, *a.aliases[:12]] if a is not None else []

    def _tagged_on(self, source_id: str, start: int, end: int, actor_id: str) -> bool:
        """Whether the quote ``start``-``end`` of ``source_id`` holds a tag in force, of any
        annotator, for ``actor_id`` (canonical), its speaker now."""
        src = self.source(source_id)
        try:
            span = self._article_span(src, start, end)
        except WorkspaceError:
            return False
        return any((st.start, st.end) == span and st.actor_id == actor_id for st in self.stances(source_id))

    def _tagged_siblings(self, source_id: str, quote, quotes) -> list:
        """The other quotes introduced by ``quote``'s speaker phrase (a correction of it would
        carry them along, ``derive._apply_speakers``) that hold a tag in force, of any
        annotator, for their present speaker: they keep that speaker (a tag stays with the
        quote and the actor it was made on; a change of that quote's own speaker moves it)."""
        if quote.speaker is None:
            return []
        src = self.source(source_id)
        tagged = {((st.start, st.end), st.actor_id) for st in self.stances(source_id)}
        out = []
        for other in quotes:
            if other is quote or other.rule == "analyst" or other.speaker is None or not other.actor_id \
                    or (other.speaker.start, other.speaker.end) != (quote.speaker.start, quote.speaker.end):
                continue
            try:
                span = self._article_span(src, other.start, other.end)
            except WorkspaceError:
                continue
            if (span, self.canonical_actor_id(other.actor_id)) in tagged and self.actor(other.actor_id) is not None:
                out.append(other)
        return out

    def remove_quote(self, source_id: str, quote_index: int) -> None:
        """Drop a quote the analysis got wrong (a scare quote, a title)."""
        quotes = self.quotes(source_id)
        if not 0 <= quote_index < len(quotes):
            raise WorkspaceError(f"no quote {quote_index} in {self.source(source_id).name}")
        q = quotes[quote_index]
        self._edit("quote_edits", {"op": "remove", "source_id": source_id, "start": q.start, "end": q.end},
                   what=f"not a quote “{_clip(q.text)}”")

    def tags_on_rejected_quotes(self, source_id: str | None = None) -> list[Stance]:
        """The tags in force (of ``source_id``, else of every source) whose evidence lies in a
        quote the analyst later said is not a quote (``remove_quote``), oldest first. They
        stay in force (nothing is lost); the brief, ``bluf actors show`` and the reader mark
        their evidence as rejected, and ``untag`` takes one out."""
        removed: dict[str, list[tuple[int, int]]] = {}
        for e in self._edits_in_force("quote_edits"):
            if e.get("op") == "remove":
                removed.setdefault(e["source_id"], []).append((e["start"], e["end"]))
        return [st for st in self.stances(source_id)
                if any(s <= st.start and st.end <= e for s, e in removed.get(st.source_id, ()))]

    def reject_suggestion(self, source_id: str, start: int, end: int, label: str) -> None:
        """Record that the analyst rejected a suggestion, so it is not offered again."""
        self._edit("quote_edits", {"op": "reject", "source_id": source_id, "start": start, "end": end, "label": label})
        self._learn()

    def rejections(self) -> list[dict]:
        """The rejected suggestions in force: ``{"source_id", "start", "end", "label",
        "annotator", "created_at"}`` each, oldest first."""
        return [e for e in self._edits_in_force("quote_edits") if e.get("op") == "reject"]

    def learner(self):
        """The learned stance model of this workspace (``annotate.learning.Learner``) for the
        ``[suggestions] learn`` setting, or None when it is "off" or the workspace is read-only."""
        if not hasattr(self, "_learner"):
            from .config_schema import check_config
            from .learning import Learner, learn_scope

            scope = learn_scope(self.annotator, check_config()[0].suggestions.learn)
            self._learner = None if scope is None or self.store.readonly else Learner(
                self.cache.dir / "learned" / scope, self.store.mode, self.store.group)
        return self._learner

    def learned_state(self) -> tuple[int, bool]:
        """``(version, training)`` of the learned stance model: ``version`` changes when a
        training finishes (``Learner.version``: the meta file's mtime in ns, -1 before any
        or when learning is off); ``training`` is True while a trainer this process started
        still runs. A UI polls it to show a new model's suggestions without a key press."""
        learner = self.learner()
        if learner is None:
            return -1, False
        return learner.version(), learner.running()

    def _learn(self, removed: bool = False) -> None:
        """After a tag or rejection: every few, the learned model is retrained in another
        process (annotate.learning); this only counts and, then, starts it. ``removed``: after
        a tag was taken out of force (``Learner.changed``)."""
        learner = self.learner()
        if learner is None:
            return
        from .learning import examples_of

        mine = self.annotator if learner.dir.name.startswith("annotator-") else None
        learner.changed(self.store.count("stances") + self.store.count("quote_edits"), lambda: examples_of(self, mine), removed)

    def quote_edits_seen(self) -> int:
        """Changes with every rejected suggestion, reassigned speaker or added quote (a key
        for caches of what is shown)."""
        return self.store.count("quote_edits")

    def is_rejected(self, source_id: str, start: int, end: int, label: str) -> bool:
        """Whether an analyst rejected the suggestion of ``label`` for the span
        ``start``–``end`` (character offsets of the cleaned text) of ``source_id``."""
        docs = self.store.docs("quote_edits")
        if getattr(self, "_rejected_n", -1) != len(docs):
            self._rejected = {
                (e.get("source_id"), e.get("start"), e.get("end"), e.get("label")) for e in self._edits_in_force("quote_edits")
                if e.get("op") == "reject"
            }
            self._rejected_n = len(docs)
        return (source_id, start, end, label) in self._rejected

    def create_actor(self, name: str, kind: str = "person", affiliation: str = "") -> str:
        """A new actor the analysis did not find (or one of ``known_actors()``); returns its
        id. ``kind`` is person, government, organization or group; ``affiliation`` a country
        or body. Raises WorkspaceError for an empty name or a store that refuses the write."""
        name = typed(name)
        if not name:
            raise WorkspaceError("an actor needs a name")
        aid = slug(name)
        if self._actors.get(aid) is not None:
            return aid
        self._edit("actor_edits", {"op": "create", "actor_id": aid, "name": name, "kind": kind}, undoable=False)
        affiliation = typed(affiliation)
        if affiliation:
            self._edit("actor_edits", {"op": "affiliation", "actor_id": aid, "name": affiliation}, undoable=False)
        return aid

    def known_actors(self) -> list[dict]:
        """Actors the alias file knows that this workspace has not met yet, so that a speaker
        can be one of them before any source names it: ``[{"id", "name", "kind",
        "affiliation", "names"}]`` where ``names`` are the other names it goes by (a
        government's metonyms, its country's names and capital: "the Kremlin", "Russia",
        "Moscow" for the Russian government; a person's aliases). From the alias file
        (``actors.toml``, the bundled one or the user's); pass ``name``, ``kind`` and
        ``affiliation`` to ``create_actor`` to add one."""
        gaz = self.gazetteer
        have = {a.id for a in self.list_actors()}
        out: list[dict] = []
        seen: set[str] = set()

        def add(name: str, kind: str, affiliation: str, names) -> None:
            aid = self._actors.canonical_id(slug(name))
            if aid in have or aid in seen:
                return
            seen.add(aid)
            unique: dict[str, str] = {}
            for n in names:
                if n and norm_name(n) != norm_name(name):
                    unique.setdefault(norm_name(n), n)
            out.append({"id": aid, "name": name, "kind": kind, "affiliation": affiliation, "names": list(unique.values())})

        for c in gaz.countries:
            add(c.government_name, "government", c.name, (*c.metonyms, *c.all_names, c.capital_name))
        for e in gaz.actors:
            add(e.name, e.kind, e.affiliation, e.aliases)
        return out

    def analyze(self, progress: Progress | None = None, n_process: int | None = None, derive: bool = True,
                parse=None, busy: bool = False, stop=None) -> None:
        """Analyse every source (cached ones are only loaded), then derive actors,
        incidents and suggestions (unless ``derive`` is False: quotes and names only).

        ``parse(source)`` False: a source not analysed yet is left so (``analysis_waiting``
        says why); ``busy``: a source another process is analysing is left out rather than
        waited for; ``stop()`` True: ``annotate.Cancelled`` (what was finished is cached)."""
        if not derive:
            self.analysis_errors = {}
            self._analyses = self._parsed = self._analyze_sources(progress, n_process, self.analysis_errors, parse, busy, stop)
            return
        self.install(self.compute(progress, n_process, parse=parse, busy=busy, stop=stop))

    def compute(self, progress: Progress | None = None, n_process: int | None = None, parse=None, busy: bool = False,
                stop=None) -> Derived:
        """Analyses of all sources (parsing only what the cache lacks) and what derives from
        them. Changes nothing in the workspace, so a UI can run it in a worker thread; the
        result remembers which edits it saw (``install`` catches up with later ones).
        ``parse``, ``busy``, ``stop``: as ``analyze``; a source removed while it is parsed is
        abandoned (at its next part)."""
        stamp = self._inputs_stamp()
        derived = self._compute(progress, n_process, parse, busy, stop)
        derived.stamp = stamp
        return derived

    def _analyze_sources(self, progress, n_process, errors: dict, parse=None, busy: bool = False, stop=None) -> dict:
        from .nlp.pipeline import pipeline_version

        others: set[str] | None = set() if busy else None
        analyses = analyze_sources(self.sources(), self.cache, progress, self.gazetteer, n_process, errors=errors,
                                   scheduler=self.scheduler, stop=stop, wanted=lambda sid: sid in self._sources, parse=parse,
                                   busy=others)
        version = pipeline_version(self.gazetteer)
        self.analysis_waiting = {
            s.id: ("being analysed by another bluf" if s.id in (others or ()) or self.cache.busy(s.id, version) else "not analysed yet")
            for s in self.sources() if s.id not in analyses and s.id not in errors}
        return analyses

    def _compute(self, progress: Progress | None = None, n_process: int | None = None, parse=None, busy: bool = False,
                 stop=None) -> Derived:
        """Analyses of all sources (parsing only what the cache lacks) and what derives from
        them. Changes nothing in the workspace, so a UI can run it in a worker thread.

        When every source is analysed and nothing changed since the last time, actors,
        incidents and summaries come from the derived cache, and each article's analysis is
        read only when it is used."""
        from . import derived_cache
        from .nlp.pipeline import pipeline_version

        version = pipeline_version(self.gazetteer)
        sources = self.sources()
        key = self._derived_key(version)
        from .language_support import is_analysed

        if all(self.cache.has(s.id, version) for s in sources if is_analysed(s.language)):
            snap = derived_cache.load(self.cache.dir, key)
            if snap is not None:
                if progress:
                    progress(len(sources), len(sources), "")
                try:
                    self.analysis_waiting = {}
                    return self._from_snapshot(snap, version)
                except (KeyError, TypeError, ValueError):
                    pass  # a snapshot of another shape: derived again below
        errors: dict[str, str] = {}  # a source that fails is left out; the others go on
        analyses = self._analyze_sources(progress, n_process, errors, parse, busy, stop)
        self.analysis_errors = errors
        return self.derive(analyses, key)

    def _derived_key(self, version: str) -> str:
        from .derived_cache import inputs_key

        from .cited_outlets import outlets_fingerprint

        tables = {name: self.store.docs(name) for name in DERIVED_INPUTS}
        return inputs_key(version, self.gazetteer.fingerprint() + outlets_fingerprint(), self.sources(), tables)

    def _from_snapshot(self, snap: dict, version: str) -> Derived:
        from .derive import with_quote_edits
        from .derived_cache import LazyAnalyses, actors_from, base_from, incidents_from

        actors = actors_from(snap, self.gazetteer)
        summaries = snap["summaries"]
        sources = dict(self._sources)
        edits = self._edits_in_force("quote_edits")

        def read_parsed(sid: str):
            from .analysis import not_analysed
            from .language_support import is_analysed

            src = sources.get(sid)
            return self.cache.get(sid, version) if src is None or is_analysed(src.language) else not_analysed(src, version)

        parsed = LazyAnalyses(sources, read_parsed)

        def load(sid: str):
            a = parsed.get(sid)  # read once: without quote edits, it is the parsed analysis, as in derive
            if a is None:
                return None
            a = with_quote_edits(a, sources[sid], edits)
            who = {(s, e): aid for s, e, aid in summaries.get(sid, {}).get("quotes", [])}
            # As ``derive._apply_speakers`` marks them: a speaker an analyst set is the analyst's.
            set_by_analyst = {(e["start"], e["end"]) for e in edits
                              if e.get("source_id") == sid and e.get("op") in ("speaker", "add") and e.get("actor_id")}
            for q in a.quotes:
                q.actor_id = who.get((q.start, q.end))
                if q.actor_id and (q.start, q.end) in set_by_analyst:
                    q.rule = "analyst"
            return a

        d = Derived(LazyAnalyses(sources, load), actors, incidents_from(snap), sources, summaries)
        d.parsed = parsed
        d.base, d.inputs = base_from(snap, self.gazetteer), self._derive_inputs(d.parsed, edits)
        return d

    def _derive_inputs(self, parsed, quote_edits: list[dict]):
        from .derive import Inputs, by_source

        return Inputs(parsed, dict(self._sources), self._edits_in_force("actor_edits"), self._edits_in_force("incident_edits"),
                      by_source(quote_edits), self.origin_groups())

    def derive(self, analyses, key: str | None = None, previous: Derived | None = None) -> Derived:
        """Work out actors, incidents and suggestions from ``analyses`` (source id ->
        ``Analysis``) and the analysts' edits in the store. Pure apart from saving the result
        in the derived cache (under ``key``, default: from the pipeline version) when every
        source is analysed; ``install`` puts it in use. Runs in worker threads. With
        ``previous`` (derived from the same ``analyses``), only what changed since is."""
        from . import derived_cache
        from .nlp.pipeline import pipeline_version

        previous = previous if previous is not None and getattr(previous, "parsed", None) is analyses else None
        d = derive(
            self.sources(), analyses, self.gazetteer,
            self._edits_in_force("actor_edits"), self._edits_in_force("incident_edits"), self._edits_in_force("quote_edits"),
            self.origin_groups(), previous,
        )
        if len(d.analyses) == len(self._sources):  # everything analysed: worth keeping
            key = key or self._derived_key(pipeline_version(self.gazetteer))
            self._unsaved = (self.cache.dir, key, d.actors, d.incidents, d.summaries, self.store.mode, self.store.group, d.base)
            if previous is None:  # after an edit, saved on close (writing it costs more than the edit)
                self.save_derived()
        d.parsed = analyses
        return d

    def prepare_edits(self) -> None:
        """Work out ahead what keeps the first edit of quotes quick after opening a big
        workspace from the derived cache (``derive.prepare``); for a worker thread."""
        from .derive import prepare
        from .nlp.inflection import warm

        if self._derived is not None:
            prepare(self._derived, self.gazetteer)
        warm()

    def save_derived(self) -> None:
        """Write what was last derived to the derived cache, if not written yet."""
        from . import derived_cache

        unsaved, self._unsaved = getattr(self, "_unsaved", None), None
        if unsaved is not None:
            derived_cache.save(*unsaved)

    def source_summary(self, source_id: str) -> dict:
        """``{"quotes": [[start, end, actor_id], ...], "tone": mean or None}`` without
        reading the article's analysis."""
        d = self._derived
        if d is not None and source_id in d.summaries:
            return d.summaries[source_id]
        qs = self.quotes(source_id)
        return {"quotes": [[q.start, q.end, q.actor_id] for q in qs], "tone": (sum(q.tone for q in qs) / len(qs)) if qs else None}

    def install(self, derived: Derived) -> None:
        """Use what ``compute`` worked out. Edits made while it ran (here, or picked up from
        another analyst) are applied on top, so nothing shown is older than the store."""
        self._analyses = derived.analyses
        self._parsed = getattr(derived, "parsed", derived.analyses)  # before the analyst's quote edits
        self._actors = derived.actors
        self._incidents = derived.incidents
        self._derived = derived
        if (learner := self.learner()) is not None:
            from .learning import LearnedModel

            derived.extra_sources = [LearnedModel(learner)]
        stamp = getattr(derived, "stamp", None)
        if stamp is not None and stamp != self._inputs_stamp():
            self._derive()

    def _inputs_stamp(self) -> tuple:
        """Changes with every record that derived views depend on (cheap: counts)."""
        return (tuple(sorted(self._sources)),) + tuple(self.store.count(t) for t in DERIVED_INPUTS)

    def pending_analysis(self) -> list[Source]:
        """Sources without an analysis yet (imported by another process, say)."""
        return [s for s in self.sources() if s.id not in self._analyses]

    def _derive(self) -> None:
        self.install(self.derive(getattr(self, "_parsed", self._analyses), previous=self._derived))

    def suggestions(self, source_id: str) -> list[Suggestion]:
        """Suggested stances for the actors of a source, strongest first (never tags)."""
        return [g for g in self._derived.suggestions(source_id) if not self._no_actor(g.actor_id)] if self._derived else []

    def _no_actor(self, actor_id: str | None) -> bool:
        """Whether an analyst said ``actor_id`` is no actor (kind "place" or "none"): nothing is suggested for it."""
        a = self._actors.get(actor_id) if actor_id else None
        return a is not None and a.kind in NOT_ACTOR_KINDS

    def quote_suggestion(self, source_id: str, quote_index: int) -> Suggestion | None:
        """The suggested stance for quote number ``quote_index`` (0-based, in
        ``quotes(source_id)``) of ``source_id``; None when nothing is suggested or the
        workspace is not analysed."""
        g = self._derived.quote_suggestion(source_id, quote_index) if self._derived else None
        return None if g is None or self._no_actor(g.actor_id) else g

    def sentence_suggestion(self, source_id: str, start: int, end: int, actor_id: str | None = None) -> Suggestion | None:
        """The suggestion for the sentence ``start``–``end`` (character offsets) of
        ``source_id`` that the reader's a and x and ``bluf suggest accept --sentence`` act on:
        one made on no quote (``quote_index`` None) whose evidence overlaps the sentence, that
        the analyst has not rejected and whose actor they have not tagged there; ``actor_id``'s
        (by default the sentence's subject's, ``sentence_actor``) first, then one whose
        evidence starts in the sentence, then the strongest. None when there is none."""
        tagged = self.stances(source_id)
        here = [g for g in self.suggestions(source_id)
                if g.quote_index is None and g.start < end and start < g.end
                and not self.is_rejected(source_id, g.start, g.end, g.label)
                and not any(st.actor_id == g.actor_id and st.start < g.end and g.start < st.end for st in tagged)]
        if not here:
            return None
        actor_id = actor_id or self.sentence_actor(source_id, start, end)
        return min(here, key=lambda g: (g.actor_id != actor_id, not start <= g.start < end))  # min keeps the strongest of equals

    def sentence_actor(self, source_id: str, start: int, end: int, speaker_only: bool = False) -> str | None:
        """The actor id of the subject of the sentence ``start``–``end`` of ``source_id``: the
        speaker of reported speech first (the subject of a verb of saying: "DC Arman Hossain
        said the border force remains on alert" is his, not the border force's; a speaker the
        actor index does not hold at that span is looked up by name), else the agent of the first
        clause in it that has one the actors know; None when none. A sentence given "according to"
        a named actor ("According to Deputy Minister X, witnesses are being questioned") is that
        actor's reported speech, before any clause's agent; never a news outlet's it cites
        ("according to the X News Agency": ``cited_outlets.cited_outlet_ids``). ``speaker_only``: only
        a speaker (of a verb of saying or "according to"), None rather than a clause's agent (who
        said words an analyst marks as a quote is never the agent of a clause inside them)."""
        from .cited_outlets import cited_outlet_ids
        from .nlp.lexicon import REPORTING_VERBS
        from .nlp.stance import according_to

        a = self.analysis(source_id)
        if a is None:
            return None
        here = [f for f in a.frames if start <= f.start < end or f.start <= start < f.end]
        said = [f for f in here if f.verb in REPORTING_VERBS]
        for f in said:
            aid = self.actor_at(source_id, f.agent_start, f.agent_end) or self.resolve_actor(f.agent_text)
            if aid:
                return aid
        src = self._sources.get(source_id)
        sourced = according_to(src.text, a, start, end) if src is not None else []
        outlets = cited_outlet_ids(src.text, self._actors) if sourced else set()
        for s, e in sourced:
            if (aid := self.actor_at(source_id, s, e)) and aid not in outlets:
                return aid
        if speaker_only:
            return None
        for f in here:
            if f.verb not in REPORTING_VERBS and (aid := self.actor_at(source_id, f.agent_start, f.agent_end)):
                return aid
        return None

    def cue_suggestion(self, source_id: str, actor_id: str, quote_index: int | None = None) -> Suggestion | None:
        """What the cue lexicon alone suggests for quote ``quote_index`` (0-based, in
        ``quotes(source_id)``), else for ``actor_id`` in the source (for comparing it with the
        learned model: ``bluf suggest --evaluate``); None when nothing."""
        return self._derived.cue_suggestion(source_id, self._actors.canonical_id(actor_id), quote_index) if self._derived else None

    def suggestions_ready(self, source_id: str) -> bool:
        """Whether a source's suggestions are worked out (they are on first use: a long
        article's take a moment, which a UI spends in a worker)."""
        return self._derived is None or self._derived.suggestions_ready(source_id)

    def pipeline_notice(self) -> str:
        """One line for the user when no spaCy model is installed
        (``annotate.nlp.pipeline.NO_MODEL_NOTICE``, as the pipeline says), else ""."""
        from .nlp.pipeline import NO_MODEL_NOTICE, available_model

        return "" if available_model() else NO_MODEL_NOTICE

    def is_analysed(self, source_id: str | None = None) -> bool:
        """Whether ``source_id``'s analysis is in memory (by ``analyze``, ``install`` or a
        worker); with no id, whether any source's is. Never loads spaCy; unknown ids: False."""
        return bool(self._analyses) if source_id is None else source_id in self._analyses

    def actor_at(self, source_id: str, start: int, end: int) -> str | None:
        """The id of the actor named by characters ``start``–``end`` (offsets into the
        source's cleaned text) of ``source_id``, from the derived actor index; None when no
        known actor is named there or the workspace is not analysed yet."""
        return self._actors.at(source_id, start, end)

    def actor(self, actor_id: str):
        """The ``Actor`` (name, kind, aliases, affiliation) with ``actor_id`` after merges,
        renames and aliases made by analysts; None when there is no such actor."""
        return self._actors.get(actor_id)

    def resolve_actor(self, name: str) -> str | None:
        """The id of the actor ``name`` stands for ("President Donald Trump" ->
        "donald-trump"): aliases from actors.toml and analysts, surnames, fuzzy spellings;
        None when it names no known actor."""
        return self._actors.resolve(name)

    def brief_filter_problem(self, flt) -> str:
        """What is wrong with the brief filter ``flt`` (an ``annotate.BriefFilter``), as one
        line naming the first unknown incident, label, actor or annotator and the close
        matches (or the choices when few), "" when nothing: a filter naming nothing known
        would make an empty brief that looks like a quiet day. Call after ``analyze``."""
        from .near import close_names

        def unknown(what: str, given: tuple[str, ...], known: list[str], found) -> str:
            for g in given:
                if not found(g):
                    near = close_names(g, known)  # "Sybiha": Andriy Sybiga
                    hint = f"; did you mean {', '.join(near)}?" if near else (
                        f"; {what}s: {', '.join(known)}" if 0 < len(known) <= 8 else "")
                    return f"unknown {what} {g!r}{hint}"
            return ""

        incidents = [i for i in self.incidents(rejected=True)]
        ids = {n for i in incidents for n in (i.id, *i.aliases)}
        actors = self.list_actors()
        actor_ids = {a.id for a in actors}
        annotators = sorted({e["annotator"] for e in self.log()} | {st.annotator for st in self.stances()})
        if flt.date_from and flt.date_to and flt.date_from[:10] > flt.date_to[:10]:
            return f"the date range ends before it starts ({flt.date_from} to {flt.date_to})"
        return (unknown("incident", flt.incidents, [i.id for i in incidents], lambda g: g in ids)
                or unknown("label", flt.labels, list(self.labels), lambda g: g in self.labels)
                or unknown("actor", flt.actors, [a.name for a in actors],
                           lambda g: g in actor_ids or self.resolve_actor(g) is not None)
                or unknown("annotator", flt.annotators, annotators, lambda g: g in annotators))

    def canonical_actor_id(self, actor_id: str) -> str:
        """The id ``actor_id`` now goes by: the target of a merge, else ``actor_id`` itself."""
        return self._actors.canonical_id(actor_id)

    def actors_revision(self) -> int:
        """A number that changes whenever the actor index is rebuilt (analysis, an edit of
        actors or quotes): a key for views that cache what they drew from it."""
        return id(self._actors)

    def analysis(self, source_id: str) -> Analysis | None:
        """The analysis of ``source_id`` (sentences, entities, quotes, frames, incident
        mentions; offsets in characters of the cleaned text); None until it is analysed."""
        return self._analyses.get(source_id)

    def analysis_failure(self, source_id: str) -> str:
        """One line saying why the last analysis left the source out, or ""."""
        return self.analysis_errors.get(source_id, "")

    def quotes(self, source_id: str) -> list[Quote]:
        """The quotes found in ``source_id``, in text order, with the analysts' quote
        edits applied; [] until it is analysed."""
        a = self._analyses.get(source_id)
        return a.quotes if a else []

    def incidents(self, rejected: bool = False) -> list[Incident]:
        """The incidents found across the sources (event types: annotate/events.toml),
        with the analysts' confirmations, merges, splits, renames and corrections applied,
        by date (undated last). Those the analyst rejected (status "rejected": not an
        incident) are left out unless ``rejected`` is True."""
        return [i for i in self._incidents if rejected or i.status != "rejected"]

    def incident(self, incident_id: str) -> Incident:
        """The incident of id ``incident_id`` or of an earlier id of it (``Incident.aliases``),
        rejected ones too. WorkspaceError (one line) if there is none."""
        for i in self._incidents:
            if i.id == incident_id:
                return i
        for i in self._incidents:
            if incident_id in i.aliases:
                return i
        raise WorkspaceError(f"no incident {incident_id!r}" + ("" if self._incidents else " (the workspace has none yet)"))

    def incident_types(self) -> list[tuple[str, str]]:
        """The event types an incident can be given, ``(id, title)`` in the order of
        events.toml (the user's, else bluf's); types that only join others ("unspecified") are
        not among them."""
        from .event_types import load_event_types

        out: dict[str, str] = {}
        for t in load_event_types().types:
            if not t.joins_only and t.id not in out:
                out[t.id] = t.title or t.id.replace("_", " ").capitalize()
        return list(out.items())

    # ------------------------------------------------------------------ analyst's edits
    def edit_view(self) -> dict[str, int]:
        """A mark of the edits this workspace holds now (table -> highest record number), to
        pass to ``seen_as_of`` when the analyst's edit is typed in a prompt opened now."""
        return {t: max(self.store.docs(t), default=0) for t in ("actor_edits", "incident_edits", "quote_edits")}

    def edit_count(self) -> int:
        """How many edit and conflict records the workspace holds (it grows with every edit,
        here or by another analyst): a cheap test of whether anything was edited."""
        return sum(self.store.count(t) for t in ("actor_edits", "incident_edits", "quote_edits", "merge_conflicts"))

    @contextmanager
    def seen_as_of(self, view: dict[str, int] | None):
        """Edits made inside record what the analyst saw at ``view`` (``edit_view``), not what
        this process has read since: another analyst's edit of the same value read while the
        prompt was open is then a conflict (``bluf conflicts``), not silently replaced."""
        self._view = view
        try:
            yield
        finally:
            self._view = None

    def _edit(self, table: str, record: dict, what: str = "", undoable: bool = True) -> None:
        """Append an analyst's edit (with a ``uid``, so that undo can name it) and bring
        the derived views up to date; ``what`` says it for the undo notice."""
        from .merge import edit_slot, value_in_force

        uid = uuid.uuid4().hex[:12]
        if (slot := edit_slot(table, record)) is not None:
            # what this analyst saw there: another analyst's edit of the slot made meanwhile
            # is then a conflict (``merge.concurrent_edits``), not a silent overwrite
            view = getattr(self, "_view", None)
            seen = [d for i, d in self.store.docs(table).items() if view is None or i <= view.get(table, 0)]
            record = {**record, "seen": value_in_force(table, seen, slot)}
        self._append_edit(table, {**record, "uid": uid, **({} if undoable else {"undoable": False})})
        if undoable:
            self.undo_log.record(self._edit_step(table, uid, what or _describe(record, table), record.get("source_id", "")))

    def _append_edit(self, table: str, record: dict) -> None:
        self._write([Op.insert(table, {**record, "annotator": self.annotator, "created_at": _now()})])
        if table == "source_edits":
            self._load_sources()
        if self._analyses:
            self._derive()

    def _restore_undo(self, limit: int = UNDO_ON_OPEN) -> None:
        """After a restart: the undo log again holds this annotator's own last changes that are
        still in force, newest last (at most ``limit``): tags (undo takes the tag out, giving
        back the one it replaced), removals of tags (undo puts the tag back), and edits of
        quotes, speakers, actors, incidents and sources (undo writes an ``undo`` record).
        Never another annotator's, and never what is no longer in force. Notes, metadata and
        the brief's text are undone only in the session that made them."""
        me, steps = self.annotator, []
        h = self.history
        for e in h.events:
            if e.get("annotator") != me:
                continue
            ev = e.get("ev", "tag")
            if ev == "tag" and h.active(e["id"]):
                steps.append((e.get("created_at", ""), ("tag", e["id"])))
            elif ev == "untag" and e.get("reason") == "removed" and e.get("target") in h and not h.active(e["target"]):
                steps.append((e.get("created_at", ""), ("untag", e["target"])))
        for table in ("quote_edits", "actor_edits", "incident_edits", "source_edits"):
            for r in self._edits_in_force(table):
                if r.get("annotator") == me and r.get("uid") and r.get("op") != "create" and r.get("undoable", True):
                    steps.append((r.get("created_at", ""), (table, r)))
        steps.sort(key=lambda x: x[0])
        for _at, (kind, item) in steps[-limit:]:
            if kind in ("tag", "untag"):
                self._undo.append((kind, item))
            else:
                src = self._all_sources.get(item.get("source_id", ""))
                self.undo_log.record(self._edit_step(kind, item["uid"], _describe(item, kind, src.name if src else ""),
                                                     item.get("source_id", "")))

    def _edit_step(self, table: str, uid: str, what: str, source_id: str) -> Step:
        def redo():
            for target in getattr(redo, "also", ()):  # the copies the undo took back with it
                self._append_edit(table, {"op": "redo", "target": target})
            self._append_edit(table, {"op": "redo", "target": uid})

        def undo():
            copies = self._set_again(table, uid, what)
            for target in [uid, *copies]:
                self._append_edit(table, {"op": "undo", "target": target})
            redo.also = copies

        return Step(what, undo, redo, source_id)

    def _set_again(self, table: str, uid: str, what: str) -> list[str]:
        """Before undoing the edit ``uid`` of ``table``: the uids of the later edits in force
        of the same value (an incident's title, an actor's name...) that only restate it, this
        analyst's copies written when ``bluf conflicts resolve`` kept it, which the undo takes
        back too (else the value would not change). NotUndoable, with the reason, when the value
        in force is another edit's, set since: undoing this one would change nothing shown."""
        from .errors import NotUndoable
        from .merge import _value, edit_slot

        records = self._edits_in_force(table)
        mine = next((r for r in records if r.get("uid") == uid), None)
        slot = edit_slot(table, mine) if mine is not None else None
        if slot is None:
            return []
        later = [r for r in records[records.index(mine) + 1:] if edit_slot(table, r) == slot]
        copies = [r for r in later if r.get("annotator") == mine.get("annotator") and _value(table, r) == _value(table, mine)
                  and (r.get("resolves") == uid or r.get("undoable") is False)]
        if not later or later[-1] in copies:  # the value shown is this edit's (or its copy's)
            return [r["uid"] for r in copies if r.get("uid")]
        last = later[-1]
        who = "you" if last.get("annotator") == self.annotator else last.get("annotator") or "another analyst"
        value = _value(table, last)
        raise NotUndoable(f"Not undone: {what}: set again since by {who}"
                          f"{f' (now “{_clip(str(value), 40)}”)' if value and table != 'quote_edits' else ''}; "
                          "u goes on to your change before")

    def _edits_in_force(self, table: str) -> list[dict]:
        """A table of edits without those undone (see annotate.undo)."""
        return edits_in_force(self.store.all(table))

    def _actor(self, actor_id: str) -> str:
        if self._actors.get(actor_id) is None:
            raise WorkspaceError(f"no actor {actor_id!r}")
        return self._actors.canonical_id(actor_id)

    def merge_actors(self, actor_id: str, into: str) -> str:
        """Make ``actor_id`` the same actor as ``into`` (its tags follow; its name and aliases
        become ``into``'s, but not a place's name). The merged actor keeps ``into``'s
        affiliation; when ``into`` has none it takes ``actor_id``'s only if an analyst gave that
        one (one the analysis guessed is not passed on). Returns ``actor_id``'s affiliation
        when it is not kept, else "". WorkspaceError when the two are one actor or one does
        not exist."""
        self._actor(actor_id), self._actor(into)
        a, a_by = self._as_seen(actor_id)
        b, b_by = self._as_seen(into)
        if a == b:
            raise WorkspaceError("an actor cannot be merged into itself")
        # an actor merged meanwhile is gone from the index: its names are in that merge record
        names = {x: ((by.get("names") or {}).get(x) if by is not None else None) or self._known_as(x)
                 for x, by in ((a, a_by), (b, b_by))}
        name_a, name_b = (names[a] or [a])[0], (names[b] or [b])[0]
        mine = self.actor(a).affiliation if self.actor(a) and a_by is None else ""
        # "seen": the analyst saw ``a`` not merged into anything (a merge they saw is followed
        # above): a merge of it made meanwhile by another analyst stays in force and the two
        # are a conflict (``merge.concurrent_edits``), never chained into one another
        record = {"op": "merge", "actor_id": a, "into": b, "names": names, "seen": ""}
        other = a_by or (b_by if b_by is not None and b_by.get("into") == a else None)
        if other is not None:
            # Refused: not an edit of the history (nothing to undo), only a conflict record
            # that keeps the choice (``merge.refused_merge``).
            self._refuse_merge("actor merge", other, record, "actor_id")
            who = other.get("annotator") or "another analyst"
            went = self.actor_name(self._actors.canonical_id(other.get("into", "")))
            gone = name_a if other is a_by else name_b
            raise WorkspaceError(f"not merged: {gone} was merged into {went} by {who} meanwhile; "
                                 "both merges are listed in `bluf conflicts` (the first stays in force)")
        self._edit("actor_edits", record, what=f"merge of {name_a} into {name_b}")
        now = self.actor(b).affiliation if self.actor(b) else ""
        return mine if mine and norm_name(mine) != norm_name(now) and norm_name(mine) != norm_name(name_b) else ""

    def _refuse_merge(self, kind: str, first: dict, record: dict, key: str) -> None:
        """Record a merge refused because ``first`` (another analyst's, not seen) merged one of
        its two away meanwhile: a conflict record only (``merge.refused_merge``), never an
        edit of the history nor a step of the undo log."""
        from .merge import CONFLICTS, refused_merge

        proposed = {**record, "uid": uuid.uuid4().hex[:12], "annotator": self.annotator, "created_at": _now()}
        self._write([Op.insert(CONFLICTS, refused_merge(kind, first, proposed, key))])

    def merged_meanwhile(self, actor_id: str) -> str:
        """One line when ``actor_id`` was merged into another actor by another analyst after the
        ``seen_as_of`` view (a picker opened before it): "X was merged into Y by ben; the speaker
        is Y"; "" otherwise (also outside one)."""
        aid, by = self._as_seen(actor_id)
        if by is None:
            return ""
        names = by.get("names") or {}
        gone = (names.get(aid) or [aid])[0]
        went = self.actor_name(self._actors.canonical_id(aid))
        return f"{gone} was merged into {went} by {by.get('annotator') or 'another analyst'}; the speaker is {went}"

    def _as_seen(self, actor_id: str) -> tuple[str, dict | None]:
        """The actor ``actor_id`` was to the analyst at the ``seen_as_of`` view (now, outside
        one): merges made since by another analyst are not followed. Returns that actor's id
        and the merge record (None when none) that merged it meanwhile."""
        view = getattr(self, "_view", None)
        docs = self.store.docs("actor_edits")
        seen = {d.get("uid") for i, d in docs.items() if view is None or i <= view.get("actor_edits", 0)}
        index, aid, steps = self._actors, actor_id, 0
        while aid in index.merged and steps < 20:
            uid = index.merged_by.get(aid)
            if uid and uid not in seen:
                return aid, next((d for d in docs.values() if d.get("uid") == uid), {})
            aid, steps = index.merged[aid], steps + 1
        return aid, None

    def rename_actor(self, actor_id: str, name: str) -> None:
        """Give the actor ``actor_id`` the display name ``name`` (undoable).
        WorkspaceError if the name is empty or there is no such actor."""
        if not typed(name):
            raise WorkspaceError("an actor's name cannot be empty")
        aid = self._actor(actor_id)
        self._edit("actor_edits", {"op": "rename", "actor_id": aid, "name": typed(name), "names": {aid: self._known_as(aid)}},
                   what=f"rename of {self.actor_name(aid)} to {typed(name)}")

    def add_alias(self, actor_id: str, alias: str) -> str | None:
        """Make ``alias`` another name of ``actor_id``: a name looked up resolves to that actor
        after the next derivation. Returns the id of another actor the name stood for until now
        (its mentions found so far stay that actor's: say so, and offer a merge), else None.
        WorkspaceError if empty or no such actor."""
        if not typed(alias):
            raise WorkspaceError("an alias cannot be empty")
        aid = self._actor(actor_id)
        before = self.resolve_actor(typed(alias))
        self._edit("actor_edits", {"op": "alias", "actor_id": aid, "name": typed(alias), "names": {aid: self._known_as(aid)}})
        return before if before not in (None, aid) else None

    def set_affiliation(self, actor_id: str, affiliation: str) -> None:
        """Set the affiliation (a country, party or organisation; free text, "" to
        clear) of ``actor_id``. WorkspaceError if there is no such actor."""
        aid = self._actor(actor_id)
        self._edit("actor_edits", {"op": "affiliation", "actor_id": aid, "name": typed(affiliation), "names": {aid: self._known_as(aid)}})

    def set_actor_kind(self, actor_id: str, kind: str) -> str:
        """Set what ``actor_id`` is: one of ``ACTOR_KINDS`` (person, government,
        organization, group; "organisation" and any case are accepted), or "place": no
        actor but a place (it leaves ``list_actors`` and may be an incident's place). Kept
        through re-analysis like a rename, undoable, a merge conflict when two analysts
        disagree. Returns the kind stored. WorkspaceError, with the close match, for another
        word or no such actor."""
        if why := self.actor_kind_problem(kind):
            raise WorkspaceError(why)
        want = _actor_kind(kind)
        aid = self._actor(actor_id)
        self._edit("actor_edits", {"op": "kind", "actor_id": aid, "kind": want, "names": {aid: self._known_as(aid)}})
        return want

    @staticmethod
    def actor_kind_problem(kind: str) -> str:
        """"" when ``kind`` names one of ``ACTOR_KINDS``, else one line saying so with the
        close match ("unknown actor kind 'persn'; did you mean person?")."""
        from .near import did_you_mean

        if _actor_kind(kind) in ACTOR_KINDS:
            return ""
        hint = did_you_mean(typed(kind), ACTOR_KINDS)
        return f"unknown actor kind {typed(kind)!r}; " + (
            hint or "kinds: " + ", ".join(ACTOR_KINDS[:-1]) + ", or none: not an actor (`bluf actors dismiss`)")

    def _incident(self, incident_id: str) -> Incident:
        return self.incident(incident_id)

    def _incident_edit(self, incident_id: str, record: dict, what: str = "") -> None:
        """Write an incident edit naming the incident by its id now and anchored to its
        evidence (``incidents.anchor``), so that it still applies when re-clustering changes
        the id."""
        from .incidents import anchor

        inc = self._incident(incident_id)
        self._edit("incident_edits", {**record, "incident_id": inc.id, "anchor": anchor(inc)}, what=what)

    def confirm_incident(self, incident_id: str, confirmed: bool = True) -> None:
        """Mark ``incident_id`` confirmed by an analyst (``confirmed=False``: back to
        suggested). WorkspaceError if there is no such incident. The sources it holds now are
        the ones confirmed: a source found later that would join it is a candidate
        (``Incident.candidates``) until linked (``link_incident``)."""
        if not confirmed:
            self._incident_edit(incident_id, {"op": "unconfirm"})
            return
        inc = self._incident(incident_id)
        self._incident_edit(incident_id, {"op": "confirm", "sources": list(inc.evidence), "place": inc.place, "title": inc.title,
                                          "date": inc.date, "date_end": inc.date_end})

    def rename_incident(self, incident_id: str, title: str) -> None:
        """Give ``incident_id`` the title ``title`` (one line). WorkspaceError if there
        is no such incident."""
        self._incident_edit(incident_id, {"op": "rename", "title": typed(title)}, what=f"incident renamed {typed(title)}")

    def note_incident(self, incident_id: str, note: str) -> None:
        """Set the analyst's note on ``incident_id`` (newlines kept; "" clears).
        WorkspaceError if there is no such incident."""
        self._incident_edit(incident_id, {"op": "note", "note": typed(note, multiline=True)})

    def merge_incidents(self, incident_id: str, into: str) -> None:
        """Merge ``incident_id`` into ``into``: its evidence joins, the earlier date
        wins. WorkspaceError if either does not exist or they are the same."""
        from .incidents import anchor

        gone = {x: self._merged_incident(x) for x in (incident_id, into)}
        if gone[incident_id] is not None or gone[into] is not None:
            # merged away meanwhile by another analyst: this merge is recorded (not applied,
            # ``incidents.apply_edits``) and the two are a conflict, said in one line
            other = gone[incident_id] or gone[into]
            if gone[incident_id] is None and other.get("into") != incident_id:
                raise WorkspaceError(f"not merged: the incident chosen was merged into {self._incident_title_now(into)} by "
                                     f"{other.get('annotator') or 'another analyst'} meanwhile: choose that one")
            src = gone[incident_id] or {}
            inc = None if gone[incident_id] else self._incident(incident_id)
            tgt = None if gone[into] else self._incident(into)
            titles = {incident_id: inc.title if inc else (src.get("titles") or {}).get(incident_id, incident_id),
                      into: tgt.title if tgt else (other.get("titles") or {}).get(into, into)}
            self._refuse_merge("incident merge", other,
                               {"op": "merge", "incident_id": incident_id, "anchor": anchor(inc) if inc else src.get("anchor"),
                                "into": into, "into_anchor": anchor(tgt) if tgt else other.get("anchor"),
                                "titles": titles, "seen": ""}, "incident_id")
            went = self._incident_title_now(other.get("into", ""))
            raise WorkspaceError(f"not merged: {titles[other.get('incident_id')] if other.get('incident_id') in titles else other.get('incident_id')} "
                                 f"was merged into {went} by {other.get('annotator') or 'another analyst'} meanwhile; "
                                 "both merges are listed in `bluf conflicts` (the first stays in force)")
        target = self._incident(into)
        if self._incident(incident_id) is target:
            raise WorkspaceError("an incident cannot be merged into itself")
        src = self._incident(incident_id)
        self._incident_edit(incident_id, {"op": "merge", "into": target.id, "into_anchor": anchor(target),
                                          "titles": {src.id: src.title, target.id: target.title}, "seen": ""},
                            what="incidents merged")

    def _merged_incident(self, incident_id: str) -> dict | None:
        """The merge record in force that took ``incident_id`` into another incident, when no
        incident goes by that id now (None otherwise)."""
        if any(i.id == incident_id for i in self._incidents):
            return None
        hits = [e for e in self._edits_in_force("incident_edits") if e.get("op") == "merge" and e.get("incident_id") == incident_id]
        return hits[-1] if hits else None

    def _incident_title_now(self, incident_id: str) -> str:
        """The title of the incident ``incident_id`` is now (followed through merges; found by an
        earlier or shown id too), else the latest title the edits of it recorded (a process that
        derived no incidents, such as ``bluf log``), else the id."""
        for _ in range(20):
            inc = next((i for i in self._incidents if incident_id in (i.id, i.shown_id, *i.aliases)), None)
            if inc is not None:
                return inc.title
            hit = self._merged_incident(incident_id)
            if hit is None:
                break
            incident_id = hit.get("into", "")
        return self._recorded_incident_titles().get(incident_id) or incident_id

    def _recorded_incident_titles(self) -> dict[str, str]:
        """Incident id -> the latest title its edits in force recorded (a rename, a new incident,
        a confirmation, a merge's titles), for naming incidents where none are derived."""
        out: dict[str, str] = {}
        for r in self._edits_in_force("incident_edits"):
            iid, op = r.get("incident_id", ""), r.get("op", "")
            if isinstance(r.get("titles"), dict):
                out.update({k: str(v) for k, v in r["titles"].items() if v and v != k})
            if op in ("rename", "create", "confirm") and r.get("title"):
                out[iid] = str(r["title"])
            elif op == "split" and r.get("title") and r.get("new_id"):
                out[r["new_id"]] = str(r["title"])
        return out

    def analyses_cached(self) -> bool:
        """Whether every source bluf analyses has its analysis in the cache: ``analyze`` then
        parses nothing (a quick command may derive actors and incidents to name them)."""
        from .language_support import is_analysed
        from .nlp.pipeline import pipeline_version

        version = pipeline_version(self.gazetteer)
        return all(self.cache.has(s.id, version) for s in self.sources() if is_analysed(s.language))

    def split_incident(self, incident_id: str, source_ids: list[str], title: str = "") -> str:
        """Move the evidence of ``source_ids`` into a new incident; returns its id."""
        inc = self._incident(incident_id)
        if not source_ids or not set(source_ids) < set(inc.evidence):
            raise WorkspaceError("a split takes some, not all, of the incident's sources")
        ids = {i.id for i in self._incidents}
        n = 1 + sum(1 for i in ids if i.startswith(f"{inc.id}-split"))
        while f"{inc.id}-split{n}" in ids:
            n += 1
        new_id = f"{inc.id}-split{n}"
        self._incident_edit(inc.id, {"op": "split", "source_ids": list(source_ids), "title": typed(title), "new_id": new_id})
        return new_id

    def create_incident(self, source_id: str, start: int, end: int, title: str = "", event_type: str = "",
                        require_type: bool = False) -> str:
        """Make an incident of the sentence(s) of ``source_id`` that [start, end) touches
        (character offsets of its text), for an event the analysis missed or put in the wrong
        incident: the sentence leaves any incident that held it. Type, country, place and date
        are those of the event the analysis found in the sentence, if any (else the type its
        words suggest, the place it names — a known one, else one the analysis found in it — and
        the country of the article's other events when it names none); ``title`` ("" for
        one made from them or the sentence); ``event_type``: the analyst's type (an id or title
        of ``incident_types``), in force over the one found. A sentence that names no day
        takes the source's publication day, marked reported (``Incident.date_reported``: "~"),
        never silently undated. Returns the new incident's id. WorkspaceError if there is no
        such source, the span is empty or all boilerplate, or ``event_type`` is no type;
        NoEventType (nothing made) when ``require_type`` and no type was found or given."""
        src = self.source(source_id)
        if not (0 <= start < end <= len(src.text)):
            raise WorkspaceError("select a sentence to make an incident of")
        start, end = self._article_span(src, start, end)
        a = self._analyses.get(source_id)
        sents = [(s, e) for s, e in (a.sentences if a else []) if s < end and e > start]
        if sents:
            start, end = sents[0][0], sents[-1][1]
        m = next((m for m in (a.incidents if a else []) if m.start < end and m.end > start), None)
        if m is not None and a is not None and a.published != src.published:
            from .nlp.events import redate  # analysed before its publication day was set: as derive does

            m = redate([m], src.published, src.text)[0]
        if m is not None and m.date_text:
            from .sentence_days import own_day

            if own := own_day(src.text[start:end], _DAY_WORDS, m.date_text):  # "sentenced on Friday, following the coup on May 19"
                m = replace(m, date=_day_named(own, src.published, src.text), date_end="", date_text=own)
        from .event_types import load_event_types

        types = load_event_types()
        day = ""
        if m is None:  # no event found: the type its words suggest, the place and day it names, if any
            kind = types.guess(src.text[start:end], self._names_a_state(src.text[start:end]))
            place, country = self._named_place(src.text[start:end], outlet=src.outlet)
            day = _day_named(src.text[start:end], src.published, src.text)
            if kind and not place and a is not None:  # a place too small to be known: the one the analysis found there
                place = next((e.text for e in a.entities if e.label in ("GPE", "LOC", "FAC") and start <= e.start and e.end <= end
                              and self.gazetteer.country(e.text) is None), "")
            if not country and a is not None:  # the country the article's other events are in
                found = collections.Counter(x.country for x in a.incidents if x.country)
                country = found.most_common(1)[0][0] if found else ""
        else:
            kind, place, country = m.kind, m.place, m.country
        if event_type:
            kind = self._event_type_id(event_type)
        elif require_type and not kind:
            from .errors import NoEventType

            raise NoEventType("no event type found in that sentence: nothing made")
        reported = False
        if not (m.date if m else day) and src.published and _iso_day(src.published[:10]):
            day, reported = src.published[:10], True  # the day it was reported: "~"
        et = types.get(kind) if kind else None
        where = ", ".join(x for x in (place, country) if x)
        what = et.title if et and et.title else "Incident"
        made = f"{what} in {where}" if where else what if et else f"Incident: {_clip(src.text[start:end])}"
        own = bool(typed(title))
        title = typed(title) or made
        # A neutral id: no guessed place or country, which the analyst may correct afterwards.
        made_ids = {e.get("incident_id") for e in self.store.all("incident_edits") if e.get("op") == "create"}
        taken = made_ids | {n for i in self._incidents for n in (i.id, *i.aliases)}
        n = 1 + len(made_ids)
        while f"manual-{n}" in taken:
            n += 1
        iid = f"manual-{n}"
        self._edit("incident_edits", {"op": "create", "incident_id": iid, "source_id": source_id, "start": start, "end": end, "title": title,
                                      "kind": kind, "country": country, "place": place,
                                      "date": (m.date if m else "") or day, "own_title": own,
                                      **({"date_reported": True} if reported else {})}, what=f"new incident “{_clip(title)}”")
        return iid

    def _names_a_state(self, text: str) -> bool:
        """True when a sentence names a country by its name or nationality ("Israel", "Indian
        troops"), not only by a city ("in Tripoli")."""
        for name in re.findall(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*", text):
            words = re.sub(r"['’]s$", "", name).split()
            for n in range(len(words), 0, -1):
                for i in range(len(words) - n + 1):
                    part = " ".join(words[i:i + n])
                    c = self.gazetteer.country(part)
                    if c is not None and part.lower() in {x.lower() for x in (*c.all_names, *c.all_adjectives)}:
                        return True
        return False

    def _named_place(self, text: str, outlet: str = "") -> tuple[str, str]:
        """(place, country) of the first country or known city a sentence names by a capitalised
        name ("... the Democratic Republic of Congo has taken Goma's airport" -> ("Goma",
        "Democratic Republic of the Congo")): a known city or region over a country; ("", "")
        when none. Never a news agency's or the ``outlet``'s name ("told Xinhua"), the place
        of those who report ("Sources in Jordan said", "officials in Kenya told"), nor a
        country that acts ("Israel struck ... in Damascus", "Israeli strikes") when a city or another
        nation ("targeted Syrian positions") is named."""
        from .news_agencies import is_wire_agency
        from .places import country_display, place as known_place

        from .event_types import load_event_types

        areas = tuple(self.gazetteer.places)
        listed = load_event_types().area  # events.toml's areas ("Stepanakert", "Gaza City")
        country = city = people = actor = ""
        text = _REPORTERS_AT.sub(lambda m: " " * len(m.group()), text)  # "Sources in Jordan said": not where it happened
        for m in re.finditer(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*", text):
            name = re.sub(r"['’]s$", "", m.group())
            if (is_wire_agency(name) or outlet and name.lower() == outlet.strip().lower()) \
                    and not re.search(r"\b(?:in|near|at|outside|across|around|of)\s+(?:the\s+)?$", text[:m.start()], re.I):
                continue  # "told Xinhua": an agency or outlet, never a place ("in Fars province" is one)
            if _ACTS.match(text, m.end()) and (c := self.gazetteer.country(name)) is not None and name.lower() in {n.lower() for n in c.all_names}:
                actor = actor or c.name  # "Israel struck the army in Damascus": who acted, the place only when no other is named
                continue
            if _STRIKING_ARMS.match(text, m.end()) and (c := self.gazetteer.country(re.sub(r"^The\s+", "", name))) is not None:
                actor = actor or c.name  # "Israeli strikes targeted Syrian positions": who struck, not where
                continue
            words = name.split()
            for n in range(len(words), 0, -1):  # the longest known name in the run
                for i in range(len(words) - n + 1):
                    part = " ".join(words[i:i + n])
                    c = self.gazetteer.country(part)
                    if c is not None and part.lower() not in {a.lower() for a in c.all_adjectives if a not in c.all_names}:
                        country = country or c.name  # (a country by its name; "Kenyan police" are not where)
                        break
                    if c is not None:
                        people = people or c.name  # only when the sentence names no place
                        break
                    if _tail_of_a_name(words, i, m.start(), text) or part.isupper() and len(part) <= 5:
                        continue  # "Valley" of "Galwan Valley": a longer name, not the city "The Valley";
                        # an acronym ("LAC") is no town's name ("Lac")
                    if (a := listed(part)) and not city:
                        city = part, a
                        break
                    p = known_place(part, areas)
                    if p is not None and p.kind in ("city", "region") and p.country and not city:
                        city = p.name, country_display(p.country, self.gazetteer.country)
                        break
                else:
                    continue
                break
        if city and (not country or city[1] == country):
            return city
        return "", country or people or actor  # (the struck side's nation over the striker's: "Syrian positions")

    def link_incident(self, incident_id: str, source_id: str, linked: bool = True) -> None:
        """Count ``source_id`` as reporting ``incident_id`` (``linked=False``: no longer).
        WorkspaceError if the incident or the source does not exist."""
        self._incident(incident_id)
        self.source(source_id)
        self._incident_edit(incident_id, {"op": "link" if linked else "unlink", "source_id": source_id})

    def _event_type_id(self, event_type: str) -> str:
        """The id of ``event_type`` (an id of ``incident_types`` or its title, in any case);
        WorkspaceError (one line, naming the valid ids) for another."""
        types = self.incident_types()
        want = " ".join(event_type.replace("_", " ").replace("-", " ").split()).lower()
        tid = next((t for t, title in types if want in (t.replace("_", " "), title.lower())), None)
        if tid is None:
            raise WorkspaceError(f"no event type {event_type.strip()!r}; types: {', '.join(t for t, _ in types)}")
        return tid

    def set_incident_type(self, incident_id: str, event_type: str) -> str:
        """Give ``incident_id`` the event type ``event_type``: an id of ``incident_types``
        ("air_or_drone_strike"), or its title, in any case ("Air or drone strike"). Its title
        follows unless the analyst gave one. Returns the type's id. WorkspaceError (one line,
        naming the valid ids) for another type; WorkspaceError if there is no such incident."""
        inc = self._incident(incident_id)
        tid = self._event_type_id(event_type)
        self._incident_edit(inc.id, {"op": "type", "kind": tid}, what=f"incident type {tid}")
        return tid

    def set_incident_date(self, incident_id: str, when: str) -> tuple[str, str]:
        """Set the date of ``incident_id``: an ISO day ("2025-05-07"), a range of days
        ("2025-05-07/2025-05-10", first day first; a month "2023-11" is its first to last day,
        also as an end of a range: "2023-11/2024-01"), a day of an unknown year ("--05-07", or
        "--05-07/--05-10"), or "" (undated: no source's date is right). Returns ``(date, date_end)`` as stored, ``date_end`` "" for one day.
        WorkspaceError (one line) for another value or if there is no such incident."""
        import re
        from datetime import date

        from .yearless import is_yearless, month_range, yearless

        inc = self._incident(incident_id)
        text = "".join(when.split())
        days: list[str] = []
        parts = text.split("/") if text else []
        for n, part in enumerate(parts):
            if (month := month_range(part)) is not None:  # "2023-11": the whole month
                days += list(month) if len(parts) == 1 else [month[0] if n == 0 else month[1]]
                continue
            try:
                if (m := re.fullmatch(r"--(\d{2})-(\d{2})", part)) and yearless(int(m[1]), int(m[2])):
                    days.append(part)  # a day of a year nobody knows
                    continue
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
                    raise ValueError(part)
                days.append(date.fromisoformat(part).isoformat())
            except ValueError:
                raise WorkspaceError(f"{when.strip()!r} is not a date: give YYYY-MM-DD, a month YYYY-MM, a range YYYY-MM-DD/YYYY-MM-DD, "
                                     "--MM-DD when the year is not known, or nothing for undated") from None
        if len({is_yearless(d) for d in days}) > 1:
            raise WorkspaceError(f"{when.strip()!r}: both ends of a range with a year, or both without")
        if len(days) > 2:
            raise WorkspaceError(f"{when.strip()!r}: a range is two days, YYYY-MM-DD/YYYY-MM-DD")
        if len(days) == 2 and days[1] < days[0]:
            raise WorkspaceError(f"{when.strip()!r}: the range ends before it starts")
        first = days[0] if days else ""
        last = days[1] if len(days) == 2 and days[1] != days[0] else ""
        self._incident_edit(inc.id, {"op": "date", "date": first, "date_end": last},
                            what=f"incident date {first + ('/' + last if last else '') or 'cleared'}")
        return first, last

    def read_place(self, text: str) -> tuple[str, str]:
        """``(country, place)`` of what an analyst types for where an incident happened:
        "Place, Country" ("Bahawalpur, Pakistan"), a country alone by its name, adjective or
        ISO 3166 code ("Pakistan", "Pakistani", "PK", "PAK"; place ""), or a place in no one
        country: a sea, a border, a disputed feature ("South China Sea", "Durand Line",
        "Scarborough Shoal"; also "Gulf of Aden, ?"), read as ``("", place)`` so that no
        side of a dispute is taken. The country is the alias file's name.
        A country that is part of a state ("England", "Cardiff, Wales") is read as a place
        of that state: ("United Kingdom", "Cardiff, Wales").
        What is neither a country nor close to one is a place with no country (the whole
        text, commas and all: "Narva, Freedonia"). WorkspaceError (one line) when the
        country is a typo of a known one ("Phillipines": did you mean Philippines?) or an
        unknown ISO code ("XZ"); when the place is a region, capital or large city of another
        country only ("Bangkok, Cambodia": Bangkok is in Thailand; ``_check_place_in``); a known city of one country
        given alone ("Karachi") is refused with "Place, Country" as it would be read, so
        that no country is guessed."""
        text = " ".join(text.split())
        if not text or text == "?":
            raise WorkspaceError("give a country, Place, Country, or a place in no one country (South China Sea)")
        place, _, country = text.rpartition(",")
        place, country = place.strip(), country.strip()
        if country == "?" and place:
            self._check_not_actor(place)
            return "", place
        name = self.country_name(country)
        if name:
            self._check_place_in(place, name)
            return name, place
        from .places import constituent_country

        if (part := constituent_country(country)) is not None:  # "Cardiff, Wales": a place of the United Kingdom
            state = self.country_name(part[1])
            self._check_place_in(place, state)
            return state, f"{place}, {part[0]}" if place else part[0]
        if not place:
            from .places import border_place, country_name, place as known_place

            if border_place(country, self.gazetteer.country):
                return "", country  # "the Afghanistan-Pakistan border", "Durand Line": in neither alone

            p = known_place(country, tuple(self.gazetteer.places))
            if p is not None and p.kind != "country" and p.country:
                inside = self.country_name(p.country) or country_name(p.country)
                raise WorkspaceError(f"{country!r} is a place, not a country: give Place, Country ({p.name}, {inside}), "
                                     f"or {p.name}, ? for no country")
        if near := self.near_country(country):  # a typo of a country, not a new place
            raise WorkspaceError(f"unknown country {country!r}: {near} (or {text}, ? for a place in no one country)")
        if country.isalpha() and len(country) <= 3 and country.isupper():
            raise WorkspaceError(f"unknown country code {country!r}: give a country's name, adjective or ISO code "
                                 f"(Pakistan, Pakistani, PK), or {text}, ? for a place in no one country")
        self._check_not_actor(text)
        return "", text  # a sea, a border, a disputed feature: no country is taken for it

    def _check_not_actor(self, place: str) -> None:
        """WorkspaceError (one line) when ``place`` is, word for word (case aside), the name
        or an alias of a person, organization or group of the workspace's actors: a name
        like "Amnesty International" is not where something happened. Governments are left
        alone (their names include capitals and countries); fuzzy and surname matches too.
        A place the gazetteer, ISO 3166 or the events file's areas know is never refused: the
        analyst naming it knows better than an actor's name that holds it ("Transnistria"
        while an actor "Unrecognised Transnistria" has it as an alias)."""
        from .event_types import load_event_types
        from .places import place as known_place

        if known_place(place, tuple(self.gazetteer.places)) is not None or load_event_types().area(place) is not None \
                or self.country_name(place):
            return
        key = norm_name(place)
        for a in self._actors.actors.values():
            if a.kind in ("person", "organization", "group") and any(norm_name(n) == key for n in (a.name, *a.aliases) if n):
                raise WorkspaceError(f"{place!r} is an actor ({a.kind}), not a place: "
                                     "give Place, Country or a place in no one country")

    def near_country(self, typed: str) -> str:
        """"did you mean X?" for the countries (the alias file's, then ISO 3166's) whose
        name or adjective is close to ``typed``, each by its name; "" when none."""
        import pycountry

        from .near import close_matches, suggestion

        names = {n: c.name for c in self.gazetteer.countries for n in (c.name, *c.all_adjectives)}
        for c in pycountry.countries:
            names.setdefault(c.name, self.country_name(c.alpha_2) or c.name)
        near = list(dict.fromkeys(names[n] for n in close_matches(typed, names, limit=6)))
        return suggestion(near)

    def _check_place_in(self, place: str, country: str) -> None:
        """WorkspaceError (one line) when ``place`` clearly lies in one other country: a
        first-level region ("Chiang Mai, Laos": Chiang Mai is in Thailand), a country's capital
        or a city of at least ``places.LARGE_CITY_POPULATION`` people ("Bangkok, Cambodia"),
        known in that country only. A smaller town of that name abroad does not refuse it:
        villages share names with towns of other countries ("Nikozi, Georgia" while the
        gazetteer knows a Nikozi in Cyprus), and the analyst knows where it is. A place the
        gazetteer does not know, one in several countries, and no country pass."""
        if not place or country in ("", "?"):
            return
        from .places import LARGE_CITY_POPULATION, countries_named, place as known_place
        from .text import norm_name

        areas = tuple(self.gazetteer.places)
        p = known_place(place, areas)
        if p is None or p.kind == "country" or not p.country or \
                place.casefold().removeprefix("the ") in {a.casefold().removeprefix("the ") for a in areas}:
            return  # the alias file's seas and regions ("Red Sea") span countries
        if self.country_name(p.country) == country:
            return  # the usual case, without reading every city's name
        if p.kind == "city" and p.population < LARGE_CITY_POPULATION and \
                norm_name(p.name) not in {norm_name(c.capital) for c in self.gazetteer.countries if c.capital}:
            return  # a town abroad of that name: the analyst's village may share it
        inside = {self.country_name(code) for code in countries_named(place) | {p.country}} - {""}
        if len(inside) == 1 and country not in inside:
            there = next(iter(inside))
            raise WorkspaceError(f"{p.name} is in {there}, not {country}: give {p.name}, {there} (nothing changed)")

    def country_name(self, text: str) -> str:
        """The alias file's name of the country ``text`` names (a name, an adjective or
        an ISO 3166 alpha-2 or alpha-3 code, any case), or "" when none."""
        text = text.strip()
        if not text:
            return ""
        c = self.gazetteer.country(text)
        if c is not None and text.lower() != (c.capital or "").lower():
            return c.name
        import pycountry

        hit = None
        if text.isalpha() and len(text) in (2, 3):
            hit = pycountry.countries.get(**{"alpha_2" if len(text) == 2 else "alpha_3": text.upper()})
        if hit is None:
            try:
                hit = pycountry.countries.lookup(text)
            except LookupError:
                return ""
        from .places import country_display

        return country_display(hit.alpha_2, self.gazetteer.country)

    def set_incident_place(self, incident_id: str, country: str, place: str = "") -> tuple[str, str]:
        """Set where ``incident_id`` happened: ``country`` (a name, adjective or ISO code;
        stored as the alias file's name; "" or "?" with a place in no one country, stored as "")
        and the specific ``place`` (city, region, sea, base; free text, "" for none). Its title follows unless the analyst gave one. Returns
        ``(country, place)`` as stored. WorkspaceError (one line) for an unknown country, a
        known place of another country only ("Bangkok" with "Cambodia"), or if
        there is no such incident (``read_place`` reads "Place, Country" as typed)."""
        inc = self._incident(incident_id)
        place = typed(place)
        no_country = country.strip() in ("", "?")
        name = "" if no_country else self.country_name(country)
        held = self.gazetteer.country(name) if name else None
        if held is not None and held.territory_of:
            # A de facto state (alias file's territory_of) is placed as the analysis places its
            # events: in the recognised state, the de facto state's name as the place.
            name, place = self.country_name(held.territory_of) or name, place or held.name
        if not name and not (no_country and place):
            raise WorkspaceError(f"unknown country {country.strip()!r}: give a country's name, adjective or ISO code (Pakistan, Pakistani, PK)"
                                 if not no_country else "give a country, or a place in no one country")
        self._check_place_in(place, name)
        self._incident_edit(inc.id, {"op": "place", "country": name, "place": place}, what=f"incident place {', '.join(x for x in (place, name) if x)}")
        return name, place

    def reject_incident(self, incident_id: str, rejected: bool = True) -> None:
        """Say ``incident_id`` is not an incident (status "rejected": left out of
        ``incidents()``, the brief and its exports, kept for ``incidents(rejected=True)``);
        ``rejected=False`` (unreject) gives it back the status it had. WorkspaceError if there
        is no such incident."""
        self._incident_edit(incident_id, {"op": "reject" if rejected else "unreject"},
                            what="incident rejected" if rejected else "incident brought back")

    # ------------------------------------------------------------------ stances
    def stance_incidents(self, stances: list[Stance] | None = None) -> dict[str, list[str]]:
        """Tag id -> ids of the incidents it belongs to (``tag_incidents.tag_incidents``: the
        incident named on the tag, else those whose evidence the tag overlaps or shares a
        paragraph with, else its source's only incident; [] when none), for ``stances``
        (default: every tag in force)."""
        from .tag_incidents import tag_incidents

        incidents = self.incidents()
        return {st.id: tag_incidents(st, incidents, self._sources[st.source_id].text if st.source_id in self._sources else "")
                for st in (self.stances() if stances is None else stances)}

    def stances(self, source_id: str | None = None) -> list[Stance]:
        """The analysts' tags in force (undone and superseded ones excluded), oldest first.
        Actor ids follow merges made after the tag."""
        out: dict[tuple, Stance] = {}
        for st in sorted(self.history.in_force(source_id), key=lambda s: s.created_at):
            if st.source_id not in self._sources:
                continue  # its source was removed: the tag stays in the history only
            read = self._as_read(st)
            # A tag that follows a quote's speaker and one made on that speaker by the same
            # annotator: the later is in force (one tag per annotator, actor and evidence).
            out.pop((st.annotator, read.actor_id, st.source_id, st.start, st.end), None)
            out[(st.annotator, read.actor_id, st.source_id, st.start, st.end)] = read
        return list(out.values())

    def _as_read(self, st: Stance) -> Stance:
        """``st`` with the actor it is read as: the target of later merges; for a tag on a
        quote's speaker, the quote's speaker in force (``annotate.quote_speakers``)."""
        aid = self._actors.canonical_id(st.actor_id)
        if self._actors.get(aid) is None and st.actor_name:
            aid = self._actors.resolve(st.actor_name) or aid  # actor renamed by re-analysis
        aid = read_actor(aid, self.history.get_event(st.id).get("on", ""), self._quote_speakers(st.source_id).get((st.start, st.end)))
        return st if aid == st.actor_id else replace(st, actor_id=aid)

    def _quote_speakers(self, source_id: str) -> dict:
        """Evidence span of each quote of ``source_id`` -> its ``QuoteSpeaker`` (cached until
        the actor index is rebuilt, which every analysis and edit of quotes or actors does)."""
        cache = getattr(self, "_speakers_cache", None)
        if cache is None or cache[0] is not self._actors:
            cache = self._speakers_cache = (self._actors, {})
        if source_id not in cache[1]:
            src = self._sources.get(source_id)

            def span(q):
                return None if src is None else clip_removed(src.text, src.removed, q.start, q.end)

            # every speaker the quote was given, undone ones too: a tag of an earlier bluf moved
            # to a speaker whose edit was then undone was made on the speaker all the same
            edits = [e for e in self.store.docs("quote_edits").values() if e.get("source_id") == source_id]
            cache[1][source_id] = speakers_by_span(self.quotes(source_id), span, edits, self._actors.canonical_id)
        return cache[1][source_id]

    def list_actors(self, places: bool = False) -> list:
        """Every actor of the analysed sources, by name; those an analyst said are a place
        (kind "place", ``set_actor_kind``) only with ``places``."""
        return sorted((a for a in self._actors.actors.values() if a.kind != "none" and (places or a.kind != NOT_AN_ACTOR)),
                      key=lambda a: a.name.lower())

    def actor_names(self, places: bool = False) -> dict[str, list[str]]:
        """Every name each actor of ``list_actors(places)`` goes by, for finding it by any of them:
        ``{actor_id: [name, other names...]}``, the name first, then the names the sources
        and the analyst gave it (aliases, merged actors), then the alias file's (a person's
        aliases; a government's metonyms, country names and capital: "the Kremlin", "Russia",
        "Moscow" for the Russian government). Each name once, whatever its case."""
        gaz = self.gazetteer
        from_file: dict[str, list[str]] = {}
        for c in gaz.countries:
            from_file.setdefault(self._actors.canonical_id(slug(c.government_name)), []).extend((*c.metonyms, *c.all_names, c.capital_name))
        for e in gaz.actors:
            from_file.setdefault(self._actors.canonical_id(slug(e.name)), []).extend((e.name, *e.aliases))
        out: dict[str, list[str]] = {}
        for a in self.list_actors(places):
            names: dict[str, str] = {}  # normalised -> as first written
            for n in (a.name, *a.aliases, *from_file.get(a.id, ())):
                if n:
                    names.setdefault(norm_name(n), n)
            out[a.id] = list(names.values())
        return out

    def actor_name(self, actor_id: str) -> str:
        """The display name of ``actor_id`` (after renames); the id itself when no
        such actor is known (a tag on an actor that re-analysis dropped)."""
        a = self._actors.get(actor_id)
        return a.name if a else actor_id

    def _check_label(self, label: str) -> None:
        if label not in self.labels:
            from .near import did_you_mean

            near = did_you_mean(label, self.labels)
            raise WorkspaceError(f"unknown stance label {label!r}; {near + ' ' if near else ''}labels: {', '.join(self.labels)}")

    def stance_label(self, text: str) -> str:
        """The label of the vocabulary that ``text`` (typed by a user) names: itself, else
        the one label equal to it but for case ("Hawkish": hawkish). WorkspaceError (one
        line, with the close labels: "hawkis": did you mean hawkish?) otherwise."""
        from .near import unique_casefold

        if text in self.labels:
            return text
        found = unique_casefold(text, self.labels)
        if found is None:
            self._check_label(text)
        return found

    def _ensure_actor(self, name: str) -> str:
        aid = slug(name)
        if self._actors.get(aid) is None:
            self._write([Op.insert("actor_edits", {"op": "create", "actor_id": aid, "name": name, "kind": "group",
                                                   "annotator": self.annotator, "created_at": _now()})])
            self._derive()
        return aid

    def _write(self, ops: list[Op]) -> list[int]:
        """Append to the store; every refusal becomes a one-line WorkspaceError."""
        try:
            ids = self.store.append(ops)
        except StoreError as err:
            raise WorkspaceError(str(err)) from None
        # What another analyst wrote just before (read by the store as it wrote ours) comes
        # first, as in the file: else this session would never see it.
        if not self._apply_records(self.store.take_unseen()):
            for op, table, doc, _ in ops:
                if table == "stances":
                    self.history.apply(doc)
        return ids

    def tag(self, source_id: str, quote_index: int, label: str, note: str = "") -> Stance:
        """Tag the speaker of the quote at ``quote_index`` (0-based) in the source. The
        tag is on disk when this returns. Raises SpeakerNeeded when the quote has no
        speaker or cites an outlet, AlreadyTagged when nothing changes, WorkspaceError
        for a bad index or label."""
        self._check_label(label)
        quotes = self.quotes(source_id)
        if not 0 <= quote_index < len(quotes):
            raise WorkspaceError(f"no quote {quote_index} in {self.source(source_id).name} (it has {len(quotes)})")
        q = quotes[quote_index]
        actor_id = q.actor_id
        if actor_id is None:
            if q.speaker is None:
                raise SpeakerNeeded("this quote has no speaker: assign one before tagging")
            if q.speaker.kind == "outlet":
                raise SpeakerNeeded(f"{q.speaker.text} is a news outlet being cited, not an actor: assign the speaker first")
            if _names_no_one(q.speaker.kind, q.speaker.text):
                raise SpeakerNeeded(f"“{q.speaker.text}” does not say who spoke: assign the speaker first")
            actor_id = self._ensure_actor(q.speaker.text)
        return self.tag_span(source_id, q.start, q.end, actor_id, label, note)

    def tag_span(self, source_id: str, start: int, end: int, actor_id: str, label: str, note: str = "", origin: str = "manual", incident_id: str = "") -> Stance:
        """Tag ``actor_id`` with ``label``, with the text [start, end) of the source as
        evidence. Removed boilerplate is cut off the evidence (``evidence_span``). One tag per
        annotator, actor and evidence is in force: another label replaces this annotator's
        tag there (undo brings it back). Raises AlreadyTagged (nothing written) when that
        tag already has this label; WorkspaceError when the span is outside the text or all
        boilerplate."""
        src = self.source(source_id)
        self._check_label(label)
        if not (0 <= start < end <= len(src.text)):
            raise WorkspaceError(f"evidence span {start}-{end} is outside the text of {src.name}")
        start, end = self._article_span(src, start, end)
        speaker = self._quote_speakers(source_id).get((start, end))
        on = "" if speaker is None else FOLLOWS if speaker.now == self.canonical_actor_id(actor_id) else STAYS
        slot_actor = self._my_speaker_slot(source_id, start, end) if on == FOLLOWS else None
        held = self.history.holder(self.annotator, slot_actor or actor_id, source_id, start, end)
        if held is not None and self.history.get(held).label == label:
            raise AlreadyTagged(self.history.get(held), f"{self.actor_name(actor_id)} is already tagged {label} here: nothing changed")
        # A tag of the quote's speaker is recorded in the slot of this annotator's earlier
        # tag on the speaker (made when another actor was the speaker), which it replaces.
        st = Stance(
            id=uuid.uuid4().hex[:12], actor_id=slot_actor or actor_id, label=label, source_id=source_id, start=start, end=end,
            quote=src.text[start:end], annotator=self.annotator, created_at=_now(), origin=origin, note=typed(note, multiline=True),
            incident_id=incident_id, actor_name=self.actor_name(slot_actor or actor_id),
        )
        # Fields at their default are left out: 100k tags open faster from a smaller file.
        doc = {"ev": "tag", **{k: v for k, v in vars(st).items() if v not in ("", None) and (k, v) != ("origin", "manual")}}
        if on:
            doc["on"] = on  # "speaker": read as the quote's speaker in force (annotate.quote_speakers)
        st = self._as_read_doc(st, on, speaker)
        if held is not None:
            doc["replaces"] = [held]
        self._write([Op.insert("stances", doc)])
        self._undo.append(("tag", st.id))
        self._redo.clear()
        self._learn()
        return st

    def _my_speaker_slot(self, source_id: str, start: int, end: int) -> str | None:
        """The actor id under which this annotator's tag in force on the quote at [start, end)
        for its speaker is recorded (another than the speaker in force when it was made before
        a change of speaker), or None when there is none."""
        for st in self.history.in_force(source_id):
            if st.annotator == self.annotator and (st.start, st.end) == (start, end):
                read = self._as_read(st)
                speaker = self._quote_speakers(source_id).get((start, end))
                if speaker is not None and read.actor_id == speaker.now:
                    return st.actor_id
        return None

    def _as_read_doc(self, st: Stance, on: str, speaker) -> Stance:
        """A new tag as it is read (``_as_read`` before its event is in the history)."""
        aid = read_actor(self.canonical_actor_id(st.actor_id), on, speaker)
        return st if aid == st.actor_id else replace(st, actor_id=aid)

    def _event(self, ev: str, target: str, **extra) -> dict:
        return {"ev": ev, "id": uuid.uuid4().hex[:12], "target": target, "annotator": self.annotator, "created_at": _now(), **extra}

    def untag(self, stance_id: str) -> Stance:
        """Take a tag out of force (recorded as an event; undo brings it back)."""
        st = self.history.get(stance_id)
        if st is None or not self.history.active(stance_id):
            raise WorkspaceError(f"no tag {stance_id!r} in force")
        self._write([Op.insert("stances", self._event("untag", stance_id, reason="removed", restore=""))])
        self._undo.append(("untag", stance_id))
        self._redo.clear()
        self._learn(removed=True)
        return st

    def move_tag(self, stance_id: str, actor_id: str) -> Stance:
        """Give the tag ``stance_id`` (this annotator's, in force) to ``actor_id``: the tag is
        taken out of force and the same label, evidence and note are tagged on that actor
        (two steps of the history: undo twice gives it back). Returns the new tag.
        WorkspaceError when there is no such tag in force, it is another annotator's, or
        ``actor_id`` is no actor; AlreadyTagged when it is that actor's already."""
        st = self.history.get(stance_id)
        if st is None or not self.history.active(stance_id):
            raise WorkspaceError(f"no tag {stance_id!r} in force")
        if st.annotator != self.annotator:
            raise WorkspaceError(f"that tag is {st.annotator}'s: only they can give it to another actor")
        aid = self._actor(actor_id)
        if aid == st.actor_id:
            raise AlreadyTagged(st, f"{self.actor_name(aid)} holds this tag already: nothing changed")
        self.untag(stance_id)
        return self.tag_span(st.source_id, st.start, st.end, aid, st.label, note=st.note, origin=st.origin, incident_id=st.incident_id)

    def set_note(self, stance_id: str, note: str) -> Stance:
        """Set the note of the tag ``stance_id`` (newlines kept; "" clears; undoable).
        Returns the tag as it now is; WorkspaceError if there is no such tag."""
        if stance_id not in self.history:
            raise WorkspaceError(f"no tag {stance_id!r}")
        before = self.history.get(stance_id).note
        self._write([Op.insert("stances", self._event("note", stance_id, note=typed(note, multiline=True)))])
        st = self.history.get(stance_id)

        def put(text: str, reason: str):
            return lambda: self._write([Op.insert("stances", self._event("note", stance_id, note=text, reason=reason))])

        self.undo_log.record(Step(f"note on {self.actor_name(st.actor_id)} {st.label}", put(before, "undo"), put(typed(note, multiline=True), "redo"), st.source_id))
        return st

    def _inverse(self, kind: str, stance_id: str) -> None:
        if kind in ("tag", "retag"):
            # The undo of a replacement gives the slot back to the tag it replaced.
            replaced = self.history.get_event(stance_id).get("replaces") or ()
            restore = replaced[0] if len(replaced) == 1 else ""
            self._write([Op.insert("stances", self._event("untag", stance_id, reason="undo", restore=restore))])
        else:
            self._write([Op.insert("stances", self._event("retag", stance_id, reason="redo"))])

    def _undo_stance(self) -> Stance | None:
        """Undo this session's latest tag or removal (as a new event); returns the tag it
        concerned, or None when there is nothing to undo. Undoing a tag that replaced
        another brings that one back; redo re-applies the tag."""
        if not self._undo:
            return None
        kind, sid = self._undo.pop()
        self._inverse(kind, sid)
        self._redo.append((kind, sid))
        return self.history.get(sid)

    def _redo_stance(self) -> Stance | None:
        if not self._redo:
            return None
        kind, sid = self._redo.pop()
        extra = {} if kind in ("tag", "retag") else {"restore": ""}
        self._write([Op.insert("stances", self._event("retag" if kind in ("tag", "retag") else "untag", sid, reason="redo", **extra))])
        self._undo.append((kind, sid))
        return self.history.get(sid)

    def _stance_step(self, item) -> Step:
        """The undo-log step for an entry pushed on the stance undo stack (what it did is
        read from the tag when it is undone: nothing more is done per tag)."""
        return Step("tag", self._undo_stance, self._redo_stance, kind="stance")

    def undo(self) -> Change | None:
        """Undo this analyst's latest change in this session, whatever it was (a tag, an
        untag, a note, a rejected suggestion, a quote added or removed, a speaker, an
        actor's or an incident's edit, metadata, the brief's text, a source removal), by writing new records
        that invert it. Returns what it did, or None when there is nothing to undo."""
        return self._change(self.undo_log.undo())

    def redo(self) -> Change | None:
        """Re-apply the change the latest undo inverted (new records again), or None."""
        return self._change(self.undo_log.redo())

    def _change(self, done) -> Change | None:
        if done is None:
            return None
        step, result = done
        # A tag (or a source with its tags) undone or redone: the learned model's tags changed.
        self._learn(removed=True)
        if isinstance(result, Stance):
            result = self._as_read(result)
            name = self.actor_name(result.actor_id) if self._actors.get(result.actor_id) else result.actor_name or result.actor_id
            return Change(f"{name} {result.label}", result.source_id, result, step.kind)
        return Change(step.what, step.source_id, None, step.kind)

    def log(self) -> list[dict]:
        """The history, oldest first: every tag, undo, redo and note, every edit of quotes,
        speakers, suggestions, actors, incidents and sources and its undo and redo, and the
        brief's title and scope, with who and when."""
        out = []
        for e in self.history.events:
            ev = e.get("ev", "tag")
            st = self.history.get(e.get("id") if ev == "tag" else e.get("target", ""))
            out.append({
                "at": e.get("created_at", ""), "annotator": e.get("annotator", ""), "event": ev,
                "reason": e.get("reason", ""), "tag": st.id if st else e.get("target", ""),
                "actor": (self.actor_name(st.actor_id) if self._actors.get(st.actor_id) else st.actor_name or st.actor_id) if st else "",
                "label": st.label if st else "",
                "source": self._all_sources[st.source_id].name if st and st.source_id in self._all_sources else "",
                "quote": st.quote if st else "", "note": e.get("note", "") if ev == "note" else (st.note if st and ev == "tag" else ""),
            })
        out += self._source_log()
        out += self._brief_log()
        out.sort(key=lambda e: e["at"])
        return out

    # Tables of the analyst's edits that ``u`` undoes (their undo and redo records too), for ``log``.
    LOGGED_EDITS = ("quote_edits", "actor_edits", "incident_edits", "source_edits")

    def _source_log(self) -> list[dict]:
        """The edits of ``LOGGED_EDITS`` for ``log``, and their undos and redos: event
        "source removed", "rejected suggestion hawkish on “…”", "undo: incident date", ...;
        ``source``: the name of the source it is about ("" when none); the other fields ""."""
        out = []
        for table in self.LOGGED_EDITS:
            docs = list(self.store.docs(table).values())
            by_uid = {e.get("uid"): e for e in docs if e.get("uid")}
            for e in docs:
                op = e.get("op", "")
                target = by_uid.get(e.get("target"), e) if op in ("undo", "redo") else e
                event = self._edit_words(table, target)
                if op in ("undo", "redo"):
                    event = f"{op}: {event}"
                src = self._all_sources.get(target.get("source_id", ""))
                aid = target.get("actor_id", "") if table == "actor_edits" else ""
                out.append({"at": e.get("created_at", ""), "annotator": e.get("annotator", ""), "event": event, "reason": "",
                            "tag": "", "actor": self._edited_actor_name(target) if aid else "", "label": "",
                            "source": src.name if src else target.get("source_id", ""), "quote": "", "note": ""})
        return out

    def _edit_words(self, table: str, record: dict) -> str:
        """A few words for an edit record in the log: ``_describe``'s ("source removed" for a
        removal of a source), with the passage a quote edit is about."""
        if table == "source_edits":
            return {"remove": "source removed", "restore": "source restored"}.get(record.get("op"), record.get("op", "edit"))
        if table == "incident_edits":
            return self._incident_edit_words(record)
        if table == "actor_edits":
            return self._actor_edit_words(record)
        words = _describe(record, table)
        src = self._all_sources.get(record.get("source_id", ""))
        start, end = record.get("start"), record.get("end")
        if table == "quote_edits" and src is not None and isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            words += f" on “{_clip(src.text[start:end], 40)}”"
        return words

    def _incident_edit_words(self, r: dict) -> str:
        """An incident edit for the log, naming the incident (by the title the record holds, else
        its title now) and the new value: "new incident “Drone strike in Orvik”", "incident type
        armed_clash: “…”", "incident date 2025-05-07/2025-05-08: “…”", "incidents merged: “A”
        into “B”"."""
        op, iid = r.get("op", ""), r.get("incident_id", "")
        titles = r.get("titles") if isinstance(r.get("titles"), dict) else {}
        title = f"“{_clip(str(titles.get(iid) or (r.get('title') if op == 'create' else '') or self._incident_title_now(iid)), 40)}”"
        if op == "create":
            return f"new incident {title}"
        if op == "merge":
            into = r.get("into", "")
            return f"incidents merged: {title} into “{_clip(str(titles.get(into) or self._incident_title_now(into)), 40)}”"
        if op == "rename":
            return f"incident renamed “{_clip(str(r.get('title', '')), 40)}”" + (f" (was {title})" if titles.get(iid) else "")
        value = {
            "type": r.get("kind", ""),
            "date": "/".join(x for x in (r.get("date", ""), r.get("date_end", "")) if x) or "cleared",
            "place": ", ".join(x for x in (r.get("place", ""), r.get("country", "")) if x) or "cleared",
            "split": f"“{_clip(str(r.get('title', '')), 40)}”" if r.get("title") else "",
        }.get(op, "")
        words = _TABLE_WORDS["incident_edits"].get(op) or _EDIT_WORDS.get(op, op or "edit")
        return f"{words.format(label='', name='', kind='', title='', source='a source').strip()}{' ' + value if value else ''}: {title}"

    def _edited_actor_name(self, r: dict) -> str:
        """The name of the actor an actor edit is about: its name now when the actors are derived,
        else the name the edit gave (a rename, a new actor) or the one it was known by."""
        aid = r.get("actor_id", "")
        if self._actors.get(aid) is not None:
            return self.actor_name(aid)
        if r.get("op") in ("rename", "create") and r.get("name"):
            return str(r["name"])
        known = (r.get("names") or {}).get(aid) if isinstance(r.get("names"), dict) else None
        return (known[0] if isinstance(known, list) and known else "") or aid

    def _actor_edit_words(self, r: dict) -> str:
        """An actor edit for the log, naming the actor and the new value: "new actor X", "merge of
        actors: A into B", "rename of A to B", "alias X of A", "affiliation Kenya of A", "kind group of A"."""
        op, aid = r.get("op", ""), r.get("actor_id", "")
        names = r.get("names") if isinstance(r.get("names"), dict) else {}

        def name_of(x: str) -> str:
            known = names.get(x)
            return (known[0] if isinstance(known, list) and known else "") or self.actor_name(x) or x

        if op == "create":
            return f"new actor {r.get('name', '') or name_of(aid)}"
        if op == "merge":
            return f"merge of actors: {name_of(aid)} into {name_of(r.get('into', ''))}"
        if op == "rename":
            return f"rename of {name_of(aid)} to {r.get('name', '')}"
        if op in ("alias", "affiliation"):
            return f"{op} {r.get('name', '') or '(cleared)'} of {name_of(aid)}"
        if op == "kind":
            return f"kind {r.get('kind', '')} of {name_of(aid)}"
        return f"{_describe(r, 'actor_edits')} of {name_of(aid)}" if aid else _describe(r, "actor_edits")

    def _brief_log(self) -> list[dict]:
        """Edits of the brief's title and scope, for ``log``: event "brief title" or "brief
        scope", the new text in ``note`` ("" when it went back to the derived one)."""
        out, before = [], {}
        for _, d in sorted(self.store.docs("briefs").items()):
            for field in ("title", "scope"):
                if d.get(field, "") != before.get(field, ""):
                    out.append({"at": d.get("created_at", ""), "annotator": d.get("annotator", ""), "event": f"brief {field}",
                                "reason": "", "tag": "", "actor": "", "label": "", "source": "", "quote": "", "note": d.get(field, "")})
            before = d
        return out

    # ------------------------------------------------------------------ the brief
    def brief_text(self) -> dict:
        """The analyst's own bottom line and key judgments (latest edit), or {}."""
        docs = self.store.docs("briefs")
        return dict(docs[max(docs)]) if docs else {}

    BRIEF_FIELDS = ("bottom_line", "key_judgments", "title", "scope")  # what set_brief_text keeps

    def set_brief_text(self, bottom_line: str | None = None, key_judgments: str | None = None,
                       title: str | None = None, scope: str | None = None) -> None:
        """Keep the analyst's bottom line (and key judgments, one per line), the brief's title and
        its scope (one line each) in the workspace; None leaves a field as it is. An empty text goes
        back to the draft generated from the annotations (for the title: one derived from the
        incidents). Undo restores the previous text."""
        cur = self.brief_text()
        given = {"bottom_line": bottom_line, "key_judgments": key_judgments, "title": title, "scope": scope}
        doc = {k: cur.get(k, "") if v is None else typed(v, multiline=k in ("bottom_line", "key_judgments"))
               for k, v in given.items()}
        doc.update(annotator=self.annotator, created_at=_now())
        self._write([Op.insert("briefs", doc)])

        def put(text: dict):
            keep = {k: text.get(k, "") for k in self.BRIEF_FIELDS}
            return lambda: self._write([Op.insert("briefs", {**keep, "annotator": self.annotator, "created_at": _now()})])

        what = "brief title" if set(k for k, v in given.items() if v is not None) == {"title"} else "edit of the brief"
        self.undo_log.record(Step(what, put(cur), put(doc)))

    def last_export(self) -> dict | None:
        """The latest recorded export as ``record_export`` stored it: ``{"format",
        "target", "snapshot", "annotator", "created_at"}``; None when none was recorded."""
        docs = self.store.docs("exports")
        return dict(docs[max(docs)]) if docs else None

    def record_export(self, fmt: str, snapshot: dict, target: str = "") -> None:
        """Remember what a brief said, so the next one can say what changed."""
        if self.readonly:
            return
        self._write([Op.insert("exports", {"format": fmt, "target": target, "snapshot": snapshot, "annotator": self.annotator,
                                           "created_at": _now()})])

    # ------------------------------------------------------------------ team
    def refresh(self) -> bool:
        """Pick up what other analysts saved to this workspace since we last looked.
        Returns True when anything changed."""
        try:
            records = self.store.refresh()
        except StoreError as err:
            raise WorkspaceError(str(err)) from None
        if not records:
            return False
        self._apply_records(records)
        return True

    def _apply_records(self, records: list[dict], derive: bool = True) -> bool:
        """Bring this session up to date with ``records`` other processes wrote (the store's
        journal records, oldest first). Returns True when the store was reloaded (the history
        read again from it, records written since included). ``derive``: re-derive after
        edits of actors, incidents, quotes or sources (else the caller does it)."""
        if not records:
            return False
        if any(r.get("o") == "reload" for r in records):
            self._load_from_store()
            if self._analyses and derive:
                self._derive()
            return True
        rederive = False
        for r in records:
            if r["t"] == "stances" and r["o"] == "i":
                self.history.apply(r["d"])
            elif r["t"] == "sources":
                self._load_sources()
            elif r["t"] == "source_edits":
                self._load_sources()
                rederive = True
            elif r["t"] in ("actor_edits", "incident_edits", "quote_edits"):
                rederive = True
        if rederive and self._analyses and derive:
            self._derive()
        return False

    def reload(self) -> None:
        """Read sources and history again from the store (after ``bluf merge`` rewrote
        it) and bring the derived views up to date."""
        self._load_from_store()
        if self._analyses:
            self._derive()

    def maybe_compact(self, threshold: int = 5000) -> bool:
        """Fold the journal into the TinyDB file when it has grown past ``threshold``
        records. Slow on big workspaces: call it from a worker, not a keypress."""
        if self.store.journal_records < threshold:
            return False
        return self.store.compact()

    @property
    def created(self) -> bool:
        """Whether opening made this workspace's file (it did not exist before)."""
        return self.store.new

    @property
    def readonly(self) -> bool:
        """Whether the workspace is read-only (opened so, or its file or directory is
        not writable): nothing is written then."""
        return self.store.readonly

    @property
    def notices(self) -> list[str]:
        """One-line notices for the user from opening, analysing and closing: read-only,
        upgraded, damaged journal, recovered, compaction skipped, a source left out."""
        return list(self.store.notices) + list(self.analysis_errors.values())

    def close(self, compact: bool = True) -> None:
        """Flush and close the store and release its lock; ``compact`` folds a long
        journal into the TinyDB file. The workspace is unusable afterwards."""
        self.save_derived()
        self.store.close(compact=compact)


@dataclass(frozen=True)
class SpeakerFollower:
    """A quote whose speaker a correction of another quote changed (``Workspace.set_speaker``):
    ``source_id``, ``start``/``end`` (character offsets of the quote), the actor ids it had
    (``was``) and has now (``now``; None: no speaker)."""

    source_id: str
    start: int
    end: int
    was: str | None
    now: str | None


@dataclass
class ImportReport:
    """What ``Workspace.import_files``/``import_urls`` did. ``added``: the new sources; ``already``:
    sources whose clean text the workspace already held; ``errors``: ``IngestError`` values, one
    line each; ``warnings``: one-line notes; ``duplicates``: exact duplicates within the import,
    ``(skipped name, kept name)``; ``near_duplicates``: new links ``(source id, source id,
    similarity)``, the Jaccard similarity of word 3-grams, 0-1; ``skipped``: the file names of a
    folder's notes, not articles, left out of a folder's import (README*, SOURCES*, LICENSE*:
    ``annotate.importers.walk.FOLDER_NOTES``); ``unmatched``: the folders given in which no
    file matched the pattern.
    """

    added: list[Source]
    already: list[Source]  # the same clean text is in the workspace already
    errors: list  # IngestError, one line each
    warnings: list[str]
    duplicates: list[tuple[str, str]]  # exact duplicates within the import (skipped, kept)
    near_duplicates: list[tuple[str, str, float]]  # new links (source id, source id, similarity)
    skipped: list[str] = field(default_factory=list)  # a folder's notes left out (README.md, SOURCES.md, LICENSE)
    unmatched: list[str] = field(default_factory=list)  # folders given where no file matched the pattern


def _language_code(text: str) -> str:
    """``text`` as the ISO 639 code bluf stores ("EN" -> "en", "en-GB" -> "en"), or
    WorkspaceError with one line when ISO 639 (pycountry) has no such language."""
    import pycountry

    code = text.strip().lower().replace("_", "-").split("-")[0]
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code) if len(code) == 3 else None
    if found is None:
        raise WorkspaceError(f"language {text!r}: give an ISO 639 code such as en, fr, uk or ara")
    return code


def permissions(config: dict | None = None) -> tuple[int, int]:
    """File mode and group for new workspace files: 0600 (analysts' notes on a shared
    server are not world-readable), or 0660 and that group with ``[workspace] group`` in
    config.toml; ``[workspace] mode = "0640"`` sets the mode explicitly."""
    cfg = (config if config is not None else load_config()[0]).get("workspace", {})
    if not isinstance(cfg, dict):
        cfg = {}
    gid = -1
    mode = 0o600
    group = cfg.get("group")
    if isinstance(group, str) and group:
        import grp

        try:
            gid = grp.getgrnam(group).gr_gid
        except KeyError:
            raise WorkspaceError(f"config.toml: [workspace] group {group!r} does not exist on this machine") from None
        mode = 0o660
    if isinstance(cfg.get("mode"), str):
        try:
            mode = int(cfg["mode"], 8) & 0o777
        except ValueError:
            raise WorkspaceError(f"config.toml: [workspace] mode {cfg['mode']!r} is not an octal mode like \"0640\"") from None
    return mode, gid


def _left_to_recover(path: Path) -> bool:
    """A backup or journal of a missing workspace file is there (the store says how to
    recover it rather than making a new one)."""
    return any(path.with_name(path.name + ext).exists() for ext in (".bak", ".journal", ".journal.prev"))


def open_workspace(
    path: str | Path | None = None,
    annotator: str | None = None,
    seed: bool = True,
    progress: Callable[[str], None] | None = None,
    readonly: bool = False,
    create: bool = True,
) -> Workspace:
    """Open (or create) a workspace. A new, empty workspace gets the bundled seed articles
    when ``seed``; with ``create=False`` a workspace that does not exist is refused and
    nothing is made (a mistyped path must not become a workspace). ``Workspace.created``
    says whether this call made the file.

    Raises WorkspaceError with a one-line message for a newer, corrupt or unreadable file,
    and for a missing one with ``create=False``."""
    path = Path(path) if path else default_db()
    mode, gid = permissions()
    if not create and not path.exists() and not path.is_symlink() and not _left_to_recover(path):
        raise NoWorkspace(path)
    try:
        store = Store(path, mode=mode, group=gid, readonly=readonly)
    except StoreError as err:
        raise WorkspaceError(str(err)) from None
    try:
        ws = Workspace(store, annotator or default_annotator())
    except WorkspaceError:
        store.close(compact=False)
        raise
    if seed and not ws._sources and store.new:
        if progress:
            progress("importing the bundled seed articles")
        ws.add_sources(seed_sources())
    return ws
