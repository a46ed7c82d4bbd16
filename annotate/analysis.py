"""Run the NLP layers over sources, with the cache in front: a source whose analysis is
cached for this pipeline version is never parsed again."""

from __future__ import annotations

import time
from typing import Callable, Iterable, Sequence

from .cache import AnalysisCache
from .gazetteer import Gazetteer, load_gazetteer
from .models import Analysis, Source
from .text import masked

Progress = Callable[[int, int, str], None]  # (done, total, source name)

# Below this many words, worker processes cost more to start than they save.
PARALLEL_MIN_WORDS = 40_000


def analyze_doc(doc, source: Source, pipeline: str, gazetteer: Gazetteer) -> Analysis:
    """Our layers on top of a parsed Doc of the source's masked text."""
    from .nlp.entities import correct_entities, entity_mentions
    from .nlp.events import find_incident_mentions
    from .nlp.frames import find_frames
    from .nlp.quotes import attribute, pair_quotes
    from .nlp.sentiment import tone
    from .nlp.syntax import DocIndex

    text = doc.text
    correct_entities(doc, gazetteer)
    spans, stray = pair_quotes(text)
    idx = DocIndex(doc, spans)
    quotes, _scare = attribute(doc, text, spans, outlets=gazetteer.is_outlet, idx=idx)
    for q in quotes:
        q.tone = tone(q.text)
    return Analysis(
        source_id=source.id,
        pipeline=pipeline,
        sentences=[(s.start_char, s.end_char) for s in doc.sents if not all(t.is_space for t in s)],
        entities=entity_mentions(doc),
        quotes=quotes,
        frames=find_frames(doc, idx, outlets=gazetteer.is_outlet),
        incidents=find_incident_mentions(doc, gazetteer, source.published),
        stray_marks=stray,
        published=source.published,
    )


def cached(sources: Iterable[Source], cache: AnalysisCache | None, pipeline: str) -> dict[str, Analysis]:
    out: dict[str, Analysis] = {}
    if cache is None:
        return out
    for s in sources:
        a = cache.get(s.id, pipeline)
        if a is not None:
            out[s.id] = a
    return out


def analyze_sources(
    sources: Sequence[Source],
    cache: AnalysisCache | None = None,
    progress: Progress | None = None,
    gazetteer: Gazetteer | None = None,
    n_process: int | None = None,
    batch_size: int = 8,
) -> dict[str, Analysis]:
    """Analyses for all sources, parsing only those not in the cache."""
    from .nlp.pipeline import pipeline_version

    gaz = gazetteer or load_gazetteer()
    version = pipeline_version(gaz)
    done = cached(sources, cache, version)
    todo = [s for s in sources if s.id not in done]
    total = len(sources)
    if progress:
        progress(len(done), total, "")
    if not todo:
        return done
    from .nlp.pipeline import load_pipeline

    nlp, info = load_pipeline(gaz)
    if n_process is None:
        words = sum(len(s.text.split()) for s in todo)
        n_process = 2 if words >= PARALLEL_MIN_WORDS and len(todo) >= 4 else 1
    texts = (masked(s.text, s.removed) for s in todo)
    t0 = time.perf_counter()
    for source, doc in zip(todo, nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
        analysis = analyze_doc(doc, source, info.version, gaz)
        now = time.perf_counter()
        analysis.seconds = round(now - t0, 4)  # parse and analysis of this source
        t0 = now
        if cache is not None:
            cache.put(analysis)
        done[source.id] = analysis
        if progress:
            progress(len(done), total, source.label)
    return done
