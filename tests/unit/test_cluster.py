"""Analysis on a real Dask cluster: a LocalCluster of two worker processes on 127.0.0.1
parses a generated corpus. What comes back is the analysis a local run makes, byte for
byte; a worker killed mid-task is replaced and its task run again; a source that fails is
reported and the others are analysed; the workspace process writes the cache; a worker
started without bluf's preload is made ready when a client connects."""

from __future__ import annotations

import random
import resource
import subprocess
import sys

import orjson
import pytest

from annotate.analysis import analyze_sources
from annotate.cache import AnalysisCache
from annotate.errors import WorkspaceError
from annotate.gazetteer import load_gazetteer
from annotate.ingest import make_source
from annotate.nlp.pipeline import pipeline_version
from tests.e2e.helpers import BLUF

pytestmark = pytest.mark.slow

NAMES = ["Maria Lopez", "Ahmed Karimi", "Olena Shevchenko", "John Carter", "Li Wei", "Fatima Diallo"]
PLACES = ["Kyiv", "Brussels", "Nairobi", "Caracas", "Manila", "Tbilisi"]
SAID = ["said", "told reporters", "warned", "insisted"]


def generated(n: int, seed: int = 7, marks: dict[int, str] | None = None) -> list:
    """``n`` short invented news items with quotes, names and places; ``marks``: index ->
    a word put into that item's text."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        who, other = rnd.sample(NAMES, 2)
        place = rnd.choice(PLACES)
        text = (f"Talks in {place} resumed on Monday after {rnd.randint(2, 40)} days.\n\n"
                f"“We will not accept new conditions,” {who} {rnd.choice(SAID)} in {place}. "
                f"{other} said the plan was “a serious step toward peace” and asked for {rnd.randint(3, 90)} observers.\n\n"
                f"The minister, {who}, added: “Nobody wants another winter like the last one.” {marks.get(i, '') if marks else ''}")
        out.append(make_source(text, f"item-{i:03d}.txt"))
    return out


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two worker processes, one thread each, on 127.0.0.1. Each worker runs a preload that
    makes a text with "Zanzibar-fails" fail to analyse, and a text with "Zanzibar-crashes"
    kill its worker process the first time it is analysed (mid-task)."""
    distributed = pytest.importorskip("distributed")
    d = tmp_path_factory.mktemp("cluster")
    preload = d / "faults.py"
    preload.write_text(
        "import os\n"
        "import annotate.analysis as analysis\n"
        "_real = analysis._unpatched = getattr(analysis, '_unpatched', analysis.analyze_doc)  # preloads may run twice\n"
        f"FLAG = {str(d / 'crashed')!r}\n"
        "def analyze_doc(doc, source, *a, **kw):\n"
        "    if 'Zanzibar-fails' in source.text:\n"
        "        raise MemoryError('cannot allocate the parser memory')\n"
        "    if 'Zanzibar-crashes' in source.text and not os.path.exists(FLAG):\n"
        "        open(FLAG, 'w').close()\n"
        "        os._exit(1)\n"
        "    return _real(doc, source, *a, **kw)\n"
        "analysis.analyze_doc = analyze_doc\n"
    )
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, preload=[str(preload)]) as c:
        yield c, d / "crashed"


def _bytes(analysis) -> bytes:
    d = analysis.to_dict()
    d.pop("seconds")  # how long it took: the one field that is a measurement
    return orjson.dumps(d)


def test_the_cluster_gives_the_local_analysis_byte_for_byte_despite_a_lost_worker_and_a_failing_source(cluster, tmp_path):
    lc, crashed = cluster
    sources = generated(16, marks={5: "Zanzibar-crashes", 11: "Zanzibar-fails"})
    cache = AnalysisCache(tmp_path / "cache")
    seen: list[tuple[int, int]] = []
    errors: dict[str, str] = {}
    got = analyze_sources(sources, cache, lambda done, total, _name: seen.append((done, total)), errors=errors,
                          scheduler=lc.scheduler_address)
    # One worker died mid-task (its process exited); Dask ran the task again.
    assert crashed.exists()
    failing = sources[11]
    assert list(errors) == [failing.id], errors
    assert "not analysed (MemoryError" in errors[failing.id] and "\n" not in errors[failing.id]
    ok = [s for s in sources if s.id != failing.id]
    assert sorted(got) == sorted(s.id for s in ok)
    local = analyze_sources(ok, None, n_process=1)
    version = pipeline_version(load_gazetteer())
    for s in ok:
        assert got[s.id].quotes, s.name  # the corpus has quotes: an empty analysis would pass vacuously
        assert _bytes(got[s.id]) == _bytes(local[s.id]), s.name
        assert _bytes(cache.get(s.id, version)) == _bytes(local[s.id])  # written by this process
    assert seen[0] == (0, 16) and seen[-1] == (16, 16)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_bluf_import_workers_analyses_on_the_cluster(cluster, tmp_path):
    lc, _ = cluster
    folder = tmp_path / "news"
    folder.mkdir()
    for s in generated(4, seed=11):
        (folder / s.name).write_text(s.text, encoding="utf-8")
    db = tmp_path / "ws.json"
    r = subprocess.run([BLUF, "--db", str(db), "import", "--workers", lc.scheduler_address, str(folder)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "4 of 4 sources analysed" in r.stderr
    from annotate.workspace import open_workspace

    ws = open_workspace(db, seed=False)
    try:
        version = pipeline_version(ws.gazetteer)
        assert all(ws.cache.has(s.id, version) for s in ws.sources())
    finally:
        ws.close()
    bad = subprocess.run([BLUF, "--db", str(db), "import", "--workers", "localhost:8786", str(folder)],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and bad.stderr.strip().splitlines()[-1].startswith("bluf: --workers 'localhost:8786'")


def test_an_unreachable_scheduler_is_one_line(monkeypatch):
    import annotate.cluster as cluster

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    with pytest.raises(WorkspaceError) as err:
        analyze_sources(generated(1), None, scheduler="tcp://127.0.0.1:9")
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in str(err.value) and "\n" not in str(err.value)


def test_dask_is_not_imported_by_bluf_without_a_scheduler():
    code = "import sys, tui.cli, annotate.workspace, annotate.analysis; print(any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def large_array_faults() -> int:
    """Run on a worker: the page faults of allocating, filling and freeing a 1 MB array 200
    times (about 256 each time when every such array is mapped afresh, about none when the
    allocator reuses its memory)."""
    import numpy as np

    np.ones(1 << 17)  # freed at once: glibc adjusts its own thresholds at the first free
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(200):
        a = np.ones(1 << 17)
        del a
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def _pipeline_loaded() -> bool:
    from annotate.nlp import pipeline

    return bool(pipeline._cache)


def test_a_worker_started_without_the_preload_is_made_ready_when_a_client_connects():
    distributed = pytest.importorskip("distributed")
    # Dask's nanny starts the worker with MALLOC_TRIM_THRESHOLD_=65536 (its default): each
    # array spaCy allocates above 128 kB is then mapped again, page by page.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as lc, distributed.Client(lc) as client:
        assert list(client.run(large_array_faults).values())[0] > 10_000
        assert list(client.run(_pipeline_loaded).values()) == [False]
        got = analyze_sources(generated(2, seed=3), None, scheduler=lc.scheduler_address)
        assert len(got) == 2
        assert list(client.run(large_array_faults).values())[0] < 1_000
        assert list(client.run(_pipeline_loaded).values()) == [True]


def test_batches_keep_every_worker_thread_busy_to_the_end_without_tiny_tasks():
    from annotate.cluster import BATCH_SOURCES, MIN_BATCH_SOURCES, TASKS_PER_THREAD, batch_size

    assert batch_size(2_000, 2) == BATCH_SOURCES  # 80 tasks: 40 a thread
    assert batch_size(100_000, 64) == BATCH_SOURCES
    size = batch_size(500, 2)
    assert -(-500 // size) >= 2 * TASKS_PER_THREAD and size < BATCH_SOURCES
    assert batch_size(16, 2) == MIN_BATCH_SOURCES  # 4 tasks, not 16 of one source
    assert batch_size(3, 8) == MIN_BATCH_SOURCES
    assert batch_size(2_000, 0) == BATCH_SOURCES  # no worker yet: the scheduler queues them


def test_a_server_that_is_not_a_dask_scheduler_is_one_line_not_a_hang(monkeypatch, tmp_path):
    # A new user pointed --workers at a web server: the import hung, or died in a traceback
    # reading 'HTTP/1.1' as a Dask frame length.
    import http.server
    import threading
    import time

    import annotate.cluster as cluster

    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 2)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        t = time.monotonic()
        with pytest.raises(WorkspaceError) as err:
            analyze_sources(generated(1), None, scheduler=f"tcp://127.0.0.1:{server.server_address[1]}")
        assert time.monotonic() - t < 60  # not a hang: the handshake has a deadline
        said = str(err.value)
        assert f"127.0.0.1:{server.server_address[1]}" in said and "\n" not in said, said
        assert "Dask scheduler" in said, said
    finally:
        server.shutdown()


def test_a_scheduler_lost_mid_run_is_one_line_and_keeps_what_came_back(tmp_path):
    # A new user killed the scheduler mid-run: every source still out was reported, twice,
    # with Dask's whole message, and the bar ran to the end.
    distributed = pytest.importorskip("distributed")
    sources = generated(12)
    cache = AnalysisCache(tmp_path / "cache")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as lc:
        def progress(done, total, _name):
            if 0 < done < total:
                lc.close()  # the scheduler goes away after the first batch came back

        with pytest.raises(WorkspaceError) as err:
            analyze_sources(sources, cache, progress, errors={}, scheduler=lc.scheduler_address)
    said = str(err.value)
    assert "lost the Dask scheduler" in said and "\n" not in said, said
    kept = [s for s in sources if cache.get(s.id, pipeline_version(load_gazetteer())) is not None]
    assert kept and f"after {len(kept)} of 12 sources" in said, (said, len(kept))
