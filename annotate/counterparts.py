"""The countries of the officials a person is told meeting or appearing with.

"Secretary of State X holds a joint press availability with Canadian Foreign Minister Y": Y is
Canada's, and X is the other side of the meeting. The country an article gives its only titled
official (``ActorIndex.home_country_of``) is then no guess for X's bare title. Pure function on
the text; :mod:`annotate.actors` calls ``counterpart_countries``.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

# A verb or preposition of meeting, then up to two capitalised words that may name the other
# side's country ("with Canadian Foreign Minister", "met Kenya's President", "alongside U.S. officials").
_WITH = re.compile(
    r"\b(?:with|alongside|met|meets|meeting|hosted|hosts|hosting|received|receives|visited|visits|told|tells)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?(?P<words>(?:[A-Z][\w’'.-]*\s+){1,2})")
# A sentence's end: not the point of an initial or abbreviation in capitals ("U.S. officials").
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s|$)|\n")


def counterpart_countries(text: str, name: str, gaz: Gazetteer) -> set[str]:
    """Country names (as ``gaz.country`` gives them) of the side ``name`` (a person's name as
    written in ``text``) meets or appears with in a sentence that names them: the country word
    (name, nationality, "U.S.", possessive) among the two capitalised words after "with", "met",
    "alongside", "hosted", "told" ... following the name. Empty when the text says none."""
    out: set[str] = set()
    if not name.strip():
        return out
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() + 1 if end else len(text)
        for w in _WITH.finditer(text, m.end(), stop):
            for word in w["words"].split():
                c = gaz.country(re.sub(r"(?:['’]s|[,;:])$", "", word))
                if c is not None:
                    out.add(c.name)
    return out
