"""Incidents: event mentions from all sources, clustered into one incident per event, then
the analyst's edits (confirm, rename, merge, split, note, create, and the corrections of
type, date, place, and reject) applied on top (``apply_edits``).

Mentions join when they are of the same type and country and their dates are within
``JOIN_DAYS`` of each other (ranges: when they overlap or come within a day), an incident's
days spanning at most ``PRECISE_DAYS`` (reports of one day after another do not chain a week
into one incident); distinct events in one country and week stay apart (fighter jets near a
platform on the 19th are not the drone incursion of the 10th). A mention without a date joins
the event its own source dated last before it in the text; else the incident of its type
and country of the days just before its source's publication (``RECENT_DAYS``), else the one
most sources report among those of the days before it (``UNDATED_DAYS``), or any when the
publication date is unknown. Within one source, an undated report naming a day of the week two
days or more from its event's ("on Tuesday", "on Friday"; the source has no publication date to
date them) is another event, and an undated one saying it is another event ("in a separate
attack") that names its own time ("last month") or another place is its own. A day whose year
no source gives ("--10-21", annotate/yearless.py) joins the incident whose dated reports cover
that month and day, else the other reports of that day. An incident no source dates takes the
day its first source was published, or its dateline's day (``date_reported``). Ids are stable across re-analysis:
the main incident of a country and type is ``<country>-<type>``, the others carry their
date, so edits keep applying when sources are added; ``aliases`` keep the ids of earlier
versions of bluf (``<country>-<kind>``: finland-drones) so their edits still apply, and the
id an incident had while its sources were undated (``<country>-<type>-undated-<place>``) once
a publication date dates it, when no other incident could have had it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .event_types import load_event_types
from .models import Incident, IncidentMention
from .place_spellings import one_spelling
from .text import slug
from .yearless import is_yearless, near_day

JOIN_DAYS = 1
# A range of at most this many days is a date ("the night of 9-10 September"); a longer one
# ("last week", "this month") only says near which event a report belongs.
PRECISE_DAYS = 2
# An undated report joins an event that took place at most this many days before its
# source's publication date (or one day after, time zones), when the publication date is known.
UNDATED_DAYS = 10
# ... and, of those, an event of the days just before its publication (at most this many) first.
RECENT_DAYS = 2
# The kinds of airspace incidents before events of any type (bluf ≤ analysis 14); their
# incidents' ids were "<country>-<kind>".
LEGACY_KINDS = ("drones", "missiles", "jets", "balloons")


@lru_cache(maxsize=65536)
def _d(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


class _Group:
    """Mentions of one event. ``first``/``last``: the days its precise dates cover (a day, or a
    range of at most ``PRECISE_DAYS``), else those of its vague ranges ("last week")."""

    __slots__ = ("items", "first", "last", "_first", "_last", "_vfirst", "_vlast")

    def __init__(self) -> None:
        self.items: list[tuple[str, IncidentMention]] = []
        self.first: date | None = None
        self.last: date | None = None
        self._first: date | None = None
        self._last: date | None = None
        self._vfirst: date | None = None
        self._vlast: date | None = None

    def add(self, sid: str, m: IncidentMention) -> None:
        self.items.append((sid, m))
        a = _d(m.date)
        if a is None:
            return
        e = _d(m.date_end)
        b = e if e is not None and e > a else a
        if (b - a).days <= PRECISE_DAYS:
            self._first = a if self._first is None or a < self._first else self._first
            self._last = b if self._last is None or b > self._last else self._last
            self.first, self.last = self._first, self._last
        else:
            self._vfirst = a if self._vfirst is None or a < self._vfirst else self._vfirst
            self._vlast = b if self._vlast is None or b > self._vlast else self._vlast
            if self._first is None:
                self.first, self.last = self._vfirst, self._vlast


def _span(m: IncidentMention) -> tuple[date, date]:
    a = _d(m.date)
    return a, max(a, _d(m.date_end) or a)


def _another_place(sid: str, m: IncidentMention, g: _Group) -> bool:
    """True when the mention says it is another event ("another assault, this time in Timbuktu")
    at another place than its own source's mentions in ``g`` give, or naming no place after its
    source told one (``_another_unplaced``): a second event, even on the same or the next day."""
    return m.another and (bool(m.place) and any(s == sid and x.place and x.place != m.place for s, x in g.items) or _another_unplaced(sid, m, g.items))


def _another_unplaced(sid: str, m: IncidentMention, items) -> bool:
    """True when a mention that names no place says it is another event ("Another police post was
    attacked nearby", "four other attacks killed three civilians") after its own source told one
    of its type and country (in ``items``, (source id, mention) pairs): not that one. Not an
    agreement (a type placed by its parties): "Meanwhile, both sides confirmed the truce" is the
    one truce, however many tell it."""
    et = load_event_types().get(m.kind)
    return m.another and not m.place and (et is None or et.place_rule != "parties") \
        and any(s == sid and x.start < m.start and not x.another for s, x in items)


def _told_before(sid: str, m: IncidentMention, items) -> bool:
    """True when ``m`` names no place and its source reported an event of its type and country
    earlier in its text (of ``items``: (source id, mention)) in a sentence that is neither its
    headline (the first line, offset 0) nor itself "another" event: "Gunmen attacked a checkpoint
    on Tuesday. ... Another checkpoint was also attacked nearby" tells two events, "Another attack
    hits Gao" over "Gunmen launched another attack on Gao" one."""
    return not m.place and bool(m.date_text) and any(s == sid and x is not m and not x.another and 0 < x.start < m.start for s, x in items)


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _weekdays(m: IncidentMention) -> set[int]:
    """The days of the week a mention's date words name ("late on Tuesday": {1}), Monday 0."""
    return {_WEEKDAYS.index(w.lower()) for w in _WEEKDAY.findall(m.date_text)}


def _other_day(sid: str, m: IncidentMention, g: _Group) -> bool:
    """True when an undated mention names a day of the week two days or more from every one its
    own source's undated mentions in ``g`` name ("on Tuesday" and "on Friday"; Saturday night
    and Sunday are one event's): two events, even where no publication date says which days."""
    mine = _weekdays(m)
    if not mine:  # (most reports name no weekday: the group is not read)
        return False
    theirs = [w for s, x in g.items if s == sid and not x.date and (w := _weekdays(x))]
    return bool(theirs) and all(min((a - b) % 7, (b - a) % 7) >= 2 for w in theirs for a in mine for b in w)


def _place_key(place: str) -> str:
    """``place`` as compared: case, hyphens and a leading "the" aside ("el-Fasher", "El Fasher")."""
    key = " ".join(place.casefold().replace("-", " ").replace("’", "'").split())
    return key[4:] if key.startswith("the ") else key


def _at_place(m: IncidentMention, places: set[str], groups: list[_Group], main: _Group | None,
              unpublished: dict[str, _Group]) -> _Group | None:
    """The group an undated mention of a source with no publication date joins: one whose
    mentions name one of the places its source's undated reports name (``places``, keys of
    ``_place_key``; the main group first, else the one of most sources); else, naming no place,
    the main group; else the group such mentions made at its place before. None: a group of
    its own."""
    if places:
        near = [g for g in groups if any(_place_key(x.place) in places for _, x in g.items)]
        if near:
            return main if main in near else max(near, key=_sources)
    if not m.place:
        return main  # (an airspace entered, a country struck: nothing to tell its event from the main one by)
    return unpublished.get(_place_key(m.place))


def _elsewhere(m: IncidentMention, g: _Group) -> bool:
    """True when an undated mention names a place and ``g``'s mentions name places, none of
    them its own (nor one within the other: "Kidal", "Kidal region"): a killing in one city is
    not the abduction another source dates nowhere in another city."""
    if not m.place:
        return False
    key = _place_key(m.place)
    theirs = {_place_key(x.place) for _, x in g.items if x.place}
    return bool(theirs) and not any(k == key or k.startswith(key + " ") or key.startswith(k + " ")
                                    or _skeleton(k.split()[0]) == _skeleton(key.split()[0]) for k in theirs if k and key)


def _skeleton(word: str) -> str:
    """A name's consonants but the glides, for transliterations of one name ("Suwayda",
    "Sweida"; "Daraa", "Deraa")."""
    return re.sub(r"[aeiouyhw'’ -]", "", word) or word


def _sources(g: _Group) -> int:
    return len({sid for sid, _ in g.items})


def _cluster(ms: list[tuple[str, IncidentMention]], published: dict[str, str]) -> tuple[list[_Group], _Group | None]:
    """The groups of one type and country, and the main one (most sources). Precise dates
    (a day, a night, two days) make the groups; a vague range ("last week") joins the group
    of most sources whose days it covers, and never stretches its date."""
    from datetime import timedelta

    dated = sorted((x for x in ms if _d(x[1].date)), key=lambda x: _span(x[1]))
    vague = [x for x in dated if x[1].date_end and (lambda a, b: (b - a).days > PRECISE_DAYS)(*_span(x[1]))]
    groups: list[_Group] = []
    for sid, m in (x for x in dated if not vague or x not in vague):
        a, b = _span(m)
        g = groups[-1] if groups else None
        if g is not None and (a - g.last).days <= JOIN_DAYS and (max(b, g.last) - g.first).days <= PRECISE_DAYS \
                and not _another_place(sid, m, g) and not (m.renewed and a > g.last):
            # ("fighting resumed on Wednesday": a new round, not Monday's clash)
            # (an event's reports span at most ``PRECISE_DAYS``: reports of one day after another
            # would otherwise chain a week of killings into one incident)
            g.add(sid, m)
        else:
            g = _Group()
            g.add(sid, m)
            groups.append(g)
    vague_groups: list[_Group] = []
    for sid, m in vague:
        a, b = _span(m)
        near = [g for g in groups if g.first <= b + timedelta(days=JOIN_DAYS) and g.last >= a - timedelta(days=JOIN_DAYS)]
        g = max(near, key=_sources, default=None)
        if g is None and vague_groups and (a - vague_groups[-1].last).days <= JOIN_DAYS:
            g = vague_groups[-1]
        if g is None:
            g = _Group()
            vague_groups.append(g)
        g.add(sid, m)
    groups += vague_groups
    main = max(groups, key=lambda g: len({sid for sid, _ in g.items})) if groups else None
    around: dict[date, list[_Group]] = {}  # undated reports of sources published near one another
    unpublished: dict[str, _Group] = {}  # place key -> the group undated reports of unpublished sources made there
    first_group: dict[str, _Group] = {}  # source id -> the first group (in list order) that holds one of its mentions
    at: dict[str, list[tuple[int, _Group]]] = {}  # source id -> (start, group) of its dated mentions
    for g in groups:
        for s, x in g.items:
            first_group.setdefault(s, g)
            at.setdefault(s, []).append((x.start, g))
    undated = [x for x in ms if not _d(x[1].date)]
    # (the reports of sources with a publication date first: those of the others join by place,
    # a source's report that names its place before those that name none, which follow it)
    # (and, of those, a report of a day of an unknown year before the others: it says which event)
    undated.sort(key=lambda x: (not (pub := _d(published.get(x[0], "")[:10])), not pub and not is_yearless(x[1].date), not pub and not x[1].place))
    yearless_groups: list[_Group] = []  # groups made by reports of a day of an unknown year
    places: dict[str, set[str]] = {}  # source id -> the places its undated reports name
    for sid, m in undated:
        if m.place:
            places.setdefault(sid, set()).add(_place_key(m.place))
    for sid, m in undated:
        # the event its source dated last before it in the text ("... on Monday. The attack killed
        # five"), not an earlier one the article recalls further down or up
        own = max((x for x in at.get(sid, ()) if x[0] <= m.start), key=lambda x: x[0], default=(0, None))[1]
        pub = _d(published.get(sid, "")[:10])
        recalled = None
        if own is None:
            own = first_group.get(sid)
            if own is not None and own.last is not None and pub is not None and own.last < pub - timedelta(days=RECENT_DAYS) \
                    and any(_recent(g, pub) and not _elsewhere(m, g) for g in groups):
                # an undated lead before the event its article recalls (a week before it was
                # published): the event of the days before its publication that another source dates
                own = None
            elif own is not None and own.first is not None and pub is not None and own.first < pub - timedelta(days=UNDATED_DAYS):
                # an undated lead before the only event its article dates, weeks before it was
                # published, or in a range that began then ("28 soldiers were killed ... Last month,
                # gunmen killed three"): the news of the days before its publication, not the event it recalls
                recalled, own = own, None
        if m.another and (m.place and any(s == sid and x.place != m.place for g in groups for s, x in g.items)
                          or _another_unplaced(sid, m, [x for g in groups for x in g.items]) or _told_before(sid, m, ms)):
            # "Another drone strike destroyed a depot in Stary Oskol": not the event its source reported
            # before; "the four other attacks" told again, naming no place: the other event told before
            g = None if m.place else next((h for h in groups if any(s == sid and x.another and not x.place for s, x in h.items)), None)
            if g is not None:
                g.add(sid, m)
                continue
            g = _Group()
            g.add(sid, m)
            groups.append(g)
            first_group.setdefault(sid, g)
            continue
        if own is not None and pub is None and _other_day(sid, m, own):
            # "... attacked a checkpoint late on Tuesday. ... On Friday, five officers were killed in
            # clashes": its source's event of that day of the week, else an event of its own
            own = next((g for g in groups if g is not own and not _other_day(sid, m, g) and any(s == sid and _weekdays(x) for s, x in g.items)), None)
            if own is None:
                own = _Group()
                groups.append(own)
        if own is not None:  # the event its own source dates elsewhere
            own.add(sid, m)
            continue
        if is_yearless(m.date) and (same_day := _same_day(m, groups, main, yearless_groups)) is not None:
            home = same_day  # "on Oct. 21" (of a year not known): the event of that day, of the year another source gives
        elif is_yearless(m.date):
            home = _Group()
            groups.append(home)
            yearless_groups.append(home)
            main = main or home
        elif pub is None:  # an undated report of an unpublished source: the event told at its place
            # (the same city or region), not any event of its type and country, months apart maybe
            home = _at_place(m, places.get(sid, set()), groups, main, unpublished)
        else:  # the event a source published on ``pub`` reports took place shortly before
            near = [g for g in groups if g.first is not None and g.last >= pub - timedelta(days=UNDATED_DAYS) and g.first <= pub + timedelta(days=1)
                    and not _elsewhere(m, g) and g is not recalled]
            # (of those, one of the days just before its publication when there is one: a report
            # published on the 21st that gives no date tells the killing of the 20th, not the 14th's)
            near = [g for g in near if _recent(g, pub)] or near
            home = main if main in near else max(near, key=lambda g: len({s for s, _ in g.items}), default=None)
            if home is None:
                home = next((g for p, gs in around.items() if abs((p - pub).days) <= UNDATED_DAYS for g in gs if not _elsewhere(m, g)), None)
            if home is None and main is not None and main.first is None and not any(main in gs for gs in around.values()) and not _elsewhere(m, main):
                home = main  # (an undated event of unpublished sources; not one published years apart)
        if home is None:
            home = _Group()
            groups.append(home)
            if pub is not None:
                around.setdefault(pub, []).append(home)
            else:
                unpublished[_place_key(m.place)] = home
            main = main or home
        home.add(sid, m)
        first_group.setdefault(sid, home)
    return groups, main


def _recent(g: _Group, pub: date) -> bool:
    """True when ``g``'s days reach the ``RECENT_DAYS`` before ``pub`` (or the day after it)."""
    from datetime import timedelta

    return g.first is not None and g.last >= pub - timedelta(days=RECENT_DAYS) and g.first <= pub + timedelta(days=1)


def _same_day(m: IncidentMention, groups: list[_Group], main: _Group | None, yearless_groups: list[_Group]) -> _Group | None:
    """The group a report of a day of an unknown year ("--10-21") joins: one whose dated
    reports cover that month and day (within ``JOIN_DAYS``) in their year, the main group
    first, else the one of most sources; else a group of such reports of the same day (within
    ``JOIN_DAYS``) not told elsewhere; None when there is none."""
    near = [g for g in groups if g.first is not None and near_day(m.date, g.first, g.last, JOIN_DAYS) and not _elsewhere(m, g)]
    if near:
        return main if main in near else max(near, key=_sources)
    return next((g for g in yearless_groups if any(is_yearless(x.date) and _yearless_apart(x, m) <= JOIN_DAYS for _, x in g.items)
                 and not _elsewhere(m, g)), None)


def _yearless_apart(a: IncidentMention, b: IncidentMention) -> int:
    """Days between two year-unknown days (of one year: 31 Dec and 1 Jan are far apart)."""
    from .yearless import in_year

    da, db = in_year(a.date), in_year(b.date)
    return abs((da - db).days) if da and db else 10_000


def _yearless_span(items) -> tuple[str, str]:
    """(first, last) year-unknown days the mentions give ("--05-14", "--05-15"), ("", "")
    when none gives one; ``last`` "" for one day."""
    days = sorted(d for _, m in items for d in (m.date, m.date_end) if is_yearless(d))
    if not days:
        return "", ""
    return days[0], days[-1] if days[-1] != days[0] else ""


def _top(values) -> list[str]:
    """The non-empty values, most frequent first (ties: first seen first)."""
    counts: dict[str, int] = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    return sorted(counts, key=counts.__getitem__, reverse=True)


@lru_cache(maxsize=65536)
def _slug(text: str) -> str:
    return slug(text)


def _incident(country: str, type_id: str, g: _Group, is_main: bool, titles: dict, means_titles: dict, adjective,
              published: dict[str, str]) -> Incident:
    items = g.items
    means = next(iter(_top(m.action for _, m in items)), "")
    # spellings of one place ("Sweida", "Suwayda") are one place, written as most sources write it
    spelled = one_spelling(_top(m.place for _, m in items))
    place = next(iter(_top(spelled.get(m.place, m.place) for _, m in items)), "")
    evidence: dict[str, list[list[int]]] = {}
    dates: dict[str, str] = {}
    places: dict[str, str] = {}
    for sid, m in items:
        spans = evidence.setdefault(sid, [])
        if [m.start, m.end] not in spans:
            spans.append([m.start, m.end])
        if m.place and sid not in places:
            places[sid] = spelled.get(m.place, m.place)
        if m.date and sid not in dates:
            dates[sid] = f"{m.date}/{m.date_end}" if m.date_end else m.date
    when = g.first.isoformat() if g.first else ""
    end = g.last.isoformat() if g.last and g.first and g.last > g.first else ""
    reported = False
    if not when:  # a day of a year no source gives ("on Oct. 21"): shown as such
        when, end = _yearless_span(items)
    if not when:  # no source says when: the day the first of them was published, if known
        # (a dateline's day of an unknown year, "BEIRUT, June 12 -", when none was published)
        days = [p[:10] for sid in evidence if (p := published.get(sid))]
        day = min((d for d in days if _d(d) is not None), default="") or min((d for d in days if is_yearless(d)), default="")
        when, reported = (day, True) if day else ("", False)
    disagree = False
    if len(set(dates.values())) > 1:  # some source's days share none with another's
        spans = [(a, b) for v in set(dates.values()) if (a := _d(v.split("/")[0])) and (b := _d(v.split("/")[-1]))]
        disagree = any(a[0] > b[1] or b[0] > a[1] for a in spans for b in spans)
    if type_id == "airspace_violation" and means:
        title = f"{means_titles.get(means, means.title())} in {adjective(country)} airspace"
    else:
        title = f"{titles.get(type_id, type_id.replace('_', ' ').capitalize())} in {place + ', ' if place else ''}{country}"
    base = _slug(f"{country}-{type_id}")  # ISO dates need no slugging
    undated = _slug(f"{country}-{type_id}-undated-{means or place or 'other'}")
    iid = base if is_main else f"{base}-{when.replace('--', 'xxxx-', 1)}" if when else undated
    # its id before a publication date dated it (the day reported, or the dates its text gives
    # once resolved), so that an id given out while its sources were undated still finds it
    aliases = [undated] if when and not is_main else []
    if type_id == "airspace_violation" and means in LEGACY_KINDS:
        old = _slug(f"{country}-{means}")
        aliases.append(old if is_main else f"{old}-{when or 'undated'}")
    # sources that give no day for the event and have no publication date, in an event other
    # sources date: joined by type and place alone, so said (``Incident.undated``)
    undated_sources = [sid for sid in evidence if g.first is not None and sid not in dates
                       and _d(published.get(sid, "")[:10]) is None]
    return Incident(id=iid, title=title, country=country, kind=type_id, date=when, evidence=evidence, date_end=end, place=place,
                    means=means, actors=_top(m.actor for _, m in items), targets=_top(m.target for _, m in items), dates=dates,
                    dates_disagree=disagree, aliases=aliases, date_reported=reported, undated=undated_sources, places=places)


def _one_country_at_sea(mentions_by_source: dict[str, list[IncidentMention]], weak_types) -> dict[str, list[IncidentMention]]:
    """The mentions, those of an event at a named feature at sea that no country owns by name
    (a shoal, reef, atoll; places.is_sea_feature) given the country most sources give for that
    type and feature: each source places such an event by the side it names (the claimant, the
    coast guard that acted), so their countries differ for one event. Dates still keep
    distinct events there apart (``_cluster``)."""
    from .places import is_sea_feature

    counts: dict[tuple[str, str], dict[str, set[str]]] = {}
    for sid, ms in mentions_by_source.items():
        for m in ms:
            if m.place and m.kind not in weak_types and is_sea_feature(m.place):
                counts.setdefault((m.kind, m.place.lower()), {}).setdefault(m.country, set()).add(sid)
    pick = {k: max(by.items(), key=lambda kv: (len(kv[1]), kv[0]))[0] for k, by in counts.items() if len(by) > 1}
    if not pick:
        return mentions_by_source
    out = {}
    for sid, ms in mentions_by_source.items():
        # the source's other mentions of that type it put in the same country are the same side's
        # report ("The attack caused injuries ..."): they move with it
        moved = {(m.kind, m.country): pick[key] for m in ms if m.place and (key := (m.kind, m.place.lower())) in pick}
        out[sid] = [replace(m, country=moved[(m.kind, m.country)]) if (m.kind, m.country) in moved else m for m in ms]
    return out


def cluster_incidents(mentions_by_source: dict[str, list[IncidentMention]], adjective=lambda c: c, edits=(), dup_groups=None,
                      published: dict[str, str] | None = None, present=None, named=None) -> list[Incident]:
    """``mentions_by_source``: source id -> its event mentions. ``published``: source id -> its
    ISO publication date, where known (an undated report joins an event of the days before).
    ``adjective``: country name -> its adjective, for titles ("Polish airspace"). Mentions of a
    ``joins_only`` type join the country's incident most sources report, or are dropped. ``edits``: the analyst's incident edits in
    the order made. ``dup_groups``: source id -> its near-duplicate group, for counting
    independent sources. ``present``: the ids of the workspace's sources (None: all): an edit
    that names a source no longer present (removed) brings none of its evidence, and an
    incident left with no evidence at all is left out until the source is back
    (``without_sources``). ``named``: (source id, sentence start) -> the countries that sentence
    names, so that an exercise one source places in the acting country joins the one another
    places where it was held (``exercise_sides``). Returns the incidents sorted by date (undated last)."""
    types = load_event_types()  # annotate/events.toml
    weak_types = {t.id for t in types.types if t.joins_only}
    by_key: dict[tuple[str, str], list[tuple[str, IncidentMention]]] = {}
    weak: dict[str, list[tuple[str, IncidentMention]]] = {}
    mentions_by_source = _one_country_at_sea(mentions_by_source, weak_types)
    if named:
        from .exercise_sides import held_where_named

        mentions_by_source = held_where_named(mentions_by_source, named, JOIN_DAYS)
    for sid, ms in mentions_by_source.items():
        for m in ms:
            if m.kind in weak_types:
                weak.setdefault(m.country, []).append((sid, m))
            else:
                by_key.setdefault((m.kind, m.country), []).append((sid, m))
    titles = {t.id: t.title for t in types.types if t.title}
    means_titles = {m.name: m.title for m in types.means if m.title}
    incidents: list[Incident] = []
    mains: dict[str, _Group] = {}  # country -> its incident most sources report, for weak mentions
    clustered = []
    for (type_id, country), ms in by_key.items():
        groups, main = _cluster(ms, published or {})
        clustered.append((type_id, country, groups, main))
        if main is not None and (country not in mains or len({s for s, _ in main.items}) > len({s for s, _ in mains[country].items})):
            mains[country] = main
    for country, ms in weak.items():
        if country in mains:
            mains[country].items.extend(ms)  # evidence only: they carry neither date nor type
    for type_id, country, groups, main in clustered:
        incidents += [_incident(country, type_id, g, g is main, titles, means_titles, adjective, published or {}) for g in groups]
    seen_ids: set[str] = set()
    for inc in incidents:  # two undated events of one type, country and means: each its own id
        iid, n = inc.id, 2
        while inc.id in seen_ids:
            inc.id, n = f"{iid}-{n}", n + 1
        seen_ids.add(inc.id)
    shared: dict[str, int] = {}
    for inc in incidents:
        for a in set(inc.aliases):
            shared[a] = shared.get(a, 0) + 1
    for inc in incidents:  # an earlier id two incidents could have had names neither (nor one that is an id now)
        inc.aliases = [a for a in inc.aliases if shared[a] == 1 and a not in seen_ids]
    _distinct_titles(incidents)
    incidents = apply_edits(incidents, edits, adjective, published or {})
    if present is not None:
        incidents = without_sources(incidents, present)
    dup_groups = dup_groups or {}
    for inc in incidents:
        inc.independent = len({dup_groups.get(sid, sid) for sid in inc.evidence})
    incidents.sort(key=lambda i: (i.date if i.date and not is_yearless(i.date) else "9998" + i.date if i.date else "9999", -len(i.evidence), i.country))
    return incidents


def without_sources(incidents: list[Incident], present) -> list[Incident]:
    """``incidents`` with the evidence, candidates, dates and places of sources not in
    ``present`` (a set of source ids) taken out; an incident left with no evidence and no
    candidate is left out (it comes back with its source)."""
    out = []
    for inc in incidents:
        gone = {sid for sid in (*inc.evidence, *inc.candidates) if sid not in present}
        if gone:
            for d in (inc.evidence, inc.candidates, inc.dates, inc.places):
                for sid in gone:
                    d.pop(sid, None)
            inc.undated = [sid for sid in inc.undated if sid not in gone]
            if not inc.evidence and not inc.candidates:
                continue
        out.append(inc)
    return out


def _distinct_titles(incidents: list[Incident]) -> None:
    """Incidents that would share a title get their place (when they differ by it) and
    their date in it: "Air or drone strike in Pakistan (2025-05-07)" and "... (2025-05-12)";
    a last tie gets a number. Changes the titles in place."""
    by_title: dict[str, list[Incident]] = {}
    for inc in incidents:
        by_title.setdefault(inc.title, []).append(inc)
    taken = set(by_title)
    for title, same in by_title.items():
        if len(same) < 2:
            continue
        for inc in same:
            where = f", {inc.place}" if inc.place and len({i.place for i in same}) > 1 and inc.place not in title else ""
            new = f"{title}{where} ({inc.date or 'undated'}{'/' + inc.date_end if inc.date_end else ''})"
            n = 2
            while new in taken:
                new, n = f"{title}{where} ({inc.date or 'undated'}) #{n}", n + 1
            taken.add(new)
            inc.title = new


def _merge_fields(inc: Incident, into: Incident, inc_set: set[str], into_set: set[str]) -> None:
    """What ``into`` keeps of ``inc``'s date, place and type when ``inc`` is merged into it:
    a value the analyst set on either side wins over the finder's (``into``'s when both
    were set), and ``into_set`` learns it; otherwise the earlier date and the later range end
    are kept, and a place fills an empty one of the same country. Changes ``into`` in place."""
    if "date" in inc_set and "date" not in into_set:
        into.date, into.date_end, into.date_reported = inc.date, inc.date_end, False
        into_set.add("date")
    elif "date" not in into_set and inc.date and not (is_yearless(inc.date) and into.date and not is_yearless(into.date)):
        if into.date and is_yearless(into.date) and not is_yearless(inc.date):  # a year given wins over none
            into.date, into.date_end = "", ""
        first = min(d for d in (inc.date, into.date) if d)
        last = max((d for d in (inc.date_end, into.date_end) if d), default="")
        into.date_reported = inc.date_reported and (into.date_reported or not into.date)  # only when no side's text dates it
        into.date, into.date_end = first, last if last > first else ""
    if "place" in inc_set and "place" not in into_set:
        into.country, into.place = inc.country, inc.place
        into_set.add("place")
    elif "place" not in into_set and not into.place and inc.place and inc.country == into.country:
        into.place = inc.place
    if "type" in inc_set and "type" not in into_set:
        into.kind = inc.kind
        into_set.add("type")


def apply_edits(incidents: list[Incident], edits, adjective=lambda c: c, published: dict[str, str] | None = None) -> list[Incident]:
    """The analyst's changes, in the order made. An edit finds its incident by id, by an
    earlier id (``aliases``), and by the evidence it was made on (``anchor``: ``[[source id,
    start, end], ...]``, written by the workspace) when re-clustering gave the incident
    another id or gave its id to another event; an edit whose incident is gone is skipped.
    Ops: confirm, unconfirm, reject (status "rejected": not an incident), unreject (back to
    the status before), rename, note, type (``kind``), date (``date`` and ``date_end``, ""
    for none), place (``country`` and ``place``), merge, split, link, unlink, create.
    A type or place edit makes the title again (``adjective``: country -> "Polish") unless
    the analyst gave one. A confirm edit lists the sources the incident held then (``sources``;
    an edit of earlier versions: those of its ``anchor`` when it holds fewer than ``anchor``'s
    ``n``): a source found later that would join a confirmed incident does not join it
    silently: it is a candidate (``Incident.candidates``), counted nowhere, until the analyst
    links it (or merges an incident holding it into this one). A split dates each part by the dates its own sources give (``dates``),
    else by the day the first of them was published (``published``: source id -> ISO date), else
    leaves it undated."""
    by_id = {i.id: i for i in incidents}
    alias = {a: i.id for i in incidents for a in i.aliases if a not in by_id}
    bases = {i.id: _slug(f"{i.country}-{i.kind}") for i in incidents}  # what a generated id starts with
    titled: set[str] = set()  # incidents whose title the analyst gave
    set_by_analyst: dict[str, set[str]] = {}  # incident id -> fields the analyst set (date, place, type)
    before_reject: dict[str, str] = {}
    accepted: dict[str, set[str]] = {}  # confirmed incident id -> the sources the analyst accepted in it
    as_confirmed: dict[str, tuple] = {}  # confirmed incident id -> (place, title) when confirmed, where recorded
    merged_away: set[str] = set()  # ids of incidents an analyst's merge took into another
    for e in edits:
        op = e.get("op")
        if op == "merge" and "seen" in e and e.get("incident_id", "") in merged_away:
            # merged elsewhere meanwhile by another analyst's edit the merging one had not seen:
            # the first stays in force, this one is not chained onto its target (a conflict:
            # ``merge.concurrent_edits``)
            continue
        if op == "create":
            _create(by_id, e)
            if e.get("own_title", True):
                titled.add(e.get("incident_id", ""))
            continue
        inc = _find(by_id, alias, e.get("incident_id", ""), e.get("anchor"))
        if inc is None:
            continue
        iid = inc.id
        if op == "confirm":
            inc.status = "confirmed"
            held = _confirmed_sources(e, inc)
            if held is not None:
                accepted[iid] = held
                as_confirmed[iid] = (e.get("place"), e.get("title"), e.get("date"), e.get("date_end", ""))
            else:
                accepted.pop(iid, None)
        elif op == "unconfirm":
            if inc.status == "confirmed":
                inc.status = "suggested"
            accepted.pop(iid, None)
        elif op == "reject":
            if inc.status != "rejected":
                before_reject[iid] = inc.status
                inc.status = "rejected"
        elif op == "unreject":
            if inc.status == "rejected":
                inc.status = before_reject.pop(iid, "suggested")
        elif op == "rename":
            inc.title = e.get("title", inc.title)
            titled.add(iid)
        elif op == "note":
            inc.note = e.get("note", "")
        elif op == "date":
            inc.date, inc.date_end = e.get("date", inc.date), e.get("date_end", "")
            inc.date_reported = False  # the analyst's date, not the publication day
            set_by_analyst.setdefault(iid, set()).add("date")
        elif op == "type":
            inc.kind = e.get("kind", inc.kind)
            set_by_analyst.setdefault(iid, set()).add("type")
            if iid not in titled:
                inc.title = incident_title(inc, adjective)
        elif op == "place":
            inc.country, inc.place = e.get("country", inc.country), e.get("place", "")
            if inc.country == "?":  # a place in no one country, as earlier versions stored it
                inc.country = ""
            set_by_analyst.setdefault(iid, set()).add("place")
            if iid not in titled:
                inc.title = incident_title(inc, adjective)
        elif op == "merge":
            into = _find(by_id, alias, e.get("into", ""), e.get("into_anchor"))
            if into is None or into is inc:
                continue
            for sid, spans in inc.evidence.items():
                dst = into.evidence.setdefault(sid, [])
                dst.extend(s for s in spans if s not in dst)
            into.dates = {**inc.dates, **into.dates}
            into.places = {**inc.places, **into.places}
            _merge_fields(inc, into, set_by_analyst.get(iid, set()), set_by_analyst.setdefault(into.id, set()))
            if into.id not in titled:
                into.title = incident_title(into, adjective) if set_by_analyst[into.id] & {"type", "place"} else into.title
            if into.id in accepted:  # the analyst joined these sources to it
                accepted[into.id] |= set(inc.evidence)
            accepted.pop(iid, None)
            del by_id[iid]
            merged_away.update((iid, e.get("incident_id", "")))
        elif op == "split":
            moved = [s for s in e.get("source_ids", []) if s in inc.evidence]
            new_id = e.get("new_id") or f"{iid}-split"
            if not moved or len(moved) == len(inc.evidence) or new_id in by_id:
                continue
            new = replace(inc, id=new_id, title=e.get("title") or f"{inc.title} (split)", evidence={s: inc.evidence.pop(s) for s in moved}, status="suggested", note="",
                          dates={s: inc.dates.pop(s) for s in moved if s in inc.dates}, aliases=[],
                          places={s: inc.places.pop(s) for s in moved if s in inc.places})
            by_id[new_id] = new
            if iid in accepted:  # the analyst took these sources out of it
                accepted[iid] -= set(moved)
            # each part is dated by its own sources' dates (not the other part's), unless the
            # analyst set the date of the incident before the split
            if "date" not in set_by_analyst.get(iid, set()):
                _redate(inc, published)
            _redate(new, published)
            if e.get("title"):
                titled.add(new_id)
        elif op == "link":
            sid = e.get("source_id", "")
            if sid:
                inc.evidence.setdefault(sid, [])
                for gone in _take_mentions(inc, sid, list(by_id.values())):
                    del by_id[gone]
                if iid in accepted:
                    accepted[iid].add(sid)
        elif op == "unlink":
            inc.evidence.pop(e.get("source_id", ""), None)
            accepted.get(iid, set()).discard(e.get("source_id", ""))
    for iid, held in accepted.items():
        inc = by_id.get(iid)
        if inc is None or inc.status != "confirmed":
            continue
        for gone in _keep_held(inc, held, list(by_id.values())):
            del by_id[gone]
        new_ones = [sid for sid in inc.evidence if sid not in held]
        dated = False
        for sid in new_ones:
            inc.candidates[sid] = inc.evidence.pop(sid)
            dated |= inc.dates.pop(sid, None) is not None
        if dated and "date" not in set_by_analyst.get(iid, set()):
            _redate(inc, published)  # (a candidate's days do not stretch the confirmed event's)
        _hold_confirmed(inc, as_confirmed.get(iid), set_by_analyst.get(iid, set()), iid in titled, adjective)
    for inc in by_id.values():
        if "date" in set_by_analyst.get(inc.id, set()):
            inc.dates_disagree = _outside(inc)  # the analyst's days settle the differences they cover (nu17: ≠ stayed)
        elif inc.status == "confirmed":
            inc.dates_disagree = inc.dates_disagree or _outside(inc)
    _shown_ids(by_id, bases, set_by_analyst)
    for iid in titled:
        if iid in by_id:
            by_id[iid].own_title = True
    return list(by_id.values())


def _outside(inc: Incident) -> bool:
    """True when a source of ``inc`` gives days (``dates``) none of which is in the days the
    incident holds (the analyst's or the confirmed ones): a source linked to it that dates the
    event otherwise is shown as disagreeing."""
    held = (_d(inc.date), _d(inc.date_end or inc.date))
    if None in held:
        return False
    spans = [(_d(v.split("/")[0]), _d(v.split("/")[-1])) for s, v in inc.dates.items() if s in inc.evidence]
    return any(a is not None and (a > held[1] or (b or a) < held[0]) for a, b in spans)


# A linked source's report in a suggested incident dated at most this many days from the
# incident it is linked to is its report of that event (another day it gives, a disagreement);
# one further apart is another event it recalls ("a similar attack in March").
LINK_DAYS = 31


def _take_mentions(inc: Incident, sid: str, others) -> list[str]:
    """The analyst linked source ``sid`` to ``inc``: its evidence (and the date and place it
    gives) leaves the suggested incidents that held it (not confirmed, not made by the analyst:
    ids ``manual-N``) into ``inc``, so its report is counted in one incident only; an incident
    left without evidence goes: returns the ids of those. Kept where they are: its reports
    dated more than ``LINK_DAYS`` from ``inc`` (another event it recalls). Changes them in place."""
    held = (_d(inc.date), _d(inc.date_end or inc.date))
    emptied = []
    for other in others:
        if other is inc or other.status != "suggested" or other.id.startswith("manual-") or sid not in other.evidence:
            continue
        day = other.dates.get(sid, "")
        a, b = _d(day.split("/")[0]), _d(day.split("/")[-1])
        if None not in held and a is not None and ((a - held[1]).days > LINK_DAYS or (held[0] - (b or a)).days > LINK_DAYS):
            continue
        if _move_reports(sid, other, inc):
            emptied.append(other.id)
    return emptied


def _move_reports(sid: str, other: Incident, inc: Incident) -> bool:
    """Source ``sid``'s evidence leaves ``other`` for ``inc``, with the date and place it gives
    there (``inc`` keeps its own where it has them). True when ``other`` is left with no
    evidence and no candidates (it goes). Changes both in place."""
    dst = inc.evidence.setdefault(sid, [])
    dst.extend(x for x in other.evidence.pop(sid) if x not in dst)
    if other.dates.get(sid) and sid not in inc.dates:
        inc.dates[sid] = other.dates[sid]
    if sid in other.places and sid not in inc.places:
        inc.places[sid] = other.places[sid]
    other.dates.pop(sid, None)
    other.places.pop(sid, None)
    other.undated = [s for s in other.undated if s != sid]
    return not other.evidence and not other.candidates


def _keep_held(inc: Incident, held: set[str], others) -> list[str]:
    """A confirmed incident keeps the sources the analyst confirmed or linked in it (``held``):
    one that re-clustering took out of it (its publication date was set or changed, so its
    reports are dated otherwise) comes back with its reports of the incident's type and country
    from the suggested incidents that took them (not confirmed, not the analyst's ``manual-N``);
    with none, it stays without a sentence, as a linked source does. The days it now gives are
    shown as disagreeing (``dates_disagree``), never moving the confirmed date. Returns the ids
    of the incidents left without evidence (they go); changes them in place."""
    emptied = []
    for sid in sorted(held):
        if sid in inc.evidence:
            continue
        dst = inc.evidence.setdefault(sid, [])
        for other in others:
            if (other is inc or other.status != "suggested" or other.id.startswith("manual-") or sid not in other.evidence
                    or (other.kind, other.country) != (inc.kind, inc.country)):
                continue
            if _move_reports(sid, other, inc):
                emptied.append(other.id)
    return emptied


def _hold_confirmed(inc: Incident, confirmed: tuple | None, set_by_analyst: set[str], titled: bool, adjective=lambda c: c) -> None:
    """A confirmed incident keeps the place and date it had when the analyst confirmed it
    (``confirmed``: (place, title, date, date_end) of the confirm edit; None, or None values for
    edits of earlier versions that did not record them): a source proposed to it, or linked to
    it afterwards, that names another place or gives other days does not move them; the sources'
    disagreement is shown instead (``places_disagree``, ``dates_disagree``). A place or date the
    analyst set (``set_by_analyst``) is theirs already; a title they gave (``titled``) is kept, and
    one of a type they set is made again of that type and the held place (not the title of the type
    it had when confirmed)."""
    if confirmed is None:
        return
    place, title, date, date_end = (*confirmed, None, None)[:4]
    if isinstance(place, str) and "place" not in set_by_analyst and place != inc.place:
        inc.place = place
        if not titled and "type" in set_by_analyst:
            inc.title = incident_title(inc, adjective)
        elif isinstance(title, str) and title and not titled:
            inc.title = title
    if isinstance(date, str) and date and "date" not in set_by_analyst and (date, date_end or "") != (inc.date, inc.date_end):
        inc.date, inc.date_end, inc.date_reported = date, date_end or "", False
        held = (_d(date), _d(date_end or date))
        spans = [(_d(v.split("/")[0]), _d(v.split("/")[-1])) for s, v in inc.dates.items() if s in inc.evidence]
        inc.dates_disagree = inc.dates_disagree or (None not in held and any(
            a is not None and (a > held[1] or (b or a) < held[0]) for a, b in spans))


def _confirmed_sources(e: dict, inc: Incident) -> set[str] | None:
    """The source ids a confirm edit says its incident ``inc`` held when confirmed: its
    ``sources``; for an edit without them (earlier versions), its anchor's when the anchor holds
    all of them (fewer than ``anchor``'s limit), and those linked to ``inc`` with no sentence;
    None when not known (then no source is held back)."""
    held = e.get("sources")
    if isinstance(held, list):
        return {s for s in held if isinstance(s, str)}
    spans = [x for x in e.get("anchor") or () if isinstance(x, (list, tuple)) and len(x) == 3]
    if spans and len(e.get("anchor") or ()) < ANCHOR_SOURCES:
        return {x[0] for x in spans} | {sid for sid, got in inc.evidence.items() if not got}
    return None


def _redate(inc: Incident, published: dict[str, str] | None) -> None:
    """Date ``inc`` from its own sources' ``dates`` ("day" or "start/end"): the earliest day,
    the latest end when later, whether they disagree; with none, the day the first of its
    sources was published (``date_reported``), else undated."""
    spans = [(_d(v.split("/")[0]), _d(v.split("/")[-1])) for s, v in inc.dates.items() if s in inc.evidence]
    spans = [(a, max(a, b or a)) for a, b in spans if a is not None]
    if spans:
        first, last = min(a for a, _ in spans), max(b for _, b in spans)
        inc.date, inc.date_end, inc.date_reported = first.isoformat(), last.isoformat() if last > first else "", False
        inc.dates_disagree = any(a[0] > b[1] or b[0] > a[1] for a in spans for b in spans)
        return
    day = min((p[:10] for sid in inc.evidence if (p := (published or {}).get(sid))), default="")
    inc.date, inc.date_end, inc.dates_disagree = (day if _d(day) is not None else ""), "", False
    inc.date_reported = bool(inc.date)


ANCHOR_SOURCES = 8  # at most, the sources an edit's anchor names


def anchor(inc: Incident, n: int = ANCHOR_SOURCES) -> list[list]:
    """The evidence an edit of ``inc`` is anchored to: ``[source id, start, end]`` of the first
    sentence of each of its first ``n`` sources (``apply_edits`` finds the incident by it when
    its id changed)."""
    return [[sid, *spans[0]] for sid, spans in list(inc.evidence.items())[:n] if spans]


def _shown_ids(by_id: dict[str, Incident], bases: dict[str, str], set_by_analyst: dict[str, set[str]]) -> None:
    """An incident whose type or place the analyst set is shown under an id that names the new
    ones (``Incident.shown_id``, also an alias): its generated id ("russia-air-or-drone-strike",
    from ``bases``: id -> the country-type start it was made of) keeps naming the old type,
    and stays what edits, tags and merges name. None when that id is another incident's."""
    taken = {n for i in by_id.values() for n in (i.id, *i.aliases)}
    for iid, inc in by_id.items():
        base = bases.get(iid, "")
        if not base or not iid.startswith(base) or not set_by_analyst.get(iid, set()) & {"type", "place"}:
            continue
        new = _slug(f"{inc.country}-{inc.kind}") + iid[len(base):]
        if new == iid or new in taken:
            continue
        inc.shown_id = new
        inc.aliases.append(new)
        taken.add(new)


def _holds(inc: Incident, spans) -> int:
    """How many of the anchor ``spans`` the evidence of ``inc`` overlaps."""
    n = 0
    for sid, s, e in spans:
        if any(a < e and b > s for a, b in inc.evidence.get(sid, ())):
            n += 1
    return n


def _find(by_id: dict[str, Incident], alias: dict[str, str], iid: str, spans) -> Incident | None:
    """The incident an edit names: by id or earlier id when that incident holds some of the
    edit's anchor (or the edit has none), else the one holding most of the anchor."""
    inc = by_id.get(iid) or by_id.get(alias.get(iid, ""))
    spans = [x for x in spans or () if isinstance(x, (list, tuple)) and len(x) == 3]
    if not spans or (inc is not None and _holds(inc, spans)):
        return inc
    best, most = inc, 0
    for other in by_id.values():
        k = _holds(other, spans)
        if k > most:
            best, most = other, k
    return best


def incident_title(inc: Incident, adjective=lambda c: c) -> str:
    """The title bluf gives an incident of its type, means, place and country ("Drones in
    Polish airspace", "Air or drone strike in Bahawalpur, Pakistan")."""
    types = load_event_types()
    if inc.kind == "airspace_violation" and inc.means and inc.country not in ("", "?"):
        m = next((m for m in types.means if m.name == inc.means), None)
        return f"{m.title if m and m.title else inc.means.title()} in {adjective(inc.country)} airspace"
    et = types.get(inc.kind)
    what = et.title if et and et.title else inc.kind.replace("_", " ").capitalize() or "Incident"
    where = ", ".join(x for x in (inc.place, inc.country) if x and x != "?")
    return f"{what} in {where}" if where else what


def _create(by_id: dict[str, Incident], e: dict) -> None:
    """An incident the analyst made from one sentence: the sentence leaves the incidents
    that held it (an incident left without evidence goes). Dated by the source's publication
    day when the sentence names none (``date_reported``)."""
    iid, sid = e.get("incident_id", ""), e.get("source_id", "")
    span = [e.get("start", 0), e.get("end", 0)]
    if not iid or not sid or iid in by_id:
        return
    for other in list(by_id.values()):
        spans = other.evidence.get(sid)
        if spans and span in spans:
            spans.remove(span)
            if not spans:
                del other.evidence[sid]
                other.dates.pop(sid, None)
            if not other.evidence:
                del by_id[other.id]
    when = e.get("date", "")
    reported = bool(when and e.get("date_reported"))  # the source's publication day: no text dates it
    by_id[iid] = Incident(id=iid, title=e.get("title", ""), country=e.get("country", ""), kind=e.get("kind", ""), date=when,
                          evidence={sid: [span]}, place=e.get("place", ""), dates={sid: when} if when and not reported else {},
                          date_reported=reported)
