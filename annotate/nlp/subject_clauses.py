"""Clauses of what a named actor did, read from the words when the parse gave no frame: an
actor's name at the start of a clause, right before a verb in a past form ("Jordanian border
guards killed two smugglers", "Colombian soldiers clashed with the guerrillas", "the Thai and
Cambodian armies exchanged fire"). The parse's frames start from a subject it recognises (a
named entity, an official noun); a group named by nationality and a noun of armed men
("soldiers", "border guards", "militiamen") is often none, though the analysis knows it as an
actor. A verb after "was able to", "managed to" or "succeeded in" is such a clause's verb too
("Kelvan troops were able to repel the attack"); so is a verb of answering with a means after it
("police responded with tear gas"), which is otherwise speech. Stance suggestions read these clauses as they
read frames (what the actor did).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .inflection import is_past
from .lexicon import STANCE_VERBS, reporting_forms

# Where a clause starts: a sentence's start, a mark, a clause word ("when", "after"), a time
# phrase closed by a comma ("On Tuesday, ...").
_EDGE = re.compile(r"[,;:—–()“”\"!?]|\b(?:that|but|because|while|when|whereas|after|before|since|if|unless|so|as|then|"
                   r"said|says|say|told|added|reported|alleged|claimed|stated)\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
# Between the subject and its verb: auxiliaries of the perfect and adverbs ("have also",
# "reportedly"), never a form of "be" (a passive: "soldiers were killed").
_BETWEEN = frozenset("have has had also reportedly allegedly then later again jointly first once".split())
_BE = frozenset("is are was were be been being got get gets".split())
# After a participle of a reduced relative ("soldiers killed in the attack", "troops wounded by
# mines"): no act of the subject's.
_RELATIVE_NEXT = frozenset("by in during when while after last yesterday overnight since earlier".split())
_DETERMINER = re.compile(r"^\s*(?:the|a|an|both|some|several)?\s*$", re.I)
_CONJUNCTION = re.compile(r"\s*(?:,\s*and|,|and|&)\s+", re.I)
MAX_SUBJECT_WORDS = 7


def subject_clauses(text: str, sents: Sequence[tuple[int, int]], skip: Sequence[tuple[int, int]],
                    actor_at: Callable[[int, int], str | None]) -> list[tuple[str, int, int, int, int, str]]:
    """(actor id, agent start, agent end, verb start, clause end, verb) for each clause of ``text``
    whose subject is a mention of an actor (``actor_at`` gives it for the exact span, with or
    without a leading "the") right before a verb in a past form that is no verb of saying: each
    actor of a coordinated subject ("Ethiopian forces and Tigrayan rebels signed") has the clause.
    Nothing inside the ``skip`` spans (quotes: the speaker's words are read as such), no passive
    ("were killed"), no participle of a reduced relative ("soldiers killed in the attack"). The
    clause ends at the sentence's end or at ";"."""
    out = []
    speech = reporting_forms()
    for s0, e0 in sents:
        sent = text[s0:e0]
        words = list(_WORD.finditer(sent))
        for k, w in enumerate(words):
            if k == 0:
                continue
            word = w.group()
            low = word.lower()
            if not word[0].islower() or not is_past(low) or low in _BE or low in _BETWEEN or low in _ABLE_VERBS:
                continue
            vs = s0 + w.start()
            nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
            # "Police responded with tear gas": an answer with a means is an act, not speech.
            answered = low in _ANSWERED and nxt in ("with", "by")
            if any(a <= vs < b for a, b in skip) or (not answered and (low in speech or _reported_verb(low))):
                continue
            # A verb with nothing after it in a sentence closed by a stop ("the army counter-attacked,
            # repelling ...", "the rebels retreated.") is the clause's; in a heading ("Four soldiers
            # killed") it is a participle.
            rest = sent[w.end():]
            if nxt in _RELATIVE_NEXT or (re.match(r"\s*[;:!?]", rest) or not (nxt or rest.rstrip().endswith("."))):
                continue
            # The subject: the words before the verb back to the clause's edge, without auxiliaries.
            j = k - 1
            while j >= 0 and words[j].group().lower() in _BETWEEN:
                j -= 1
            if j < 0 or words[j].group().lower() in _BE:
                continue
            end = s0 + words[j].end()
            # "Members of the Front, a group based in the hills that ..., attacked": the subject
            # is before the apposition the verb follows.
            if (app := _apposed_subject_end(text, s0, vs)) is not None:
                short = re.search(r"\s*\([^()]{1,15}\)\s*$", text[s0:app])  # "(KLF)": the acronym after the name
                end = s0 + short.start() if short else app
            edge = s0
            for m in _EDGE.finditer(text, s0, end):
                edge = m.end()
            if edge >= end or len(_WORD.findall(text, edge, end)) > MAX_SUBJECT_WORDS:
                continue
            cut = re.search(r"[;]", sent[w.end():])
            clause_end = s0 + w.end() + cut.start() if cut else e0
            for aid, a, b in _subjects(text, edge, end, actor_at):
                out.append((aid, a, b, vs, clause_end, low))
    return out + _able_clauses(text, sents, skip, actor_at)


# Verbs of answering that are an act when a means follows ("responded with live ammunition",
# "answered by shelling the town"), though they also report speech ("he responded").
_ANSWERED = frozenset("responded answered replied countered reacted".split())
# A verb after a past verb of ability or success ("Kelvan troops were able to repel the attack",
# "the rebels managed to capture the post"): what the subject did, though the parse's root is
# "were" or "managed".
_ABLE_VERBS = frozenset({"managed", "succeeded"})  # their clause is the verb after them (``_able_clauses``)
_ABLE = re.compile(r"\b(?:(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+|also\s+|today\s+|finally\s+)?able\s+to|"
                   r"managed\s+to|succeeded\s+in)\s+([a-z][\w-]*)", re.I)



def _subjects(text: str, start: int, end: int, actor_at):
    """(actor id, start, end) of each conjunct of the subject ``start``..``end`` that names an actor,
    with or without its article ("the", "a", "both": then the span starts after it); members
    of a body stand for it ("Members of the Kessa Front", "fighters loyal to the Front (KF)")."""
    for a, b in _conjuncts(text, start, end):
        if (m := _MEMBERS_OF.match(text, a, b)) is not None:
            a = m.end()
            if (short := re.search(r"\s*\([^()]{1,15}\)$", text[a:b])) is not None:
                b = a + short.start()  # "(KF)": the acronym after the name
        aid = actor_at(a, b)
        if aid is None:
            lead = re.match(r"(?:the|a|an|both)\s+", text[a:b], re.I)
            aid = actor_at(a + lead.end(), b) if lead else None
            a = a + lead.end() if lead and aid else a
        if aid is not None:
            yield aid, a, b


# Members of a body, then the body ("Members of", "fighters loyal to", "gunmen from").
_MEMBERS_OF = re.compile(
    r"(?:(?:armed|suspected|heavily armed|masked)\s+)?(?:members|fighters|militants|gunmen|militiamen|soldiers|troops|operatives|"
    r"elements|supporters|rebels|insurgents|units)\s+(?:of|from|loyal\s+to|belonging\s+to|associated\s+with|linked\s+to)\s+", re.I)
# An apposition that a clause's verb follows: ", a group based in ... ," / ", which ..., " right
# before the verb; its start is the comma after the subject.
_APPOSITION_START = re.compile(r",\s+(?:a|an|the|which|who|whose|based|known|described|itself|one)\b", re.I)


def _apposed_subject_end(text: str, s0: int, vs: int) -> int | None:
    """Where the subject ends when the verb at ``vs`` comes right after an apposition closed by
    a comma ("The Front, a group based in the hills, attacked"): the comma that opens it, the
    first such comma of the sentence; None when the verb does not follow a comma."""
    if not re.search(r",\s*$", text[max(s0, vs - 4) : vs]):
        return None
    m = _APPOSITION_START.search(text, s0, vs)
    if m is None or not re.search(r"[\w)]", text[s0 : m.start()]):
        return None
    return m.start()

def _able_clauses(text: str, sents: Sequence[tuple[int, int]], skip: Sequence[tuple[int, int]],
                  actor_at: Callable[[int, int], str | None]) -> list[tuple[str, int, int, int, int, str]]:
    """``subject_clauses`` of a verb after "was able to", "managed to", "succeeded in": (actor id,
    agent start, agent end, verb start, clause end, verb) with the subject back to the clause's
    edge; nothing inside ``skip``, no negated ability ("were not able to")."""
    out = []
    for s0, e0 in sents:
        for m in _ABLE.finditer(text, s0, e0):
            vs, end = m.start(1), m.start()
            if any(a <= vs < b for a, b in skip):
                continue
            while end > s0 and text[end - 1].isspace():
                end -= 1
            edge = s0
            for e in _EDGE.finditer(text, s0, end):
                edge = e.end()
            if edge >= end or len(_WORD.findall(text, edge, end)) > MAX_SUBJECT_WORDS:
                continue
            cut = re.search(r"[;]", text[vs:e0])
            clause_end = vs + cut.start() if cut else e0
            for aid, a, b in _subjects(text, edge, end, actor_at):
                out.append((aid, a, b, vs, clause_end, m.group(1).lower()))
    return out


def _reported_verb(low: str) -> bool:
    """A verb of saying or stance ("warned", "urged"): what it tells is read as speech."""
    from .inflection import lemmas

    return any(lem in STANCE_VERBS for lem in lemmas(low))


def _conjuncts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The phrases of a subject ``text[lo:hi]`` coordinated by "and" or commas, each without the
    spaces around it; the whole phrase when it has one."""
    out, pos = [], lo
    for m in _CONJUNCTION.finditer(text, lo, hi):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, hi))
    spans = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a and not _DETERMINER.match(text[a:b]):
            spans.append((a, b))
    return spans
