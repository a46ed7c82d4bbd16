"""Analysis on a Dask distributed cluster (``bluf import --workers tcp://HOST:8786``, or
``[analysis] scheduler`` in config.toml).

The client (the process that holds the workspace) sends one task per batch of sources;
each worker parses its batch with the same code as a local analysis
(``analysis.analyze_sources``, spaCy loaded once per worker process) and sends back, per
source, the analysis cache entry: its JSON, keyed by the source id (the hash of its text)
and the pipeline version. The client writes the cache; the workspace file is never
touched by a worker, so it keeps its single writer.

- A worker whose pipeline differs (another spaCy model, another event-types file) refuses
  its batch: every source of it is reported, nothing wrong is cached.
- A worker lost mid-task (killed, out of memory, its machine gone) is Dask's to handle:
  the scheduler runs the task again on another worker (up to ``distributed.scheduler.
  allowed-failures`` times, 3 by default), then reports it failed.
- A source whose analysis fails is reported in one line (``errors``); the others go on.

Start workers with ``--preload annotate.cluster`` (``dask worker tcp://HOST:8786 --preload
annotate.cluster``) and each loads spaCy and bluf's tables when it starts (``dask_setup``),
not in its first task.

Dask is imported here only, and only when a scheduler is given, so bluf starts as fast
without it.
"""

from __future__ import annotations

from typing import Callable, Sequence

import orjson

from .errors import WorkspaceError
from .gazetteer import Gazetteer
from .models import Analysis, Source

Progress = Callable[[int, int, str], None]  # (sources done, sources in all, name of the latest)

BATCH_SOURCES = 25  # a task's sources: a few seconds of parsing, so scheduling costs little
CONNECT_SECONDS = 10


def dask_setup(_worker=None) -> None:
    """Dask's preload hook (``dask worker … --preload annotate.cluster``): load the analysis
    pipeline (spaCy, the alias file, the place names) when the worker process starts, so
    that its first batch parses at once. ``_worker``: the Dask worker (unused)."""
    from .analysis import analyze_sources
    from .ingest import make_source

    # One small text through the whole analysis: spaCy, the alias file, the place names and
    # the date parser's tables are then loaded, as in a worker that has done one batch.
    analyze_sources([make_source("On Monday in Paris, the minister said: “We are ready.”", "warm-up.txt")], None, n_process=1)


def analyse_batch(sources: list[dict], gazetteer: Gazetteer, version: str) -> list[tuple[str, bytes | None, str]]:
    """Run on a worker: ``(source id, analysis cache entry as JSON bytes or None, "" or the
    one-line reason it failed)`` per source of ``sources`` (``Source.to_dict()`` records).
    ``version``: the client's ``pipeline_version``; a worker whose own differs analyses
    nothing and says so for each source."""
    from .analysis import analysis_failure, analyze_sources
    from .nlp.pipeline import pipeline_version

    batch = [Source.from_dict(s) for s in sources]
    mine = pipeline_version(gazetteer)
    if mine != version:
        why = RuntimeError(f"the worker's analysis pipeline is {mine}, the workspace's {version}")
        return [(s.id, None, analysis_failure(s, why)) for s in batch]
    errors: dict[str, str] = {}
    done = analyze_sources(batch, None, None, gazetteer, n_process=1, errors=errors)
    return [(s.id, orjson.dumps(done[s.id].to_dict()) if s.id in done else None, errors.get(s.id, ""))
            for s in batch]


def analyse_on_cluster(sources: Sequence[Source], scheduler: str, gazetteer: Gazetteer, version: str,
                       progress: Progress | None = None, errors: dict[str, str] | None = None,
                       put: Callable[[Analysis], None] | None = None,
                       batch_sources: int = BATCH_SOURCES) -> dict[str, Analysis]:
    """Analyse ``sources`` on the Dask scheduler at ``scheduler`` (e.g. ``tcp://10.0.0.5:8786``):
    source id -> ``Analysis`` for those analysed; ``errors[source id]`` gets one line for each
    that failed. ``put`` (the cache's) is called with each analysis as its batch comes
    back; ``progress(done, total, name)`` after each batch. Raises WorkspaceError (one line)
    when the scheduler cannot be reached."""
    from .analysis import analysis_failure

    try:
        from distributed import Client, as_completed
    except ImportError:
        raise WorkspaceError("analysis on a cluster needs Dask: pip install 'bluf[scale]' (dask and distributed)") from None
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as err:
        raise WorkspaceError(f"cannot reach the Dask scheduler at {scheduler} ({type(err).__name__}: "
                             f"{' '.join(str(err).split())[:160]})") from None
    out: dict[str, Analysis] = {}
    by_id = {s.id: s for s in sources}
    total = len(sources)
    try:
        batches, futures = {}, []
        for i in range(0, total, batch_sources):
            batch = list(sources[i:i + batch_sources])
            # The alias file goes with each task (~140 kB): data scattered once would be lost
            # with a worker, and every task needing it would fail rather than run again.
            fut = client.submit(analyse_batch, [s.to_dict() for s in batch], gazetteer, version, pure=False)
            batches[fut.key] = batch
            futures.append(fut)
        done = 0
        for fut in as_completed(futures):
            batch = batches[fut.key]
            try:
                rows = fut.result()
            except Exception as err:  # the task failed on every try (KilledWorker...)
                rows = [(s.id, None, analysis_failure(s, err)) for s in batch]
            for sid, data, why in rows:
                if data is not None:
                    out[sid] = a = Analysis.from_dict(orjson.loads(data))
                    if put is not None:
                        put(a)
                elif errors is not None:
                    errors[sid] = why or analysis_failure(by_id[sid], RuntimeError("no analysis came back"))
            done += len(batch)
            if progress:
                progress(done, total, batch[-1].label)
    finally:
        client.close()
    return out

