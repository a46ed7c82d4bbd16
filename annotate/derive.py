"""What derives from the analyses of a set of sources: actors, incidents and stance
suggestions. Pure: it reads no store and changes nothing, so it runs in worker threads and
in the headless ``bluf analyze``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .actors import ActorIndex, build_actors
from .gazetteer import Gazetteer
from .incidents import cluster_incidents
from .models import Analysis, Incident, Source, Suggestion


@dataclass
class Derived:
    analyses: dict[str, Analysis]
    actors: ActorIndex
    incidents: list[Incident]
    suggestions: dict[str, list[Suggestion]]  # source id -> per actor, strongest first
    per_quote: dict[str, dict[int, Suggestion]]  # source id -> quote index -> suggestion


def derive(
    sources: Iterable[Source],
    analyses: dict[str, Analysis],
    gazetteer: Gazetteer,
    actor_edits: Iterable[dict] = (),
    incident_edits: Iterable[dict] = (),
) -> Derived:
    from .nlp.sentiment import tone
    from .nlp.stance import load_lexicon, suggest

    by_id = {s.id: s for s in sources}
    analyses = {k: v for k, v in analyses.items() if k in by_id}
    actors = build_actors(by_id.values(), analyses, gazetteer, actor_edits)

    def adjective(country: str) -> str:
        c = gazetteer.country(country)
        return c.adjective if c else country

    incidents = cluster_incidents(analyses, adjective, incident_edits)
    lex = load_lexicon()
    suggestions: dict[str, list[Suggestion]] = {}
    per_quote: dict[str, dict[int, Suggestion]] = {}
    for sid, a in analyses.items():
        at = lambda s, e, sid=sid: actors.at(sid, s, e)  # noqa: E731
        suggestions[sid], per_quote[sid] = suggest(by_id[sid], a, at, lex, tone)
    return Derived(analyses, actors, incidents, suggestions, per_quote)
