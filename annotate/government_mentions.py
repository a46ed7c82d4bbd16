"""Governments an article names without letting them speak or act ("talks with the Malawian
government", "held by the Zambian authorities", "Both the Czech and the Slovak
governments will meet"): a nation word (an NORP or GPE entity that ``Gazetteer.country`` knows)
followed by "government(s)" or "authorities" is a mention of that country's government actor, when no
other actor holds the span. The actor is the alias file's government of that country
(``Country.government_name``).

A government named by a common noun alone ("the national government", "a military government",
"the current military-led authorities", "Authorities warn") is the government of the country the
story happens in (``add_bare_governments``)."""

from __future__ import annotations

import re

_AFTER = re.compile(r"(?:[’']s)?\s+(?P<noun>governments?|authorities)\b")


def add_government_mentions(resolver) -> None:
    """Add the government mentions of the module docstring to ``resolver``'s index (an
    ``actors.ActorResolver`` after its stages, before the document-level back-off)."""
    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
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


# A government by a common noun alone: "the government", "the central government", "a military
# government", "the current military-led authorities", a sentence's "Authorities"; not a state's, a
# region's or a town's ("the state government", "the local authorities"), nor one of a named country
# ("the government of Chad", "the government in Kabul": those are other rules').
_MODIFIER = r"(?:current|new|national|central|federal|interim|transitional|ruling|incumbent|military|civilian|junta)(?:-led)?"
_BARE = re.compile(rf"(?<![\w-])(?:(?:the|a)\s+(?:{_MODIFIER}\s+){{0,2}}(?P<noun>government|authorities)"
                   rf"|(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s))Authorities)(?![\w-])", re.I)
_OF_PLACE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?[A-Z]")


def bare_governments(text: str) -> list[tuple[int, int]]:
    """The (start, end) in ``text`` of each government named by a common noun alone (``_BARE``),
    none followed by "of"/"in" and a name ("the government of Chad", "the authorities in Kabul")."""
    out = []
    for m in _BARE.finditer(text):
        if _OF_PLACE.match(text, m.end()) is None:
            out.append((m.start(), m.end()))
    return out


def add_bare_governments(resolver) -> None:
    """Add the governments named by a common noun alone (``bare_governments``) to ``resolver``'s index
    (an ``actors.ActorResolver`` after ``add_government_mentions``): each such mention no other actor
    or PERSON/ORG entity holds is a mention of the government (``Country.government_name``) of the
    country the story happens in (``ActorResolver.story_country_of``, else the country of its
    incidents); none when the story has no one country. No alias: "the government" names another
    state in another article."""
    from .inferred_affiliation import incident_country

    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
        found = bare_governments(src.text)
        if not found:
            continue
        country = gaz.country(resolver.story_country_of(sid) or incident_country(an, gaz))
        if country is None:
            continue  # a story of no one country: whose government, unsaid
        spans = taken.setdefault(sid, [])
        ents = [(e.start, e.end) for e in an.entities if e.label in ("ORG", "PERSON")]
        aid = None
        for s, e in found:
            if any(a < e and s < b for a, b in spans) or any(a < e and s < b for a, b in ents):
                continue
            if aid is None:
                aid = resolver.ensure(country.government_name, "government")
                if resolver.actors[aid].kind != "government":
                    break
            index.by_span[(sid, s, e)] = aid
            spans.append((s, e))


# The words between two conjuncts of a list of countries ("Fiji, Australia and Palau").
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")


def conjoined_countries(text: str, entities, gaz, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of the country names (GPE entities ``Gazetteer.country`` knows, "the U.S."
    included) listed together with the one at ``start``–``end`` of ``text`` ("Fiji, Australia, Palau
    and New Zealand have all criticised"), the one itself included; only it when no list."""
    countries = sorted((e.start, e.end) for e in entities if e.label == "GPE" and gaz.country(e.text) is not None)
    at = {s: e for s, e in countries}
    ends = {e: s for s, e in countries}
    out = [(start, end)]
    e = end
    while (m := _JOIN.match(text, e)) is not None and m.end() in at and m.end() > e:
        out.append((m.end(), at[m.end()]))
        e = at[m.end()]
    s = start
    while True:
        prev = next(((ps, pe) for pe, ps in ends.items() if pe < s and (m := _JOIN.match(text, pe)) is not None and m.end() == s), None)
        if prev is None:
            break
        out.insert(0, prev)
        s = prev[0]
    return out


def add_conjoined_governments(resolver) -> None:
    """Countries listed with a country that acts or speaks as a clause's subject ("Fiji, Australia,
    Palau and New Zealand have all criticised the test", "Albania and the U.S. blamed Tehran"): each
    is its government acting too (``Country.government_name``), a mention of that actor when no other
    actor holds its span. The acting country is a frame's agent or a quote's speaker of the analysis
    (a country the model tagged as a GPE) or a list written as one agent, one of whose countries the
    other rules already made a government's mention; a lone country and a body
    named by one ("Fiji's defence ministry") are other rules'."""
    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
        spans = taken.setdefault(sid, [])
        agents = [(f.agent_start, f.agent_end) for f in an.frames if f.agent_start >= 0]
        agents += [(q.speaker.start, q.speaker.end) for q in an.quotes if q.speaker is not None and q.speaker.start >= 0]
        seen: set[tuple[int, int]] = set()
        for a0, a1 in agents:
            inside = [e for e in an.entities if e.label == "GPE" and a0 <= e.start and e.end <= a1 and gaz.country(e.text) is not None]
            if not inside:
                continue
            listed = conjoined_countries(src.text, an.entities, gaz, inside[0].start, inside[0].end)
            if len(listed) < 2 or src.text[a0 : listed[0][0]].strip().lower() not in ("", "the") or a1 > listed[-1][1]:
                continue  # one country, or a body of it ("Fiji's defence ministry"): other rules'
            if not any((a := index.get(aid)) is not None and a.kind == "government"
                       for (s2, x, y), aid in index.by_span.items() if s2 == sid and any(x <= s and e <= y for s, e in listed)):
                continue  # no member the other rules took as acting ("countries like Peru and Brazil, which ...")
            for s, e in listed:
                if (s, e) in seen:
                    continue
                seen.add((s, e))
                c = gaz.country(src.text[s:e])
                if c is None or any(x < e and s < y for x, y in spans if (x, y) != (a0, a1)):
                    continue
                aid = resolver.ensure(c.government_name, "government")
                if resolver.actors[aid].kind != "government":
                    continue
                index.by_span[(sid, s, e)] = aid
                spans.append((s, e))
                resolver.alias(aid, src.text[s:e])
