"""Whether an event word is part of a military exercise the sentence tells ("forces practising
blockades and strikes on maritime targets", "the drills included air and sea strikes", "fired two
missiles during the exercise"): a strike rehearsed or simulated is the exercise, not an attack.
Reads a spaCy token's parse only (this module imports no spaCy)."""

from __future__ import annotations

# nouns that name an exercise and verbs of rehearsing: a closed class of the language, not words of our texts
EXERCISE_NOUNS = frozenset({"exercise", "drill", "wargame", "war-game", "manoeuvre", "maneuver", "simulation", "rehearsal", "practice", "training"})
REHEARSE_VERBS = frozenset({"practise", "practice", "rehearse", "simulate", "drill", "exercise", "train"})
_DURING = frozenset({"during", "in", "throughout", "amid"})  # "fired missiles during the drills"
_CLIMB = frozenset({"conj", "dobj", "pobj", "prep", "appos", "compound", "amod", "nmod", "xcomp", "acl"})


def _is_exercise(tok) -> bool:
    return tok.lemma_.lower() in EXERCISE_NOUNS or tok.lower_ in EXERCISE_NOUNS or tok.lower_.rstrip("s") in EXERCISE_NOUNS


def in_exercise(t) -> bool:
    """True when the trigger token ``t`` is something an exercise does: its heads, up to its clause's
    verb (at most six steps through objects, lists and prepositions), include a verb of rehearsing
    ("practising strikes"), a verb whose subject names an exercise ("the exercises included air
    strikes"), or the clause has "during/in the drills" or "as part of an exercise"."""
    tok = t
    for _ in range(6):
        if tok is not t and tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ not in _CLIMB or tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REHEARSE_VERBS:
            return True
        if tok.pos_ in ("NOUN", "PROPN") and tok is not t and _is_exercise(tok) and tok.i < t.i and t.dep_ != "conj":
            return True  # "a simulation of strikes", "drills of blockades and strikes"
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and _is_exercise(c) for c in verb.children):
        return True  # "the exercises included air strikes", "the drills began with strikes on mock targets"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _DURING and any(p.dep_ == "pobj" and _is_exercise(p) for p in c.children):
            return True  # "launched two missiles during the drills"
        if c.dep_ == "prep" and c.lower_ == "as" and any(p.lower_ == "part" and any(_is_exercise(x) for x in p.subtree) for p in c.children):
            return True  # "as part of the exercise"
    return False


_LAUNCH = frozenset({"launch", "fire", "test-fire"})


def launched_in_exercise(t, target: str) -> bool:
    """True when the trigger ``t`` launches or fires something at no target (``target`` is the
    event's target, "" when none: "forces launched two missiles near the islands") right after a
    sentence that names an exercise ("The exercises included air and sea strikes."): a launch of
    the drills the article is telling, not an attack."""
    if target or t.lemma_.lower() not in _LAUNCH:
        return False
    sent, doc = t.sent, t.doc
    first = next((x for x in sent if not x.is_space), t)
    k = first.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return False
    before = doc[k].sent
    if "\n\n" in doc.text[doc[k].idx + len(doc[k].text) : first.idx].replace("\r", ""):
        return False  # a new paragraph tells something else
    return any(tok.pos_ in ("NOUN", "PROPN") and _is_exercise(tok) for tok in (*before, *sent))
