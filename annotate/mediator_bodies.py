"""The body a mediator acts for, from the words that introduce them: "the African Union's special
envoy", "the AU mediation team", "envoy of the Intergovernmental Authority on Development". A
person introduced by a former national office and such a role ("the African Union's envoy, former
Ghanaian president X") speaks for the body, not for the country they once served.

Functions of strings and the alias file; nothing here knows an article."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .name_variants import un_body
from .regional_bodies import regional_body

_ROLE = r"(?i:(?:(?:special|peace|chief|high|top|joint|lead)\s+)*(?:envoy|envoys|mediator|mediators|mediation|representative|facilitator|facilitators|negotiator))"
_NAME = r"[A-Z][\w.-]*(?:\s+(?:(?:of|for|on|the)\s+)*[A-Z][\w.-]*){0,6}"
# "the African Union's special envoy", "the AU envoy", "AU mediation team"
_BODY_BEFORE = re.compile(r"(?:^|\bthe\s+|\s)(?P<body>" + _NAME + r")(?:[’']s)?\s+" + _ROLE + r"\b")
# "envoy of the African Union", "mediator for the Intergovernmental Authority on Development"
_BODY_AFTER = re.compile(r"\b" + _ROLE + r"\s+(?:of|for|from)\s+(?:the\s+)?(?P<body>" + _NAME + r")")
# A former office: "former Ghanaian president", "ex-minister".
FORMER = re.compile(r"\b(?:former|ex-)", re.I)


def acting_body(phrase: str, gaz: Gazetteer) -> str:
    """The intergovernmental body a mediator's role in ``phrase`` names: a regional body
    (``regional_bodies.regional_body``), a United Nations body, an organisation of the alias file
    that answers to itself ("European Union"), or an acronym of capitals that is no country's
    ("AU", "IGAD"); by the alias file's name when it has one; "" when none."""
    for rx in (_BODY_BEFORE, _BODY_AFTER):
        for m in rx.finditer(phrase):
            body = re.sub(r"^the\s+", "", m.group("body"))
            body = re.sub(r"(?:\s+(?:High|Special|Chief|Peace|Top|Joint|Lead))+$", "", body)  # "African Union High Representative"
            canon = gaz.canonical(body)
            entry = gaz.entry(canon) if canon else None
            if entry is not None and entry.kind == "organization" and entry.affiliation in ("", canon):
                return canon
            if gaz.country(body) is not None or entry is not None:
                continue
            if regional_body(body, gaz) or un_body(body) or re.fullmatch(r"[A-Z]{2,6}", body):
                return body
    return ""


# A run of capitalised words (with "of", "the", "for" inside) that may spell out an acronym.
_SPELLED = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|the|for|and)\s+)*[A-Z][a-z]+){1,7}")


def spelled_body(body: str, text: str, gaz: Gazetteer) -> str:
    """The regional body (``regional_bodies.regional_body``) ``text`` writes out whose initials are
    the acronym ``body`` ("African Union" for "AU" where the article names the African Union);
    ``body`` itself otherwise."""
    if not re.fullmatch(r"[A-Z]{2,6}", body):
        return body
    for m in _SPELLED.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                name = " ".join(words[i:j])
                if "".join(w[0] for w in words[i:j] if w[0].isupper()) == body and regional_body(name, gaz):
                    return name
    return body


def former_office_body(phrases: list[str], gaz: Gazetteer) -> str:
    """The body a person acts for now, when ``phrases`` (the words introducing them) hold a former
    office ("former Kenyan president") and, elsewhere, a mediator's role for a body
    (``acting_body``); "" otherwise."""
    if not any(p and FORMER.search(p) for p in phrases):
        return ""
    for p in phrases:
        # "the former Ruritanian president and AU's high representative": each office on its own
        for part in re.split(r"\s*,\s*|\s+and\s+", p or ""):
            if part and not FORMER.search(part) and (body := acting_body(part, gaz)):
                return body
    return ""
