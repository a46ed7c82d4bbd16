"""The words around a capitalised name that say it names a body, for ``actors.organisation_name``.

News prose names a group or a body once and says what it is with the words around the name,
not with a word of the name itself ("Los Choneros" has no organisation's word):

- a noun for a group after the name, also in the plural when two names share it: "the Tarkan
  gang", "the rival Los Halcones and Los Zorros gangs", or for an armed body's units or force:
  "Tarkan Guard units", "the Al-Hadid force" (``group_noun_after``);
- a noun for a body before the name, joined by "called", "named", "known as" or "dubbed", or
  set off by a comma as an apposition: "a nationalist group called Sons of the Steppe", "the
  national border authority, DNF," (``body_noun_before``);
- an Arabic article inside a name: "Saraya al-Ashtar" (``arabic_article_word``).

Closed classes of the language only: nouns that name bodies, the words that introduce a name.
"""

from __future__ import annotations

import re

from .body_descriptions import CALLED_WORDS

# Nouns that name a body or a group of people acting together (a closed class of English).
BODY_NOUNS = (
    "group", "gang", "cartel", "syndicate", "militia", "movement", "party", "organisation", "organization",
    "faction", "network", "outfit", "coalition", "alliance", "company", "firm", "agency", "authority",
    "association", "union", "front", "body", "force", "service", "office", "ministry", "department",
    "commission", "council", "committee", "operator", "broadcaster", "newspaper", "daily",
)
_GROUP_NOUNS = ("gang", "cartel", "syndicate", "militia", "group", "coalition", "alliance")
_PLURALS = "|".join(n + "s" for n in _GROUP_NOUNS)
# An armed body's units or force after its name, in lower case: "Tarkan Guard units", "the Al-Hadid force".
_ARMED_UNITS = r"(?:units?|forces?|troops|brigades?|battalions?)"
_NAME_WORD = r"(?:[A-Z][\w’'-]*|de|del|la|los|las|da|do|dos|(?:al|el)-[A-Z][\w’'-]*)"

_GROUP_AFTER = re.compile(
    r"[\s\"”’']+(?:\([^()]{1,40}\)\s+)?"
    rf"(?:(?:{'|'.join(_GROUP_NOUNS)})|(?:{_PLURALS})|{_ARMED_UNITS}"
    # "Los Halcones and Los Zorros gangs": a second name that shares the plural noun
    rf"|(?:and|or)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+{_NAME_WORD}){{0,4}}\s+(?:{_PLURALS}))\b"
)
_BODY_BEFORE = re.compile(
    rf"\b(?:{'|'.join(BODY_NOUNS)})(?:\s+{CALLED_WORDS}\s+|\s*,\s+)(?:the\s+)?$"
)
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar)-[A-Z][\w’'-]*")


def group_noun_after(after: str) -> bool:
    """Whether ``after`` (the text right after a name, up to a few words) starts with a noun for a
    group, singular ("gang", "militia", "coalition", after a bracket: "Los Halcones (The Hawks)
    gang") or plural, or for an armed body's units or force ("units", "force", "troops"), or with a
    second name and the plural they share ("and Los Zorros gangs")."""
    return _GROUP_AFTER.match(after) is not None


def body_noun_before(before: str) -> bool:
    """Whether ``before`` (the text right before a name) ends with a noun for a body and "called",
    "named", "dubbed" or "known as" ("a nationalist group called "), or with that noun and a comma
    ("the national border authority, "): the name is that body's."""
    return _BODY_BEFORE.search(before) is not None


def arabic_article_word(word: str) -> bool:
    """Whether ``word`` is a name with an Arabic article written in lower case ("al-Ashtar",
    "el-Nour", "ash-Sham"): a capitalised word of a name."""
    return _ARABIC_ARTICLE.fullmatch(word) is not None
