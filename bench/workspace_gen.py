"""Generate big workspaces for benchmarks: the five seeds (or the sources given) and N
tag events of about 300 bytes each, written straight as a schema-2 TinyDB file."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from annotate.ingest import seed_sources
from annotate.models import DEFAULT_LABELS
from annotate.store import SCHEMA_VERSION, OrjsonStorage

ANNOTATORS = ["ana", "bob", "chen", "dara"]
ACTORS = ["dmitry-peskov", "donald-trump", "nato", "friedrich-merz", "uk-government", "russian-government", "kaja-kallas"]


def write_workspace(path: Path, stances: int, sources=None, seed: int = 1) -> Path:
    rng = random.Random(seed)
    sources = sources if sources is not None else seed_sources()
    tables = {
        "meta": {"1": {"schema_version": SCHEMA_VERSION, "journal_seq": 0, "created_at": "2026-01-01T00:00:00+00:00"}},
        "sources": {str(i + 1): s.to_dict() for i, s in enumerate(sources)},
        "stances": {}, "actor_edits": {}, "incident_edits": {}, "notes": {},
    }
    for i in range(stances):
        s = sources[rng.randrange(len(sources))]
        start = rng.randrange(max(1, len(s.text) - 120))
        end = start + rng.randint(30, 110)
        tables["stances"][str(i + 1)] = {
            "ev": "tag", "id": uuid.UUID(int=rng.getrandbits(128)).hex[:12], "actor_id": rng.choice(ACTORS),
            "label": rng.choice(DEFAULT_LABELS), "source_id": s.id, "start": start, "end": end,
            "quote": s.text[start:end], "annotator": rng.choice(ANNOTATORS),
            "created_at": f"2026-01-{1 + i % 28:02d}T{i % 24:02d}:00:00.000+00:00", "actor_name": "NATO",
        }  # as Workspace.tag_span writes them: fields at their default left out
    OrjsonStorage(path).write(tables)
    return path
