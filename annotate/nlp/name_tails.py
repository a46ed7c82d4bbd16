"""The rest of a person's name the model cut off: the given names of a family-name-first name.

Names written family name first with a two-syllable given name ("Moon Jae Hyuk", "Han
Seong-min", "Tran Van Loc") are often tagged in part: "Moon" or "Moon Jae" as PERSON, the rest
left untagged, or the span cut at the hyphen of the given name ("Han Seong" of "Han
Seong-min"). The cut leaves two people for one (the part and the whole) and a bare family name
that resolves to the part. This takes in, right after a PERSON span:

- a hyphen glued to the span's last word and a lower-case word glued to it that is no English
  word ("-min", "-soo"; not "-led", "-based", "-era", "-in") and ends the hyphenated word (not
  "Rostov-on-Don");
- then up to two capitalised words, each one space after the last, that are proper nouns in
  no entity and no English word ("Jae", "Hyuk"; not "Said", "Park", "Monday").
"""

from __future__ import annotations

from .inflection import english_word
from .pipeline import relabeled_span

_MAX_TAIL = 2


def _hyphen_tail(doc, k: int, taken: set[int]) -> int:
    """The end of a glued lower-case hyphen part at token ``k`` ("-min"), else ``k``."""
    if k + 1 >= len(doc) or k in taken or k + 1 in taken:
        return k
    prev, dash, part = doc[k - 1], doc[k], doc[k + 1]
    if prev.whitespace_ or dash.text != "-" or dash.whitespace_ or not part.is_alpha or not part.is_lower:
        return k
    if english_word(part.text) or k + 2 < len(doc) and not part.whitespace_ and doc[k + 2].text == "-":
        return k  # "-led", "-based"; "Rostov-on-Don": a place's particle
    return k + 2


def _given_word(t, taken: set[int]) -> bool:
    """``t`` is a capitalised proper noun in no entity and no English word ("Hyuk")."""
    return (t.i not in taken and t.is_alpha and t.is_title and t.pos_ == "PROPN" and 2 <= len(t.text) <= 8
            and not english_word(t.text))


def given_name_tails(doc, ents: list) -> tuple[list, bool]:
    """``ents`` with each PERSON span extended over the given names the model left out of it (see
    the module's docstring); and whether any changed."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out, changed = [], False
    for e in ents:
        if e.label_ != "PERSON" or not e[-1].is_title:
            out.append(e)
            continue
        own = set(range(e.start, e.end))
        others = taken - own
        k = _hyphen_tail(doc, e.end, others)
        added = 0
        while added < _MAX_TAIL:
            if k >= len(doc) or doc[k - 1].whitespace_ != " " or not _given_word(doc[k], others):
                break
            if doc[k].sent.start != doc[e.start].sent.start:
                break
            k = _hyphen_tail(doc, k + 1, others)
            added += 1
        if k > e.end:
            e, changed = relabeled_span(doc, doc[e.start : k], "PERSON"), True
        out.append(e)
    return out, changed
