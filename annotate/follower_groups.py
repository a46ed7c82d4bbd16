"""A person's followers named by that person where the article does not make them act (those that
act are ``agent_groups.follower_groups``'): "attacks by Marlow loyalists", "as Marlow supporters
storm the parliament" (a headline's present tense), and "supporters of former president Victor
Marlow stormed ...", which names the leader after the noun. The phrase names a group of people,
not the person whose name it holds.

- The phrase is a person's name (a mention of a person actor of the article) followed by a noun of
  ``NOUNS`` (a closed class: "supporters", "loyalists", "followers"), or that noun, "of", up to
  four words of title ("former prime minister", "ousted Lunarian president") and the person's name.
- The actor is an organisation named "<family name> <noun>" ("Marlow supporters"), of the person's
  country (the country of the person's affiliation, when the gazetteer knows it; else the
  document-level back-off gives the article's); the phrase as written is its alias. Its mention is
  the noun (after the name) or the noun and the title ("supporters of former president"): the name
  stays the person's mention, as in ``agent_groups``.
"""

from __future__ import annotations

import re

NOUNS = ("supporters", "loyalists", "followers")
_NOUN_RX = "|".join(NOUNS)
_AFTER_NAME = re.compile(r"(?:[’']s)?\s+(?P<noun>" + _NOUN_RX + r")(?![\w’'-])")
_BEFORE_NAME = re.compile(r"(?<![\w’'-])(?P<noun>(?i:" + _NOUN_RX + r"))\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$")


def _country(affiliation: str, gaz) -> str:
    """The country of an affiliation ("Party X, Lunaria" -> "Lunaria"), "" when none is known."""
    for part in reversed([p.strip() for p in affiliation.split(",")]):
        if part and (c := gaz.country(part)) is not None:
            return c.name
    return ""


def add_follower_groups(resolver) -> None:
    """Add the followers' groups of ``resolver``'s articles (module docstring) to its index, after
    ``agent_groups.add_agent_groups`` (a phrase it took is left to it)."""
    from .actors import _own

    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
        text, spans = src.text, taken[sid]
        people = [(s, e, aid) for (s2, s, e), aid in list(index.by_span.items())
                  if s2 == sid and (a := index.get(aid)) is not None and a.kind == "person"]
        for s, e, pid in sorted(people):
            person = index.get(pid)
            if (m := _AFTER_NAME.match(text, e)) is not None:
                noun, phrase, mention = m.group("noun"), (s, m.end()), (m.start("noun"), m.end())
            elif (m := _BEFORE_NAME.search(text, max(0, s - 80), s)) is not None and "\n" not in m.group(0):
                noun, phrase, mention = m.group("noun").lower(), (m.start(), e), (m.start(), m.start() + len(m.group(0).rstrip()))
            else:
                continue
            if any(a < mention[1] and mention[0] < b for a, b in spans):
                continue  # another rule's ("Marlow supporters stormed": agent_groups')
            written = text[s:e].split()[-1] if phrase[0] == s else person.name.split()[-1]
            written = re.sub(r"[’']s$", "", written)
            aid = resolver.ensure(f"{written} {noun}", "organization", _country(person.affiliation, gaz))
            a = _own(index, aid)
            if a.kind != "organization":
                continue
            if not a.affiliation and (c := _country(person.affiliation, gaz)):
                a.affiliation = c
            resolver.alias(aid, f"{written} {noun}")
            resolver.alias(aid, text[phrase[0]:phrase[1]])
            index.by_span[(sid, *mention)] = aid
            spans.append(mention)
