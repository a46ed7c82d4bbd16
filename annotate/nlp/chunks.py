"""Cut a long text into parts that spaCy parses one at a time.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, error E088), and the
parser's memory grows with the characters in flight (measured here: about +115 MB for a
50,000-character part, +270 MB for 100,000, +580 MB for 200,000). A text longer than
``CHUNK_CHARS`` is therefore analysed in parts of at most that many characters, and the
parts' offsets are shifted back into the whole text.

Where a part ends, in order of preference, within the last half of its window: after a blank
line, after a line break, after a sentence end (``.``/``!``/``?``/``…`` and closing marks,
then white space), after any white space, and only as a last resort anywhere. A cut never
falls inside a quotation (from its opening to its closing mark, and across the paragraphs
of a quote that runs on), so quotes and their pairing are the same as in the whole text;
only if a single quotation is longer than half a part is it cut.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

CHUNK_CHARS = 50_000

_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*\s+")


def quote_blocks(text: str) -> list[tuple[int, int]]:
    """Sorted, merged ``(start, end)`` ranges that a cut must not fall strictly inside:
    each quotation from its opening mark to just after its closing mark, a quote that runs
    on over paragraphs as one range."""
    from .quotes import pair_quotes

    spans, _stray = pair_quotes(text)
    out: list[tuple[int, int]] = []
    runs_on = False  # the span before has no closing mark and resumes in the next paragraph
    for s in sorted(spans, key=lambda s: s.open):
        a, b = s.open, min(len(text), s.close + 1)
        if out and (a <= out[-1][1] or runs_on or s.continued):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
        runs_on = s.continues
    return out


def chunk_bounds(text: str, limit: int | None = None, blocked: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """``[(start, end), ...]`` covering ``text`` in order, each at most ``limit`` characters
    (``limit`` >= 2; default ``CHUNK_CHARS``, read at each call). ``blocked``: sorted,
    non-overlapping ranges not to cut inside."""
    limit = CHUNK_CHARS if limit is None else limit
    n = len(text)
    if n <= limit:
        return [(0, n)]
    starts = [a for a, _ in blocked]
    out: list[tuple[int, int]] = []
    pos = 0
    while n - pos > limit:
        cut = _cut(text, pos + limit // 2, pos + limit, blocked, starts)
        out.append((pos, cut))
        pos = cut
    out.append((pos, n))
    return out


def _inside(c: int, blocked: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_left(starts, c) - 1
    return i >= 0 and blocked[i][0] < c < blocked[i][1]


def _candidates(text: str, lo: int, hi: int):
    """Cut positions in ``[lo, hi]``, best kind first, rightmost first within a kind."""
    for sep in ("\n\n", "\n"):
        i = text.rfind(sep, lo, hi)
        while i != -1:
            yield i + len(sep)
            i = text.rfind(sep, lo, i)
    for m in reversed(list(_SENTENCE_END.finditer(text, lo, hi))):
        yield m.end()
    i = hi - 1
    while i >= lo - 1:
        if text[i].isspace():
            yield i + 1
        i -= 1


def _cut(text: str, lo: int, hi: int, blocked, starts) -> int:
    for c in _candidates(text, lo, hi):
        if lo <= c <= hi and not _inside(c, blocked, starts):
            return c
    if not _inside(hi, blocked, starts):
        return hi  # no white space at all: any place outside a quotation
    i = bisect.bisect_left(starts, hi) - 1
    if blocked[i][0] >= lo:
        return blocked[i][0]  # just before the quotation's opening mark
    # A single quotation fills the window: cut it at the best place anyway.
    for c in _candidates(text, lo, hi):
        if lo <= c <= hi:
            return c
    return hi
