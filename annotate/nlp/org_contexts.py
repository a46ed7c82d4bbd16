"""Names the small model tags as a person's that the words around them make an organisation's:

- the items of a list after a plural noun for groups ("armed groups, including Kelvani and Asa'ib
  Tarn", "factions such as Jund Kelva"): each is a group, not a person;
- a name between "the" and a noun for an outlet ("told the Kelvavision channel", "the Dnevni
  newspaper reported"): the outlet.

Each PERSON span there becomes ORG, unless it is a person's name in full (two words or more whose
first is a first name the name dictionary knows).
"""

from __future__ import annotations

from .pipeline import relabeled_span

# Plural nouns for groups before "including" / "such as" / "like".
GROUP_PLURALS = frozenset(
    "groups militias factions organisations organizations movements outfits gangs cartels parties".split())
# Nouns for an outlet after its name ("the Kelvavision channel").
OUTLET_NOUNS = frozenset("channel broadcaster newspaper daily tabloid network website magazine".split())
_LIST_LINKS = frozenset({",", "and", "or"})


def _first_named(e) -> bool:
    from .syntax import first_name_gender

    words = e.text.split()
    return len(words) >= 2 and words[0][:1].isupper() and first_name_gender(words[0]) is not None


def _list_starts(doc) -> list[int]:
    """Token indices where a list of groups starts: after "groups, including", "factions such as"."""
    starts = []
    for t in doc:
        k = t.i
        if t.lower_ == "including" or t.lower_ == "like":
            k = t.i + 1
        elif t.lower_ == "such" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "as":
            k = t.i + 2
        else:
            continue
        j = t.i - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j >= 0 and doc[j].lower_ in GROUP_PLURALS:
            starts.append(k)
    return starts


def organisations_by_context(doc, ents: list) -> tuple[list, bool]:
    """Relabel PERSON spans of ``ents`` (spaCy spans, in order) that are listed groups or outlets
    (module docstring) ORG. Returns the entities and whether any changed."""
    listed: set[int] = set()
    by_start = {e.start: e for e in ents}
    for k in _list_starts(doc):
        while k < len(doc) and k in by_start:
            e = by_start[k]
            listed.add(e.start)
            k = e.end
            if k < len(doc) and doc[k].text in _LIST_LINKS:
                k += 1
                if k < len(doc) and doc[k].lower_ in ("and", "or"):
                    k += 1  # ", and"
            else:
                break
    out, changed = [], False
    for e in ents:
        if e.label_ == "PERSON" and not _first_named(e):
            outlet = e.start > 0 and doc[e.start - 1].lower_ == "the" and e.end < len(doc) and doc[e.end].lower_ in OUTLET_NOUNS
            if e.start in listed or outlet:
                e, changed = relabeled_span(doc, e, "ORG"), True
        out.append(e)
    return out, changed


# Head words of an institution's name that may start with its city's name ("the Kelso Institute for
# Peace", "the Varna Office on Human Rights", "the Tarbin School of Economics").
INSTITUTION_HEADS = frozenset(
    "office institute institution center centre foundation school university academy forum project society".split())
_NAME_LINKS = frozenset("on for of and the".split())


def _country_named(text: str, gazetteer) -> bool:
    """``text`` is a country's own name (not a capital standing for its state: "Moscow")."""
    from ..places import place

    known = place(text, tuple(gazetteer.places))
    return known is not None and known.kind == "country" or gazetteer.country(text) is not None and known is None


def institutions_named_after_places(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """A city's or a region's name (GPE or LOC, not a country: a country's bodies are the state's,
    ``state_bodies.py``) that the model tagged alone at the start of an institution's capitalised
    name ("Varna" of "the Varna Office on Human Rights"): the whole name, up to eight words with an
    institution's head word (``INSTITUTION_HEADS``) and "on", "for", "of" between capitalised words,
    never into a date ("Dhaka University on Thursday": the university, then the day), becomes one ORG span in place of the pieces. Returns the entities and whether any changed."""
    n = len(doc)
    spans: list[tuple[int, int]] = []
    dated = {i for x in ents if x.label_ in ("DATE", "TIME") for i in range(x.start, x.end)}
    for e in ents:
        if e.label_ not in ("GPE", "LOC") or e.end >= n or _country_named(e.text, gazetteer):
            continue
        k, head, last = e.end, False, e.end
        while k < n and k - e.start < 9 and not doc[k].is_sent_start and k not in dated:  # not "... University on Thursday"
            t = doc[k]
            if t.is_alpha and t.text[:1].isupper():
                head = head or t.lower_ in INSTITUTION_HEADS
                last = k + 1
            elif not (t.lower_ in _NAME_LINKS and t.is_lower and k > e.end):
                break
            k += 1
        if head and last > e.end:
            spans.append((e.start, last))
    if not spans:
        return ents, False
    keep = [x for x in ents if not any(a <= x.start < b or a < x.end <= b for a, b in spans)]
    new = [relabeled_span(doc, doc[a:b], "ORG") for a, b in spans]
    return sorted(keep + new, key=lambda x: x.start), True
