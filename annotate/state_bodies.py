"""A state's bodies that the model did not tag as one organisation, found in the text beside the
place or nationality entity that names whose they are:

- a body in lower case after a country, a region or a nationality, with or without a possessive:
  "the Gujarat police", "Norway's air force", "Ecuadorian state television", "Chile's emergency
  services" (``lower_bodies``);
- a capitalised name the model cut to its place word: "the Bolivian Orthodox Church" (only
  "Bolivian" tagged), "Belize Defence Force", "the Aceh Regional Government", "Radio Benin"
  (``cut_names``).

Plain text and entity offsets in, spans out; the actor resolver (``annotate/actors.py``) makes
them actors. Nothing here knows any article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from .gazetteer import Gazetteer
from .models import Entity
from .places import country_name, place
from .nlp.lexicon import REPORTING_VERBS, TITLE_WORDS
from .roles import military_body


@dataclass(frozen=True)
class Body:
    """A state body named at ``start``..``end`` (character offsets, without "the"): ``name`` as an
    actor's name ("Gujarat police", "Norwegian air force"), ``kind`` ("organization" or
    "government"), ``country`` the state it belongs to ("" when the place names none)."""

    start: int
    end: int
    name: str
    kind: str
    country: str
    other_names: tuple[str, ...] = ()  # the same name with the country's name for its adjective, or back
    story: bool = True  # of no country named: of the country the story happens in (a firm: of none)
    home: bool = False  # named with no country ("The air force said"): ``name`` is the body alone, of the article's state


# A state's bodies written in lower case after whose they are (longest first). Armed forces,
# police, rescue services and the state's own media: each speaks and acts for that state.
_LOWER_HEADS = (
    "air force", "coast guard", "border guard", "border police", "armed forces", "police",
    "maritime militia", "army", "navy", "military", "state media", "state television", "state TV", "state tv", "state radio",
    "state broadcaster", "state news agency", "emergency services", "emergency service",
    # a government, a region's or a state's of a federation ("the Manipur government", "the Sindh
    # provincial government"): of kind government, of the place's country
    "state government", "provincial government", "regional government", "government",
)
_GOVERNMENT_HEADS = frozenset(("state government", "provincial government", "regional government", "government"))
_SAME_BODY = {"state TV": "state television", "state tv": "state television", "emergency service": "emergency services"}
_LOWER = re.compile(r"(?:[’']s)?\s+(?P<body>" + "|".join(re.escape(h) for h in _LOWER_HEADS) + r")\b")
# The body's noun phrase ends there (the words after it are not its noun's: "the Gujarat police
# station", "Eritrean military targets", "Norway's army chief"): the next word is none, a function
# word or an auxiliary, a past or present participle ("reported", "intercepting") or a verb of
# saying in the third person ("says", "claims", nlp/lexicon.REPORTING_VERBS).
_FUNCTION_WORDS = frozenset(
    """on in at of for from with by to and or but nor that which who whose as after before during since
    over near into also then later now again still is was were are be been has have had will would
    could should may might can did does do not never already yet""".split())
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z-]*)")


# What a body has and acts through: "Estonian coast guard vessels blocked the ship" is the coast guard acting.
_ASSETS = frozenset("vessel vessels ship ships boats warships jets aircraft planes helicopters drones".split())


def _ends_phrase(text: str, end: int, assets: bool = True) -> bool:
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    w = m.group(1)
    if assets and w in _ASSETS:
        return True
    if w.lower() in TITLE_WORDS:
        return False  # "the Diyala police Lt. Hakman": a person of the body, named after it
    if not w.islower():
        return True  # a new sentence, a name
    if w in _FUNCTION_WORDS or w.endswith(("ed", "ing")) or w in ("said", "says", "told", "tells", "saw", "took", "gave", "sent", "shot"):
        return True
    return w.endswith("s") and (w[:-1] in REPORTING_VERBS or w[:-2] in REPORTING_VERBS)


# The last word of a capitalised body's name (an organisation's head), and the religious
# denominations that make a "Church" an institution rather than a building.
_CAPITAL_HEADS = frozenset(
    "force forces police army navy guard guards government church corps gendarmerie militia"
    " rifles rangers constabulary".split())  # "the Assam Rifles", "Sindh Rangers": paramilitary forces named so
_DENOMINATIONS = frozenset(
    "orthodox catholic evangelical lutheran anglican protestant apostolic methodist baptist presbyterian".split())
_LINKS = frozenset("of and for the".split())
_CAPITAL_RUN = re.compile(r"(?!(?:The|THE|A|An)\s)[A-Z][\w-]*(?:[^\S\n]+(?:(?:of|and|for)[^\S\n]+)?[A-Z][\w-]*){1,5}")
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?][”\"]?\s+)$")
_BROADCASTER = re.compile(r"\b(?P<head>Radio|Television|TV)\s+$")


def _country_of(where: str, gaz: Gazetteer) -> tuple[str, bool]:
    """(the country a place or nationality names, whether it is a country itself); ("", False)
    when the place is known to no country."""
    c = gaz.country(where)
    if c is not None:
        return c.name, True
    p = place(where, tuple(gaz.places))
    if p is not None and p.country:
        c = gaz.country(country_name(p.country))
        return (c.name if c is not None else country_name(p.country)), p.kind == "country"
    return "", False


def _nation_entities(entities: Iterable[Entity]) -> list[Entity]:
    return [e for e in entities if e.label in ("GPE", "NORP", "LOC")]


def lower_bodies(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[Body]:
    """The bodies ``text`` names in lower case right after a place or nationality entity (GPE,
    NORP, LOC) of its analysis, or its possessive: "Gujarat police" (of India), "the Norwegian air
    force" -> "Norwegian air force", "Ecuador's state television" -> "Ecuadorian state television".
    A country's body is named with its adjective (as ``roles.military_body`` names it), a region's
    with the region's name. Not a body's place or person ("the Gujarat police station", "Norway's
    army chief"), nor a place of no known country."""
    ents = list(entities)
    orgs = [(x.start, x.end) for x in ents if x.label in ("ORG", "PERSON", "FAC")]
    out: list[Body] = []
    for e in _nation_entities(ents):
        m = _LOWER.match(text, e.end)
        if m is None or not _ends_phrase(text, m.end()) or any(s < m.end() and e.end < t for s, t in orgs):
            continue  # a body's place or people, or a body the model named already
        where = re.sub(r"^the\s+", "", e.text.strip(), flags=re.I)
        body = _SAME_BODY.get(m.group("body"), m.group("body"))
        government = body in _GOVERNMENT_HEADS
        country, is_country = _country_of(where, gaz)
        if not country and not (government and where in gaz.places):
            continue  # a region the alias file knows with no one country ("Punjab"): the story's
        if is_country or gaz.country(where) is not None:
            c = gaz.country(country)
            name = f"{c.adjective if c is not None else where} {body}"
            if government and c is not None and body == "government":
                name = c.government_name  # "Kenya's government": the country's government actor
            if (armed := military_body(text[e.start : m.end()], gaz)) is not None:
                name = armed[0]  # "Norway's armed forces": the "Norwegian military", as the speakers' one
        else:
            name = f"{where} {'government' if government else body}"  # "the Sindh provincial government": "Sindh government"
        out.append(Body(e.start, m.end(), name, "government" if government else "organization", country))
    return out


# A body with no country named, as the subject opening a sentence: "The air force also warned ...",
# "Local police told ...", "Police said ...".
_BARE = re.compile(r"(?:(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?:The\s+|Local\s+|The\s+local\s+)?"
                   r"|\b(?:said|says|told\s+[\w.]+|added|stated)\s+(?:that\s+)?the\s+(?:local\s+)?)"
                   r"(?P<body>(?i:air\s+force|coast\s+guard|police|army|navy|military))\b")
_VERBISH = re.compile(r"\s+(?:(?:was|were|is|are|had|has|have|will|would)\s+[a-z]+(?:ed|ing)\b|"
                      r"(?:also\s+|later\s+|had\s+|have\s+|has\s+)?(?:said|says|told|tells|warned|reported|"
                      r"announced|confirmed|added|claimed|stated|denied|identified|arrested|recovered|launched|intercepted|"
                      r"shot|fired|killed|detained|opened|carried|found|seized|responded|urged|described)\b)")


def bare_bodies(text: str) -> list[Body]:
    """Armed and police bodies named with no country as the subject opening a sentence, before a
    verb ("The air force also warned of drones", "Local police told reporters", "Police said"):
    ``Body.home`` set, ``name`` the body's words in lower case; the resolver gives them the
    article's own state, when it has one."""
    out: list[Body] = []
    for m in _BARE.finditer(text):
        if _VERBISH.match(text, m.end()) is None:
            continue
        body = " ".join(m.group("body").lower().split())
        out.append(Body(m.start("body"), m.end(), body, "organization", "", home=True))
    return out


_AND = re.compile(r"[^\S\n]+and[^\S\n]+")


def _and_part(run: re.Match, at: int, to: int) -> re.Match:
    """The part of a capitalised run between its "and"s that holds the entity at ``at``..``to`` (as a
    match of ``_CAPITAL_RUN``): two names joined by "and" are two names ("Bosnia and Herzegovina"
    inside the entity stays whole); a run without "and", itself."""
    start, end = run.start(), run.end()
    for a in _AND.finditer(run.string, start, end):
        if a.end() <= at:
            start = a.end()
        elif a.start() >= to:
            end = a.start()
            break
    if (start, end) == run.span():
        return run
    part = _CAPITAL_RUN.match(run.string, start, end)
    return part if part is not None and part.end() == end else run


def cut_names(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[Body]:
    """Capitalised names of a state's or a nation's bodies of which the model tagged only the place
    or nationality word (a GPE, NORP or LOC entity inside, no ORG or PERSON entity over it): a run
    of capitalised words ending in a body's head ("Belize Defence Force", "Aceh Regional Government";
    "Church" only after a denomination: "Bolivian Orthodox Church") or "Radio"/"Television" before
    a country ("Radio Benin"). A government's name is of kind "government"."""
    ents = list(entities)
    named = [(e.start, e.end) for e in ents if e.label in ("ORG", "PERSON", "FAC", "WORK_OF_ART")]
    nations = _nation_entities(ents)
    out: list[Body] = []
    seen: set[tuple[int, int]] = set()
    runs: list = []  # the text's capitalised runs, within a line, found once (a long text has thousands)
    starts: list[int] = []
    for e in nations:
        if any(s < e.end and e.start < t for s, t in named):
            continue
        if not runs:
            runs = list(_CAPITAL_RUN.finditer(text))
            starts = [r.start() for r in runs]
        line_start = text.rfind("\n", 0, e.start) + 1
        # the capitalised run around the entity (runs start at a word's start)
        k = bisect_right(starts, e.start) - 1
        for run in runs[k : k + 1] if k >= 0 else ():
            if run.start() > line_start and text[run.start() - 1].isalnum():
                continue
            if not (run.start() <= e.start and e.end <= run.end()):
                continue
            run = _and_part(run, e.start, e.end)  # "the Bolivian Orthodox Church and Radio Benin": two names
            if (run.start(), run.end()) in seen:
                continue
            words = run.group(0).split()
            if run.start() < e.start and _SENTENCE_OPENS.search(text, max(0, run.start() - 3), run.start()):
                continue  # "Yesterday Pakistan Army ...": a sentence's first word may be no word of the name
            low = [w.lower() for w in words]
            head = low[-1]
            if head not in _CAPITAL_HEADS or run.end() == e.end or (head == "church" and not set(low) & _DENOMINATIONS):
                continue
            if run.start() == line_start and text[run.end() : run.end() + 1] == "\n":
                continue  # a title-case headline, not a name
            where = re.sub(r"[’']s$", "", e.text.strip())
            country, _ = _country_of(where, gaz)
            name = run.group(0)
            seen.add((run.start(), run.end()))
            kind = "government" if head == "government" else "organization"
            c = gaz.country(where)
            others = tuple(dict.fromkeys(name.replace(where, n, 1) for n in (c.name, *c.all_adjectives) if n != where)) if c else ()
            rest = " ".join(name.replace(where, " ", 1).lower().split())
            if c is not None and rest in _LOWER_HEADS and (armed := military_body(name, gaz)) is not None:
                name = armed[0]  # "Ruritania Army" alone is the "Ruritanian army", as "Ruritania's army" is
            out.append(Body(run.start(), run.end(), name, kind, country, others))
        b = _BROADCASTER.search(text, max(0, e.start - 12), e.start)
        if b is not None and gaz.country(e.text.strip()) is not None and not re.match(r"\s*[A-Z]", text[e.end : e.end + 2]):
            c = gaz.country(e.text.strip())
            out.append(Body(b.start("head"), e.end, f"{b.group('head')} {e.text.strip()}", "organization", c.name))
    return out


# A state's outlet by its name, after the state and a word saying it is the state's: "Iran's
# semi-official Fars news agency", "the Ruritanian state-run Kronos television".
_STATE_OUTLET = re.compile(
    r"(?:[’']s)?\s+(?:semi-official|state-run|state-owned|state-affiliated|state-controlled|government-run|official)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?P<noun>\s+(?:news\s+agency|agency|television|TV|broadcaster|radio|newspaper|daily))?\b")


def state_outlets(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[Body]:
    """A state's outlets named after the state and "semi-official", "state-run"... ("Iran's
    semi-official Fars news agency" -> "Fars", of Iran): they speak for that state, so they are actors
    (other outlets are sources). Not the alias file's outlets (wire agencies)."""
    out: list[Body] = []
    for e in entities:
        if e.label not in ("GPE", "NORP") or (c := gaz.country(e.text.strip())) is None:
            continue
        m = _STATE_OUTLET.match(text, e.end)
        if m is None or gaz.is_outlet(m.group("name")) or gaz.country(m.group("name")) is not None:
            continue
        out.append(Body(m.start("name"), m.end(), m.group("name"), "organization", c.name))
    return out


# A region's or a country's armed or police force named by the place and a capitalised head, which
# the model often tags as nothing at all: "the Assam Rifles", "Sindh Rangers", "the Kerala Police".
_PLACE_FORCE = re.compile(r"(?<![\w’'-])(?!(?:The|THE|A|An)\s)(?P<place>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)[^\S\n]+"
                          r"(?P<head>Rifles|Rangers|Constabulary|Police|Frontier\s+Corps|Armed\s+Police|Special\s+Police)\b")


def place_forces(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[Body]:
    """Forces named by a known place and a capitalised force's head ("the Assam Rifles" of India,
    "Sindh Rangers" of Pakistan) where no entity of the model covers the name: of the place's
    country; a region the alias file knows of no one country: of the story's. Not a place that is
    no known place ("Texas Rangers" is a place's: of the United States, as any state's body)."""
    named = [(e.start, e.end) for e in entities if e.label in ("ORG", "PERSON", "FAC", "WORK_OF_ART")]
    out: list[Body] = []
    for m in _PLACE_FORCE.finditer(text):
        if any(s < m.end() and m.start() < t for s, t in named):
            continue
        where = m.group("place")
        if _SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()) and " " in where:
            continue  # "Yesterday Sindh Rangers": a sentence's first word may be no word of the name
        country, _ = _country_of(where, gaz)
        if not country and where not in gaz.places:
            continue
        out.append(Body(m.start(), m.end(), " ".join(m.group(0).split()), "organization", country))
    return out


def find_state_bodies(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[Body]:
    """``lower_bodies`` then ``cut_names`` of ``text`` (entities: its analysis's), in text order."""
    ents = list(entities)
    return sorted([*lower_bodies(text, ents, gaz), *cut_names(text, ents, gaz), *bare_bodies(text),
                   *state_outlets(text, ents, gaz), *place_forces(text, ents, gaz)], key=lambda b: (b.start, -b.end))
