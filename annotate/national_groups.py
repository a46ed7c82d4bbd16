"""Armed and criminal groups that news prose names by a nationality or country and a collective noun,
with no name of their own ("Somali pirates hijacked ...", "South Sudanese rebels attacked ...",
"Iran-backed militias fired ..."), and the same noun alone later in the article ("the pirates",
"Rebels attacked ...").

- A nation word (an NORP or GPE entity of the analysis) followed by a noun of ``GROUP_HEADS`` names a
  group actor "<nation word> <noun>" (an organisation); its affiliation is the country the nation word
  names (``Gazetteer.country``: "Somali" -> Somalia), none when it names no country ("Islamist
  militants") or the backer ("Iran-backed militias": ``_AFTER``'s link); those get the country of their
  articles from the document-level back-off (``inferred_affiliation``), like any organisation. An
  insurgent noun ("separatists", "rebels", ``INSURGENT_HEADS``) after a nation word in a story of
  another country names a people, not that state ("Armenian separatists" in a story of France): no
  affiliation, nor the story's country, unless the words after it put it there ("... in Armenia").
- The noun alone ("pirates", "the rebels") followed by "from <nation word>" is that country's group
  ("bandits from the Nigerien side"); otherwise, in an article that names one such group with that noun, it is
  that group; in an article that names none, and no named group with that noun ("Ndoro rebels"), and
  that happens in one country (``ActorResolver.story_country_of``, else the one country of its incidents),
  it is that country's group
  ("<adjective> <noun>", alias "<country> <noun>": "South Sudanese rebels", "South Sudan rebels").
- A person the article introduces as one of the group ("one of the pirates, X", "another pirate, X")
  with no affiliation yet, or only the group's country, is given the group (when no other article
  names a person of that name: a one-word name may be another's there).

Left alone: phrases the analysis already made an actor (a speaker, an agent, an organisation), groups
of the alias file ("Houthi rebels") and state forces ("Somali troops", "the army": the military-body
rules name those)."""

from __future__ import annotations

import re
from collections import defaultdict


# Collective nouns for the fighters of an armed political movement ("the rebels", "the separatists"):
# a closed class of the language, also what ``speaker_referents`` reads as naming an armed group.
INSURGENT_HEADS = frozenset(
    "rebels militants insurgents separatists secessionists jihadists guerrillas guerillas militiamen".split())
# Collective nouns for non-state armed or criminal groups (a closed class of the language).
GROUP_HEADS = INSURGENT_HEADS | frozenset("pirates gunmen militias extremists bandits miscreants".split())
_SINGULAR = {"rebel": "rebels", "militant": "militants", "insurgent": "insurgents", "separatist": "separatists",
             "secessionist": "secessionists", "pirate": "pirates", "jihadist": "jihadists", "guerrilla": "guerrillas",
             "guerilla": "guerillas", "gunman": "gunmen", "militiaman": "militiamen", "extremist": "extremists",
             "bandit": "bandits", "miscreant": "miscreants"}
# The singulars of ``INSURGENT_HEADS``, as they modify a noun ("a rebel spokesman", "the separatist movement").
INSURGENT_SINGULARS = frozenset(one for one, many in _SINGULAR.items() if many in INSURGENT_HEADS)
_HEADS_RX = "|".join(sorted(GROUP_HEADS, key=len, reverse=True))
# "rebel forces", "separatist fighters", "pirate gangs": the group noun as a modifier of a collective one.
_FORCES_RX = r"(?:" + "|".join(sorted({*_SINGULAR, "militia"}, key=len, reverse=True)) + r")\s+(?:forces|fighters|groups|gangs)"
_GROUP_RX = _FORCES_RX + "|" + _HEADS_RX
# After a nation word: "-backed"/"-led" names a backer, not the group's own country.
_AFTER = re.compile(r"(?P<link>-(?i:backed|supported|sponsored|funded|armed|allied|aligned|linked|led))?\s+(?P<head>(?i:" + _GROUP_RX + r"))\b")
_BARE = re.compile(r"\b(?:(?:[Aa]rmed|[Ss]uspected|[Uu]nidentified|[Uu]nknown|[Mm]asked)\s+)?(?P<head>(?i:" + _GROUP_RX + r"))\b")
_MEMBER = re.compile(r"\b(?:[Oo]ne of the|[Aa]nother|[Aa]|[Aa]n|[Ff]ellow)\s+(?P<head>" + "|".join(sorted({*GROUP_HEADS, *_SINGULAR}, key=len, reverse=True))
                     + r"),\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
# Capitalised words before a group noun that hedge it, name none ("Unidentified gunmen attacked").
_HEDGE_WORDS = frozenset("The Armed Suspected Unidentified Unknown Masked".split())
_HEDGE = re.compile(r"^(?:(?:the|suspected|alleged|armed|radical)\s+)+", re.I)
_CAPITAL_WORD = re.compile(r"([A-Z][\w’'-]*)[ \t]+$")
# "pro-" or "anti-" glued before a nation word: the side the group takes, not the group's own country
# ("pro-Russian separatists", "anti-Turkish militias").
_STANCE = re.compile(r"(?<![\w-])(?i:pro|anti)-$")
# Capitalised words that open a sentence before a group noun and name no one ("Some armed bandits",
# "Several gunmen", "Two militants"): determiners and quantifiers, a closed class.
_OPENERS = frozenset(
    "The Some Several Many Most Other Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Scores "
    "Numerous Few These Those Both All A An".split())


def head_noun(written: str) -> str:
    """The plural group noun a matched head stands for: "Rebel forces" -> "rebels", "pirates" -> "pirates"."""
    words = written.lower().split()
    if len(words) == 1:
        return words[0]
    return "militias" if words[0] == "militia" else _SINGULAR[words[0]]


def _title_case_line(text: str, i: int) -> bool:
    """Whether the line of ``text`` holding offset ``i`` is written in title case (a headline: "Iran-Backed
    Militias Launch Attack")."""
    line = text[text.rfind("\n", 0, i) + 1 : (text.find("\n", i) + 1 or len(text) + 1) - 1]
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def national_phrases(text: str, entities, gaz) -> list[tuple[int, int, str, str, str]]:
    """The group phrases of ``text`` named by a nation word (``entities``: the analysis's, NORP or GPE)
    and a noun of ``GROUP_HEADS``: (start, end, name, head, country), country "" when the nation
    word names none or a backer. Without phrases the alias file knows ("Houthi rebels")."""
    out = []
    nations = [e for e in entities if e.label in ("NORP", "GPE")]
    for e in [*nations, *_untagged_again(text, nations)]:
        m = _AFTER.match(text, e.end)
        if m is None or _after_name(text, e.start) or m.group("head")[0].isupper() and not _title_case_line(text, m.start("head")):
            continue  # "Sahel Lions", "the Kenya-based X": part of a longer name
        nation = _HEDGE.sub("", e.text)  # "Suspected Islamist" -> "Islamist"
        start = e.start + (len(e.text) - len(nation))
        stance = _STANCE.search(text, max(0, start - 6), start)
        if stance is not None:
            nation, start = stance.group(0) + nation, stance.start()  # "pro-Iranian militias": a patron's, not Iran's
        head = head_noun(m.group("head"))
        name = f"{nation}{(m.group('link') or '').lower()} {head}"
        if gaz.canonical(name) or gaz.canonical(nation):
            continue  # "Houthi rebels": the alias file's group
        c = None if m.group("link") or stance is not None else gaz.country(nation)
        if c is not None:
            name = f"{c.adjective} {head}"  # "South Sudan rebels" and "South Sudanese rebels": one group
        out.append((start, m.end(), name, head, c.name if c else ""))
    return out


def _untagged_again(text: str, nations: list) -> list:
    """The nation words the model tagged once (NORP, GPE) written again before a group noun where it
    tagged nothing ("between Meitei and Kuki villagers ... Meitei militants attacked"): the same word
    names the same people, as entities at those places."""
    from .models import Entity

    tagged = {e.start for e in nations}
    words = {e.text for e in nations if e.text[:1].isupper() and len(e.text) > 2}
    out = []
    for w in sorted(words):
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(w)}(?=\s+(?i:{_GROUP_RX})\b)", text):
            if m.start() not in tagged and not any(e.start <= m.start() < e.end for e in nations):
                out.append(Entity(text=w, label="NORP", start=m.start(), end=m.end()))
    return out


def _after_name(text: str, i: int) -> bool:
    """Whether a capitalised word other than "The" comes right before offset ``i`` of ``text``, not
    at a sentence's start ("Al-Shabaab Somali fighters"; "The Somali pirates" is no name)."""
    prev = _CAPITAL_WORD.search(text[max(0, i - 40) : i])
    return prev is not None and prev.group(1) != "The" and not _sentence_start(text, i - len(prev.group(0)))


def _sentence_start(text: str, i: int) -> bool:
    before = text[max(0, i - 3) : i].rstrip(" \"“'‘")
    return not before or before[-1] in ".!?\n:—"


def bare_heads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, head in lower case) of the group nouns of ``text`` written alone ("the rebels",
    "Pirates seized"), not after a capitalised word other than "The" ("Ndoro rebels", "Somali pirates")."""
    out = []
    for m in _BARE.finditer(text):
        prev = _CAPITAL_WORD.search(text[max(0, m.start() - 40) : m.start()])
        if prev is not None and prev.group(1) != "The" and not (
                prev.group(1) in _OPENERS and _sentence_start(text, m.start() - len(prev.group(0)))):
            continue  # "Ndoro rebels": a name's; "Some armed bandits" at a sentence's start names none
        if text[max(0, m.start() - 1) : m.start()] == "-":
            continue  # "Iran-backed militias" is a phrase of its own
        if m.group("head")[0].isupper() and not _sentence_start(text, m.start("head")) and not _title_case_line(text, m.start()):
            continue  # "the Rebel Alliance": a name
        out.append((m.start(), m.end(), head_noun(m.group("head"))))
    return out


def add_national_groups(resolver) -> None:
    """Add the groups of ``national_phrases`` and their bare nouns to ``resolver``'s index (an
    ``actors.ActorResolver`` after its stages, before the document-level back-off): each phrase and
    bare noun that no mention covers yet becomes a mention of the group's actor; members introduced
    as such take the group as affiliation (module docstring)."""
    from .actors import _own
    from .inferred_affiliation import incident_country
    from .text import slug

    index, gaz = resolver.index, resolver.gaz
    owned: set[str] = set()

    def own(aid: str):
        """The actor ``aid``, a copy of its own to change (the index kept before the descriptions
        shares the others: ``actors._own``)."""
        if aid not in owned:
            _own(index, aid)
            owned.add(aid)
        return index.actors[aid]

    taken = index.spans_by_source()
    for sid, src, an in resolver.analysed_sources():
        text, spans = src.text, taken[sid]
        ents = [(e.start, e.end) for e in an.entities if e.label in ("ORG", "PERSON")]

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in spans)

        groups: dict[str, set[str]] = defaultdict(set)  # head -> actor ids of the article's groups
        for s, e, name, head, country in national_phrases(text, an.entities, gaz):
            if not free(s, e) or any(a < e and s < b for a, b in ents):
                continue
            people = country if country and head in INSURGENT_HEADS and _people_abroad(resolver, sid, an, country, text, e) else ""
            if people:
                country = ""  # "Armenian separatists" in a story of another country: a people, not Armenia
            known = slug(name) in resolver.actors
            aid = resolver.ensure(name, "organization", country)
            a = own(aid)
            if a.kind != "organization":
                continue
            if people:
                resolver.people_groups.add(aid)  # nor the story's country by the back-off
                if not known and a.affiliation == people and gaz.entry(name) is None:
                    a.affiliation = ""  # (the state its name's adjective names, ``actors.name_affiliation``)
            if country and not a.affiliation:
                a.affiliation = country
            if country and (c := gaz.country(country)) is not None:
                resolver.alias(aid, f"{c.name} {head}")  # "South Sudan rebels" is "South Sudanese rebels"
            resolver.alias(aid, name)
            index.by_span[(sid, s, e)] = aid
            spans.append((s, e))
            groups[head].add(aid)
        bare = bare_heads(text)
        named_heads = _named_heads(text, an.entities, gaz)
        armed_named = _names_armed_group(resolver, sid, text, {a for ids in groups.values() for a in ids})
        for s, e, head in bare:
            if not free(s, e):
                continue
            origin = _from_nation(text, e, gaz)  # "bandits from the Nigerien side": that country's
            if origin is None and len(groups[head]) == 1:
                aid = next(iter(groups[head]))
            elif origin is None and (groups[head] or head in named_heads or armed_named):
                continue  # several groups, or one with a name ("Ndoro rebels", "Abu Sayyaf ... militants"): not guessed
            else:
                # a group the text names by its noun alone is of the land it is in: a de facto state's
                # land is the recognised state's (``Gazetteer.for_places``), its army alone is its own
                c = origin or gaz.for_places().country(resolver.story_country_of(sid) or incident_country(an, gaz))
                if c is None:
                    continue
                aid = resolver.ensure(f"{c.adjective} {head}", "organization", c.name)
                a = own(aid)
                if a.kind != "organization":
                    continue
                if not a.affiliation:
                    a.affiliation = c.name
                resolver.alias(aid, f"{c.name} {head}")
                groups[head].add(aid)
            own(aid)
            resolver.alias(aid, text[s:e])
            index.by_span[(sid, s, e)] = aid
            spans.append((s, e))
        for m in _MEMBER.finditer(text):
            head = _SINGULAR.get(m.group("head"), m.group("head"))
            if len(groups[head]) != 1:
                continue
            group = resolver.actors[next(iter(groups[head]))]
            written = m.group("name").split()[0].strip("’'")
            for (sid2, _ps, _pe), pid in list(index.by_span.items()):
                p = index.actors.get(index.canonical_id(pid)) if sid2 == sid else None
                if p is not None and p.kind == "person" and p.affiliation in ("", group.affiliation) and written in (p.name.split()[0], p.name.split()[-1]) \
                        and _only_in(index, p.id, sid):  # a one-word name another article also writes is not this one's
                    own(p.id).affiliation = group.name  # "one of the pirates, Hassan, said": Hassan is of the pirates
                    break


def _people_abroad(resolver, sid: str, an, country: str, text: str, end: int) -> bool:
    """Whether an insurgent group named by a nation word ("Armenian separatists", ``country`` the
    state that word names) is a people's, not that state's: the article happens in another country
    (``story_country_of``, else the one country of its incidents) and the words after the noun do not
    put the group in that state ("... in Armenia"). Rebels of a story of their own country are its."""
    from .inferred_affiliation import incident_country

    where = resolver.story_country_of(sid) or incident_country(an, resolver.gaz)
    if not where or where == country:
        return False
    said = _from_nation(text, end, resolver.gaz)
    return said is None or said.name != country


_FROM = re.compile(r"\s+(?:from|in|inside|based\s+in|operating\s+in)\s+(?:the\s+)?(?:other\s+side\s+of\s+the\s+border\s+in\s+)?"
                   r"(?:(?:southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western)\s+)?"
                   r"(?P<nation>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")


def _from_nation(text: str, end: int, gaz):
    """The country a "from" or "in" phrase right after a group noun names ("bandits from the Nigerien side",
    "rebels from Chad", "militias in southern Syria"), None when none (a region's: "bandits in Zamfara")."""
    m = _FROM.match(text, end)
    return gaz.country(m.group("nation")) if m is not None else None


def _only_in(index, aid: str, sid: str) -> bool:
    """Whether every mention of actor ``aid`` lies in source ``sid``."""
    return all(k[0] == sid for k, v in index.by_span.items() if index.canonical_id(v) == aid)


def _names_armed_group(resolver, sid: str, text: str, national: set[str] = frozenset()) -> bool:
    """Whether source ``sid`` names a non-state armed group: an organisation of the alias file that
    answers to no international body and is no state's force ("Abu Sayyaf", "the Islamic State"), or one
    the words around it call armed ("the militant group X", ``actors._armed_group_at``). Not the
    groups named by a nation word and their noun (``national``: "Meitei militants"): no name of their own."""
    from .actors import _armed_group_at, _state_body
    from .roles import military_body

    gaz = resolver.gaz
    for (s2, start, end), aid in resolver.index.by_span.items():
        a = resolver.index.get(aid) if s2 == sid else None
        if a is None or a.kind != "organization" or _state_body(a.name, security=True) or military_body(a.name, gaz) \
                or resolver.index.canonical_id(aid) in national:
            continue
        entry = gaz.entry(a.name)
        if entry is not None and entry.affiliation != entry.name and (not entry.affiliation or gaz.country(entry.affiliation)):
            return True
        if entry is None and _armed_group_at(text, start, end):
            return True
    return False


def _named_heads(text: str, entities, gaz) -> set[str]:
    """The group nouns ``text`` writes after a name that is no nation word ("Ndoro rebels", "the
    Tumbo militias"): the article's own named group has them."""
    nations = {(e.start, e.end) for e in entities if e.label in ("NORP", "GPE")}
    out = set()
    for m in re.finditer(r"([A-Z][\w’'-]*)(?:-[a-z]+)?\s+(" + _GROUP_RX + r")\b", text):
        if m.group(1) in _HEDGE_WORDS or any(s <= m.start(1) < e for s, e in nations) or gaz.country(m.group(1)) is not None:
            continue
        out.add(head_noun(m.group(2)))
    return out
