"""Speakers an article names by what they are, left without an actor (or a wrong one) by the
resolver's earlier stages: the last pass of ``ActorResolver.resolve_bodies``.

News names a body once and then describes it: "Rasad Watch said ... “…,” the Vienna-based
rights group said"; "an order of the joint command ... the joint command said"; "The Rasad
monitor, a rights group based in Vienna, said". In the article's order, for each
speaker phrase that is no person's:

- ``same name``: a phrase whose name (``norm_name``) is that of an actor the article mentioned
  before is that actor ("the joint command" after "an order of the joint command");
- ``described body``: "the [lower-case words] HEAD" where HEAD is a noun for a kind of body is the
  latest body mentioned before it whose name holds HEAD ("the force" -> "the Eastern Naval
  Force"); for a generic HEAD (``GENERIC_HEADS``: "group", "organisation") the latest
  organisation or group mentioned before it (``REACH`` characters at most);
- ``named group``: "The Tawhid Youth group" (capitalised words the model tagged as an
  organisation, then a generic kind noun) is an organisation by that name;
- ``apposed kind``: a capitalised name that is no person's, set off by an apposition that says
  it is a body ("Rasad, a rights group based in Vienna, said") is an organisation by that name;
- ``holder named after``: "... the director of the Dnipro Energy Company told ..." with no one named
  before and "Chairwoman Olena Marchuk said ..." in the lines after it: Olena Marchuk (the actor the resolver made of
  the description itself is dropped);
- ``local government``: "a town spokesman" after "the town of Vitrolles": the Town of Vitrolles
  (a government of the story's country);
- ``public body``: "the ambulance service", "the civil aviation authority" (a public service's
  head, ``PUBLIC_HEADS``, with what it serves in lower case) and no such body named before: the
  body of the country the story happens in ("Chilean ambulance service"), none when the story
  has no one country;
- a pronoun ("it added") whose antecedent is a phrase this pass resolved takes its actor; one
  whose antecedent introduces a body by its name ("a militia called the Dune Brigade") is that
  body.

And a unit named by its parent's name and a unit noun ("European Union Naval Force": the name
``name_extent`` gives) with no affiliation yet is affiliated with that parent organisation.

An actor the earlier stages made of the description itself ("The Vienna-based rights group")
and that no mention names any more is dropped. Never a person: a person's words are not a body's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .body_descriptions import APPOSITION_START, CALLED_WORDS
from .name_extent import UNIT_NOUNS
from .speaker_bodies import GENERIC_KIND_NOUNS
from .text import norm_name

# How far back (characters) a described body may have been named.
REACH = 1500
# Nouns for a body of any kind: "the rights group" is the latest organisation named before.
GENERIC_HEADS = frozenset("group organisation organization body outfit watchdog monitor charity ngo".split())
# Nouns for a particular kind of body: "the force" is the latest body named "... Force".
UNIT_HEADS = frozenset(
    """
    force forces command mission agency service council commission office authority directorate
    secretariat corps brigade guard fleet staff ministry department militia faction front movement
    network alliance party union army navy police tribunal court committee
    """.split()
)
# A body introduced by its name: "a militia called the Dune Brigade", "an outfit known as Red Dawn".
_CALLED = re.compile(
    r"(?i:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?i:militia|faction|group|brigade|movement|organi[sz]ation|outfit|front|network)\s+"
    + CALLED_WORDS + r"\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})$"
)
# "a town spokesman", "the county official": a local government's voice; "the town of Vitrolles",
# "the County of Kent": that local government by name.
_LOCAL_SPEAKER = re.compile(r"(?i:an?|the)\s+(?P<body>city|town|county|municipal(?:ity)?)\s+(?:spokes(?:person|man|woman)|official|officials)")
_LOCAL_NAMED = re.compile(r"\b(?P<body>[Cc]ity|[Tt]own|[Cc]ounty|[Mm]unicipality)\s+of\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# "The director of the Dnipro Energy Company": a post described, its holder named in the next lines
# with the title of a head ("CEO Ann Reyes said ...").
_HEAD_OF = re.compile(r"(?i:the)\s+(?:head|chief|director|boss|leader)\s+of\s+(?:the\s+)?[A-Z]")
_HEAD_TITLE = re.compile(
    r"\b(?:CEO|Chief\s+Executive(?:\s+Officer)?|(?:Executive\s+|Managing\s+)?Director|General\s+Manager|Chairman|Chairwoman|Chair|Head)"
    r"\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
)
# How far after such a post (characters) its holder may be named.
_HOLDER_REACH = 600
# Heads of a public service's name: "the fire service", "the meteorological agency".
PUBLIC_HEADS = frozenset("service services agency authority directorate department administration".split())
# What no public body serves: "the news agency" is an outlet, "the rights group" no state's.
_NOT_PUBLIC = frozenset("news rights aid relief private".split())
_TOKEN = re.compile(r"[\w’'&.-]+")
# A lower-case modifier or a hyphenated one ("Vienna-based", "Iran-backed"): a description's words.
_MODIFIER = re.compile(r"[a-z][\w’'-]*|[\w.]+-(?:based|backed|run|led|funded|affiliated|linked|aligned)")
# "New York-based", "Iran-backed": where a body is or who backs it, a modifier however capitalised.
_PLACE_BASED = re.compile(r"(?:(?!The\s)[A-Z][\w.’']*\s+){0,2}[\w.’']+-(?:based|backed|run|led|funded|affiliated|linked|aligned)\b")
# An apposition that says what a name is: ", a rights group based in Vienna," / ", an NGO that".
_APPOSED_KIND = re.compile(
    APPOSITION_START + r"(?:[\w’'-]+\s+){0,4}?(?P<head>"
    + "|".join(sorted(GENERIC_HEADS | {"agency", "movement", "network", "militia"}))
    + r")\b",
    re.I,
)


def described_head(text: str) -> str | None:
    """The head noun of a definite description of a body: "the Vienna-based rights group" ->
    "group", "the force" -> "force"; None when ``text`` is no such description (no "the", a
    capitalised name in it, a head that is no body's)."""
    words = _TOKEN.findall(_PLACE_BASED.sub("place-based", text.strip()))
    if len(words) < 2 or words[0].lower() != "the":
        return None
    head = words[-1].lower()
    if head not in GENERIC_HEADS and head not in UNIT_HEADS:
        return None
    if not all(_MODIFIER.fullmatch(w) for w in words[1:-1]) or not words[-1][:1].islower():
        return None
    return head


def _named_group(text: str) -> str | None:
    """"The Tawhid Youth group" -> "Tawhid Youth group": capitalised words then a generic
    kind noun; None otherwise."""
    words = text.strip().split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1] not in GENERIC_KIND_NOUNS:
        return None
    if not all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        return None
    return " ".join(words)


def resolve_described(r) -> None:
    """Give the speaker phrases of resolver ``r`` (an ``ActorResolver`` after its
    ``resolve_bodies`` stage) the actors the rules of this module find (see the module's
    docstring); sets ``r.index.by_span``, never changes a person's mention."""
    index, gaz = r.index, r.gaz
    orphans: set[str] = set()
    spans: dict[str, list[tuple[int, int, str]]] = {}  # source id -> (start, end, actor id) of its mentions
    for (i, s, e), a in index.by_span.items():
        spans.setdefault(i, []).append((s, e, a))
    for sid, ks in r.by_source.items():
        src = r.srcs.get(sid)
        if src is None:
            continue
        ms = sorted((r.mentions[k] for k in ks), key=lambda m: (m.start, m.end))
        redone: dict[tuple[int, int], str] = {}
        own = spans.setdefault(sid, [])

        def put(m, aid: str) -> None:
            index.by_span[(m.source_id, m.start, m.end)] = aid
            own[:] = [x for x in own if (x[0], x[1]) != (m.start, m.end)] + [(m.start, m.end, aid)]
            redone[(m.start, m.end)] = aid

        for m in ms:
            if m.role != "speaker" or m.has_person:
                continue
            key = (sid, m.start, m.end)
            if m.kind == "pronoun":
                aid = redone.get(m.antecedent)
                if aid is None and (called := _CALLED.match(m.text.strip())) is not None and gaz.country(called.group("name")) is None:
                    # "it" for "a militia called the Dune Brigade": the body by its name
                    aid = r.ensure(gaz.canonical(called.group("name")) or called.group("name"), "organization")
                    redone[m.antecedent] = aid
                if aid is not None and index.by_span.get(key) != aid:
                    if (old := index.by_span.get(key)) is not None:
                        orphans.add(old)
                    index.by_span[key] = aid
                    own[:] = [x for x in own if (x[0], x[1]) != (m.start, m.end)] + [(m.start, m.end, aid)]
                continue
            if key in index.by_span:
                if (holder := _holder_named_after(r, m, index.by_span[key], src.text, own)) is not None:
                    orphans.add(index.by_span[key])
                    put(m, holder)
                continue
            before = [(s, index.canonical_id(a)) for s, e, a in own if e <= m.start and m.start - s <= REACH]
            before = sorted((s, a) for s, a in before if a in index.actors and index.actors[a].kind not in ("person", "place", "unnamed"))
            aid = _same_name(m.text, before, index) or _holder_named_after(r, m, None, src.text, own)
            if aid is None and (head := described_head(m.text)) is not None:
                aid = _described_body(head, before, index)
                if head in GENERIC_HEADS:
                    aid = _nearer_named_org(r, ms, m, before, aid) or aid
            if aid is None and m.org_inside and (name := _named_group(m.text)) is not None and gaz.country(name) is None:
                aid = r.ensure(name, "organization")
                r.alias(aid, m.text)
            if aid is None and (name := _apposed_name(m.text, src.text, m.end, gaz)) is not None:
                aid = r.ensure(name, "organization")
            if aid is None and (local := _LOCAL_SPEAKER.fullmatch(m.text.strip())) is not None:
                # "a town spokesman said" after "the town of Vitrolles": that town's government
                named = [x for x in _LOCAL_NAMED.finditer(src.text, max(0, m.start - REACH), m.start)
                         if x.group("body").lower() == local.group("body").lower()]
                if named:
                    place = re.sub(r"[’']s$", "", named[-1].group("place"))
                    aid = r.ensure(f"{local.group('body').capitalize()} of {place}", "government", r.story_country_of(sid))
            if aid is None and (name := _public_body(m.text, r.story_country_of(sid), gaz)) is not None:
                aid = r.ensure(name[0], "organization", name[1])
                r.alias(aid, m.text)
            if aid is not None:
                put(m, aid)
    _unit_parents(index, gaz)
    if orphans:
        used = {index.canonical_id(a) for a in index.by_span.values()}
        for aid in orphans - used:
            a = index.actors.get(aid)
            if a is not None and (described_head(a.name) is not None or _CALLED.match(a.name) or _HEAD_OF.match(a.name)):
                del index.actors[aid]
                for k in [k for k, v in index.aliases.items() if v == aid]:
                    del index.aliases[k]


def _same_name(text: str, before: list[tuple[int, str]], index) -> str | None:
    """The actor mentioned in ``before`` that goes by the name ``text`` gives, else None."""
    key = norm_name(text)
    for _s, aid in reversed(before):
        a = index.actors[aid]
        if any(norm_name(n) == key for n in (a.name, *a.aliases)):
            return aid
    return None


def _described_body(head: str, before: list[tuple[int, str]], index) -> str | None:
    """The latest actor of ``before`` whose name holds ``head`` as a word; for a generic head, else
    the latest organisation or group; None when there is none."""
    word = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])", re.I)
    for _s, aid in reversed(before):
        a = index.actors[aid]
        if any(word.search(n) for n in (a.name, *a.aliases)):
            return aid
    if head in GENERIC_HEADS:
        for _s, aid in reversed(before):
            if index.actors[aid].kind in ("organization", "group"):
                return aid
    return None


def _nearer_named_org(r, ms, m, before: list[tuple[int, str]], aid: str | None) -> str | None:
    """An organisation the model tagged (an ORG entity, no outlet, no country) named after the
    mention of ``aid`` in ``before`` (or at all, when ``aid`` is None) and before ``m``, within
    ``REACH``: the latest such, as an actor ("... the Syrian Monitor for Rights said. “…,” the
    Britain-based war monitor said"); None when there is none."""
    index, gaz = r.index, r.gaz
    since = max((s for s, a in before if a == aid), default=-1) if aid is not None else -1
    named = [x for x in ms if x.kind == "org-entity" and since < x.start and x.end <= m.start and m.start - x.start <= REACH
             and not gaz.is_outlet(x.text.strip()) and gaz.country(x.text.strip()) is None]
    if not named:
        return None
    text = named[-1].text.strip()
    hit = index.aliases.get(norm_name(text))
    if hit is not None and hit in index.actors and index.actors[hit].kind in ("organization", "group", "government"):
        return index.canonical_id(hit)
    if hit is not None:
        return None  # a person or a place the resolver read the entity as
    name = re.sub(r"^the\s+", "", text, flags=re.I)
    return r.ensure(gaz.canonical(name) or name, "organization")


def _apposed_name(text: str, doc: str, end: int, gaz) -> str | None:
    """``text`` when it is one to three capitalised words, no country, place or known name, that
    an apposition right after it (``doc[end:]``) says is a body; else None."""
    words = text.strip().split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    if words[0].lower() in ("the", "a", "an") or gaz.country(text.strip()) is not None or gaz.canonical(text.strip()) is not None:
        return None
    if _APPOSED_KIND.match(doc, end) is None:
        return None
    return text.strip()


def _unit_parents(index, gaz) -> None:
    """An organisation with no affiliation named "<Parent> <capitalised words> <unit noun>"
    ("Eastern League Naval Force") where Parent is the name of another organisation (an actor of
    the index or the alias file's): affiliated with that parent."""
    for aid, a in list(index.actors.items()):
        if a.kind != "organization" or a.affiliation:
            continue
        words = a.name.split()
        if len(words) < 3 or words[-1].lower() not in UNIT_NOUNS:
            continue
        for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
            if not all(w[:1].isupper() for w in words[cut:]):
                break
            prefix = " ".join(words[:cut])
            parent = gaz.canonical(prefix)
            if parent is None and (pid := index.aliases.get(norm_name(prefix))) is not None and pid in index.actors:
                parent = index.actors[pid].name if index.actors[pid].kind == "organization" else None
            elif parent is not None and (e := gaz.entry(parent)) is not None and e.kind not in ("organization", "organisation"):
                parent = None
            if parent is not None and norm_name(parent) != norm_name(a.name):
                index.actors[aid] = replace(a, affiliation=parent)
                break


def _public_body(text: str, country: str, gaz) -> tuple[str, str] | None:
    """(name, country) of the public body "the <lower-case words> <public head>" ``text`` names
    in a story about ``country``: ("Chilean ambulance service", "Chile"); None when ``text`` is
    no such phrase, it says what no public body serves, or ``country`` is unknown."""
    head = described_head(text)
    words = text.strip().split()
    if head not in PUBLIC_HEADS or len(words) < 3 or not country:
        return None
    if any(not w.isalpha() or not w.islower() or w in _NOT_PUBLIC for w in words[1:]):
        return None
    c = gaz.country(country)
    if c is None or not c.adjective:
        return None
    return f"{c.adjective} {' '.join(words[1:])}", c.name


def _holder_named_after(r, m, aid: str | None, text: str, own: list[tuple[int, int, str]]) -> str | None:
    """The person actor of the holder of the post "The head of X" (speaker ``m``, whose actor
    ``aid`` is the description itself, or None) named with a head's title in the ``_HOLDER_REACH``
    characters after it (``own``: (start, end, actor id) of the article's mentions); None otherwise."""
    index = r.index
    a = index.actors.get(index.canonical_id(aid)) if aid is not None else None
    if aid is not None and (a is None or a.kind == "person" or norm_name(a.name) != norm_name(m.text)):
        return None
    if _HEAD_OF.match(m.text.strip()) is None:
        return None
    for hit in _HEAD_TITLE.finditer(text, m.end, min(len(text), m.end + _HOLDER_REACH)):
        s, e = hit.start("name"), hit.end("name")
        people = [x for ps, pe, x in own if ps <= s and e <= pe + 1
                  and (p := index.actors.get(index.canonical_id(x))) is not None and p.kind == "person"]
        if people:
            return index.canonical_id(people[0])
    return None
