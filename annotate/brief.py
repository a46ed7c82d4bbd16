"""The Brief model: what the brief says, built from the workspace's tags, before any format.

Every quote in it is a tag's evidence text, verbatim from its source, with the number of
that source in the brief's source list. The bottom line and the key judgments are drafted
from the annotations; the analyst's own text, kept in the workspace, replaces the draft.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .models import Incident, Source, Stance

@dataclass
class BriefFilter:
    """Which tags, incidents and sources the brief covers. Empty means no restriction.
    Dates compare with the source's publication date (and an incident's date)."""

    incidents: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # actor ids or names
    annotators: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""

    @property
    def active(self) -> bool:
        """True when any criterion is set (the brief is then restricted)."""
        return any((self.incidents, self.actors, self.annotators, self.labels, self.date_from, self.date_to))

    def describe(self) -> str:
        """The criteria set, as one line for the brief's header ("incident a, b; label hawkish; dates
        2025-09-01 to …"); "" when none.
        """
        parts = []
        if self.incidents:
            parts.append("incident " + ", ".join(self.incidents))
        if self.actors:
            parts.append("actor " + ", ".join(self.actors))
        if self.annotators:
            parts.append("annotator " + ", ".join(self.annotators))
        if self.labels:
            parts.append("label " + ", ".join(self.labels))
        if self.date_from or self.date_to:
            parts.append(f"dates {self.date_from or '…'} to {self.date_to or '…'}")
        return "; ".join(parts)


@dataclass
class SourceRef:
    """A source as the brief cites it. ``n``: its number in the brief, in order of first citation
    (1-based); ``source``: the ``Source``; ``tone``: mean VADER compound score of its quotes, -1..1
    rounded to 2 places, None without quotes; ``copy_of``: the number of the earlier cited source it
    nearly duplicates (``Workspace.duplicate_groups``), None otherwise.
    """

    n: int
    source: Source
    tone: float | None = None  # mean VADER compound of its quotes (intensity, not stance)
    copy_of: int | None = None  # the number of the source it nearly duplicates

    @property
    def anchor(self) -> str:
        """The HTML/Markdown anchor of the source's entry in the brief: ``"src-<n>"``."""
        return f"src-{self.n}"


@dataclass
class Evidence:
    """One tagged passage shown under an actor. ``text``: the tag's quoted text; ``ref``: the cited
    source; ``label``: the stance label; ``annotator``: who tagged it, comma-separated when several
    tagged the same span alike; ``note``: their notes joined by "; ".
    """

    text: str
    ref: SourceRef
    label: str
    annotator: str
    note: str = ""


@dataclass
class ActorStance:
    """An actor's stance in the brief, from the tags in force (``build_brief``). ``actor_id``,
    ``name``, ``kind``, ``affiliation``: from the workspace's actor (the tag's name or id when the
    actor is gone); ``label``: the most frequent label (ties: the latest); ``counts``: label ->
    number of tags; ``evidence``: its tagged passages; ``agreement``: share of its tags with
    ``label``, 0-1; ``strength``: weak, moderate or strong (``strength``).
    """

    actor_id: str
    name: str
    kind: str
    affiliation: str
    label: str
    counts: Counter
    evidence: list[Evidence]
    agreement: float  # share of its tags that carry the stance label
    strength: str  # weak / moderate / strong

    @property
    def key_quote(self) -> Evidence | None:
        """The evidence that best shows the stance: one with the stance's label, not too
        long, the longest of those."""
        same = [e for e in self.evidence if e.label == self.label] or self.evidence
        return max(same, key=lambda e: (len(e.text) <= 160, len(e.text))) if same else None


@dataclass
class IncidentRow:
    """An incident in the brief with the cited sources reporting it (``refs``, in citation order)."""

    incident: Incident
    refs: list[SourceRef]


@dataclass
class Disagreement:
    """An actor whose tags disagree (agreement.py). ``actor``: its name; ``between``: "sources" or
    "annotators"; ``detail``: ``(SourceRef, label)`` pairs between sources, ``(annotator, label)``
    pairs between annotators; ``where``: for annotators, the source they disagree on, else None.
    """

    actor: str
    between: str  # "sources" or "annotators"
    detail: list[tuple]  # (SourceRef, label) between sources; (annotator, label) between annotators
    where: SourceRef | None = None  # for annotators: the source they disagree on


@dataclass
class Brief:
    """Everything a rendered brief shows (``build_brief``; rendered by export/markdown.py). ``title``;
    ``date``: ISO date it was built; ``scope``: one line counting sources, incidents, tags and
    actors; ``bottom_line`` and ``key_judgments``: the analyst's text stored in the workspace, else
    drafted (``bottom_line_drafted`` True then); ``incidents``, ``actors``, ``disagreements``,
    ``sources``: the rows; ``method``: lines on annotators, counts, pipeline version and agreement;
    ``filters``: ``BriefFilter.describe()``; ``annotators``: names of those whose tags are included,
    sorted.
    """

    title: str
    date: str
    scope: str
    bottom_line: str
    bottom_line_drafted: bool = True
    key_judgments: list[str] = field(default_factory=list)
    incidents: list[IncidentRow] = field(default_factory=list)
    actors: list[ActorStance] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    method: list[str] = field(default_factory=list)
    filters: str = ""
    annotators: list[str] = field(default_factory=list)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def strength(n: int, agreement: float) -> str:
    """From the evidence count and the share of it that agrees on the label."""
    if n >= 3 and agreement >= 0.75:
        return "strong"
    if n >= 2 and agreement >= 0.6:
        return "moderate"
    return "weak"


def draft_bottom_line(incidents: list[IncidentRow], actors: list[ActorStance], changes: list[str]) -> str:
    """A drafted bottom line (one paragraph) when the analyst wrote none: the number of incidents and
    their countries, the actors grouped by label (largest group first), and ``changes`` (from
    ``what_changed``) since the last brief.
    """
    parts = []
    if incidents:
        places = list(dict.fromkeys(r.incident.country for r in incidents))
        confirmed = sum(1 for r in incidents if r.incident.status == "confirmed")
        parts.append(
            f"{len(incidents)} airspace incident{'s' if len(incidents) != 1 else ''} reported ({_join(places)})"
            + (f", {confirmed} confirmed." if confirmed else ".")
        )
    by_label: dict[str, list[str]] = {}
    for a in actors:
        by_label.setdefault(a.label, []).append(a.name)
    phrases = {
        "hawkish": "Hawkish: {}.", "cautious": "Cautious: {}.", "threatening": "Threatening: {}.",
        "denial": "Denying: {}.", "neutral": "Neutral or non-committal: {}.",
    }
    for label in sorted(by_label, key=lambda lab: -len(by_label[lab])):
        parts.append(phrases.get(label, label.capitalize() + ": {}.").format(_join(by_label[label])))
    if not actors:
        parts.append("No stances tagged yet.")
    if changes:
        parts.append("Since the last brief: " + "; ".join(changes) + ".")
    return " ".join(parts)


def draft_key_judgments(incidents: list[IncidentRow], actors: list[ActorStance], disagreements: list[Disagreement]) -> list[str]:
    """Drafted key judgments (one sentence each) when the analyst wrote none: the best-attested
    incident (most independent sources), the actors of strong stance, the most common label, and how
    many stances are contested.
    """
    out = []
    if incidents:
        top = max(incidents, key=lambda r: (r.incident.independent, len(r.incident.evidence)))
        n = top.incident.independent or len(top.incident.evidence)
        out.append(f"Best attested: {top.incident.title} ({top.incident.date or 'date not stated'}), "
                   f"reported by {n} independent source{'s' if n != 1 else ''}.")
    strong = [a for a in actors if a.strength == "strong"]
    if strong:
        out.append("Firmest positions: " + _join([f"{a.name} ({a.label})" for a in strong]) + ".")
    counts = Counter(a.label for a in actors)
    if counts:
        label, n = counts.most_common(1)[0]
        out.append(f"Most tagged actors are {label} ({n} of {len(actors)}).")
    if disagreements:
        n = len(disagreements)
        out.append(f"{n} actor stance{'s are' if n != 1 else ' is'} contested (see Disagreements).")
    return out


DEFAULT_TITLE = "Airspace incidents and stances"  # the brief's title unless one is given (`--title`)


def build_brief(ws, title: str = DEFAULT_TITLE, today: date | None = None,
                flt: BriefFilter | None = None, snapshot_since: dict | None = None) -> Brief:
    """The brief of an analysed workspace, restricted by ``flt``."""
    from .agreement import agreement

    flt = flt or BriefFilter()
    today = today or date.today()
    sources = {s.id: s for s in ws.sources()}
    stances, incidents, in_range, incident_sources = select(ws, flt)

    cited: dict[str, SourceRef] = {}  # in order of first citation

    def ref_for(source_id: str) -> SourceRef:
        ref = cited.get(source_id)
        if ref is None:
            ref = cited[source_id] = SourceRef(len(cited) + 1, sources[source_id])
        return ref

    by_actor: dict[str, list[Stance]] = {}
    for st in stances:
        by_actor.setdefault(st.actor_id, []).append(st)
    actors: list[ActorStance] = []
    for actor_id, sts in by_actor.items():
        counts = Counter(s.label for s in sts)
        top = max(counts.values())
        label = next(s.label for s in reversed(sts) if counts[s.label] == top)  # ties: the latest
        a = ws.actor(actor_id)
        evidence: list[Evidence] = []
        seen: dict[tuple, Evidence] = {}
        for s in sts:
            key = (s.source_id, s.start, s.end, s.label)
            if key in seen:  # the same evidence tagged alike by another annotator
                ev = seen[key]
                if s.annotator not in ev.annotator.split(", "):
                    ev.annotator += f", {s.annotator}"
                ev.note = "; ".join(x for x in (ev.note, s.note) if x)
                continue
            seen[key] = Evidence(s.quote, ref_for(s.source_id), s.label, s.annotator, s.note)
            evidence.append(seen[key])
        share = counts[label] / sum(counts.values())
        actors.append(ActorStance(
            actor_id=actor_id, name=a.name if a else (sts[-1].actor_name or actor_id), kind=a.kind if a else "",
            affiliation=a.affiliation if a else "", label=label, counts=counts, evidence=evidence,
            agreement=share, strength=strength(sum(counts.values()), share),
        ))
    actors.sort(key=lambda a: (-sum(a.counts.values()), a.name))

    rows = [IncidentRow(inc, sorted((ref_for(sid) for sid in inc.evidence if sid in sources), key=lambda r: r.n)) for inc in incidents]

    ag = agreement(stances)
    name = ws.actor_name
    disagreements = [
        Disagreement(name(actor), "sources", [(ref_for(s), lab) for s, lab in per.items()])
        for actor, per in ag.between_sources
    ] + [
        Disagreement(name(actor), "annotators", list(per.items()), ref_for(sid))
        for (actor, sid), per in ag.between_annotators
    ]

    # Every source in scope is listed, cited or not, numbered in order of first citation.
    for sid in sorted(in_range, key=lambda x: sources[x].name):
        if not incident_sources or sid in incident_sources:
            ref_for(sid)
    groups = ws.duplicate_groups()
    first_of_group: dict[str, int] = {}
    refs = []
    summary = ws.source_summary if hasattr(ws, "source_summary") else lambda sid: {
        "quotes": [[q.start, q.end, q.actor_id] for q in ws.quotes(sid)], "tone": None}
    for i, (sid, ref) in enumerate(cited.items()):
        tone = summary(sid)["tone"]
        ref.tone = None if tone is None else round(tone, 2)
        g = groups.get(sid, sid)
        ref.copy_of = first_of_group.get(g)
        first_of_group.setdefault(g, i + 1)
        refs.append(ref)

    changes = what_changed(snapshot_since, snapshot(ws, incidents, actors)) if snapshot_since else []
    stored = ws.brief_text() if hasattr(ws, "brief_text") else {}
    bottom = stored.get("bottom_line", "").strip()
    judgments = [line.strip("-• ").strip() for line in stored.get("key_judgments", "").splitlines() if line.strip()]
    dates = sorted(s.published[:10] for sid, s in sources.items() if sid in cited and s.published)
    span = f", published {dates[0]} to {dates[-1]}" if dates else ""
    from . import __version__
    from .nlp.pipeline import pipeline_version

    annotators = sorted({s.annotator for s in stances})
    method = [
        f"Annotators: {_join(annotators) or 'none yet'}; {len(stances)} tags in force on {len(actors)} actors "
        f"({sum(1 for s in stances if s.origin == 'suggestion')} accepted from suggestions).",
        f"Sources: {len(refs)}; quotes found: {sum(len(summary(sid)['quotes']) for sid in cited)}; incidents: {len(rows)}.",
        f"Analysis: bluf {__version__}, pipeline {pipeline_version(ws.gazetteer)}; tone is VADER's compound score, "
        "an intensity, not a stance.",
    ]
    if len(annotators) >= 2:
        alpha = "n/a" if ag.alpha is None else f"{ag.alpha:.2f}"
        method.append(f"Agreement: Krippendorff's alpha {alpha} on {ag.alpha_units} actor×source units.")
    return Brief(
        title=title,
        date=today.isoformat(),
        scope=f"{len(refs)} sources{span}, {len(rows)} incidents, {len(stances)} tagged stances, {len(actors)} actors",
        bottom_line=bottom or draft_bottom_line(rows, actors, changes),
        bottom_line_drafted=not bottom,
        key_judgments=judgments or draft_key_judgments(rows, actors, disagreements),
        incidents=rows,
        actors=actors,
        disagreements=disagreements,
        sources=refs,
        method=method,
        filters=flt.describe(),
        annotators=annotators,
    )


def select(ws, flt: BriefFilter):
    """(tags, incidents, source ids in the date range, sources of the chosen incidents or
    None) that a filter keeps. The brief and every export use it."""
    sources = {s.id: s for s in ws.sources()}
    in_range = {sid for sid, s in sources.items() if _date_ok(s.published, flt)}
    incidents = [i for i in ws.incidents() if (not flt.incidents or i.id in flt.incidents or set(i.aliases) & set(flt.incidents)) and _date_ok(i.date, flt)]
    incident_sources = {sid for i in incidents for sid in i.evidence} if flt.incidents else None
    actor_ids = {ws.resolve_actor(a) or a for a in flt.actors}
    stances: list[Stance] = []
    for st in ws.stances():
        if st.source_id not in in_range:
            continue
        if flt.annotators and st.annotator not in flt.annotators:
            continue
        if flt.labels and st.label not in flt.labels:
            continue
        if actor_ids and st.actor_id not in actor_ids:
            continue
        if incident_sources is not None and not (st.incident_id in flt.incidents or st.source_id in incident_sources):
            continue
        stances.append(st)
    return stances, incidents, in_range, incident_sources


def _date_ok(iso: str, flt: BriefFilter) -> bool:
    """A date inside the filter's range; an unknown date passes (it cannot be excluded)."""
    if not iso:
        return True
    d = iso[:10]
    if flt.date_from and d < flt.date_from:
        return False
    if flt.date_to and d > flt.date_to:
        return False
    return True


def snapshot(ws, incidents: list[Incident] | list[IncidentRow], actors: list[ActorStance]) -> dict:
    """What a brief said, to tell what changed by the next one."""
    incs = [r.incident if isinstance(r, IncidentRow) else r for r in incidents]
    return {
        "sources": sorted(s.id for s in ws.sources()),
        "incidents": {i.id: i.title for i in incs},
        "actors": {a.actor_id: [a.name, a.label] for a in actors},
    }


def what_changed(before: dict, now: dict) -> list[str]:
    """What changed between two ``snapshot`` dicts (keys ``sources``, ``incidents``, ``actors``): new
    sources, new incidents, actors whose label moved or who were newly tagged; at most 6 phrases, in
    that order.
    """
    out = []
    new_sources = set(now["sources"]) - set(before.get("sources", []))
    if new_sources:
        out.append(f"{len(new_sources)} new source{'s' if len(new_sources) != 1 else ''}")
    new_inc = [t for i, t in now["incidents"].items() if i not in before.get("incidents", {})]
    if new_inc:
        out.append("new incident" + ("s" if len(new_inc) > 1 else "") + ": " + _join([t.lower() for t in new_inc]))
    for aid, (name, label) in now["actors"].items():
        old = before.get("actors", {}).get(aid)
        if old and old[1] != label:
            out.append(f"{name} moved from {old[1]} to {label}")
        elif not old:
            out.append(f"{name} newly tagged {label}")
    return out[:6]
