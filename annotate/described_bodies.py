"""Organisations news prose introduces by saying what they are, which the name checks alone let pass
(a one-word name the model tags once, a name that is also a town's somewhere):

- an apposition right after the name: "Sawtna, a monitoring group based in Sweden, said"; "X, an alliance
  of armed groups,";
- a body's noun and "called", "named", "dubbed" or "known as" before it: "a militia called Y", "a gang
  known as Z (The Eagles)".

The name becomes an organisation actor; "based in <place>" or "<place>-based" in the description gives
its country (``body_descriptions.based_in_country``: the place's, or the country named), else none
(the document-level back-off may give one later). Left alone: names another actor already has
there, people (a PERSON entity or a person's name), countries and the alias file's actors, and
outlets ("X, a news agency": bluf never makes an outlet an actor)."""

from __future__ import annotations

import re

from .body_descriptions import APPOSITION_START, CALLED_WORDS, based_in_country

_NOUNS = (r"group|gang|cartel|syndicate|militia|movement|party|organi[sz]ation|faction|network|outfit|coalition|alliance"
          r"|association|union|front|charity|monitor|watchdog|force|brigade|wing|affiliate|offshoot|branch|insurgency")
_NAME = r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for|al|el|de|del|la|los|las)){0,5})"
# "X, a monitoring group based in Sweden," / "X, an alliance of armed groups,"
_APPOSED = re.compile(APPOSITION_START + r"(?P<desc>(?:[\w’'-]+\s+){0,5}?(?:" + _NOUNS + r")(?:\s+(?:" + _NOUNS + r"))*)\b(?P<rest>[^,.;:“”\"()]{0,60})")
# "a militia called Y", "a gang known as Z"
_CALLED = re.compile(r"\b(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}?(?:" + _NOUNS + r")(?:\s+|\s*,\s*)" + CALLED_WORDS + r"\s+(?:the\s+)?" + _NAME)
# Words that may follow a description's head noun ("a rights group based in ...", "a militia with ...");
# another lower-case word makes the noun a modifier ("a party member"): no body.
_AFTER_HEAD = frozenset(
    "based of in that which who with led known linked founded allied aligned backed active operating fighting "
    "opposed formed set and or for from on at to by seeking close made".split())
_OUTLET = re.compile(r"\b(?:news|newspaper|broadcaster|channel|television|TV|radio|website|outlet|media|daily|magazine|agency)\b", re.I)
_NAMED_BEFORE = re.compile(_NAME + r"\s*$")


def described_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, description) of the organisations ``text`` introduces by an apposition
    ("Sawtna, a monitoring group based in Sweden") or a body's noun and "called"/"known as" before the
    name ("a militia called Sahel Lions"); outlets excluded."""
    out = []
    for m in _CALLED.finditer(text):
        name = m.group("name")
        if not _OUTLET.search(m.group(0)):
            out.append((m.start("name"), m.start("name") + len(name), name, m.group(0)))
    for m in _APPOSED.finditer(text):
        desc = m.group("desc") + m.group("rest")
        before = _NAMED_BEFORE.search(text, max(0, m.start() - 80), m.start())
        nxt = re.match(r"\s+([a-z][\w’'-]*)", m.group("rest"))
        if before is None or _OUTLET.search(m.group("desc")) or nxt is not None and nxt.group(1) not in _AFTER_HEAD \
                and not nxt.group(1).endswith(("ed", "ing")):
            continue
        start = before.start("name")
        name = text[start : m.start()]
        if (the := re.match(r"The\s+(?=[A-Z][\w’'-]*\s+\S)", name)) is not None and (start == 0 or text[start - 1] in " \n\t(“\"‘"):
            start, name = start + the.end(), name[the.end() :]  # "The Sahel Monitor for Peace, a ... group,": the name after its article
        if start > 0 and text[start - 1] not in " \n\t(“\"‘" or re.match(r"(?:The|A|An|But|And|In|On|At)\s", name):
            continue  # inside a longer phrase, or a sentence's first word
        out.append((start, m.start(), name, desc))
    return out


def _described_actor(resolver, sid: str, name: str, desc: str) -> None:
    """The actors source ``sid`` already has for ``name``, which the text introduces as a body: an
    organisation of no country takes the place it is based in ("Kurtev, a rights group based in
    Sweden"); a person of that one-word name (the model's PERSON), named in no other source, becomes
    that organisation."""
    from .actors import _own

    index = resolver.index
    rx = re.compile(r"(?<![\w-])" + re.escape(name.strip()) + r"(?![\w-])")
    aids = {index.canonical_id(v) for (s2, s, e), v in index.by_span.items()
            if s2 == sid and rx.fullmatch(resolver.srcs[sid].text[s:e].strip())}
    for aid in aids:
        a = index.actors.get(aid)
        if a is None:
            continue
        if a.kind == "organization" and not a.affiliation and resolver.gaz.entry(a.name) is None:
            if (country := based_in_country(desc, resolver.gaz)):
                _own(index, aid).affiliation = country
        elif a.kind == "person" and " " not in name.strip() and a.name == name.strip() and not a.affiliation \
                and all(k[0] == sid for k, v in index.by_span.items() if index.canonical_id(v) == aid):
            body = _own(index, aid)
            body.kind, body.affiliation = "organization", based_in_country(desc, resolver.gaz)


def _only_places(name: str, gaz, place) -> bool:
    """Whether ``name`` is countries or places joined by "and" ("Sri Lanka and India")."""
    parts = [p.strip() for p in re.split(r"\s+and\s+|,", name) if p.strip()]
    return len(parts) > 1 and all(gaz.country(p) or place(p, tuple(gaz.places)) is not None for p in parts)


def add_described_bodies(resolver) -> None:
    """Add the organisations of ``described_names`` to ``resolver``'s index (an ``actors.ActorResolver``
    after its stages, before the document-level back-off): each becomes an organisation actor
    with the mentions of its name in its article that no actor has yet (module docstring)."""
    from .actors import _own
    from .places import place

    index, gaz = resolver.index, resolver.gaz
    for sid, src, an in resolver.analysed_sources():
        text = src.text
        people = [(e.start, e.end) for e in an.entities if e.label == "PERSON"]
        taken = [(s, e) for (s2, s, e) in index.by_span if s2 == sid]
        for start, end, name, desc in described_names(text):
            if gaz.country(name) or gaz.canonical(name) or gaz.is_outlet(name) or _only_places(name, gaz, place):
                continue
            if any(s < end and start < e for s, e in taken) or any(s < end and start < e for s, e in people):
                _described_actor(resolver, sid, name, desc)  # "Kurtev, a rights group": the model's PERSON, or an ORG
                continue
            if not desc.startswith(("a ", "an ", "the ", "A ", "An ", "The ")) and resolver.person_name(name) and len(name.split()) >= 2 \
                    and not re.search(r"\s(?:for|of|and)\s", name):
                continue  # "Ana Ruiz, a member of the party": a person (a body "called" so is none; "X for Human Rights" neither)
            country = based_in_country(desc, gaz)
            aid = resolver.ensure(name, "organization", country)
            a = _own(index, aid)
            if a.kind != "organization":
                continue
            if country and not a.affiliation:
                a.affiliation = country
            resolver.alias(aid, name)
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    index.by_span[(sid, m.start(), m.end())] = aid
                    taken.append((m.start(), m.end()))
