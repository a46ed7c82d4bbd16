"""A person named with a title once, then called by the title alone: "UN envoy Karin Holm met both
leaders on Monday. The envoy urged them to exercise restraint."; "Paul Abena, the defence
minister, ... The minister said ...".

News writing names a person in full once and then refers back with "the" and the head noun of
the title ("the envoy", "the minister", "the general"), often with a word of the title before it
("the UN envoy"). The phrase stands for that person when exactly one person of the article was
introduced with that head noun before it. Stance suggestions read what the person is reported
saying or doing there (nlp/stance.py), as they do for bodies named again (named_again.py).
"""

from __future__ import annotations

import re

from ..models import Analysis

# Head nouns of a person's title that the article may use alone for that person.
TITLE_HEADS = frozenset(
    """
    envoy mediator minister president premier general spokesman spokeswoman spokesperson ambassador
    commander governor mayor chairman chairwoman prosecutor colonel diplomat senator
    secretary-general negotiator lawmaker
    """.split()
)
_BEFORE = re.compile(r"((?:[\w’'.-]+[ \t]+){1,4})$")  # up to four words of a title just before the name
_AFTER = re.compile(r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?((?:[\w’'.-]+[ \t]+){0,4}[\w’'.-]+)[ \t]*(?:[,;:.]|$)", re.M)
_REF = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+((?:[\w’'.-]+[ \t]+){0,2}?)([a-z][\w-]*)(?![\w’'-])")


def _title_words(text: str, start: int, end: int) -> set[str]:
    """The lowercased words of the title given with the name at ``start``-``end``: before it
    ("UN envoy Karin Holm") or in apposition after it ("Paul Abena, the defence minister,")."""
    words: set[str] = set()
    line_start = max(text.rfind("\n", 0, start), text.rfind(".", 0, start), text.rfind(",", 0, start)) + 1
    if m := _BEFORE.search(text, line_start, start):
        before = m.group(1).split()
        # the title runs up to the name, its head noun just before it ("UN envoy Karin Holm",
        # not "met Karin Holm")
        if before[-1].lower() not in TITLE_HEADS:
            before = []
        for w in reversed(before):
            lw = w.lower().strip(".")
            if lw in ("the", "a", "an") or not w[:1].isalpha():
                break
            words.add(lw)
    # a title the model took into the name ("President Ana Ruiz" as one entity)
    words |= {w.lower() for w in text[start:end].split()} & TITLE_HEADS
    if m := _AFTER.match(text, end):
        words |= {w.lower() for w in m.group(1).split()}
    return words


def titled_again(text: str, analysis: Analysis, actor_at) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of each "the <title>" phrase ("The envoy", "the UN envoy") that
    stands for the one person of the article introduced before it with that title's head noun.
    Not where two persons so far bear that head (the phrase could be either's), nor a head
    followed by "of" ("the president of the commission" is named there, not referred to)."""
    persons = []  # (start, actor id, title words)
    for e in sorted(analysis.entities, key=lambda e: e.start):
        if e.label != "PERSON" or (aid := actor_at(e.start, e.end)) is None:
            continue
        words = _title_words(text, e.start, e.end)
        if words & TITLE_HEADS:
            persons.append((e.end, aid, words))
    if not persons:
        return []
    out = []
    for m in _REF.finditer(text):
        head = m.group(2).lower()
        if head not in TITLE_HEADS or re.match(r"[ \t]+of\b", text[m.end() :]):
            continue
        mods = {w.lower() for w in m.group(1).split()}
        # (not the apposition that introduces the person: "Karin Holm, the UN envoy")
        bearers = {aid for end, aid, words in persons if end <= m.start() and head in words}
        if any(re.fullmatch(r",\s*", text[end : m.start()]) for end, _, _ in persons):
            continue
        if len(bearers) != 1:
            continue
        aid = bearers.pop()
        # the words before the head are the person's title's own ("the UN envoy"), not another's ("the Russian envoy")
        if not any(mods <= words for _, a, words in persons if a == aid):
            continue
        out.append((m.start(), m.end(), aid))
    return out
