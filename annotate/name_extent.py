"""Where an organisation's name the model cut short begins and ends.

The model often tags only the part of a foreign or long name it knows: "Hezbollah" of "Kataib
Hezbollah", "Islam" of "the Ansarul Islam group", "al-Qaeda" of "al-Qaeda in Iraq". The text shows
the rest:

- a capitalised word right before the entity, inside a sentence (after a lower-case word, "the",
  a comma), that is no title, no country or nationality, no known place and no part of another
  entity: the name's first word ("and Kataib Hezbollah"); at the start of a sentence, only a
  word that is no English word ("Pakhtunkhwa" of "Pakhtunkhwa Milli Awami Party", not "Rival");
- "in" and a capitalised place or name right after it, when the article writes that longer name
  at least twice the same way ("Jund al-Sahel in Niger ... allied to Jund al-Sahel in Niger");
- capitalised words right after it that end in a noun for a unit or an office of an organisation
  (``UNIT_NOUNS``: "the European Union" + "Naval Force", "the African Union" + "Mission"): the
  body the sentence names is the unit, not its parent (not after a name with a country or
  nationality in it: a state's bodies are resolved as the state's).
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .nlp.inflection import english_word
from .places import place

_WORD_BEFORE = re.compile(r"(?:(?<=[a-z,;]\s)|(?<=\bthe\s)|(?<=\bThe\s))([A-Z][a-z]{2,})\s$")
# A capitalised word that starts a sentence or a line, right before the entity.
_FIRST_WORD_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))([A-Z][a-z]{2,})\s$")
# Nouns that end the name of a unit or an office of an organisation (a closed class of English
# institution words): "X Naval Force", "X Mission", "X Command".
UNIT_NOUNS = frozenset(
    """
    force forces command mission agency service council commission office authority directorate
    secretariat corps brigade guard fleet operation staff
    """.split()
)
_UNIT_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,3}(?![\w-])")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")


def name_extent(text: str, start: int, end: int, gaz: Gazetteer, covered, is_title) -> tuple[int, int]:
    """(start, end) of the organisation's name whose ORG entity is ``text[start:end]``: the entity's
    own span when nothing around it belongs to the name. ``covered(s, e)``: whether another entity
    overlaps ``text[s:e]``; ``is_title(word)``: whether a word is a title ("Minister")."""
    start_end = (start, end)
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None and (first := _FIRST_WORD_BEFORE.search(text, max(0, start - 30), start)) is not None \
            and len(text[start:end].split()) >= 2 and not english_word(first.group(1)):
        before = first  # "Pakhtunkhwa" + "Milli Awami Party" at a sentence's start: no English word, the name's
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
    # (not after a state's body: "Finnish Customs" + "Service" is the state's, as resolved elsewhere)
    national = any(gaz.country(w) is not None for w in re.findall(r"[A-Z][\w’'-]*", text[start:end]))
    unit = _UNIT_AFTER.match(text, end) if end == start_end[1] and not national else None
    if unit is not None:
        words = unit.group(0).split()
        if words[-1].lower() in UNIT_NOUNS and not covered(end + 1, unit.end()) and not any(is_title(w) or gaz.country(w) is not None for w in words):
            end = unit.end()
    return start, end
