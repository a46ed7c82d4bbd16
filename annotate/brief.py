"""The Brief model: what the brief says, built from the workspace's tags, before any format.

Every quote in it is the stance's evidence text, verbatim from its source, with the
number of that source in the brief's source list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .models import Incident, Source


@dataclass
class SourceRef:
    n: int
    source: Source

    @property
    def anchor(self) -> str:
        return f"src-{self.n}"


@dataclass
class Evidence:
    text: str
    ref: SourceRef
    label: str
    annotator: str
    note: str = ""


@dataclass
class ActorStance:
    actor_id: str
    name: str
    kind: str
    affiliation: str
    label: str
    counts: Counter
    evidence: list[Evidence]


@dataclass
class IncidentRow:
    incident: Incident
    refs: list[SourceRef]


@dataclass
class Brief:
    title: str
    date: str
    scope: str
    bottom_line: str
    incidents: list[IncidentRow] = field(default_factory=list)
    actors: list[ActorStance] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def bottom_line(incidents: list[IncidentRow], actors: list[ActorStance]) -> str:
    parts = []
    if incidents:
        places = list(dict.fromkeys(r.incident.country for r in incidents))
        parts.append(
            f"{len(incidents)} airspace incident{'s' if len(incidents) != 1 else ''} reported "
            f"({_join(places)})."
        )
    by_label: dict[str, list[str]] = {}
    for a in actors:
        by_label.setdefault(a.label, []).append(a.name)
    phrases = {
        "hawkish": "Hawkish: {}.",
        "cautious": "Cautious: {}.",
        "threatening": "Threatening: {}.",
        "denial": "Denying: {}.",
        "neutral": "Neutral or non-committal: {}.",
    }
    for label, names in by_label.items():
        parts.append(phrases.get(label, label.capitalize() + ": {}.").format(_join(names)))
    if not actors:
        parts.append("No stances tagged yet.")
    return " ".join(parts)


def build_brief(ws, title: str = "Airspace incidents and stances", today: date | None = None) -> Brief:
    """The brief of a workspace (analysed, so that incidents are known)."""
    stances = ws.stances()
    cited: list[str] = []

    def ref_for(source_id: str) -> SourceRef:
        if source_id not in cited:
            cited.append(source_id)
        return SourceRef(cited.index(source_id) + 1, ws.source(source_id))

    by_actor: dict[str, list] = {}
    for st in stances:
        by_actor.setdefault(st.actor_id, []).append(st)
    actors: list[ActorStance] = []
    for actor_id, sts in by_actor.items():
        counts = Counter(s.label for s in sts)
        top = max(counts.values())
        # Ties go to the most recent tag.
        label = next(s.label for s in reversed(sts) if counts[s.label] == top)
        a = ws.actors.get(actor_id)
        evidence = []
        seen = set()
        for s in sts:
            if (s.source_id, s.start, s.end) in seen:
                continue
            seen.add((s.source_id, s.start, s.end))
            evidence.append(Evidence(s.quote, ref_for(s.source_id), s.label, s.annotator, s.note))
        actors.append(
            ActorStance(
                actor_id=actor_id,
                name=a.name if a else actor_id,
                kind=a.kind if a else "",
                affiliation=a.affiliation if a else "",
                label=label,
                counts=counts,
                evidence=evidence,
            )
        )
    actors.sort(key=lambda a: (-sum(a.counts.values()), a.name))
    rows = []
    for inc in ws.incidents():
        rows.append(IncidentRow(inc, [ref_for(sid) for sid in inc.source_ids]))
    # Every source is listed, cited or not, numbered in order of first citation.
    for s in ws.sources():
        ref_for(s.id)
    refs = [SourceRef(i + 1, ws.source(sid)) for i, sid in enumerate(cited)]
    today = today or date.today()
    return Brief(
        title=title,
        date=today.isoformat(),
        scope=f"{len(refs)} sources, {len(stances)} tagged stances, {len(actors)} actors",
        bottom_line=bottom_line(rows, actors),
        incidents=rows,
        actors=actors,
        sources=refs,
        annotators=sorted({s.annotator for s in stances}),
    )
