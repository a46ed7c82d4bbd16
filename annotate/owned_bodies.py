"""A body the text names by its owner and a lower-case description: "the Basque government's
security council", "the Galician police's press office", "Ruritania's electoral commission
secretariat". As a speaker it is an actor of its own, named as written (without "the"), not
nobody: the description alone says which body speaks.

Pure text: no spaCy, no gazetteer (the caller rules out people and places).
"""

from __future__ import annotations

import re

# The body's head: a word for an office or a council, last in the phrase.
_HEADS = (
    "council|office|committee|commission|service|directorate|bureau|agency|department|command|"
    "secretariat|cell|board|authority|inspectorate|division|unit|centre|center|headquarters|taskforce"
)
# An owner's own lower-case word after its name ("the Basque government's", "the Lagos police's").
_OWNER_TAIL = r"(?:\s+(?:regional\s+|state\s+|provincial\s+|local\s+)?(?:government|ministry|police|army|military|presidency|administration|authorities|parliament|cabinet))?"
_OWNED = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}{_OWNER_TAIL})(?:[’']s|s[’'])\s+"
    rf"(?P<body>(?:[a-z][a-z-]*\s+){{0,3}}(?:{_HEADS}))$"
)


def owned_body(text: str) -> tuple[str, str] | None:
    """``(name, owner)`` of a phrase that is an owner's possessive and a lower-case body ending
    in an office word: "the Basque government's security council" -> ("Basque government's
    security council", "Basque government"); None for any other phrase ("the minister's
    office said" has no capitalised owner; "Spain's army" no office word)."""
    t = " ".join(text.split())
    m = _OWNED.match(t)
    if m is None:
        return None
    name = t[4:] if t[:4].lower() == "the " else t
    owner = m.group("owner")
    if t[m.end("owner")] == "s":  # "Acme Holdings' media office": the plural's s is the owner's
        owner += "s"
    return name[:1].upper() + name[1:], owner
