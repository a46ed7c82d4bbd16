"""The country an article is about, for an event sentence that names no place of its own.

News reports one crisis per article: a sentence such as "Fighters overran two army posts on
Monday" or "the insurgents were annihilated" says where only through the rest of the article
(its dateline, the places of its other events, the countries it names, a place inside the name
of a group: "the Free Tarija Movement"). ``main_country`` weighs those in that order; the
events module (nlp/events.py) uses it as the last back-off for a mention with no country, and
marks such a mention ``inferred`` (models.IncidentMention).
"""

from __future__ import annotations


def majority(countries: list[str], leave_out: str = "") -> str:
    """The country named most often in ``countries`` (names; "" entries and ``leave_out`` are
    ignored) when no other is named as often; "" when none or a tie ("Cambodian and Thai":
    the article does not say which)."""
    said = [c for c in countries if c and c != leave_out]
    if not said:
        return ""
    counts = sorted((said.count(c) for c in set(said)), reverse=True)
    return max(said, key=said.count) if len(counts) == 1 or counts[0] > counts[1] else ""


def main_country(dateline: str, placed: list[str], named: list[str], in_names: list[str], acting: str = "") -> str:
    """The article's main country: ``dateline`` (the dateline's country) when it has one, else the
    ``majority`` of ``placed`` (the countries of the article's events placed by their own
    sentences), else of ``named`` (the countries the article names as places, peoples or
    states), else of ``in_names`` (the countries of places inside organisation names). ``acting``:
    the country of the state that did the event, never its place ("Pakistan struck hideouts" is
    not in Pakistan). "" when none of them decides."""
    if dateline and dateline != acting:
        return dateline
    for found in (placed, named, in_names):
        if country := majority(found, acting):
            return country
    return ""
