"""The country a news report's lead names, for a bare institution that speaks in it ("Inmates
in Ruritania rioted overnight, police said"): a wire report's headline and first sentence say
where the story happens, even when later paragraphs name neighbours, donors and allies as often
(``roles.story_country`` then gives none). A lead naming two countries gives none."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gazetteer import Gazetteer
from .models import Entity
from .sole_country import sole_country

# The end of a lead sentence: a full stop, "!" or "?" (and a closing quote) before a space or a
# line end; a dot after a short capitalised word or an initial ("Gen.", "Lt.", "U.S.") ends none.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?=\s|$)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|[A-Z])$")


def lead_end(text: str) -> int:
    """Character offset where a report's lead ends: after its headline (the first non-empty
    line) and the first sentence after it; ``len(text)`` for a text shorter than that."""
    m = re.match(r"\s*[^\n]*\n", text)
    if m is None:
        return len(text)
    body = m.end()
    while body < len(text) and text[body] in " \t\r\n":
        body += 1
    for stop in _SENTENCE_END.finditer(text, body):
        if stop.group().startswith(".") and _ABBREVIATION.search(text, body, stop.start()):
            continue
        return stop.end()
    return len(text)


def lead_country(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> str:
    """The one country the lead of ``text`` (``lead_end``) names by its name, nationality or a
    city or region of it, from the text's GPE, LOC and NORP ``entities``; "" when it names none or
    several ("Ruritanian troops shelled Borduria, the army said": two)."""
    end = lead_end(text)
    names = [e.text for e in entities if e.label in ("GPE", "LOC", "NORP") and e.end <= end]
    return sole_country(names, gaz)
