"""People the text names where the model took their names for places or organisations (or tagged
nothing), found by the syntax that introduces a person's name:

- a list after "identified as" whose subject is people ("The dead were identified as Tomo, a
  cadre of the unit; Raku; and Sela alias Bim", "the man, identified only as Karu, ...");
- a name set off by commas after a description of a person that opens the sentence ("A Bolivian
  priest in La Paz, Rufino Mamani Quispe, said ...", "Governor of the Oruro district, Elsa
  Choque, has called ...", "Deputy Inspector General of Police (DIG), K Raman confirmed ...").

Plain text and entity offsets in, name spans out; ``annotate/actors.py`` makes them person
mentions. Nothing here knows any article.
"""

from __future__ import annotations

import re
from typing import Iterable

from .gazetteer import Gazetteer
from .models import Entity
from .nlp.lexicon import OFFICIAL_NOUNS, TITLE_WORDS
from .org_words import NAME_CHECK_ORG_WORDS
from .places import place
from .roles import LOCAL_PEOPLE, PERSON_HEADS

# Nouns of people (besides titles, officials' nouns and local people): whom "identified as" and a
# description before a name are about.
_PEOPLE = frozenset(
    """
    man woman men women boy girl child children person people deceased dead victim victims suspect
    suspects attacker attackers assailant assailants gunman gunmen bomber bombers militant militants
    rebel rebels insurgent insurgents soldier soldiers fighter fighters driver pilot passenger
    passengers cleric priest imam pastor bishop rabbi monk administrator activist journalist lawyer
    doctor official officials officer officers body bodies member members cadre cadres leader
    """.split()
)
_PERSON_NOUNS = _PEOPLE | TITLE_WORDS | OFFICIAL_NOUNS | PERSON_HEADS | LOCAL_PEOPLE

_IDENTIFIED = re.compile(r"\bidentified\s+(?:only\s+|officially\s+)?as\s+")
# A name: capitalised words (an initial may open it: "K Raman"), at most four.
_NAME = re.compile(r"(?:[A-Z]\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3}")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bNo)(?<!\bNumber)\.(?:\s|$)|\n")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][”\"]?\s+)")
# A description opening a sentence, a comma, a name, then a comma or a verb in lower case.
_APPOSED = re.compile(
    r"(?P<desc>(?:[A-Za-z][\w’'-]*\.?\s+){0,12}?[A-Za-z][\w’'-]*(?:\s+\([A-Z]{2,6}\))?),\s+"
    r"(?P<name>(?:[A-Z]\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,3})(?=,\s|\s+[a-z])"
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_PLACE_NOUNS = frozenset("village town city district province region county state country camp area township".split())


def _not_a_name(name: str, gaz: Gazetteer) -> bool:
    """A country, an alias-file actor, a title or a body's name: not a person's name."""
    words = name.replace(".", " ").split()
    return bool(gaz.country(name) or gaz.canonical(name) or gaz.is_outlet(name)
                or any(w.lower() in NAME_CHECK_ORG_WORDS or w.lower() in TITLE_WORDS or w.lower() in OFFICIAL_NOUNS
                       or gaz.country(w) for w in words))


def _person_entity(ents: list[Entity], start: int, end: int) -> bool:
    return any(e.label == "PERSON" and e.start < end and start < e.end for e in ents)


def identified_names(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of the names listed after "identified as" when the words before it in the
    sentence are about people (a person's noun: "the dead", "the man"): each item of the list
    (split at semicolons when it has any, else at commas and "and") opens with the name. Names the
    model already tagged PERSON are left out, so are countries, alias-file actors and bodies."""
    ents = list(entities)
    out: list[tuple[int, int]] = []
    for m in _IDENTIFIED.finditer(text):
        start = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
        before = {w.lower() for w in _WORD.findall(text[start : m.start()])}
        if not before & _PERSON_NOUNS:
            continue
        end_m = _SENTENCE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        segment = text[m.end() : end]
        parts = segment.split(";") if ";" in segment else re.split(r",|\band\b", segment)
        at = m.end()
        for part in parts:
            offset = text.find(part, at)
            at = offset + len(part)
            lead = re.match(r"\s*(?:and\s+)?", part).end()
            nm = _NAME.match(part, lead)
            if nm is None:
                if offset == m.end():
                    break  # "identified as members of ...": no list of names
                continue
            s, e = offset + nm.start(), offset + nm.end()
            rest = part[nm.end() :].strip()
            if rest and not rest.startswith((",", "(", "alias", "also", "a ", "an ", "the ", "who")):
                continue  # "Platoon Number 10" inside an item is no name of its own
            if _person_entity(ents, s, e) or _not_a_name(nm.group(0), gaz):
                continue
            out.append((s, e))
    return out


def apposed_names(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> list[tuple[int, int, int]]:
    """(description start, name start, name end) of names set off by commas after a description of
    a person that opens a sentence ("A Bolivian priest in La Paz, Rufino Mamani Quispe, said"): the
    description's words include a person's noun or title, the name is followed by a comma or a
    lower-case word. Names the model tagged PERSON are left out (they are found already)."""
    ents = list(entities)
    out: list[tuple[int, int, int]] = []
    for st in _SENTENCE_START.finditer(text):
        m = _APPOSED.match(text, st.end())
        if m is None:
            continue
        desc = {w.lower().rstrip(".") for w in _WORD.findall(m.group("desc"))}
        if not desc & _PERSON_NOUNS or desc & {"said", "says", "told", "according"}:
            continue
        s, e = m.span("name")
        if _person_entity(ents, s, e) or _not_a_name(m.group("name"), gaz):
            continue
        if len(m.group("name").split()) < 2:
            continue  # one word after a description may be a place ("In the capital, Lima, ...")
        last = _WORD.findall(m.group("desc"))[-2:]
        if len(last) == 2 and last[1].lower() in _PLACE_NOUNS and not last[0][:1].isupper():
            continue  # "Residents of the village, Upper Kibati, said": the place the description leaves unnamed
        if any(x.label in ("GPE", "LOC") and x.start <= s and e <= x.end for x in ents) and place(m.group("name"), tuple(gaz.places)):
            continue  # a known place the model tagged so
        out.append((m.start("desc"), s, e))
    return out


def named_people(text: str, entities: Iterable[Entity], gaz: Gazetteer) -> tuple[list[tuple[int, int]], list[int]]:
    """The names ``identified_names`` and ``apposed_names`` find in ``text`` (``entities``: its
    analysis's), as (start, end) spans in text order, and the starts of the descriptions before
    apposed names: an ORG entity the model made of such a title ("Inspector General of Police")
    is the person's title, no body."""
    ents = list(entities)
    apposed = apposed_names(text, ents, gaz)
    names = sorted({*identified_names(text, ents, gaz), *((s, e) for _d, s, e in apposed)})
    return names, [d for d, _s, _e in apposed]


# Particles of a name that never end it: patronymic "son of" (ag, ould, bin, ibn, ben, ap), "father of"
# (abu), the article (al, el) and nobiliary ones (van, von, de, da, di, del, della, dos).
_NAME_PARTICLES = frozenset("ag ould bin ibn bint ben ap abu al el van von de da di del della dos".split())
_NEXT_NAME = re.compile(r"\s(?:[A-Z][a-z’'-]+)")


def particle_ends(text: str, entities: Iterable[Entity]) -> dict[int, int]:
    """PERSON entities the model cut after a name's particle ("Iyad Ag" of "Iyad Ag Ghaly",
    "Mohamed Ould" of "Mohamed Ould Salem"): entity start -> the end of the capitalised word that
    completes the name. A name never ends in its particle."""
    out: dict[int, int] = {}
    for e in entities:
        words = e.text.split()
        if e.label != "PERSON" or len(words) < 2 or words[-1].lower() not in _NAME_PARTICLES:
            continue
        m = _NEXT_NAME.match(text, e.end)
        if m is not None:
            out[e.start] = m.end()
    return out
