"""Governments an article names without letting them speak or act ("talks with the Malawian
government", "held by the Zambian authorities", "Both the Czech and the Slovak
governments will meet"): a nation word (an NORP or GPE entity that ``Gazetteer.country`` knows)
followed by "government(s)" or "authorities" is a mention of that country's government actor, when no
other actor holds the span. The actor is the alias file's government of that country
(``Country.government_name``)."""

from __future__ import annotations

import re

_AFTER = re.compile(r"(?:[’']s)?\s+(?P<noun>governments?|authorities)\b")


def add_government_mentions(resolver) -> None:
    """Add the government mentions of the module docstring to ``resolver``'s index (an
    ``actors.ActorResolver`` after its stages, before the document-level back-off)."""
    index, gaz = resolver.index, resolver.gaz
    taken: dict[str, list[tuple[int, int]]] = {}
    for sid, s, e in index.by_span:
        taken.setdefault(sid, []).append((s, e))
    for sid, src in resolver.srcs.items():
        an = resolver.analyses.get(sid)
        if an is None:
            continue
        spans = taken.setdefault(sid, [])
        for ent in an.entities:
            if ent.label not in ("NORP", "GPE") or (c := gaz.country(ent.text)) is None:
                continue
            m = _AFTER.match(src.text, ent.end)
            if m is None or any(s < m.end() and ent.start < e for s, e in spans):
                continue
            aid = resolver.ensure(c.government_name, "government")
            if resolver.actors[aid].kind != "government":
                continue
            index.by_span[(sid, ent.start, m.end())] = aid
            spans.append((ent.start, m.end()))
            if m.group("noun") != "governments":
                resolver.alias(aid, src.text[ent.start : m.end()])
