"""The day a sentence reports its own event on, apart from the days of earlier events it
recalls: in "Twenty people were sentenced to death on Friday by a court in Lilongwe, following
the failed coup attempt on March 9", the sentence reports the sentencing of Friday; "March 9"
is the background ("following", "after", "since", "in the wake of", "over", "for their part
in" the coup of that day). Used when the analyst makes an incident of a sentence
(``Workspace.create_incident``): the analysis dates the event word it found ("coup attempt"),
which in such a sentence is the background one, already an incident of its own."""

from __future__ import annotations

import re

# A phrase that opens a background event, up to the day it gives, with no clause break between.
_BACKGROUND = re.compile(
    r"\b(?:following|after|since|before|prior\s+to|in\s+the\s+wake\s+of|in\s+connection\s+with|over|"
    r"related\s+to|linked\s+to|for\s+(?:(?:their|his|her|its|the)\s+)?(?:part|role|involvement|participation)\s+in)\b[^,;:()]*$", re.I)


def is_background(sentence: str, start: int) -> bool:
    """True when the day named at ``start`` of ``sentence`` belongs to a background phrase
    ("following the coup attempt on May 19"), not to the sentence's own clause."""
    return _BACKGROUND.search(sentence[:start]) is not None


def own_day(sentence: str, days: re.Pattern, recalled: str) -> str:
    """The text of the day ``sentence`` names for its own event ("on Friday") when the day the
    analysis dated its event by (``recalled``, its date text, "March 9") stands in a background
    phrase and the sentence names another day outside one; "" otherwise (the analysis's day
    stands). ``days``: the pattern of day expressions (``workspace._DAY_WORDS``)."""
    if not recalled:
        return ""
    found = list(days.finditer(sentence))
    at = next((m for m in found if recalled.lower() in m.group().lower() or m.group().lower() in recalled.lower()), None)
    if at is None or not is_background(sentence, at.start()):
        return ""
    own = next((m for m in found if m is not at and not is_background(sentence, m.start())), None)
    return own.group() if own else ""
