"""Unicode normalisation (NFC) before analysis, with offsets mapped back.

A decomposed "José" (``e`` + combining acute) is one character for the parser, the name
matcher and the alias file once composed. The analysis runs on the NFC text; its character
offsets are then mapped back to the source's own text, so highlights stay where they were.
Text fields (entity, quote and speaker words) stay in NFC: canonically the same words.
"""

from __future__ import annotations

import dataclasses
import unicodedata


class OffsetMap:
    """Offsets of an NFC text -> offsets of the text it came from. ``start(i)`` for a span's
    start, ``end(i)`` for its (exclusive) end; both accept 0..len(nfc text)."""

    def __init__(self, starts: list[int], ends: list[int], orig_len: int):
        self._starts, self._ends, self._len = starts, ends, orig_len

    def start(self, i: int) -> int:
        """The original offset of NFC offset ``i`` taken as a span's start (-1 stays -1)."""
        if i < 0:
            return i
        return self._starts[i] if i < len(self._starts) else self._len

    def end(self, i: int) -> int:
        """The original offset of NFC offset ``i`` taken as a span's exclusive end (-1 stays -1)."""
        if i <= 0:
            return i
        return self._ends[min(i, len(self._ends)) - 1]


def to_nfc(text: str) -> tuple[str, OffsetMap | None]:
    """``(NFC text, map back)``; the map is None when ``text`` is already NFC (the usual case,
    checked in C)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    # Compose cluster by cluster (a starter and the combining marks after it), so every output
    # character comes from one known range of the input.
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), OffsetMap(starts, ends, n)


_START_FIELDS = ("start", "agent_start", "frame_start", "antecedent_start")
_END_FIELDS = ("end", "agent_end", "frame_end", "antecedent_end")


def map_back(obj, m: OffsetMap):
    """``obj`` (an Analysis, or any dataclass, list or (start, end) tuple inside one) with its
    offsets mapped back through ``m``; -1 ("none") stays -1."""
    if isinstance(obj, list):
        return [map_back(x, m) for x in obj]
    if isinstance(obj, tuple) and len(obj) == 2 and all(isinstance(x, int) for x in obj):
        return (m.start(obj[0]), m.end(obj[1]))
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in dataclasses.fields(obj):
            v = getattr(obj, f.name)
            if isinstance(v, int) and not isinstance(v, bool) and f.name in _START_FIELDS:
                changes[f.name] = m.start(v)
            elif isinstance(v, int) and not isinstance(v, bool) and f.name in _END_FIELDS:
                changes[f.name] = m.end(v)
            elif f.name == "stray_marks":
                changes[f.name] = [m.start(x) for x in v]
            elif isinstance(v, (list, tuple)) or dataclasses.is_dataclass(v):
                changes[f.name] = map_back(v, m)
        return dataclasses.replace(obj, **changes)
    return obj


__all__ = ["OffsetMap", "to_nfc", "map_back"]
