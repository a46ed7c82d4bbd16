"""The fullest form of a person's name a speaker phrase gives.

The model sometimes cuts a given name off a person's name when the given name is also a place
("Defence Minister Lima Duarte": "Lima" a city, "Duarte" the PERSON entity), so the name inside
the phrase is a surname alone while the phrase, read without its titles and nationality
(``actors.person_name``), gives the full name. The canonical name of a person is the longest full
personal name seen, as "Donald Trump" is for "U.S. President Donald Trump".

Plain functions of strings; no model, no gazetteer.
"""

from __future__ import annotations


def fuller_name(entity_name: str | None, phrase_name: str | None) -> str | None:
    """``phrase_name`` (the person's name the whole phrase gives) when it is ``entity_name`` (the
    name of the PERSON entity inside the phrase) with capitalised given names before it, at most
    four words in all ("Duarte", "Lima Duarte" -> "Lima Duarte"); else ``entity_name``, None
    included (an entity that gives no name stays without one)."""
    if not entity_name or not phrase_name or not phrase_name.endswith(" " + entity_name):
        return entity_name
    extra = phrase_name[: -len(entity_name) - 1].split()
    if not extra or len(extra) + len(entity_name.split()) > 4 or not all(w[:1].isupper() for w in extra):
        return entity_name
    return phrase_name
