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
# Rows of the bag-of-words weight table (hashed unigrams and bigrams; spaCy's default is 2**18).
# Each update's Adam step runs over the whole table: 2**16 trains 500 tags ~3 times faster
# than 2**18 (bench/learned_stances.py), and a workspace's tags hold a few thousand distinct
# n-grams, so collisions stay rare.
LENGTH = 2**16


def _schedule(n: int) -> tuple[int, int]:
    """(epochs, batch size) for ``n`` examples: about ``PASSES`` examples seen, 4 to 30
    epochs. 500 tags train in 4 epochs of 32; 20 tags in 30 epochs of 16."""
    return max(4, min(30, -(-PASSES // max(1, n)))), (32 if n > 200 else 16)


_BASE: list = []  # the blank English pipeline whose vocabulary and tokenizer every training shares
_DOCS: dict = {}  # text -> its tokens: for the trainings of one process (folds, leave-one-out),
# and for the suggestions worked out again, after each tag, on the same article's quotes
_DOCS_MAX = 4000  # ~16 KB a text of a quote and its sentence


def _base():
    """A blank English pipeline, built once per process (building one costs ~0.15 s)."""
    if not _BASE:
        import spacy

        _BASE.append(spacy.blank("en"))
    return _BASE[0]


def _docs(texts: Sequence[str]) -> list:
    """The tokens of each of ``texts`` (the base tokenizer's Docs, kept for the next call)."""
    got = {t: _DOCS.get(t) for t in dict.fromkeys(texts)}
    new = [t for t, d in got.items() if d is None]
    got.update(zip(new, _base().tokenizer.pipe(new)))
    if len(_DOCS) + len(new) > _DOCS_MAX:
        _DOCS.clear()
    _DOCS.update((t, got[t]) for t in new)
    return [got[t] for t in texts]


def train(examples: Sequence[tuple[str, dict[str, float]]], labels: Sequence[str], seed: int = 0, epochs: int | None = None):
    """A trained spaCy ``Language`` from ``examples`` (text, cats: label -> 1.0 or 0.0, labels
    left out are unknown; an example given several times counts that many times). ``labels``:
    every label the model may give; ``epochs``: default from the number of examples
    (``_schedule``). Raises ValueError when there are no examples or no labels. Deterministic
    for a given ``seed``."""
    from spacy.lang.en import English
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    if not examples or not labels:
        raise ValueError("nothing to learn from: no tags")
    fix_random_seed(seed)
    base = _base()
    nlp = English(vocab=base.vocab, create_tokenizer=lambda _: base.tokenizer)
    textcat = nlp.add_pipe(
        "textcat_multilabel",
        config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                          "no_output_layer": False, "length": LENGTH}},
    )
    for label in labels:
        textcat.add_label(label)
    # One Example per distinct (text, cats), repeated as often as given.
    keys = [(t, tuple(sorted(cats.items()))) for t, cats in examples]
    distinct = list(dict.fromkeys(keys))
    made = {k: Example.from_dict(d, {"cats": dict(k[1])}) for k, d in zip(distinct, _docs([t for t, _ in distinct]))}
    data = [made[k] for k in keys]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    auto, size = _schedule(len(data))
    for _ in range(epochs or auto):
        rng.shuffle(data)
        for batch in minibatch(data, size=size):
            # The component's own update: ``nlp.update`` first copies every example of the
            # batch (a third of the training time), which only a pipeline of several parts needs.
            textcat.update(batch, sgd=optimizer, drop=DROPOUT)
    return nlp


def predict(nlp, texts: Sequence[str]) -> list[dict[str, float]]:
    """Per text, label -> probability 0-1 (independent per label), for the labels of ``nlp``
    (a model of ``train`` or ``load``)."""
    docs = _docs(texts)
    for d in docs:
        d.cats = {}  # a text's tokens are kept: its labels of an earlier model are not
    return [dict(doc.cats) for doc in nlp.pipe(docs, batch_size=64)]


def save(nlp, directory: Path) -> None:
    """Write the model to ``directory`` (created; spaCy's own format)."""
    nlp.to_disk(directory)


def load(directory: Path):
    """The model saved in ``directory``; OSError/ValueError when it is missing or damaged.
    Only its classifier is read: the tokenizer and vocabulary are the process's blank
    English ones (``_base``), so a model retrained every few tags loads in a few hundredths
    of a second (``spacy.load`` rebuilds a tokenizer each time: ~0.3 s on the UI's thread)."""
    from spacy.lang.en import English
    from spacy.util import load_config

    cfg = load_config(Path(directory) / "config.cfg", interpolate=True)
    try:
        (name,) = cfg["nlp"]["pipeline"]
        comp = dict(cfg["components"][name])
        factory = comp.pop("factory")
    except (KeyError, TypeError, ValueError) as err:
        raise ValueError(f"{directory}: not a stance model ({err})") from None
    base = _base()
    nlp = English(vocab=base.vocab, create_tokenizer=lambda _: base.tokenizer)
    nlp.add_pipe(factory, name=name, config=comp).from_disk(Path(directory) / name, exclude=["vocab"])
    return nlp
