"""The names of a ministry that speaks for its government.

bluf reads a ministry's words as its government's ("Chile's interior ministry said", "the Peru
Foreign Ministry said" -> the Chilean, the Peruvian government: ``national_agencies``). The
ministry is still how the article names the speaker, and news and analysts write one ministry
many ways: "Chile's interior ministry", "the Chilean Interior Ministry", "the Chile Interior
Ministry", "the Ministry of Interior of Chile". ``ministry_forms`` gives those forms, so that the
government actor answers to each of them whichever form an article used.

Pure functions on a phrase; :meth:`annotate.actors.ActorResolver.ministry_aliases` adds the names
as aliases of the government actor the phrase was resolved to, when that is the ministry's
country's government.
"""

from __future__ import annotations

import re

from .gazetteer import Country, Gazetteer

_TOKEN = re.compile(r"[\w’'.&-]+")
_POSSESSIVE = re.compile(r"[’']s$")
# The words a ministry's own name is made of after the nation: portfolio words, "of", "and", "for".
_LINK = frozenset("of and for the &".split())


def _body(words: list[str]) -> str | None:
    """``words`` as a ministry's name ("Foreign Ministry", "Ministry of National Defence",
    "security ministry"), or None when they are not one: a ministry word, and only letters."""
    if not words or not any(w.lower() in ("ministry", "ministries") for w in words):
        return None
    if words[-1].lower() in _LINK or any(not w.replace("-", "").replace("&", "").isalpha() for w in words):
        return None
    if len(words) > 8:
        return None
    return " ".join(words)


def ministry_forms(phrase: str, gaz: Gazetteer) -> tuple[Country | None, list[str]]:
    """The names of the ministry ``phrase`` names with its nation: "Chile's interior ministry" ->
    ["Chile's interior ministry", "Chile interior ministry", "Chilean interior ministry"];
    "the Ministry of Defence of Chile" -> [..., "Chile Ministry of Defence", "Chilean Ministry of
    Defence"]; [] when the phrase names no ministry or no single country of the alias file
    (``Gazetteer.country``). The first name is the phrase as written, without "the". Returned with
    the ministry's country (None with [])."""
    text = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
    words = _TOKEN.findall(text)
    country, body = None, None
    for n in (2, 1):  # "South Korea's defence ministry", "Chile's interior ministry"
        if len(words) > n and (c := gaz.country(_POSSESSIVE.sub("", " ".join(words[:n])))) is not None:
            country, body = c, _body(words[n:])
            break
    if country is None:  # "Ministry of Defence of Chile"
        for n in (2, 1):
            if len(words) > n + 1 and words[-n - 1].lower() == "of" and (c := gaz.country(" ".join(words[-n:]))) is not None:
                country, body = c, _body(words[: -n - 1])
                break
    if country is None or body is None:
        return None, []
    out = [text]
    for nation in (country.name, country.adjective):
        if nation and (name := f"{nation} {body}") not in out:
            out.append(name)
    return country, out
