"""Clauses that only state background: history, geography, population, a state of affairs
long before the news ("Ruritania has ruled the islands since the 1850s", "The territory lies
1,500 km east of Borduria", "About 270,000 people live there", "The army had sent troops in
1988"). No speech act and no act of the actor in the news time: they suggest no stance.

A clause is background when, in the words from the start of its clause (the sentence's, or
after a semicolon or ", and"/", but") to its end, and with no word of the news time ("on
Tuesday", "this week", "now"):

- a ``since`` or ``for`` tells a long duration: a year at least ``HISTORY_YEARS`` before the
  news, a decade or a century ("since the 1850s", "for decades", "for more than a century");
- it happened at such a time ("in 1988", "in the 1980s", "decades ago", "in colonial times");
- it is a stative statement of place or population: a place that lies, sits or is located
  somewhere (a distance, a compass point, a coast), borders or neighbours another; people who
  make up a share of, or number, a population; a place that is home to or has a population.

A clause whose verb is a verb of saying is never background (what the actor says about the
past is its position now). ``news_year``: the year of the news (its publication date, else the
year it was imported)."""

from __future__ import annotations

import re

from .lexicon import STANCE_VERBS

HISTORY_YEARS = 2  # a year this many before the news, or more, is history
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# "since 1853", "since the 1850s", "for 170 years", "for decades", "for more than a century".
_SINCE = re.compile(
    r"\b(?:since|ever since)\s+(?:at least\s+|about\s+|around\s+)?(?:the\s+)?(?:(?P<year>1[5-9]\d\d|20\d\d)(?P<decade>s)?\b(?!\s*[-–/]\d)"
    r"|(?:early\s+|mid-?|late\s+)?(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth))\s+century|colonial\s+(?:times|era|rule|days)|independence)"
    r"|\bfor\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|at least\s+)?(?:decades|centuries|generations|\d{2,}\s+years|"
    r"(?:a|one|two|three|several|many)\s+(?:century|centuries|decades|generations))\b",
    re.I,
)
# "in 1988", "in the 1980s", "in the 19th century", "decades ago", "in colonial times".
_AT_PAST = re.compile(
    r"\b(?:in|by|during|until|from|around)\s+(?:the\s+)?(?:(?:early\s+|mid-?|late\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?P<decade>s)?\b(?!\s*[-–/]\d)"
    r"|(?:early\s+|mid-?|late\s+)?(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth))\s+century|colonial\s+(?:times|era|days))"
    r"|\b(?:decades|centuries|generations|\d{2,}\s+years|(?:a|one|two|several|many)\s+(?:century|decades|generations))\s+(?:ago|earlier|before)\b",
    re.I,
)
# A word of the news time: the clause tells what happens now.
_NEWS_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|now|currently|this\s+(?:week|month|morning|afternoon|evening|weekend|year)|last\s+(?:week|night|weekend)|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"overnight|earlier\s+(?:today|this\s+week)|" + _MONTHS + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTHS + r")",
)
_NEWS_TIME_I = re.compile(r"\b(?:today|tonight|yesterday|now|currently|overnight|this\s+(?:week|month|morning|weekend)|last\s+(?:week|night))\b", re.I)
# A place that lies, sits or is located somewhere; borders or neighbours another.
_PLACE = re.compile(
    r"\b(?:lies|lie|sits|(?:is|are|was|were)\s+(?:located|situated)|,\s+(?:located|situated)|stretches|straddles)\b"
    r"[^.;!?]{0,80}?\b(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|nautical miles)|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|"
    r"off\s+the\s+coast|coast|ocean|sea|border|between|island|islands|archipelago|peninsula|mountains|valley|delta)\b"
    r"|\b(?:shares?|sharing)\s+(?:a|its|their|the)\s+(?:long\s+|\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+|\w+\s+)?border\s+with\b|\bbordered\s+by\b",
    re.I,
)
# Population: "make up 40% of the population", "is home to 270,000 people", "has a population of".
_POPULATION = re.compile(
    r"\b(?:(?:make|makes|made)\s+up|account\s+for|accounts\s+for|comprise|comprises)\b[^.;!?]{0,40}?\b(?:population|inhabitants|residents|people)\b"
    r"|\b(?:make|makes|made)\s+up\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
    r"|\b(?:is|are|was)\s+home\s+to\b|\bhas\s+a\s+population\b|\bpopulation\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\d"
    r"|\b(?:live|lives|lived|living)\s+(?:in|on)\b",
    re.I,
)
_POPULATION_COUNT = re.compile(r"\b\d[\d,.]*\s*(?:million|thousand|people|inhabitants|residents)?\b")
# A state of affairs long held, told in the past perfect ("had long opposed", "had once ruled").
_HAD_LONG = re.compile(r"\bhad\s+(?:long|once|traditionally|historically|for\s+(?:years|decades|generations|centuries))\b", re.I)
# A relative clause inside the sentence (", which has ruled the islands since 1853,"): its time
# is not the main clause's.
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b[^,]*,")
# Where a clause begins in its sentence: the sentence's start, a semicolon, ", and" / ", but".
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+(?=(?:on|this|last|now|today|yesterday)\b)", re.I)


def news_year(published: str, text: str, added_at: str = "") -> int:
    """The year of the news: the publication date's, else the year it was imported
    (``added_at``), else this year. (Not the latest year the text names, nor a dateline's: an
    article may name only the years of its background.) ``text`` is not read."""
    from datetime import date

    for when in (published, added_at):
        if when[:4].isdigit():
            return int(when[:4])
    return date.today().year


def _long_ago(year: str, decade: str, news: int | None) -> bool:
    if decade or news is None:
        return True
    return int(year) <= news - HISTORY_YEARS


def segment(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str:
    """The words of the clause around ``text[start:end]`` in the sentence ``sent_start``–``sent_end``:
    from the clause break before it (an opening "In 1853, ..." belongs to it) to the one after
    it ("had sent troops there in 1988": its time comes after the verb)."""
    lo = sent_start
    for m in _CLAUSE_BREAK.finditer(text, sent_start, start):
        lo = m.end()
    nxt = _CLAUSE_BREAK.search(text, max(end, start), sent_end) if end < sent_end else None
    return text[lo : max(end, nxt.start() if nxt else sent_end)]


def is_background(words: str, news: int | None, verb: str = "") -> bool:
    """Whether the clause ``words`` (``segment``'s) only states background (module doc);
    ``verb``: its verb's lemma, "" when unknown; ``news``: ``news_year``'s."""
    if verb and verb.lower() in STANCE_VERBS:
        return False
    if _NEWS_TIME.search(words) or _NEWS_TIME_I.search(words):
        return False
    words = _RELATIVE.sub(",", words)
    if _HAD_LONG.search(words):
        return True
    for rx in (_SINCE, _AT_PAST):
        for m in rx.finditer(words):
            if m.group("year") is None or _long_ago(m.group("year"), m.group("decade") or "", news):
                return True
    if _PLACE.search(words):
        return True
    if (m := _POPULATION.search(words)) is not None and (not m.group().lower().startswith("live") or _POPULATION_COUNT.search(words)):
        return True
    return False


def clause_in_background(text: str, sents: list[tuple[int, int]], start: int, end: int, verb: str, news: int | None) -> bool:
    """``is_background`` of the clause ``text[start:end]`` (verb lemma ``verb``) in its sentence
    (``sents``: the analysis's sentence spans, sorted)."""
    from bisect import bisect_right

    i = bisect_right(sents, start, key=lambda x: x[0]) - 1
    lo, hi = sents[i] if i >= 0 and sents[i][0] <= start < sents[i][1] else (start, end)
    return is_background(segment(text, start, end, lo, hi), news, verb)
