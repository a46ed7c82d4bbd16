"""News agencies: the wire agencies of ``wire_agencies.toml`` ("Reuters", "Xinhua", "AFP") and any
name ending in "News Agency" or "Press Agency"; whether a name is one, the kind of actor a name
the model tagged as a person's is when it is one ("Yonhap": an organisation), and an agency's own
country (the possessive that introduces it, never the story's by default).

Pure functions on text and the packaged table; :mod:`annotate.datelines` (credits) and
:mod:`annotate.actors` use them.
"""

from __future__ import annotations

import re
from functools import lru_cache

_POSSESSIVE = re.compile(r"[’']s$")
_NEWS_AGENCY = re.compile(r"\b(?:news|press)\s+agency\b", re.I)
# "North Korea's official Korean Central News Agency", "Iran's state news agency IRNA": the
# country's possessive, then lower-case words only, right before the agency's name.
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+(?:[a-z-]+\s+){0,4}(?:the\s+)?$")


@lru_cache(maxsize=1)
def wire_agency_table() -> dict:
    """``wire_agencies.toml`` as read: {"agencies": [names as written], "names": {initials: full name}}."""
    import tomllib
    from importlib.resources import files

    return tomllib.loads(files("annotate").joinpath("wire_agencies.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(wire_agency_table().get("agencies", []))


@lru_cache(maxsize=1)
def _listed_lower() -> frozenset[str]:
    return frozenset(a.lower() for a in _listed())


def is_wire_agency(name: str, exact_case: bool = False) -> bool:
    """Whether ``name`` (stripped) is a news agency of ``wire_agencies.toml`` ("Xinhua", "AFP").

    The case rule: any case by default, for a credit or a cited agency, which pages write in
    capitals or not as they like ("(REUTERS)", "dpa"). ``exact_case=True`` when the name is a
    candidate for a person's name (a PERSON entity): the list holds initials that, written in
    ordinary case, are people's names ("ANA" the agency, "Ana" a woman; "UNI", "Uni"), so there
    only the spelling as listed makes an agency."""
    name = name.strip()
    return name in _listed() if exact_case else name.lower() in _listed_lower()


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency: one of ``wire_agencies.toml`` (``is_wire_agency``, any
    case) or a name ending in "News Agency"/"Press Agency"."""
    return is_wire_agency(name) or _NEWS_AGENCY.search(name) is not None


def person_or_agency(name: str) -> str:
    """The kind of actor a name the model found as a person's is: "organization" for a news agency
    of ``wire_agencies.toml`` written as listed ("Yonhap", "Xinhua"; ``is_wire_agency`` with
    ``exact_case``), possessive "'s" dropped, else "person"."""
    return "organization" if is_wire_agency(_POSSESSIVE.sub("", name.strip()), exact_case=True) else "person"


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
