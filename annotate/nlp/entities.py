"""Entity mentions, with the small model's label errors corrected per document.

The entity ruler (pipeline.py) fixes names the alias file knows. Here, names it does not
know: a mention whose text is the surname of a person named in full elsewhere in the same
article becomes PERSON ("Meshkov" tagged GPE next to "Alexei Meshkov"), and a known
country or capital is never a person ("Kyiv" tagged PERSON).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..models import Entity

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
        if label != e.label_:
            changed = True
            e = Span(doc, e.start, e.end, label=label)
        out.append(e)
    if changed:
        doc.ents = out


def entity_mentions(doc) -> list[Entity]:
    return [
        Entity(e.start_char, e.end_char, e.label_, e.text)
        for e in doc.ents
        if e.label_ in KEEP and e.text.strip()
    ]
