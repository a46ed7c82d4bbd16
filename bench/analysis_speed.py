"""Analysis cost on a corpus of at least 50,000 words, in one process and one run:
the whole analysis (bluf's pipeline components and every layer on top) against bare
`nlp.pipe` of the same model as spacy.load gives it, on the same texts. Also times
n_process=2 against 1, to say where it pays."""

from __future__ import annotations

import statistics
import time


def run(words: int = 50_000, repeat: int = 2) -> dict:
    import spacy
    from corpus import corpus

    from annotate.analysis import analyze_sources
    from annotate.nlp.pipeline import available_model, load_pipeline
    from annotate.text import masked

    sources = corpus(words)
    texts = [masked(s.text, s.removed) for s in sources]
    n_words = sum(len(t.split()) for t in texts)
    bare_nlp = spacy.load(available_model())
    load_pipeline()  # loaded once, as in the app
    list(bare_nlp.pipe(texts[:2]))
    bare, ours = [], []
    for _ in range(repeat):  # interleaved
        t = time.perf_counter()
        for _doc in bare_nlp.pipe(texts, batch_size=8):
            pass
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        analyze_sources(sources, cache=None, n_process=1)
        ours.append(time.perf_counter() - t)
    t = time.perf_counter()
    analyze_sources(sources, cache=None, n_process=2)
    two = time.perf_counter() - t
    b, o = statistics.median(bare), statistics.median(ours)
    return {
        "words": n_words,
        "docs": len(texts),
        "bare_nlp_pipe_s": round(b, 2),
        "bluf_analysis_s": round(o, 2),
        "ratio": round(o / b, 3),
        "target_ratio": 1.25,
        "bare_words_per_s": round(n_words / b),
        "bluf_n_process_2_s": round(two, 2),
        "n_process_2_speedup": round(o / two, 2),
    }


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    print(run())
