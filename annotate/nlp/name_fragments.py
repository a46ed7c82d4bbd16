"""Names the model tags as a person or an organisation that are pieces of a title, a medium or a
quoted phrase, no actor:

- a retirement mark in brackets after a name ("Colonel Ana Pike (Retd.)", "(retd)"): not a name;
  the name before it is a person's;
- a portfolio written before a title ("Home Affairs Minister Ana Pike", "Foreign Affairs
  Secretary"): part of the title, no organisation;
- a medium something was said or posted on ("he said on Telegram", "in a post on Instagram"):
  a platform, no speaker (PRODUCT); the same name as the subject of a verb ("Telegram said")
  is left to the model;
- a quoted phrase, or a person's name of two words or more, that the text also writes in lower
  case ("'Samay Batao': ..." and "titled 'samay batao'"): a title or a slogan, no name
  (WORK_OF_ART); never a body's name ("the Armed Forces" beside "the armed forces").

Decided from the words around the name, never from a list of names.
"""

from __future__ import annotations

import re

from .doc_text import doc_text
from .lexicon import REPORTING_VERBS, TITLE_WORDS
from .pipeline import relabeled_span

# A retirement mark as news writes it after a rank and a name.
_RETIRED = frozenset("retd rtd retired ret".split())
# Verbs of putting something out on a medium, besides the reporting verbs.
_POSTING_VERBS = frozenset("post tweet share publish upload write broadcast stream appear announce air".split())
# Nouns of what is put out on a medium: "a post on X", "a video on YouTube".
_POSTING_NOUNS = frozenset("post posts message messages video videos statement clip account page channel broadcast livestream thread".split())
_MEDIUM_PREPS = frozenset("on via".split())
# Words of a body's name: "Ministry of External Affairs Spokesperson X" keeps its ministry.
_BODY_WORDS = frozenset("ministry department office bureau agency council committee commission directorate division".split())
_NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART")


def _retired_at(doc, i: int) -> int:
    """The end of a bracketed retirement mark starting at ``doc[i]`` ("(", "Retd", ".", ")"), else 0."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 1].lower_.rstrip(".") not in _RETIRED:
        return 0
    k = i + 2
    if k < len(doc) and doc[k].text == ".":
        k += 1
    return k + 1 if k < len(doc) and doc[k].text == ")" else 0


def retirement_marks(doc, ents: list) -> tuple[list, bool]:
    """Spans over a bracketed retirement mark lose it ("Pike (Retd." -> "Pike"), and a name just
    before the mark is a person's (PERSON); a span of the mark alone goes. Returns the entities and
    whether any changed."""
    marks = [(t.i, end) for t in doc if t.text == "(" and (end := _retired_at(doc, t.i))]
    if not marks:
        return ents, False
    out, changed = [], False
    for e in ents:
        hit = next(((a, b) for a, b in marks if e.start < b and a < e.end), None)
        before = next(((a, b) for a, b in marks if a == e.end), None)
        if hit is None and before is None:
            out.append(e)
            continue
        if e.label_ not in _NAME_LABELS:
            out.append(e)
            continue
        end = hit[0] if hit is not None else e.end
        if end <= e.start:
            changed = True
            continue  # "Retd" alone
        out.append(relabeled_span(doc, doc[e.start : end], "PERSON"))
        changed = True
    return out, changed


def portfolios(doc, ents: list) -> tuple[list, bool]:
    """An ORG span written right before a capitalised title ("Home Affairs" of "Home Affairs
    Minister Ana Pike") whose last word is "Affairs" or whose every word is a title's word
    ("Defence" of "Defence Secretary"), with no body's word ("Ministry of Home Affairs
    Spokesperson" keeps its ministry), is part of the title: no entity. Returns the entities and
    whether any went."""
    out, changed = [], False
    for e in ents:
        words = [t for t in e if t.is_alpha and t.lower_ not in ("the", "of", "and")]
        nxt = doc[e.end] if e.end < len(doc) else None
        if (e.label_ == "ORG" and words and nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in TITLE_WORDS
                and nxt.lower_ not in ("former", "acting", "deputy", "vice", "head", "chief", "leader", "general")
                and all(t.text[:1].isupper() for t in words) and not any(t.lower_ in _BODY_WORDS for t in words)
                and (words[-1].lower_ == "affairs" or all(t.lower_ in TITLE_WORDS for t in words))):
            changed = True
            continue
        out.append(e)
    return out, changed


def _medium(e) -> bool:
    """Span ``e`` is what something was said or posted on: the object of "on" or "via" after a
    verb of saying or posting, or a noun of a post ("said on X", "a post on X")."""
    root = e.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _MEDIUM_PREPS:
        return False
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        return lemma in REPORTING_VERBS or lemma in _POSTING_VERBS
    return head.pos_ == "NOUN" and lemma in _POSTING_NOUNS


def media(doc, ents: list) -> tuple[list, bool]:
    """PERSON and ORG spans that are a medium (``_medium``) become PRODUCT. Returns the entities
    and whether any changed."""
    out, changed = [], False
    for e in ents:
        if e.label_ in ("PERSON", "ORG") and len(e) <= 3 and _medium(e):
            e, changed = relabeled_span(doc, e, "PRODUCT"), True
        out.append(e)
    return out, changed


_QUOTED = re.compile(r"[‘'\"“]([A-Z][^‘’'\"“”\n]{1,60}?)[’'\"”]")


def lower_case_phrases(doc, ents: list) -> tuple[list, bool]:
    """A quoted phrase holding a PERSON or ORG span, or a PERSON span of two words or more, that
    the text also writes in lower case is a title or a slogan: its name spans become one
    WORK_OF_ART (module docstring). Returns the entities and whether any changed."""
    text = doc_text(doc)
    ranges: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        phrase = m.group(1).strip()
        low = phrase.lower()
        if " " in phrase and low != phrase and low in text and re.search(rf"(?<![\w]){re.escape(low)}(?![\w])", text):
            ranges.append((m.start(1), m.start(1) + len(phrase)))
    for e in ents:
        words = e.text.split()
        if e.label_ == "PERSON" and len(words) >= 2 and e.text.lower() != e.text \
                and e.text.lower() in text and re.search(rf"(?<![\w]){re.escape(e.text.lower())}(?![\w])", text):
            ranges.append((e.start_char, e.end_char))
    if not ranges:
        return ents, False
    chosen = []
    for a, b in dict.fromkeys(ranges):
        if any(e.label_ in ("PERSON", "ORG") and a <= e.start_char and e.end_char <= b for e in ents) \
                and not any(x[0] < b and a < x[1] for x in chosen):
            span = doc.char_span(a, b, alignment_mode="contract")
            if span is not None and len(span):
                chosen.append((span.start_char, span.end_char, span))
    if not chosen:
        return ents, False
    keep = [e for e in ents if not any(e.start_char < b and a < e.end_char for a, b, _ in chosen)]
    new = [relabeled_span(doc, span, "WORK_OF_ART") for _a, _b, span in chosen]
    return sorted(keep + new, key=lambda x: x.start), True
