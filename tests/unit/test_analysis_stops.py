"""An analysis can be stopped and shared: told to stop it ends at the next text or part
(what was finished stays cached); a source removed meanwhile is dropped at its next part;
two processes (or threads) never parse one source at once: one waits for the other's result,
or, asked to, leaves the source out and says another bluf is analysing it."""

from __future__ import annotations

import threading
import time

import pytest

import annotate.analysis as analysis
import annotate.nlp.chunks as chunks
from annotate.analysis import Cancelled, analyze_sources
from annotate.cache import AnalysisCache
from annotate.ingest import make_source
from annotate.nlp.pipeline import pipeline_version

from ..large_text import large_text


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 3000)  # parts of well under a second


def sources():
    short = make_source(large_text(1200, "Elbonia"), "short.txt", "", None)
    long = make_source(large_text(15000), "long.txt", "", None)
    return short, long


def test_a_stopped_analysis_ends_at_the_next_part_and_keeps_what_was_finished(tmp_path, small_parts, nlp):
    short, long = sources()
    cache = AnalysisCache(tmp_path / "cache")
    ticks: list[str] = []
    t0 = time.monotonic()
    with pytest.raises(Cancelled):
        analyze_sources([short, long], cache, progress=lambda d, t, n: ticks.append(n), stop=lambda: "part 2/" in "".join(ticks))
    assert time.monotonic() - t0 < 15
    version = pipeline_version()
    assert cache.get(short.id, version) is not None  # finished before the stop: kept
    assert cache.get(long.id, version) is None  # abandoned mid-way: never half cached
    assert not any("part 3/" in n for n in ticks)
    assert not cache.busy(long.id, version)  # its lock is released


def test_a_source_removed_during_its_analysis_is_dropped_at_the_next_part(tmp_path, small_parts, nlp):
    short, long = sources()
    cache = AnalysisCache(tmp_path / "cache")
    ticks: list[str] = []
    errors: dict[str, str] = {}
    got = analyze_sources([short, long], cache, progress=lambda d, t, n: ticks.append(n), errors=errors,
                          wanted=lambda sid: sid != long.id or not any("part 2/" in n for n in ticks))
    assert set(got) == {short.id} and not errors  # left out, unsaid
    assert cache.get(long.id, pipeline_version()) is None
    assert any("part 2/" in n for n in ticks) and not any("part 3/" in n for n in ticks)


def test_two_analyses_of_one_source_parse_it_once(tmp_path, small_parts, nlp, monkeypatch):
    _, long = sources()
    cache = AnalysisCache(tmp_path / "cache")
    parsed: list[str] = []
    real = analysis._analyze_long

    def counting(nlp_, pipeline, gaz, source, *rest):
        parsed.append(source.id)
        return real(nlp_, pipeline, gaz, source, *rest)

    monkeypatch.setattr(analysis, "_analyze_long", counting)
    started = threading.Event()
    results: list = []

    def first():
        results.append(analyze_sources([long], cache, progress=lambda d, t, n: started.set() if "part" in n else None))

    t = threading.Thread(target=first)
    t.start()
    assert started.wait(60)
    # While the first parses it: asked to, a second leaves it out and says so at once ...
    busy: set[str] = set()
    t0 = time.monotonic()
    assert analyze_sources([long], cache, busy=busy) == {} and busy == {long.id}
    assert time.monotonic() - t0 < 2
    assert cache.busy(long.id, pipeline_version())
    # ... else it waits for the first and reads its result
    second = analyze_sources([long], cache)
    t.join(60)
    assert parsed == [long.id]
    assert second[long.id].to_dict() == results[0][long.id].to_dict()
