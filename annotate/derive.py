"""What derives from the analyses of a set of sources: actors, incidents and stance
suggestions. Pure: it reads no store and changes nothing, so it runs in worker threads and
in the headless ``bluf analyze``."""

from __future__ import annotations

import copy
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Iterable

from .actors import ActorIndex, ActorResolver, resolve_mentions, set_quote_actors, with_edits
from .gazetteer import Gazetteer
from .incidents import cluster_incidents
from .models import Analysis, Incident, Quote, Source, Suggestion
from .nlp.events import redate, report_day


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
    base: ActorIndex | None = None  # the actors before the analysts' edits (see rederive)
    inputs: "Inputs | None" = None  # what it was derived from (see rederive)
    resolver: ActorResolver | None = None  # the one that made ``base`` (see rederive)

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
            self._suggested[source_id] = suggest(self.sources[source_id], a, self._suggest_at(source_id), self.extra_sources)
        return self._suggested[source_id]

    def _suggest_at(self, source_id: str):
        """The actor at a span of ``source_id`` for stance suggestions: ``ActorIndex.at``, except a
        news outlet the source cites ("UNN reports citing ...", "according to the X News Agency"):
        it carries others' words and holds no stance of its own (``cited_outlet_ids``)."""
        from .cited_outlets import cited_outlet_ids

        outlets = cited_outlet_ids(self.sources[source_id].text, self.actors)

        def at(s: int, e: int) -> str | None:
            aid = self.actors.at(source_id, s, e)
            return None if aid in outlets else aid

        return at

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
            self._cues_only[source_id] = ([], {}) if a is None else suggest(self.sources[source_id], a, self._suggest_at(source_id))
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


@dataclass
class Inputs:
    """What a ``Derived`` was worked out from, kept so that the next edit re-derives only
    what it changes (``rederive``). ``parsed``: the analyses as given (before the analysts'
    quote edits); ``quote_edits``: source id -> its quote edits in force, in order."""

    parsed: Mapping[str, Analysis]
    sources: dict[str, Source]
    actor_edits: list[dict]
    incident_edits: list[dict]
    quote_edits: dict[str, list[dict]]
    groups: dict[str, str] | None


def by_source(quote_edits: Iterable[dict]) -> dict[str, list[dict]]:
    """Quote edits grouped by ``source_id``, each group in the order given."""
    out: dict[str, list[dict]] = {}
    for e in quote_edits:
        out.setdefault(e.get("source_id", ""), []).append(e)
    return out


def derive(
    sources: Iterable[Source],
    analyses: Mapping[str, Analysis],
    gazetteer: Gazetteer,
    actor_edits: Iterable[dict] = (),
    incident_edits: Iterable[dict] = (),
    quote_edits: Iterable[dict] = (),
    groups: dict[str, str] | None = None,
    previous: Derived | None = None,
) -> Derived:
    """``groups`` maps a source id to the id of its group of one origin (near-duplicates, one
    agency's or one outlet's reports: ``Workspace.origin_groups``); sources of one group
    count once as an incident's independent sources. With ``previous``
    (derived from the same ``analyses`` object before an edit), only what the edit changes
    is worked out again (``rederive``); the result is the same as without it."""
    by_id = {s.id: s for s in sources}
    inputs = Inputs(analyses, by_id, list(actor_edits), list(incident_edits), by_source(quote_edits), groups)
    if previous is not None:
        d = rederive(previous, inputs, gazetteer)
        if d is not None:
            return d
    quote_edits = [e for es in inputs.quote_edits.values() for e in es]
    analyses = {k: v for k, v in analyses.items() if k in by_id}
    analyses = _with_added_quotes(analyses, by_id, quote_edits)
    base, resolver = resolve_mentions(by_id.values(), analyses, gazetteer)
    actors = with_edits(base, inputs.actor_edits, quote_edits)
    set_quote_actors(actors, analyses)
    _apply_speakers(analyses, actors, quote_edits)
    incidents = _incidents(analyses, by_id, gazetteer, inputs)
    from .derived_cache import summaries_of

    d = Derived(analyses, actors, incidents, by_id, summaries_of(analyses), base, inputs, resolver)
    return d


def _incidents(analyses: Mapping[str, Analysis], by_id: dict[str, Source], gazetteer: Gazetteer, inputs: Inputs) -> list[Incident]:
    """The incidents of ``analyses``, with the analysts' incident edits applied."""

    def adjective(country: str) -> str:
        c = gazetteer.country(country)
        return c.adjective if c else country

    # Relative dates ("on Friday") follow the publication date as it is now: it may have
    # been set or corrected after the analysis was cached.
    mentions = {}
    for sid, a in analyses.items():
        pub = by_id[sid].published
        mentions[sid] = a.incidents if pub == a.published else redate(a.incidents, pub, by_id[sid].text)
    # (a source with no publication date was reported on its dateline's day, "--06-12" when
    # the dateline gives no year: the day an incident no source dates is shown with)
    reported = {sid: by_id[sid].published or report_day("", by_id[sid].text) for sid in mentions}
    return cluster_incidents(mentions, adjective, inputs.incident_edits, inputs.groups, reported, present=set(by_id),
                             named=_countries_named(analyses, mentions, gazetteer))


def _countries_named(analyses: Mapping[str, Analysis], mentions: dict, gazetteer: Gazetteer) -> dict[tuple[str, int], set[str]]:
    """(source id, sentence start) -> the countries (gazetteer names) the places and nationalities
    (GPE, NORP) of the sentence of each of its exercise mentions name."""
    from .exercise_sides import SIDED_TYPES

    out: dict[tuple[str, int], set[str]] = {}
    for sid, ms in mentions.items():
        for m in ms:
            if m.kind not in SIDED_TYPES or (sid, m.start) in out:
                continue
            out[(sid, m.start)] = {c.name for e in analyses[sid].entities if e.label in ("GPE", "NORP") and m.start <= e.start < m.end
                                   and (c := gazetteer.country(e.text)) is not None}
    return out


def rederive(previous: Derived, inputs: Inputs, gazetteer: Gazetteer) -> Derived | None:
    """What ``derive`` gives for ``inputs``, worked out from ``previous`` after an edit:
    only the sources whose quote edits changed get their analysis again; the actors are
    resolved again only when such a change can change what a mention resolves to: from
    the start when a quote with a speaker came or went, from the descriptions on
    (``ActorResolver.again``) when a quote around a name did (``_resolver_view``); else
    the analysts' actor edits are applied again to the same resolution; incidents are kept
    unless the incident edits or groups changed; suggestions are kept for the sources
    nothing changed for. None when ``previous`` was derived from other analyses or sources
    (then everything is derived again)."""
    old = previous.inputs
    if old is None or previous.base is None or old.parsed is not inputs.parsed or old.sources.keys() != inputs.sources.keys():
        return None
    if any(s is not old.sources[sid] and s != old.sources[sid] for sid, s in inputs.sources.items()):
        return None
    parsed, by_id = inputs.parsed, inputs.sources
    changed = {sid for sid in by_id if inputs.quote_edits.get(sid, []) != old.quote_edits.get(sid, []) and sid in parsed}
    analyses: dict[str, Analysis] = {}
    same_mentions = same_quotes = True
    for sid in by_id:
        if sid not in parsed:
            continue
        if sid in changed:
            a = with_quote_edits(parsed[sid], by_id[sid], inputs.quote_edits.get(sid, []))
            if same_mentions:
                starts = _mention_starts(parsed[sid])
                (spoken, around), (spoken_was, around_was) = _resolver_view(a, starts), _resolver_view(previous.analyses[sid], starts)
                same_mentions = spoken == spoken_was  # a speaker came or went
                same_quotes = same_quotes and around == around_was  # a quote around a mention did
            analyses[sid] = a
        else:
            analyses[sid] = previous.analyses[sid]
    base, resolver = previous.base, getattr(previous, "resolver", None)
    if not same_mentions or not same_quotes and resolver is None:
        base, resolver = resolve_mentions(by_id.values(), analyses, gazetteer)
    elif not same_quotes:
        base = resolver.again(analyses)
    quote_edits = [e for es in inputs.quote_edits.values() for e in es]
    actors = with_edits(base, inputs.actor_edits, quote_edits)
    set_quote_actors(actors, analyses)
    _apply_speakers(analyses, actors, quote_edits)
    if inputs.incident_edits == old.incident_edits and inputs.groups == old.groups:
        incidents = previous.incidents
    else:
        incidents = _incidents(analyses, by_id, gazetteer, inputs)
    from .derived_cache import summaries_of

    d = Derived(analyses, actors, incidents, by_id, summaries_of(analyses), base, inputs, resolver)
    if base is previous.base and actors.merged == previous.actors.merged:  # every actor_at as before
        d._suggested = {sid: v for sid, v in previous._suggested.items() if sid not in changed}
    return d


def prepare(derived: Derived, gazetteer: Gazetteer) -> None:
    """Give ``derived`` (read from the derived cache, say) the resolver that ``rederive``
    redoes the descriptions with after a quote around a name comes or goes, so that the
    first such edit does not resolve every actor again. Reads every analysis; slow on a
    big corpus: for a worker thread. Changes nothing ``derived`` shows."""
    if derived.resolver is not None or derived.base is None or derived.inputs is None:
        return
    analyses = {sid: derived.analyses[sid] for sid in derived.analyses}
    resolver = ActorResolver(derived.sources.values(), analyses, gazetteer)
    resolver.resolve(keep=True)
    derived.resolver = resolver


def _resolver_view(analysis: Analysis, starts: list[int]) -> tuple:
    """What actor resolution reads of a source's quotes (``actors.ActorResolver``): the
    quotes with a speaker, whole (and whether the analyst overruled it), and the spans of
    the others that hold one of the sorted mention ``starts`` (``_mention_starts``: inside
    a quote, a mention is no antecedent for a description)."""
    # A Speaker compares by its fields; the copies of one analysis share theirs, which
    # tuple comparison then finds equal by identity at once.
    spoken = tuple((q.start, q.end, q.text, q.speaker, q.rule == "analyst") for q in analysis.quotes if q.speaker is not None)
    around = tuple(
        (q.start, q.end) for q in analysis.quotes
        if q.speaker is None and (i := bisect_left(starts, q.start)) < len(starts) and starts[i] < q.end
    )
    return spoken, around


def _mention_starts(parsed: Analysis) -> list[int]:
    """Sorted start offsets of everything in ``parsed`` that can be a mention of an actor."""
    starts = [e.start for e in parsed.entities] + [f.agent_start for f in parsed.frames]
    for q in parsed.quotes:
        if q.speaker is not None:
            starts.append(q.speaker.start)
    return sorted(starts)


def with_quote_edits(analysis: Analysis, source: Source, edits: list[dict]) -> Analysis:
    """One source's analysis with the analyst's added and removed quotes."""
    return _with_added_quotes({analysis.source_id: analysis}, {source.id: source}, edits)[analysis.source_id]


def _with_added_quotes(analyses: dict[str, Analysis], sources: dict[str, Source], edits: list[dict]) -> dict[str, Analysis]:
    """Quotes the analyst added (and removed), merged into copies of the analyses, so
    the cached analyses stay as the parser made them (and an undone edit leaves no trace:
    quotes whose speaker the analyst set are copies too, with ``rule`` "analyst")."""
    by_source: dict[str, list[dict]] = {}
    for e in edits:
        if e.get("op") in ("add", "remove", "speaker") and e.get("source_id") in analyses:
            by_source.setdefault(e["source_id"], []).append(e)
    if not by_source:
        return analyses
    out = dict(analyses)
    for sid, es in by_source.items():
        a = copy.copy(analyses[sid])
        quotes = {(q.start, q.end): _copy_quote(q) for q in a.quotes}
        text = sources[sid].text
        for e in es:
            span = (e["start"], e["end"])
            if e["op"] == "add" and span not in quotes and 0 <= span[0] < span[1] <= len(text):
                quotes[span] = Quote(span[0], span[1], text[span[0] : span[1]], rule="analyst", partial=True)
            elif e["op"] == "remove":
                quotes.pop(span, None)
            elif e["op"] == "speaker" and e.get("actor_id") and span in quotes:
                # The analyst said who said it: the phrase the analysis took for its speaker
                # is no mention of an actor (actors._mentions), so the link it made (that
                # phrase names the actor the analyst overruled) is not used in any article.
                quotes[span].rule = "analyst"
        a.quotes = sorted(quotes.values(), key=lambda q: q.start)
        out[sid] = a
    return out


def _copy_quote(q: Quote) -> Quote:
    """``copy.copy(q)``, several times faster (a long article has thousands)."""
    new = Quote.__new__(Quote)
    new.__dict__.update(q.__dict__)
    return new


def _apply_speakers(analyses: dict[str, Analysis], actors, edits: list[dict]) -> None:
    """Speakers the analyst assigned (to a parsed quote or one they added). The actors a
    correction overruled and named (``was``, ``to``) are in ``actors`` already
    (``actors.with_edits``). A quote introduced by the same phrase follows the correction
    unless the analyst set its speaker, or the correction left it with its speaker (``keep``:
    it was tagged there: a tag stays with the quote and the actor it was made on)."""
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
                if q.speaker is not None:
                    # The same speaker phrase introduced other quotes (the second half of the
                    # sentence, "continuation"): it named the one the analyst named instead, for
                    # those too, unless the analyst set theirs.
                    kept = {(k.get("start"), k.get("end")): k["id"] for k in e.get("keep") or () if isinstance(k, dict) and k.get("id")}
                    for other in a.quotes:
                        if other is not q and other.rule != "analyst" and other.speaker is not None \
                                and (other.speaker.start, other.speaker.end) == (q.speaker.start, q.speaker.end):
                            held = kept.get((other.start, other.end))
                            other.actor_id = actors.canonical_id(held) if held else q.actor_id
        _hold(analyses, actors, e)


def _hold(analyses: dict[str, Analysis], actors, edit: dict) -> None:
    """The quotes a speaker correction left with their speaker (``keep``, of its source or of
    ``source_id``: ``Workspace._held_elsewhere``) have it, unless the analyst set theirs."""
    for k in edit.get("keep") or ():
        if not isinstance(k, dict) or not k.get("id"):
            continue
        a = analyses.get(k.get("source_id") or edit.get("source_id", ""))
        if a is None:
            continue
        for q in a.quotes:
            if (q.start, q.end) == (k.get("start"), k.get("end")) and q.rule != "analyst":
                q.actor_id = actors.canonical_id(k["id"])
