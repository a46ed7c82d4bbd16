"""One place, one label: a name a document writes as a place once is a place wherever it comes
back, also in the other forms news prose gives a place's name.

- the same name with or without "the" ("the Ain Tarsa airbase" FAC, "from Ain Tarsa" PERSON);
- the plural that names a group of islands or mountains ("the Kurils" for "the Kuril Islands",
  "the Rwenzoris" for "the Rwenzori Mountains"; also "the Kurils" where "Kuril" is a place);
- the end of a place's name of two words or more, when that end holds a hyphen or two words
  ("al-Tarsa" of "Ain al-Tarsa"), unless it is part of a person's full name in the text;
- a name coordinated with a place after "between" ("between Kelso and Tarbin": one a place, so
  the other).

A mention the words around it make a person's (``place_names.person_cue``: "Col. Tarsa", "Tarsa
said") keeps its label.
"""

from __future__ import annotations

from .pipeline import relabeled_span
from .place_names import person_cue

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_ACTOR_LABELS = ("PERSON", "ORG")
# Last words of a group of places named by a plural of its first word ("the Kuril Islands": "the Kurils").
_GROUP_WORDS = frozenset("islands isles mountains hills heights keys atolls".split())


def _bare(text: str) -> str:
    text = " ".join(text.split())
    return text[4:] if text[:4].lower() == "the " else text


def _keys(text: str) -> set[str]:
    """The casefolded forms a place named ``text`` also goes by: itself, and for "X Islands" or
    a one-word "X", "Xs"."""
    bare = _bare(text).casefold()
    keys = {bare}
    words = bare.split()
    if len(words) == 2 and words[1] in _GROUP_WORDS:
        keys.add(words[0] + "s")
    elif len(words) == 1 and not bare.endswith("s"):
        keys.add(bare + "s")
    return keys


def spread_places(doc, ents: list, people: set[str], gazetteer) -> tuple[list, bool]:
    """Relabel PERSON and ORG spans of ``ents`` (spaCy spans, in order) that name a place the
    document labels GPE, LOC or FAC elsewhere, or that "between" pairs with one (module
    docstring); ``people``: the words of PERSON names of two words or more; ``gazetteer``: tells
    countries. Returns the entities and whether any changed."""
    ents, spread = _same_names(doc, ents, people)
    ents, paired = _between(doc, ents, people, gazetteer)
    if paired:
        ents, _ = _same_names(doc, ents, people)  # "from Garbatu" once "between Garbatu and Ollanga" made it one
    return ents, spread or paired


def _same_names(doc, ents: list, people: set[str]) -> tuple[list, bool]:
    """PERSON and ORG spans of ``ents`` named as a place elsewhere (the first three forms of the
    module docstring) relabelled as that place. Returns the entities and whether any changed."""
    places: dict[str, str] = {}
    tails: dict[str, str] = {}
    for e in ents:
        if e.label_ not in _PLACE_LABELS:
            continue
        for k in _keys(e.text):
            places.setdefault(k, e.label_)
        words = _bare(e.text).split()
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if (len(words) - i >= 2 or "-" in tail) and tail[:1].isalpha():
                tails.setdefault(tail.casefold(), e.label_)
    if not places:
        return ents, False
    # The words of people's full names, but not of a name that is itself one of the places.
    people = people - {w for e in ents if e.label_ == "PERSON" and _bare(e.text).casefold() in places for w in e.text.split()}
    people |= {w for e in ents if e.label_ == "PERSON" and len(e.text.split()) >= 2
               and _bare(e.text).casefold() not in places for w in e.text.split()}
    out, changed = [], False
    for e in ents:
        if e.label_ in _ACTOR_LABELS and not person_cue(doc, e):
            key = _bare(e.text).casefold()
            label = places.get(key)
            if label is None and key in tails and not any(w in people for w in _bare(e.text).split()):
                label = tails[key]
            if label is not None:
                e, changed = relabeled_span(doc, e, label), True
        out.append(e)
    return out, changed


def _one_word(e) -> bool:
    return len([t for t in e if t.is_alpha and t.lower_ != "the"]) == 1


def _between(doc, ents: list, people: set[str], gazetteer) -> tuple[list, bool]:
    """"between X and Y" where one of X, Y is a place that is no country (a country also names its
    government: "talks between Kerzai and Norway"): the other PERSON or ORG is a place too, unless
    a word of it is in a person's full name (``people``) or a cue makes it a person's; an ORG span
    of more words is a body ("clashes between the Dorran Brigade and Kessavo")."""
    by_start = {e.start: i for i, e in enumerate(ents)}
    out, changed = list(ents), False
    for i, e in enumerate(ents):
        if e.start < 1 or doc[e.start - 1].lower_ != "between" or e.end >= len(doc) or doc[e.end].lower_ != "and":
            continue
        j = by_start.get(e.end + 1)
        if j is None:
            continue
        other = ents[j]
        pair = [(i, e, other), (j, other, e)]
        for k, x, y in pair:
            if (x.label_ == "PERSON" or x.label_ == "ORG" and _one_word(x)) and y.label_ in _PLACE_LABELS \
                    and not gazetteer.country(y.text) \
                    and not any(w in people for w in x.text.split()) and not person_cue(doc, x):
                out[k] = relabeled_span(doc, x, "GPE")
                changed = True
    return out, changed


# Nouns of an administrative unit that end the place an apposition puts a name in ("Kelso, in
# Tarbin province,").
UNIT_NOUNS = frozenset("province region district county state prefecture governorate oblast municipality".split())


def in_unit_apposition(doc, e) -> bool:
    """Span ``e`` is followed by an apposition that puts it in an administrative unit: ", in
    Tarbin province," or ", in the Tarbin region," (at most four capitalised words, then a unit's
    noun, then a comma or the sentence's end), ``e`` is a PERSON span or a one-word ORG span (a
    body's name of more words is a body there), and nothing makes it a person's (a person's cue,
    the subject of a reporting verb, a first name the name dictionary knows: "Omar Kerzai, in
    Tarbin province, ...")."""
    n = len(doc)
    i = e.end
    if e.label_ == "ORG" and not _one_word(e):
        return False  # "The Dorran Brigade, in Kessavo district,": a body somewhere
    if i + 2 >= n or doc[i].text != "," or doc[i + 1].lower_ != "in":
        return False
    k = i + 2
    if doc[k].lower_ == "the":
        k += 1
    start = k
    while k < n and k - start < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].lower_ not in UNIT_NOUNS:
        k += 1
    if k == start or k >= n or doc[k].lower_ not in UNIT_NOUNS:
        return False
    if k + 1 < n and doc[k + 1].text not in (",", ".", ";"):
        return False
    from .lexicon import REPORTING_VERBS

    root = e.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in REPORTING_VERBS:
        return False
    from .syntax import first_name_gender

    if e.label_ == "PERSON" and len(e) >= 2 and first_name_gender(e[0].text) is not None:
        return False
    return not person_cue(doc, e)
