"""Entity mentions, with the small model's label errors corrected per document.

The entity ruler (pipeline.py) fixes names the alias file knows. Here, names it does not
know: a mention whose text is the surname of a person named in full elsewhere in the same
article becomes PERSON ("Meshkov" tagged GPE next to "Alexei Meshkov"), a known
country or capital is never a person ("Kyiv" tagged PERSON), a known city, region or area
(places.py) is never a person or an organisation ("Bahawalpur" tagged PERSON, "Crimea" ORG)
(or a nationality: "Punjab" tagged NORP) unless the context makes it a person, and a title alone ("Brig" of "Brig. Gen.") is no name.
"""

from __future__ import annotations

from ..models import Entity
from ..org_words import ENTITY_FIX_ORG_WORDS
from ..places import place
from .lexicon import REPORTING_VERBS, TITLE_WORDS
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
        elif label in ("PERSON", "ORG", "PRODUCT") and all(t.lower_ in TITLE_WORDS or t.text == "." for t in e):
            changed = True
            continue  # "Brig" of "Brig. Gen. Yahya Saree": a title, not a name
        elif label in ("PERSON", "ORG", "NORP") and (where := _known_place(doc, e, gazetteer, surnames)):
            label = where
        if label != e.label_:
            changed = True
            e = relabeled_span(doc, e, label)
        out.append(e)
    if changed:
        doc.ents = out


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


def _known_place(doc, e, gazetteer, surnames) -> str:
    """"GPE" or "LOC" when the PERSON, ORG or NORP span ``e`` is, whole, a known place (places.py)
    and its context does not make it a person; else "". A person's context: a title before it
    ("Col. Houston"); for a PERSON span, a reporting verb next to a city or region ("said Jackson",
    "Jackson told") or a person elsewhere in the article with that surname or first name ("Paris
    Hilton"). The alias file's names are left to the entity ruler."""
    words = [t for t in e if not t.is_punct]
    if not words or not all(t.text[:1].isupper() for t in words if t.lower_ not in ("of", "the", "and", "al", "el")):
        return ""
    text = e.text.strip()
    if gazetteer.canonical(text) or gazetteer.is_outlet(text) or gazetteer.country(text):
        return ""  # the alias file's names are the entity ruler's ("Brussels" is the EU)
    before = doc[max(0, e.start - 2) : e.start]
    if before.text and (before[-1].lower_ in TITLE_WORDS or before[-1].text == "." and before[0].lower_ in TITLE_WORDS):
        return ""  # "Col. Houston"
    p = place(text, tuple(gazetteer.places))
    if p is None:
        return ""
    if e.label_ == "PERSON":
        if e.text in surnames:
            return ""
        if any(s.label_ == "PERSON" and len(s) >= 2 and s[0].text == e.text for s in doc.ents):
            return ""
        if p.kind in ("city", "region"):
            near = [doc[i] for i in (e.start - 1, e.end) if 0 <= i < len(doc)]
            if any(t.lemma_ in REPORTING_VERBS and t.pos_ == "VERB" for t in near):
                return ""
    return "LOC" if p.kind == "area" else "GPE"


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
