"""Plain data passed between bluf's layers.

Every span is a half-open pair of character offsets into ``Source.text`` (the clean text:
the file's text with terminal control characters removed). ``Source.to_raw`` maps an
offset back to the file's text as read, for exports that promise file offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any, Optional

DEFAULT_LABELS: tuple[str, ...] = ("hawkish", "cautious", "neutral", "threatening", "denial")
# The default vocabulary with its one-key shortcuts (per workspace, editable).
DEFAULT_LABEL_KEYS: dict[str, str] = {"hawkish": "h", "cautious": "c", "neutral": "n", "threatening": "t", "denial": "d"}


@lru_cache(maxsize=None)
def _field_names(cls) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _from_dict(cls, data: dict[str, Any]):
    """Build a dataclass from a dict, ignoring unknown keys (older/newer records)."""
    names = _field_names(cls)
    if names.issuperset(data):
        return cls(**data)
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Removed:
    """A block of the text that is not the article (boilerplate), with why."""

    start: int
    end: int
    kind: str  # appeal, advertisement, teaser, comments, correction, share


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line of ``Source.text`` found by boilerplate.py: ``start``/``end`` character offsets
    of the line; ``level`` the number of ``#`` of a Markdown heading, else 1 for a title-case first
    content line and 2 for a title-case line between blank lines.
    """

    start: int
    end: int
    level: int = 2


# A source's metadata that a person may set (`bluf source edit`, the library's edit form,
# import front matter and JSONL meta): names of ``Source`` fields, in the order shown.
SOURCE_FIELDS = ("title", "outlet", "author", "url", "published", "language", "grade")


@dataclass
class Source:
    """One imported text (ingest.py builds it; stored in the workspace's ``sources`` table).
    ``id``: first 16 hex digits of the sha256 of the clean ``text``; ``name``: the file name or a
    label for stdin/feeds; ``path``: the file read, "" when none; ``title``..``grade``: metadata a
    person may edit (``SOURCE_FIELDS``), "" when unknown; ``removed``: boilerplate blocks not part
    of the article; ``headings``: heading lines; ``raw_map``: sorted ``[clean_offset,
    chars_removed_before_it]`` pairs for ``to_raw``; ``added_at``: ISO datetime of import. Offsets
    are characters.
    """

    id: str  # sha256 of the clean text, first 16 hex digits
    name: str  # file name (or a label for stdin/feeds)
    text: str
    path: str = ""
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: str = ""  # ISO date or datetime, "" when unknown
    language: str = "en"
    grade: str = ""  # Admiralty code such as "B2", "" when not graded
    removed: list[Removed] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    # Offset map back to the file's text: sorted [clean_offset, chars_removed_before_it].
    raw_map: list[list[int]] = field(default_factory=list)
    added_at: str = ""

    def to_raw(self, offset: int) -> int:
        """Offset in the file's text as read for an offset in ``text``."""
        if not self.raw_map:
            return offset
        i = bisect_right([m[0] for m in self.raw_map], offset) - 1
        return offset + (self.raw_map[i][1] if i >= 0 else 0)

    def to_raw_end(self, offset: int) -> int:
        """Like ``to_raw`` for an end offset: the position just after the character
        before it, so removed characters right after a span stay outside it."""
        return self.to_raw(offset - 1) + 1 if offset > 0 else self.to_raw(offset)

    @property
    def label(self) -> str:
        """What to call the source on screen: its title, else its file name."""
        return self.title or self.name

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field; ``removed`` and ``headings`` as ``[start, end, kind]`` and
        ``[start, end, level]`` lists (the store's record format).
        """
        d = asdict(self)
        d["removed"] = [[r.start, r.end, r.kind] for r in self.removed]
        d["headings"] = [[h.start, h.end, h.level] for h in self.headings]
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Source":
        """The ``Source`` a ``to_dict`` record holds; unknown keys (records of older or newer versions)
        are ignored. Raises ``TypeError`` if ``id``, ``name`` or ``text`` is missing.
        """
        src = _from_dict(cls, data)
        src.removed = [Removed(*r) for r in data.get("removed", [])]
        src.headings = [Heading(*h) for h in data.get("headings", [])]
        return src


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span found by spaCy (nlp/entities.py): ``start``/``end`` character offsets,
    ``label`` the spaCy label (PERSON, ORG, GPE, NORP, LOC, DATE, ...), ``text`` the span's text.
    """

    start: int
    end: int
    label: str  # PERSON, ORG, GPE, NORP, LOC, DATE, ...
    text: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to (nlp/quotes.py): ``start``/``end`` character offsets of the
    speaker's words, ``text`` those words; ``kind`` named, pronoun, unnamed or outlet; for a
    pronoun, ``antecedent_start``/``antecedent_end`` the earlier name it was resolved to, -1 when
    none.
    """

    start: int
    end: int
    text: str
    # named: a name in the text; pronoun: resolved from an earlier name (antecedent_*);
    # unnamed: "a government spokesperson"; outlet: a news outlet being cited.
    kind: str = "named"
    antecedent_start: int = -1
    antecedent_end: int = -1


@dataclass
class Quote:
    """A quotation found by nlp/quotes.py. ``start``/``end``: character offsets of the quoted words
    without the marks; ``speaker``: the attributed speaker or None; ``verb``: the reporting verb's
    lemma; ``frame_start``/``frame_end``: the reporting clause, -1 when none; ``rule``: the
    attribution rule that fired; ``tone``: VADER compound score, -1..1 (intensity, never stance
    direction); ``partial``: a fragment inside a sentence; ``actor_id``: set by actor resolution
    (actors.py), None until then.
    """

    start: int  # the quoted words, without the quote marks
    end: int
    text: str
    speaker: Optional[Speaker] = None
    verb: str = ""  # reporting verb lemma ("say", "tell", "call"...), "" when none
    frame_start: int = -1  # the reporting clause outside the quote marks
    frame_end: int = -1
    rule: str = ""  # which attribution rule fired
    tone: float = 0.0  # VADER compound: intensity only, never direction
    partial: bool = False  # a fragment inside a sentence rather than a full quotation
    actor_id: Optional[str] = None  # filled by actor resolution, not by the parser

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``: the quoted words' character offsets."""
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field, ``speaker`` as a nested dict or None."""
        d = asdict(self)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        """The ``Quote`` a ``to_dict`` record holds; unknown keys are ignored. Raises ``TypeError`` if
        ``start``, ``end`` or ``text`` is missing.
        """
        q = _from_dict(cls, data)
        if data.get("speaker"):
            q.speaker = _from_dict(Speaker, data["speaker"])
        return q


@dataclass(frozen=True, slots=True)
class Frame:
    """A clause in which a named agent does something stance-bearing without quote marks:
    "Meloni urged caution", "Macron declined to specify". Spans into the text."""

    agent_start: int
    agent_end: int
    agent_text: str
    verb: str
    start: int  # the clause
    end: int


@dataclass(frozen=True, slots=True)
class IncidentMention:
    """A sentence reporting an event (nlp/events.py; types from events.toml). ``start``/``end``: the
    sentence's character offsets; ``country``: where it happened (for an airspace violation, the
    country whose airspace was entered); ``kind``: the event type's id ("air_or_drone_strike");
    ``action``: the means when the sentence names one ("drones", "jets"; "" otherwise); ``date``:
    ISO date when resolved against the publication date, "" otherwise; ``date_text``: the words the
    date was read from; ``date_end``: the last day of a range ("the night of 9-10 September"), ""
    for one day; ``place``: the specific place (city, region, sea, base) as written, "" when none;
    ``actor``/``target``: who did it and to whom, when the clause says so ("" otherwise);
    ``trigger``: the word that reports the event; ``another``: the sentence says it is another
    event than one reported before ("Another drone strike destroyed ...", "a second attack");
    ``renewed``: the sentence says the event is a new round after a pause ("fighting resumed on
    Wednesday", "renewed clashes"); ``inferred``: the sentence names no place and ``country`` is the
    one the article is about (its dateline, its other events, the countries it names), not one it says.
    """

    start: int  # the sentence that reports it
    end: int
    country: str
    kind: str  # event type id
    action: str  # means: drones, missiles, jets, balloons, ... ("" when not named)
    date: str = ""  # ISO date when resolved, "" otherwise
    date_text: str = ""
    date_end: str = ""  # ISO, last day of a range
    place: str = ""
    actor: str = ""
    target: str = ""
    trigger: str = ""
    another: bool = False
    renewed: bool = False  # a new round after a pause ("fighting resumed on Wednesday")
    inferred: bool = False  # the country is the article's (nlp/article_country.py), not the sentence's


@dataclass
class Analysis:
    """What the NLP pipeline found in one source (nlp/pipeline.py; cached per source and pipeline by
    cache.py). ``source_id``: the ``Source.id``; ``pipeline``: the pipeline version it was made with
    (``nlp.pipeline.pipeline_version``: analysis version, model, alias file, event types);
    ``sentences``: ``(start, end)`` character offsets; ``entities``, ``quotes``, ``frames``,
    ``incidents``: what was found; ``stray_marks``: offsets of unpaired quote marks; ``seconds``:
    analysis wall time; ``published``: the publication date relative dates were resolved against.
    """

    source_id: str
    pipeline: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    incidents: list[IncidentMention] = field(default_factory=list)
    stray_marks: list[int] = field(default_factory=list)  # offsets of unpaired quote marks
    seconds: float = 0.0
    published: str = ""  # the publication date relative dates were resolved against

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the cache's record format): entities, frames and incidents as positional
        lists, quotes as dicts.
        """
        return {
            "published": self.published,
            "source_id": self.source_id,
            "pipeline": self.pipeline,
            "sentences": [list(s) for s in self.sentences],
            "entities": [list(asdict(e).values()) for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "frames": [[f.agent_start, f.agent_end, f.agent_text, f.verb, f.start, f.end] for f in self.frames],
            "incidents": [[m.start, m.end, m.country, m.kind, m.action, m.date, m.date_text, m.date_end, m.place, m.actor, m.target, m.trigger,
                           m.another, m.renewed, m.inferred] for m in self.incidents],
            "stray_marks": list(self.stray_marks),
            "seconds": self.seconds,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Analysis":
        """The ``Analysis`` a ``to_dict`` record holds; frames and incidents may be lists or dicts
        (older records). Raises ``KeyError`` if ``source_id`` or ``pipeline`` is missing.
        """
        return cls(
            source_id=data["source_id"],
            pipeline=data["pipeline"],
            sentences=[tuple(s) for s in data.get("sentences", [])],
            entities=[Entity(*e) for e in data.get("entities", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            frames=[Frame(*f) if isinstance(f, list) else _from_dict(Frame, f) for f in data.get("frames", [])],
            incidents=[IncidentMention(*m) if isinstance(m, list) else _from_dict(IncidentMention, m) for m in data.get("incidents", [])],
            stray_marks=list(data.get("stray_marks", [])),
            seconds=data.get("seconds", 0.0),
            published=data.get("published", ""),
        )


@dataclass
class Actor:
    """Someone whose stance is tracked (built by actors.py from quotes, entities and the gazetteer, or
    kept from the analyst's edits). ``id``: slug of the canonical name; ``name``: the canonical
    name; ``kind``: person, government, organization, state or unnamed; ``affiliation``: the
    government or organisation the actor speaks for, "" when unknown; ``aliases``: other names it
    appears under.
    """

    id: str  # slug of the canonical name
    name: str
    kind: str = "person"  # person, government, organization, state, unnamed
    affiliation: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class Suggestion:
    """A stance the analysis proposes. Never stored as the analyst's tag."""

    actor_id: str
    source_id: str
    label: str
    start: int  # evidence span
    end: int
    reason: str
    score: float = 0.0
    quote_index: Optional[int] = None
    # The cue lexicon found an explicit speech act of this label (a threat, a denial, an appeal for
    # restraint in so many words: ``explicit`` in cues.toml) in the actor's own words: a learned
    # guess of another label never overrides it (annotate/learning.py, ``decide``).
    explicit: bool = False


@dataclass
class Incident:
    """Reports of one event grouped across sources (incidents.py). ``id``: slug of country, type
    (and date when the country has several); ``title``: a readable title; ``country``; ``kind``: the
    event type's id; ``date``: earliest ISO date of its mentions, "" when undated; ``date_end``: the
    latest day its dated mentions give when later than ``date``; ``evidence``: source id -> list of
    ``[start, end]`` character spans; ``status``: suggested, confirmed, or rejected (the analyst
    says it is no incident: left out of ``Workspace.incidents()`` and the brief); ``note``: the analyst's
    note; ``independent``: number of sources that are not copies of one another; ``place``: the
    specific place most sources name; ``means``, ``actors``, ``targets``: as the mentions say;
    ``dates``: source id -> the date (or "start/end" range) that source gives, for the sources
    that give one; ``dates_disagree``: True when sources give days more than a day apart;
    ``aliases``: earlier ids of the same incident (edits made under them still apply);
    ``date_reported``: True when no source says when it happened and ``date`` is the day the
    first of its sources was published; ``candidates``: source id -> evidence spans of sources
    that would join a CONFIRMED incident but came after the analyst confirmed it: proposed, not
    counted (not in ``evidence``, ``independent`` or the brief) until the analyst links them;
    ``undated``: ids of sources (in ``evidence`` or ``candidates``) that give no date for the
    event and have no publication date, in an incident other sources date: joined by type and
    place alone; ``places``: source id -> the specific place that source names (sources naming
    one), so that places the sources disagree on are shown (``places_disagree``) rather than
    moving a confirmed incident's place. ``shown_id``: after the analyst set its type or place,
    the id that names the new ones ("russia-armed-clash" for "russia-air-or-drone-strike"),
    also an alias; ``id`` stays what edits, tags and merges name (nothing stored is orphaned).
    """

    id: str
    title: str
    country: str
    kind: str
    date: str = ""
    # source id -> list of [start, end] evidence spans
    evidence: dict[str, list[list[int]]] = field(default_factory=dict)
    status: str = "suggested"  # suggested / confirmed / rejected
    note: str = ""
    # Sources that are not copies of one another (a wire story in two outlets counts once).
    independent: int = 0
    date_end: str = ""
    place: str = ""
    means: str = ""
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    dates: dict[str, str] = field(default_factory=dict)
    dates_disagree: bool = False
    aliases: list[str] = field(default_factory=list)
    date_reported: bool = False
    candidates: dict[str, list[list[int]]] = field(default_factory=dict)
    undated: list[str] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)
    shown_id: str = ""
    own_title: bool = False  # the analyst gave its title (rename, or a title at create or split)

    @property
    def shown(self) -> str:
        """The id to show the analyst: ``shown_id`` when the type or place they set made the
        generated ``id`` name the old ones, else ``id``. Both find the incident."""
        return self.shown_id or self.id

    @property
    def places_disagree(self) -> list[str]:
        """The places its sources name, most named first, when they name more than one (the
        shown ``place`` is one of them, or the one the analyst set or confirmed); [] else."""
        named = [p for sid, p in self.places.items() if p and sid in self.evidence]
        counts = {p: named.count(p) for p in named}
        return sorted(counts, key=lambda p: (-counts[p], named.index(p))) if len(counts) > 1 else []

    @property
    def source_ids(self) -> list[str]:
        """Ids of the sources with evidence for this incident, in evidence order."""
        return list(self.evidence)


@dataclass
class Stance:
    """An analyst's tag: this actor holds this stance, shown by this evidence."""

    id: str
    actor_id: str
    label: str
    source_id: str
    start: int
    end: int
    quote: str  # the evidence text, verbatim from the source
    annotator: str
    created_at: str
    origin: str = "manual"  # manual / suggestion
    note: str = ""
    incident_id: str = ""
    actor_name: str = ""  # the actor's name when tagged, to find it again after re-analysis
