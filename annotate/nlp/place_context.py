"""The country of a place name of several countries, as the article being read supports it.

"Valencia" is a city of Spain and one of Venezuela; "Tripoli" a capital in Libya and a city in
Lebanon. The place packages (and events.toml's areas) keep one country per name, which can put a
riot "in Valencia" told from Madrid by Spanish riot police in Venezuela. An article supports a
country by naming it, its people or its capital ("Spanish riot police", "MADRID -") and by
naming places that are only that country's ("Zaragoza"); the name takes the
candidate it supports most, and keeps the packages' country unless another is supported more.
A region named right after the place ("the town of Carmelo, in the Cauca department", "Rafah, North
Sinai") says whose it is first: a town of one country shares its name with another's.
"""

from __future__ import annotations

import re
from collections import Counter

from ..place_candidates import countries_of, named_countries
from ..places import country_display

_PLACE_LABELS = ("GPE", "LOC", "FAC")
MIN_SUPPORT = 2  # a name the packages leave countryless ("Punjab") takes a candidate named at least this often


def article_support(cache: dict, gazetteer, base) -> Counter[str]:
    """Country name -> how often the article of ``cache`` (``events._fresh``: its doc and
    entities) names it by name, nationality or capital, plus once per place it names that only
    that country has (``base``: a place's country by the packages, ``events._package_country_of_place``).
    Computed once per doc."""
    got = cache.get("support")
    if got is not None:
        return got
    ents = cache["ents"]
    support = named_countries([e.text for e in ents if e.label_ in ("GPE", "LOC", "NORP")], gazetteer)
    for e in ents:
        if e.label_ in _PLACE_LABELS and gazetteer.country(e.text) is None and not countries_of(e.text):
            country = base(e.text, gazetteer)
            if country and country != "~":
                support[country] += 1
    cache["support"] = support
    return support


# Between a place and the region named after it: "X, in the Y department", "X, Y province", "X in Y".
_BEFORE_REGION = re.compile(r"\s*,?\s*(?:in\s+)?(?:the\s+)?", re.I)


def region_named_with(text: str, gazetteer, cache: dict, base) -> str:
    """The country of a region (not a country) the article of ``cache`` names right after the place
    ``text`` ("the town of Carmelo, in the Cauca department" -> the country of Cauca), by
    ``base`` (a place's country by the packages); "" when none."""
    from ..places import place

    ents, doc_text = cache["ents"], cache["doc"].text
    name = text.strip()
    for k, e in enumerate(ents[:-1]):
        nxt = ents[k + 1]
        if e.text.strip() != name or e.label_ not in _PLACE_LABELS or nxt.label_ not in _PLACE_LABELS:
            continue
        if _BEFORE_REGION.fullmatch(doc_text[e.end_char : nxt.start_char]) is None or gazetteer.country(nxt.text) is not None:
            continue
        p = place(nxt.text)
        if p is None or p.kind != "region":
            continue
        country = base(nxt.text, gazetteer)
        if country and country != "~":
            return country
    return ""


def supported(text: str, found: str, gazetteer, cache: dict, base) -> str:
    """The country of place ``text`` in the article of ``cache``: ``found`` (the packages'
    country, "" when they give none) unless ``text`` names places in several countries and the
    article supports another of them more (see ``article_support``); for a countryless name, the
    candidate it supports most when named at least ``MIN_SUPPORT`` times and more than any other; a
    region named right after it first (``region_named_with``)."""
    if (region := region_named_with(text, gazetteer, cache, base)) and region != found:
        return region
    codes = countries_of(text)
    if not codes:
        return found
    names = {country_display(code, gazetteer.country) for code in codes} - {""}
    if found:
        names.add(found)
    if len(names) < 2:
        return found
    support = article_support(cache, gazetteer, base)
    ranked = sorted(names, key=lambda n: (support[n], n == found), reverse=True)
    best = ranked[0]
    if found:
        return best if support[best] > support[found] else found
    if support[best] >= MIN_SUPPORT and support[best] > support[ranked[1]]:
        return best
    return found
