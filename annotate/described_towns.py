"""Towns an article describes by their nation ("Aguas Verdes, a Peruvian border town"; "the Chilean
port of Arica"), for the local officials it names by them ("Aguas Verdes mayor X") when the
gazetteer does not know the town or knows another of that name: the official is of that town, in
that country, though the story is filed from across the border."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'-]*(?:[ \t]+(?:de[ \t]+|del[ \t]+|la[ \t]+)?[A-Z][\w’'-]*){0,3}"
_KIND = r"(?:(?:small|remote|northern|southern|eastern|western|central|coastal|frontier|border|mountain|desert|river|key|main|nearby)[ \t]+){0,2}(?:town|city|village|district|port|municipality|province|region|county|outpost)"
# "Aguas Verdes, a Peruvian border town"; "the Peruvian border town of Aguas Verdes"
_APPOSED = re.compile(rf"(?P<place>{_NAME}),[ \t]+(?:an?|the)[ \t]+(?P<nation>[A-Z][\w-]*)[ \t]+{_KIND}\b")
_OF = re.compile(rf"\b(?:the|a)[ \t]+(?P<nation>[A-Z][\w-]*)[ \t]+{_KIND}[ \t]+of[ \t]+(?P<place>{_NAME})")


def described_towns(text: str, gaz) -> dict[str, str]:
    """The towns ``text`` describes by a nation word: town name as written -> country name (the
    nation word's, ``Gazetteer.country``); a town described as of two countries is left out."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for rx in (_APPOSED, _OF):
        for m in rx.finditer(text):
            c = gaz.country(m.group("nation"))
            place = re.sub(r"^(?:The|A|An)[ \t]+", "", m.group("place"))
            if c is None or gaz.country(place) is not None:
                continue
            if out.get(place, c.name) != c.name:
                clash.add(place)
            out[place] = c.name
    return {p: c for p, c in out.items() if p not in clash}


def described_town_of(phrases: list[str], text: str, gaz, found: str = "") -> str:
    """"<Town>, <Country>" for the town of ``described_towns`` that the words introducing a local
    official (``phrases``: title run, apposition...) name ("Aguas Verdes mayor" -> "Aguas Verdes,
    Peru"), in place of ``found`` (the affiliation other rules gave) when that is empty or the same
    town given another country (the gazetteer's town of that name elsewhere); ``found`` otherwise."""
    if found and "," not in found:
        return found
    joined = " ".join(p for p in phrases if p)
    for place, country in described_towns(text, gaz).items():
        if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", joined) and (not found or found.split(",")[0].strip() == place):
            return f"{place}, {country}"
    return found
