"""What derives from the analyses of a set of sources: actors, incidents and stance
suggestions. Pure: it reads no store and changes nothing, so it runs in worker threads and
in the headless ``bluf analyze``."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Iterable

from .actors import ActorIndex, build_actors
from .gazetteer import Gazetteer
from .incidents import cluster_incidents
from .models import Analysis, Incident, Quote, Source, Suggestion
from .nlp.events import redate


@dataclass
class Derived:
    """What ``derive`` works out from the analyses of a set of sources. ``analyses``: source id ->
    ``Analysis`` (a dict, or ``LazyAnalyses`` reading the cache on first use); ``actors``: the
    ``ActorIndex``; ``incidents``: clustered incidents with the analyst's edits applied;
    ``sources``: source id -> ``Source``; ``summaries``: source id -> ``{"quotes": [[start, end,
    actor_id], ...], "tone": mean VADER compound or None}`` (``derived_cache.summaries_of``). Stance
    suggestions are worked out per source when first asked for.
    """

    analyses: Mapping[str, Analysis]  # a dict, or read from the cache on first use
    actors: ActorIndex
    incidents: list[Incident]
    sources: dict[str, Source]
    summaries: dict[str, dict] = field(default_factory=dict)  # source id -> quotes and tone

    def __post_init__(self) -> None:
        self._suggested: dict[str, tuple[list[Suggestion], dict[int, Suggestion]]] = {}
        self.extra_sources: list = []  # the workspace's own SuggestionSources (its learned model)
        self._extra_versions: tuple = ()

    def _suggest(self, source_id: str) -> tuple[list[Suggestion], dict[int, Suggestion]]:
        """Suggestions are worked out when first asked for, per source: reading an article
        needs its own, an export needs none."""
        versions = tuple(src.version() for src in self.extra_sources)
        if versions != self._extra_versions:  # a new model: what it said before is stale
            self._suggested.clear()
            self._extra_versions = versions
        if source_id not in self._suggested:
            from .suggestions import suggest  # every registered SuggestionSource

            a = self.analyses.get(source_id)
            if a is None:
                return [], {}
            at = lambda s, e: self.actors.at(source_id, s, e)  # noqa: E731
            self._suggested[source_id] = suggest(self.sources[source_id], a, at, self.extra_sources)
        return self._suggested[source_id]

    def suggestions_ready(self, source_id: str) -> bool:
        """True when the suggestions of ``source_id`` were already worked out (asking for them then
        costs nothing).
        """
        return source_id in self._suggested and tuple(src.version() for src in self.extra_sources) == self._extra_versions

    def cue_suggestion(self, source_id: str, actor_id: str, quote_index: int | None = None) -> Suggestion | None:
        """What the cue lexicon alone (no learned model) suggests for quote ``quote_index`` of
        ``source_id``, else for ``actor_id`` there; None when it suggests nothing."""
        if not hasattr(self, "_cues_only"):
            self._cues_only: dict[str, tuple[list[Suggestion], dict[int, Suggestion]]] = {}
        if source_id not in self._cues_only:
            from .suggestions import suggest

            a = self.analyses.get(source_id)
            at = lambda s, e: self.actors.at(source_id, s, e)  # noqa: E731
            self._cues_only[source_id] = ([], {}) if a is None else suggest(self.sources[source_id], a, at)
        found, per_quote = self._cues_only[source_id]
        if quote_index is not None and quote_index in per_quote and per_quote[quote_index].actor_id == actor_id:
            return per_quote[quote_index]
        return next((s for s in found if s.actor_id == actor_id), None)

    def suggestions(self, source_id: str) -> list[Suggestion]:
        """One per actor, strongest first."""
        return self._suggest(source_id)[0]

    def quote_suggestion(self, source_id: str, quote_index: int) -> Suggestion | None:
        """The suggestion made for quote number ``quote_index`` (index into the analysis's ``quotes``)
        of ``source_id``, or None when there is none or the source has no analysis.
        """
        return self._suggest(source_id)[1].get(quote_index)


def derive(
    sources: Iterable[Source],
    analyses: dict[str, Analysis],
    gazetteer: Gazetteer,
    actor_edits: Iterable[dict] = (),
    incident_edits: Iterable[dict] = (),
    quote_edits: Iterable[dict] = (),
    groups: dict[str, str] | None = None,
) -> Derived:
    """``groups`` maps a source id to the id of its group of near-duplicates (a wire story
    in several outlets); sources of one group count once as evidence."""
    by_id = {s.id: s for s in sources}
    analyses = {k: v for k, v in analyses.items() if k in by_id}
    quote_edits = list(quote_edits)
    analyses = _with_added_quotes(analyses, by_id, quote_edits)
    actors = build_actors(by_id.values(), analyses, gazetteer, actor_edits)
    _apply_speakers(analyses, actors, quote_edits)

    def adjective(country: str) -> str:
        c = gazetteer.country(country)
        return c.adjective if c else country

    # Relative dates ("on Friday") follow the publication date as it is now: it may have
    # been set or corrected after the analysis was cached.
    mentions = {}
    for sid, a in analyses.items():
        pub = by_id[sid].published
        mentions[sid] = a.incidents if pub == a.published else redate(a.incidents, pub, by_id[sid].text)
    incidents = cluster_incidents(mentions, adjective, incident_edits, groups)
    from .derived_cache import summaries_of

    return Derived(analyses, actors, incidents, by_id, summaries_of(analyses))


def with_quote_edits(analysis: Analysis, source: Source, edits: list[dict]) -> Analysis:
    """One source's analysis with the analyst's added and removed quotes."""
    return _with_added_quotes({analysis.source_id: analysis}, {source.id: source}, edits)[analysis.source_id]


def _with_added_quotes(analyses: dict[str, Analysis], sources: dict[str, Source], edits: list[dict]) -> dict[str, Analysis]:
    """Quotes the analyst added (and removed), merged into copies of the analyses, so
    the cached analyses stay as the parser made them (and an undone edit leaves no trace:
    quotes whose speaker the analyst set are copies too)."""
    by_source: dict[str, list[dict]] = {}
    for e in edits:
        if e.get("op") in ("add", "remove", "speaker") and e.get("source_id") in analyses:
            by_source.setdefault(e["source_id"], []).append(e)
    if not by_source:
        return analyses
    out = dict(analyses)
    for sid, es in by_source.items():
        a = copy.copy(analyses[sid])
        quotes = {(q.start, q.end): copy.copy(q) for q in a.quotes}
        text = sources[sid].text
        for e in es:
            span = (e["start"], e["end"])
            if e["op"] == "add" and span not in quotes and 0 <= span[0] < span[1] <= len(text):
                quotes[span] = Quote(span[0], span[1], text[span[0] : span[1]], rule="analyst", partial=True)
            elif e["op"] == "remove":
                quotes.pop(span, None)
        a.quotes = sorted(quotes.values(), key=lambda q: q.start)
        out[sid] = a
    return out


def _apply_speakers(analyses: dict[str, Analysis], actors, edits: list[dict]) -> None:
    """Speakers the analyst assigned (to a parsed quote or one they added)."""
    for e in edits:
        if e.get("op") not in ("speaker", "add") or not e.get("actor_id"):
            continue
        a = analyses.get(e.get("source_id", ""))
        if a is None:
            continue
        for q in a.quotes:
            if q.start == e["start"] and q.end == e["end"]:
                q.actor_id = actors.canonical_id(e["actor_id"])
                q.rule = "analyst"
