"""One exercise reported from both of its sides: a source that places the drills in the acting
country ("Eritrea launched naval exercises on Monday") and one that places them where they were
held, naming the acting country in the same sentence ("The Eritrean navy held exercises around
Djibouti on Monday"), report one event. The first source's mentions of that type are placed
where the second says it was held, so that they join (``incidents.cluster_incidents``); exercises
of other days, and of countries no sentence names as the actor, stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .models import IncidentMention

# Event types of one side's forces acting in or around another's territory, placed by some
# reports in the acting country.
SIDED_TYPES = ("exercise_or_mobilisation",)


def _days(m: IncidentMention) -> tuple[date, date] | None:
    try:
        a = date.fromisoformat(m.date)
    except ValueError:
        return None
    try:
        b = date.fromisoformat(m.date_end) if m.date_end else a
    except ValueError:
        b = a
    return a, max(a, b)


def held_where_named(mentions_by_source: dict[str, list[IncidentMention]],
                     named: dict[tuple[str, int], set[str]], join_days: int = 1) -> dict[str, list[IncidentMention]]:
    """``mentions_by_source`` (source id -> mentions) with a ``SIDED_TYPES`` mention of country X
    moved to country Y when another source's mention of that type, of days within ``join_days``,
    is placed in Y and its sentence names X (``named``: (source id, sentence start) -> the
    countries its sentence names); the source's other mentions of that type in X move with it.
    Mentions without a date are left where they are. A new dict; the input is unchanged."""
    held: list[tuple[str, str, str, tuple[date, date], str]] = []  # (source, type, country held in, days) named with an actor
    for sid, ms in mentions_by_source.items():
        for m in ms:
            if m.kind in SIDED_TYPES and m.country and (days := _days(m)) is not None:
                for actor in named.get((sid, m.start), ()):
                    if actor != m.country:
                        held.append((sid, m.kind, m.country, days, actor))
    if not held:
        return mentions_by_source
    out = {}
    for sid, ms in mentions_by_source.items():
        moved: dict[tuple[str, str], str] = {}
        for m in ms:
            if m.kind not in SIDED_TYPES or (days := _days(m)) is None:
                continue
            for other, kind, where, (a, b), actor in held:
                if other != sid and kind == m.kind and actor == m.country and where != m.country \
                        and (days[0] - b).days <= join_days and (a - days[1]).days <= join_days:
                    moved[(m.kind, m.country)] = where
                    break
        out[sid] = [replace(m, country=moved[(m.kind, m.country)]) if (m.kind, m.country) in moved else m for m in ms] if moved else ms
    return out
