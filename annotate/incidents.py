"""Incidents: incident mentions from all sources, clustered into one incident per event.

Mentions of the same country join; within a country, mentions whose dates are known and
more than ``SPLIT_DAYS`` apart are separate incidents. Each incident keeps the sentences
that report it, per source.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from .models import Analysis, Incident, IncidentMention
from .text import slug

SPLIT_DAYS = 4

_KIND_TITLE = {"jets": "Military aircraft", "drones": "Drones", "missiles": "Missiles", "balloons": "Balloons"}
_ACTION_TITLE = {
    "violation": "in {adj} airspace",
    "interception": "intercepted over {country}",
    "shoot-down": "shot down over {country}",
    "crash": "came down in {country}",
}


def _d(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def cluster_incidents(analyses: dict[str, Analysis], adjective=lambda c: c) -> list[Incident]:
    by_country: dict[str, list[tuple[str, IncidentMention]]] = {}
    for sid, a in analyses.items():
        for m in a.incidents:
            by_country.setdefault(m.country, []).append((sid, m))
    incidents: list[Incident] = []
    for country, ms in by_country.items():
        groups: list[list[tuple[str, IncidentMention]]] = []
        dated = sorted((m for m in ms if _d(m[1].date)), key=lambda m: m[1].date)
        undated = [m for m in ms if not _d(m[1].date)]
        for m in dated:
            if groups and (_d(m[1].date) - _d(groups[-1][-1][1].date)).days <= SPLIT_DAYS:
                groups[-1].append(m)
            else:
                groups.append([m])
        if not groups:
            groups = [undated]
        else:
            # Undated mentions join the incident with the most sources (the main event).
            main = max(groups, key=lambda g: len({sid for sid, _ in g}))
            main.extend(undated)
        for g in groups:
            kinds = Counter(m.kind for _, m in g)
            actions = Counter(m.action for _, m in g)
            kind = kinds.most_common(1)[0][0]
            action = actions.most_common(1)[0][0]
            dates = sorted(m.date for _, m in g if m.date)
            when = dates[0] if dates else ""
            evidence: dict[str, list[list[int]]] = {}
            for sid, m in g:
                spans = evidence.setdefault(sid, [])
                if [m.start, m.end] not in spans:
                    spans.append([m.start, m.end])
            title = f"{_KIND_TITLE.get(kind, kind.title())} " + _ACTION_TITLE.get(action, "over {country}").format(
                adj=adjective(country), country=country
            )
            incidents.append(
                Incident(
                    id=slug(f"{country}-{kind}-{when or 'undated'}"),
                    title=title,
                    country=country,
                    kind=kind,
                    date=when,
                    evidence=evidence,
                )
            )
    incidents.sort(key=lambda i: (i.date or "9999", -len(i.evidence), i.country))
    return incidents
