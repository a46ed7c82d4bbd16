"""What an apposition right after a person's name says of them, for the people no other rule gave an
affiliation: a country's office in the possessive ("Hamid Sorel, Niger's ruler for a decade,";
"X, Chad's former president,") gives that country; an age alone ("Tomas Brecu, 31, and ...") makes
the person a private one, named for what happened to them (a victim, a resident), whom the
document-level back-off may give the country the story happens in."""

from __future__ import annotations

import re

from .nlp.lexicon import TITLE_WORDS

# Rulers that are no office's title (a closed class).
_RULER_WORDS = frozenset("ruler rulers strongman dictator monarch autocrat despot".split())
_AGE = re.compile(r"\s*,\s*(?:aged\s+)?(?P<age>\d{1,3})\s*(?:,|;|\.(?:\s|$)|\s+and\b|$)")
_POSSESSIVE = re.compile(
    r"\s*[,\[(—–]\s*(?:the\s+)?(?P<nation>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}?)(?P<noun>[a-z]+)\b")


def given_age(text: str, end: int) -> bool:
    """Whether the name ending at ``text[:end]`` is followed by an age alone: "X, 22," "X, aged 70."."""
    m = _AGE.match(text, end)
    return m is not None and 0 < int(m.group("age")) < 120


def apposed_country(text: str, end: int, gaz) -> str:
    """The country an apposition "<Country>'s [words] <title>" right after the name ending at
    ``text[:end]`` gives, after a comma, a bracket or a dash ("X, Niger's ruler for a decade," -> "Niger";
    "X, Chad's former president," and "X [Chad's former president]" -> "Chad"); "" when none, or when the noun is no title ("X, Peru's fiercest critic")."""
    m = _POSSESSIVE.match(text, end)
    if m is None or (m.group("noun") not in TITLE_WORDS and m.group("noun") not in _RULER_WORDS):
        return ""
    c = gaz.country(m.group("nation"))
    return c.name if c is not None else ""
