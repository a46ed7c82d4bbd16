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

Start workers with one thread each (most of the analysis is Python code, which runs one
thread at a time in a process) and ``--preload annotate.cluster``: ``dask worker
tcp://HOST:8786 --nworkers N --nthreads 1 --preload annotate.cluster``. Each worker then
prepares itself when it starts (``prepare_worker``: spaCy and bluf's tables loaded, the
memory allocator set back, see there), not in its first task. A worker started without the
preload is prepared when a client connects (``BlufWorker``, a Dask worker plugin, before any
batch is sent: it loads spaCy then, a few seconds), or when it joins later.

Dask is imported here only, and only when a scheduler is given, so bluf starts as fast
without it.
"""

from __future__ import annotations

import os
from typing import Callable, Sequence

import orjson

from .errors import WorkspaceError
from .gazetteer import Gazetteer
from .models import Analysis, Source

Progress = Callable[[int, int, str], None]  # (sources done, sources in all, name of the latest)

BATCH_SOURCES = 25  # at most, a task's sources: a few seconds of parsing, so scheduling costs little
MIN_BATCH_SOURCES = 4
TASKS_PER_THREAD = 16  # at least, when there are enough sources: no worker idles long at the end
CONNECT_SECONDS = 10

# glibc's ceiling for its own dynamic mmap threshold (32 MiB on 64-bit), and twice it for
# trimming, as glibc sets them once a block of that size has been freed.
_MMAP_THRESHOLD = 32 << 20
_TRIM_THRESHOLD = 64 << 20
_prepared = False


def prepare_worker() -> None:
    """Make this process ready to analyse (once; a second call does nothing):

    - the allocator: Dask's nanny starts each worker with ``MALLOC_TRIM_THRESHOLD_=65536``
      (``distributed.nanny.pre-spawn-environ``), and a trim threshold set at all turns
      glibc's dynamic mmap threshold off: every array above 128 kB that spaCy allocates is
      then mapped and unmapped again, page by page. Measured (one process, 200 of
      bench/cluster_analysis.py's news items): 28.5-29.7 ms of CPU an item with that
      variable, 25.0-25.7 once set back here, 24.0-26.9 without the variable. The
      thresholds are set back to what glibc reaches by itself (32 MiB, 64 MiB); a worker
      keeps up to 64 MiB of freed memory instead of returning it at once. Only when that
      variable is set, and only with glibc (elsewhere nothing is done);
    - one small text through the whole analysis: spaCy, the alias file, the place names and
      the date parser's tables are then loaded, as in a worker that has done one batch.
    """
    global _prepared
    if _prepared:
        return
    _prepared = True
    if os.environ.get("MALLOC_TRIM_THRESHOLD_") is not None:
        _glibc_thresholds()
    from .analysis import analyze_sources
    from .ingest import make_source

    analyze_sources([make_source("On Monday in Paris, the minister said: “We are ready.”", "warm-up.txt")], None, n_process=1)


def _glibc_thresholds() -> None:
    import ctypes
    import ctypes.util

    m_trim_threshold, m_mmap_threshold = -1, -3  # glibc's malloc.h
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(m_mmap_threshold, _MMAP_THRESHOLD)
        libc.mallopt(m_trim_threshold, _TRIM_THRESHOLD)
    except (OSError, AttributeError):  # not glibc: its own allocator, nothing to set back
        pass


def dask_setup(_worker=None) -> None:
    """Dask's preload hook (``dask worker … --preload annotate.cluster``): ``prepare_worker``
    when the worker process starts, so that its first batch parses at once. ``_worker``: the
    Dask worker (unused)."""
    prepare_worker()


def worker_plugin():
    """A Dask ``WorkerPlugin`` that runs ``prepare_worker`` on each worker of the cluster, now
    and on any that joins later (does nothing where the preload did it already). Built here
    so that Dask is imported only when a scheduler is used."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class BlufWorker(WorkerPlugin):
        name = "bluf-analysis"
        idempotent = True  # registered again by each client: a no-op where it is in force

        def setup(self, worker) -> None:
            prepare_worker()

    return BlufWorker()


def batch_size(total: int, threads: int) -> int:
    """Sources per task for ``total`` sources on workers with ``threads`` threads in all: at
    least ``TASKS_PER_THREAD`` tasks per thread when batches of ``MIN_BATCH_SOURCES`` allow
    it (the last tasks of a run leave threads idle: the smaller they are, the shorter the
    wait), at most ``BATCH_SOURCES`` sources (scheduling a task costs a few milliseconds)."""
    if threads <= 0:
        return BATCH_SOURCES
    return max(MIN_BATCH_SOURCES, min(BATCH_SOURCES, -(-total // (threads * TASKS_PER_THREAD))))


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


def _connect(client_class, scheduler: str):
    """A Dask client of ``scheduler``, or WorkspaceError in one line. The handshake runs in a
    daemon thread given ``CONNECT_SECONDS`` + 5 s: a server that answers but is not a Dask
    scheduler (a web server on that port) made the client wait for ever or fail deep in
    reading its reply."""
    import threading

    got: dict = {}

    def connect() -> None:
        try:
            got["client"] = client_class(scheduler, timeout=CONNECT_SECONDS)
        except BaseException as err:  # noqa: BLE001 - any failure becomes the one line below
            got["error"] = err

    t = threading.Thread(target=connect, name="bluf-dask-connect", daemon=True)
    t.start()
    t.join(CONNECT_SECONDS + 5)
    if "client" in got:
        return got["client"]
    err = got.get("error")
    if err is None:
        raise WorkspaceError(f"no Dask scheduler answered at {scheduler} within {CONNECT_SECONDS + 5} s "
                             "(is something else listening on that port?)")
    if isinstance(err, (OSError, TimeoutError, ValueError)):
        raise WorkspaceError(f"cannot reach the Dask scheduler at {scheduler} ({type(err).__name__}: "
                             f"{' '.join(str(err).split())[:160]})")
    raise WorkspaceError(f"{scheduler} did not answer as a Dask scheduler ({type(err).__name__}: "
                         f"{' '.join(str(err).split())[:120]})")


def analyse_on_cluster(sources: Sequence[Source], scheduler: str, gazetteer: Gazetteer, version: str,
                       progress: Progress | None = None, errors: dict[str, str] | None = None,
                       put: Callable[[Analysis], None] | None = None,
                       batch_sources: int | None = None) -> dict[str, Analysis]:
    """Analyse ``sources`` on the Dask scheduler at ``scheduler`` (e.g. ``tcp://10.0.0.5:8786``):
    source id -> ``Analysis`` for those analysed; ``errors[source id]`` gets one line for each
    that failed. ``put`` (the cache's) is called with each analysis as its batch comes
    back; ``progress(done, total, name)`` after each batch. ``batch_sources``: sources per
    task (default: ``batch_size`` for the worker threads connected). Raises WorkspaceError
    (one line) when the scheduler cannot be reached."""
    from .analysis import analysis_failure

    try:
        from distributed import Client, as_completed
    except ImportError:
        raise WorkspaceError("analysis on a cluster needs Dask: pip install 'bluf[scale]' (dask and distributed)") from None
    client = _connect(Client, scheduler)
    out: dict[str, Analysis] = {}
    by_id = {s.id: s for s in sources}
    total = len(sources)
    try:
        try:
            # Workers started without the preload load spaCy now, all at once, not in their first batch.
            client.register_plugin(worker_plugin())
        except Exception:  # a worker that cannot load it says why in its batches
            pass
        if batch_sources is None:
            batch_sources = batch_size(total, sum(client.nthreads().values()))
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
            except Exception as err:  # the task failed on every try (KilledWorker...), or the scheduler went
                if client.status != "running" or "connection" in str(err).lower():
                    # Every batch still out would fail the same way: one line, not one per source.
                    raise WorkspaceError(f"lost the Dask scheduler at {scheduler} after {len(out)} of {total} sources "
                                         "were analysed (they are kept): run the import again to analyse the rest") from None
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

