"""Short forms of names: a country written by its possessive short form ("the South's Joint Chiefs
of Staff" after "South Korea"), which is the country's body. (A prefix the model cut from its
hyphenated word, "Anti-": ``common_noun_persons.cut_at_hyphen``; news agencies the model tags as
people: :mod:`annotate.news_agencies`.)

Pure functions on text; :mod:`annotate.actors` uses them.
"""

from __future__ import annotations

import re

# "the South's", "the North's": a compass word alone standing for a country the article named.
_SHORT_COUNTRY = re.compile(r"^(?:the\s+)?(?P<word>North|South|East|West)[’']s\s+(?P<rest>\w.*)$", re.S)


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
