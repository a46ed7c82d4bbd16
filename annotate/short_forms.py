"""Words the model takes for an actor's name that are not one, or not as written: a prefix the
model cut from its hyphenated word ("Anti-" of "Anti-Government rallies"); a news agency tagged as
a person ("Yonhap": an organisation), and a news agency's own country (the possessive that
introduces it, never the story's by default); a country written by its possessive short form
("the South's Joint Chiefs of Staff" after "South Korea"), which is the country's body. The
agencies are those of ``wire_agencies.toml`` (read through ``datelines``) and names ending in
"News Agency" or "Press Agency".

Pure functions on text; :mod:`annotate.actors` uses them.
"""

from __future__ import annotations

import re

from .datelines import _agency_table, is_agency

_POSSESSIVE = re.compile(r"[’']s$")
# "the South's", "the North's": a compass word alone standing for a country the article named.
_SHORT_COUNTRY = re.compile(r"^(?:the\s+)?(?P<word>North|South|East|West)[’']s\s+(?P<rest>\w.*)$", re.S)


def not_a_person_name(text: str) -> bool:
    """Whether ``text`` (a PERSON entity) can be no person's name: a word cut at its hyphen
    ("Anti-", "Pro-"). (A news agency the model took for a person is left to the speaker rules:
    skipping it lost a labelled speaker on the validation set.)"""
    t = _POSSESSIVE.sub("", text.strip())
    return t.endswith("-") and " " not in t


def person_or_agency(name: str) -> str:
    """The kind of actor a name the model found as a person's is: "organization" for a news agency
    of ``wire_agencies.toml`` written as listed ("Yonhap", "Xinhua"), else "person"."""
    return "organization" if _POSSESSIVE.sub("", name.strip()) in _agency_table().get("agencies", []) else "person"


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


_NEWS_AGENCY = re.compile(r"\b(?:news|press)\s+agency\b", re.I)
# "North Korea's official Korean Central News Agency", "Iran's state news agency IRNA": the
# country's possessive, then lower-case words only, right before the agency's name.
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+(?:[a-z-]+\s+){0,4}(?:the\s+)?$")


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency: one of ``wire_agencies.toml`` or a name ending in "News
    Agency"/"Press Agency"."""
    return is_agency(name) or _NEWS_AGENCY.search(name) is not None


def agency_country(name: str, text: str, start: int, gaz, found: str, own: str) -> str:
    """The affiliation of organisation ``name`` (written at ``text[start]``) when it is a news
    agency (``is_news_agency``): the country whose possessive introduces it ("North Korea's
    official Korean Central News Agency" -> North Korea), else ``own`` (what its own words gave:
    its name's country, "Houthi-run"), else "": never the country the story happens in, which may
    be the other side's. ``found`` (the affiliation found so far) for any other organisation."""
    if not is_news_agency(name):
        return found
    m = _OWNER_BEFORE.search(text, max(0, start - 80), start)
    if m is not None and (country := gaz.country(m.group("owner"))) is not None:
        return country.name
    return own
