"""Export of a workspace of 1,000 sources and 10,000 stances (issue 6: under 2 s).

The generator makes each source a seed article with a line of its own in front, and its
cached analysis the seed's with offsets shifted: real analysis content at scale without
parsing 1,000 articles. Then `bluf export` runs as a user would (a new process), for each
format; the baseline, measured in the same run, is a process that only starts Python and
reads the workspace file with orjson."""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from copy import deepcopy
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent


def shifted(analysis, source_id: str, delta: int):
    from annotate.models import Entity, Frame, Speaker

    a = deepcopy(analysis)
    a.source_id = source_id
    a.sentences = [(s + delta, e + delta) for s, e in a.sentences]
    a.entities = [Entity(e.start + delta, e.end + delta, e.label, e.text) for e in a.entities]
    qs = []
    for q in a.quotes:
        sp = q.speaker
        if sp is not None:
            sp = Speaker(sp.start + delta, sp.end + delta, sp.text, sp.kind,
                         sp.antecedent_start + delta if sp.antecedent_start >= 0 else -1,
                         sp.antecedent_end + delta if sp.antecedent_end >= 0 else -1)
        qs.append(replace(q, start=q.start + delta, end=q.end + delta, speaker=sp,
                          frame_start=q.frame_start + delta if q.frame_start >= 0 else -1,
                          frame_end=q.frame_end + delta if q.frame_end >= 0 else -1))
    a.quotes = qs
    a.frames = [Frame(f.agent_start + delta, f.agent_end + delta, f.agent_text, f.verb, f.start + delta, f.end + delta) for f in a.frames]
    a.incidents = [replace(m, start=m.start + delta, end=m.end + delta) for m in a.incidents]
    a.stray_marks = [o + delta for o in a.stray_marks]
    return a


def generate(directory: Path, n_sources: int = 1000, n_stances: int = 10_000, seed: int = 5) -> Path:
    from annotate.analysis import analyze_sources
    from annotate.cache import AnalysisCache
    from annotate.ingest import make_source, seed_sources
    from annotate.models import DEFAULT_LABELS
    from annotate.nlp.pipeline import pipeline_version
    from annotate.store import SCHEMA_VERSION, OrjsonStorage

    rng = random.Random(seed)
    seeds = seed_sources()
    base = analyze_sources(seeds)  # real analyses of the five seeds
    path = directory / "big.json"
    cache = AnalysisCache(directory / "big.json.analysis")
    version = pipeline_version()
    sources = []
    for i in range(n_sources):
        s = seeds[i % len(seeds)]
        prefix = f"Report {i:04d} from the wire.\n"
        src = make_source(prefix + s.text, f"src-{i:04d}.txt")
        sources.append(src)
        a = shifted(base[s.id], src.id, len(prefix))
        a.pipeline = version
        cache.put(a)
    tables = {"meta": {"1": {"schema_version": SCHEMA_VERSION, "journal_seq": 0}},
              "sources": {str(i + 1): s.to_dict() for i, s in enumerate(sources)},
              "stances": {}, "actor_edits": {}, "incident_edits": {}}
    quotes_by_source = {s.id: [(q.start, q.end, q.text) for q in base[seeds[i % len(seeds)].id].quotes] for i, s in enumerate(sources)}
    actors = ["donald-trump", "dmitry-peskov", "nato", "friedrich-merz", "uk-government", "russian-government", "kaja-kallas",
              "alexey-meshkov", "gitanas-nauseda", "boris-pistorius"]
    for k in range(n_stances):
        s = sources[rng.randrange(len(sources))]
        qs = quotes_by_source[s.id]
        start, end, text = qs[rng.randrange(len(qs))]
        tables["stances"][str(k + 1)] = {
            "ev": "tag", "id": uuid.UUID(int=rng.getrandbits(128)).hex[:12], "actor_id": rng.choice(actors),
            "label": rng.choice(DEFAULT_LABELS), "source_id": s.id, "start": start + len(s.text) - len(s.text.split("\n", 1)[1]),
            "end": end + len(s.text) - len(s.text.split("\n", 1)[1]), "quote": text,
            "annotator": rng.choice(["ana", "bob", "chen", "dara"]), "created_at": f"2026-01-{1 + k % 28:02d}T00:00:00+00:00",
        }
    OrjsonStorage(path).write(tables)
    return path


def _time(argv: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - t


def run(repeat: int = 3) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        t = time.perf_counter()
        path = generate(d)
        out["generate_s"] = round(time.perf_counter() - t, 1)
        bluf = str(Path(sys.executable).parent / "bluf")
        baseline = [sys.executable, "-c", f"import orjson; orjson.loads(open({str(path)!r}, 'rb').read())"]
        base = statistics.median(_time(baseline) for _ in range(repeat))
        out["baseline_read_s"] = round(base, 3)
        # The first export derives actors and incidents and caches them; later ones load them.
        out["md_first_s"] = round(_time([bluf, "--db", str(path), "export", "-o", str(d / "first.md")]), 3)
        for fmt in ("md", "json", "jsonl", "csv"):
            times = [_time([bluf, "--db", str(path), "export", "--format", fmt, "-o", str(d / f"out.{fmt}")]) for _ in range(repeat)]
            out[f"{fmt}_s"] = round(statistics.median(times), 3)
            out[f"{fmt}_ratio"] = round(statistics.median(times) / base, 1)
        out["target_s"] = 2.0
        out["sources"], out["stances"] = 1000, 10_000
    return out


if __name__ == "__main__":
    import json

    sys.path.insert(0, str(HERE.parent))
    print(json.dumps(run(), indent=1))
