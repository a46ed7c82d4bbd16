"""A country's state news agency named in a text, and the other ways news writes that one outlet.

"the Kazakh state news agency Kaznews", "Kaznews state news agency reported": the description
and the name are one outlet. A country has one state news agency, so where a corpus names it,
"the Kazakhstan State News Agency" (another article's capitalised description), "the Kazakh state
news agency" and "the Kaznews agency" are that outlet too, not actors of their own.

Pure functions on text; :meth:`annotate.actors.ActorResolver.join_state_agencies` uses them.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_STATE = r"(?:state|state-run|state-owned|official|government)"
# "the Kazakh state news agency Kaznews", "Kazakhstan's state-run news agency, Kaznews,"
_DESCRIPTION_FIRST = re.compile(
    rf"\b(?:(?P<nation>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)\s+)?{_STATE}\s+news\s+agency,?\s+(?P<name>{_NAME})")
# "Kaznews state news agency reported", "KAZNEWS, the state news agency,"
_NAME_FIRST = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}),?\s+(?:the\s+)?{_STATE}\s+news\s+agency\b")
# What an outlet's description ends in: "... state news agency", "... news agency", "... agency".
_AGENCY_TAIL = re.compile(rf"^(?P<head>.*?)\s*(?:\b{_STATE}\s+)?(?:news\s+)?agency$", re.I)
_POSSESSIVE = re.compile(r"[’']s$")


def named_state_agencies(text: str) -> list[tuple[int, int, str]]:
    """The names a text gives a state news agency, with the country words written before the
    description: (start, end, nation as written or "") of each name."""
    out = []
    for m in _DESCRIPTION_FIRST.finditer(text):
        nation = _POSSESSIVE.sub("", m.group("nation") or "")
        if nation.lower() == "the":
            nation = ""
        out.append((m.start("name"), m.end("name"), nation))
    for m in _NAME_FIRST.finditer(text):
        out.append((m.start("name"), m.end("name"), ""))
    return out


def agency_description_of(name: str) -> str | None:
    """What comes before "(state) (news) agency" in an outlet's description, lower-cased, without
    "the" or a possessive ("the Kazakhstan State News Agency" -> "kazakhstan", "Kaznews agency" ->
    "kaznews"); None when ``name`` does not end so."""
    m = _AGENCY_TAIL.match(name.strip())
    if m is None:
        return None
    head = re.sub(r"^the\s+", "", m.group("head").strip(), flags=re.I)
    return _POSSESSIVE.sub("", head).lower()
