"""One actor per person when an article writes a person's name shorter: a name that is the
first words of exactly one longer name of the article ("Lin Wei" and "Lin Wei Ming": the model
cut the full name), and a bare name that ends or opens several full names of the article
("Hassan" after "Ali Hassan" and "Omar Hassan"; East Asian order: "Park" after "Park Ji Won" and
"Park Min Ho") is the one named last before it, as news refers back to the person it has just
named (``ActorResolver.person_canonical`` picks the full names; ``named_last_before`` the one).

Pure functions on names and the article's text; :mod:`annotate.actors` uses them.
"""

from __future__ import annotations

import re


def longer_name(name: str, names) -> str | None:
    """The one name of ``names`` (an article's full names of people) that begins with all the
    words of ``name`` (two words or more) and has more: "Lin Wei" with "Lin Wei Ming" ->
    "Lin Wei Ming"; None when none or several do."""
    words = name.split()
    if len(words) < 2:
        return None
    longer = {n for n in names if len(n.split()) > len(words) and n.split()[: len(words)] == words}
    return next(iter(longer)) if len(longer) == 1 else None


def double_surname_holder(name: str, names) -> str | None:
    """The one name of ``names`` (an article's full names of people) that ends with all the
    words of ``name`` (two words or more) and has more before them: a double family name
    written without the given name ("Sulak Erben" after "Matej Sulak Erben", "Garcia Lopez"
    after "Ana Garcia Lopez"); None when none or several do."""
    words = name.split()
    if len(words) < 2:
        return None
    longer = {n for n in names if len(n.split()) > len(words) and n.split()[-len(words) :] == words}
    return next(iter(longer)) if len(longer) == 1 else None


def _spelt(name: str) -> re.Pattern:
    """``name`` as an article may write it: its words joined by a space or a hyphen."""
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name)) + r"(?!\w)")


def named_last_before(text: str, at: int, names) -> str | None:
    """Of ``names`` (full names sharing the word a mention at character ``at`` of ``text`` is),
    the one whose last writing before ``at`` is nearest; None when none is written before it."""
    best, best_at = None, -1
    for n in names:
        found = [m.start() for m in _spelt(n).finditer(text, 0, max(0, at))]
        if found and found[-1] > best_at:
            best, best_at = n, found[-1]
    return best
