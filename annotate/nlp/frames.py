"""Frames: clauses whose subject is a named agent, the evidence of positions taken
without quote marks.

"Other NATO leaders including Italy’s Giorgia Meloni have also urged caution" gives a frame
with agent "Giorgia Meloni", verb "urge" and the clause as evidence. Stance suggestions read
the cue words of the clause; the analyst can tag the clause as evidence.
"""

from __future__ import annotations

from ..models import Frame
from .lexicon import GROUP_PRONOUNS, OFFICIAL_NOUNS, PERSON_PRONOUNS
from .syntax import DocIndex, np_bounds, resolve_pronoun, subject

_OWN_CLAUSE = {"advcl", "conj", "parataxis"}
# Armed and police bodies a nationality names ("Indian police alleged", "Kenyan troops entered"):
# agents like an official noun's.
_FORCE_NOUNS = frozenset("police troops forces".split())


def _clause(verb, subj, idx: DocIndex) -> tuple[int, int]:
    """Token range of the verb's clause, without coordinated or adverbial clauses that
    have a subject of their own ("..., while Pistorius said ..."), and without a second
    subject the parser hung on the same verb."""
    keep = {verb.i}
    stack = [verb]
    while stack:
        t = stack.pop()
        for c in t.children:
            # A clause coordinated inside what is reported ("claiming 23 soldiers were killed and
            # 200 fighters neutralized") is part of the report, though it has its own subject.
            reported = c.dep_ == "conj" and t is not verb and t.dep_ == "ccomp"
            if c.dep_ in _OWN_CLAUSE and not reported and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            if t is verb and c.dep_ in ("nsubj", "nsubjpass") and c is not subj:
                continue
            keep.add(c.i)
            stack.append(c)
    # A verb the parser took for an adjective of its own object ("Laos closed northeastern
    # border crossings ...": "closed" an amod of "crossings", with "Laos" its subject) still
    # governs that noun phrase and what follows it.
    if verb.dep_ == "amod" and verb.head.i > verb.i and subj is not None and subj.head.i == verb.i:
        keep.update(t.i for t in verb.head.subtree if t.i > verb.i)
    lo, hi = min(keep), max(keep)
    doc = idx.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo < hi and (doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    return lo, hi + 1


def _agents(head, idx: DocIndex, outlets) -> list[tuple[int, int, str]]:
    doc = idx.doc
    if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        sp = resolve_pronoun(head, idx)
        if sp.antecedent_start < 0:
            return []
        lo, hi = idx.tok(sp.antecedent_start), idx.tok(sp.antecedent_end - 1) + 1
        if not any(t.pos_ == "PROPN" or t.i in idx.ent_at for t in doc[lo:hi]):
            return []  # "the owners ... They said": a description is no named agent
        return [(sp.antecedent_start, sp.antecedent_end, idx.text[sp.antecedent_start : sp.antecedent_end])]
    if head.pos_ == "PRON":
        return []
    lo, hi = np_bounds(head, idx)
    persons = [e for e in idx.persons if e.start >= lo and e.end <= hi]
    if persons:
        return [(e.start_char, e.end_char, e.text) for e in persons]
    # A person in apposition names the agent: "The head of the ambulance service, Ana Diaz, spoke".
    appos = [e for c in head.children if c.dep_ == "appos" for e in idx.persons if e.start <= c.i < e.end]
    if appos:
        return [(e.start_char, e.end_char, e.text) for e in appos[:1]]
    span = doc[lo:hi]
    if outlets(span.text):
        return []
    head_ent = idx.ent_at.get(head.i)
    if head_ent is not None and head_ent.label_ in ("ORG", "GPE", "NORP") and not outlets(head_ent.text):
        return [(head_ent.start_char, head_ent.end_char, head_ent.text)]
    if (head.lemma_.lower() in OFFICIAL_NOUNS or head.lower_ in _FORCE_NOUNS) and any(e.label_ in ("NORP", "GPE", "ORG") for e in idx.ents if lo <= e.start < hi):
        return [(span.start_char, span.end_char, span.text)]
    return []


def find_frames(doc, idx: DocIndex, outlets=lambda s: False) -> list[Frame]:
    """The frames of a parsed spaCy ``doc``: one ``Frame`` per verb outside quotes whose subject is a
    named agent (an entity, a pronoun resolved to one, or an official noun with a country or
    organisation in it), with the clause as evidence. ``outlets(text)`` tells news outlets, which
    are never agents. [] when the model gives no dependency parse (``idx.has_dep`` False). Offsets
    are characters of ``doc.text``.
    """
    if not idx.has_dep:
        return []
    frames: list[Frame] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.i in idx.quote_tokens:
            continue
        lemma = tok.lemma_.lower()
        if lemma in ("be", "have", "do") and tok.pos_ == "AUX":
            continue
        s = subject(tok)
        if s is None or s.i in idx.quote_tokens:
            continue
        lo, hi = _clause(tok, s, idx)
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        for a_start, a_end, a_text in _agents(s, idx, outlets):
            frames.append(Frame(a_start, a_end, a_text, lemma, start, end))
    return frames
