"""A long text's analysis survives a restart part by part: each part is kept as it finishes,
so `bluf analyze` killed (SIGKILL) after k parts resumes at part k+1, says so, and prints
exactly what an uninterrupted run prints; a workspace analysis stopped half way resumes to
the same ``Analysis``; a corrupt or truncated part file is parsed again; the part files are
gone once the whole is cached."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import annotate.nlp.chunks as chunks
from annotate.analysis import Cancelled, analyze_sources
from annotate.cache import AnalysisCache
from annotate.ingest import make_source
from annotate.nlp.pipeline import pipeline_version

from ..large_text import large_text

ROOT = Path(__file__).resolve().parents[2]
PART = 3000  # characters per part: each parses in well under a second

# `bluf analyze` exactly as the console script runs it, with the part threshold lowered.
RUN = (f"import sys; import annotate.nlp.chunks as c; c.CHUNK_CHARS = {PART}; from tui.cli import main; "
       "sys.exit(main(sys.argv[1:]))")


# Incidents, before and after where an analysis is cut short.
STRIKE = ("Russian drones struck a power plant in Kharkiv on Monday, killing two people, the regional governor "
          "said.")
SHELLING = "Russian missiles hit a railway station in Kherson on Tuesday, killing four people, the regional governor said."


def long_text(chars: int) -> str:
    """About ``chars`` characters: invented reports with a quote every paragraph or two and
    an incident at the start and in the second half."""
    return "\n\n".join([STRIKE, large_text(chars // 2), SHELLING, large_text(chars // 2, "Elbonia")]) + "\n"


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", PART)


def analyze_cmd(path: Path) -> list[str]:
    return [sys.executable, "-c", RUN, "analyze", str(path), "--json"]


def cli_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(home / "cache"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"), BLUF_DB=str(home / "ws.json"))
    env.pop("NO_COLOR", None)
    return env


def part_files(root: Path) -> list[Path]:
    return sorted(root.glob("**/*.parts/*.json"))


def test_bluf_analyze_killed_after_some_parts_resumes_at_the_next_and_prints_the_same(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(long_text(10 * PART), encoding="utf-8")
    # Uninterrupted, in a home of its own.
    whole = subprocess.run(analyze_cmd(article), env=cli_env(tmp_path / "a"), capture_output=True, text=True, timeout=300)
    assert whole.returncode == 0, whole.stderr[-2000:]
    assert not part_files(tmp_path / "a")  # nothing left behind
    assert "resuming" not in whole.stderr

    env = cli_env(tmp_path / "b")
    p = subprocess.Popen(analyze_cmd(article), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while len(part_files(tmp_path / "b")) < 2:  # two parts done: kill it in the middle
            assert p.poll() is None, p.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "no part file appeared"
            time.sleep(0.02)
        os.kill(p.pid, signal.SIGKILL)
        p.wait(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        p.stdout.close()
        p.stderr.close()
    assert p.returncode == -signal.SIGKILL
    k = len(part_files(tmp_path / "b"))
    assert [f.name for f in part_files(tmp_path / "b")] == [f"{i:04d}.json" for i in range(1, k + 1)]

    again = subprocess.run(analyze_cmd(article), env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    said = re.search(r"resuming at part (\d+) of (\d+) of long\.txt", again.stderr)
    assert said, again.stderr[-2000:]
    n = int(said[2])
    assert int(said[1]) == k + 1 and 2 <= k < n, (k, n)  # killed half way: resumed just after the last part done
    assert json.loads(again.stdout) == json.loads(whole.stdout)  # offsets, quotes, names, actors, incidents
    assert json.loads(again.stdout)[0]["quotes"] and json.loads(again.stdout)[0]["incidents"]
    assert not part_files(tmp_path / "b")  # the finished whole replaced them


def _plain(analysis) -> dict:
    d = analysis.to_dict()
    d.pop("seconds")  # time taken: the only field that differs between two runs
    return d


def test_a_workspace_analysis_stopped_half_way_resumes_to_the_same_analysis(tmp_path, small_parts, nlp):
    src = make_source(long_text(8 * PART), "long.txt")
    version = pipeline_version()
    whole = analyze_sources([src], AnalysisCache(tmp_path / "one"))[src.id]

    cache = AnalysisCache(tmp_path / "two")
    ticks: list[str] = []
    with pytest.raises(Cancelled):
        analyze_sources([src], cache, progress=lambda d, t, name: ticks.append(name), stop=lambda: any("part 4/" in t for t in ticks))
    assert cache.get(src.id, version) is None
    assert len(part_files(tmp_path / "two")) == 4  # parts 1-4 finished (stopped before part 5) and kept

    ticks.clear()
    again = analyze_sources([src], cache, progress=lambda d, t, name: ticks.append(name))[src.id]
    parts = [t for t in ticks if "part " in t]
    n = len(parts) + 4
    assert parts[0] == f"resuming at part 5 of {n} of long.txt"
    assert parts[1:] == [f"part {i}/{n} of long.txt" for i in range(6, n + 1)]
    assert _plain(again) == _plain(whole)
    assert again.quotes and again.entities and len(again.incidents) >= 2
    assert any(m.start > 4 * PART for m in again.incidents)  # one found in a part parsed after the restart
    assert _plain(cache.get(src.id, version)) == _plain(whole)
    assert not part_files(tmp_path / "two") and not list((tmp_path / "two").glob("**/*.parts"))


@pytest.mark.parametrize("damage", ["truncated", "corrupt", "other key", "empty", "a directory"])
def test_a_damaged_part_file_is_parsed_again_never_trusted(tmp_path, small_parts, nlp, damage):
    src = make_source(large_text(6 * PART), "long.txt", "", None)
    whole = analyze_sources([src], AnalysisCache(tmp_path / "one"))[src.id]
    cache = AnalysisCache(tmp_path / "two")
    ticks: list[str] = []
    with pytest.raises(Cancelled):
        analyze_sources([src], cache, progress=lambda d, t, name: ticks.append(name), stop=lambda: any("part 3/" in t for t in ticks))
    first, second, third = part_files(tmp_path / "two")
    raw = second.read_bytes()
    if damage == "truncated":
        second.write_bytes(raw[: len(raw) // 2])
    elif damage == "corrupt":  # same length, same header: a quote moved by one character
        head, _, body = raw.partition(b"\n")
        assert b'"start":' in body
        second.write_bytes(head + b"\n" + body.replace(b'"start":', b'"start":1', 1))
    elif damage == "other key":
        second.write_bytes(raw.replace(b'"key":"', b'"key":"0', 1))
    elif damage == "empty":
        second.write_bytes(b"")
    else:
        second.unlink()
        second.mkdir()
    ticks.clear()
    again = analyze_sources([src], cache, progress=lambda d, t, name: ticks.append(name))[src.id]
    parts = [t for t in ticks if "part " in t]
    assert parts[0].startswith("resuming at part 2 of ")  # part 1 read, part 2 parsed again
    assert _plain(again) == _plain(whole)
    assert not list((tmp_path / "two").glob("**/*.parts"))


def test_part_files_of_another_pipeline_version_are_removed(tmp_path, small_parts, nlp):
    src = make_source(large_text(3 * PART), "long.txt", "", None)
    cache = AnalysisCache(tmp_path / "c")
    stale = tmp_path / "c" / "an-older-version" / "0123abcd.parts"
    stale.mkdir(parents=True)
    (stale / "0001.json").write_bytes(b'{"key":"x","part":1,"sha256":"y"}\n{}')
    kept = tmp_path / "c" / "an-older-version" / "0123abcd.json"  # a whole analysis: not the parts' business
    kept.write_bytes(b"{}")
    analyze_sources([src], cache)
    assert not stale.exists() and kept.exists()
    assert cache.get(src.id, pipeline_version()) is not None and not part_files(tmp_path / "c")
