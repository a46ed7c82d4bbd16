"""Quotes whose two marks do not match, as pages typed or converted carelessly print them.

Two shapes, each accepted only where a reporting clause right after the second mark shows the
words before it were speech (``,” said X``, ``," the minister added``):

- a closing-shaped mark glued between a sentence's end and the next word opens the quote
  (``…the border.”Troops fired on the crowd,” said a police spokesman``);
- a quote opened with one kind of mark (single ``'``/``‘`` or double) ends at a closing mark
  of the other kind (``'We will not retreat," the colonel said``) instead of running on to
  its paragraph's end.

Plain text in, character offsets out; no model. ``quotes.pair_quotes`` calls both.
"""

from __future__ import annotations

import re

from .lexicon import reporting_forms

_SENTENCE_END = ".!?…"
_SPEECH_END = ",.!?…"  # what quoted speech ends with before its closing mark and a reporting clause
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_CLAUSE_WORDS = 5  # the reporting verb is among the first five words after the mark ("," the Syrian president averred")


def reported_after(text: str, i: int) -> bool:
    """The mark at offset ``i`` of ``text`` closes speech: the quoted words end in a comma or a
    sentence's end right before it, and one of the first five words after it, in the same
    sentence, is a form of a reporting verb (``lexicon.reporting_forms``: "said", "told",
    "averred")."""
    if i < 1 or text[i - 1] not in _SPEECH_END or i + 1 >= len(text) or text[i + 1] not in " ,\t":
        return False
    tail = re.split(r"[.!?;:\n\"“”«»]", text[i + 1 : i + 200], maxsplit=1)[0]
    forms = reporting_forms()
    return any(w.lower() in forms for w in _WORD.findall(tail)[:_CLAUSE_WORDS])


def _glued_opening(text: str, i: int) -> bool:
    """The mark at ``i`` sits between a sentence's end and a capitalised word, no space on either side."""
    return 0 < i < len(text) - 1 and text[i - 1] in _SENTENCE_END and text[i + 1].isupper()


def mirrored_pairs(text: str, stray: list[int], marks: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Pairs ``(open, close)`` made of two consecutive stray double marks (``stray``: their
    offsets, ascending) of one line with no other mark of ``marks`` between them, the first
    glued after a sentence's end (``_glued_opening``) and the second closing speech
    (``reported_after``); and the stray marks left."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for a, b in zip(stray, stray[1:]):
        if a in used or "\n" in text[a:b] or any(c in marks for c in text[a + 1 : b]):
            continue
        if _glued_opening(text, a) and reported_after(text, b):
            pairs.append((a, b))
            used.update((a, b))
    return pairs, [i for i in stray if i not in used]


def other_kind_close(text: str, open_at: int, end: int, closers: str) -> int | None:
    """Where a quote opened at ``open_at`` and left unclosed up to ``end`` (its paragraph's
    end) ends at a closing mark of the other kind: the first mark of ``closers`` after it
    that closes speech (``reported_after``); None when there is none."""
    for k in range(open_at + 2, end):
        if text[k] in closers and reported_after(text, k):
            return k
    return None
