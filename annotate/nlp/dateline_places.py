"""The place of a dateline written at the start of a line and glued to a date ("Lusaka 25.04.2021
The rebels said ...", "SUVA, 3 March 2024 -", "Tromso March 3 —") or to a colon ("Nairobi: The
rebels said ...", "Lima: “…”"): where the report was filed, a
place whatever label the small model gives it, even a name the alias file gives an actor as a
metonym ("Brussels" for the EU: at a dateline it is the city)."""

from __future__ import annotations

import re

from ..places import place
from .doc_text import doc_text
from .pipeline import relabeled_span

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
          r"|Nov(?:ember)?|Dec(?:ember)?)\.?")
# What follows a dateline's place: a numeric date, a day and a month (either order), after an
# optional comma.
_DATE_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b)", re.I)
# Or a colon: "Nairobi: The rebels said ...", "Lima: “…”" (a city is no one who speaks), also
# after more cities joined by slashes ("Dubai/Nairobi: ...").
_OTHER_CITIES = r"(?:[ \t]*/[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?)*"
_COLON_AFTER = re.compile(rf"{_OTHER_CITIES}[ \t]*:[ \t]*\S")


def colon_dateline(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens a line (or the text), names known cities, regions or areas
    (``places.place``, no country; several joined by slashes) and a colon follows it: a dateline
    ("Nairobi: …", "Dubai/Nairobi: …"), where the report was filed, not a speaker's name."""
    if text[start - 1 : start] not in ("", "\n") or _COLON_AFTER.match(text, end) is None:
        return False
    found = [place(w) for w in re.split(r"[ \t]*/[ \t]*", text[start:end])]
    return all(p is not None and p.kind in ("city", "region", "area") for p in found)


def dateline_places(doc, ents: list, gazetteer) -> tuple[list, bool]:
    """``ents`` with each PERSON or ORG span that starts a line, names a known city, region or
    area (``places.place``) and is followed by a date or a colon relabelled GPE; and whether any
    changed."""
    text = doc_text(doc)
    areas = tuple(gazetteer.places)
    out, changed = [], False
    for e in ents:
        if e.label_ in ("PERSON", "ORG") and text[e.start_char - 1 : e.start_char] in ("", "\n") \
                and (_DATE_AFTER.match(text, e.end_char) is not None or _COLON_AFTER.match(text, e.end_char) is not None):
            p = place(e.text, areas)
            if p is not None and p.kind in ("city", "region", "area"):
                e, changed = relabeled_span(doc, e, "GPE"), True
        out.append(e)
    return out, changed
