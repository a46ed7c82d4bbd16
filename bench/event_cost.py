"""Cost of event extraction and incident clustering (issue 14), in one process and one run:
finding the event mentions in every parsed doc of a corpus of at least 50,000 words, plus
clustering them into incidents, against bare `nlp.pipe` of the same model on the same texts
(the same baseline as analysis_speed). Target: at most 10% of it. One-time loads (dateparser's
tables, the index of places: about 2 s once per process) are made before timing, like the
model's load."""

from __future__ import annotations

import statistics
import time


def run(words: int = 50_000, repeat: int = 3) -> dict:
    import spacy
    from corpus import corpus

    from annotate.gazetteer import load_gazetteer
    from annotate.incidents import cluster_incidents
    from annotate.nlp.entities import correct_entities
    from annotate.nlp.events import find_incident_mentions
    from annotate.nlp.pipeline import available_model, load_pipeline
    from annotate.text import masked

    sources = corpus(words)
    texts = [masked(s.text, s.removed) for s in sources]
    gaz = load_gazetteer()
    nlp = load_pipeline(gaz)[0]
    docs = list(nlp.pipe(texts, batch_size=8))
    for d in docs:
        correct_entities(d, gaz)
    bare_nlp = spacy.load(available_model())
    list(bare_nlp.pipe(texts[:2]))
    # One-time loads, once per process as in the app: the event types, dateparser's tables, the
    # GeoNames index of places (annotate/places.py once merged).
    from annotate.nlp.events import _country_of_place, resolve_date

    for d in docs[:5]:
        find_incident_mentions(d, gaz, "2025-09-24")
    _country_of_place("Kharkiv", gaz)
    resolve_date("Sept. 13", None, True)
    bare, events = [], []
    n_mentions = 0
    for _ in range(repeat):  # interleaved
        t = time.perf_counter()
        for _doc in bare_nlp.pipe(texts, batch_size=8):
            pass
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        by_source = {s.id: find_incident_mentions(d, gaz, "2025-09-24") for s, d in zip(sources, docs)}
        cluster_incidents(by_source)
        events.append(time.perf_counter() - t)
        n_mentions = sum(len(v) for v in by_source.values())
    b, e = statistics.median(bare), statistics.median(events)
    return {
        "words": sum(len(t.split()) for t in texts), "docs": len(texts), "mentions": n_mentions,
        "bare_nlp_pipe_s": round(b, 2), "events_and_clustering_s": round(e, 3),
        "added_ratio": round(e / b, 3), "target_added_ratio": 0.10,
    }


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    print(run())
