"""The JSON record of one analysed source, as ``bluf analyze --json`` prints it.

Every offset is a character offset into the file's text as read (UTF-8, newlines
normalised as Python's ``open(path, encoding="utf-8").read()`` returns them), so a script
can slice the original file with it. Schema: docs/ANALYZE_JSON.md (version 1).
"""

from __future__ import annotations

from ..derive import Derived
from ..models import Source

SCHEMA_VERSION = 1


def analysis_record(src: Source, d: Derived) -> dict:
    """The ``bluf analyze --json`` record of one source: a dict with ``schema``, the source's name,
    path, id and title, its ``language`` (ISO 639-1, stated or detected), ``analysed`` (False for a
    language the analysis does not read: the lists are then empty) with its one-line ``notice``,
    ``pipeline``, and lists of ``quotes`` (with speaker, actor, verb, rule,
    partial, tone), ``entities``, ``incidents`` and ``suggestions``. Every span is ``{"start",
    "end"}`` in character offsets of the file's text as read (``Source.to_raw``). Values come from
    ``d`` (analysis, actors, incidents, suggestions). Raises ``KeyError`` when ``d`` has no analysis
    of ``src``.
    """
    a = d.analyses[src.id]
    raw, raw_end = src.to_raw, src.to_raw_end

    def span(s: int, e: int) -> dict:
        return {"start": raw(s), "end": raw_end(e)}

    def actor(aid: str | None) -> dict | None:
        x = d.actors.get(aid)
        return None if x is None else {"id": x.id, "name": x.name, "kind": x.kind, "affiliation": x.affiliation or None}

    def quote_suggestion(i: int) -> dict | None:  # what the reader marks on quote i ([label?]) and says why
        s = d.quote_suggestion(src.id, i)
        return None if s is None else {"label": s.label, "reason": s.reason, "score": s.score}

    quotes = []
    for i, q in enumerate(a.quotes):
        sp = q.speaker
        speaker = None
        if sp is not None:
            speaker = {"text": sp.text, **span(sp.start, sp.end), "kind": sp.kind, "refers_to": None}
            if sp.antecedent_start >= 0:
                speaker["refers_to"] = {"text": src.text[sp.antecedent_start : sp.antecedent_end], **span(sp.antecedent_start, sp.antecedent_end)}
        quotes.append({
            "index": i,
            "n": i + 1,
            **span(q.start, q.end),
            "text": q.text,
            "speaker": speaker,
            "actor_id": q.actor_id,
            "actor": actor(q.actor_id),
            "verb": q.verb or None,
            "rule": q.rule or None,
            "partial": q.partial,
            "tone": q.tone,
            "suggestion": quote_suggestion(i),
        })
    entities = [
        {**span(e.start, e.end), "label": e.label, "text": e.text, "actor_id": d.actors.at(src.id, e.start, e.end)}
        for e in a.entities
    ]
    incidents = []
    for inc in d.incidents:
        if src.id not in inc.evidence:
            continue
        incidents.append({
            "id": inc.id, "title": inc.title, "country": inc.country, "kind": inc.kind, "date": inc.date or None,
            "status": inc.status, "evidence": [span(s, e) for s, e in inc.evidence[src.id]],
            "sources": len(inc.evidence),
            "type": inc.kind, "place": inc.place or None, "date_end": inc.date_end or None, "date_here": inc.dates.get(src.id),
            "dates_disagree": inc.dates_disagree, "date_reported": inc.date_reported, "actors": inc.actors, "targets": inc.targets,
        })
    suggestions = [
        {"actor_id": s.actor_id, "actor": actor(s.actor_id), "label": s.label, **span(s.start, s.end),
         "reason": s.reason, "score": s.score, "quote_index": s.quote_index}
        for s in d.suggestions(src.id)
    ]
    from ..language_support import language_notice

    return {
        "schema": SCHEMA_VERSION,
        "source": src.name,
        "path": src.path,
        "id": src.id,
        "title": src.title or None,
        "language": src.language or None,
        "analysed": not language_notice(src.language),
        "notice": language_notice(src.language) or None,
        "pipeline": a.pipeline,
        "quotes": quotes,
        "entities": entities,
        "incidents": incidents,
        "suggestions": suggestions,
        "actors": _actors_named(src.id, a, d, actor),
        "removed": [{**span(r.start, r.end), "kind": r.kind} for r in src.removed],
        "headings": [{**span(h.start, h.end), "level": h.level} for h in src.headings],
        "stray_quote_marks": [raw(o) for o in a.stray_marks],
    }


def _actors_named(sid: str, a, d: Derived, actor) -> list[dict]:
    """Every actor a quote or an entity of the source resolves to, once, in order of first mention:
    ``{"id", "name", "kind", "affiliation"}`` (affiliation None when unknown)."""
    spans = [(q.speaker.start, q.actor_id) for q in a.quotes if q.speaker is not None]
    spans += [(e.start, d.actors.at(sid, e.start, e.end)) for e in a.entities]
    ids = dict.fromkeys(aid for _, aid in sorted((s, aid) for s, aid in spans if aid))
    return [x for aid in ids if (x := actor(aid)) is not None]
