"""Words the model takes for an actor's name that are not one, or not as written: a prefix the
model cut from its hyphenated word ("Anti-" of "Anti-Government rallies"); a country written by
its possessive short form ("the South's Joint Chiefs of Staff" after "South Korea"), which is the
country's body. (News agencies the model tags as people: :mod:`annotate.news_agencies`.)

Pure functions on text; :mod:`annotate.actors` uses them.
"""

from __future__ import annotations

import re

_POSSESSIVE = re.compile(r"[’']s$")
# "the South's", "the North's": a compass word alone standing for a country the article named.
_SHORT_COUNTRY = re.compile(r"^(?:the\s+)?(?P<word>North|South|East|West)[’']s\s+(?P<rest>\w.*)$", re.S)


def not_a_person_name(text: str) -> bool:
    """Whether ``text`` (a PERSON entity) can be no person's name: a word cut at its hyphen
    ("Anti-", "Pro-"). (A news agency the model took for a person is left to the speaker rules:
    skipping it lost a labelled speaker on the validation set.)"""
    t = _POSSESSIVE.sub("", text.strip())
    return t.endswith("-") and " " not in t


def country_for_short_form(phrase: str, text: str, gaz) -> str:
    """``phrase`` with a compass word's possessive ("the South's Joint Chiefs of Staff") written as
    the adjective of the one country of ``text`` (its article) whose name starts with that word
    ("South Korean Joint Chiefs of Staff" where the article names South Korea); ``phrase``
    unchanged when it is not so or the article names no such country, or several."""
    m = _SHORT_COUNTRY.match(phrase.strip())
    if m is None:
        return phrase
    word = m.group("word")
    found = set()
    for c in re.finditer(rf"\b{word}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", text):
        for cand in (c.group(0), " ".join(c.group(0).split()[:2])):
            country = gaz.country(cand)
            if country is not None and country.name.split()[0] == word:
                found.add(country)
                break
    if len(found) != 1:
        return phrase
    return f"{found.pop().adjective} {m.group('rest')}"
