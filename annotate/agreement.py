"""Agreement between annotators, on actor × source units.

An annotator's label for a unit is the label they used most on that actor in that source
(the latest wins a tie). Cohen's kappa for each pair of annotators on the units both
labelled; Krippendorff's alpha (nominal, the `krippendorff` package) across all annotators,
with missing labels allowed. Disagreements (one function, ``agreement``, for the brief, `bluf
stats` and the app): annotators disagree when they give different labels to the SAME evidence
(one quote or sentence of one actor); an actor's stance changed between sources when ONE
annotator's stance of it (or the stance its annotators agree on) differs from one source to
another. Two analysts' labels on different statements, or in different sources, are neither.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from .models import Stance

Unit = tuple[str, str]  # (actor id, source id)


@dataclass
class Agreement:
    """Inter-annotator agreement over the tags in force (``agreement()``). ``annotators``: sorted
    names; ``counts``: annotator -> label -> number of tags; ``units``: ``(actor id, source id)`` ->
    annotator -> label (``unit_labels``); ``kappa``: annotator pair -> (Cohen's kappa, None when
    undefined; units both labelled); ``alpha``: Krippendorff's alpha (nominal), None without a unit
    labelled twice; ``alpha_units``: units it was computed over; ``between_annotators``:
    ``(unit, annotator -> label, evidence text)`` for each piece of evidence (one span of one
    source) that annotators labelled differently; ``between_sources``: ``(actor id, source id ->
    label, annotator)`` for an actor whose stance by one annotator (``annotator`` its name; ""
    for the label its annotators agree on) changed between sources (``_changed``).
    """

    annotators: list[str]
    counts: dict[str, Counter] = field(default_factory=dict)  # annotator -> label -> tags
    units: dict[Unit, dict[str, str]] = field(default_factory=dict)  # unit -> annotator -> label
    kappa: dict[tuple[str, str], tuple[float | None, int]] = field(default_factory=dict)
    alpha: float | None = None
    alpha_units: int = 0
    between_annotators: list[tuple[Unit, dict[str, str], str]] = field(default_factory=list)
    between_sources: list[tuple[str, dict[str, str], str]] = field(default_factory=list)  # actor, source -> label, annotator


def unit_labels(stances: list[Stance]) -> dict[Unit, dict[str, str]]:
    """Each annotator's label per ``(actor id, source id)`` unit: the label of most of their tags
    there, ties going to the latest (by ``created_at``). Returns unit -> annotator -> label.
    """
    by: dict[Unit, dict[str, list[Stance]]] = defaultdict(lambda: defaultdict(list))
    for s in sorted(stances, key=lambda s: s.created_at):
        by[(s.actor_id, s.source_id)][s.annotator].append(s)
    out: dict[Unit, dict[str, str]] = {}
    for unit, per in by.items():
        out[unit] = {}
        for annotator, sts in per.items():
            c = Counter(s.label for s in sts)
            top = max(c.values())
            out[unit][annotator] = next(s.label for s in reversed(sts) if c[s.label] == top)
    return out


def cohen_kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa of two equally long label lists; None when undefined (one label only)."""
    n = len(a)
    if n == 0:
        return None
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if pe == 1:
        return None
    return (po - pe) / (1 - pe)


def krippendorff_alpha(units: dict[Unit, dict[str, str]], annotators: list[str]) -> tuple[float | None, int]:
    """Nominal alpha over the units with at least two labels, and how many there are."""
    rows = [u for u, labels in units.items() if len(labels) >= 2]
    if not rows:
        return None, 0
    labels = sorted({lab for u in rows for lab in units[u].values()})
    if len(labels) < 2:
        return 1.0, len(rows)
    import krippendorff
    import numpy as np

    code = {lab: i for i, lab in enumerate(labels)}
    data = np.full((len(annotators), len(rows)), np.nan)
    for j, u in enumerate(rows):
        for i, a in enumerate(annotators):
            if a in units[u]:
                data[i, j] = code[units[u][a]]
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")), len(rows)


def agreement(stances: list[Stance]) -> Agreement:
    """Agreement between annotators over ``stances`` (the tags in force): label
    counts per annotator, Cohen's kappa per pair and Krippendorff's alpha (nominal) over
    actor×source units, and the units where annotators or sources disagree."""
    annotators = sorted({s.annotator for s in stances})
    ag = Agreement(annotators)
    for s in stances:
        ag.counts.setdefault(s.annotator, Counter())[s.label] += 1
    ag.units = unit_labels(stances)
    for a, b in combinations(annotators, 2):
        common = [u for u, labels in ag.units.items() if a in labels and b in labels]
        ag.kappa[(a, b)] = (cohen_kappa([ag.units[u][a] for u in common], [ag.units[u][b] for u in common]), len(common))
    ag.alpha, ag.alpha_units = krippendorff_alpha(ag.units, annotators)
    ag.between_annotators = evidence_disagreements(stances)
    ag.between_sources = source_changes(stances)
    return ag


def evidence_disagreements(stances: list[Stance]) -> list[tuple[Unit, dict[str, str], str]]:
    """Each piece of evidence (actor, source, span) that two or more annotators labelled
    differently: ``((actor id, source id), annotator -> label, evidence text)``, in source and
    text order. An annotator's label of it is their latest tag there."""
    by: dict[tuple[str, str, int, int], dict[str, Stance]] = defaultdict(dict)
    for s in sorted(stances, key=lambda s: s.created_at):
        by[(s.actor_id, s.source_id, s.start, s.end)][s.annotator] = s
    out = []
    for (actor, source, _, _), per in sorted(by.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        labels = {a: per[a].label for a in sorted(per)}
        if len(set(labels.values())) > 1:
            out.append(((actor, source), labels, next(iter(per.values())).quote))
    return out


def source_changes(stances: list[Stance]) -> list[tuple[str, dict[str, str], str]]:
    """Actors whose stance changed between sources: ``(actor id, source id -> label, annotator)``,
    one entry per annotator whose own tags of the actor changed (``_changed`` on their labels
    alone), then ("" as annotator) one for the labels its annotators agree on, per source
    labelled by two or more who all agree, when that changed and no one annotator's did.
    Sorted by actor. Two analysts' different labels are never a change between sources."""
    out: list[tuple[str, dict[str, str], str]] = []
    by_annotator: dict[str, list[Stance]] = defaultdict(list)
    for s in stances:
        by_annotator[s.annotator].append(s)
    for who in sorted(by_annotator):
        mine = by_annotator[who]
        tops = unit_top_labels(mine)
        per_actor: dict[str, dict[str, str]] = defaultdict(dict)
        for (actor, source), labels in unit_labels(mine).items():
            per_actor[actor][source] = labels[who]
        out += [(actor, per, who) for actor, per in per_actor.items() if _changed(actor, per, tops)]
    changed = {actor for actor, _, _ in out}
    agreed: dict[str, dict[str, str]] = defaultdict(dict)
    for (actor, source), labels in unit_labels(stances).items():
        if len(labels) >= 2 and len(set(labels.values())) == 1:
            agreed[actor][source] = next(iter(labels.values()))
    out += [(actor, per, "") for actor, per in agreed.items() if actor not in changed and len(set(per.values())) > 1]
    return sorted(out, key=lambda t: (t[0], t[2]))


def unit_top_labels(stances: list[Stance]) -> dict[Unit, set[str]]:
    """Per ``(actor id, source id)`` unit, every label that is the most frequent of some
    annotator's tags there, ties all included: one analyst's hawkish and threatening tags of
    two statements in one source are {hawkish, threatening}, not the latest alone."""
    by: dict[Unit, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for s in stances:
        by[(s.actor_id, s.source_id)][s.annotator][s.label] += 1
    return {u: {lab for c in per.values() for lab, n in c.items() if n == max(c.values())} for u, per in by.items()}


def _changed(actor: str, per: dict[str, str], tops: dict[Unit, set[str]]) -> bool:
    """True when two sources of ``actor`` have no top label in common (``unit_top_labels``):
    its stance changed between them. A source whose tags are tied between labels shares each
    of them, so a mixed reading of one source is no change of stance."""
    sets = [tops.get((actor, s), {lab}) for s, lab in per.items()]
    return any(not (a & b) for a, b in combinations(sets, 2))


@dataclass
class AgreementReport:
    """What `bluf stats` and the app's agreement screen show, worked out once from a
    workspace; each only lays it out (plain lines, or styled text).

    ``table``: one row per label used (sorted): (label, tags by each of ``annotators`` in
    that order, total). ``kappa``: (annotator, annotator, Cohen's kappa or None when
    undefined, units both labelled). ``between_annotators``: (actor's display name, source
    id, annotator -> label, evidence text), one per statement labelled differently;
    ``between_sources``: (actor's display name, source id -> label, annotator whose stance
    changed, "" for the agreed one). ``agreement``: the model it comes from (``agreement()``)."""

    tags: int
    agreement: Agreement
    table: list[tuple[str, list[int], int]]
    kappa: list[tuple[str, str, float | None, int]]
    between_annotators: list[tuple[str, str, dict[str, str], str]]
    between_sources: list[tuple[str, dict[str, str], str]]

    @property
    def annotators(self) -> list[str]:
        """Names of the annotators with tags in force, sorted."""
        return self.agreement.annotators

    @property
    def alpha(self) -> float | None:
        """Krippendorff's alpha (nominal) across all annotators; None with fewer than two."""
        return self.agreement.alpha

    @property
    def alpha_units(self) -> int:
        """Number of actor×source units labelled by at least two annotators (the units alpha was
        computed over).
        """
        return self.agreement.alpha_units


def agreement_report(ws) -> AgreementReport:
    """The agreement report of workspace ``ws`` (its stances in force; actor names from
    ``ws.actor_name``, so analyse it first for resolved names)."""
    stances = ws.stances()
    ag = agreement(stances)
    labels = sorted({lab for c in ag.counts.values() for lab in c})
    table = []
    for lab in labels:
        row = [ag.counts[a][lab] for a in ag.annotators]
        table.append((lab, row, sum(row)))
    return AgreementReport(
        tags=len(stances),
        agreement=ag,
        table=table,
        kappa=[(a, b, k, n) for (a, b), (k, n) in ag.kappa.items()],
        between_annotators=[(ws.actor_name(actor), sid, per, text) for (actor, sid), per, text in ag.between_annotators],
        between_sources=[(ws.actor_name(actor), per, who) for actor, per, who in ag.between_sources],
    )
