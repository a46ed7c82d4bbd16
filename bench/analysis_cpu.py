"""analysis_speed measured in CPU time (``time.process_time``) instead of wall time: bare
`nlp.pipe` against the whole analysis (`analyze_sources`, one process) on the same texts,
interleaved, medians. On a shared machine the wall time of each side moves with the other jobs;
the CPU time a process used moves far less. Not in `make bench`: run it with
`bench/run.py analysis_cpu`."""

from __future__ import annotations

import statistics
import time


def run(words: int = 50_000, repeat: int = 3) -> dict:
    import spacy
    from corpus import corpus

    from annotate.analysis import analyze_sources
    from annotate.nlp.pipeline import available_model, load_pipeline
    from annotate.text import masked

    sources = corpus(words)
    texts = [masked(s.text, s.removed) for s in sources]
    bare_nlp = spacy.load(available_model())
    load_pipeline()  # loaded once, as in the app
    list(bare_nlp.pipe(texts[:2]))
    analyze_sources(sources[:2], cache=None, n_process=1)
    bare, ours = [], []
    clock = time.process_time
    for _ in range(repeat):  # interleaved
        t = clock()
        for _doc in bare_nlp.pipe(texts, batch_size=8):
            pass
        bare.append(clock() - t)
        t = clock()
        analyze_sources(sources, cache=None, n_process=1)
        ours.append(clock() - t)
    b, o = statistics.median(bare), statistics.median(ours)
    return {
        "docs": len(texts),
        "bare_nlp_pipe_cpu_s": round(b, 2),
        "bluf_analysis_cpu_s": round(o, 2),
        "ratio": round(o / b, 3),
        "ratios": [round(y / x, 3) for x, y in zip(bare, ours)],
        "target_ratio": 1.25,
    }


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    print(run())
