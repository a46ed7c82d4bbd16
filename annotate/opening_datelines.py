"""Datelines that open a story's first paragraph, the story following on the same line.

A page that states no publication date often opens its body with one: "Beijing, April 1,
2025 – China's People's Liberation Army...", "LIMA, March 3 (Reuters) - Peru's..." A whole
line that is only a date or a wire dateline is read by ``datelines.leading_date``; this reads
the dateline at the start of a line of running text. Import uses it (``ingest.make_source``)
only when neither the page's metadata nor a date line gave a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .datelines import _CAPS_PLACE, _CASE_PLACE, _FULL, _MONTH_DAY, _YEAR, dateline_date

# A place (in capitals, "LIMA", or in ordinary case, "Beijing", "New Delhi"; a region after a
# comma, "KYIV, Ukraine"), a comma, a date (full or month-day), an optional credit in brackets
# or slashes, then a dash and the story.
_OPENING = re.compile(
    rf"^[ \t]*(?:{_CAPS_PLACE}|{_CASE_PLACE})(?:,[ \t]*[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)?,[ \t]*"
    rf"(?:(?P<full>{_FULL})|(?P<md>{_MONTH_DAY}))\.?,?[ \t]*(?:\([^()\d\n]{{2,40}}\)|/[^/\d\n]{{2,40}}/\.?)?[ \t]*[-–—]+[ \t]*\S")
# Days of the week and words a sentence may start with before a comma that are no place.
_NOT_PLACE = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday updated published "
                       "posted however meanwhile also but and so then on in by".split())


def opening_dateline_date(text: str, lines: int = 8, today: date | None = None) -> str:
    """The publication date a dateline opening one of the first ``lines`` non-blank lines of
    ``text`` states, as ISO "YYYY-MM-DD": "Beijing, April 1, 2025 – China's..." gives
    "2025-04-01". A month-day with no year ("LIMA, March 3 (Reuters) - ...") takes the one
    year the text's first 3,000 characters write ("in 2025"), never a guessed one: "" when
    they write none or several. "" too when no line opens so, or the date is after tomorrow
    (``today``: the day of import, default the system's)."""
    seen = 0
    for line in text.split("\n", 200)[:200]:
        if not line.strip():
            continue
        seen += 1
        if seen > lines:
            break
        m = _OPENING.match(line)
        if m is None or line.strip().split(",", 1)[0].strip().lower() in _NOT_PLACE:
            continue
        if m["full"]:
            got = dateline_date(m["full"], today)
        else:
            years = set(re.findall(rf"\b{_YEAR}\b", text[:3000]))
            got = dateline_date(f"{m['md']} {years.pop()}", today) if len(years) == 1 else ""
        if got and date.fromisoformat(got) <= (today or date.today()) + timedelta(days=1):
            return got
    return ""
