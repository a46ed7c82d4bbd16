"""A speaker phrase that is a person's name the model did not tag as one: "Tsering Wangdu" said.

News quotes people whose names the entity model does not know; it tags such a name as nothing, or
as a work of art or a product. The name still speaks, and a following "he added" stands for it.
Works on spaCy tokens and a ``syntax.DocIndex`` (no spacy import).
"""

from __future__ import annotations

from .lexicon import OFFICIAL_NOUNS, TITLE_WORDS

# Entity labels that name someone or somewhere: a phrase under one is no untagged name.
_NAMING_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"))


def untagged_name(tokens, idx) -> bool:
    """Whether ``tokens`` (spaCy tokens of ``idx``'s doc, punctuation ignored) are two to four
    capitalised words, none under an entity of a naming label (``_NAMING_LABELS``; a
    WORK_OF_ART or PRODUCT tag is the model's mistake) and none a title or an official's noun
    ("Tsering Wangdu": True; "Police Chief", "Foreign Ministry", "Amit Rao" tagged PERSON: False)."""
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 4:
        return False
    for t in words:
        ent = idx.ent_at.get(t.i)
        if not (t.is_alpha and t.text[:1].isupper()) or ent is not None and ent.label_ in _NAMING_LABELS:
            return False
        if t.lower_ in TITLE_WORDS or t.lower_ in OFFICIAL_NOUNS:
            return False
    return True


def unlabelled_person(start: int, end: int, idx) -> bool:
    """``untagged_name`` of the tokens over the characters ``[start, end)`` of ``idx``'s doc."""
    lo, hi = idx.tok(start), idx.tok(max(start, end - 1)) + 1
    return untagged_name(idx.doc[lo:hi], idx)
