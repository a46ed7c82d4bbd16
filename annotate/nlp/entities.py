"""Entity mentions, with the small model's label errors corrected per document.

The entity ruler (pipeline.py) fixes names the alias file knows. Here, names it does not
know: a mention whose text is the surname of a person named in full elsewhere in the same
article becomes PERSON ("Meshkov" tagged GPE next to "Alexei Meshkov"), and a known
country or capital is never a person ("Kyiv" tagged PERSON).
"""

from __future__ import annotations

from ..models import Entity
from ..org_words import ENTITY_FIX_ORG_WORDS
from .lexicon import NAME_TITLES, TITLE_WORDS
from .pipeline import relabeled_span

# Words that make a capitalised phrase an organisation or a place, never a person (see
# org_words.py).
ORG_WORDS = ENTITY_FIX_ORG_WORDS

KEEP = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "PRODUCT", "LAW"}


def correct_entities(doc, gazetteer) -> None:
    """Relabel entity spans in place (document-level consistency)."""
    ents = list(doc.ents)
    surnames = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2:
            surnames[e[-1].text] = e
    changed = False
    out = []
    for e in ents:
        label = e.label_
        text = e.text
        if label != "PERSON" and len(e) == 1 and text in surnames and not gazetteer.country(text):
            label = "PERSON"
        elif label != "PERSON" and len(e) in (2, 3) and e[-1].text in surnames and all(t.is_title for t in e):
            label = "PERSON"
        elif label == "PERSON" and gazetteer.country(text):
            label = "GPE"
        elif label in ("ORG", "GPE", "NORP") and _name_after_title_or_country(doc, e, gazetteer):
            label = "PERSON"
        if label != e.label_:
            changed = True
            e = relabeled_span(doc, e, label)
        out.append(e)
    titled = _titled_names(doc, out, gazetteer)
    if titled is not None:
        out, changed = titled, True
    fuller = _first_names_back(doc, out, gazetteer)
    if fuller is not None:
        out, changed = fuller, True
    if changed:
        doc.ents = out


def _first_names_back(doc, ents, gazetteer):
    """"Defence Minister Rustem | Umerov" where the model's PERSON span drops the first name:
    capitalised proper nouns just before a PERSON span (not titles, organisation words,
    countries or other entities) are part of the name. Returns the new list or None."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out, changed = [], False
    for e in ents:
        lo = e.start
        if e.label_ == "PERSON":
            while lo > 0 and e.start - lo < 2:
                t = doc[lo - 1]
                if (t.i in taken or not t.is_alpha or not t.is_title or t.pos_ != "PROPN" or t.lower_ in TITLE_WORDS
                        or t.lower_ in ORG_WORDS or gazetteer.country(t.text)):
                    break
                lo -= 1
        if lo != e.start:
            e, changed = relabeled_span(doc, doc[lo : e.end], "PERSON"), True
        out.append(e)
    return out if changed else None


def _may_be_person(name: str, gazetteer) -> bool:
    """Not a country, an outlet or a non-person entry of the alias file."""
    if gazetteer.country(name) or gazetteer.is_outlet(name):
        return False
    canon = gazetteer.canonical(name)
    entry = gazetteer.entry(canon) if canon else None
    return entry is None or entry.kind == "person"


def _is_name_title(tok) -> bool:
    return tok.lower_.rstrip(".") in NAME_TITLES and tok.text[:1].isupper()


def _titled_names(doc, ents, gazetteer):
    """"Sgt Ana Pike", "Brig Gen Ana Pike", "Mrs Vance": the capitalised words after a run of
    titles or ranks (with or without a period) are a PERSON, the titles are not part of it.
    Returns the new entity list, or None when nothing changes."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _is_name_title(doc[i]):
            i += 1
            continue
        j = i
        while j < n and (_is_name_title(doc[j]) or doc[j].text == "."):
            j += 1
        k = j
        while k < n and k - j < 3 and doc[k].is_alpha and doc[k].is_title and doc[k].lower_ not in ORG_WORDS and not _is_name_title(doc[k]):
            k += 1
        if k > j and _may_be_person(doc[j:k].text, gazetteer):
            spans.append((i, j, k))
        i = max(k, i + 1)
    if not spans:
        return None
    # Entities over the titles or the name (a PERSON "Sgt Ana Pike", "Brig Gen" + ORG "Pike")
    # give way to the name alone.
    keep = [e for e in ents if not any(e.start < k and t < e.end for t, _j, k in spans)]
    new = [relabeled_span(doc, doc[j:k], "PERSON") for _t, j, k in spans]
    out = sorted(keep + new, key=lambda e: e.start)
    if [(e.start, e.end, e.label_) for e in out] == [(e.start, e.end, e.label_) for e in ents]:
        return None
    return out


def _name_after_title_or_country(doc, e, gazetteer) -> bool:
    """"Italy’s Giorgia Meloni", "Interior Minister Anna Berg": two or three capitalised
    words, none an organisation word, right after a country's possessive or a title."""
    if not 2 <= len(e) <= 3 or not all(t.is_title and t.is_alpha for t in e):
        return False
    if any(t.lower_ in ORG_WORDS for t in e) or gazetteer.canonical(e.text) or gazetteer.country(e.text) or gazetteer.is_outlet(e.text):
        return False
    if e.start == 0:
        return False
    prev = doc[e.start - 1]
    if prev.lower_ in TITLE_WORDS:
        return True
    if prev.text in ("’s", "'s") and e.start >= 2 and gazetteer.country(doc[e.start - 2].text):
        return True
    return False


def entity_mentions(doc) -> list[Entity]:
    """The entities of a parsed spaCy ``doc`` (after ``correct_entities``) whose label is in ``KEEP``
    and whose text is not blank, as ``Entity`` records with character offsets into ``doc.text``, in
    document order.
    """
    return [
        Entity(e.start_char, e.end_char, e.label_, e.text)
        for e in doc.ents
        if e.label_ in KEEP and e.text.strip()
    ]
