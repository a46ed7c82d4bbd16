"""One body under several names: "Bolivia's Southern Theatre Command", "the Bolivian Southern
Theater Command" and "Southern Theater Command" are one command.

A state body's or an armed force's name is written with or without its owner in front (a
country's possessive or adjective, an organisation's possessive acronym: "the ALF's Northern
Command") and in British or American spelling. Its bare key is the name without that owner, in
the spelling key of ``name_variants.spelling_key``, when what is left is two words or more ending
in a body noun ("Command", "Ministry", "Brigade"): two names with one bare key are one body when
their owners (or their affiliations) name one country; a name of no known country stays apart
(several states have a "Southern Command").

Functions of strings and the alias file; nothing here knows any article.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .name_variants import spelling_key

# The last word of a state body's or an armed force's name.
BODY_NOUNS = frozenset(
    """
    command army navy force forces guard guards police ministry agency council service services
    corps brigade battalion regiment division fleet squadron directorate headquarters staff
    department gendarmerie coastguard
    """.split()
)
_OWNER = re.compile(r"^(?:the\s+)?(?P<owner>.+?)[’']s\s+(?P<rest>[A-Z].*)$")
_ACRONYM = re.compile(r"^[A-Z]{2,7}$")


def _nation_prefix(words: list[str], gaz: Gazetteer) -> tuple[str, int]:
    """The country that the first one to three ``words`` name (as a country or its adjective) and
    how many words that is; ("", 0) when none."""
    for n in (3, 2, 1):
        if len(words) > n:
            c = gaz.country(" ".join(words[:n]))
            if c is not None:
                return c.name, n
    return "", 0


def bare_body(name: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(bare key, owner's country) of a body's ``name``: "Bolivia's Southern Theatre Command" ->
    ("southern theater command", "Bolivia"); "Southern Theater Command" -> ("southern theater
    command", ""); an organisation as owner (an acronym or a name the alias file knows, with a
    possessive; without one, an acronym the alias file knows: "the ALF Northern Command") gives
    the country the alias file gives it (``owner_country``), else "". None when a possessive's
    owner is no country and no such organisation ("People's Liberation Army"), or when the name
    without its owner is not two words or more, all capitalised but "of"/"and"/"for"/"the",
    ending in a body noun (``BODY_NOUNS``)."""
    text = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    nation = ""
    m = _OWNER.match(text)
    if m is not None:
        owner = m.group("owner")
        c = gaz.country(owner)
        if c is not None:
            nation = c.name
        elif _ACRONYM.match(owner) or gaz.canonical(owner) is not None:
            nation = owner_country(owner, gaz)
        else:
            return None  # "People's Liberation Army": no owner
        text = m.group("rest")
    words = text.split()
    if not nation:
        nation, n = _nation_prefix(words, gaz)
        if not nation and len(words) > 2 and _ACRONYM.match(words[0]) and gaz.canonical(words[0]) is not None:
            nation, n = owner_country(words[0], gaz), 1  # "the ALF Northern Command", an acronym the alias file knows
        words = words[n:]
    if len(words) < 2 or words[-1].lower() not in BODY_NOUNS or not all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the") for w in words):
        return None
    return spelling_key(" ".join(words)), nation


def owner_country(owner: str, gaz: Gazetteer) -> str:
    """The country an owner's name gives: the country itself, or the affiliation the alias file
    gives the organisation ("PLA" -> its entry's country); "" when unknown."""
    c = gaz.country(owner)
    if c is not None:
        return c.name
    canon = gaz.canonical(owner)
    entry = gaz.entry(canon) if canon else None
    if entry is not None and entry.affiliation:
        c = gaz.country(entry.affiliation)
        return c.name if c is not None else entry.affiliation
    return ""


def same_country(a: str, b: str, gaz: Gazetteer) -> bool:
    """Whether affiliations or countries ``a`` and ``b`` name one country (an organisation the
    alias file knows counts as its country); False when either is "": a "Joint Chiefs of Staff"
    of no known country may be any country's."""
    if not a or not b:
        return False
    return (owner_country(a, gaz) or a) == (owner_country(b, gaz) or b)


def body_key(name: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """("bare", bare key) of ``name`` (``bare_body``), the key under which the resolver files a
    body's actor; None when the name is no body's."""
    b = bare_body(name, gaz)
    return ("bare", b[0]) if b is not None else None


def body_twin(variants: dict, actors: dict, name: str, affiliation: str, gaz: Gazetteer) -> str | None:
    """The id of the organisation or government actor (``actors``, filed in ``variants`` under
    ``body_key``) that body ``name`` with ``affiliation`` is another name of: the same bare key,
    and one country (``same_country``); None when none."""
    b = bare_body(name, gaz)
    aid = variants.get(("bare", b[0])) if b is not None else None
    if aid is None or aid not in actors or actors[aid].kind not in ("organization", "government"):
        return None
    other = actors[aid]
    theirs = bare_body(other.name, gaz)
    return aid if same_country(b[1] or affiliation, (theirs[1] if theirs else "") or other.affiliation, gaz) else None
