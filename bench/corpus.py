"""A synthetic corpus for benchmarks: the seed articles repeated with small changes
(numbers shifted) until it has at least ``words`` words of article text."""

from __future__ import annotations

import re

from annotate.ingest import make_source, seed_sources
from annotate.text import masked


def corpus(words: int = 50_000):
    seeds = seed_sources()
    out, total, k = [], 0, 0
    while total < words:
        for s in seeds:
            text = re.sub(r"\d+", lambda m: str(int(m.group()) + k), s.text) + f"\nCopy {k}.\n"
            src = make_source(text, f"{k:03d}-{s.name}")
            out.append(src)
            total += len(masked(src.text, src.removed).split())
            if total >= words:
                break
        k += 1
    return out
