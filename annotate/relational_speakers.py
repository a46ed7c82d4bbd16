"""Speaker phrases whose head is a relational noun: "the powerful sister of President X", "an
aide to X", "X's lawyer", "the wife of X". Such a phrase denotes someone other than the X it
names: the relative or aide speaks, never X. When the phrase gives no name of its own, its
speaker is unnamed (described by the phrase); a later "she"/"he" refers to that person, not X.

Pure functions on text and on spaCy tokens (no spaCy import); used by ``nlp.quotes`` (the
speaker's kind), ``nlp.syntax`` (a pronoun's antecedent) and ``actors`` (no person for X).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .models import Speaker

# Relational nouns (a closed class of the language): kin, and people who serve or act for a
# principal. "f"/"m" where the noun gives the gender, "" where it does not. Not "spokesman":
# an unnamed spokesman of X conveys X's words (X's own; a named one, "X's spokesman Y", is Y:
# ``spokesman_names``).
RELATIONAL_NOUNS: dict[str, str] = {
    "sister": "f", "brother": "m", "wife": "f", "husband": "m", "son": "m", "daughter": "f",
    "mother": "f", "father": "m", "widow": "f", "widower": "m", "niece": "f", "nephew": "m",
    "aunt": "f", "uncle": "m", "cousin": "", "grandson": "m", "granddaughter": "f",
    "grandfather": "m", "grandmother": "f", "sibling": "", "relative": "", "stepson": "m",
    "stepdaughter": "f", "son-in-law": "m", "daughter-in-law": "f", "brother-in-law": "m",
    "sister-in-law": "f", "fiancee": "f", "fiancée": "f", "fiance": "m", "fiancé": "m",
    "girlfriend": "f", "boyfriend": "m", "partner": "",
    "aide": "", "adviser": "", "advisor": "", "envoy": "", "deputy": "", "lawyer": "", "attorney": "",
    "assistant": "", "bodyguard": "", "confidant": "", "confidante": "f", "successor": "",
    "predecessor": "", "biographer": "",
}

_LINKS = frozenset(("of", "to", "for"))
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "one"))
_WORD = re.compile(r"[\w’'.-]+")
_POSSESSIVE = re.compile(r"[’']s?$")


def relational_noun(text: str) -> str | None:
    """The relational noun heading speaker phrase ``text`` when the phrase denotes a relative or
    an aide of someone it names and gives no name of its own: "The powerful sister of North
    Korean leader Ana Ruiz" -> "sister", "Ana Ruiz's younger brother" -> "brother", "an aide to
    President Lugo" -> "aide"; None for "Ana Ruiz", "Lugo's spokesman Tomas Vey" (his own name
    follows), "the sister of Lugo, Ana Vey" (named in apposition), "Secretary of State Marco
    Rubio" (a title: capitalised) or a phrase with no relational noun."""
    head, _tail = (text.split(",", 1) + [""])[:2]
    if "," in text and any(w[:1].isupper() for w in _WORD.findall(_tail)[:1]):
        return None  # "the sister of X, Ana Vey": her own name in apposition
    words = _WORD.findall(head)
    for i, w in enumerate(words):
        low = w.lower()
        # "of"/"to"/"for" form: the noun in lower case after lower-case modifiers only
        if low in RELATIONAL_NOUNS and w[:1].islower() and i + 1 < len(words) and words[i + 1].lower() in _LINKS:
            before = words[:i]
            if all(b[:1].islower() or (j == 0 and b.lower() in _DETERMINERS) for j, b in enumerate(before)):
                return low if any(x[:1].isupper() for x in words[i + 2 :]) else None
            return None
    # Possessive form: "X's (modifiers) NOUN" ending the phrase: no name after the noun.
    if words and words[-1].lower() in RELATIONAL_NOUNS and words[-1][:1].islower():
        for j in range(len(words) - 2, -1, -1):
            if _POSSESSIVE.search(words[j]) and words[j][:1].isupper() and len(words[j]) > 2:
                if all(x[:1].islower() for x in words[j + 1 : -1]):
                    return words[-1].lower()
                return None
    return None


_APPOSED = re.compile(r",[ \t]+")


def apposed_name_end(text: str, end: int, starts: list[int], persons: list[tuple[int, int, str]]) -> int:
    """Where a relational description ending at ``text[end]`` ("the sister of leader X") ends when
    the relative's own name follows set off by commas (", Ana Vey, said"): the end of that name (a
    PERSON entity of ``persons``, sorted, ``starts`` their starts); else ``end``."""
    m = _APPOSED.match(text, end)
    if m is None:
        return end
    j = bisect_left(starts, m.end())
    if j < len(persons) and persons[j][0] == m.end() and text[persons[j][1] : persons[j][1] + 1] in (",", ""):
        return persons[j][1]
    return end


def unnamed_relative(speaker: Speaker | None, idx) -> Speaker | None:
    """``speaker`` as an unnamed speaker when its phrase is a relational description of a person
    (a PERSON entity of ``idx.persons`` inside) that gives no name of its own ("the sister of
    President X": she speaks, described, not X); else ``speaker`` unchanged."""
    if speaker is None or speaker.kind != "named" or relational_noun(speaker.text) is None:
        return speaker
    if not any(speaker.start <= e.start_char and e.end_char <= speaker.end for e in idx.persons):
        return speaker  # "a spokesman for the Defence Ministry": a body's, left to the body rules
    after = _APPOSED.match(idx.text, speaker.end)
    if after is not None and any(e.start_char == after.end() for e in idx.persons):
        return speaker  # "the sister of X, Ana Vey, said": named in apposition
    return Speaker(speaker.start, speaker.end, speaker.text, "unnamed")


def _described_by(tok):
    """The relational noun token whose complement or possessor holds name token ``tok`` ("X" in
    "the sister of leader X", "X's brother"), or None."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("compound", "flat", "appos") and t.head is not t:
            t = t.head
            continue
        break
    if t.dep_ == "pobj" and t.head.lower_ in _LINKS and t.head.head.lower_ in RELATIONAL_NOUNS:
        return t.head.head
    if t.dep_ == "poss" and t.head.lower_ in RELATIONAL_NOUNS:
        return t.head
    return None


def relative_antecedent(antecedent: tuple[int, int] | None, pron, idx, bounds) -> tuple[int, int] | None:
    """A personal pronoun's antecedent moved from a name to the relative or aide it is tied to:
    "The sister of leader X warned ... She said" -> "The sister of leader X", when the name's
    phrase heads on a relational noun (``RELATIONAL_NOUNS``) whose gender, if any, agrees with
    ``pron``; ``bounds(token, idx)`` gives a noun phrase's token range. ``antecedent`` (character
    offsets) unchanged otherwise."""
    if antecedent is None:
        return None
    doc = idx.doc
    start = idx.tok(antecedent[0])
    if start is None or start >= len(doc):
        return antecedent
    ent = next((e for e in idx.persons if e.start_char == antecedent[0] and e.end_char == antecedent[1]), None)
    if ent is None:
        return antecedent
    rel = _described_by(ent.root)
    if rel is None:
        return antecedent
    want = "m" if pron.lower_ in ("he", "him", "his") else "f" if pron.lower_ in ("she", "her") else ""
    gender = RELATIONAL_NOUNS.get(rel.lower_, "")
    if gender and want and gender != want:
        return antecedent
    lo, hi = bounds(rel, idx)
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])


# Kin share a family name far more often than not; an aide or a lawyer does not.
_KIN = frozenset(n for n in RELATIONAL_NOUNS if n not in (
    "aide", "adviser", "advisor", "envoy", "deputy", "lawyer", "attorney",
    "assistant", "bodyguard", "confidant", "confidante", "successor", "predecessor", "biographer", "partner",
    "wife", "husband", "widow", "widower", "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend"))


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.split(r"[\s-]+", name.strip()) if w)


def kin_named(noun: str, relative: str, names) -> str | None:
    """The person a kin description names elsewhere in its article: for "the sister of leader
    Ana Ruiz" (``noun`` "sister", ``relative`` "Ana Ruiz"), the one full name of ``names`` (the
    article's people, two words or more) other than the relative's that shares the relative's
    family name (its first or its last word, for either order of names): "Marta Ruiz"; "Park
    Ji Won" for "Park Min Ho". None for a non-kin noun (an aide, a wife), when no such name or
    several different ones are written."""
    rel = _words(relative)
    if noun not in _KIN or len(rel) < 2:
        return None
    found: dict[tuple[str, ...], str] = {}
    for n in names:
        w = _words(n)
        if len(w) < 2 or w == rel or set(w) >= set(rel):
            continue
        if w[0] == rel[0] or w[-1] == rel[-1]:
            found.setdefault(w, n)
    return next(iter(found.values())) if len(found) == 1 else None
