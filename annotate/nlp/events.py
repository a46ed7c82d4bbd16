"""Incident mentions: a sentence that reports aircraft, drones or missiles violating,
entering or being shot down over a country's airspace, with the country and the date.

The country is the one whose airspace or territory was entered ("Estonian airspace",
"crossed into Poland", "over Romania"), not the one whose aircraft did it ("Russian
drones"). Dates: explicit ones ("Sept. 13"), and relative ones ("on Friday", "last week")
when the source's publication date is known.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..event_types import load_event_types
from ..models import IncidentMention

_INTO = re.compile(r"\b(?:into|over|across|through|above|inside|within)\s+(?:the\s+)?$", re.I)
_THEIR = re.compile(r"\b(?:their|its) (?:own )?(?:airspace|territory|skies)\b", re.I)


def _kind(text: str) -> str:
    for kind in load_event_types().kinds:  # annotate/events.toml
        if kind.pattern is not None and kind.pattern.search(text):
            return kind.name
    return ""


def _action(text: str) -> str:
    for action in load_event_types().actions:
        if action.pattern is not None and action.pattern.search(text):
            return action.name
    return ""


def _countries(sent, gazetteer) -> list[str]:
    """The countries whose airspace the sentence says was entered: "Estonian airspace",
    "Poland’s territory", "crossed into Poland", "incursions, including in Romania, Poland
    and Estonia", "its/their airspace" with the nearest country subject before it, "the
    country’s airspace", or a country reporting the event ("Estonia reports a violation").
    Never the country whose aircraft did it ("Russian drones") or one only mentioned in
    passing ("the Ukraine conflict", "a meeting in Moscow")."""
    text = sent.text
    base = sent.start_char
    has_dep = sent.doc.has_annotation("DEP")
    found: list[str] = []
    subjects: list[tuple[int, str, bool]] = []  # (token index, country, subject of a report verb)
    mentioned: list[str] = []
    hits: dict[int, str] = {}  # entity root token -> country, for conjunctions
    for e in sent.ents:
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
            if root.dep_ in ("amod", "compound", "nmod", "poss") and _KIND_ANY.fullmatch(head.text):
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


_OWNED_NOUNS = {"airspace", "territory", "sky", "skies", "soil"}
_OWNED_AFTER = re.compile(r"(?:[’']s)?\s+(?:\w+\s+)?(?:airspace|territory|skies|soil)\b", re.I)
_IN = re.compile(r"(?:incursions?|violations?|drones?|jets?|aircraft|missiles?|debris|fragments)\b[^.;]{0,24}\bin\s+$", re.I)


_KIND_ANY = re.compile(r"(?:drones?|UAVs?|missiles?|rockets?|jets?|fighters?|warplanes?|MiG-\d+\w*|Su-\d+\w*|F-\d+\w*|bombers?|aircraft|planes?|helicopters?|balloons?|delegates|diplomats)", re.I)
_RANGE = re.compile(r"\s*[–—-]\s*\d+.*$")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def date_base(published: str, text: str) -> tuple[datetime | None, bool]:
    """(base date, relative dates allowed). The publication date when known; otherwise the
    end of the latest year the text mentions, for explicit month-day dates only."""
    if published:
        try:
            return datetime.fromisoformat(published[:10]), True
        except ValueError:
            pass
    years = [int(y) for y in _YEAR.findall(text)]
    if years:
        return datetime(max(years), 12, 31), False
    return None, False


_RELATIVE = re.compile(r"\b(?:today|yesterday|tonight|last|this|earlier|next|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b", re.I)


def resolve_date(text: str, base: datetime | None, relative_ok: bool) -> str:
    """ISO date for a date expression, or "" when it cannot be pinned down."""
    if base is None:
        return ""
    t = _RANGE.sub("", text.strip())
    if _RELATIVE.search(t) and not relative_ok:
        return ""
    import dateparser

    d = dateparser.parse(
        t,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if d is None or d > base and not relative_ok:
        return ""
    return d.date().isoformat()


def redate(mentions: list[IncidentMention], published: str, text: str) -> list[IncidentMention]:
    """The mentions with their dates resolved again against a (new) publication date."""
    from dataclasses import replace

    base, relative_ok = date_base(published, text)
    out = []
    for m in mentions:
        iso = resolve_date(m.date_text, base, relative_ok) if m.date_text else ""
        out.append(replace(m, date=iso))
    return out


def find_incident_mentions(doc, gazetteer, published: str = "") -> list[IncidentMention]:
    """The airspace incidents reported in a parsed spaCy ``doc``: one ``IncidentMention`` per sentence
    and country whose airspace it names, for sentences with an event kind and an action (event types
    from events.toml). The date is the first DATE entity of the sentence that resolves against
    ``published`` (an ISO date, "" when unknown) or a date in the text; ``date_text`` keeps the
    words of the first DATE entity otherwise. Offsets are characters of ``doc.text``.
    """
    text = doc.text
    base, relative_ok = date_base(published, text)
    out: list[IncidentMention] = []
    for sent in doc.sents:
        text = sent.text
        kind = _kind(text)
        if not kind:
            continue
        action = _action(text) or ("incident" if kind == "unspecified" else "")
        if not action:
            continue
        countries = _countries(sent, gazetteer)
        if not countries:
            continue
        date = date_text = ""
        for e in sent.ents:
            if e.label_ == "DATE":
                iso = resolve_date(e.text, base, relative_ok)
                if iso:
                    date, date_text = iso, e.text
                    break
                date_text = date_text or e.text
        for c in countries:
            out.append(IncidentMention(sent.start_char, sent.end_char, c, kind, action, date, date_text))
    return out
