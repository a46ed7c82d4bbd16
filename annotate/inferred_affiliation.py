"""The last back-off for an actor's affiliation: a group, outlet or person the articles name with no
country of their own ("Fingrid said the outage ...", "the militants of the Y Brigade attacked ...",
"Z, an elected legislator for the province, said") is of the country its articles happen in
(``roles.story_country``, else the one country of the incidents found in it), when every article that names it happens in one and the same country. The
affiliation is inferred, not stated: the resolver keeps which actors got one this way, and from which
articles (``ActorResolver.inferred``).

Left alone: governments and states (their country is their name), but for a state's body the
text names without its country ("the Prosecutor-General's Office": ``government_bodies.justice_body``;
"the Federal Roads Administration"), which is the story's (``_state_body_name``); actors of
the alias file (a blank affiliation there is deliberate: the Islamic State answers to no one state); people the articles
name without saying what they are (a visiting expert as well as a local); people given a national
office or a military rank (a minister or a general of another state may speak of the war: the
office-title rules decide); analysts, experts and other observers (``roles.study_noun_in``); and any actor one of whose articles happens nowhere clear or elsewhere."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Callable, Iterable

from .attack_targets import targeted_country
from .collective_actors import add_collective_actors, patron_named
from .described_bodies import add_described_bodies
from .follower_groups import add_follower_groups
from .foreign_places import drop_foreign_towns
from .agent_groups import add_agent_groups
from .described_roles import described_role
from .embassies import add_embassies
from .government_bodies import justice_body, legislature
from .lone_attackers import add_lone_attackers
from .government_mentions import add_bare_governments, add_conjoined_governments, add_government_mentions
from .models import Actor
from .national_groups import add_national_groups
from .legislature_mentions import add_named_legislatures
from .region_government_mentions import add_region_governments
from .person_appositions import apposed_country, given_age
from .place_candidates import named_countries, rehomed
from .news_agencies import is_news_agency
from .org_words import ORG_WORDS_BASE
from .roles import civil_national_title, local_title, national_title, study_noun_in
from .victims import named_as_victim, speaks_at

# The kinds of actor that may belong to the country their story happens in.
_KINDS = frozenset({"person", "organization", "unnamed"})


def infer_affiliations(
    actors: dict[str, Actor],
    mentions: Iterable[tuple[tuple[str, int, int], str]],
    country_of: Callable[[str], str],
    may_infer: Callable[[Actor], bool],
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The inferred affiliations of ``actors`` (id -> ``Actor``) that have none: actor id ->
    (country name, the sorted source ids it was inferred from), for each person, organisation or
    unnamed actor that ``may_infer`` accepts and whose every mention (``mentions``: ((source id,
    start, end), canonical actor id) pairs) lies in sources that ``country_of`` (source id -> the
    country it happens in, "" when unclear) gives one and the same non-empty country. Changes
    nothing; the caller sets them."""
    sources: dict[str, set[str]] = defaultdict(set)
    for (sid, _start, _end), aid in mentions:
        sources[aid].add(sid)
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    cache: dict[str, str] = {}
    for aid, sids in sources.items():
        a = actors.get(aid)
        if a is None or a.affiliation or a.kind not in _KINDS and not (a.kind == "government" and _state_body_name(a.name)) \
                or not may_infer(a):
            continue
        countries = set()
        for sid in sids:
            if sid not in cache:
                cache[sid] = country_of(sid)
            countries.add(cache[sid])
        if len(countries) == 1 and (country := countries.pop()):
            found[aid] = (country, tuple(sorted(sids)))
    return found


# Words of a state's own name ("the Tarkan Democratic Republic"): a state the alias file does not
# know, whose country is no other's.
_BODY_WORDS = ORG_WORDS_BASE - {"kingdom", "republic", "state", "states", "city", "international", "times", "news"} | frozenset(
    "administration authority directorate bureau secretariat inspectorate guard guards service services".split())
_STATE_NAME = re.compile(r"\b(?:Republic|Kingdom|Emirates?|Federation|Sultanate|Principality|Confederation|Commonwealth)\b")


def _state_body_name(name: str) -> bool:
    """Whether a government actor of no affiliation named ``name`` is a body of a state its name
    does not give ("the Prosecutor-General's Office", ``government_bodies.justice_body``; the
    legislature; "the Federal Roads Administration": a word naming a body, ``_BODY_WORDS``),
    not an unknown state itself ("the Tarkan Democratic Republic", a bare "Tarkania"): such a
    body is of its story's country."""
    if justice_body(name) or legislature(name):
        return True
    words = {w.lower() for w in re.findall(r"[\w'-]+", name)}
    return _STATE_NAME.search(name) is None and bool(words & _BODY_WORDS)


def introduced_locally(phrases: list[str]) -> bool:
    """Whether the words introducing a person (``phrases``: title run, apposition, own words...) say
    what they are, and that is no national office or rank ("Prime Minister", "General", "army
    spokesman") unless a local one ("police chief"): such a person may take the story's country."""
    phrases = [p for p in phrases if p and p.strip()]
    if not phrases or civil_national_title(phrases) or study_noun_in(phrases):
        return False  # "Sudan expert X": the country is what an analyst talks about
    return not national_title(phrases) or local_title(phrases)


def apply_inferred(resolver) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Set the inferred affiliations (``infer_affiliations``) on ``resolver``'s index (an
    ``actors.ActorResolver`` at the end of its stages), after ``rehome_places``: each article's
    country is its story country (``story_country_of``), else the one country of its incidents
    (``incident_country``); a person qualifies when some mention introduces them locally
    (``introduced_locally`` of ``intro_phrases``, or of ``described_roles.described_role``) or by an age alone ("X, 22,": ``given_age``); an
    alias-file actor never. Before: the groups named by a nation word (``national_groups``) and the
    countries appositions state (``stated_countries``). After: a state's body (government kind)
    still of none, whose every article gives its bare offices one state (``home_country_of``),
    is of that state. Each changed actor is
    replaced by a copy (the index kept before the descriptions shares the others). Returns what was
    set: actor id -> (country, source ids)."""
    index = resolver.index
    add_national_groups(resolver)  # "Somali pirates", "the rebels": groups named by a nation word, before the back-off
    add_named_legislatures(resolver)  # "Ukraine's Verkhovna Rada voted": the legislature, though tagged as a place
    add_region_governments(resolver)  # "the Sindh provincial government": the region's government, before the collective nouns
    add_collective_actors(resolver)  # "Peruvian border units", "the Kenyan-led coalition": nation word + collective noun
    add_described_bodies(resolver)  # "Sawtna, a monitoring group based in Sweden", "a militia called X"
    add_government_mentions(resolver)  # "talks with the Malawian government": its government, though it never speaks
    add_bare_governments(resolver)  # "the national government", "Authorities warn": the story country's
    add_conjoined_governments(resolver)  # "Fiji, Australia and Palau criticised": each country's government acts
    add_agent_groups(resolver)  # "Police opened fire", "protesters stormed": bare collective nouns that act
    add_follower_groups(resolver)  # "attacks by Marlow loyalists", "supporters of former president X": followers that do not act
    add_lone_attackers(resolver)  # "the gunman fled": the one unnamed attacker of an article
    add_embassies(resolver)  # "the Tarkan Embassy in Lomé": that country's embassy, a government body
    rehome_places(resolver)
    drop_foreign_towns(resolver)  # "Kuki militants" -> "Kuki, Japan" in a story about India: no place of the story
    person_mentions: dict[str, list[int]] = defaultdict(list)
    for k in resolver.person_of:
        m = resolver.mentions[k]
        aid = index.by_span.get((m.source_id, m.start, m.end))
        if aid is not None and m.kind != "pronoun":
            person_mentions[index.canonical_id(aid)].append(k)

    stated_countries(resolver, person_mentions)

    def may_infer(a: Actor) -> bool:
        if resolver.gaz.entry(a.name) is not None or is_news_agency(a.name):
            return False  # an agency reports on other countries too: never the story's by default
        if a.kind != "person":
            return a.id not in resolver.people_groups  # "Armenian separatists" abroad: a people, no country
        victim = speaks = False
        for k in person_mentions.get(a.id, ()):
            m = resolver.mentions[k]
            src = resolver.srcs.get(m.source_id)
            phrases = resolver.intro_phrases(m, resolver.person_of[k], src)
            if introduced_locally(phrases) or src is not None and given_age(src.text, m.end):
                return True  # "X, an engineer at the station"; "X, 22,": a private person of the story
            if src is not None and m.kind != "pronoun" and introduced_locally([described_role(src.text, m.start, m.end)]):
                return True  # "X, an organiser of the protests,"; "one of his sons, X": what they do, in common nouns
            if src is not None and m.kind != "pronoun":
                speaks = speaks or speaks_at(src.text, m.end)
                victim = victim or not any(p.strip() for p in phrases) and named_as_victim(src.text, m.start, m.end)
        return victim and not speaks  # "The victims were named as X and Y": a private person of the story

    found = infer_affiliations(
        index.actors,
        ((key, index.canonical_id(aid)) for key, aid in index.by_span.items()),
        lambda sid: resolver.story_country_of(sid) or incident_country(resolver.analyses.get(sid), resolver.gaz),
        may_infer,
    )
    for aid in [aid for aid, (country, _sids) in found.items() if fires_at(resolver, aid, country)]:
        del found[aid]  # "Iran-backed militants fired rockets at <the story's country>": not its group
    for aid, (country, _sids) in found.items():
        a = index.actors[aid]
        index.actors[aid] = Actor(a.id, a.name, a.kind, country, list(a.aliases))
    # a state's body still of no country, in articles that happen nowhere clear: the state their bare
    # offices belong to ("the Federal Roads Administration" where the officials are all American)
    bodies = infer_affiliations(
        {aid: a for aid, a in index.actors.items() if a.kind == "government"},
        ((key, index.canonical_id(aid)) for key, aid in index.by_span.items()),
        resolver.home_country_of,
        may_infer,
    )
    for aid, (country, _sids) in bodies.items():
        a = index.actors[aid]
        index.actors[aid] = Actor(a.id, a.name, a.kind, country, list(a.aliases))
    return found | bodies


def fires_at(resolver, aid: str, country: str) -> bool:
    """Whether actor ``aid``, a group named by its patron ("Iran-backed militants":
    ``collective_actors.patron_named``), fires at ``country`` in the clause after one of its mentions
    (``attack_targets.targeted_country``): the target of a group is not its country."""
    a = resolver.index.actors.get(aid)
    if a is None or a.kind != "organization" or not patron_named(a.name):
        return False
    for (sid, _start, end), other in resolver.index.by_span.items():
        src = resolver.srcs.get(sid)
        if src is not None and resolver.index.canonical_id(other) == aid and targeted_country(src.text, end, resolver.gaz) == country:
            return True
    return False


def stated_countries(resolver, person_mentions: dict[str, list[int]]) -> None:
    """People with no affiliation yet whom an apposition gives a country's office in the possessive
    ("X, Niger's ruler for a decade,": ``person_appositions.apposed_country``) take that country
    (stated, not inferred). Changed actors are replaced by copies."""
    index = resolver.index
    for aid, ks in person_mentions.items():
        a = index.actors.get(aid)
        if a is None or a.affiliation or a.kind != "person":
            continue
        for k in ks:
            m = resolver.mentions[k]
            src = resolver.srcs.get(m.source_id)
            if src is not None and (country := apposed_country(src.text, m.end, resolver.gaz)):
                index.actors[aid] = Actor(a.id, a.name, a.kind, country, list(a.aliases))
                break


def rehome_places(resolver) -> None:
    """An affiliation "Place, Country" whose place's name is also a city or region of another
    country that the actor's articles name more ("Mayor X" of "Zamora, Spain" in stories about
    Mexico): the place's country is that one (``place_candidates.rehomed``). Changed actors are
    replaced by copies."""
    index = resolver.index
    sources: dict[str, set[str]] = defaultdict(set)
    for (sid, _start, _end), aid in index.by_span.items():
        sources[index.canonical_id(aid)].add(sid)
    named_in: dict[str, Counter[str]] = {}
    for aid, a in list(index.actors.items()):
        if "," not in a.affiliation or aid not in sources:
            continue
        named: Counter[str] = Counter()
        for sid in sources[aid]:
            if sid not in named_in:
                an = resolver.analyses.get(sid)
                named_in[sid] = named_countries([e.text for e in an.entities if e.label in ("GPE", "LOC", "NORP")] if an else [], resolver.gaz)
            named += named_in[sid]
        if (new := rehomed(a.affiliation, resolver.gaz, named)) != a.affiliation:
            index.actors[aid] = Actor(a.id, a.name, a.kind, new, list(a.aliases))


def incident_country(analysis, gaz) -> str:
    """The one country of the incidents an analysis found (``Analysis.incidents``' ``country``), when
    the text also names it (by name, nationality or capital) more often than any other country; ""
    when no incident has a country, they are of several, or another country is named as often ("a
    clash on the Peru-Bolivia border")."""
    if analysis is None:
        return ""
    countries = {m.country for m in analysis.incidents if m.country}
    if len(countries) != 1:
        return ""
    country = countries.pop()
    named = named_countries([e.text for e in analysis.entities if e.label in ("GPE", "LOC", "NORP")], gaz)
    return country if all(named[country] > n for c, n in named.items() if c != country) else ""
