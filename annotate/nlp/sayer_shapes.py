"""Two shapes of news prose that hide a reporting verb's speaker from its subject.

- An absolute "with"-clause: "The ministry blamed Tonga, with its spokesman, Sione Taufa, telling
  media that …": the participle has no subject of its own; the noun after "with" speaks, not the
  subject of the main verb.
- An apposition chain of a name, a title and a place before the verb: "Tsering Wangdu,
  Superintendent of Police, Tawang told the paper …": the parser takes the last link (a place, a
  district) for the subject; the name that opens the chain speaks.

Work on parsed spaCy tokens and a ``syntax.DocIndex`` (no spacy import).
"""

from __future__ import annotations

from .lexicon import TITLE_WORDS
from .unlabelled_names import untagged_name

_CHAIN_LINKS = 4  # at most this many comma-separated links before the verb
_LINK_TOKENS = 7  # at most this many tokens in one link
_NOT_IN_LINK = frozenset(("VERB", "AUX", "PRON", "CCONJ", "SCONJ"))


def with_sayer(v, idx):
    """The head of the noun phrase after "with" that reporting participle ``v`` ("telling",
    "saying") belongs to in an absolute clause ("…, with spokesman X telling media that"), or None
    when ``v`` is no participle, has a subject of its own, or no such "with" precedes it in its
    sentence with no other verb between and its noun phrase ending right before ``v``
    (``_ends_right_before``)."""
    if v.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    if v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.lower_ == "with" and _ends_right_before(v.head, v, idx):
        return v.head  # "with [spokesman X] telling": the participle hangs on the noun
    doc, lo = idx.doc, v.sent.start
    for i in range(v.i - 1, max(lo, v.i - 14) - 1, -1):
        t = doc[i]
        if i in idx.quote_tokens or t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ == "with":
            p = next((c for c in t.children if c.dep_ == "pobj"), None)
            if p is not None and p.pos_ in ("NOUN", "PROPN") and p.i < v.i and _ends_right_before(p, v, idx):
                return p
            return None
    return None


def _ends_right_before(p, v, idx) -> bool:
    """Whether the noun phrase of ``p`` ends right before participle ``v``: its last word touches
    ``v`` ("with spokesman X telling"), or a comma closes an apposition of it ("with its
    spokesman, X, telling"). "met with reporters, saying": a comma after the bare noun closes
    the "with" phrase; the participle is the main subject's."""
    doc = idx.doc
    before = doc[v.i - 1]
    if before.text != ",":
        return before.i in {t.i for t in p.subtree}
    appos = [c for c in p.children if c.dep_ == "appos"]
    return v.i >= 2 and any(doc[v.i - 2].i in {t.i for t in a.subtree} for a in appos)


def _links(doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The comma-separated token ranges of ``doc[lo:hi]``."""
    out, start = [], lo
    for i in range(lo, hi):
        if doc[i].text == ",":
            out.append((start, i))
            start = i + 1
    out.append((start, hi))
    return out


def chain_name(v, idx):
    """The last token of the PERSON name that opens an apposition chain of ``v``'s sentence right
    before reporting verb ``v`` ("Tsering Wangdu, Superintendent of Police, Tawang told"), or None.
    The chain runs from the sentence's start to ``v``: two to ``_CHAIN_LINKS`` links set off by
    commas, each of at most ``_LINK_TOKENS`` tokens, the links after the first with no verb,
    pronoun or conjunction (a list
    of names, "X, Y and Z said", is no chain); the first link is exactly one PERSON entity (or
    a name the model did not tag, ``unlabelled_names.untagged_name``, when the second link
    holds a title word: "Superintendent") and no later link holds a person."""
    doc, lo = idx.doc, v.sent.start
    for i in range(lo, v.i):
        if doc[i].is_space or "\n" in doc[i].text_with_ws:
            lo = i + 1  # the sentence as the parser cut it may hold the line before
    if v.i - lo < 4 or any(i in idx.quote_tokens for i in range(lo, v.i)):
        return None
    links = _links(doc, lo, v.i)
    if not 2 <= len(links) <= _CHAIN_LINKS or any(not 0 < b - a <= _LINK_TOKENS for a, b in links):
        return None
    if any(doc[i].pos_ in _NOT_IN_LINK for a, b in links[1:] for i in range(a, b)):
        return None
    a, b = links[0]
    ent = idx.ent_at.get(a)
    if ent is not None and ent.label_ == "PERSON":
        if ent.start != a or ent.end != b:
            return None
    elif not untagged_name(doc[a:b], idx) or not any(doc[i].lower_ in TITLE_WORDS for i in range(*links[1])):
        return None
    for a2, b2 in links[1:]:
        if any((e := idx.ent_at.get(i)) is not None and e.label_ == "PERSON" for i in range(a2, b2)):
            return None
    return doc[b - 1]
