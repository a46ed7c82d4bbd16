"""How well suggestions agree with the analyst's own tags (``bluf suggest --evaluate``).

The headline is the learned model's own gate, ``learning.held_back_check`` on the same
examples the trainer gets (``examples_of``): each source (or group of sources, over
``learning.ONE_PER_SOURCE``) is held back in turn, the model trained on the others' tags (and
rejections); the cue lexicon's suggestions as the workspace offers them, the model alone, and
the blend the reader would offer (the model, the cues, the other sources' tags on the same
actor and side) are compared with the held-back tags, and ``counts`` says whether the reader
offers learned suggestions. Agreement is the share of tags whose label the suggestion gives.
The learning curve repeats a leave-one-source-out check with the first N tags (in the order
they were made) of the other sources, N in ``CURVE``. Given the crisis each source covers
(``crises``, e.g. a development set's topics pooled in one workspace), the first N tags are
instead those of the held-back source's crisis in its other sources, then other crises' tags,
one whole crisis after another in the order made (``crisis_order``): the workspace of an analyst
working that crisis, which also holds a few earlier ones.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from .learning import LearnExample, decide, evidence_text, examples_of, fit, gain_needed, held_back_check, read_cues, tag_prior, top

CURVE = (10, 20, 50, 100)


@dataclass
class SuggestEvaluation:
    """``evaluate_suggestions``'s result. ``tags``: tags evaluated; ``sources``: sources with tags;
    ``cue_only``: agreement 0-1 of the cue lexicon's suggestions (None without tags);
    ``learned``: of the model alone, ``blended``: of what the workspace suggests once the model
    counts (``learning.decide`` with its default cue weight: the model, the cues, and the tags on
    the same actor and side in the other sources, at the cue weight the check chose; the cues'
    suggestion where it declines) (None when no source has training tags left out of it);
    ``checked``: tags the three agreements are over (those of sources whose other sources have
    tags); ``counts``: whether the blend beats the cues by enough (``learning.beats``): then,
    and only then, the reader offers learned suggestions; ``groups``: the models trained;
    ``gain_needed``: how many more held-back tags than the cues it must get right to count;
    ``curve``: ``[{"tags": N, "learned": 0-1 or None,
    "blended": ..., "cue_only": the cues' on the same tags, "checked": tags checked}]``, None
    where fewer than N tags were available (with ``crises``, each row also gives
    ``"same_crisis"``: the mean number of the N tags from the held-back source's own crisis);
    ``crisis_only``: with ``crises``, the same agreements for models trained only on the tags
    of the held-back source's crisis in its other sources (``"tags"``: their mean number), None
    without."""

    tags: int = 0
    sources: int = 0
    cue_only: float | None = None
    learned: float | None = None
    blended: float | None = None
    checked: int = 0
    counts: bool = False
    groups: int = 0
    gain_needed: int = 0
    curve: list[dict] = field(default_factory=list)
    crisis_only: dict | None = None

    @staticmethod
    def count(share: float | None, n: int) -> int:
        """Tags right out of ``n`` for an agreement ``share`` (0 for None)."""
        return 0 if share is None else round(share * n)

    def to_dict(self) -> dict:
        """The result as a JSON-ready dict."""
        return {"tags": self.tags, "sources": self.sources, "cue_only": self.cue_only, "learned": self.learned,
                "blended": self.blended, "checked": self.checked, "counts": self.counts, "groups": self.groups,
                "curve": self.curve, **({"crisis_only": self.crisis_only} if self.crisis_only is not None else {})}


def _cue_labels(ws, tags: Sequence) -> list[tuple[str | None, float, bool]]:
    """The cue lexicon's suggestion for each tag, (label, score, explicit): its quote's, else its
    actor's in the source; (None, 0.0, False) when none."""
    out = []
    for st in tags:
        qi = next((i for i, q in enumerate(ws.quotes(st.source_id)) if (q.start, q.end) == (st.start, st.end)), None)
        s = ws.cue_suggestion(st.source_id, st.actor_id, qi)
        out.append((s.label, s.score, s.explicit) if s else (None, 0.0, False))
    return out


def _agreement(right: int, n: int) -> float | None:
    return round(right / n, 4) if n else None


def evaluate_suggestions(ws, sizes: Sequence[int] = CURVE, progress: Callable[[str], None] | None = None,
                         held_out: Collection[str] | None = None, crises: Mapping[str, str] | None = None) -> SuggestEvaluation:
    """Agreement of the cue-only and learned suggestions with the tags in force of the
    analysed workspace ``ws``, by leave-one-source-out, and the learning curve over
    ``sizes``. Trains in this process (a few seconds per hundred tags). ``held_out``: the
    source ids whose tags the curve checks (None: every source's; the models still learn from
    every other source's tags). ``crises``: source id -> the crisis (topic) it covers: the
    curve's N tags are the held-back source's crisis's first (``crisis_order``), and
    ``crisis_only`` is measured; None: the first N tags made (a real workspace)."""
    from .nlp import textcat

    tags = [st for st in ws.stances() if st.source_id in {s.id for s in ws.sources()}]
    ev = SuggestEvaluation(tags=len(tags), sources=len({st.source_id for st in tags}))
    if not tags:
        ev.curve = [{"tags": n, "learned": None, "blended": None, "cue_only": None, "checked": 0} for n in sizes]
        return ev
    cues = _cue_labels(ws, tags)
    ev.cue_only = _agreement(sum(c == st.label for (c, _, _), st in zip(cues, tags)), len(tags))
    examples = examples_of(ws)
    text = {s.id: s.text for s in ws.sources()}
    by_source: dict[str, list[int]] = {}
    for i, st in enumerate(tags):
        by_source.setdefault(st.source_id, []).append(i)
    memo: dict = {}  # read_cues' for every training here
    models: dict = {}  # the examples trained on (their positions) -> (model, prior): most held-back
    # sources of a curve point share the same first N tags of the others, and so the same model
    held_texts = {i: read_cues(evidence_text(text[st.source_id], st.start, st.end), memo=memo)[0] for i, st in enumerate(tags)}
    who = {i: ws.canonical_actor_id(st.actor_id) for i, st in enumerate(tags)}
    side = {i: (a.affiliation if (a := ws.actor(who[i])) is not None else "") or "" for i in who}

    same = [0]  # tags of the held-back source's own crisis trained on, summed over the sources checked

    def run(limit: int | None, only_crisis: bool = False) -> tuple[float | None, float | None, float | None, int]:
        right_m = right_b = right_c = n = 0
        same[0] = 0
        for sid, idx in by_source.items():
            if held_out is not None and sid not in held_out:
                continue
            if crises is not None:
                train = crisis_order(examples, sid, crises)
                if only_crisis:
                    train = [x for x in train if crises.get(x.source_id) == crises.get(sid)]
            else:
                train = [x for x in examples if x.source_id != sid]
            if limit is not None:
                train = _first(train, limit)
                if sum(x.positive for x in train) < limit:
                    return None, None, None, 0
            if not any(x.positive for x in train):
                continue
            if crises is not None:
                same[0] += sum(x.positive and crises.get(x.source_id) == crises.get(sid) for x in train) * len(idx)
            key = tuple(map(id, train))
            if key not in models:
                models[key] = fit(train, memo=memo), tag_prior(train)  # the other sources' tags only
            nlp, prior = models[key]
            for i, probs in zip(idx, textcat.predict(nlp, [held_texts[i] for i in idx])):
                label, _ = top(probs)
                n += 1
                right_m += label == tags[i].label
                said = decide(probs, cues[i][0], cues[i][1], prior, who[i], side[i], cue_explicit=cues[i][2])[0] or cues[i][0]
                right_b += said == tags[i].label
                right_c += cues[i][0] == tags[i].label
        return _agreement(right_m, n), _agreement(right_b, n), _agreement(right_c, n), n

    # A curve point is measured only when, without any one source, N tags are left.
    left = min(sum(x.positive for x in examples if x.source_id != sid) for sid in by_source)
    if progress and left:
        progress("training the models of the held-back check (as the background trainer does)")
    check = held_back_check(examples, memo=memo)
    ev.checked, ev.groups, ev.counts = check["held_out"], check["groups"], bool(check["counts"])
    ev.gain_needed = gain_needed(ev.checked)
    if ev.checked:
        ev.cue_only, ev.learned, ev.blended = check["cue_agreement"], check["model_agreement"], check["learned_agreement"]
    for size in sizes:
        if size > left:
            ev.curve.append({"tags": size, "learned": None, "blended": None, "cue_only": None, "checked": 0})
            continue
        if progress:
            progress(f"learning curve: {size} tags, {ev.sources} models")
        m, b, c, n = run(size)
        ev.curve.append({"tags": size, "learned": m, "blended": b, "cue_only": c, "checked": n,
                         **({"same_crisis": round(same[0] / n, 1) if n else None} if crises is not None else {})})
    if crises is not None:
        if progress:
            progress("crisis only: each held-back source's crisis's other sources' tags")
        m, b, c, n = run(None, only_crisis=True)
        ev.crisis_only = {"learned": m, "blended": b, "cue_only": c, "checked": n, "tags": round(same[0] / n, 1) if n else None}
    return ev


def crisis_order(examples: Sequence[LearnExample], source_id: str, crises: Mapping[str, str]) -> list[LearnExample]:
    """The examples of every source but ``source_id``, those of its crisis (``crises``: source id
    -> crisis) first, then the other crises' one whole crisis after another, each in the order
    its first example was made; within a crisis, in the order made."""
    mine = crises.get(source_id)
    rank: dict = {}
    for x in examples:
        rank.setdefault(crises.get(x.source_id), len(rank))
    others = [(k, x) for k, x in enumerate(examples) if x.source_id != source_id]
    others.sort(key=lambda kx: (crises.get(kx[1].source_id) != mine, rank[crises.get(kx[1].source_id)], kx[0]))
    return [x for _, x in others]


def _first(examples: list[LearnExample], n: int) -> list[LearnExample]:
    """The examples made up to the ``n``-th positive one (rejections made meanwhile included)."""
    out, pos = [], 0
    for x in examples:
        if x.positive:
            if pos == n:
                break
            pos += 1
        out.append(x)
    return out
