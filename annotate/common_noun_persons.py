"""PERSON entities that name no one: words the model capitalised into a "name".

The model tags a capitalised common word as a PERSON, most often at the start of a sentence or a
headline ("Drones were shot down", "Gangs launched an attack") or a fragment cut at a hyphen
("Anti-" of a line break). Such an entity is no person actor when the article itself shows the
word is a common one:

- it ends in a hyphen (a fragment of a longer word);
- no letter of it is upper case ("pibes": a slang word, not a name), in a text that capitalises
  its other names (an all lower-case post writes names so too);
- it is one word that the same article writes in lower case elsewhere (the word itself, its
  singular "drone" for "Drones", or its plural), and the article never gives it as part of a
  longer name ("Lee Gang") nor after an honorific ("Mr Gang").

Plain text and entity offsets in, character spans out (``actors._mentions`` treats them like the
organisations ``misnamed_orgs`` finds: no person mention there). Nothing here knows any article.
"""

from __future__ import annotations

import re
from typing import Iterable

from .models import Entity

_POSSESSIVE = re.compile(r"[’']s$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Mme|Mlle|Herr|Frau|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Prof)\.?\s+$")


def cut_at_hyphen(text: str) -> bool:
    """Whether ``text`` (an entity's text) is a fragment cut at its hyphen, no name: it ends in a
    hyphen or a dash once a possessive "'s" is dropped ("Anti-", "Pro-", "Abu al-"). Used here
    (the PERSON entities that name no one) and by ``actors`` for any entity mention."""
    return _POSSESSIVE.sub("", text.strip()).endswith(("-", "–", "‐"))


def _forms(word: str) -> set[str]:
    """The lower-case word, its singular when it ends in -s and its plural."""
    w = word.lower()
    out = {w, w + "s"}
    if w.endswith("s") and len(w) > 3:
        out.add(w[:-1])
        if w.endswith("es"):
            out.add(w[:-2])
    return out


def shown_as_names(text: str, persons: list[Entity]) -> set[str]:
    """The names of ``persons`` (PERSON entities of ``text``) that ``text`` itself shows are names:
    a word of a longer PERSON name ("Gang" of "Lee Gang"), or a name written right after an
    honorific ("Mr Gang", "Gen. Kalimbo"); a set of stripped entity texts, empty when none."""
    in_names = {w for e in persons if len(e.text.split()) >= 2 for w in e.text.split()}
    titled = {e.text.strip() for e in persons if _HONORIFIC.search(text, max(0, e.start - 8), e.start)}
    return in_names | titled


def common_noun_persons(text: str, entities: Iterable[Entity]) -> list[tuple[int, int]]:
    """The spans of the PERSON entities of ``text`` (its analysis's ``entities``) that the text
    shows are common words, not a person's name (module docstring); [] when none."""
    ents = list(entities)
    persons = [e for e in ents if e.label == "PERSON"]
    if not persons:
        return []
    lower = {w for w in _WORD.findall(text) if w.islower()}
    capitalised = any(any(c.isupper() for c in e.text) for e in persons)  # the text capitalises names
    shown = shown_as_names(text, persons)
    out: list[tuple[int, int]] = []
    for e in persons:
        name = e.text.strip()
        words = name.split()
        if not words:
            continue
        if cut_at_hyphen(name):
            out.append((e.start, e.end))
        elif not any(c.isupper() for c in name) and capitalised:
            out.append((e.start, e.end))
        elif len(words) == 1 and name[:1].isupper() and name not in shown \
                and _forms(name) & lower:
            out.append((e.start, e.end))
    return out
