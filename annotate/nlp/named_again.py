"""Actors named again by a shorter phrase later in the same article: "the Polish police"
first, then "Police said ..."; "Iran's state media" first, then "..., state television said";
"the Serbia Orthodox Church" where the model made no entity of it the second time.

A news article names a body in full once and then by its head ("the air force", "the
ministry", "police"): the phrase stands for that body when no other actor of the article goes
by it. Stance suggestions read what the body is reported saying there (nlp/stance.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from itertools import accumulate

from ..models import Analysis

_SOURCE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Plural nouns of people that stand for no one body: "officials said" may be any side's.
_NO_BODY = frozenset("officials sources people residents witnesses analysts experts observers spokesman spokeswoman "
                     "spokesperson he she they it we".split())
_WORD = re.compile(r"[\w’'.&-]+")
_POSSESSIVE = re.compile(r"[’']s?$")


def mention_spans(text: str, analysis: Analysis, actor_at) -> set[tuple[int, int]]:
    """Spans that name an actor: entities, the agents of frames, the speakers of quotes, and any
    run of up to ``_SPAN_WORDS`` words the actor index knows as a mention ("Iran's state media",
    "The air force", "P Sundarraj": names the other finders of actors made, with no entity)."""
    spans = {(e.start, e.end) for e in analysis.entities if e.label in _SOURCE_LABELS}
    spans |= {(f.agent_start, f.agent_end) for f in analysis.frames if f.agent_start >= 0}
    spans |= {(q.speaker.start, q.speaker.end) for q in analysis.quotes if q.speaker is not None}
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    # A word holds no line break: a run of words holds one when its first and last words are on
    # different lines (each word's line counted once, instead of a slice of the text per run).
    lines, line, pos = [], 0, 0
    for ws, _ in words:
        line += text.count("\n", pos, ws)
        pos = ws
        lines.append(line)
    for k, (ws, _) in enumerate(words):
        first = lines[k]
        for j in range(k, min(k + _SPAN_WORDS, len(words))):
            if lines[j] != first:
                break
            we = words[j][1]
            if actor_at(ws, we) is not None:
                spans.add((ws, we))
    return spans


_SPAN_WORDS = 6  # the longest run of words looked up as a mention


def _phrases(text: str, analysis: Analysis, actor_at, spans: set[tuple[int, int]] | None = None) -> dict[str, str]:
    """Lowercased phrase -> actor id, for each phrase that names one actor of the article: the
    text of each of its mentions (without "the"), and the mention without the country, the
    nationality or the possessor in front of it ("Polish police" -> "police", "Iran's state
    media" -> "state media"). ``spans``: ``mention_spans`` of the article when already made."""
    places = sorted((e.start, e.end) for e in analysis.entities if e.label in ("NORP", "GPE"))
    place_starts = [ps for ps, _ in places]
    reach = list(accumulate((pe for _, pe in places), max))  # the furthest end of a place starting at or before each
    found: dict[str, set[str]] = defaultdict(set)
    for s, e in mention_spans(text, analysis, actor_at) if spans is None else spans:
        aid = actor_at(s, e)
        if aid is None:
            continue
        words = [(m.group(), m.start()) for m in _WORD.finditer(text, s, e)]
        if words and words[0][0].lower() == "the":
            words = words[1:]
        if not words:
            continue
        full = " ".join(w for w, _ in words)
        # A proper name of one word ("Russia", "Kyiv", "Tusk") is the model's to find: a place's
        # name there may be the place, not its government; a noun ("police") is a head.
        if (len(words) > 1 or full.islower()) and len(full) >= 4 and full.lower() not in _NO_BODY:
            found[full.lower()].add(aid)
        first, at = words[0]
        k = bisect_right(place_starts, at)  # a place starting at or before the first word and ending after it
        lead = _POSSESSIVE.search(first) is not None or (k > 0 and reach[k - 1] > at)
        head = [w for w, _ in words[1:]]
        if lead and 1 <= len(head) <= 3 and not _POSSESSIVE.search(head[-1]):
            phrase = " ".join(head)
            if len(phrase) >= 4 and phrase.lower() not in _NO_BODY:
                found[phrase.lower()].add(aid)
    return {p: next(iter(a)) for p, a in found.items() if len(a) == 1}


def named_again(text: str, analysis: Analysis, actor_at, spans: set[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of each place where an actor of the article is named by one of its
    phrases (``_phrases``) outside the mentions the analysis made: "Police said" after "the
    Polish police", "The air force also warned" after "Ukraine's air force". Not inside another
    mention, nor after a capitalised word or a possessive that makes it another body's ("Russian
    police", "Russia's air force"); a capitalised word opening the sentence that the model tagged
    no name ("Local police said") is no other body's. ``spans``: ``mention_spans`` of the article
    when already made."""
    spans = mention_spans(text, analysis, actor_at) if spans is None else spans
    phrases = _phrases(text, analysis, actor_at, spans)
    if not phrases:
        return []
    # Mentions the analysis made of an actor: those are read as they are ("Iran" in "Iran's state
    # media", which names no actor, is no mention of one).
    taken = sorted((s, e, aid) for s, e in spans if (aid := actor_at(s, e)) is not None)
    taken_starts = [ts for ts, _, _ in taken]
    longest = max((te - ts for ts, te, _ in taken), default=0)
    rx = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w-])", re.I)
    # Words the model tagged as (part of) a name: a capitalised word that is none, opening a
    # sentence ("Local police told ..."), is capitalised for its place only.
    named_words = sorted((e.start, e.end) for e in analysis.entities)
    named_starts = [ns for ns, _ in named_words]
    out = []
    for m in rx.finditer(text):
        s, e = m.span()
        # Not inside or across another actor's mention; one inside the phrase ("Iran" in "Iran's
        # state media") is part of the longer name.
        aid = phrases[m.group().lower()]
        # (only mentions starting less than the longest mention's length before ``s`` can reach it)
        lo, hi = bisect_right(taken_starts, s - longest), bisect_left(taken_starts, e)
        if any(s < te and who != aid and not (s <= ts and te <= e) for ts, te, who in taken[lo:hi]):
            continue
        # The word before, in the same sentence: "Russian police", "Russia's air force" name another's.
        prev = re.search(r"([\w’'-]+)([^\w]*)$", text[max(0, s - 30) : s])
        if prev is not None and re.fullmatch(r"[ \t]+", prev.group(2)):
            w = prev.group(1)
            w_at = s - len(prev.group(0))
            k = bisect_right(named_starts, w_at) - 1
            tagged = k >= 0 and named_words[k][0] <= w_at < named_words[k][1]
            opening = re.search(r"(?:^|[.!?]\s+|\n)\W*$", text[max(0, w_at - 4) : w_at]) is not None
            if _POSSESSIVE.search(w) or (w[:1].isupper() and w.lower() != "the" and (tagged or not opening)):
                continue
        out.append((s, e, aid))
    return out
