"""The learned stance classifier: a spaCy ``textcat_multilabel`` on a blank English
pipeline (bag of words and bigrams, CPU, nothing to download), trained on a workspace's
tags. The second module allowed to import spaCy (see [tool.importlinter]): it builds and
trains its own pipeline, which the analysis pipeline (``pipeline.py``) has no part in.

Multi-label rather than exclusive classes so that a rejected suggestion is a true negative
for its one label and says nothing of the others (spaCy's missing values): a tag is
``{label: 1, every other label: 0}``, a rejection ``{label: 0}``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

PASSES = 2000  # about this many examples seen in training, whatever the number of tags
DROPOUT = 0.2


def _schedule(n: int) -> tuple[int, int]:
    """(epochs, batch size) for ``n`` examples: about ``PASSES`` examples seen, 4 to 30
    epochs. 500 tags train in 4 epochs of 32; 20 tags in 30 epochs of 16."""
    return max(4, min(30, -(-PASSES // max(1, n)))), (32 if n > 200 else 16)


def train(examples: Sequence[tuple[str, dict[str, float]]], labels: Sequence[str], seed: int = 0, epochs: int | None = None):
    """A trained spaCy ``Language`` from ``examples`` (text, cats: label -> 1.0 or 0.0, labels
    left out are unknown). ``labels``: every label the model may give; ``epochs``: default from
    the number of examples (``_schedule``). Raises ValueError when there are no examples or no
    labels. Deterministic for a given ``seed``."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    if not examples or not labels:
        raise ValueError("nothing to learn from: no tags")
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat_multilabel",
        config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2, "no_output_layer": False}},
    )
    for label in labels:
        textcat.add_label(label)
    docs = list(nlp.tokenizer.pipe(t for t, _ in examples))
    data = [Example.from_dict(d, {"cats": cats}) for d, (_, cats) in zip(docs, examples)]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    auto, size = _schedule(len(data))
    for _ in range(epochs or auto):
        rng.shuffle(data)
        for batch in minibatch(data, size=size):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT)
    return nlp


def predict(nlp, texts: Sequence[str]) -> list[dict[str, float]]:
    """Per text, label -> probability 0-1 (independent per label)."""
    return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=64)]


def save(nlp, directory: Path) -> None:
    """Write the model to ``directory`` (created; spaCy's own format)."""
    nlp.to_disk(directory)


def load(directory: Path):
    """The model saved in ``directory``; OSError/ValueError when it is missing or damaged."""
    import spacy

    return spacy.load(directory)
