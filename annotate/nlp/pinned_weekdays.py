"""Weekdays an article pins to a calendar day itself: "on Thursday, August 22", "Saturday (4
November)", "the November 4-5 weekend" (its Saturday and its Sunday). An article with no
publication date cannot place a bare "on Thursday" against one (nlp/events.py ``resolve_date``);
when the same text writes that weekday out with its day elsewhere, the bare weekday is that
day ("ISIS claimed the Thursday explosion ... The explosion occurred on Thursday, August 22").

Plain regular expressions on the text, no parse: ``pinned_weekdays(text)`` maps a weekday
(0 Monday .. 6 Sunday) to the words of the day the text pins it to ("August 22", "4 November
2023"), for events.py to resolve as any written date. A weekday pinned to two different days
is left out (an article over two weeks)."""

from __future__ import annotations

import re

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
_YEAR = r"(?:,?\s+(?:19|20)\d\d\b)?"
_WEEKDAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
# "Thursday, August 22", "Thursday 22 August 2024", "Saturday (4 November)", "Saturday, the 4th of November"
_PINNED = re.compile(rf"\b{_WEEKDAY}(?:,\s*|\s+|\s*\(\s*)(?:the\s+)?({_DAY}{_YEAR})", re.I)
# "the November 4-5 weekend", "the weekend of 4-5 November", "over the weekend of Nov. 4 and 5"
_WEEKEND = re.compile(rf"\b(?:(?P<m1>{_MONTHS})\s+(?P<a1>\d{{1,2}})\s*(?:[–—-]|and|to)\s*(?P<b1>\d{{1,2}})(?P<y1>{_YEAR})\s+weekend"
                      rf"|weekend\s+of\s+(?:(?P<m2>{_MONTHS})\s+(?P<a2>\d{{1,2}})\s*(?:[–—-]|and|to)\s*(?P<b2>\d{{1,2}})"
                      rf"|(?P<a3>\d{{1,2}})\s*(?:[–—-]|and|to)\s*(?P<b3>\d{{1,2}})\s+(?P<m3>{_MONTHS}))(?P<y2>{_YEAR}))", re.I)
_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def pinned_weekdays(text: str) -> dict[int, str]:
    """{weekday (0 Monday .. 6 Sunday): the words of the day the text pins it to}: from a
    weekday written with its day ("Thursday, August 22") and from a weekend's two days ("the
    November 4-5 weekend": Saturday the 4th, Sunday the 5th); a weekday pinned to two different
    days is left out."""
    found: dict[int, set[str]] = {}
    for m in _PINNED.finditer(text):
        found.setdefault(_NAMES.index(m[1].lower()[:3]), set()).add(" ".join(m[2].replace(",", " ").split()))
    for m in _WEEKEND.finditer(text):
        month = (m["m1"] or m["m2"] or m["m3"]).rstrip(".")
        a, b = m["a1"] or m["a2"] or m["a3"], m["b1"] or m["b2"] or m["b3"]
        year = " ".join((m["y1"] or m["y2"] or "").replace(",", " ").split())
        if int(b) != int(a) + 1:
            continue  # not a Saturday and the Sunday after it
        found.setdefault(5, set()).add(" ".join(f"{month} {a} {year}".split()))
        found.setdefault(6, set()).add(" ".join(f"{month} {b} {year}".split()))
    return {day: max(sorted(words), key=len) for day, words in found.items() if len(_keys(words)) == 1}  # (the words with a year)


def _keys(words: set[str]) -> set[str]:
    """The days ``words`` name, a year left aside ("August 22" and "August 22 2024" are one)."""
    out = set()
    for w in words:
        w = re.sub(r"\s+(?:19|20)\d\d$", "", w.lower())
        w = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", w).replace(".", "").replace(" of ", " ")
        parts = w.split()
        day = next((p for p in parts if p.isdigit()), "")
        month = next((p[:3] for p in parts if not p.isdigit()), "")
        out.add(f"{month} {int(day) if day else ''}")
    return out
