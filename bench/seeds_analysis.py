"""Analysis time of the five bundled seeds: loading spaCy, bare nlp.pipe, and the whole
analysis (our layers on top), in one process."""

from __future__ import annotations

import statistics
import time


def run(repeat: int = 5) -> dict:
    t0 = time.perf_counter()
    from annotate.nlp.pipeline import load_pipeline

    nlp, info = load_pipeline()
    load_s = time.perf_counter() - t0
    from annotate.analysis import analyze_doc
    from annotate.gazetteer import load_gazetteer
    from annotate.ingest import seed_sources
    from annotate.text import masked

    gaz = load_gazetteer()
    sources = seed_sources()
    texts = [masked(s.text, s.removed) for s in sources]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:1]))  # warm up
    bare, full = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        list(nlp.pipe(texts, batch_size=8))
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        for s, d in zip(sources, nlp.pipe(texts, batch_size=8)):
            analyze_doc(d, s, info.version, gaz)
        full.append(time.perf_counter() - t)
    return {
        "model": f"{info.model} {info.model_version}",
        "words": words,
        "spacy_import_and_load_s": round(load_s, 2),
        "nlp_pipe_s": round(statistics.median(bare), 3),
        "full_analysis_s": round(statistics.median(full), 3),
        "overhead_ratio": round(statistics.median(full) / statistics.median(bare), 3),
    }


if __name__ == "__main__":
    print(run())
