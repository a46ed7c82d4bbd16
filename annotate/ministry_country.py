"""The country of a minister named by a bare title, from the ministry the article named before him:
"Guyana's foreign ministry said on Thursday. Foreign Minister X called the seizure illegal" -> X
is Guyana's, whatever other country's officials the article names later."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

_TITLE = re.compile(r"\b([A-Za-z]+)\s+(?:Minister|Secretary)\b|\bMinister\s+(?:of|for)\s+(?:the\s+)?([A-Za-z]+)", re.I)
_SAME = {"defense": "defence"}


def _key(word: str) -> str:
    w = word.lower()
    return _SAME.get(w, w)


def ministry_country(text: str, start: int, phrases: list[str], gaz: Gazetteer) -> str:
    """The country whose ministry of the portfolio the title in ``phrases`` names ("Foreign
    Minister", "Minister of Defence") ``text`` names last before ``start``, by its possessive or
    adjective ("Guyana’s foreign ministry", "the Guyanese Defence Ministry", "Guyana’s Ministry of
    Foreign Affairs"); "" when the title names no portfolio or no such ministry comes before."""
    portfolio = ""
    for p in phrases:
        m = _TITLE.search(p)
        if m is not None:
            portfolio = _key(m.group(1) or m.group(2))
            break
    if not portfolio or portfolio in ("prime", "deputy", "the", "a", "state", "general"):
        return ""
    found = ""
    pattern = re.compile(
        r"(?P<nation>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?P<word>[A-Za-z]+)\s+[Mm]inistry\b"
        r"|(?P<nation2>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+Ministry\s+of\s+(?P<word2>[A-Za-z]+)")
    for m in pattern.finditer(text, 0, start):
        word = m.group("word") or m.group("word2")
        nation = (m.group("nation") or m.group("nation2") or "").split()
        if _key(word) != portfolio and not (portfolio == "foreign" and word.lower() == "foreign"):
            continue
        for k in range(len(nation)):
            c = gaz.country(re.sub(r"[’']s$", "", " ".join(nation[k:])))
            if c is not None:
                found = c.name
                break
    return found


# A state's armed forces named by its possessive or adjective: "Ruritania's Armed Forces", "the Ruritanian military".
_FORCES = re.compile(r"(?P<nation>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:[Aa]rmed\s+[Ff]orces|[Mm]ilitary|[Aa]rmy|[Dd]efen[cs]e\s+[Ff]orces)\b")


def forces_country(text: str, start: int, phrases: list[str], gaz: Gazetteer) -> str:
    """For a defence minister by a bare title ("Defense Minister X"), the one country whose armed
    forces ``text`` names before ``start`` by its possessive or adjective ("Ruritania's Armed Forces
    said ... the statement signed by Defense Minister X"), named so at least twice; "" when the title
    is no defence portfolio's, or the text names no such forces, or several countries'."""
    portfolio = ""
    for p in phrases:
        m = _TITLE.search(p)
        if m is not None:
            portfolio = _key(m.group(1) or m.group(2))
            break
    if portfolio != "defence":
        return ""
    counts: dict[str, int] = {}
    for m in _FORCES.finditer(text, 0, start):
        nation = m.group("nation").split()
        for k in range(len(nation)):
            c = gaz.country(re.sub(r"[’']s$", "", " ".join(nation[k:])))
            if c is not None:
                counts[c.name] = counts.get(c.name, 0) + 1
                break
    if len(counts) != 1:
        return ""
    (name, n), = counts.items()
    return name if n >= 2 else ""
