"""Lines that are not a title: datelines and file names.

A page's first line is often its date ("Today : May 08, 2025", "Updated 10:32 GMT, 7 May
2025") or a wire dateline ("ISLAMABAD, May 29 (Reuters) -"); an extractor that splits a
page title on " | " may give the saved file's name ("strikes.html") as the site. Import
keeps neither as a title or an outlet.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
# Words a date line holds besides the date itself.
_FILLER = (r"today|yesterday|updated?|published|posted|last|modified|edited|on|at|of|the|am|pm|a\.m\.|p\.m\.|"
           r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist|pkt|msk|local|time|hrs?|ago|mins?|minutes?|hours?|read|date")
_DATE_WORD = re.compile(rf"\b(?:{_MONTHS}|{_DAYS}|{_FILLER})\b\.?|\d+(?:st|nd|rd|th)?\b", re.I)
# A wire dateline: a place in capitals, a date, the agency in brackets, a dash.
_WIRE = re.compile(
    rf"^\s*[A-Z][A-Z'’.\- ]+(?:,\s*[A-Z][\w.'’\- ]*)?,?\s+(?i:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))"
    r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—:]*\s*$")
_AGENCY = re.compile(r"\([^)]{1,40}\)")
_FILE_NAME = re.compile(r"^[^\s/\\]+\.(?:s?html?|xhtml|mhtml?|php\d?|aspx?|jsp|txt|md|markdown|xml|rss|atom|json|jsonl|pdf|docx?)$", re.I)


def is_dateline(line: str) -> bool:
    """True when ``line`` is only a date, a time or a wire dateline, with no words of a
    headline: "Today : May 08, 2025", "Friday 9 May 2025 10:30 GMT", "ISLAMABAD, May 29
    (Reuters) -". A headline that mentions a date ("Drones hit Kyiv on May 8") is not."""
    text = (line or "").strip().lstrip("#").strip()
    if not text or len(text) > 120:
        return False
    if _WIRE.match(text):
        return True
    had_date = bool(re.search(rf"\b(?:{_MONTHS}|{_DAYS})\b|\d", text, re.I))
    rest = _AGENCY.sub(" ", text)
    rest = _DATE_WORD.sub(" ", rest)
    return had_date and not re.search(r"[^\W\d_]", rest)


def is_file_name(text: str, name: str = "") -> bool:
    """True when ``text`` is a file name ("strikes.html", "article.php") or the name of
    the file read (``name``, with or without its extension), not an outlet's name."""
    text = (text or "").strip()
    if not text:
        return False
    if _FILE_NAME.match(text):
        return True
    if name:
        stem = name.rsplit("/", 1)[-1]
        return text.lower() in (stem.lower(), stem.rsplit(".", 1)[0].lower())
    return False


_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_YEAR = r"((?:19|20)\d\d)"
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({_MONTHS})\.?,?\s+{_YEAR}\b", re.I)
_MDY = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I)
_ISO = re.compile(rf"\b{_YEAR}-(\d\d)-(\d\d)\b")
_DOTTED = re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.{_YEAR}\b")  # 07.05.2025: day first, as written in Europe and Asia


def _make(y: str, m: int | str, d: str) -> date | None:
    try:
        return date(int(y), int(m) if not isinstance(m, str) or m.isdigit() else _MONTH_NUMBER[m[:3].lower()], int(d))
    except (ValueError, KeyError):
        return None


def dateline_date(line: str, today: date | None = None) -> str:
    """The publication date a date line states, as ISO "YYYY-MM-DD"; "" when ``line`` is
    not a date line (``is_dateline``) or does not give day, month and year ("Updated 3
    hours ago", "ISLAMABAD, May 29 (Reuters) -"), or the date is after tomorrow.
    Written dates ("Published: 7 May 2025, 08:18 AM", "Today : May 08, 2025"), ISO dates
    and day-first dotted dates (07.05.2025) are read; nothing partial is guessed."""
    if not is_dateline(line):
        return ""
    text = line.strip().lstrip("#")
    got = None
    if m := _DMY.search(text):
        got = _make(m.group(3), m.group(2), m.group(1))
    elif m := _MDY.search(text):
        got = _make(m.group(3), m.group(1), m.group(2))
    elif m := _ISO.search(text):
        got = _make(m.group(1), int(m.group(2)), m.group(3))
    elif m := _DOTTED.search(text):
        got = _make(m.group(3), int(m.group(2)), m.group(1))
    if got is None or got > (today or date.today()) + timedelta(days=1):
        return ""
    return got.isoformat()


def leading_date(text: str, lines: int = 8) -> str:
    """The publication date stated by a date line among the first ``lines`` lines of
    content of ``text`` (above or under the headline), as ``dateline_date`` reads it: the
    first such line, except that a "Published" line wins over an "Updated" one; "" when
    none gives a full date."""
    found: list[tuple[bool, str]] = []  # (an update's date, date)
    seen = 0
    for raw in text.split("\n", 200)[:200]:
        if not raw.strip():
            continue
        seen += 1
        if seen > lines:
            break
        if got := dateline_date(raw):
            found.append((bool(_UPDATE.search(raw)), got))
    found.sort(key=lambda f: f[0])  # stable: the first original date, else the first update
    return found[0][1] if found else ""


_UPDATE = re.compile(r"\b(?:updated?|modified|edited|last)\b", re.I)
