"""One unnamed attacker an article describes by what they did, not by name: "The gunman fled on a
scooter ... Police said the shooter was arrested", "the attacker, who has not been named".

- A mention is a singular attacker's noun (``NOUNS``: "gunman", "shooter", "assailant", "attacker",
  "killer", "bomber", "knifeman", "assassin", "suspect") after "the" ("the gunman", "The
  suspect"), or after "a"/"an" with "lone", "single", "unidentified", "unknown" or nothing between
  ("a gunman opened fire").
- The article speaks of ONE such person: at least two mentions, or one that acts (followed by a past
  tense or saying verb, or the agent of a passive: "shot by the gunman"); no plural of the nouns
  ("gunmen", "attackers", "suspects"), no "second", "another", "other" or number before a noun
  ("two gunmen", "another suspect"): those are several people (``national_groups`` and
  ``agent_groups`` handle plurals).
- The article does not name them: no PERSON entity right after a mention (", John Doe,", "suspect
  John Doe") or right before it ("John Doe, the gunman"): then the name is the actor and the
  description one of its mentions (the speaker and apposition rules).
- The actor is a person named "<first noun the article uses, not "suspect" when another is used>
  (<place>)", the place of the article's first placed incident, else its story country: "gunman
  (Lviv)"; affiliation the story's country (``ActorResolver.story_country_of``, else the one country of
  its incidents), empty when none. Every mention of the article no other actor covers is its mention."""

from __future__ import annotations

import re

NOUNS = ("gunman", "shooter", "assailant", "attacker", "killer", "bomber", "knifeman", "assassin", "suspect")
_PLURALS = re.compile(r"\b(?:gunmen|shooters|assailants|attackers|killers|bombers|knifemen|assassins|suspects)\b", re.I)
_NOUN = "|".join(NOUNS)
_MENTION = re.compile(
    r"\b(?P<det>the|a|an)\s+(?P<mod>(?:lone|single|unidentified|unknown|suspected|alleged|apprehended|accused|"
    r"second|another|other|first|\d+|two|three)\s+)?(?P<noun>" + _NOUN + r")\b(?![’'-])", re.I)
_SEVERAL = re.compile(r"\b(?:another|other|second|third)\s+(?:" + _NOUN + r")\b|\b(?:two|three|four|five|\d+)\s+(?:" + _NOUN + r")s?\b", re.I)
_ACTS = re.compile(
    r"\s+(?:(?:also|then|later|reportedly|allegedly|again|had|has|was|is|been|would|could|did|who)\s+)*"
    r"(?:[a-z]+ed|said|told|shot|fled|fired|opened|ran|hit|struck|stabbed|threw|took|left|came|went)\b")
_BY = re.compile(r"\b(?:[a-z]+ed|[a-z]+en|shot|hit|struck)\s+by\s+$")


def lone_attacker(text: str, persons: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]] | None:
    """The one unnamed attacker of ``text`` (module docstring): (the noun of the actor's name, the
    (start, end) of each mention, from its article to its noun, in text order); None when the text
    has none, several, or names them. ``persons``: the (start, end) of the PERSON entities."""
    if _PLURALS.search(text) or _SEVERAL.search(text):
        return None
    spans: list[tuple[int, int]] = []
    nouns: list[str] = []
    acting = False
    for m in _MENTION.finditer(text):
        det, mod = m.group("det").lower(), (m.group("mod") or "").strip().lower()
        if det != "the" and mod not in ("", "lone", "single", "unidentified", "unknown"):
            continue
        if any(p <= m.start() < q or m.end() <= p < m.end() + 4 or m.start() - 4 < q <= m.start() for p, q in persons):
            return None  # "the suspect, John Doe", "John Doe, the gunman": named
        spans.append((m.start(), m.end()))
        nouns.append(m.group("noun").lower())
        if _ACTS.match(text, m.end()) or _BY.search(text[max(0, m.start() - 30) : m.start()]):
            acting = True
    if not spans or (len(spans) < 2 and not acting):
        return None
    noun = next((n for n in nouns if n != "suspect"), nouns[0])
    return noun, spans


def add_lone_attackers(resolver) -> None:
    """Add the actor of ``lone_attacker`` of each article to ``resolver``'s index (an
    ``actors.ActorResolver`` after its stages): a person "<noun> (<place>)" of the story's country,
    each mention no other mention overlaps its mention."""
    from .inferred_affiliation import incident_country

    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
        persons = [(e.start, e.end) for e in an.entities if e.label == "PERSON"]
        found = lone_attacker(src.text, persons)
        if found is None:
            continue
        noun, spans = found
        country = gaz.for_places().country(resolver.story_country_of(sid) or incident_country(an, gaz))
        where = next((i.place for i in an.incidents if i.place), "") or (country.name if country else "")
        if not where:
            continue
        aid = None
        busy = taken.get(sid, [])
        for s, e in spans:
            if any(a < e and s < b for a, b in busy):
                continue
            if aid is None:
                aid = resolver.ensure(f"{noun} ({where})", "person", country.name if country else "")
                if resolver.actors[aid].kind != "person":
                    break
            resolver.alias(aid, src.text[s:e])
            index.by_span[(sid, s, e)] = aid
