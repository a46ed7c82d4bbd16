"""A state's legislature named by its own name where the model tagged it as a place or left it no
actor ("Ukraine's Verkhovna Rada voted", "the Riigikogu approved", "told the Diet"): a government
actor of that name (``government_bodies.legislature``), of the country written right before it ("Ukraine's",
"Estonian"), else of none (the document-level back-off gives the story's country).

Left alone: names the alias file knows, spans another actor's mention holds, and international
bodies ("the European Parliament": ``legislature`` says no)."""

from __future__ import annotations

import re

from .government_bodies import legislature

_BEFORE = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)(?:[’']s)?\s+$")


def add_named_legislatures(resolver) -> None:
    """Add the legislatures of the module docstring to ``resolver``'s index (an ``actors.ActorResolver``
    after its stages, before the document-level back-off): each entity (LOC, FAC, GPE, NORP or ORG)
    that names one and no mention holds becomes a mention of that government actor."""
    from .actors import _own

    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
        spans = taken.setdefault(sid, [])
        for e in an.entities:
            if e.label not in ("LOC", "FAC", "GPE", "NORP", "ORG"):
                continue
            name = re.sub(r"^the\s+", "", e.text.strip(), flags=re.I)
            if not name[:1].isupper() or not legislature(name) or gaz.canonical(name) is not None:
                continue
            if any(a < e.end and e.start < b for a, b in spans):
                continue
            nation = _BEFORE.search(src.text[max(0, e.start - 40) : e.start])
            words = re.sub(r"[’']s$", "", nation.group(1)).split() if nation else []
            c = gaz.country(" ".join(words)) or gaz.country(words[-1].strip(".")) if words else None
            aid = resolver.ensure(name, "government", c.name if c else "")
            if resolver.actors[aid].kind != "government":
                continue
            a = _own(index, aid)
            if c is not None and not a.affiliation:
                a.affiliation = c.name
            resolver.alias(aid, e.text)
            index.by_span[(sid, e.start, e.end)] = aid
            spans.append((e.start, e.end))
