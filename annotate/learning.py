"""A per-workspace stance model that learns from the analyst's tags (Prodigy's idea: every
accept and reject teaches it).

- Examples: the tags in force (manual tags and accepted suggestions) are positives for
  their label; rejected suggestions are negatives for theirs only. Each example's text is
  the evidence with the rest of its sentence (the reporting frame: '“...,” X said,
  condemning the strike'). ``[suggestions] learn`` in config.toml: "shared" (one model
  from every annotator's tags, the default), "annotator" (one per annotator) or "off".
- Training runs in a separate process (``python -m annotate.learning --background DIR``),
  started after every ``RETRAIN_EVERY`` new tags or rejections, never in the process that
  asked, at the lowest priority on one thread (``step_aside``): a keypress never waits for
  it. The model, its examples and ``meta.json`` live beside the analysis cache, in
  ``<workspace>.analysis/learned/<scope>/``.
- The blend (``blend_scores``): the model's probabilities, the cue lexicon's label (weighed by
  its score: a plain statement with no cue counts half) and the analyst's own tags on the same
  actor, and more weakly on actors of the same side, in OTHER sources of the workspace (an
  actor usually keeps its stance from one article to the next: Prodigy's idea that every tag
  teaches). A source's own tags never count for its suggestions.
- What is offered (``decide``): the blend's label, only where the model is sure of it
  (``MIN_PROB``, ``MIN_MARGIN``) or the cues or the actor's own tags elsewhere give it too;
  elsewhere the cues' suggestion stands. A weak guess of a model trained on a few tags, or
  the tags on other actors alone, never suggest a label for an actor. An explicit speech act
  the cues find in the actor's own words (a threat, a denial, an appeal for restraint:
  ``Suggestion.explicit``) is never overridden: the blend may confirm its label, not replace it,
  and the reason is the cue's (saying which learned label it was kept over).
- The model counts only when that beats the cues on held-back tags of this workspace: the
  trainer holds back each source (or group of sources) in turn, trains on the rest and
  compares the agreement with the tags of what would be suggested (the whole blend: the
  model, the cues and the actor's and side's tags elsewhere) to that of the cue lexicon's
  suggestions as the workspace offers them, by at least ``MIN_GAIN`` tags
  (``held_back_check``, ``beats``; ``meta.json``: ``counts``, ``cue_agreement``,
  ``learned_agreement``). ``bluf suggest --evaluate`` reports that same check. Then ``LearnedModel``, a ``SuggestionSource``, suggests. Its reason
  says what drove it: ``like your tags on Dmitry Peskov: “...”`` (the model, naming a tag
  whose words resemble this text's: ``RESEMBLE_WORDS``), ``learned from your 12 tags of
  hawkish`` (the model, no tag alike), or ``like your tags on Pakistan government in Dawn``
  (the actor's tags elsewhere).
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from .models import Analysis, Source, Suggestion

RETRAIN_EVERY = 5  # new tags or rejections between two trainings
MIN_TAGS = 10  # positives needed before a model is trained
MAX_EXAMPLES = 2000  # the most recent tags (and rejections) learned from: bounds the work per retraining
# The blend's weights (``blend_scores``), one scale for all: a probability, a cue (1 for a cue,
# its score below 1: 0.5 for a plain statement), the share of the actor's tags elsewhere
# (shrunk: n / (n + 1)), of its side's (n / (n + 2), half weight), and the workspace's label
# shares only to break ties. Real-news development set, leave-one-source-out after 50 tags:
# 0.86 against 0.76 for "the model where its probability reaches 0.5, else the cues".
PRIOR_ACTOR = 1.0
PRIOR_SIDE = 0.5
BASE_RATE = 0.01
# How much the cues count against the model, calibrated per workspace by the held-back check:
# the first (the default, used by ``bluf suggest --evaluate``) unless a lower one agrees more
# with the held-back tags (an analyst whose labels differ from the cue file's, consistently;
# 0: the model and the tags alone). bench/learned_stances.py's 500 invented tags, where the
# cues are right on 88%: 0.94 held-back agreement with (1, 0.5), 1.0 with these.
CUE_WEIGHTS = (1.0, 0.5, 0.25, 0.0)
FOLDS = 4  # groups of sources held back in turn by the trainer's check (2 over 100 tags: time)
# The held-back check's version, kept in meta.json: a model checked by an older rule (which
# compared with the cue words read alone, not the cue suggestions the workspace offers) does
# not count, and is trained and checked again at the next change.
CHECK_VERSION = 2
ONE_PER_SOURCE = 8  # up to this many sources, each is held back alone (leave-one-source-out)
LEARNED_SCORE = 10.0  # a counting model's suggestion outranks the cues' (which score ~1-6)
# When the model counts, what it may suggest (``decide``): a label its probability reaches
# ``MIN_PROB`` for, or one the cues or the actor's own tags elsewhere also give. A label only a
# weak probability (or only the tags on other actors of its side) speaks for is left to the
# cues: a model trained on a few tags gives every text some label, mostly its tags' commonest.
# ``MIN_MARGIN``: the model's next label must be this much lower (a model torn between two
# labels is not sure, however high both are). Real-news development set, leave-one-source-out
# (bench/stance_learning_real.py), what is suggested agreeing with the tags after 10/20/50/100
# tags (194 tags): 0.804/0.809/0.835/0.845 with these; 0.820/0.840/0.840/0.851 offering every
# guess (a model trained on 10 tags gives "neutral" at 0.45-0.55 where no cue speaks, rightly
# 10 times in 13); 0.768/0.784/0.825/0.835 with 0.5 and 0.2.
MIN_PROB = 0.4
MIN_MARGIN = 0.1
# The held-back check: the model counts when it gets right at least this many more held-back
# tags than the cues, and this share more of them (with a dozen tags, one is luck).
MIN_GAIN = 2
MIN_GAIN_SHARE = 0.02
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s)|\n")


@dataclass
class LearnExample:
    """One thing the model learns from. ``text``: the evidence in its sentence; ``label``;
    ``positive``: a tag (True) or a rejected suggestion (False); ``source_id``; ``actor``: the
    actor's name ("" for a rejection); ``annotator``; ``created_at``: ISO time, "" when unknown;
    ``actor_id``: the actor's id after merges, ``side``: its affiliation, ``where``: the
    source's title or file name (all "" for a rejection). ``cue``/``cue_score``: the cue
    lexicon's suggestion for this tag as the workspace offers it (``Workspace.cue_suggestion``:
    the quote's, else the actor's in the source; "" when it offers none; None when unknown,
    then ``read_cues`` reads the text alone); ``cue_explicit``: that suggestion is an explicit
    speech act in the actor's words (``Suggestion.explicit``), which the blend never overrides."""

    text: str
    label: str
    positive: bool
    source_id: str
    actor: str = ""
    annotator: str = ""
    created_at: str = ""
    actor_id: str = ""
    side: str = ""
    where: str = ""
    cue: str | None = None
    cue_score: float = 1.0
    cue_explicit: bool = False


def evidence_span(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The span of ``text`` that ``evidence_text`` shows: [start, end) widened to the
    sentences it sits in (at most ``reach`` characters either side)."""
    lo = max(0, start - reach)
    before = text[lo:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    s = lo + cut[-1] if cut else lo
    m = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    e = m.end() if m else min(len(text), end + reach)
    return s, e


def evidence_text(text: str, start: int, end: int, reach: int = 400) -> str:
    """The evidence ``text[start:end]`` with the rest of the sentences it sits in (at most
    ``reach`` characters either side): a quote then carries its reporting frame."""
    s, e = evidence_span(text, start, end, reach)
    return " ".join(text[s:e].split())


def learn_scope(annotator: str, mode: str) -> str | None:
    """The directory name of the model in use: "shared", "annotator-NAME", or None when
    ``mode`` is "off"."""
    if mode == "off":
        return None
    if mode == "annotator":
        return "annotator-" + (re.sub(r"[^\w.-]+", "_", annotator) or "analyst")
    return "shared"


def examples_of(ws, annotator: str | None = None) -> list[LearnExample]:
    """The workspace's tags in force and rejected suggestions as examples, oldest first, the
    latest ``MAX_EXAMPLES`` of each; ``annotator``: only that annotator's (None: everyone's)."""
    out: list[LearnExample] = []
    texts = {s.id: s.text for s in ws.sources()}
    tags = [st for st in ws.stances() if (annotator is None or st.annotator == annotator) and st.source_id in texts]
    titles = {s.id: s.title or s.name for s in ws.sources()}
    for st in tags[-MAX_EXAMPLES:]:
        aid = ws.canonical_actor_id(st.actor_id)
        actor = ws.actor(aid)
        known, offered = _offered(ws, st)
        cue, cue_score = (None, 1.0) if not known else (offered.label, offered.score) if offered else ("", 0.0)
        out.append(LearnExample(evidence_text(texts[st.source_id], st.start, st.end), st.label, True, st.source_id,
                                ws.actor_name(st.actor_id), st.annotator, st.created_at, aid,
                                (actor.affiliation if actor is not None else "") or "", titles.get(st.source_id, ""),
                                cue, cue_score, bool(offered and offered.explicit)))
    rejected = [e for e in ws.rejections() if (annotator is None or e.get("annotator") == annotator) and e.get("source_id") in texts]
    for e in rejected[-MAX_EXAMPLES:]:
        out.append(LearnExample(evidence_text(texts[e["source_id"]], e["start"], e["end"]), e["label"], False, e["source_id"],
                                "", e.get("annotator", ""), e.get("created_at", "")))
    return sorted(out, key=lambda x: x.created_at)


def _offered(ws, st):
    """(whether the source of the tag ``st`` is analysed, the cue lexicon's suggestion for it or
    None): on its quote (the quote whose span is the tag's), else for its actor in the source,
    as the ``Suggestion`` (its label, score and ``explicit``)."""
    if not ws.is_analysed(st.source_id) or getattr(ws, "_derived", True) is None:
        return False, None
    qi = next((i for i, q in enumerate(ws.quotes(st.source_id)) if (q.start, q.end) == (st.start, st.end)), None)
    return True, ws.cue_suggestion(st.source_id, st.actor_id, qi)


CUE_REPEAT = 10  # the cue words below count this many times against the text's own words


def read_cues(text: str, lex=None, memo: dict | None = None) -> tuple[str, str | None]:
    """(what the model reads, the label the cue lexicon gives ``text`` on its own (summed cue
    weights) or None), from one search of the cues; ``memo``: text -> this result, filled in
    (a training reads each example's text once, however many folds and repeats it is in).

    What the model reads: the evidence text, then one word per cue of the lexicon found in
    it, naming its speech-act class ("cuethreaten", "cuenegshow_of_force" when negated), and
    one naming the label the cues give the text ("cuelabelhawkish", "cuelabelnone"), each
    ``CUE_REPEAT`` times: the model learns how this workspace's analysts map speech acts to
    their labels, which carries over to new topics, more than from the topic's own words
    (real-news development set, leave-one-source-out after 50 tags: 0.60 against 0.44 with
    one cue word each and no cue label). 10 times rather than 3 (118 texts, 364 tags, what
    is suggested after 10/20/50/100 tags): 0.799/0.805/0.797/0.794 against
    0.764/0.783/0.788/0.788, the model alone 0.624/0.624/0.712/0.742 against
    0.607/0.613/0.684/0.714; on a batch of new topics held out (texts 110-123, 49 tags)
    0.469/0.469/0.510/0.449 against 0.388/0.408/0.469/0.469; 16 times: the same within a tag
    or two; once: 0.734/0.734/0.777/0.775."""
    if memo is not None and text in memo:
        return memo[text]
    from .nlp.stance import cue_hits, load_lexicon

    out = _read(text, cue_hits(text, lex or load_lexicon()))
    if memo is not None:
        memo[text] = out
    return out


def read_cues_in(text: str, spans: Sequence[tuple[int, int]], lex=None) -> list[tuple[str, str | None]]:
    """``read_cues`` of each evidence ``text[s:e]`` (spans of ``evidence_span``, whitespace
    collapsed as ``evidence_text`` does), searching the cues once over all of ``text``: a long
    article's hundred quotes cost one search, not a hundred. The same as ``read_cues`` on
    each evidence text (a cue's gaps match any white space; a negation is looked for only
    inside the span). The search is the one the cue lexicon's suggestions for ``text`` made
    (``nlp.stance.text_cues`` keeps the last few)."""
    from .nlp.stance import load_lexicon, text_cues

    cues = text_cues(text, lex or load_lexicon())
    return [_read(" ".join(text[s:e].split()), cues.hits(s, e)) for s, e in spans]


def _read(text: str, hits) -> tuple[str, str | None]:
    tags = [("cueneg" if h.negated else "cue") + h.group for h in hits]
    scores: dict[str, float] = defaultdict(float)
    for h in hits:
        scores[h.label] += h.weight
    label = max(scores, key=lambda k: (scores[k], k)) if scores else None
    tags.append("cuelabel" + re.sub(r"\W+", "_", label or "none"))
    return text + " | " + " ".join(tags * CUE_REPEAT), label


def _cats(examples: Sequence[LearnExample], labels: Sequence[str], memo: dict | None = None) -> list[tuple[str, dict[str, float]]]:
    out = []
    for x in examples:
        out.append((read_cues(x.text, memo=memo)[0], {lb: float(lb == x.label) for lb in labels} if x.positive else {x.label: 0.0}))
    return out


def _labels(examples: Sequence[LearnExample]) -> list[str]:
    return sorted({x.label for x in examples if x.positive})


BALANCE_MAX = 3  # a tag of a rare label is learned from up to this many times (``balanced``)


def balanced(examples: Sequence[LearnExample]) -> list[LearnExample]:
    """``examples`` with each tag of a label repeated round(most tags of one label / tags of
    its label) times, at most ``BALANCE_MAX``, in place (rejections once): with a few dozen
    tags, mostly of one or two labels, the model otherwise hardly ever gives the rare ones
    (real-news development set, leave-one-source-out after 50 tags: blended 0.774 against
    0.756; 10, 20 tags: the same; 100: 0.780 against 0.774)."""
    counts: dict[str, int] = defaultdict(int)
    for x in examples:
        if x.positive:
            counts[x.label] += 1
    most = max(counts.values(), default=0)
    out: list[LearnExample] = []
    for x in examples:
        out.extend([x] * (min(BALANCE_MAX, max(1, round(most / counts[x.label]))) if x.positive else 1))
    return out


def fit(examples: Sequence[LearnExample], seed: int = 0, memo: dict | None = None):
    """A model trained on ``examples``, class-balanced (``balanced``, ``nlp.textcat.train``);
    ValueError when none is positive. ``memo``: ``read_cues``'s."""
    from .nlp import textcat

    labels = _labels(examples)
    return textcat.train(_cats(balanced(examples), labels, memo), labels, seed=seed)


def top(probs: dict[str, float]) -> tuple[str | None, float]:
    """(the most probable label, its probability); (None, 0.0) for no labels."""
    if not probs:
        return None, 0.0
    label = max(probs, key=lambda k: (probs[k], k))
    return label, probs[label]


@dataclass
class TagPrior:
    """Label counts of the analyst's tags (``tag_prior``): ``actor``: actor id -> label ->
    [count, where (a source title it was tagged in)]; ``side``: affiliation -> label -> count;
    ``base``: label -> count over all tags."""

    actor: dict
    side: dict
    base: dict


def tag_prior(examples: Sequence[LearnExample], exclude_source: str | None = None) -> TagPrior:
    """The counts of the positive ``examples``, leaving out those of ``exclude_source`` (the
    source being suggested for: its own tags never count)."""
    actor: dict[str, dict[str, list]] = defaultdict(dict)
    side: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    base: dict[str, int] = defaultdict(int)
    for x in examples:
        if not x.positive or x.source_id == exclude_source:
            continue
        base[x.label] += 1
        if x.actor_id:
            got = actor[x.actor_id].setdefault(x.label, [0, x.where])
            got[0] += 1
        if x.side:
            side[x.side][x.label] += 1
    return TagPrior(dict(actor), {k: dict(v) for k, v in side.items()}, dict(base))


def blend_scores(probs: dict[str, float], cue: str | None, cue_score: float, prior: TagPrior | None,
                 actor_id: str = "", side: str = "", cue_weight: float = CUE_WEIGHTS[0]) -> dict[str, dict[str, float]]:
    """Per label, what each part adds (``{"model": p, "cue": w, "actor": a, "side": s, "base":
    b}``): the model's probability, the cues' label with weight ``cue_weight`` × min(1, ``cue_score``), the share
    of the actor's tags elsewhere with that label (n / (n + 1), ``PRIOR_ACTOR``), of its side's
    (n / (n + 2), ``PRIOR_SIDE``), the workspace's share (``BASE_RATE``)."""
    parts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for label, p in probs.items():
        parts[label]["model"] += p
    if cue:
        parts[cue]["cue"] += cue_weight * min(1.0, max(0.0, cue_score))
    if prior is not None:
        mine = prior.actor.get(actor_id, {}) if actor_id else {}
        n = sum(c for c, _ in mine.values())
        for label, (c, _) in mine.items():
            parts[label]["actor"] += PRIOR_ACTOR * c / (n + 1)
        theirs = prior.side.get(side, {}) if side else {}
        n = sum(theirs.values())
        for label, c in theirs.items():
            parts[label]["side"] += PRIOR_SIDE * c / (n + 2)
        n = sum(prior.base.values())
        for label, c in prior.base.items():
            parts[label]["base"] += BASE_RATE * c / n
    return {k: dict(v) for k, v in parts.items()}


def blend(probs: dict[str, float], cue: str | None, cue_score: float, prior: TagPrior | None,
          actor_id: str = "", side: str = "", cue_weight: float = CUE_WEIGHTS[0]) -> tuple[str | None, float, str]:
    """(the label suggested, its blended score, what drove it most: "model", "cue", "actor",
    "side" or "base"); (None, 0.0, "") when nothing speaks. Arguments: ``blend_scores``'s."""
    parts = blend_scores(probs, cue, cue_score, prior, actor_id, side, cue_weight)
    if not parts:
        return None, 0.0, ""
    label = max(parts, key=lambda k: (sum(parts[k].values()), k))
    why = max(parts[label], key=lambda k: parts[label][k])
    return label, round(sum(parts[label].values()), 4), why


def decide(probs: dict[str, float], cue: str | None, cue_score: float, prior: TagPrior | None,
           actor_id: str = "", side: str = "", cue_weight: float = CUE_WEIGHTS[0],
           cue_explicit: bool = False) -> tuple[str | None, float, str]:
    """What a counting model suggests: ``blend``'s (label, score, what drove it), but (None,
    0.0, "") unless the model is sure of that label (its probability reaches ``MIN_PROB`` and
    exceeds every other label's by ``MIN_MARGIN``), or the cues or the actor's own tags in
    other sources give it too; then the cues' suggestion stands. "what drove it" is "model"
    only when the model is sure. ``cue_explicit``: the cues' label is an explicit speech act in
    the actor's own words (a threat, a denial, an appeal for restraint: ``Suggestion.explicit``):
    it is the label, whatever the blend says, with its blended score, driven by "cue" (the model
    and the tags may confirm it, never replace it).
    Arguments: ``blend_scores``'s."""
    if cue and cue_explicit:
        parts = blend_scores(probs, cue, cue_score, prior, actor_id, side, cue_weight).get(cue, {})
        return cue, round(sum(parts.values()), 4), "cue"
    label, score, _ = blend(probs, cue, cue_score, prior, actor_id, side, cue_weight)
    if label is None:
        return None, 0.0, ""
    mine = blend_scores(probs, cue, cue_score, prior, actor_id, side, cue_weight)[label]
    p = probs.get(label, 0.0)
    sure = p >= MIN_PROB and p - max((v for k, v in probs.items() if k != label), default=0.0) >= MIN_MARGIN
    if not (sure or mine.get("cue", 0.0) > 0 or mine.get("actor", 0.0) > 0):
        return None, 0.0, ""
    why = max((k for k in mine if sure or k != "model"), key=lambda k: mine[k])
    return label, score, why


def gain_needed(n: int) -> int:
    """How many more of ``n`` held-back tags than the cues the blend must get right to count
    (``MIN_GAIN`` tags and ``MIN_GAIN_SHARE`` of ``n``)."""
    return max(MIN_GAIN, math.ceil(MIN_GAIN_SHARE * n))


def beats(right: int, right_cue: int, n: int) -> bool:
    """Whether ``right`` held-back tags out of ``n`` beat the cues' ``right_cue`` by enough to
    count (``gain_needed``)."""
    return right - right_cue >= gain_needed(n)


def held_back_groups(examples: Sequence[LearnExample], folds: int = FOLDS) -> dict[str, int]:
    """Source id -> the group it is held back with: one group per source (leave-one-source-out)
    up to ``ONE_PER_SOURCE`` sources, else ``folds`` groups (2 over 100 tags: time)."""
    sources = sorted({x.source_id for x in examples})
    if len(sources) <= ONE_PER_SOURCE and folds == FOLDS:
        return {sid: i for i, sid in enumerate(sources)}
    if folds == FOLDS and sum(x.positive for x in examples) > 100:
        folds = 2  # halves are enough to compare, and training 500 tags stays within 3 s
    return {sid: i % folds for i, sid in enumerate(sources)}


def _cue_of(x: LearnExample, memo: dict) -> tuple[str | None, float, bool]:
    """The cues' (label or None, score, explicit) for the tag ``x``: as the workspace offered it,
    else (an example written before that was kept) as ``read_cues`` reads its text (not explicit)."""
    if x.cue is not None:
        return (x.cue or None), x.cue_score, x.cue_explicit
    return read_cues(x.text, memo=memo)[1], 1.0, False


def held_back_check(examples: Sequence[LearnExample], folds: int = FOLDS, seed: int = 0, memo: dict | None = None) -> dict:
    """The rule that decides whether learned suggestions are offered, and ``bluf suggest
    --evaluate``'s measure of it (one computation): hold back each group of sources in turn
    (``held_back_groups``), train on the rest and compare, on the held-back tags, the cues'
    suggestion as the workspace offers it (``LearnExample.cue``) with what the workspace
    would suggest once the model counts (``decide``: the model, the cues, and the tags of the
    other groups on the same actor and side; the cues' where it declines). Returns
    ``{"held_out": n, "groups": groups trained, "cue_agreement": 0-1, "model_agreement": 0-1
    (the model's top label alone), "learned_agreement": 0-1 (what would be suggested),
    "counts": it beats the cues (``beats``), "cue_weight": the one of ``CUE_WEIGHTS`` that
    agreed most (ties: the first)}``. ``memo``: ``read_cues``'s (one is made when None)."""
    if memo is None:
        memo = {}
    group = held_back_groups(examples, folds)
    right_cue = right_model = n = trained = 0
    right = dict.fromkeys(CUE_WEIGHTS, 0)
    for k in sorted(set(group.values())):
        train = [x for x in examples if group[x.source_id] != k]
        test = [x for x in examples if group[x.source_id] == k and x.positive]
        if not test or not any(x.positive for x in train):
            continue
        nlp = fit(train, seed, memo)
        trained += 1
        prior = tag_prior(train)
        from .nlp import textcat

        for x, probs in zip(test, textcat.predict(nlp, [read_cues(x.text, memo=memo)[0] for x in test])):
            cue, cue_score, explicit = _cue_of(x, memo)
            n += 1
            right_cue += cue == x.label
            right_model += top(probs)[0] == x.label
            for w in CUE_WEIGHTS:  # what the workspace would suggest: the blend's, else the cues'
                right[w] += (decide(probs, cue, cue_score, prior, x.actor_id, x.side, w, explicit)[0] or cue) == x.label
    if not n:
        return {"held_out": 0, "groups": 0, "cue_agreement": 0.0, "model_agreement": 0.0, "learned_agreement": 0.0,
                "counts": False, "cue_weight": CUE_WEIGHTS[0]}
    best = max(CUE_WEIGHTS, key=lambda w: (right[w], -CUE_WEIGHTS.index(w)))
    return {"held_out": n, "groups": trained, "cue_agreement": round(right_cue / n, 3),
            "model_agreement": round(right_model / n, 3), "learned_agreement": round(right[best] / n, 3),
            "counts": beats(right[best], right_cue, n), "cue_weight": best}


# ---------------------------------------------------------------- the background trainer
class Learner:
    """The learned model of one workspace and scope, on disk in ``directory``
    (``<workspace>.analysis/learned/<scope>``): starts the trainer process, reads its result.
    ``mode``/``group``: of the workspace's files (the model holds words of its articles)."""

    def __init__(self, directory: str | Path, mode: int = 0o600, group: int = -1):
        self.dir = Path(directory)
        self.mode = mode
        self.group = group
        self.process: subprocess.Popen | None = None
        self._seen = -1  # changes counted when the latest training was asked for
        self._meta: tuple[int, dict] = (-1, {})
        self._model: tuple[int, object] = (-1, None)

    @property
    def meta_path(self) -> Path:
        """Where the latest training's results are written (``meta``)."""
        return self.dir / "meta.json"

    def meta(self) -> dict:
        """The latest training's ``meta.json`` ({} when none finished): ``n_examples``,
        ``n_positive``, ``labels``, ``counts``, ``cue_weight``, ``cue_agreement``,
        ``learned_agreement``, ``held_out``, ``seconds``, ``pid`` (of the trainer),
        ``examples`` (label -> [[actor, words]] of the tags, for reasons), ``tags``
        ([[source id, actor id, side, where, label]] of the tags, for ``tag_prior``)."""
        try:
            stamp = self.meta_path.stat().st_mtime_ns
        except OSError:
            return {}
        if stamp != self._meta[0]:
            try:
                self._meta = (stamp, json.loads(self.meta_path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                return {}
        return self._meta[1]

    def version(self) -> int:
        """Changes when a training finishes (the meta file's mtime in ns; -1 before any)."""
        try:
            return self.meta_path.stat().st_mtime_ns
        except OSError:
            return -1

    def running(self) -> bool:
        """Whether a trainer started by this process is still running (reaps a finished one)."""
        if self.process is None:
            return False
        if self.process.poll() is None:
            return True
        self.process = None
        return False

    def changed(self, count: int, examples: Callable[[], list[LearnExample]], removed: bool = False) -> bool:
        """Tell the learner the workspace has ``count`` tags and rejections (any monotonic
        count); every ``RETRAIN_EVERY`` new ones it writes the examples and starts the trainer
        process, unless one is running. ``removed``: a tag was taken out of force (untagged,
        undone): the model and its held-back check are of tags the workspace no longer holds,
        so it is trained and checked again at once (or at the next change when a trainer is
        running), and stops counting (``retire``) when fewer than ``MIN_TAGS`` tags are left.
        Returns True when it started a trainer. Never raises for the caller's sake: a model
        that cannot be trained leaves the cues alone."""
        if self._seen < 0:
            self._seen = int(self.meta().get("at_count", 0))
            if self.meta() and self.meta().get("check") != CHECK_VERSION:
                self._seen = -RETRAIN_EVERY  # checked by an older rule: train again now
        if removed and self.meta():
            self._seen = -RETRAIN_EVERY  # a trainer running now learns from the tags before the removal
        if count - self._seen < RETRAIN_EVERY or self.running():
            return False
        xs = examples()
        if sum(x.positive for x in xs) < MIN_TAGS:
            if removed:
                self.retire()
            return False
        try:
            self.start(xs, count)
        except OSError:
            return False
        self._seen = count
        return True

    def retire(self) -> None:
        """Make the latest training's model stop counting (``meta.json``'s ``counts`` false):
        too few of the tags it was checked on are left. Best effort (an unwritable cache
        leaves it as it was)."""
        meta = self.meta()
        if not meta.get("counts"):
            return
        from .atomic import write_atomic

        try:
            mode = self.meta_path.stat().st_mode & 0o777
            write_atomic(self.meta_path, json.dumps({**meta, "counts": False, "retired": True}).encode(), mode, -1, durable=False)
        except OSError:
            pass

    def start(self, examples: Sequence[LearnExample], count: int = 0) -> subprocess.Popen:
        """Write ``examples`` and start the trainer process on them (returns at once), in the
        background (``step_aside``)."""
        from .atomic import write_atomic
        from .cache import dir_mode, make_dir

        for d in (self.dir.parent.parent, self.dir.parent, self.dir):
            make_dir(d, dir_mode(self.mode), self.group)
        payload = {"at_count": count, "examples": [asdict(x) for x in examples]}
        write_atomic(self.dir / "examples.json", json.dumps(payload).encode(), self.mode, self.group, durable=False)
        log = open(self.dir / "train.log", "ab")
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "annotate.learning", "--background", str(self.dir)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
                env={**os.environ, **ONE_THREAD, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
            )
        finally:
            log.close()
        return self.process

    def model(self):
        """The trained spaCy model of the latest training, or None (loaded once per training)."""
        v = self.version()
        if v < 0:
            return None
        if self._model[0] != v:
            from .nlp import textcat

            try:
                self._model = (v, textcat.load(self.dir / "model"))
            except (OSError, ValueError):
                self._model = (v, None)
        return self._model[1]


def train_in_place(directory: Path) -> dict:
    """What the trainer process does: read ``directory/examples.json``, check the model on
    held-back tags, train it on all of them, then replace ``model/`` and ``meta.json``.
    Returns the meta written."""
    import shutil

    from .atomic import write_atomic
    from .nlp import textcat

    t = time.perf_counter()
    payload = json.loads((directory / "examples.json").read_text(encoding="utf-8"))
    xs = [LearnExample(**x) for x in payload["examples"]]
    memo: dict = {}
    check = held_back_check(xs, memo=memo)
    nlp = fit(xs, memo=memo)
    tmp = directory / f"model.new-{os.getpid()}"
    textcat.save(nlp, tmp)
    old = directory / f"model.old-{os.getpid()}"
    if (directory / "model").exists():
        os.replace(directory / "model", old)
    os.replace(tmp, directory / "model")
    shutil.rmtree(old, ignore_errors=True)
    said: dict[str, list[list[str]]] = defaultdict(list)
    for x in xs:
        if x.positive and len(said[x.label]) < 200:
            said[x.label].append([x.actor, x.text[:300]])
    meta = {
        **check, "check": CHECK_VERSION, "at_count": payload.get("at_count", 0), "n_examples": len(xs), "n_positive": sum(x.positive for x in xs),
        "labels": _labels(xs), "seconds": round(time.perf_counter() - t, 3), "pid": os.getpid(), "examples": said,
        "tags": [[x.source_id, x.actor_id, x.side, x.where, x.label] for x in xs if x.positive],
        "names": {x.actor_id: x.actor for x in xs if x.positive and x.actor_id},
    }
    st = (directory / "examples.json").stat()
    write_atomic(directory / "meta.json", json.dumps(meta).encode(), st.st_mode & 0o777, -1, durable=False)
    return meta


# ---------------------------------------------------------------- the suggestion source
_WORD = re.compile(r"\w+")
# Words of any report, never a resemblance between two (with those of under 4 letters).
_PLAIN = frozenset("""said says told added also that this these those with from have has will would could should
their they them were been being which about after before when where there what more than other into over
such some very just only said while because however according spokesman spokeswoman statement""".split())
# A tag is named in a reason ("like your tags on X: “…”") only when its text shares at least
# ``RESEMBLE_WORDS`` content words with the text suggested for, and they make at least
# ``RESEMBLE_SHARE`` of this text's content words: else the reason names no one.
RESEMBLE_WORDS = 2
RESEMBLE_SHARE = 0.2


def content_words(text: str) -> frozenset:
    """The words of ``text`` that can make two texts alike: lower-cased, 4 letters or more,
    not digits, not words of any report (``_PLAIN``)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) >= 4 and not w.isdigit() and w not in _PLAIN)


def _like(text: str, label: str, tagged: dict[str, list[tuple[str, str, frozenset]]], n_tags: int = 0) -> str:
    """The reason of a suggestion the model drove: ``like your tags on ACTOR: “words…”``, the
    tag of ``label`` whose text resembles ``text`` most (``RESEMBLE_WORDS``,
    ``RESEMBLE_SHARE``; ``tagged``: label -> (actor, text, its ``content_words``),
    ``LearnedModel._tagged``); when none does, ``learned from your N tags of LABEL``
    (``n_tags``: N, 0 to leave it out)."""
    words = content_words(text)
    best = max(tagged.get(label, []), key=lambda e: len(words & e[2]), default=None)
    shared = len(words & best[2]) if best is not None else 0
    if best is None or shared < RESEMBLE_WORDS or shared < RESEMBLE_SHARE * len(words):
        return f"learned from your {n_tags} tags of {label}" if n_tags else f"learned from your tags of {label}"
    snippet = " ".join(best[1].split()[:12]).lstrip("“\"‘'")  # the reason opens the quotation
    return f"like your tags on {best[0] or 'this'}: “{snippet}…”"


def _prior_of(meta: dict, source_id: str) -> TagPrior:
    """The analyst's tags of the latest training (``meta["tags"]``) outside ``source_id``."""
    rows = [LearnExample("", label, True, sid, "", "", "", aid, side, where)
            for sid, aid, side, where, label in meta.get("tags", [])]
    return tag_prior(rows, exclude_source=source_id)


class LearnedModel:
    """A ``SuggestionSource`` for the workspace's learned model (``Learner``): where the latest
    training's held-back check says it beats the cues (``meta()["counts"]``), it suggests for
    each actor and quote what ``decide`` gives (the blend of the model, the cue lexicon's
    suggestion, the analyst's tags on the same actor and side in other sources; nothing
    where only a weak guess speaks, and the cues' suggestion then stands). Scores
    ``LEARNED_SCORE`` + the blended score, so it outranks the cues' suggestion."""

    name = "learned"

    def __init__(self, learner: Learner):
        self.learner = learner
        self._words: tuple[int, dict] = (-2, {})

    def _tagged(self, meta: dict) -> dict[str, list[tuple[str, str, frozenset]]]:
        """The tags of the latest training, label -> (actor, text, its words), once per training."""
        v = self.learner.version()
        if self._words[0] != v:
            self._words = (v, {lb: [(a, t, content_words(t)) for a, t in xs] for lb, xs in meta.get("examples", {}).items()})
        return self._words[1]

    def version(self) -> int:
        """Changes when a new model is in (suggestions worked out before are stale)."""
        return self.learner.version()

    def suggest(self, source: Source, analysis: Analysis, actor_at) -> tuple[list[Suggestion], dict[int, Suggestion]]:
        """(one suggestion per actor the model, the cues or the analyst's tags elsewhere speak
        for, the suggestion per quote index); ``([], {})`` when the model does not count (yet)."""
        meta = self.learner.meta()
        if not meta.get("counts") or meta.get("check") != CHECK_VERSION:
            return [], {}
        nlp = self.learner.model()
        if nlp is None:
            return [], {}
        from .nlp import textcat
        from .nlp.background import clause_in_background, news_year
        from .nlp.stance import load_lexicon
        from .suggestions import CueLexicon

        cue_found, cue_quotes = CueLexicon().suggest(source, analysis, actor_at)
        cue_of = {s.actor_id: s for s in cue_found}
        text = source.text
        items: list[tuple[str, int, int, int | None]] = [
            (q.actor_id, q.start, q.end, i) for i, q in enumerate(analysis.quotes) if q.actor_id is not None
        ]
        sents = sorted(analysis.sentences)
        news = news_year(source.published, source.text, source.added_at)
        for f in analysis.frames:
            aid = actor_at(f.agent_start, f.agent_end)
            # A clause that only states background (history, geography) is no act of the actor's.
            if aid is not None and not clause_in_background(source.text, sents, f.start, f.end, f.verb, news):
                items.append((aid, f.start, f.end, None))
        spans = [evidence_span(text, s, e) for _, s, e, _ in items]
        unique = list(dict.fromkeys(spans))  # clauses of one sentence share their text
        read = read_cues_in(text, unique, load_lexicon()) if unique else []
        said = dict(zip(unique, textcat.predict(nlp, [f for f, _ in read]))) if unique else {}
        probs = [said[sp] for sp in spans]
        texts = [" ".join(text[s:e].split()) for s, e in spans]
        tagged = self._tagged(meta)
        prior = _prior_of(meta, source.id)
        sides = {x[1]: x[2] for x in meta.get("tags", [])}
        weight = float(meta.get("cue_weight", CUE_WEIGHTS[0]))
        n_of: dict[str, int] = defaultdict(int)
        for row in meta.get("tags", []):
            n_of[row[-1]] += 1

        def reason(label: str, why: str, aid: str, k: int | None, cue: Suggestion | None, overruled: str | None = None) -> str:
            if why == "cue" and cue is not None and cue.label == label and cue.explicit and overruled not in (None, label):
                return f"{cue.reason} (an explicit cue: kept over {overruled}, learned from your tags)"
            if why == "actor" and (got := prior.actor.get(aid, {}).get(label)) is not None:
                return f"like your tags on {self._name(meta, aid)} in {got[1]}"
            if why == "side" and sides.get(aid):
                return f"like your tags on others of {sides[aid]}"
            if why == "cue" and cue is not None and cue.label == label:
                return cue.reason
            if k is not None:
                return _like(texts[k], label, tagged, n_of.get(label, 0))
            return cue.reason if cue is not None and cue.label == label else f"learned from your tags of {label}"

        per_quote: dict[int, Suggestion] = {}
        by_actor: dict[str, list[tuple[dict, int]]] = defaultdict(list)
        for k, ((aid, s, e, qi), pr) in enumerate(zip(items, probs)):
            by_actor[aid].append((pr, k))
            if qi is None:
                continue
            cue = cue_quotes.get(qi)
            cue = cue if cue is not None and cue.actor_id == aid else None
            args = (cue.label if cue else None, cue.score if cue else 0.0, prior, aid, sides.get(aid, ""), weight)
            label, score, why = decide(pr, *args, cue_explicit=bool(cue and cue.explicit))
            if label is not None:
                over = blend(pr, *args)[0] if cue is not None and cue.explicit else None
                per_quote[qi] = Suggestion(aid, source.id, label, s, e, reason(label, why, aid, k, cue, over), round(LEARNED_SCORE + score, 3), qi,
                                           bool(cue and cue.explicit and why == "cue"))
        out = []
        for aid in dict.fromkeys([*by_actor, *cue_of]):
            prs = by_actor.get(aid, [])
            mean: dict[str, float] = defaultdict(float)
            for pr, _ in prs:
                for lb, v in pr.items():
                    mean[lb] += v / len(prs)
            cue = cue_of.get(aid)
            args = (cue.label if cue else None, cue.score if cue else 0.0, prior, aid, sides.get(aid, ""), weight)
            label, score, why = decide(dict(mean), *args, cue_explicit=bool(cue and cue.explicit))
            if label is None:
                continue
            over = blend(dict(mean), *args)[0] if cue is not None and cue.explicit else None
            if cue is not None and cue.label == label and why != "model":
                s, e, qi, k = cue.start, cue.end, cue.quote_index, None
            elif prs:
                _, k = max(prs, key=lambda x: x[0].get(label, 0.0))
                _, s, e, qi = items[k]
            elif cue is not None:
                s, e, qi, k = cue.start, cue.end, cue.quote_index, None
            else:
                continue
            out.append(Suggestion(aid, source.id, label, s, e, reason(label, why, aid, k, cue, over), round(LEARNED_SCORE + score, 3), qi,
                                  bool(cue and cue.explicit and why == "cue")))
        out.sort(key=lambda x: -x.score)
        return out, per_quote

    @staticmethod
    def _name(meta: dict, aid: str) -> str:
        """The actor's name as tagged (from the examples), else its id."""
        return meta.get("names", {}).get(aid, aid)


ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def step_aside() -> None:
    """Make this process (the trainer) give way to every other: numpy on one thread (before
    it is imported) and the lowest CPU priority (nice 19): the reader's keypresses go first,
    and the training still moves on a machine whose cores are all busy (the idle scheduling
    class was tried: there it could wait minutes, and gave no keypress gain we could
    measure). Best effort: what the system refuses is left as it is."""
    os.environ.update(ONE_THREAD)
    try:
        os.nice(19 - os.nice(0))
    except OSError:
        pass


def main(argv: list[str] | None = None) -> int:
    """The trainer process: ``python -m annotate.learning [--background] DIR``;
    ``--background`` (how ``Learner.start`` runs it): ``step_aside`` first."""
    args = sys.argv[1:] if argv is None else argv
    background = "--background" in args
    args = [a for a in args if a != "--background"]
    if len(args) != 1:
        print("usage: python -m annotate.learning [--background] DIR", file=sys.stderr)
        return 2
    if background:
        step_aside()
    try:
        meta = train_in_place(Path(args[0]))
    except (OSError, ValueError, KeyError, TypeError) as err:
        print(f"bluf: the stance model was not trained: {err}", file=sys.stderr)
        return 1
    print(f"trained on {meta['n_examples']} examples in {meta['seconds']} s; counts: {meta['counts']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
