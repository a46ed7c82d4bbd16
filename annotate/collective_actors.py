"""Collective actors that news prose names by a nationality, country, region, people or leader and a
collective noun for an armed or political body, with no name of their own: "Bolivian Aymara clans",
"Peruvian border units", "irregular Ecuadorian armed groups", "Transkei forces", "the Kenyan-led
coalition", "the Ogoni community", "Tongan volunteers".

- The phrase is a modifier, up to three classifying words ("border", "armed", a capitalised people's
  name such as "Aymara") and a noun of ``HEADS`` (a closed class of the language), written in lower
  case (a capitalised head is a name: "Rapid Support Forces"). The modifier is a nationality, country
  or place entity of the analysis (NORP, GPE, LOC), a word the gazetteer knows as a country or a
  city or region, "<X>-led" (X's), "<X>-backed" (the backer, not the group's country), or a
  capitalised word the model left untagged ("Transkei forces").
- The actor is an organisation named by the phrase without its article or hedge ("the", "irregular",
  "unidentified"); the words as written and the phrase with the country's name for its adjective are
  its aliases. A state's own force ("Ecuadorian troops", "the Fijian air force") is the military body
  the state-body rules name (``roles.military_body``).
- A group named by its patron ("Iran-backed militias", here or by ``national_groups``) is of the
  country the article happens in once the patron's mentions are set aside (``patron_groups``).
- Its affiliation is the country the modifier names: a nationality or country (``Gazetteer.country``),
  a city or region (``place_candidates.in_context``: among the places of that name, the one in the
  country the article names most) when the article's other names name that country too, the leader of "<X>-led". A people's name, an untagged word or a
  backer gives none: the document-level back-off (``inferred_affiliation``) gives the article's country.

Left alone: phrases a mention already covers (a speaker, an agent, a named organisation), phrases
inside a PERSON or longer ORG entity, groups of the alias file ("Houthi fighters") and the non-state
nouns ``national_groups`` handles ("rebels", "militants", "pirates")."""

from __future__ import annotations

import re

from .attack_targets import targeted_country

from .national_groups import _CAPITAL_WORD, GROUP_HEADS, _SINGULAR
from .text import norm_name

# Collective nouns for armed, security or political bodies and communities (a closed class); the
# non-state group nouns of ``national_groups`` are left to it.
HEADS = (
    "air force", "armed forces", "security forces", "coast guard", "national guard", "border guards", "border guard",
    "forces", "army", "navy", "militia", "militias", "clans", "clan", "tribes", "tribesmen", "community",
    "communities", "units", "unit", "groups", "council", "coalition", "guard", "guards", "administration",
    "politicians", "volunteers", "miscreants", "troops", "soldiers", "police", "policemen", "fighters",
    "paramilitaries", "squads", "brigades", "battalions", "contingent", "peacekeepers", "vigilantes",
    "herders", "herdsmen", "settlers", "gangs", "gang", "cartel", "cartels", "junta", "elders", "minority", "minorities",
)
# Lower-case classifying words between the modifier and the noun ("Peruvian border units").
_CLASSIFIERS = frozenset(
    "border armed security government tribal ethnic clan village youth community local paramilitary regular irregular special elite opposition "
    "military naval police army navy coast ground national state royal interim transitional ruling provincial "
    "regional federal pro-government anti-government defence defense self-defence self-defense militia "
    "peacekeeping occupation occupying allied rival warring criminal drug vigilante civilian "
    # a force's task ("Colombian anti-terror units", "the Kenyan counter-terrorism police")
    "anti-terror anti-terrorism anti-terrorist counter-terror counter-terrorism counterterrorism anti-narcotics "
    "anti-drug anti-riot riot anti-kidnapping anti-gang rapid intervention commando".split())
# Words before the modifier that are not part of the name ("irregular Ecuadorian armed groups").
_HEDGES = frozenset("the a an irregular unidentified suspected alleged armed local rival some several other".split())
# Words that start a sentence before a collective noun without naming anyone ("These units", "Two groups").
_QUANTIFIERS = frozenset(
    "these those both all many most some several other others two three four five six seven eight nine ten "
    "dozens hundreds thousands few such various rival numerous no any each every their its our his her".split())
_HEADS_RX = "|".join(re.escape(h) for h in sorted(HEADS, key=len, reverse=True))
_TAIL = re.compile(r"(?P<mid>(?:[ \t]+(?:[A-Z][a-z][\w’'-]*|[a-z][a-z-]+)){0,3}?)[ \t]+(?P<head>" + _HEADS_RX + r")\b")
_LINK = re.compile(r"-(?P<link>led|backed|supported|sponsored|funded|armed|allied|aligned|linked|trained)\b")
_WORD = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}")
_HEDGE_BEFORE = re.compile(r"((?:\b[A-Za-z]+[ \t]+){1,2})$")
_POSSESSIVE = re.compile(r"[’'](?P<link>s)\b")
_CONJ = re.compile(r"\s(?:and|or)\s|,\s")
_NON_STATE = frozenset({*GROUP_HEADS, *_SINGULAR})


def collective_phrases(text: str, entities, gaz) -> list[tuple[int, int, str, str, str]]:
    """The collective-actor phrases of ``text`` (module docstring): (start, end, name, written,
    affiliation) with ``start``/``end`` character offsets of the phrase without article or hedge,
    ``name`` the actor's name, ``written`` the words as written including a hedge ("irregular
    Ecuadorian armed groups"), ``affiliation`` a country name or "" (``entities``: the analysis's)."""
    from .foreign_places import countries_named_in
    from .place_candidates import in_context, named_countries
    from .places import country_name

    names = [e.text for e in entities if e.label in ("GPE", "LOC", "NORP")]
    named = named_countries(names, gaz)
    blocked = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    starts: dict[int, int] = {}
    for e in entities:
        if e.label in ("NORP", "GPE", "LOC"):
            starts[e.start] = max(starts.get(e.start, 0), e.end)
    for m in _WORD.finditer(text):
        starts.setdefault(m.start(), m.end())
        second = re.match(r"[A-Z][\w’'-]*[ \t]+", m.group(0))
        if second is not None and second.end() < len(m.group(0)) and _sentence_start(text, m.start()) \
                and gaz.country(m.group(0)[second.end() :].split()[0]) is not None:
            starts.setdefault(m.start() + second.end(), m.end())  # "Then Tajik border guards": the nation word after a sentence's first word
    out = []
    taken_until = -1
    for s in sorted(starts):
        if s < taken_until:
            continue
        mod_end = starts[s]
        if (cut := _LINK.search(text, s, mod_end)) is not None and cut.end() == mod_end and cut.start() > s:
            mod_end = cut.start()  # "Saudi-led" as one untagged word: the nation word, then its link
        mod = text[s:mod_end]
        link = _LINK.match(text, mod_end) or _POSSESSIVE.match(text, mod_end)
        tail = _TAIL.match(text, link.end() if link else mod_end)
        if tail is None:
            continue
        mid = tail.group("mid").split()
        if any(w[0].islower() and w.lower() not in _CLASSIFIERS for w in mid):
            continue
        head = tail.group("head")
        if any(w.lower() in _NON_STATE for w in mid):
            continue  # "Somali rebel forces": national_groups' group
        words = mod.split()
        if words and words[0] in ("The", "A", "An"):
            s += len(words[0]) + 1
            mod = mod[len(words[0]) + 1 :]
            if not mod:
                continue
        if _sentence_start(text, s) and mod.lower() in _HEDGES | _CLASSIFIERS:
            continue
        end = tail.end()
        if _modifies_next(text, end):
            continue  # "the Gujarat police station", "Estonia's army chief", "Sindh police Lt. X"
        if any(a < end and s < b for a, b in blocked) or _after_name(text, s, entities, gaz):
            continue  # "Mahamat Idriss forces": a person's; "Sahel Shield units": part of a name
        if gaz.canonical(mod) or gaz.canonical(text[s:end]):
            continue  # "Houthi fighters": the alias file's group
        country = ""
        ln = link.group("link") if link and link.group("link") != "s" else ""
        possessive = bool(link) and link.group("link") == "s"
        c = gaz.country(mod.removesuffix("’s").removesuffix("'s"))
        if c is None and not ln:
            p = in_context(mod, gaz, named)
            if p is not None and p.kind in ("city", "region") and p.country:
                pc = gaz.country(country_name(p.country))
                others = countries_named_in([n for n in names if norm_name(n) != norm_name(mod)], gaz)
                if pc is not None and others.get(pc.name):
                    c = pc  # a place of a country the article names otherwise ("Cochabamba police"; not "Kuki" of Japan)
        if c is not None and ln in ("", "led"):
            country = c.name
        elif c is None and not ln and not _untagged_ok(mod, s, text, entities):
            continue
        written = text[s:end]
        hedge = _HEDGE_BEFORE.search(text[max(0, s - 30) : s])
        if hedge:
            hw = [w for w in hedge.group(1).split() if w.lower() in _HEDGES - {"the", "a", "an"}]
            if hw and hedge.group(1).split()[-len(hw):] == hw:
                written = " ".join(hw) + " " + written
        name = text[s:end]
        if possessive:
            if c is None:
                continue  # "Smith's forces": a person's, not a nation's
            name = f"{c.adjective} {text[tail.start('mid') if tail.group('mid') else tail.start('head'):end].strip()}"  # "Peru's navy units" -> "Peruvian navy units"
        out.append((s, end, " ".join(name.split()), " ".join(written.split()), country))
        taken_until = end
    return out


# A classifier and a collective noun with no nation word ("opposition politicians", "the military council").
_BARE_CLASSIFIERS = ("opposition", "military", "interim", "transitional", "ruling", "tribal", "clan", "village",
                     "community", "border", "security", "government", "pro-government", "anti-government", "local",
                     "warring", "rival")
_BARE = re.compile(r"(?<![\w-])(?P<cls>(?i:" + "|".join(_BARE_CLASSIFIERS) + r"))[ \t]+(?P<head>" + _HEADS_RX + r")\b")


def bare_collectives(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase in lower case) of the classifier + collective noun phrases of ``text``
    written without a nation word or a name before them ("opposition politicians", "the military
    council", "Security forces fired"; not "Bolivian opposition politicians", "Ogoni community
    leaders" as a whole)."""
    out = []
    for m in _BARE.finditer(text):
        if _modifies_next(text, m.end()):
            continue  # "the military council chairman": a person's title
        if m.group("cls")[0].isupper() and not _sentence_start(text, m.start()):
            continue  # "the Military Council of X": a name
        if _CAPITAL_WORD.search(text[max(0, m.start() - 40) : m.start()]) and not re.search(r"\b(?:The|A|An)[ \t]+$", text[max(0, m.start() - 4) : m.start()]):
            continue  # after a capitalised word: a name or a nation word, ``collective_phrases``' own
        out.append((m.start(), m.end(), " ".join(m.group(0).lower().split())))
    return out


# Nouns a collective noun modifies, so the phrase names a person, a place or a thing, not the body
# (a closed class: "police station", "army chief", "council chairman", "militia vehicles").
_COMPOUND_HEADS = frozenset(
    "station stations chief chiefs commander commanders spokesman spokeswoman spokesperson officer officers "
    "official officials headquarters post posts base bases camp camps barracks leader leaders member members "
    "source sources vehicle vehicles truck trucks convoy patrol patrols chairman chairwoman chair head heads "
    "general generals colonel major captain sergeant lieutenant personnel staff checkpoint checkpoints "
    "academy school hospital court courts jail prison uniform uniforms helicopter helicopters jet jets "
    "plane planes ship ships vessel vessels boat boats position positions operation operations".split())
_NEXT_WORD = re.compile(r"(?:[’']s\b|[ \t]+(?P<word>[A-Za-z][\w.’'-]*))")


def _modifies_next(text: str, end: int) -> bool:
    """Whether the collective noun ending at ``text[:end]`` modifies what follows: a possessive, a
    noun of ``_COMPOUND_HEADS`` or a capitalised word (a rank or a name: "police Lt. X")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    w = m.group("word")
    return w is None or w.lower().rstrip(".") in _COMPOUND_HEADS or w[0].isupper()


def _untagged_ok(mod: str, s: int, text: str, entities) -> bool:
    """Whether a capitalised modifier the gazetteer does not know may name a collective actor: one
    capitalised word without digits and not all in capitals (no model or acronym: "MiG-31 fighters", "NK
    troops"), not a date or a person's name, and at a sentence's start no quantifier, hedge or adverb
    ("Transkei forces", "Hutu militias attacked"; not "Both forces", "Heavily armed groups")."""
    if len(mod.split()) != 1 or re.search(r"\d", mod) or mod.isupper():
        return False  # "MiG-31 fighters", "NK troops": a model's name or an acronym, no people's name
    low = mod.lower()
    if _sentence_start(text, s) and (low in _HEDGES | _CLASSIFIERS | _QUANTIFIERS or low.endswith(("ly", "ed", "ing"))):
        return False  # "Both forces", "Heavily armed groups": no name at a sentence's start
    if any(e.start <= s < e.end and e.label in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY") for e in entities):
        return False
    return True


def _after_name(text: str, i: int, entities, gaz) -> bool:
    """Whether a capitalised word other than an article, a hedge or a nation word comes right before offset
    ``i`` of ``text`` ("Mahamat Idriss forces", "Sahel Shield units": part of a longer name)."""
    prev = _CAPITAL_WORD.search(text[max(0, i - 40) : i])
    if prev is None or prev.group(1).lower() in _HEDGES | _CLASSIFIERS or gaz.country(prev.group(1)) is not None:
        return False  # "Irregular Peruvian units", "Kenyan Somali clans": a hedge or a nationality before
    at = i - len(prev.group(0))
    if prev.group(1).lower() in _OPENERS and _sentence_start(text, at):
        return False  # "Then Thai border guards fired": a sentence's first word, no name
    return not any(e.start <= at < e.end and e.label in ("NORP", "GPE", "LOC") for e in entities)


# Adverbs and conjunctions that open a sentence in capitals before a nation word, naming no one (a closed class).
_OPENERS = frozenset(
    "then but and when after meanwhile later so yet now also earlier still while as since because if once "
    "however thus instead overnight again soon eventually finally".split())


def _sentence_start(text: str, i: int) -> bool:
    before = text[max(0, i - 3) : i].rstrip(" \"“'‘(")
    return not before or before[-1] in ".!?\n:—"


def add_collective_actors(resolver) -> None:
    """Add the actors of ``collective_phrases`` to ``resolver``'s index (an ``actors.ActorResolver``
    after its stages, before the document-level back-off): each phrase no mention covers becomes a
    mention of its actor (a state's military body when ``roles.military_body`` names one)."""
    from .actors import _own
    from .inferred_affiliation import incident_country
    from .roles import military_body

    index, gaz = resolver.index, resolver.gaz
    for sid, src, an in resolver.analysed_sources():
        text = src.text
        # A coordinated mention ("X forces and the Y army") does not hide its conjuncts.
        spans = [(s, e) for s2, s, e in index.by_span if s2 == sid and not _CONJ.search(text[s:e])]
        longer = [(e.start, e.end) for e in an.entities if e.label == "ORG"]
        for s, e, name, written, country in collective_phrases(src.text, an.entities, gaz):
            if any(a < e and s < b for a, b in spans) or any(a < s and e <= b or a <= s and e < b for a, b in longer):
                continue
            body = military_body(name, gaz)
            if body is not None:
                aid = resolver.ensure(body[0], "organization", body[1])
            else:
                if (backed := _BACKED.match(name)) is not None:
                    country = _acts_in(backed, an, gaz, targeted_country(text, e, gaz))
                    if not country:
                        continue  # "Iran-backed forces" in a story of no other country: whose, unsaid
                aid = resolver.ensure(name, "organization", country)
            a = _own(index, aid)
            if a.kind not in ("organization", "government"):
                continue
            if country and not a.affiliation:
                a.affiliation = country
            for alias in (name, written):
                resolver.alias(aid, alias)
            first = name.split()[0]
            if (c := gaz.country(first)) is not None and len(name.split()) > 2:
                rest = name[len(first) :].strip()
                resolver.alias(aid, f"{c.name} {rest}")
                if rest[:1].isupper():
                    resolver.alias(aid, rest)  # "Aymara clans" of "Bolivian Aymara clans"
            index.by_span[(sid, s, e)] = aid
            spans.append((s, e))
        patron_groups(resolver, sid, text, an)
        country = None
        for s, e, phrase in bare_collectives(text):
            if any(a < e and s < b for a, b in spans) or any(a < s and e <= b or a <= s and e < b for a, b in longer):
                continue
            if country is None:
                country = gaz.country(resolver.story_country_of(sid) or incident_country(an, gaz)) or False
            if not country:
                break  # a story of no one country: whose council or opposition, unsaid
            name = f"{country.adjective} {phrase}"
            body = military_body(name, gaz)
            aid = resolver.ensure(body[0] if body else name, "organization", country.name)
            a = _own(index, aid)
            if a.kind not in ("organization", "government"):
                continue
            if not a.affiliation:
                a.affiliation = country.name
            resolver.alias(aid, text[s:e])
            index.by_span[(sid, s, e)] = aid
            spans.append((s, e))


_BACKED = re.compile(r"(?P<patron>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)-(?:backed|supported|sponsored|funded|armed|trained|aligned)\b", re.I)


def patron_named(name: str) -> bool:
    """Whether a group's name names its patron: "Iran-backed militants", "Kenyan-trained units"."""
    return _BACKED.match(name) is not None


def patron_groups(resolver, sid: str, text: str, an) -> None:
    """Groups of source ``sid`` named by their patron ("Iran-backed militias", "Kenyan-trained
    units") with no affiliation yet: the country the article happens in once the patron's own
    mentions are set aside (``roles.story_country`` of its other place and nationality names), when
    that is another than the patron's. The patron is named as a backer, not as where the story
    happens. Changed actors are replaced by copies."""
    from .actors import _own

    gaz, index = resolver.gaz, resolver.index
    for (s2, start, end), aid in list(index.by_span.items()):
        m = _BACKED.match(text, start) if s2 == sid else None
        a = index.get(aid) if m is not None else None
        if a is None or a.affiliation or a.kind != "organization" or not (where := _acts_in(m, an, gaz, targeted_country(text, end, gaz))):
            continue
        _own(index, index.canonical_id(aid)).affiliation = where


def _acts_in(backed, an, gaz, target: str = "") -> str:
    """``roles.story_country`` of analysis ``an``'s place and nationality names without the patron's
    (``backed``: a ``_BACKED`` match), when that is another country than the patron's and than the
    ``target`` the group fires at (``attack_targets.targeted_country``: "Iran-backed militants fired
    rockets at <country>" are not of that country); "" otherwise."""
    from .roles import story_country

    patron = gaz.country(backed.group("patron"))
    if patron is None:
        return ""
    names = [e.text for e in an.entities if e.label in ("GPE", "LOC", "NORP")]
    others = [n for n in names if (c := gaz.country(n.removesuffix("’s").removesuffix("'s"))) is None or c is not patron]
    where = story_country(others, gaz)
    return where if where not in (patron.name, target) else ""
