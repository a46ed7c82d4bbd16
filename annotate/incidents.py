"""Incidents: incident mentions from all sources, clustered into one incident per event,
then the analyst's edits (confirm, rename, merge, split, note) applied on top.

Mentions of the same country join; within a country, mentions whose dates are known and
more than ``SPLIT_DAYS`` apart are separate incidents. A mention that names no aircraft
("incidents stack up across Estonia, Denmark and Poland") only joins an incident found
otherwise. Ids are stable across re-analysis: the main incident of a country and kind is
``<country>-<kind>``, so edits keep applying when sources are added.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from .event_types import load_event_types
from .models import Incident, IncidentMention
from .text import slug

SPLIT_DAYS = 4


def _titles(types) -> dict[str, str]:
    """name -> title of the kinds or actions in events.toml that have one."""
    return {t.name: t.title for t in types if t.title}


def _d(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def cluster_incidents(mentions_by_source: dict[str, list[IncidentMention]], adjective=lambda c: c, edits=(), dup_groups=None) -> list[Incident]:
    """``mentions_by_source``: source id -> its incident mentions. ``dup_groups``: source id ->
    its near-duplicate group (``dup_groups``), for counting independent sources."""
    by_country: dict[str, list[tuple[str, IncidentMention]]] = {}
    weak: dict[str, list[tuple[str, IncidentMention]]] = {}
    for sid, ms in mentions_by_source.items():
        for m in ms:
            (weak if m.kind == "unspecified" else by_country).setdefault(m.country, []).append((sid, m))
    incidents: list[Incident] = []
    types = load_event_types()  # annotate/events.toml
    kind_title, action_title = _titles(types.kinds), _titles(types.actions)
    for country, ms in by_country.items():
        groups: list[list[tuple[str, IncidentMention]]] = []
        dated = sorted((m for m in ms if _d(m[1].date)), key=lambda m: m[1].date)
        undated = [m for m in ms if not _d(m[1].date)]
        for m in dated:
            if groups and (_d(m[1].date) - _d(groups[-1][-1][1].date)).days <= SPLIT_DAYS:
                groups[-1].append(m)
            else:
                groups.append([m])
        main = max(groups, key=lambda g: len({sid for sid, _ in g})) if groups else None
        if main is None:
            groups = [undated]
            main = groups[0]
        else:
            main.extend(undated)  # undated mentions join the main event of the country
        main.extend(weak.get(country, []))
        for g in groups:
            kind = Counter(m.kind for _, m in g if m.kind != "unspecified").most_common(1)[0][0]
            action = Counter(m.action for _, m in g if m.kind != "unspecified").most_common(1)[0][0]
            dates = sorted(m.date for _, m in g if m.date)
            when = dates[0] if dates else ""
            evidence: dict[str, list[list[int]]] = {}
            for sid, m in g:
                spans = evidence.setdefault(sid, [])
                if [m.start, m.end] not in spans:
                    spans.append([m.start, m.end])
            title = f"{kind_title.get(kind, kind.title())} " + action_title.get(action, "over {country}").format(
                adj=adjective(country), country=country
            )
            iid = slug(f"{country}-{kind}") if g is main else slug(f"{country}-{kind}-{when or 'undated'}")
            incidents.append(Incident(id=iid, title=title, country=country, kind=kind, date=when, evidence=evidence))
    incidents = apply_edits(incidents, edits)
    dup_groups = dup_groups or {}
    for inc in incidents:
        inc.independent = len({dup_groups.get(sid, sid) for sid in inc.evidence})
    incidents.sort(key=lambda i: (i.date or "9999", -len(i.evidence), i.country))
    return incidents


def apply_edits(incidents: list[Incident], edits) -> list[Incident]:
    """The analyst's changes, in the order made. An edit naming an incident that no longer
    exists is skipped."""
    by_id = {i.id: i for i in incidents}
    for e in edits:
        op, iid = e.get("op"), e.get("incident_id", "")
        inc = by_id.get(iid)
        if inc is None:
            continue
        if op == "confirm":
            inc.status = "confirmed"
        elif op == "unconfirm":
            inc.status = "suggested"
        elif op == "rename":
            inc.title = e.get("title", inc.title)
        elif op == "note":
            inc.note = e.get("note", "")
        elif op == "date":
            inc.date = e.get("date", inc.date)
        elif op == "merge":
            into = by_id.get(e.get("into", ""))
            if into is None or into is inc:
                continue
            for sid, spans in inc.evidence.items():
                dst = into.evidence.setdefault(sid, [])
                dst.extend(s for s in spans if s not in dst)
            if inc.date and (not into.date or inc.date < into.date):
                into.date = inc.date
            del by_id[iid]
        elif op == "split":
            moved = [s for s in e.get("source_ids", []) if s in inc.evidence]
            new_id = e.get("new_id") or f"{iid}-split"
            if not moved or len(moved) == len(inc.evidence) or new_id in by_id:
                continue
            new = replace(inc, id=new_id, title=e.get("title") or f"{inc.title} (split)", evidence={s: inc.evidence.pop(s) for s in moved}, status="suggested", note="")
            by_id[new_id] = new
        elif op == "link":
            sid = e.get("source_id", "")
            if sid:
                inc.evidence.setdefault(sid, [])
        elif op == "unlink":
            inc.evidence.pop(e.get("source_id", ""), None)
    return list(by_id.values())
