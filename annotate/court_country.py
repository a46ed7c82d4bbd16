"""The country whose court a story's legal people work in: a lawyer, judge or prosecutor introduced
by the role alone ("His lawyer, X, told AFP", "The judge, Y, refused bail") belongs to the justice
system of the court the story names ("a Bolivian court", "Kenya's Supreme Court", "a court in
Nairobi"), not to whichever country the article names most.

Likewise a head of state named by the title alone ("when President X was ousted") is of the one
country his sentence names (``sentence_country``).

Pure functions on text; :mod:`annotate.actors` calls them for a person whom the words around the
name give no country.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .places import city_or_region_country

# Titles of the people of a court case (a closed class of the language).
_LEGAL_TITLES = frozenset("lawyer lawyers attorney counsel barrister solicitor advocate judge magistrate prosecutor "
                          "prosecutors defender".split())
_TOKEN = re.compile(r"[A-Za-z][\w-]*")
_COURT = r"(?:[Cc]ourt|[Tt]ribunal)"
# "a Bolivian court", "the Kenyan High Court", "a military court in ...": the adjective's country
_ADJ_COURT = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<nation>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:[A-Za-z-]+\s+){{0,2}}{_COURT}\b")
# "Kenya's Supreme Court", "Bolivia's top court"
_OWNER_COURT = re.compile(rf"\b(?P<nation>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)[’']s\s+(?:[A-Za-z-]+\s+){{0,2}}{_COURT}\b")
# "a court in Nairobi", "the tribunal in La Paz"
_COURT_IN = re.compile(rf"\b{_COURT}\s+in\s+(?:the\s+)?(?P<nation>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def legal_title(phrases: list[str]) -> bool:
    """Whether the words introducing a person ("His lawyer", "the judge") hold a legal title."""
    return any(w.lower() in _LEGAL_TITLES for p in phrases for w in _TOKEN.findall(p or ""))


# A legal title right before the name, the name in apposition or after it ("His lawyer, X",
# "defence attorney X", "the presiding judge, X,"): not a title of TITLE_WORDS, so other phrases miss it.
_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_LEGAL_TITLES)) + r")\s*,?\s*$", re.I)


def legal_title_before(text: str, start: int) -> bool:
    """Whether a legal title ends right before ``start`` (a person's name), within its sentence."""
    return _TITLE_BEFORE.search(text, max(0, start - 30), start) is not None


def court_country(text: str, gaz: Gazetteer) -> str:
    """The country of the first court ``text`` names with its country or place ("a Bolivian court",
    "Kenya's Supreme Court", "a court in Nairobi"); "" when it names none, or courts of two countries
    (an international case: no one country's)."""
    found: list[tuple[int, str]] = []
    for rx in (_ADJ_COURT, _OWNER_COURT, _COURT_IN):
        for m in rx.finditer(text):
            words = m.group("nation").split()
            for n in (len(words), 1):  # "Kenyan High": the whole, else its first word
                name = " ".join(words[:n])
                c = gaz.country(name) or city_or_region_country(name, gaz)
                if c is not None:
                    found.append((m.start(), c.name))
                    break
    countries = {c for _s, c in found}
    if len(countries) != 1:
        return ""
    return countries.pop()


_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"])|\n")


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        start = m.end()
    m = _SENTENCE_END.search(text, at)
    return start, (m.start() + 1 if m is not None else len(text))


def sentence_country(text: str, at: int, entities, gaz: Gazetteer) -> str:
    """The one country the sentence around ``at`` names (GPE, NORP entities: "Ruritania",
    "Ruritanian"); "" when it names none or several (a president in "Ruritania accused Freedonia"
    may be either's). Not the sentence before: "Iranian officials protested. Prime Minister X
    condemned the attack" may be another country's."""
    a, b = _sentence_bounds(text, at)
    found = {c.name for x in entities if x.label in ("GPE", "NORP") and a <= x.start < b
             and (c := gaz.country(re.sub(r"^the\s+|[’']s$", "", x.text.strip(), flags=re.I))) is not None}
    return found.pop() if len(found) == 1 else ""
