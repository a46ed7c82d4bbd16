"""Which corpus-wide names may stand for an actor in a given article.

A name with a name in it ("Pakistan Army", "PKK") means the same actor in every article. A
description with no name in it ("Army", "the police", "Authorities") means whichever body the
article at hand is about: the army of a Mozambique story is Mozambique's, not the Pakistani army
another article of the workspace called "the Army". ``foreign_description`` says when a corpus
alias of that kind must not be followed.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[\w’'.-]+")


def description_only(text: str) -> bool:
    """True when ``text`` describes without naming: its words are all in lower case but for a
    capital on the first ("Army", "The army", "the authorities", "coast guard"); never a name or an
    acronym ("Pakistan Army", "GDF")."""
    words = _TOKEN.findall(text)
    return bool(words) and all(w.islower() or k == 0 and w[:1].isupper() and w[1:].islower() for k, w in enumerate(words))


def foreign_description(text: str, actor_country: str, named_here: bool, story_country: str) -> bool:
    """Whether the corpus alias ``text`` found for an actor must not name that actor in an
    article: ``text`` is a description with no name in it (``description_only``), the actor is not
    named elsewhere in that article (``named_here``), and the actor is of a country
    (``actor_country``, "Pakistan"; "" when of none) other than the article's story country
    (``story_country``, "" when unknown). An actor of no country, or of the story's, may be
    followed: "the army" of a second Thai article is the Thai army of the first."""
    if named_here or not description_only(text):
        return False
    return bool(actor_country) and actor_country != story_country


def used_elsewhere(key: str, named_in: set[str], texts: dict[str, str]) -> bool:
    """Whether the description ``key`` (a ``text.norm_name`` key: lower case, no leading "the")
    is written in an article of ``texts`` (source id -> its text in lower case) that does not name its actor
    (``named_in``: the ids of the sources that do). Such a description is no key of the corpus:
    "authorities" of a Chad story are not those of a Zambia story that names no government."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, key.split())) + r"(?![\w-])", re.I)
    first = key.split()[0] if key.split() else key
    return any(sid not in named_in and first in text and pattern.search(text) for sid, text in texts.items())


# An acronym as news writes a body's short name: two to six capitals ("SSC", "KDF"), maybe with one
# lower-case letter inside ("DoD", "PkMAP").
_ACRONYM = re.compile(r"[A-Z][A-Z]?[a-z]?[A-Z]{1,4}")


def is_acronym(text: str) -> bool:
    """Whether ``text`` (without "the") is an acronym of two to six letters, all capitals but at
    most one ("SSC", "KDF", "DoD")."""
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    return 2 <= len(bare) <= 6 and bool(_ACRONYM.fullmatch(bare))


def foreign_acronym(text: str, actor_country: str, named_here: bool, countries_here: set[str]) -> bool:
    """Whether the corpus alias ``text``, an acronym (``is_acronym``), must not name its actor in an
    article: the actor is a body of a country (``actor_country``) that the article names nowhere
    (``countries_here``: the countries it names), and the article names the actor by no other name
    (``named_here``). Letters are short for many names: the "SSC" of a Somali story is not the
    Slovak council another article called "SSC". An actor of no country, or of one the article
    names, is followed ("the PKK" of a second Turkish story is the first one's)."""
    if named_here or not actor_country or not is_acronym(text):
        return False
    return actor_country not in countries_here


def acronym_written(acronym: str, text: str) -> bool:
    """Whether ``text`` writes ``acronym`` as a word of its own, or as the first part of a
    hyphenated name ("SSC-Khatumo")."""
    return re.search(r"(?<![\w-])" + re.escape(acronym) + r"(?!\w)", text) is not None
