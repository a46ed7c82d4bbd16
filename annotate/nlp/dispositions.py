"""Clauses that tell an actor's disposition with a copula: "the rebels are ready to observe a
ceasefire", "the junta remains determined to retake the north", "the militia was not willing to
negotiate". The parse gives no frame for them (a form of "be" is no verb of action), yet they
state a position as plainly as "the rebels agreed to"; stance suggestions read them as a clause
of what the subject did.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# A form of "be" (or "remain"), up to two adverbs, an adjective of readiness or will, then "to",
# "for" or "on": the closed class of predicates that state an intent.
_DISPOSED = re.compile(
    r"\s+(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been)\s+(?:(?:still|also|now|not|fully|always|again|\w+ly)\s+){0,2}"
    r"(?:ready|prepared|willing|unwilling|determined|committed|open|available|eager|keen|reluctant|resolved|intent)\s+(?:to|for|on)\b",
    re.I,
)
# Where the subject's clause starts: a mark, a quote's edge or a conjunction that opens a clause.
_EDGE = re.compile(r"[,;:—–()“”\"]|\b(?:that|and|but|while|whereas|because|as)\b", re.I)
MAX_SUBJECT_WORDS = 8
_WORD = re.compile(r"[\w’'.&-]+")


def disposed_clauses(text: str, sents: list[tuple[int, int]], quoted: list[tuple[int, int]] = ()) -> list[tuple[int, int, int, int]]:
    """(subject start, subject end, clause start, clause end) character offsets of each clause of
    ``text`` whose verb is a copula with an adjective of disposition ("The Tongan rebels are ready
    to observe a ceasefire": the subject "The Tongan rebels", the clause up to the end of its
    sentence). ``sents``: sorted (start, end) sentence spans; clauses inside ``quoted`` spans (the
    speaker's own words, where the subject is "we" or another side) and subjects of more than
    ``MAX_SUBJECT_WORDS`` words are left out."""
    starts = [s for s, _ in sents]
    out = []
    for m in _DISPOSED.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or not (sents[k][0] <= m.start() < sents[k][1]):
            continue
        if any(qs <= m.start() < qe for qs, qe in quoted):
            continue
        lo = sents[k][0]
        for e in _EDGE.finditer(text, lo, m.start()):
            lo = e.end()
        words = list(_WORD.finditer(text, lo, m.start()))
        if not words or len(words) > MAX_SUBJECT_WORDS:
            continue
        out.append((words[0].start(), words[-1].end(), words[0].start(), sents[k][1]))
    return out


def subject_spans(text: str, start: int, end: int, lead_words: int | None = None) -> list[tuple[int, int]]:
    """The word-bounded spans inside ``text[start:end]``, longest first: where an actor may be
    named in a subject phrase ("The Tongan rebels" -> "The Tongan rebels", "Tongan rebels", ...).
    ``lead_words``: only spans that start within the phrase's first so many words, not counting a
    leading "the" (the head of
    "rebels in Mali" is not "Mali")."""
    words = list(_WORD.finditer(text, start, end))
    firsts = range(len(words) if lead_words is None else min(lead_words + (words[0].group().lower() == "the" if words else 0), len(words)))
    spans = [(words[i].start(), words[j].end()) for i in firsts for j in range(i, len(words))]
    return sorted(spans, key=lambda se: (se[0] - se[1], se[0]))
