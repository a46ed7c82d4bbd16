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


_NAMES = ["Maria Lopez", "Ahmed Karimi", "Olena Shevchenko", "John Carter", "Li Wei", "Fatima Diallo", "Kaja Kallas",
          "Dmitry Peskov", "Friedrich Merz", "Mark Rutte"]
_PLACES = ["Kyiv", "Brussels", "Nairobi", "Caracas", "Manila", "Tbilisi", "Warsaw", "Ankara", "Doha", "Seoul"]
_SAID = ["said", "told reporters", "warned", "insisted", "added", "wrote on social media"]
_CLAIMS = ["We will not accept new conditions", "This is a serious step toward peace", "Nobody wants another winter like the last one",
           "The talks have failed and the other side knows why", "We are ready to send observers within a week",
           "Sanctions will stay until every prisoner is home"]


def news_items(n: int, seed: int = 1, paragraphs: int = 4):
    """``n`` invented news items (about 45 words a paragraph), each with quotes, named
    speakers, places, numbers and dates: distinct texts, so none is a duplicate."""
    import random

    rnd = random.Random(seed)
    out = []
    for i in range(n):
        parts = [f"Item {i}: talks in {rnd.choice(_PLACES)} resumed on Monday after {rnd.randint(2, 90)} days."]
        for _ in range(paragraphs):
            who, other = rnd.sample(_NAMES, 2)
            place = rnd.choice(_PLACES)
            parts.append(f"“{rnd.choice(_CLAIMS)},” {who} {rnd.choice(_SAID)} in {place} on {rnd.randint(1, 28)} March. "
                         f"{other} said the plan was “{rnd.choice(_CLAIMS).lower()}” and asked for {rnd.randint(3, 900)} "
                         f"observers from {rnd.choice(_PLACES)}.")
        out.append(make_source("\n\n".join(parts) + "\n", f"item-{i:06d}.txt"))
    return out
