"""An experiment, not part of bluf: would a stance model trained on the labels of OTHER topics be a
better first guess than the cue lexicon? (Issue 16's untried idea of the eighteenth session.)

Folds: the labelled topics (sources.json ``topic``) in ``--folds`` groups; each group's texts are
suggested for by a model trained on the other groups' labelled stances (``learning.fit`` on each
label's evidence sentence, read as ``learning.read_cues`` reads it: the words and the cue classes).

Two readings, printed as counts and shares over the labelled (source, actor) stances:

1. ``gold evidence``: the model and the cues on the label's own evidence sentence (what an analyst
   pointed at): the model's top label; the cues' label, "neutral" where none fires; the commonest label.
2. ``bluf's evidence`` (``--run``): the model offered through the learned model's blend with no
   tags (``learning.LearnedModel`` with a trained model and no tag prior), on bluf's own
   statements and acts of each actor, scored as score.py scores cue-only suggestions, for each
   ``--cue-weights`` value (how much the cues count against the model; 0: the model alone,
   an explicit speech act of the cues kept).

    PYTHONPATH=. python bench/real_news/stance_prior.py --devset /work/devset [--run] [--cue-weights 1,0.5,0]

Reads the texts only through bluf (``--run``) and the labels' evidence; prints no item.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def folds_of(sources: list[dict], k: int, seed: int = 0) -> dict[str, int]:
    """File name -> fold, the topics shuffled (``seed``) and dealt round-robin into ``k`` folds."""
    topics = sorted({s["topic"] for s in sources})
    random.Random(seed).shuffle(topics)
    fold = {t: i % k for i, t in enumerate(topics)}
    return {s["file"]: fold[s["topic"]] for s in sources}


def models_by_fold(labels: dict, fold: dict[str, int], k: int, memo: dict) -> dict:
    from annotate import learning as LN

    out = {}
    for i in range(k):
        ex = [LN.LearnExample(st["evidence"], st["label"], True, f) for f, x in labels["files"].items()
              if fold.get(f, -1) != i for st in x["stances"]]
        out[i] = LN.fit(ex, memo=memo)
    return out


def on_gold_evidence(labels: dict, fold: dict[str, int], models: dict, memo: dict) -> Counter:
    from annotate import learning as LN
    from annotate.nlp import textcat

    right: Counter = Counter()
    common = Counter(st["label"] for x in labels["files"].values() for st in x["stances"]).most_common(1)[0][0]
    for i, nlp in models.items():
        rows = [st for f, x in labels["files"].items() if fold.get(f) == i for st in x["stances"]]
        read = [LN.read_cues(st["evidence"], memo=memo) for st in rows]
        for st, (said, cue), probs in zip(rows, read, textcat.predict(nlp, [r for r, _ in read])):
            right["n"] += 1
            right["model"] += LN.top(probs)[0] == st["label"]
            right["cues, else neutral"] += (cue or "neutral") == st["label"]
            right[f"always {common}"] += st["label"] == common
    return right


def on_bluf_evidence(devset: Path, labels: dict, fold: dict[str, int], models: dict, cue_weight: float) -> tuple[int, int]:
    """(right, labelled) cue-only stance agreement as score.py counts it, with the fold's model
    offered beside the cues (none when ``models`` is empty)."""
    import score as S

    import annotate.suggestions as SG
    from annotate import learning as LN

    meta = [m for m in json.loads((devset / "meta.json").read_text()) if m["file"] in labels["files"]
            and (devset / "texts" / m["file"]).exists()]
    source_fold: dict[str, int] = {}

    class Trained:  # a Learner's face: a model that counts, no tags
        nlp = None

        def meta(self):
            return {"counts": True, "check": LN.CHECK_VERSION, "tags": [], "cue_weight": cue_weight}

        def model(self):
            return self.nlp

        def version(self):
            return id(self.nlp)

    class Prior(LN.LearnedModel):
        name = "prior"

        def suggest(self, source, analysis, actor_at):
            self.learner.nlp = models[source_fold[source.id]]
            return super().suggest(source, analysis, actor_at)

    if models:
        SG.SOURCES.append(Prior(Trained()))
    try:
        with tempfile.TemporaryDirectory() as d:
            ws, sources = S.run_bluf(devset, meta, Path(d))
            source_fold.update({s.id: fold[f] for f, s in sources.items() if s is not None})
            n = S.score(ws, sources, meta, labels)["tallies"]["stance"].n["all"]
            ws.close()
    finally:
        if models:
            SG.SOURCES.pop()
    return n[0], n[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, default=Path("/work/devset"))
    ap.add_argument("--labels", type=Path, default=HERE / "labels.json")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--run", action="store_true", help="also bluf's own evidence (analyses every text)")
    ap.add_argument("--cue-weights", default="1,0.5,0.25,0")
    args = ap.parse_args(argv)
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    sources = [s for s in json.loads((HERE / "sources.json").read_text(encoding="utf-8")) if s["file"] in labels["files"]]
    fold = folds_of(sources, args.folds)
    memo: dict = {}
    models = models_by_fold(labels, fold, args.folds, memo)
    right = on_gold_evidence(labels, fold, models, memo)
    n = right.pop("n")
    print(f"gold evidence, {n} labelled stances, {args.folds} topic folds:")
    for k, v in right.items():
        print(f"  {k}: {v}/{n} = {v / n:.3f}")
    if args.run:
        print("bluf's evidence (cue-only suggestions scored as score.py does; the model through the learned blend):")
        r, t = on_bluf_evidence(args.devset, labels, fold, {}, 1.0)
        print(f"  the cues alone: {r}/{t} = {r / t:.3f}")
        for w in (float(x) for x in args.cue_weights.split(",")):
            r, t = on_bluf_evidence(args.devset, labels, fold, models, w)
            print(f"  cue weight {w}: {r}/{t} = {r / t:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
