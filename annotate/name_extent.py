"""Where an organisation's name the model cut short begins and ends.

The model often tags only the part of a foreign or long name it knows: "Hezbollah" of "Kataib
Hezbollah", "Islam" of "the Ansarul Islam group", "al-Qaeda" of "al-Qaeda in Iraq". The text shows
the rest:

- a capitalised word right before the entity, inside a sentence (after a lower-case word, "the",
  a comma), that is no title, no country or nationality, no known place and no part of another
  entity: the name's first word ("and Kataib Hezbollah");
- "in" and a capitalised place or name right after it, when the article writes that longer name
  at least twice the same way ("al-Qaeda in Iraq ... linked to al-Qaeda in Iraq").
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .places import place

_WORD_BEFORE = re.compile(r"(?:(?<=[a-z,;]\s)|(?<=\bthe\s)|(?<=\bThe\s))([A-Z][a-z]{2,})\s$")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")


def name_extent(text: str, start: int, end: int, gaz: Gazetteer, covered, is_title) -> tuple[int, int]:
    """(start, end) of the organisation's name whose ORG entity is ``text[start:end]``: the entity's
    own span when nothing around it belongs to the name. ``covered(s, e)``: whether another entity
    overlaps ``text[s:e]``; ``is_title(word)``: whether a word is a title ("Minister")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and not text[start:end].lower().startswith("the "):
        word = before.group(1)
        s = before.start(1)
        if not (covered(s, s + len(word)) or is_title(word) or gaz.country(word) is not None
                or place(word, tuple(gaz.places)) is not None or gaz.canonical(word) is not None):
            start = s
    cut = end - 3 if text[start:end].endswith(" in") else end  # "the Islamic Resistance in" + "Iraq"
    longer = _IN_PLACE.match(text, cut)
    if longer is not None:
        name = re.sub(r"^the\s+", "", text[start : longer.end()], flags=re.I)
        if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) >= 2:
            end = longer.end()
    return start, end
