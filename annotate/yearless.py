"""Days whose year is not known: "on Oct. 21" in an article with no publication date and no
year in its text. Such a day is written as ISO 8601's year-omitted form ``--MM-DD``
("--10-21"), in the same fields that hold full ISO dates (``IncidentMention.date``,
``Incident.date``), so that it is shown and exported as a day of a year nobody knows, never
as a day of a guessed year."""

from __future__ import annotations

import re
from datetime import date

YEARLESS = re.compile(r"^--(\d\d)-(\d\d)$")
# A leap year: the year a year-unknown day is compared in (so that "--02-29" is a day)
_ANY_YEAR = 2000
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_yearless(iso: str) -> bool:
    """True when ``iso`` is a year-unknown day ("--10-21")."""
    return bool(iso) and YEARLESS.match(iso) is not None


def yearless(month: int, day: int) -> str:
    """"--MM-DD" for ``month`` (1-12) and ``day``; "" when there is no such day in any year."""
    try:
        date(_ANY_YEAR, month, day)
    except ValueError:
        return ""
    return f"--{month:02d}-{day:02d}"


def in_year(iso: str, year: int = _ANY_YEAR) -> date | None:
    """The ``date`` of a full ISO day, or of a year-unknown one ("--10-21") in ``year``; None
    for anything else (or for 29 February in a year without it)."""
    m = YEARLESS.match(iso or "")
    try:
        if m is not None:
            return date(year, int(m[1]), int(m[2]))
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def near_day(yearless_iso: str, first: date, last: date, days: int = 1) -> bool:
    """True when the year-unknown day ``yearless_iso`` falls within ``days`` of the days
    ``first``..``last`` in one of their years (a day of any year said the same day)."""
    for year in {first.year, last.year}:
        d = in_year(yearless_iso, year)
        if d is not None and (first - d).days <= days and (d - last).days <= days:
            return True
    return False


def show(first: str, last: str = "") -> str:
    """A year-unknown day or range as people read it: "21 Oct (year unknown)", "14–15 May
    (year unknown)", "30 Apr–2 May (year unknown)"; "" when ``first`` is not year-unknown."""
    a = in_year(first) if is_yearless(first) else None
    if a is None:
        return ""
    b = in_year(last) if is_yearless(last) else None
    if b is None or b == a:
        return f"{a.day} {_MONTH_ABBR[a.month - 1]} (year unknown)"
    if a.month != b.month:
        return f"{a.day} {_MONTH_ABBR[a.month - 1]}–{b.day} {_MONTH_ABBR[b.month - 1]} (year unknown)"
    return f"{a.day}–{b.day} {_MONTH_ABBR[b.month - 1]} (year unknown)"


def month_range(text: str) -> tuple[str, str] | None:
    """``(first day, last day)`` of the month ``text`` names as ISO 8601 "YYYY-MM"
    ("2023-11" -> ("2023-11-01", "2023-11-30")), None for anything else."""
    import calendar

    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m is None or not 1 <= int(m[2]) <= 12 or int(m[1]) < 1:
        return None
    y, mo = int(m[1]), int(m[2])
    return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"


def whole_month(first: str, last: str) -> str:
    """"Nov 2023" when ``first``/``last`` are the first and last day of one month
    ("2023-11-01", "2023-11-30"), "" otherwise."""
    if not first or not last or month_range(first[:7]) != (first[:10], last[:10]):
        return ""
    return f"{_MONTH_ABBR[int(first[5:7]) - 1]} {first[:4]}"


def compact(iso: str, end: str = "") -> str:
    """A date for a narrow column: a full ISO day as it is, a year-unknown one as
    "????-10-21" (as wide, and plainly missing its year); a range ``iso``..``end`` that is
    one whole month as the month ("Nov 2023"), another range by its first day."""
    if month := whole_month(iso, end):
        return month
    return "????" + iso[1:] if is_yearless(iso) else iso
