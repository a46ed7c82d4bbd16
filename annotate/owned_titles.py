"""A title that a named body owns, written in the possessive right before a person's name and its
comma, in the middle of a clause: "a meeting between the president and the SDF's top commander, X",
"talks with Kelvan Airways' chief executive, Y". The phrase ("the SDF's top commander") joins the
words introducing the person (``ActorResolver.intro_phrases``), from which ``roles.affiliation``
reads the body; a clause that opens with such a title is ``roles.title_before_comma``'s."""

from __future__ import annotations

import re

from .nlp.lexicon import TITLE_WORDS

# The owner: one to six capitalised words (or an acronym) in the possessive; then at most two
# lower-case modifiers and the title's noun; then the comma before the name.
_OWNED = re.compile(
    r"\b(?P<phrase>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,5}(?:[’']s|s[’'])\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?P<title>[a-z][\w-]*))\s*,\s*$")


def owned_title_before(text: str, start: int) -> str:
    """The possessive title phrase right before the name at ``text[start:]`` and its comma ("the
    SDF's top commander"), when its last word is a title (``TITLE_WORDS``); "" when none."""
    m = _OWNED.search(text, max(0, start - 100), start)
    if m is None or m.group("title").lower() not in TITLE_WORDS:
        return ""
    return m.group("phrase")
