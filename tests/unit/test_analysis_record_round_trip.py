"""The analysis cache keeps every field bluf found: an ``Analysis`` written as a record and read
back is the same, whatever field a later version adds to a mention, a quote, a speaker, a frame or
an entity (the cache once dropped three mention flags, so a reopened workspace derived other
incidents than a fresh analysis)."""

from __future__ import annotations

import dataclasses
import json

from annotate.models import Analysis, Entity, Frame, IncidentMention, Quote, Speaker


def _filled(cls, n: int):
    """An instance of dataclass ``cls`` with every field set to a value no default has."""
    values = {}
    for k, f in enumerate(dataclasses.fields(cls)):
        t = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        if t.startswith("bool"):
            values[f.name] = True
        elif t.startswith("int"):
            values[f.name] = 1000 + n + k
        elif t.startswith("float"):
            values[f.name] = 0.5 + k
        elif t.startswith("str") or t == "Optional[str]":
            values[f.name] = f"{f.name}-{n}"
        elif "Speaker" in t:
            values[f.name] = _filled(Speaker, n)
        elif t.startswith("list") or t.startswith("tuple"):
            continue  # (none of these dataclasses holds a list of its own)
        else:
            raise AssertionError(f"{cls.__name__}.{f.name}: a field of type {t} this test does not fill")
    return cls(**values)


def test_every_field_survives_the_cache_record():
    a = Analysis(source_id="s1", pipeline="p", sentences=[(0, 10), (11, 20)], entities=[_filled(Entity, 1)],
                 quotes=[_filled(Quote, 2)], frames=[_filled(Frame, 3)], incidents=[_filled(IncidentMention, 4), _filled(IncidentMention, 5)],
                 stray_marks=[7], seconds=1.5, published="2025-01-02")
    back = Analysis.from_dict(json.loads(json.dumps(a.to_dict())))
    for name in ("entities", "quotes", "frames", "incidents"):
        assert getattr(back, name) == getattr(a, name), name
    assert dataclasses.asdict(back) == dataclasses.asdict(a)
