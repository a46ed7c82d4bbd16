"""Lines that are not a title: datelines and file names.

A page's first line is often its date ("Today : May 08, 2025", "Updated 10:32 GMT, 7 May
2025") or a wire dateline ("ISLAMABAD, May 29 (Reuters) -"); an extractor that splits a
page title on " | " may give the saved file's name ("strikes.html") as the site. Import
keeps neither as a title or an outlet. Near the top of a text, a date line gives the
publication date (``leading_date``) and a wire credit ("BEIJING (Reuters) -") or a desk
byline ("Example News Desk") the outlet (``leading_outlet``), when none was given.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .news_agencies import is_wire_agency, wire_agency_table

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
# Words a date line holds besides the date itself.
_FILLER = (r"today|yesterday|updated?|published|posted|created|last|modified|edited|on|at|of|the|am|pm|"
           r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist|pkt|msk|et|pt|ct|mt|cst|cdt|mst|mdt|akst|akdt|hst|aest|aedt|awst|acst|"
           r"nzst|nzdt|jst|kst|hkt|sgt|pht|ict|wib|npt|trt|eet|eest|wet|sast|irst|"
           r"local|time|hrs?|ago|mins?|minutes?|hours?|read|date")
# (an ISO date and time, "2025-10-14T09:12:00Z", and "a.m."/"p.m.", whose dot ends no word, are words of a date line too)
_DATE_WORD = re.compile(rf"\b\d{{4}}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?!\w)|\b[ap]\.m\.|"
                        rf"\b(?:{_MONTHS}|{_DAYS}|{_FILLER})\b\.?|\d+(?:st|nd|rd|th)?\b", re.I)
# A wire dateline: a place in capitals, a date, the agency in brackets, a dash.
_MONTH_DAY = rf"(?i:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})\.?)"
_FULL = rf"(?i:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}})"
_WIRE = re.compile(
    rf"^\s*[A-Z][A-Z'’.\- ]+(?:,\s*[A-Z][\w.'’\- ]*)?,?\s+{_MONTH_DAY}"
    r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—:]*\s*$")
# A dateline's place in capitals ("GOMA", "KYIV, Ukraine"), or in ordinary case
# ("Manila"), then an optional month-day, the credit in brackets, and a dash, the end of
# the line or a full date ("Manila, Sept 16 (AFP) Sep 16, 2025").
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"
_CASE_PLACE = r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+)*"
_CREDIT_TAIL = rf"\s*(?:[-–—]+|:|$|{_FULL}\s*$)"
# The credit in brackets ("(Reuters)"), or between slashes as some wires write it ("SEOUL,
# October 24. /TASS/. A balloon..."): then a full stop and the story may follow on the line.
_CREDIT = (rf"(?:\((?P<credit>[^()\d]{{2,40}})\)(?={_CREDIT_TAIL})"
           rf"|/(?P<slashed>[^()/\d\s][^()/\d]{{1,39}})/(?=\.?(?:\s|$)|{_CREDIT_TAIL}))")
_CREDIT_LINE = re.compile(
    rf"^\s*(?P<place>{_CAPS_PLACE}|{_CASE_PLACE})(?:,\s*[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)?,?"
    rf"(?:\s+(?P<md>{_MONTH_DAY}))?\.?,?\s*{_CREDIT}")
# With no place: "(Reuters) - ...", or a month-day first, "Nov. 18 (UPI) -- ..." (a wire agency only).
_BARE_CREDIT = re.compile(rf"^\s*(?:(?P<md>{_MONTH_DAY})\.?,?\s*)?\((?P<credit>[^()\d]{{2,40}})\)(?=\s*[-–—]+)(?P<slashed>)")
# A byline naming the outlet's desk: "Devdiscourse News Desk", "By Example Times Desk".
_DESK = re.compile(r"^\s*(?:[Bb][Yy]\s+)?(?P<name>[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,3}?) (?:News |Web |Online )?Desk\s*$")
_GENERIC_DESK = {"web", "news", "online", "digital", "staff", "our", "foreign", "city", "international", "national",
                 "sports", "business", "world", "editorial", "the", "metro", "regional", "political", "politics", "desk"}
_NOT_CREDIT = re.compile(r"\b(?:updated?|photos?|video|file|pictured|local time|gmt|utc|via|reporting|edited)\b", re.I)
_AGENCY = re.compile(r"\([^)]{1,40}\)")
_FILE_NAME = re.compile(r"^[^\s/\\]+\.(?:s?html?|xhtml|mhtml?|php\d?|aspx?|jsp|txt|md|markdown|xml|rss|atom|json|jsonl|pdf|docx?)$", re.I)


# A full date glued to the name after it, as a saved page's byline block loses its spacing:
# "July 18, 2025Clash Report" (the name: ``_MASTHEAD``, up to four capitalised words).
_GLUED = re.compile(rf"^\s*(?P<date>{_FULL})(?=[A-Z])(?P<name>.+?)\s*$")


def glued_date(line: str) -> tuple[str, str]:
    """The date and the name of a line whose full date runs into a short capitalised name
    with no space: "July 18, 2025Clash Report" gives ("July 18, 2025", "Clash Report");
    ("", "") for any other line (a spaced or a sentence's date: "July 18, 2025 was calm")."""
    m = _GLUED.match(line or "")
    if m is None or not _MASTHEAD.match(m["name"]):
        return "", ""
    return m["date"], m["name"]


def is_dateline(line: str) -> bool:
    """True when ``line`` is only a date, a time or a wire dateline, with no words of a
    headline: "Today : May 08, 2025", "Friday 9 May 2025 10:30 GMT", "ISLAMABAD, May 29
    (Reuters) -". A headline that mentions a date ("Drones hit Kyiv on May 8") is not."""
    text = (line or "").strip().lstrip("#").strip()
    if not text or len(text) > 120:
        return False
    if _WIRE.match(text) or glued_date(text)[0]:
        return True
    if (m := _credit_match(text)) and re.fullmatch(rf"\s*[-–—:]*\s*(?:{_FULL})?\s*[-–—:]*\s*", text[m.end():]):
        return True  # "Manila, Sept 16 (AFP) Sep 16, 2025"
    had_date = bool(re.search(rf"\b(?:{_MONTHS}|{_DAYS})\b|\d", text, re.I))
    rest = _AGENCY.sub(" ", text)
    rest = _DATE_WORD.sub(" ", rest)
    return had_date and not re.search(r"[^\W\d_]", rest)


def is_file_name(text: str, name: str = "") -> bool:
    """True when ``text`` is a file name ("strikes.html", "article.php") or the name of
    the file read (``name``, with or without its extension, written as the file writes it),
    not an outlet's name: a page's stated "NDTV" saved as ndtv.html is the outlet."""
    text = (text or "").strip()
    if not text:
        return False
    if _FILE_NAME.match(text):
        return True
    if name:
        stem = name.rsplit("/", 1)[-1]
        return text in (stem, stem.rsplit(".", 1)[0])
    return False


_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_YEAR = r"((?:19|20)\d\d)"
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({_MONTHS})\.?,?\s+{_YEAR}\b", re.I)
_MDY = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I)
_ISO = re.compile(rf"\b{_YEAR}-(\d\d)-(\d\d)(?:\b|(?=T\d))")
_DASHED = re.compile(rf"\b(\d{{1,2}})-(\d{{1,2}})-{_YEAR}\b")  # 28-01-2025: day first; month first only when the day is over 12
_DOTTED = re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.{_YEAR}\b")  # 07.05.2025: day first, as written in Europe and Asia


def _make(y: str, m: int | str, d: str) -> date | None:
    try:
        return date(int(y), int(m) if not isinstance(m, str) or m.isdigit() else _MONTH_NUMBER[m[:3].lower()], int(d))
    except (ValueError, KeyError):
        return None


# A numeric date, day and month in either order: "08/12/2025", "8.12.2025".
NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_SLASHED = re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})/{_YEAR}\b")  # 12/10/2025: the order only when one part is over 12 or known


def numeric_order(text: str) -> str:
    """The order of the numeric dates a text writes: "dmy" when one of them can only be
    day-first ("25/12/2025"), "mdy" when one can only be month-first ("12/25/2025"), ""
    when none says (or they contradict each other)."""
    orders = set()
    for m in NUMERIC_DAY.finditer(text):
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            orders.add("dmy")
        elif b > 12 >= a:
            orders.add("mdy")
    return orders.pop() if len(orders) == 1 else ""


def read_numeric(day: str, order: str = "") -> datetime | None:
    """The day of a numeric date "08/12/2025" or "8.12.2025": day-first or month-first as
    ``order`` ("dmy", "mdy") says, or as it must be when one part is above 12; None when it is
    ambiguous (both parts 12 or less and different) and ``order`` does not say, or invalid."""
    m = NUMERIC_DAY.fullmatch(day.strip())
    if m is None:
        return None
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    if a > 12:
        order = "dmy"
    elif b > 12:
        order = "mdy"
    elif a == b:
        order = order or "dmy"
    if order not in ("dmy", "mdy"):
        return None  # "08/12/2025": 8 December or August 12; no guess
    d, mth = (a, b) if order == "dmy" else (b, a)
    try:
        return datetime(y, mth, d)
    except ValueError:
        return None



# Languages whose writers put the day before the month in a numeric date ("12/10/2025" is
# 12 October): a page stated to be in one of them gives its slashed dates' order. English
# says nothing (the United States write the month first, most other places the day).
_DAY_FIRST_LANGUAGES = frozenset("fr de es it pt nl ru uk pl cs sk sl hr sr bs ro hu bg el tr ar fa ur hi bn id ms vi "
                                 "da sv no nb nn fi et lv lt he sq mk ca eu gl".split())


def locale_order(language: str) -> str:
    """"dmy" when the page's stated language (ISO 639-1, "fr") writes numeric dates day
    first, "" when it does not say (English, or no language)."""
    return "dmy" if (language or "").lower()[:2] in _DAY_FIRST_LANGUAGES else ""


def dateline_date(line: str, today: date | None = None, order: str = "") -> str:
    """The publication date a date line states, as ISO "YYYY-MM-DD"; "" when ``line`` is
    not a date line (``is_dateline``) or does not give day, month and year ("Updated 3
    hours ago", "ISLAMABAD, May 29 (Reuters) -"), or the date is after tomorrow.
    Written dates ("Published: 7 May 2025, 08:18 AM", "Today : May 08, 2025"), ISO dates
    and day-first dotted dates (07.05.2025) are read; nothing partial is guessed. A
    slashed date ("Posted on 12/10/2025") is read when one part is over 12 or ``order``
    ("dmy", "mdy": the outlet's) says which is the day; else "". A byline ending in its
    date ("By Jane Roe, Example Press, March 31, 2025") gives that date (``byline_date``)."""
    if not is_dateline(line):
        return byline_date(line, today, order)
    text = glued_date(line)[0] or line.strip().lstrip("#")
    got = None
    if m := _DMY.search(text):
        got = _make(m.group(3), m.group(2), m.group(1))
    elif m := _MDY.search(text):
        got = _make(m.group(3), m.group(1), m.group(2))
    elif m := _ISO.search(text):
        got = _make(m.group(1), int(m.group(2)), m.group(3))
    elif m := _SLASHED.search(text):
        got = d.date() if (d := read_numeric(m.group(), order)) is not None else None
    elif m := _DOTTED.search(text):
        got = _make(m.group(3), int(m.group(2)), m.group(1))
    elif m := _DASHED.search(text):
        first, second = int(m.group(1)), int(m.group(2))
        got = _make(m.group(3), first, m.group(2)) if second > 12 else _make(m.group(3), second, m.group(1))
    if got is None or got > (today or date.today()) + timedelta(days=1):
        return ""
    return got.isoformat()


# A byline: "By" and a capitalised name; its parts are cut at commas, bars, bullets and
# spaced dashes ("By Jane Roe, Example Press, March 31, 2025", "By A and B | Updated ...").
_BYLINE = re.compile(r"^\s*(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Ss]tory|[Ww]ords|[Tt]ext)\s+)?(?:[Bb]y|BY)\s+(?=[A-Z])")
_BYLINE_CUT = re.compile(r"\s*(?:[,|•·/]|\s[-–—]\s)\s*|\s+on\s+")
# Words of a byline's names besides capitalised ones ("By Ana Ruiz and Tom de Berg in Lima").
_NAME_LINKS = frozenset("and of the de da del della der van von al el bin ibn le la du in for at".split())


def byline_date(line: str, today: date | None = None, order: str = "") -> str:
    """The date a byline ends with, as ISO: the shortest tail of ``line`` after one of its
    cuts that is a date line (``dateline_date``): "By Jane Roe, Example Press, March 31,
    2025" gives "2025-03-31"; "" when ``line`` is no byline or ends in no full date ("By
    Jane Roe, 3 hours ago")."""
    if not (m := _BYLINE.match(line or "")) or len(line) > 200:
        return ""
    for cut in reversed(list(_BYLINE_CUT.finditer(line))):
        tail = line[cut.end():]
        if not is_dateline(tail):
            break  # a name or an outlet: the date is no further back
        if got := dateline_date(tail, today, order):
            names = re.findall(r"[^\W\d_][\w'’.\-]*", line[m.end():cut.start()])
            # names and outlets, not a sentence ("By the time the truce held on 3 May 2025")
            return got if all(w[0].isupper() or w.lower() in _NAME_LINKS for w in names) else ""
    return ""


def _header_parts(text: str, lines: int):
    """The first ``lines`` non-blank lines of ``text``, each cut at " | " into its parts
    ("Example News Desk | Updated: 28-01-2025 19:47 IST"); a date glued to a name
    ("July 18, 2025Clash Report", ``glued_date``) is two parts."""
    seen = 0
    for raw in text.split("\n", 200)[:200]:
        if not raw.strip():
            continue
        seen += 1
        if seen > lines:
            return
        for p in raw.split(" | "):
            glued, name = glued_date(p)
            yield from (glued, name) if glued else (p,) if p.strip() else ()


def leading_date(text: str, lines: int = 8, language: str = "") -> str:
    """The publication date stated by a date line among the first ``lines`` lines of
    content of ``text`` (above or under the headline; a line cut at " | " is read part by
    part), as ``dateline_date`` reads it: the first such line, except that a "Published"
    ("Created") line wins over an "Updated" one. With no full date, a wire dateline's
    month-day ("BEIJING, Sept 16 (Reuters) -") is completed by the one year a date line
    of the same header gives ("2025"); a month-day with no year gives "" (no year is
    guessed). A slashed date ("12/10/2025") is read in the order its page's ``language``
    writes (``locale_order``) or the one the text's other numeric dates show
    (``numeric_order``), else only when one part is over 12."""
    found: list[tuple[bool, str]] = []  # (an update's date, date)
    month_day = ""
    years: set[str] = set()
    order = ""
    for part in _header_parts(text, lines):
        if "/" in part and not order:
            order = locale_order(language) or numeric_order(text[:20_000]) or "?"
        if got := dateline_date(part, order=order.strip("?")):
            found.append((bool(_UPDATE.search(part)), got))
            continue
        if (m := _credit_match(part)) and m.groupdict().get("md") and not month_day:
            month_day = m["md"]  # a bare credit ("(Reuters) -") has no month-day group
        elif is_dateline(part):
            years.update(re.findall(rf"\b{_YEAR}\b", part))
    found.sort(key=lambda f: f[0])  # stable: the first original date, else the first update
    if found:
        return found[0][1]
    if month_day and len(years) == 1:
        return dateline_date(f"{month_day} {years.pop()}")
    return ""


def credit(line: str) -> str:
    """The outlet a wire dateline credits, as written in its brackets: "BEIJING (Reuters)
    – China said..." gives "Reuters", "GOMA, (CAJ News) –" "CAJ News", "Manila, Sept 16
    (AFP)" "AFP", "SEOUL, October 24. /TASS/. A balloon..." "TASS" (a credit between
    slashes, as some wires write it); "" when ``line`` does not start with one. After a place in capitals any
    bracketed name counts (followed by a month-day or a dash); after a place in ordinary
    case, or with no place ("(Reuters) - ..."), only a wire agency of
    ``wire_agencies.toml``."""
    m = _credit_match(line or "")
    return _credit_name(m) if m else ""


def desk_outlet(line: str) -> str:
    """The outlet a desk byline names: "Example News Desk" gives "Example", "By Northern
    Ledger Desk" "Northern Ledger"; "" for a generic desk ("Web Desk", "News Desk") or
    another line."""
    m = _DESK.match(line or "")
    if not m or all(w.lower() in _GENERIC_DESK for w in m["name"].split()):
        return ""
    return m["name"]


# A masthead line: one to four capitalised words and nothing else ("AFP", "Yle News",
# "The Northern Ledger"), no sentence punctuation.
_MASTHEAD = re.compile(r"^\s*(?:The )?[A-Z][\w&'’.\-]*(?: (?:of |on |&amp; |& )?[A-Z][\w&'’.\-]*){0,3}\s*$")


# Words of news outlets' names (a byline of two names next to the date is an author's).
_OUTLET_WORDS = frozenset("""news times post herald daily press radio tv television journal tribune telegraph guardian
gazette agency online network broadcasting broadcaster media monitor observer express standard mirror star sun chronicle
dispatch wire today weekly review independent insider report reporter courier bulletin record nation world globe
magazine channel service""".split())


def masthead_outlet(parts: list[str], i: int) -> str:
    """The outlet a header line ``parts[i]`` names by itself: a wire agency of
    ``wire_agencies.toml`` alone on its line ("AFP"), or a short capitalised name ("Yle
    News") next to a date line, as a saved page's byline block puts them under the
    headline; never the first line (the headline); "" otherwise."""
    line = parts[i].strip()
    if i == 0 or not _MASTHEAD.match(line) or is_dateline(line):
        return ""
    if is_wire_agency(line):
        return line
    words = line.replace("&", " ").split()
    if not (re.fullmatch(r"[A-Z]{2,6}", line) or any(w.lower().strip(".") in _OUTLET_WORDS for w in words)):
        return ""  # "John Smith" next to the date is the author's byline
    near = [parts[j] for j in (i - 1, i + 1) if 0 < j < len(parts)]
    return line if any(is_dateline(p) and re.search(r"\d", p) for p in near) else ""


def leading_outlet(text: str, lines: int = 8) -> str:
    """The outlet credited among the first ``lines`` lines of content of ``text`` (a line
    cut at " | " is read part by part): a wire dateline's credit (``credit``), a desk
    byline (``desk_outlet``) or a masthead line (``masthead_outlet``: "AFP" alone, "Yle
    News" next to a date line), the first found; else the line under the headline when it
    names an outlet (``outlet_line``: "NDTV Profit", "Pratidin Time | July 20, 2024"); ""
    when none."""
    parts = list(_header_parts(text, lines))
    for i, part in enumerate(parts):
        if got := credit(part) or desk_outlet(part) or masthead_outlet(parts, i):
            return got
    head = [ln.strip() for ln in text.split("\n", 40)[:40] if ln.strip()][:2]
    return outlet_line(head[1]) if len(head) == 2 and not is_dateline(head[0]) else ""


def outlet_line(line: str) -> str:
    """The outlet a line right under an article's headline names, or "": a short name that is
    a known outlet's (``outlets.toml``, a name or an alias, "NDTV Profit", "New Age"), or a short
    capitalised name with an outlet's word (``_OUTLET_WORD``) and a date cut by " | " ("Pratidin
    Time | July 20, 2024": the date is read by ``leading_date``; "Maria Lopez | July 20, 2024" is
    a byline). Never a sentence (end punctuation, lower-case words, over four
    words), a dateline or a byline ("By ...")."""
    from .cited_outlets import load_outlets

    name, _, when = (p.strip() for p in line.partition(" | "))
    dated = bool(when) and is_dateline(when) and re.search(r"\d", when) is not None
    if dated and " | " not in when and _DOMAIN.fullmatch(name):
        return name  # "news.example.ua | March 23, 2024": a site's address is its name
    if " | " in when or not _MASTHEAD.match(name) or is_dateline(name) or re.match(r"(?i)by\b", name):
        return ""
    known = {n.lower() for o in load_outlets() for n in (o.name, *o.aliases)}
    if name.lower() in known or name.lower().removeprefix("the ") in known:
        return name if not when or is_dateline(when) and re.search(r"\d", when) else ""
    if when and is_dateline(when) and re.search(r"\d", when) and _OUTLET_WORD.search(name):
        return name  # "Pratidin Time | July 20, 2024"; never a byline's "Maria Lopez | 12 May 2024"
    if dated and len(name.split()) >= 2 and _country_last(name):
        return name  # "Outlook Fiji | March 23, 2024": no one's surname is a country's name
    return ""


# A site's address as a name: "news.example.ua", "example.com" (no scheme, no path).
_DOMAIN = re.compile(r"(?i)(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,6}")


def _country_last(name: str) -> bool:
    """Whether the last word of ``name`` is a country's short name in the alias file ("India",
    "Fiji"; not an adjective: "Maria Spanish" is no outlet either way)."""
    from .gazetteer import load_gazetteer

    last = name.split()[-1]
    c = load_gazetteer().country(last)
    return c is not None and last in (c.name, *c.names)


# The words an outlet's name is made of (a masthead's "Times", "News", "Daily", "TV")
# that a person's name is not: an unknown name next to a date names an outlet only then.
_OUTLET_WORD = re.compile(
    r"\b(?:news|times?|post|daily|herald|tribune|journal|press|agency|tv|television|radio|gazette|observer|express|"
    r"telegraph|guardian|chronicle|standard|mail|star|monitor|review|network|media|today|online|weekly|insider|"
    r"report|reporter|sun|nation|voice|age|bulletin|courier|dispatch|digest|globe|independent|mirror|wire|"
    r"magazine|broadcasting|info|live|leader|mercury|pioneer|record|sentinel|statesman)\b"
    r"|(?-i:[a-z](?:News|Times|Post|Daily|Wire|Media|TV|Online|Today|Press))", re.I)  # and run into a name: "StratNews Global"


# Other names an agency is credited by -> the name ``wire_credit`` gives.
_AGENCY_NAMES = {"associated press": "ap", "agence france-presse": "afp", "afp-jiji": "afp", "anadolu agency": "anadolu",
                 "aa": "anadolu", "anatolia": "anadolu", "kyodo news": "kyodo", "canadian press": "cp", "ria novosti": "ria"}


def wire_credit(text: str, lines: int = 8) -> str:
    """The news agency a text's header credits (a wire dateline "OSLO (Reuters) -" or an
    agency alone on a masthead line), as one lower-case name per agency ("Associated Press"
    and "AP" give "ap"); "" when none or when the credit is no agency of
    ``wire_agencies.toml``. Copies of one agency's report count as one origin."""
    parts = list(_header_parts(text, lines))
    for i, part in enumerate(parts):
        got = (credit(part) or masthead_outlet(parts, i)).strip().lower()
        if got and is_wire_agency(got):
            return _AGENCY_NAMES.get(got, got)
    return ""


def _credit_name(m) -> str:
    """The credited name of a ``_CREDIT_LINE`` or ``_BARE_CREDIT`` match, in brackets or slashes."""
    return (m["credit"] or m["slashed"] or "").strip()


def _credit_match(line: str):
    m = _CREDIT_LINE.match(line) or _BARE_CREDIT.match(line)
    if not m or _NOT_CREDIT.search(_credit_name(m)):
        return None
    name = _credit_name(m)
    known = is_wire_agency(name)
    place = m.groupdict().get("place")
    if known:
        return m
    if not place or not re.fullmatch(_CAPS_PLACE, place) or len(name.split()) > 3:
        return None
    if not m["md"] and not re.match(r"\s*[-–—]", line[m.end():]):
        return None  # "NATO (North Atlantic Treaty Organization)" alone: not a dateline
    return m


# Words before a name that make it the agency that carried the report: "the official told PTI",
# "according to ANI", "quoted by TASS", "By PTI" alone at the start of a line.
_TO_AGENCY = re.compile(
    r"(?:\b(?:told|telling|tells|spoke\s+to|speaking\s+to|talking\s+to|talked\s+to|according\s+to|quoted\s+by|"
    r"cited\s+by|reported\s+by|interview\s+with|news\s+agency|agency))[ \t]+(?:the\s+)?$",
    re.I,
)
# Words after it that do: "PTI reported", "ANI reports", "TASS news agency".
_AGENCY_AFTER = re.compile(r"\s+(?:reported|reports|news\s+agency|quoted|cited)\b", re.I)


def agency_use(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a news agency of ``wire_agencies.toml`` used as one: told
    ("the official told PTI"), credited ("By PTI", "(PTI)" not after the name it shortens),
    reporting ("PTI reported") or cited ("according to PTI"). An acronym that is also a party's
    or a group's name ("PTI" in "Pakistan Tehreek-e-Insaf (PTI) said") stays that name."""
    if not is_wire_agency(text[start:end]):
        return False
    before = text[max(0, start - 40) : start]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if _TO_AGENCY.search(before) or _AGENCY_AFTER.match(text, end) or re.fullmatch(r"[ \t]*by[ \t]+", line, re.I):
        return True
    if before.rstrip().endswith("(") and text[end:end + 1] == ")":
        # After the words it shortens ("Pakistan Tehreek-e-Insaf (PTI)": a run of capitalised words
        # that starts with its first letter) it is that name; after anything else, a credit.
        run = re.search(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|the|de|al)\s+)*)*)\($", before)
        words = run.group(1).split() if run else []
        return not (words and words[0][:1].upper() == text[start:start + 1].upper() and not words[0].isupper())
    return False


def agency_outlet(credit_name: str) -> str:
    """The outlet to show for a credit read from a text's header: a well-known wire agency's
    initials (``[names]`` of ``wire_agencies.toml``, exact case) with its name, "AA" ->
    "Anadolu Agency (AA)", "AFP" -> "Agence France-Presse (AFP)"; any other credit as given
    ("Reuters", "Xinhua", "Harbour Wire")."""
    name = credit_name.strip()
    full = wire_agency_table().get("names", {}).get(name)
    return f"{full} ({name})" if isinstance(full, str) and full else credit_name


_UPDATE = re.compile(r"\b(?:updated?|modified|edited|last)\b", re.I)
