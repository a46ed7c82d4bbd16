"""English short forms of given names: "Mike" and "Michael", "Bob" and "Robert", "Bill" and
"William" are one person's name when the family name is the same.

The equivalences come from the ``nicknames`` package (a hand-curated table of English given
names and their short forms), read once on first use. Plain functions of strings.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, set[str]]:
    """Given name -> its short forms (lower case)."""
    from nicknames import NickNamer

    return NickNamer().nickname_lookup


def short_form_of(a: str, b: str) -> bool:
    """Whether one of two given names (single words, any case) is a common short form of the
    other ("mike", "Michael"; "Bob", "Robert"). Names of fewer than three letters, and a name
    with itself, are not (equal names are for the caller)."""
    a, b = a.strip().lower(), b.strip().lower()
    if a == b or len(a) < 3 or len(b) < 3 or not a.isalpha() or not b.isalpha():
        return False
    nicks = _nicknames()
    return b in nicks.get(a, ()) or a in nicks.get(b, ())


def shortens(a: str, b: str) -> bool:
    """Whether given name ``a`` is a short form of ``b`` ("Mike" of "Michael"): the shorter of two
    names one of which is the other's short form (the table lists some pairs both ways)."""
    return len(a.strip()) < len(b.strip()) and short_form_of(a, b)
