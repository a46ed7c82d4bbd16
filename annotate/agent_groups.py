"""Collective actors that news prose names by a common noun alone, with no nation word or name, when
they act in the story: "Police opened fire on the crowd", "protesters stormed the building", "the
smugglers were killed", "two guards were taken hostage by the prisoners", "warring tribes clashed".

- The noun is one of ``NOUNS`` (a closed class of the language: crowds, security bodies, captors and
  captives, communities), plural or a mass noun ("police"), in lower case or opening a sentence,
  optionally after an article, a quantifier or adjectives ("the", "thousands of", "heavily armed",
  "warring"), and not modifying a noun after it ("police trucks", "guards' quarters").
- It names an actor only when the article makes it act at least once: the phrase is the subject of a
  verb (followed by a past-tense or saying verb, or an auxiliary: "protesters stormed", "police say",
  "the prisoners had demanded") or the agent of a passive ("killed by smugglers"). A noun the article
  only mentions ("a police presence", "smugglers are a problem in the region" is generic, but a
  present-tense generic statement is not read as acting: only past tense and saying count).
- The actor is "<adjective of the story's country> <noun>" ("Kenyan protesters", "Gabonese police";
  synonyms one noun: "demonstrators" are "protesters"), an organisation of that country; every bare
  mention of the noun in the article is a mention of it, one actor per article and noun. The story's
  country is ``ActorResolver.story_country_of``, else the one country of the article's incidents;
  none, no actor. A state's police or forces ("Gabonese police", "Russian special forces") are the
  military body ``roles.military_body`` names.

Left alone: phrases another rule made an actor, nouns after a capitalised word (a name or a nation
word: "Kenyan police", "Arce's supporters"), and the non-state group nouns ``national_groups``
handles ("rebels", "gunmen")."""

from __future__ import annotations

import re
from collections import defaultdict

# noun as written (lower case) -> the noun of the actor's name
NOUNS = {
    "police": "police", "policemen": "police",
    "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    "rioters": "rioters", "smugglers": "smugglers", "traffickers": "traffickers",
    "hostage takers": "hostage takers", "hostage-takers": "hostage takers", "kidnappers": "kidnappers",
    "abductors": "kidnappers", "prisoners": "prisoners", "inmates": "prisoners", "detainees": "prisoners",
    "prison guards": "guards", "guards": "guards", "tribes": "tribes", "tribesmen": "tribesmen",
    "commandos": "commandos", "special forces": "special forces", "assailants": "attackers",
    "attackers": "attackers", "infiltrators": "infiltrators", "supporters": "supporters",
}
_NOUN_RX = "|".join(re.escape(n) for n in sorted(NOUNS, key=len, reverse=True))
# Adjectives, quantifiers and articles that may come before the noun inside its phrase.
_PRE = (r"(?:(?:the|a|some|several|many|hundreds|thousands|dozens|scores|two|three|four|five|six|seven|eight|nine|ten|"
        r"\d+|of|armed|heavily|masked|angry|youthful|predominantly|young|warring|rival|local|drug|cross-border|"
        r"suspected|alleged|unidentified|unknown|other)\s+)*")
_PHRASE = re.compile(r"(?<![\w’'-])(?P<pre>" + _PRE + r")(?P<noun>(?i:" + _NOUN_RX + r"))(?![\w’'-])", re.I)
# Verbs after the subject that make it act: a past tense, a saying verb, an auxiliary.
_IRREGULAR = ("took held shot fought threw broke set ran stole led began drove fled hit made said told gave "
              "overran overwhelmed sent brought struck beat burnt burned tore put left came went saw sought").split()
_ACTS = re.compile(
    r"\s+(?:(?:also|then|later|reportedly|allegedly|again|all|both|had|have|has|were|was|are|is|been|being|would|will|could|did)\s+)*"
    r"(?:[a-z]+ed|taken|beaten|driven|thrown|say|says|said|told|" + "|".join(_IRREGULAR) + r")\b")
_BY = re.compile(r"\b(?:[a-z]+ed|[a-z]+en|shot|hit|held|struck|led)(?:\s+[a-z]+)?\s+by\s+$")
_NEXT = re.compile(r"(?:[’']s?\b|[ \t]+(?P<word>[A-Za-z][\w-]*))")
# Nouns a collective noun modifies ("police trucks", "guards' quarters", "protesters' demands").
_MODIFIED = frozenset(
    "station stations chief chiefs commander commanders spokesman spokeswoman spokesperson officer officers official "
    "officials headquarters post posts car cars van vans truck trucks vehicle vehicles presence force forces unit units "
    "commissioner superintendent inspector sources source tower towers camp camps leader leaders cell cells van "
    "custody raid raids cordon line lines department reinforcements operation operations crackdown brutality".split())
_DETERMINERS = frozenset("the a some several many hundreds thousands dozens scores two three four five six seven eight nine ten of other".split())
_ADVERBS = frozenset("later then meanwhile earlier also but and when after as while".split())
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w’'.-]*)[ \t]+$")


def agent_nouns(text: str) -> dict[str, list[tuple[int, int, str]]]:
    """The bare collective nouns of ``text`` that act at least once (module docstring): the actor's
    noun -> (start, end, phrase) of each of its bare mentions (start and end of the noun as written;
    phrase: the noun with the adjectives before it, without article or quantifier: "warring tribes"),
    in text order."""
    mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    acting: set[str] = set()
    for m in _PHRASE.finditer(text):
        s, e = m.start("noun"), m.end("noun")
        written = m.group("noun")
        if written[0].isupper() and not _sentence_start(text, m.start()):
            continue  # "the Special Forces Command": a name
        start = m.start()
        if (prev := _CAPITAL_BEFORE.search(text[max(0, start - 40) : start])) is not None \
                and not prev.group(1).endswith(".") and prev.group(1).lower() not in _DETERMINERS | _ADVERBS:
            continue  # "Kenyan police", "Arce's supporters", "Ndoro tribes": another rule's
        if (prev is not None and prev.group(1).endswith(("’s", "'s"))) or text[max(0, start - 3) : start] in ("’s ", "'s "):
            continue  # "the president's supporters": someone's
        nx = _NEXT.match(text, e)
        if nx is not None and (nx.group("word") is None or nx.group("word").lower() in _MODIFIED):
            continue  # "police trucks", "protesters' demands"
        noun = NOUNS[written.lower()]
        pre = m.group("pre").split()
        while pre and (pre[0].lower() in _DETERMINERS or pre[0].isdigit()):
            pre.pop(0)
        mentions[noun].append((s, e, " ".join([*pre, written])))
        if _ACTS.match(text, e) or _BY.search(text[max(0, m.start() - 40) : m.start()]):
            acting.add(noun)
    return {n: spans for n, spans in mentions.items() if n in acting}


_FOLLOWERS = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w-]+)(?:[’']s)?\s+(?P<noun>supporters|loyalists|followers)(?![\w’'-])")


def follower_groups(text: str) -> dict[str, list[tuple[int, int]]]:
    """A leader's followers the article makes act, named by a capitalised word and its possessive or
    alone ("Hundreds of Okafor's supporters stormed", "Okafor loyalists said"): the word (the leader's
    name as written) -> (start, end) of each such phrase, name to noun, in text order; only words with
    at least one acting phrase (``_ACTS`` after it, or the agent of a passive). The actor's mention
    is the noun alone (the name stays the leader's mention)."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    acting: set[str] = set()
    for m in _FOLLOWERS.finditer(text):
        name = m.group("name")
        found[name].append((m.start(), m.end()))
        if _ACTS.match(text, m.end()) or _BY.search(text[max(0, m.start() - 40) : m.start()]):
            acting.add(name)
    return {n: v for n, v in found.items() if n in acting}


def _sentence_start(text: str, i: int) -> bool:
    before = text[max(0, i - 3) : i].rstrip(" \"“'‘(")
    return not before or before[-1] in ".!?\n:—"


def add_agent_groups(resolver) -> None:
    """Add the actors of ``agent_nouns`` to ``resolver``'s index (an ``actors.ActorResolver`` after its
    stages, before the document-level back-off): each bare mention no other mention covers becomes a
    mention of "<adjective of the story's country> <noun>" (a state's police or forces: the military
    body of ``roles.military_body``), an organisation of that country."""
    from .actors import _own
    from .inferred_affiliation import incident_country
    from .roles import military_body

    index, gaz = resolver.index, resolver.gaz
    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
        found = agent_nouns(src.text)
        followers = follower_groups(src.text)
        if not found and not followers:
            continue
        country = gaz.for_places().country(resolver.story_country_of(sid) or incident_country(an, gaz))
        if country is None:
            continue  # a story of no one country: whose crowd, unsaid
        spans = taken[sid]
        _add_followers(resolver, sid, src.text, followers, country, spans)
        ents = [(e.start, e.end) for e in an.entities if e.label in ("ORG", "PERSON")]
        for noun, places in found.items():
            name = f"{country.adjective} {noun}"
            body = military_body(name, gaz)
            aid = None
            for s, e, phrase in places:
                if any(a < e and s < b for a, b in spans) or any(a < e and s < b for a, b in ents):
                    continue
                if aid is None:
                    aid = resolver.ensure(body[0] if body else name, "organization", body[1] if body else country.name)
                    a = _own(index, aid)
                    if a.kind not in ("organization", "government"):
                        break
                    if not a.affiliation:
                        a.affiliation = body[1] if body else country.name
                    resolver.alias(aid, name)
                    resolver.alias(aid, f"{country.name} {noun}")
                resolver.alias(aid, src.text[s:e])
                if phrase.lower() != src.text[s:e].lower():
                    resolver.alias(aid, phrase)  # "warring tribes", "heavily armed commandos"
                index.by_span[(sid, s, e)] = aid
                spans.append((s, e))


def _add_followers(resolver, sid: str, text: str, followers: dict, country, spans: list) -> None:
    """The actors of ``follower_groups``: "<leader's name> supporters" (one noun per leader, the first
    written), a group of the leader's country (its affiliation's country, else the story's), where the
    name is a person actor's (a name the article makes a person; not a country: "Russia's supporters")."""
    from .actors import _own
    from .text import norm_name

    index, gaz = resolver.index, resolver.gaz
    here = {index.canonical_id(aid) for (s_id, _s, _e), aid in index.by_span.items() if s_id == sid}
    for name, places in followers.items():
        leads = {aid for aid in here if (a := index.get(aid)) is not None and a.kind == "person"
                 and norm_name(a.name).split()[-1:] == [norm_name(name)]}
        if len(leads) != 1 or gaz.country(name) is not None:
            continue  # no person of the article by that surname, or several
        lead = index.get(leads.pop())
        nation = next((c for part in (lead.affiliation or "").split(",") if (c := gaz.country(part.strip())) is not None), None) or country
        noun = _FOLLOWERS.match(text, places[0][0]).group("noun")
        aid = None
        for s, e in places:
            n0 = e - len(_FOLLOWERS.match(text, s).group("noun"))  # the leader's name stays the person's mention
            if any(a < e and n0 < b for a, b in spans):
                continue
            if aid is None:
                aid = resolver.ensure(f"{name} {noun}", "organization", nation.name)
                a = _own(index, aid)
                if a.kind != "organization":
                    break
                if not a.affiliation:
                    a.affiliation = nation.name
                resolver.alias(aid, f"{name} {noun}")
            resolver.alias(aid, text[s:e])
            index.by_span[(sid, n0, e)] = aid
            spans.append((n0, e))
