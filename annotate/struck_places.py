"""PERSON entities that are places by what is done to them: shelled, bombed, stormed, or attacked
with heavy weapons.

A village or district the gazetteer does not know is often tagged PERSON by the model ("the militia
had struck Mwenga with artillery"). A named person is not shelled, bombed, stormed, besieged or
overrun, nor attacked "with mortars", "with artillery" or "with drones"; a place is. Such an entity
is no person actor, unless the article gives it as part of a longer name or after an honorific.

Plain text and entity offsets in, character spans out (``actors._mentions`` treats them like
``common_noun_persons``). Nothing here knows any article.
"""

from __future__ import annotations

import re
from typing import Iterable

from .common_noun_persons import shown_as_names
from .models import Entity

# Verbs whose object is a place, never a named person.
_PLACE_VERB = re.compile(
    r"\b(?:shelled|shelling|bombed|bombing|bombarded|bombarding|bombardment\s+of|stormed|storming|besieged|besieging|"
    r"overran|overrun|overrunning|recaptured|retook|retaken|airstrikes?\s+on|air\s+strikes?\s+on|shelling\s+of|siege\s+of)"
    r"\s+(?:the\s+(?:town|village|district|area|city|locality)\s+of\s+)?$",
    re.I,
)
_ATTACKED = re.compile(r"\b(?:attacked|attacking|struck|hit|targeted|pounded|pounding)\s+$", re.I)
_HEAVY = re.compile(
    r"^\s+(?:with|using)\s+(?:(?:several|many|heavy|dozens\s+of|numerous|multiple|\w+-\w+|\d+)\s+)*"
    r"(?:mortars?|artillery|rockets?|missiles?|shells|drones?|tanks?|heavy\s+weapons|grenades|air\s*strikes|jets?|warplanes|howitzers)\b",
    re.I,
)


def struck_places(text: str, entities: Iterable[Entity]) -> list[tuple[int, int]]:
    """The spans of the PERSON entities of ``text`` that are the object of a verb whose object is a
    place ("shelled X", "stormed X") or of an attack "with" heavy weapons ("attacked X with
    mortars"), and that the text never gives as part of a longer name or after an honorific."""
    persons = [e for e in entities if e.label == "PERSON"]
    shown = shown_as_names(text, persons)
    out: list[tuple[int, int]] = []
    for e in persons:
        name = e.text.strip()
        if len(name.split()) != 1 or name in shown:
            continue
        before = max(0, e.start - 40)
        if _PLACE_VERB.search(text, before, e.start) or (
                _ATTACKED.search(text, before, e.start) and _HEAVY.match(text[e.end : e.end + 80])):
            out.append((e.start, e.end))
    return out
