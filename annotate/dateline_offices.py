"""The country of a bare national office ("Information Minister X", "President Y") in wire copy
whose dateline places the report in one of the countries it is about: "LA PAZ, March 3 (Reuters) -
... Information Minister X said" is Bolivia's minister, also where the story names Peru as often.

Wire copy gives a foreign official's nation ("Peru's foreign minister") and leaves it off the
officials of the country it is filed from; so the dateline's country is the bare office's, when the
article names that country in its body too (a report filed from Dubai about Iran does not) and its
officials are given no other nation (``roles.officials_countries``). A local paper's dateline
("KARACHI:") is ``roles.dateline_country``'s, read before."""

from __future__ import annotations

import re

from .datelines import _credit_match, _header_parts


def wire_dateline_place(text: str, lines: int = 8) -> str:
    """The place of a wire dateline among the first ``lines`` non-blank lines of ``text`` ("LA PAZ"
    of "LA PAZ, March 3 (Reuters) -"), as written; "" when none."""
    for part in _header_parts(text, lines):
        m = _credit_match(part)
        if m is not None and m.groupdict().get("place"):
            return m["place"].strip()
    return ""


def last_dateline_place(text: str, at: int) -> str:
    """The place of the last wire dateline that opens a line of ``text`` before offset ``at`` ("Wellington"
    of a digest's second item "Wellington (AFP) Sept 25, 2024 - ..."), as written; "" when none."""
    where = ""
    pos = 0
    while pos < at:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        for part in (line, re.split(r"\s[-–—]\s", line, maxsplit=1)[0]):  # "Lima (AFP) March 3, 2025 - Peru said ..."
            if part and (m := _credit_match(part)) is not None and m.groupdict().get("place"):
                where = m["place"].strip()
                break
        pos = end + 1
    return where


def dateline_office_country(text: str, gaz, named: dict[str, int], officials: set[str], at: int = -1) -> str:
    """The country of ``text``'s wire dateline (a country, or a city or region: of the countries
    with a place of that name, the one the article names most) for a bare national office of the article, when the article names that country at
    least twice (``named``: country name -> times its GPE, LOC and NORP entities name it, the dateline
    included) and ``officials`` (the countries the article gives its officials) holds no other;
    "" otherwise. With ``at`` (the office's offset), a digest's later dateline before it wins over the
    first one ("Tokyo (AFP) ... Wellington (AFP) - ... Foreign Minister X": New Zealand's)."""
    from .place_candidates import countries_of
    from .places import country_name

    where = (last_dateline_place(text, at) if at >= 0 else "") or wire_dateline_place(text)
    if not where:
        return ""
    name = where.title() if where.isupper() else where
    c = gaz.country(name)
    if c is None:
        # a city or region: of the countries with a place of that name, the one the article names most
        options = [o for code in countries_of(name) if (o := gaz.country(country_name(code))) is not None]
        options.sort(key=lambda o: -named.get(o.name, 0))
        if options and (len(options) == 1 or named.get(options[0].name, 0) > named.get(options[1].name, 0)):
            c = options[0]
    if c is None or named.get(c.name, 0) < 2 or officials - {c.name}:
        return ""
    return c.name
