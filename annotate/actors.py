"""Actors: one canonical actor per real-world entity, from the speakers, frame agents and
names the analysis found across all sources.

- People join by name: titles, roles and possessives are stripped ("Estonia’s Foreign
  Minister Margus Tsahkna" -> "Margus Tsahkna"), a bare surname joins the full name in the
  same article (else the only one in the corpus), and spelling variants join
  ("Alexei"/"Alexey Meshkov", "Heegseth"/"Hegseth").
- Governments: an unnamed official with a nationality ("a British government spokesperson",
  "Russian diplomats") and a metonym ("the Kremlin", "Tallinn") are their government, via the
  alias file. An unnamed "government spokesperson" whose quote speaks for a country in the
  first person ("The UK stands ready to defend our airspace") is that country's.
- Groups named later ("The group -- the so-called “Bucharest Nine”") take over the unnamed
  plural speakers before them in the same article.
- A byline (a line of the article's top that holds only a person's name, or "By ...") names the
  writer, no actor; the same name quoted or acting in the text still is one.
- The analyst's merges, renames and aliases (stored in the workspace) are applied last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from .acronym_names import spelt_out
from .actor_ids import edit_refs, find_again, keep_actors
from .alias_scope import acronym_written, description_only, foreign_acronym, foreign_description, is_acronym, used_elsewhere
from .apposed_names import named_people, particle_ends
from .datelines import agency_use
from .dateline_offices import dateline_office_country
from .described_towns import described_town_of
from .place_candidates import named_countries
from .described_speakers import resolve_described
from .office_domains import after_remit, titled_remit_before
from .office_holders import office_holders
from .owned_bodies import owned_body
from .security_sources import security_sources, speaking_security_sources
from .government_bodies import government_body, justice_body
from .gazetteer import Gazetteer
from .inferred_affiliation import apply_inferred
from .insurgency import insurgency_of
from .misnamed_orgs import misnamed_orgs
from .common_noun_persons import common_noun_persons, cut_at_hyphen
from .nameless_entities import nameless_entities
from .fuller_names import fuller_name
from .body_variants import body_key, body_twin
from .struck_places import struck_places
from .military_ranks import chief_before, rank_title
from .where_clause import where_clause_country
from .models import Actor, Analysis, Source
from .given_nicknames import shortens
from .joint_statements import add_joint_statements
from .name_variants import UNIT_NUMBER, acronym_definitions, close_family, content_words, close_given, family_key, given_key, spelling_key, un_body, unit_key
from .nationality_descriptors import nationality_before, seat_before
from .national_agencies import national_agency
from .role_antecedents import role_antecedent
from .nlp.lexicon import NOT_AGENT_NOUNS, OFFICIAL_NOUNS, TITLE_WORDS
from .owned_titles import owned_title_before
from .org_context import BODY_NOUNS, arabic_article_word, body_noun_before, group_noun_after
from .unquoted_reports import unquoted_reports
from .name_extent import name_extent
from .org_words import ENTITY_FIX_ORG_WORDS, NAME_CHECK_ORG_WORDS, ORG_WORDS_BASE
from .member_lists import group_named, listed_group
from .ministry_aliases import ministry_forms
from .ministry_country import forces_country, ministry_country
from .cited_outlets import add_cited_outlets
from .named_outlets import named_outlet
from .region_governments import region_government
from .counterparts import counterpart_countries
from .court_country import court_country, legal_title, legal_title_before, sentence_country
from .news_agencies import agency_country, person_or_agency
from .armed_group_names import not_the_state_body
from .mediator_bodies import former_office_body, spelled_body
from .places import country_name, place
from .regional_bodies import regional_body
from .roles import (
    without_carrier,
    PERSON_HEADS,
    INSTITUTION_HEADS,
    LOCAL_PEOPLE,
    Candidate,
    Description,
    affiliation,
    apposition,
    dateline_country,
    earlier_body_country,
    military_body,
    name_affiliation,
    civil_national_title,
    copular_title,
    group_title,
    state_country,
    identified_member,
    its_title,
    relative_clause,
    list_nationality,
    officials_countries,
    local_person,
    local_title,
    main_country,
    of_body,
    place_before,
    title_place,
    residence_country,
    title_before_comma,
    description,
    issuer,
    issuing_body,
    head_title,
    only_country,
    previous_body_country,
    spokes_principal,
    spokes_title,
    state_body_title,
    story_country,
    national_title,
    pick_author,
    pick_institution,
    pick_person,
    posted_countries,
    REPRESENTATIVES,
    role_words,
    title_run,
)
from .lead_country import lead_country
from .pronoun_fallback import previous_speaker
from .name_prefixes import double_surname_holder, longer_name, named_last_before
from .relational_speakers import RELATIONAL_NOUNS, apposed_name_end, kin_named, relational_noun
from .short_forms import country_for_short_form
from .sole_country import sole_country
from .spokesman_names import apposed_aide_end, titled_single_name, without_possessive
from .speaker_referents import stand_in, unnamed_ministry, without_leadership
from .speaker_bodies import (
    GOVERNMENT_BODIES,
    body_country,
    generic_head,
    known_body,
    named_document,
    national_body,
    COMPANY_HEADS,
    company_named_after,
    same_head,
    same_head_antecedent,
    spokesperson_body,
)
from .state_bodies import find_state_bodies
from .state_agencies import agency_description_of, named_state_agencies
from .text import norm_name, slug

_PARTICLES = {"von", "van", "der", "den", "ter", "de", "del", "della", "da", "di", "du", "des", "dos", "al", "bin", "ibn", "bint", "le", "la"}
# Words that join a name to a father's or family's name: a title word after one is a name.
_PATRONYM_WORDS = frozenset("bin ibn bint ben ould abu al el".split())
_TOKEN = re.compile(r"[\w.’'-]+")
_QUANTIFIERS = frozenset(
    """
    the these those two three four five six seven eight nine ten dozen dozens several some many
    most both other few numerous various multiple senior top unnamed anonymous high-ranking
    """.split()
)


# Singular nouns of one official: "the army officer", "the senior source" is someone unnamed.
_ONE_OFFICIAL = frozenset(
    "spokesperson spokesman spokeswoman official diplomat envoy aide adviser advisor officer commander "
    "representative lawmaker analyst source".split()
)


def _bare(words: list[str]) -> bool:
    """Only quantifiers and one official noun ("Officials", "two senior sources"): nobody in
    particular, the same words in every article."""
    rest = [w for w in words if w.lower() not in _QUANTIFIERS and not w.isdigit()]
    return len(rest) == 1 and rest[0].lower() in OFFICIAL_NOUNS
_GROUP_NAME = re.compile(
    r"\b(?:the|this) (?:group|coalition|bloc|format|grouping|club|alliance|forum)\b[^.]{0,60}?"
    r"(?:so-called|known as|dubbed|called|named)\s+(?:the\s+)?[\"“](?P<name>[^\"”]{2,40})[\"”]",
    re.I,
)
# A news agency's credit line: "Reporting by X in Islamabad; Editing by Y", "(Writing by Z)",
# or a byline alone on its line ("By Jane Doe and John Roe").
_CREDIT = re.compile(
    r"(?:(?:additional\s+)?(?:reporting|editing|writing|written|edited|compiled|produced|research|"
    r"graphics?|photos?|photographs|translation|translated|fact-checking)\s+by\b[^\n)]*)"
    r"|^[ \t]*by[ \t]+[A-Z][^\n]{0,80}$",
    re.I | re.M,
)
# Between a person's name and another name of theirs: ", also known as ", " (a.k.a. ", ", nicknamed \"".
_NICKNAME_GAP = re.compile(
    r"\s*(?:,\s*|\(\s*|\s)(?:(?:also|better|widely|popularly)\s+known\s+as|a\.?k\.?a\.?)\s*(?:the\s+)?[\"“']?"
    r"|\s*(?:,|\()\s*(?:known\s+as|alias|nicknamed|dubbed)\s*(?:the\s+)?[\"“']?",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)


def _strip_possessive(w: str) -> str:
    return re.sub(r"[’']s$", "", w)


_PREPOSITIONS = {"of", "for", "to", "at", "with", "from", "in", "on"}
_LEADING = {"the", "a", "an", "former", "then", "current", "outgoing", "incoming", "acting"}


# Titles that are also common given names ("Amir", "Emir"): right after another title and before
# one last word, the given name of the person ("Colonel Amir Haddad", "General Emir Kovac").
_TITLES_ALSO_GIVEN = frozenset({"amir", "emir"})


def _titled_at(text: str, at: int, name: str) -> bool:
    """The name ``name`` written at or just after ``text[at:]`` (its mention may start with a
    title) is brought in with a role: a title or official noun right before it ("her deputy
    Maria Lopez", "Colonel Ruiz Ortega")."""
    pos = text.find(name, at, at + 80 + len(name))
    before = _TOKEN.findall(text[max(0, (pos if pos >= 0 else at) - 40) : pos if pos >= 0 else at])
    return any(_is_title(w) or w.lower() in OFFICIAL_NOUNS for w in before[-1:])


def _same_title(text: str, at: int, name: str, full: str) -> bool:
    """The title right before ``name`` at ``text[at:]`` is written right before ``full`` too
    ("President Ruiz Ortega" where the article wrote "President Ana Ruiz Ortega")."""
    pos = text.find(name, at, at + 80 + len(name))
    before = _TOKEN.findall(text[max(0, (pos if pos >= 0 else at) - 40) : pos if pos >= 0 else at])
    return bool(before) and _is_title(before[-1]) and re.search(rf"\b{re.escape(before[-1])}\s+{re.escape(full)}\b", text) is not None


def _is_title(word: str) -> bool:
    """A title or role word, also hyphenated ("Secretary-General")."""
    low = _strip_possessive(word).lower()
    return low in TITLE_WORDS or (("-" in low) and all(p in TITLE_WORDS for p in low.split("-") if p))


def _capital_before(toks: list[str], j: int) -> bool:
    """A capitalised word before toks[j] with only particles between ("Ursula von der")."""
    j -= 1
    while j >= 0 and toks[j].lower() in _PARTICLES:
        j -= 1
    return j >= 0 and toks[j][:1].isupper()


# An Arabic family name with its article: "al-Houthi", "el-Sisi".
_ARTICLE_NAME = re.compile(r"(?:al|el)-[A-Z]")


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def person_name(text: str, gaz: Gazetteer) -> str | None:
    """The personal name in a speaker phrase, without titles, roles, organisations and
    nationality: "Russian Ambassador to France Alexei Meshkov" -> "Alexei Meshkov",
    "Congress General Secretary Jairam Ramesh" -> "Jairam Ramesh", "Trump's" -> "Trump".

    In English news the title comes first and the name last, so the name is the run of
    capitalised words at the end of the phrase, after its last title word. A phrase whose
    head is a common noun ("the spokesman for President Vladimir Putin") names no one."""
    toks = _TOKEN.findall(text.split(",")[0])
    k = len(toks)
    while k > 0:
        w = toks[k - 1]
        if w[:1].isupper() or _ARTICLE_NAME.match(w) or k < len(toks) and w.lower() in _PARTICLES and _capital_before(toks, k - 1):
            k -= 1
        else:
            break
    run = toks[k:]
    if not run:
        return None
    if titled_remit_before(toks, k, _is_title):
        # "the High Commissioner for Human Rights", "Secretary of State Blinken": the remit, then
        # the name if any (not when the words are a body's known name: "Head of Human Rights Watch")
        rest = after_remit(run)
        if len(rest) < len(run) and not (rest and rest[0].lower() in NAME_CHECK_ORG_WORDS) \
                and not any(gaz.canonical(" ".join(run[:n])) for n in range(len(run) - len(rest) + 1, len(run) + 1)):
            if not rest:
                return None
            toks, k, run = rest, 0, rest
    if (named := _name_before_of(toks, k, gaz)) is not None:
        return named  # "Mayor Ana Lopez of Port Coral": the mayor, not her town
    before = toks[k - 1].lower() if k >= 1 else ""
    after_common_noun = before in _PREPOSITIONS and k >= 2 and toks[k - 2][:1].islower()
    if before == "the" and k >= 3 and toks[k - 2].lower() in _PREPOSITIONS and toks[k - 3][:1].islower():
        return None  # "a spokesperson for the West Sea Task Force": what they speak for, no one's name
    # Everything up to a possessive or a title is not the name ("Italy's", "Minister").
    cut = 0
    given_title = ""
    for j, w in enumerate(run[:-1]):
        if j > 0 and run[j - 1].lower() in _PATRONYM_WORDS:
            continue  # "Abdullah bin Zayed bin Sultan Al Nahyan": a father's name, no title
        if w.lower() in _TITLES_ALSO_GIVEN and j == len(run) - 2 and j > 0 and _is_title(run[j - 1]):
            given_title = w  # "Colonel Amir Haddad": after a rank, a given name
            continue
        if _is_title(w) or w.lower() in OFFICIAL_NOUNS or _strip_possessive(w) != w or _is_acronym(w) or w.lower() in LOCAL_PEOPLE:
            cut = j + 1  # "Villager Ana Pike": what she is there, not her name
    if after_common_noun and cut > 0 and any(_is_title(w) for w in run[: cut]):
        return None  # "the spokesman for Russian President Vladimir Putin"
    run = run[cut:]
    # Then countries, nationalities and organisations in front of it ("France", "NATO"); but
    # right after a title, a country or a capital and one more word are a first name and a surname
    # ("Defence Minister Jordan Hale", "Colonel Georgia Marsh", "Colonel Lima Duarte": Lima, a capital).
    while len(run) > 1:
        for n in (3, 2, 1):
            head = " ".join(_strip_possessive(w) for w in run[:n])
            if cut and n == 1 and len(run) == 2 and run[0] == head and head[:1].isupper() and head[1:2].islower() \
                    and not gaz.canonical(head) and gaz.country(head) and head in (gaz.country(head).name, gaz.country(head).capital):
                continue
            if n < len(run) and (gaz.country(head) or (gaz.canonical(head) and not _is_person_entry(gaz, gaz.canonical(head)))):
                run = run[n:]
                break
        else:
            break
    if before in _PREPOSITIONS and after_common_noun and cut == 0 and len(run) == len(toks[k:]):
        return None  # "an adviser to Zelensky": the phrase is about the adviser
    if before in _PREPOSITIONS and not after_common_noun and len(run) >= 3 and len(run) == len(toks[k:]) - cut:
        run = run[-2:]  # "Secretary of State Marco Rubio": the object, then the name
    name = [_strip_possessive(w) for w in run]
    while name and name[0].lower() in _PARTICLES and not (name[0][:1].isupper() and len(name) >= 2):
        name.pop(0)  # a capitalised particle opens a family name ("Le Franc", "Van Dam"): it stays
    if not name or sum(w.lower() not in _PARTICLES for w in name) > 5:
        return None  # "Abdullah bin Zayed bin Sultan Al Nahyan": particles do not count
    if any((_is_title(n) or n.lower() in OFFICIAL_NOUNS or n.lower() in _LEADING) and not (j and name[j - 1].lower() in _PATRONYM_WORDS)
           and not (j == 0 and given_title and n == given_title) for j, n in enumerate(name)):
        return None
    if after_common_noun and len(name) >= 2 and name[-1].lower() in ORG_WORDS_BASE:
        return None  # "a spokesperson for Serbia's Eastern Theater Command": a body's name
    joined = " ".join(name)
    canon = gaz.canonical(joined)
    if gaz.country(joined) or (canon and not _is_person_entry(gaz, canon)) or (len(name) == 1 and _is_acronym(name[0])):
        return None
    if not canon and _is_acronym(name[-1]) and not set(name[-1]) <= set("IVX"):
        return None  # "Westholm North CCG": a body's name ends in its acronym, no one's does
    return joined


_OF_WHERE = {"of", "from", "at"}


def _name_before_of(toks: list[str], k: int, gaz: Gazetteer) -> str | None:
    """A title and a name, then where the person is from, ends a phrase ("Mayor Ana Lopez of Port
    Coral", "Governor Tom Ray of the Central Bank"): the name before the preposition, when the
    capitalised words before it are a title and then a name (never "Secretary of State Marco
    Rubio": a title alone before "of" names no one). ``k``: where the final capitalised run
    starts in ``toks``. None otherwise."""
    j = k - 1
    if j >= 0 and toks[j].lower() == "the":
        j -= 1
    if j < 1 or toks[j].lower() not in _OF_WHERE:
        return None
    i = j
    while i > 0 and (toks[i - 1][:1].isupper() or toks[i - 1].lower() in _PARTICLES and i > 1 and toks[i - 2][:1].isupper()):
        i -= 1
    head = toks[i:j]
    def title(w: str) -> bool:
        return _is_title(w) or w.lower() in OFFICIAL_NOUNS
    if not any(title(w) for w in head) or title(head[-1]):
        return None
    return person_name(" ".join(toks[:j]), gaz)


# The rest of a hyphenated name the model cut at its hyphen ("Dema" of "Dema-ala").
_HYPHEN_TAIL = re.compile(r"(?:-[\w’']+)*")


def _description_only(text: str) -> bool:
    """True when ``text`` describes without naming: its words are all in lower case but for a
    capital on the first ("The army", "the authorities", "coast guard"), never a name or acronym."""
    words = _TOKEN.findall(text)
    return bool(words) and all(w.islower() or k == 0 and w[:1].isupper() and w[1:].islower() for k, w in enumerate(words))


def _is_person_entry(gaz: Gazetteer, name: str) -> bool:
    e = gaz.entry(name)
    return e is not None and e.kind == "person"


_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    """The family name of a full name, normalised: "Ursula von der Leyen" -> "von der leyen",
    "Ferdinand Marcos Jr." -> "marcos" (a generation is no surname), "Omar al-Rashid" -> "rashid"
    (the Arabic article joined by a hyphen is no part of it: "Rashid" alone is he)."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(",") in _GENERATION:
        parts = parts[:-1]
    for k, p in enumerate(parts[:-1]):
        if p.lower() in _PARTICLES and k > 0:
            return norm_name(" ".join(parts[k:]))
    return family_key(parts[-1])


def _full_name(name: str) -> bool:
    """Two words or more besides a generation ("Ana Ruiz", "Ana Ruiz Jr."; not "Ruiz Jr.", which
    is the family name of someone named in full elsewhere)."""
    words = name.split()
    return len(words) >= 2 and (words[-1].lower().rstrip(",") not in _GENERATION or len(words) >= 3)


def _given(name: str) -> str:
    """The given names of a full name, joined (``name_variants.given_key``): "Abdel Ghani
    al-Rashid" -> "abdelghani"."""
    return given_key(name, len(_surname(name).split()))


def _first(name: str) -> str:
    parts = name.split()
    return norm_name(parts[0]) if len(parts) > 1 else ""


# A head of state's office speaks for its government ("the Syrian presidency said").
_STATE_OFFICES = frozenset(("presidency",))
_NAMED_PRESIDENCY = re.compile(r"\b(?P<nation>[A-Z][\w-]+(?:[’']s)?)\s+(?:presidency|presidential\s+office)\b")
# "an unidentified interior ministry source": someone who speaks for that ministry.
# The ministry's words are lower case: a capitalised one is a name or nationality, for the rules before.
_MINISTRY_SOURCE = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:(?:unidentified|unnamed|anonymous|senior)\s+)?(?P<body>(?:[a-z]+\s+){1,2}ministry)"
                              r"\s+(?:source|sources|official|officials|spokesman|spokeswoman|spokesperson)$")


def _ministry_source(text: str, gaz: Gazetteer) -> str | None:
    """The ministry (title case) an unnamed source of it speaks for: "an unidentified interior
    ministry source" (``_MINISTRY_SOURCE``), "an unnamed Defence Ministry official"
    (``speaker_referents.unnamed_ministry``); else None."""
    if (ms := _MINISTRY_SOURCE.match(text)) is not None:
        return " ".join(w[:1].upper() + w[1:] for w in ms.group("body").split())
    return unnamed_ministry(text, gaz)


# One or two capitalised words (a possessive last) right before a span: "Chile's ", "South Korea’s ", "the Chilean ".
_NATION_WORDS_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:[’']s)?\s+$")
# A phrase headed by an outlet's noun: "Peru's semi-official Andina news agency", "Chile's state broadcaster".
_OUTLET_HEAD = re.compile(r"\b(?:news\s+agency|broadcaster|newspaper|television|TV|radio|news\s+channel|news\s+outlet)[’']?$", re.I)


# Posts named by where they serve: "the Special Envoy for Yemen", "the UN mission in Libya".
_POSTED_TO = frozenset("envoy envoys coordinator representative rapporteur commissioner ambassador mission delegation emissary".split())


def government_for(text: str, gaz: Gazetteer) -> str | None:
    """"a British government spokesperson" -> "UK government"; None when no single
    country is named or the phrase is not about officials."""
    raw = _TOKEN.findall(text)
    words = [_strip_possessive(w) for w in raw]
    countries = set()
    remits = 0  # countries named only as where an office is posted: "the Special Envoy for Yemen"
    for k in range(len(words)):
        for n in (2, 1):
            c = gaz.country(" ".join(words[k : k + n]))
            if c:
                countries.add(c.name)
                if k >= 2 and k + len(words[k : k + n]) == len(words) and words[k - 1].lower() in ("for", "to", "on", "in") and raw[-1] == words[-1] \
                        and words[k - 2].lower() in _POSTED_TO:
                    remits += 1
                break
    if len(countries) != 1 or remits:
        return None
    if not any(w.lower() in OFFICIAL_NOUNS or w.lower() in _STATE_OFFICES for w in words):
        return None
    if _OUTLET_HEAD.search(text.strip()):
        return None  # "Peru's semi-official Andina news agency": an outlet speaks, not the state it belongs to
    pn = person_name(text, gaz)
    if pn and len(pn.split()) >= 2:
        return None  # a named official speaks for themself: "Russian Ambassador Alexey Meshkov"
    if pn and titled_single_name(words, pn, gaz):
        return None  # one name after the title is theirs too: "Ethiopian Prime Minister Abiy"
    c = gaz.country(next(iter(countries)))
    return c.government_name if c else None


@dataclass
class _Mention:
    source_id: str
    start: int
    end: int
    text: str
    role: str  # speaker / agent / entity
    kind: str  # named / unnamed / pronoun / person-entity / org-entity
    quote_text: str = ""
    has_person: bool = False  # a PERSON entity lies inside (or is the antecedent)
    person_text: str = ""  # that entity's text
    org_inside: bool = False  # an ORG entity lies inside: "Amnesty International"
    antecedent: tuple[int, int] = (-1, -1)  # a pronoun's antecedent span, (-1, -1) for other mentions


@dataclass
class ActorIndex:
    """The actors of a corpus and where they are mentioned (built by ``resolve_mentions``, then ``with_edits``). ``actors``:
    actor id -> ``Actor``; ``by_span``: ``(source_id, start, end)`` of a mention (character offsets)
    -> actor id; ``aliases``: normalised name (``text.norm_name``) -> actor id; ``merged``: old
    actor id -> the id it was merged into; ``gazetteer``: the alias file it was built with, None
    when none.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    # (source_id, start, end) of a mention -> actor id
    by_span: dict[tuple[str, int, int], str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # normalised name -> actor id
    merged: dict[str, str] = field(default_factory=dict)  # old id -> id it was merged into
    gazetteer: Gazetteer | None = None
    # old id -> ``uid`` of the analyst's merge edit that merged it (``_apply_edits``)
    merged_by: dict[str, str] = field(default_factory=dict)

    def get(self, actor_id: str | None) -> Actor | None:
        """The ``Actor`` of ``actor_id`` after following merges, or None when ``actor_id`` is None or
        unknown.
        """
        if actor_id is None:
            return None
        return self.actors.get(self.canonical_id(actor_id))

    def canonical_id(self, actor_id: str) -> str:
        """The id ``actor_id`` was merged into, following ``merged`` (at most 20 steps, so a merge
        cycle cannot hang); ``actor_id`` itself when not merged.
        """
        seen = 0
        while actor_id in self.merged and seen < 20:
            actor_id, seen = self.merged[actor_id], seen + 1
        return actor_id

    def spans_by_source(self) -> "defaultdict[str, list[tuple[int, int]]]":
        """The character spans the mentions of ``by_span`` hold, by source id: a new dict (a caller
        that adds mentions appends to it; a source with none gives an empty list)."""
        taken: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for sid, s, e in self.by_span:
            taken[sid].append((s, e))
        return taken

    def at(self, source_id: str, start: int, end: int) -> str | None:
        """The actor id (after merges) of the mention at ``start``..``end`` (character offsets) of
        ``source_id``; None when no actor was resolved there.
        """
        a = self.by_span.get((source_id, start, end))
        return self.canonical_id(a) if a else None

    def resolve(self, name: str) -> str | None:
        """The actor a name stands for, in this corpus."""
        key = norm_name(name)
        bare = norm_name(_strip_possessive(re.sub(r"^(?:the\s+)?(?:so-called|so called)\s+", "", name.strip(), flags=re.I).strip("\"“” ")))
        gaz = self.gazetteer
        for k in (key, bare):
            if k in self.aliases:
                aid = self.canonical_id(self.aliases[k])
                if not self._place_for_person(k, aid):
                    return aid
        if gaz is not None:
            canon = gaz.canonical(name) or gaz.canonical(bare)
            if canon and slug(canon) in self.actors:
                return self.canonical_id(slug(canon))
            country = gaz.country(bare)
            if country and slug(country.government_name) in self.actors:
                return self.canonical_id(slug(country.government_name))  # "China" speaking
            body = military_body(name, gaz)
            if body and slug(body[0]) in self.actors:
                return self.canonical_id(slug(body[0]))  # "Pakistan Army" is the "Pakistani army"
            if body and (twin := _armed_twin(body[0])) and slug(twin) in self.actors:
                return self.canonical_id(slug(twin))  # "Malian military" is the "Malian army"
            words = bare.split()
            for n in (2, 1):  # "Colombian National Army": the "National Army" of Colombia named so
                if len(words) > n and (c := gaz.country(" ".join(words[:n]))) is not None:
                    hit = self.aliases.get(norm_name(" ".join(words[n:])))
                    if hit is not None and (a := self.get(hit)) is not None and a.kind != "person" and c.name in a.affiliation:
                        return self.canonical_id(hit)
                    break
            gov = government_for(name, gaz)
            if gov and slug(gov) in self.actors:
                return self.canonical_id(slug(gov))
            pn = person_name(name, gaz)
            # A place's name alone ("Narva") is no person's surname, even where a name was
            # glued to it ("Narva Kaarel Tamm" for the county elder of Narva).
            hit = self._person(pn) if pn else None
            nation = next((c for n in (2, 1) if len(words) > n and (c := gaz.country(" ".join(words[:n]))) is not None), None)
            if hit and nation is not None and (a := self.get(hit)) is not None and a.kind != "person" \
                    and nation.name not in a.affiliation:
                hit = None  # "Saudi National Guard" read as a person's name is no other state's "National Guard"
            if hit and (place(bare, tuple(gaz.places)) is None or self._surname_of(bare, hit)):
                return hit
        # A phrase seen in the corpus, given shorter or longer ("Ministers from nine countries").
        if len(key) >= 10:
            hits = {a for k, a in self.aliases.items() if k.startswith(key) or key.startswith(k) and len(k) >= 10}
            if len(hits) == 1:
                return self.canonical_id(hits.pop())
        return None

    def _place_for_person(self, key: str, actor_id: str) -> bool:
        """Whether the name ``key`` (normalised) is a place the gazetteer knows and ``actor_id`` a
        person: an alias the analysis took from a place glued to a name ("Narva" of "Narva
        Kaarel Tamm"), which names the place, not the person, elsewhere. An actor's own name
        is always its own (an actor the analysis made of a place is found by it, to correct)."""
        a = self.actors.get(actor_id)
        return (a is not None and a.kind == "person" and self.gazetteer is not None and key != norm_name(a.name)
                and not self._surname_of(key, actor_id) and place(key, tuple(self.gazetteer.places)) is not None)

    def _surname_of(self, key: str, actor_id: str) -> bool:
        """Whether the normalised name ``key`` is the last word of person ``actor_id``'s name: a
        surname that is also a town's ("Holt" of "Mara Holt") still names the person; a place
        glued before a name ("Narva" of "Narva Kaarel Tamm") does not."""
        a = self.actors.get(actor_id)
        words = norm_name(a.name).split() if a is not None else []
        return len(words) > 1 and words[-1] == key

    def _person(self, name: str) -> str | None:
        key = norm_name(name)
        if key in self.aliases:
            return self.canonical_id(self.aliases[key])
        sur, first = _surname(name), _first(name)
        best = None
        for a in self.actors.values():
            if a.kind != "person":
                continue
            for n in (a.name, *a.aliases):
                s2, f2 = _surname(n), _first(n)
                if fuzz.ratio(sur, s2) >= 85 and len(sur) >= 4 and (not first or not f2 or fuzz.ratio(first, f2) >= 75):
                    if best and best != a.id:
                        return None  # ambiguous
                    best = a.id
                    break
        return self.canonical_id(best) if best else None


_PRONOUNS = frozenset("he she him her they them it we us i you".split())


_TITLE_WORD = re.compile(r"([A-Z][\w.’'-]*)\s+")


def _second_title_end(text: str, end: int, starts: list[int], persons: list[tuple[int, int, str]]) -> int:
    """Where a speaker phrase cut before a second title ends when the name follows that title:
    "Foreign Minister" + " and Deputy Prime Minister Abdullah bin Zayed" -> the end of the name;
    ``end`` when no title and PERSON entity (``persons``, sorted, ``starts`` their starts) follow."""
    m = re.compile(r"\s+and\s+").match(text, end, min(len(text), end + 6))
    if m is None:
        return end
    at, titles = m.end(), 0
    while (w := _TITLE_WORD.match(text, at)) is not None and w.group(1).lower() in TITLE_WORDS and titles < 5:
        at, titles = w.end(), titles + 1
    j = bisect_left(starts, at)
    if titles and j < len(persons) and persons[j][0] == at:
        return persons[j][1]
    return end


_TITLE_GAP = re.compile(r"[\w’'-]+|\s+|,|\band\b")


def _titled_person_after(text: str, i: int, end: int, persons: list[tuple[int, int, str]]) -> str:
    """The person a title names when a PERSON entity ``persons[i]`` is an organisation's name the
    model took for a person, before that title and the person's name ("senior Hamas official
    Khalil Haddad", "Fatah Secretary-General Ali Hamdan": the name after the title speaks, the first
    name is whom they serve); "" when no title words alone (and "and", commas) lie between it and a
    later PERSON entity ending by ``end``."""
    found = ""
    while i + 1 < len(persons) and persons[i + 1][1] <= end:
        gap = without_possessive(text[persons[i][1] : persons[i + 1][0]])  # "X's spokesman Y": Y
        words = [w for w in re.findall(r"[\w’'-]+", gap)]
        if not words or "".join(_TITLE_GAP.findall(gap)) != gap:
            break
        # "X's lawyer Y", "X's brother Y": a relational noun names Y by X as a title does
        if not any(_is_title(w) or w.lower() in OFFICIAL_NOUNS or w.lower() in RELATIONAL_NOUNS for w in words) or not all(
                _is_title(w) or w.lower() in OFFICIAL_NOUNS or w.lower() in RELATIONAL_NOUNS or w.lower() in _LEADING
                or w.lower() in ("and", "senior", "top", "chief", "deputy", "general")
                for w in words):
            break
        i += 1
        found = persons[i][2]
    return found


def _mentions(sources: dict[str, Source], analyses: dict[str, Analysis], gaz: Gazetteer) -> list[_Mention]:
    out: list[_Mention] = []
    for sid, a in analyses.items():
        src = sources.get(sid)
        if src is None:
            continue
        first = len(out)
        short_orgs = _short_org_names(a, gaz, src.text)
        not_people = [(b.start, b.end) for b in misnamed_orgs(src.text, a.entities, gaz)] + common_noun_persons(src.text, a.entities) + struck_places(src.text, a.entities) + nameless_entities(src.text, a.entities)  # "Andes Gas": a firm; "Drones" (drones); "shelled Kalimbo"
        whole = particle_ends(src.text, a.entities)  # "Iyad Ag" + "Ghaly": a name never ends in its particle
        cut = {e.start: e.end for e in a.entities if e.start in whole and e.label == "PERSON"}

        def full(s: int, e: int) -> int:
            """The end of the name a span the model cut after a particle stands for ("Iyad Ag")."""
            return whole[s] if s in whole and cut.get(s) == e else e
        trimmed = hyphen_cut_names(src.text, a.entities)  # "Counter-" + "Terrorism Ana Ruiz": the name is "Ana Ruiz"
        persons = sorted((trimmed.get(e.start, e.start), whole.get(e.start, e.end), src.text[trimmed.get(e.start, e.start) : whole.get(e.start, e.end)]) for e in a.entities
                         if e.label == "PERSON" and e.text not in short_orgs and not any(s < e.end and e.start < t for s, t in not_people))
        starts = [p[0] for p in persons]

        def person_in(s: int, e: int) -> str:
            """The first person named inside [s, e), or the person whose name holds it ("Houthi"
            of "al-Houthi")."""
            j = bisect_left(starts, s + 1) - 1
            if j >= 0 and persons[j][0] < s and persons[j][1] >= e:
                return persons[j][2]
            for i in range(bisect_left(starts, s), len(persons)):
                ps, pe, t = persons[i]
                if ps >= e:
                    break
                if pe <= e:
                    return _titled_person_after(src.text, i, e, persons) or t
            return ""

        def has_person(s: int, e: int) -> bool:
            return bool(person_in(s, e))

        orgs = sorted((e.start, e.end) for e in a.entities if e.label == "ORG")
        org_starts = [o[0] for o in orgs]

        def org_in(s: int, e: int) -> bool:
            """Whether an organisation is named inside [s, e) (by bisection: a long text
            has tens of thousands)."""
            for i in range(bisect_left(org_starts, s), len(orgs)):
                os_, oe = orgs[i]
                if os_ >= e:
                    return False
                if oe <= e:
                    return True
            return False

        for q in a.quotes:
            sp = q.speaker
            if sp is None or sp.kind == "outlet" or q.rule == "analyst" or agency_use(src.text, sp.start, sp.end):
                continue  # an outlet cites; "PTI reported": the agency that carried it; a speaker the analyst overruled names no one (below)
            if sp.kind == "pronoun":
                if sp.antecedent_start < 0 and (prev := previous_speaker(a.quotes, q, src.text)) is None:
                    continue
                s, e = (sp.antecedent_start, full(sp.antecedent_start, sp.antecedent_end)) if sp.antecedent_start >= 0 else prev
                s, e = stand_in(src.text, s, e, persons, orgs) or (s, e)  # "the rebels … they said": the one armed group
                out.append(_Mention(sid, sp.start, sp.end, src.text[s:e], "speaker", "pronoun", q.text, has_person(s, e), person_in(s, e), org_in(s, e), (s, e)))
            elif (ref := stand_in(src.text, sp.start, sp.end, persons, orgs)) is not None:  # "a spokesman": the one the article names
                out.append(_Mention(sid, sp.start, sp.end, src.text[ref[0] : ref[1]], "speaker", "named", q.text, has_person(*ref), person_in(*ref), org_in(*ref)))
            else:
                e = _second_title_end(src.text, sp.end, starts, persons)
                aide = apposed_aide_end(src.text, e, starts, persons) if relational_noun(src.text[sp.start : e]) is None \
                    else apposed_name_end(src.text, e, starts, persons)  # "X's spokesman, Y, said", "the sister of X, Y, said": Y speaks
                text = src.text[sp.start : e] if e > sp.end else sp.text
                named_at = sp.start
                if aide > e:
                    named_at = persons[bisect_left(starts, aide) - 1][0]
                    text, e = src.text[named_at:aide], aide
                text = without_leadership(text)  # "the leadership of the X said": the X
                text = without_carrier(text)  # "the statement carried by the X news agency said": the statement's author
                text = short_orgs.get(re.sub(r"^the\s+", "", text.strip(), flags=re.I), text)  # "the Front" said
                text = short_head_speaker(text, src.text, sp.start) or text  # "the Guards" said, after "the Revolutionary Guards"
                text = country_for_short_form(text, src.text, gaz)  # "the South's Joint Chiefs" after "South Korea"
                out.append(_Mention(sid, sp.start, sp.end, text, "speaker", sp.kind, q.text, has_person(named_at, e), person_in(named_at, e), org_in(named_at, e)))
        # "According to the government, ...", "..., the army said.": a bare state body reporting without quote marks
        out.extend(_Mention(sid, s, e, t, "speaker", "unnamed") for s, e, t in unquoted_reports(src.text, _quoted_spans(a)))
        # A place the analysis found (a village, a town), never a country or a known metonym: no actor
        # ("Nerkin Hand is located in ..." is no one acting).
        places = [(e.start, e.end) for e in a.entities if e.label in ("GPE", "LOC")
                  and gaz.country(e.text) is None and gaz.canonical(e.text) is None]
        for f in a.frames:
            fs, fe = f.agent_start, full(f.agent_start, f.agent_end)
            if any(ps <= fs and fe <= pe for ps, pe in places) or agency_use(src.text, fs, fe):
                continue
            cut_name = fs in trimmed
            fs = trimmed.get(fs, fs)  # "Terrorism Ana Ruiz" the model cut after "for Counter-": "Ana Ruiz"
            agent_text = without_leadership(src.text[fs:fe] if fe != f.agent_end or cut_name else f.agent_text)
            agent = short_orgs.get(re.sub(r"^the\s+", "", agent_text.strip(), flags=re.I), _org_entity_name(agent_text, fs, src.text))
            out.append(_Mention(sid, fs, fe, agent, "agent", "named", "", has_person(fs, fe), person_in(fs, fe), org_in(fs, fe)))
        for e in a.entities:
            if e.label in ("PERSON", "ORG") and e.text in short_orgs:
                # "Polisario" where the article names the "Polisario Front": that organisation
                out.append(_Mention(sid, e.start, e.end, short_orgs[e.text], "entity", "org-entity", org_inside=True))
            elif e.label == "PERSON":
                end, begin = whole.get(e.start, e.end), trimmed.get(e.start, e.start)
                out.append(_Mention(sid, begin, end, src.text[begin:end], "entity", "person-entity", "", True, src.text[begin:end]))
            elif e.label == "ORG" and not gaz.is_outlet(e.text) and not agency_use(src.text, e.start, e.end):
                # "Kataib" + "Hezbollah", "al-Qaeda" + "in Iraq": the whole name the model cut short
                s, t = name_extent(src.text, e.start, e.end, gaz, lambda i, j, e=e: any(o is not e and o.start < j and i < o.end for o in a.entities), _is_title)
                name = src.text[s:t] if (s, t) != (e.start, e.end) else _org_entity_name(e.text, e.start, src.text)
                out.append(_Mention(sid, s, t, name, "entity", "org-entity", org_inside=True))
        out[first:] = _with_named_people(out[first:], sid, src.text, a.entities, gaz, not_people)
        credits = [(c.start(), c.end()) for c in _CREDIT.finditer(src.text)] if "by" in src.text or "By" in src.text or "BY" in src.text else []
        credits += _sign_off(src.text)
        credits += _byline_names(src.text, [(e.start, e.end) for e in a.entities if e.label == "PERSON"])
        # The phrase the analysis took for the speaker of a quote whose speaker the analyst set
        # (derive._with_added_quotes): it named the wrong one, so nothing in it names an actor.
        overruled = [(q.speaker.start, q.speaker.end) for q in a.quotes if q.rule == "analyst" and q.speaker is not None]
        if credits := credits + overruled:  # "Editing by Kevin Liffey": the agency's staff, not actors
            out[first:] = [m for m in out[first:] if not any(s <= m.start < t for s, t in credits)]
    return out


def hyphen_cut_names(text: str, entities) -> dict[int, int]:
    """PERSON entities of ``text`` the model began inside a hyphenated word of a title before the name
    ("UN Under-Secretary-General for Counter-" + "Terrorism Ana Ruiz"): entity start -> the start of
    the name after that word, for an entity of three words or more glued to a hyphen after a word that
    follows "for", "of", "on" or "and" (a title's phrase; "Jean-" + "Pierre Ruiz Lopez" is a given name)."""
    out = {}
    for e in entities:
        if e.label != "PERSON" or e.start < 2 or text[e.start - 1] not in "-‐" or not text[e.start - 2].isalpha():
            continue
        if not re.search(r"(?<![\w-])(?:for|of|on|and)\s+[A-Z][\w’']*-$", text[max(0, e.start - 40) : e.start]):
            continue  # "Jean-" + "Pierre Ruiz Lopez": a hyphenated given name; only a title's "for Counter-" cuts one off
        words = list(re.finditer(r"\S+", text[e.start : e.end]))
        if len(words) >= 3 and all(w.group(0)[:1].isupper() for w in words[1:]):
            out[e.start] = e.start + words[1].start()
    return out


def _quoted_spans(a: Analysis) -> list[tuple[int, int]]:
    """The character spans of an analysis's quotes and their speakers."""
    spans = [(q.start, q.end) for q in a.quotes]
    return spans + [(q.speaker.start, q.speaker.end) for q in a.quotes if q.speaker is not None]


def _with_named_people(mentions: list[_Mention], sid: str, text: str, entities, gaz: Gazetteer,
                       orgs: list[tuple[int, int]]) -> list[_Mention]:
    """``mentions`` of source ``sid`` with the people ``apposed_names.named_people`` finds as
    person mentions, in place of the model's organisation there (and of a title it made an
    organisation: "Inspector General of Police, K Raman said"); without the entity mentions of
    ``orgs`` (spans of ``misnamed_orgs``: the resolver's ``state_bodies`` makes them actors) nor
    the speakers and agents inside them ("Andes Gas" acting is the firm, not a person's name)."""
    names, titles = named_people(text, entities, gaz)
    if not names and not orgs:
        return mentions
    keep = [m for m in mentions if not (m.kind == "org-entity" and (
        any(s < m.end and m.start < e for s, e in names) or m.start in titles and _is_title(m.text.split()[0]))
        or any(s < m.end and m.start < e for s, e in orgs) and (m.role == "entity" or any(s <= m.start and m.end <= e for s, e in orgs)))]
    return keep + [_Mention(sid, s, e, text[s:e], "entity", "person-entity", "", True, text[s:e]) for s, e in names]


def _demonym_plural(name: str, nations: set[str], gaz: Gazetteer) -> bool:
    """Whether ``name`` is one word, the plural of a people's name: "Tarkanis" where the
    singular is a nationality of the alias file or a NORP/GPE entity of the article (``nations``:
    "the Tarkani refugee camps")."""
    if " " in name or not name.endswith("s") or not name[:1].isupper() or len(name) < 5:
        return False
    one = name[:-1]
    return one in nations or (c := gaz.country(one)) is not None and c.name != one


# Words that name a group of islands, never a word of a person's name: "the Kuril Islands",
# "the Sulu Archipelago", "the Farne Isles".
_ISLAND_GROUP_WORDS = frozenset("islands isles islets atolls archipelago".split())


def _island_group(name: str) -> bool:
    """Whether ``name`` holds a word naming a group of islands ("Senkaku Islands", "Spratly
    Islands Kalayaan" as the model cut it): a place, no one's name."""
    return any(w.lower() in _ISLAND_GROUP_WORDS for w in re.findall(r"[A-Za-z]+", name))


def _official_of_short(text: str, short: dict[str, str]) -> str | None:
    """The organisation whose unnamed official ``text`` is, by a short form of its name
    (``short``, ``_short_org_names``): "a senior Kanuri official" -> "Kanuri Front"; None unless
    the phrase is lower-case words, that short name and official nouns."""
    words = _TOKEN.findall(text)
    names = [i for i, w in enumerate(words) if w in short]
    if len(names) != 1 or not words[names[0] + 1 :] or not all(w.lower() in OFFICIAL_NOUNS for w in words[names[0] + 1 :]):
        return None
    if any(w[:1].isupper() for w in words[1 : names[0]]):
        return None
    return short[words[names[0]]]


def _org_entity_name(name: str, start: int, text: str) -> str:
    """The organisation's name an ORG entity at ``text[start:]`` gives: without a bracket the
    entity cuts ("Kanuri Front (Front for the Liberation of" -> "Kanuri Front"); in a title-case
    headline (the first line), the longest start of it the body writes when the body never writes
    it whole ("Kanuri Front Declares War" -> "Kanuri Front")."""
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].rstrip() or name
    line_end = text.find("\n")
    if 0 <= start < line_end:
        body = text[line_end:]
        bare = re.sub(r"^the\s+", "", name, flags=re.I)
        words = bare.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and not re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", body):
            for n in range(len(words) - 1, 0, -1):
                head = " ".join(words[:n])
                if len(head) > 3 and head[-1:].isalnum() and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", body):
                    return head
    return name


def _short_org_names(a: Analysis, gaz: Gazetteer, text: str) -> dict[str, str]:
    """The one-word PERSON or ORG entities of analysis ``a`` that are the first word of a longer
    organisation's name the same article gives, capitalised words with an organisation's word
    among them ("Front", "Party", "Movement"): the model's person "Kanuri" or organisation
    "Ogaden" where the article names the "Kanuri Front" or "Ogaden National Front" is that body.
    Word -> the organisation's name (without "the"). Never a word of a longer PERSON name ("Trump"
    of "Donald Trump" and "Trump Organization"), an alias-file name or country, an organisation's
    word itself ("Senate" of "Senate Committee"), or a person's name in the alias file. Also "the
    Front" (an ORG entity of a party's or movement's head word, ``_SHORT_HEADS``) after ``text``
    has given one full name with that head ("the Kanuri Liberation Front")."""
    single = {e.text for e in a.entities if e.label in ("PERSON", "ORG") and " " not in e.text.strip()}
    if not single:
        return {}
    in_longer = {w for e in a.entities if e.label == "PERSON" and len(e.text.split()) >= 2 for w in e.text.split()}
    out: dict[str, str] = {}
    for e in a.entities:
        if e.label != "ORG":
            continue
        words = re.sub(r"^the\s+", "", e.text.strip(), flags=re.I).split()
        if len(words) < 2 or words[0] not in single or words[0] in in_longer or not words[0][:1].isupper() \
                or not words[0].isalpha() or words[0].lower() in _ORG_NAME_WORDS | ENTITY_FIX_ORG_WORDS:
            continue
        if not words[1][:1].isupper() or not any(w.lower() in _ORG_NAME_WORDS for w in words[1:]):
            continue
        if gaz.canonical(words[0]) is not None or gaz.country(words[0]) is not None:
            continue
        out.setdefault(words[0], re.sub(r"^the\s+", "", _org_entity_name(e.text.strip(), e.start, text), flags=re.I))
    # "the Front" after the "Kanuri Front": the one organisation the article names with that head
    # (a run of capitalised words ending in that head, written before the short form)
    for e in a.entities:
        word = re.sub(r"^the\s+", "", e.text.strip(), flags=re.I)
        if e.label != "ORG" or word.lower() not in _SHORT_HEADS or not word[:1].isupper() or word in out:
            continue
        if (full := _named_with_head(word, text, e.start)) is not None:
            out[e.text] = full
    return out


def _named_with_head(word: str, text: str, at: int) -> str | None:
    """The one organisation ``text`` names before ``at`` by a run of capitalised words ending in
    the head ``word`` ("Kanuri Liberation Front" for "Front", "Revolutionary Guards" for
    "Guards"), without "The"; None when it names none or several."""
    full = {re.sub(r"^The\s+", "", f.group(0)) for f in re.finditer(rf"(?:\b[A-Z][\w’'-]+ )+{word}\b", text[:at])}
    full = {f for f in full if len(f.split()) >= 2}
    return full.pop() if len(full) == 1 else None


def short_head_speaker(phrase: str, text: str, at: int) -> str | None:
    """The organisation a speaker phrase of its head word alone stands for: "the Guards said"
    after "the Revolutionary Guards", "the Front said" after "the Kanuri Liberation Front"
    (``_SPEAKING_HEADS``; ``_named_with_head``); None for another phrase."""
    m = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][a-z]+)", phrase.strip())
    if m is None or m.group(1).lower() not in _SHORT_HEADS | _SPEAKING_HEADS:
        return None
    return _named_with_head(m.group(1), text, at)


_BYLINE_LINES = 8  # a byline stands among the first lines: headline, standfirst, date, author

# The writer's sign-off at the very end of a story, after a sentence of narration: "… he added.
# —JULIE REYES", "… he said. Robina Cruz/DMS" (a name, a slash and the desk's or agency's
# letters). Not after a closing quote mark: "“We will rebuild.” — Governor Paul Weir" credits the
# speaker. A credit line alone after the last paragraph, "… in Brussels.\n\nLakeside Gazette" (the
# outlet's or the writer's name, 2-4 capitalised words, no sentence), is one too.
_SIGN_OFF = re.compile(
    r"[.!?]\s*(?:—|–|--)\s*(?P<n>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3})\s*$"
    r"|[.!?]\s+(?P<s>[A-Z][a-z][A-Za-z'’-]*(?:\s+[A-Z][a-z][A-Za-z'’-]*){0,3}/[A-Z]{2,8})\s*$"
    r"|[.!?][”\"’']?[ \t]*\n[ \t]*\n\s*(?P<c>[A-Z][A-Za-z.'’&-]*(?:[ \t]+[A-Z][A-Za-z.'’&-]*){1,3})\s*$"
)


def _sign_off(text: str) -> list[tuple[int, int]]:
    """The span of the writer's sign-off that ends the text ("—JULIE REYES", "Robina Cruz/DMS"),
    as one (start, end) list: the writer is no actor. [] when the text ends otherwise."""
    m = _SIGN_OFF.search(text[-160:])
    if m is None:
        return []
    group = next(g for g in ("n", "s", "c") if m.group(g))
    off = len(text) - len(text[-160:])
    return [(off + m.start(group), off + m.end(group))]


def _byline_names(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines among the first ``_BYLINE_LINES``, after the headline, that hold nothing but a
    person's name (the author's line under a headline: "Marta Lindqvist"): (start, end) of each. The writer is no
    actor; the same name elsewhere in the text (quoted, acting) still is."""
    out: list[tuple[int, int]] = []
    pos = 0
    headline = True  # the first line is the headline, which may be a name alone
    for _ in range(_BYLINE_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip() and headline:
            headline = False
        elif line.strip():
            a = pos + len(line) - len(line.lstrip())
            b = pos + len(line.rstrip())
            if any(s == a and s + len(text[s:e].rstrip()) == b for s, e in persons) and 2 <= len(text[a:b].split()) <= 4:
                out.append((a, b))
        if end >= len(text):
            break
        pos = end + 1
    return out


# Words that make a capitalised phrase an organisation or a place (see org_words.py).
_ORG_WORDS = NAME_CHECK_ORG_WORDS


def _name_like(text: str, gaz: Gazetteer) -> bool:
    """Two to four capitalised words that are not a title, place or organisation: a name
    the model did not tag as PERSON ("Frans Timmermans" as NORP)."""
    words = _TOKEN.findall(text)
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
        return False
    if any(w.lower() in _ORG_WORDS or _is_title(w) or w.lower() in OFFICIAL_NOUNS or _is_acronym(w) or gaz.country(_strip_possessive(w)) for w in words):
        return False
    if all(place(_strip_possessive(w), tuple(gaz.places)) for w in words):
        return False  # "Punjab’s Sheikhupura": places only
    return not gaz.canonical(text) and not gaz.is_outlet(text)


def _titled_name(text: str, gaz: Gazetteer, person_name_of=None) -> bool:
    """"Russian Ambassador to France Alexei Meshkov": a title, then a two-word name, even
    when the model did not tag the name."""
    pn = person_name_of(text) if person_name_of else person_name(text, gaz)
    return bool(pn) and len(pn.split()) >= 2 and any(w.lower() in TITLE_WORDS for w in _TOKEN.findall(text))


def resolve_mentions(sources: Iterable[Source], analyses: dict[str, Analysis], gaz: Gazetteer) -> tuple[ActorIndex, ActorResolver]:
    """The ``ActorIndex`` of the corpus before the analysts' edits (the actors in force are
    ``with_edits(index, edits)`` then ``set_quote_actors``), and the resolver that made it
    (``ActorResolver.again`` redoes its last stages). Sets no ``Quote.actor_id``."""
    resolver = ActorResolver(sources, analyses, gaz)
    return resolver.resolve(keep=True), resolver


def _copy(index: ActorIndex) -> ActorIndex:
    """A copy of ``index`` whose tables can change without changing ``index``'s; the
    ``Actor`` objects are shared (the stages after the descriptions and ``_apply_edits``
    change none in place: see ``_own``)."""
    return ActorIndex(dict(index.actors), dict(index.by_span), dict(index.aliases), dict(index.merged), index.gazetteer,
                      dict(index.merged_by))


def with_edits(base: ActorIndex, edits: Iterable[dict], quote_edits: Iterable[dict] = ()) -> ActorIndex:
    """A copy of ``base`` with the analysts' ``actor_edits`` records applied in order;
    ``base`` is left as it was (an edited ``Actor`` is a copy; the spans are shared: no
    edit changes them). First every actor id the edits name (these and the ``quote_edits``'
    speakers) that ``base`` no longer has is given back to the actor now going by its names
    (``actor_ids.find_again``), and the actors speaker corrections keep are put in
    (``actor_ids.keep_actors``), so that every edit finds the actor it was made on."""
    edits, quote_edits = list(edits), list(quote_edits)
    index = ActorIndex(dict(base.actors), base.by_span, dict(base.aliases), dict(base.merged), base.gazetteer,
                       dict(base.merged_by))
    find_again(index, edit_refs(edits, quote_edits))
    keep_actors(index, quote_edits)
    _apply_edits(index, edits)
    return index


# An organisation named as led by a state: "Saudi-led coalition", "the U.S.-led task force".
_LED = re.compile(r"(?:[Tt]he\s+)?(?P<nation>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)-led\s+\S")


def _own(index: ActorIndex, actor_id: str) -> Actor:
    """``index.actors[actor_id]`` replaced by a copy of its own, to be changed."""
    a = index.actors[actor_id]
    a = index.actors[actor_id] = Actor(a.id, a.name, a.kind, a.affiliation, list(a.aliases))
    return a


def set_quote_actors(index: ActorIndex, analyses: dict[str, Analysis]) -> None:
    """``Quote.actor_id`` of every quote with a speaker: the (canonical) actor of the
    speaker's span in ``index``, or None (also when an analyst said that actor is a place
    or no actor at all, kind "none": it says nothing, the quote waits for its speaker)."""
    for sid, a in analyses.items():
        for q in a.quotes:
            if q.speaker is not None:
                aid = index.at(sid, q.speaker.start, q.speaker.end)
                found = index.actors.get(aid) if aid else None
                q.actor_id = None if found is not None and found.kind in ("place", "none") else aid


_WORD_RX: dict[str, re.Pattern] = {}


def _word_rx(name: str) -> re.Pattern:
    """``name`` as a whole word (compiled once: the country names are thousands, more than
    ``re``'s own cache keeps)."""
    rx = _WORD_RX.get(name)
    if rx is None:
        rx = _WORD_RX[name] = re.compile(rf"\b{re.escape(name)}\b")
    return rx


def _country_named_before(text: str, start: int, country: str, gaz: Gazetteer) -> bool:
    """Whether ``text`` names ``country`` (by a name, adjective or its capital, as a whole word)
    before ``start``."""
    c = gaz.country(country)
    if c is None:
        return True
    head = text[:start]
    return any(re.search(rf"(?<![\w.]){re.escape(n)}(?![\w])", head) for n in (*c.all_names, *c.all_adjectives, c.capital_name) if n)


# The name of an office many governments have ("the Foreign Office", "Ministry of Defence"):
# a metonym of one country only where the article names that country.
_OFFICE_METONYM = re.compile(r"\b(?:office|ministry|department|secretariat|cabinet|chancellery|presidency)\b", re.I)


class ActorResolver:
    """One pass over the analysed corpus that builds an :class:`ActorIndex`, stage by
    stage (:meth:`resolve` gives the order). Each stage reads what earlier ones wrote:

    - ``mentions``: every speaker, frame agent and PERSON/ORG entity of every analysis
      (``_Mention``; its position in the list is its number ``k``);
    - ``person_of``: mention number -> person name as written (stage :meth:`find_people`);
    - ``group_of``: (source id, mention number) -> group name (stage :meth:`find_groups`);
    - ``described``: mentions that are descriptions ("the chancellor"), with their parsed
      :class:`~annotate.roles.Description` (stage :meth:`resolve_speakers`);
    - ``index``: the result: actors by id, mention spans -> actor id, aliases.
    """

    def __init__(self, sources: Iterable[Source], analyses: dict[str, Analysis], gaz: Gazetteer):
        self.gaz = gaz
        self.analyses = analyses
        self.srcs = {s.id: s for s in sources}
        self.mentions = _mentions(self.srcs, analyses, gaz)
        # The same phrases come back in every article: work each one out once.
        self.person_name = _memo(_person_name_of(gaz))
        self.government_for = _memo(lambda text: _government_for(text, gaz))
        self.by_source: dict[str, list[int]] = defaultdict(list)  # source id -> mention numbers
        for k, m in enumerate(self.mentions):
            self.by_source[m.source_id].append(k)
        self.index = ActorIndex(gazetteer=gaz)
        self.actors = self.index.actors
        self.variants: dict[tuple, str] = {}  # ``_variant_keys`` of the bodies' names -> actor id (``variant_of``)
        self.person_of: dict[int, str] = {}
        self.group_of: dict[tuple[str, int], str] = {}
        self.described: list[tuple[int, Description]] = []
        # groups a people's name gives in a story of another country ("Armenian separatists"):
        # no state's, nor the story's by the back-off (``national_groups``)
        self.people_groups: set[str] = set()
        # Filled by cluster_people, read by person_canonical:
        self.full_by_source: dict[str, dict[str, str]] = defaultdict(dict)  # sid -> surname -> full
        # sid -> first word -> full names: "Xi" is "Xi Jinping" (family name first).
        self.by_first_word: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        # (source id, a shorter name the article writes) -> the canonical name its mentions took
        # ("Sulak Erben" -> "Matej Sulak Erben"), for the bare words that name it later
        self.shorter_as: dict[tuple[str, str], str] = {}
        self.names_by_source: dict[str, set[str]] = defaultdict(set)  # sid -> full names (2+ words) of people
        self.cluster_of: dict[str, str] = {}  # person name -> canonical
        # sid -> surname -> canonical names of the full names in that article; a bare surname
        # resolves only through its own article (or the alias file, ``gaz_surnames``), so its
        # actor does not depend on which other articles are in the workspace.
        self.surname_by_source: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.gaz_surnames: dict[str, set[str]] = defaultdict(set)  # surname -> the alias file's people
        # surname -> canonical names of the full names in any article: the last resort for a
        # bare surname (issue 15: "Umerov" alone is "Rustem Umerov" when the workspace names
        # only him), taken only when exactly one person of the workspace has that surname.
        self.surname_canon: dict[str, set[str]] = defaultdict(set)
        for entry in gaz.actors:
            if entry.kind == "person" and len(entry.name.split()) >= 2:
                self.gaz_surnames[_surname(entry.name)].add(entry.name)
        self.org_texts: dict[str, tuple[str, ...]] = {}  # source id -> its ORG entity texts
        self._short_orgs: dict[str, dict[str, str]] = {}  # source id -> _short_org_names
        self._name_words: dict[str, frozenset[str]] = {}  # source id -> words of its PERSON names
        self._country_counts: dict[str, dict[str, int]] = {}  # source id -> country -> how often named
        self._places: dict[str, list[tuple[int, str]]] = {}  # source id -> its place entities (places_of)
        self._main_country: dict[str, str] = {}  # source id -> the country it is about (main_country_of)
        self._officials_country: dict[str, set[str]] = {}  # source id -> its officials' countries (officials_countries_of)
        self._story_country: dict[str, str] = {}  # source id -> where it happens (story_country_of)
        self.stated_affiliation = False  # whether affiliation_of's last answer came from the mention's own words
        self.mouthpieces: dict[str, str] = {}  # a group's outlet's actor id -> the group's (new_organisation)
        self.inferred: dict[str, tuple[str, tuple[str, ...]]] = {}  # actor id -> (country, source ids): inferred_affiliation

    def resolve(self, keep: bool = False) -> ActorIndex:
        """Every stage, in order: the index before the analysts' edits. ``keep``:
        keep a copy of the index as it is before the descriptions, for ``again``."""
        self.find_people()
        self.cluster_people()
        self.assign_people()
        self.find_groups()
        self.find_office_holders()
        self.shortened_speakers: list[tuple[_Mention, _Mention]] = []  # (speaker, the organisation it shortens): resolve_speakers
        self.resolve_speakers()
        self.link_organisations()
        for m, full in self.shortened_speakers:
            if (aid := self.index.by_span.get((full.source_id, full.start, full.end))) is not None:
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
        self.state_bodies()
        self.described_organisations()
        self.group_officials()
        self.place_armed_groups()
        self.administrations()
        self.officials_of_bodies()
        self.join_acronyms()
        self.join_defined_acronyms()
        self.join_named_twins()
        self.acronym_affiliations()
        self.before_descriptions = _copy(self.index) if keep else None
        self.gazetteer_keys: dict[str, list[str]] = {}
        self.resolve_descriptions()
        self.resolve_bodies()
        self.add_gazetteer_aliases()
        self.link_named_agents()
        self.national_bodies()
        self.listed_members()
        self.led_affiliations()
        self.bodies_countries()
        self.inferred = apply_inferred(self)  # the last back-off: the one country of the actor's articles
        self.bodies_countries(state_only=True)  # again: "X, head of the NCA" where the NCA got its country just now
        self.titled_lists()  # "X party leaders A, B and C": each one is the first one's
        self.drop_shared_descriptions()
        self.drop_foreign_acronyms()
        add_cited_outlets(self)  # "told Reuters", "the state-run Lana news agency": cited outlets, of their country (after the
        # descriptions are dropped: "Lana news agency" names the outlet wherever it is written)
        self.join_state_agencies()  # last: the descriptions and cited outlets name agencies too
        self.ministry_aliases()
        add_joint_statements(self)  # "A, B and C said in a joint statement": the quote is the joint group's
        return self.index

    def again(self, analyses: dict[str, Analysis]) -> ActorIndex:
        """What ``resolve`` gives for ``analyses`` whose quotes differ from the first ones
        only in quotes without a speaker (the mentions are the same; which of them lie
        inside a quote is not): the stages from the descriptions on, on a copy of the index
        kept by ``resolve(keep=True)``."""
        self.analyses = analyses
        self.index = _copy(self.before_descriptions)
        self.actors = self.index.actors
        self.resolve_descriptions()
        self.resolve_bodies()
        self.add_gazetteer_aliases()
        self.link_named_agents()
        self.national_bodies()
        self.listed_members()
        self.led_affiliations()
        self.bodies_countries()
        self.inferred = apply_inferred(self)  # the last back-off: the one country of the actor's articles
        self.bodies_countries(state_only=True)  # again: "X, head of the NCA" where the NCA got its country just now
        self.titled_lists()  # "X party leaders A, B and C": each one is the first one's
        self.drop_shared_descriptions()
        self.drop_foreign_acronyms()
        add_cited_outlets(self)  # "told Reuters", "the state-run Lana news agency": cited outlets, of their country (after the
        # descriptions are dropped: "Lana news agency" names the outlet wherever it is written)
        self.join_state_agencies()  # last: the descriptions and cited outlets name agencies too
        self.ministry_aliases()
        add_joint_statements(self)  # "A, B and C said in a joint statement": the quote is the joint group's
        return self.index

    def ministry_aliases(self) -> None:
        """A ministry whose words are its government's ("Chile's interior ministry said" -> the
        Chilean government) names that government: each form of the ministry's name
        (``ministry_aliases.ministry_forms``) becomes an alias of the government actor its phrase
        was resolved to, when that is the ministry's country's government, first the mentions' own
        forms, then the others. A phrase without its nation
        ("interior ministry") takes the nation written right before it ("Chile's interior ministry")."""
        later = []
        for (sid, s, e), aid in list(self.index.by_span.items()):
            a, src = self.actors.get(aid), self.srcs.get(sid)
            if a is None or a.kind != "government" or src is None:
                continue
            country, names = ministry_forms(src.text[s:e], self.gaz)
            if not names and (nation := _NATION_WORDS_BEFORE.search(src.text, max(0, s - 40), s)) is not None:
                country, names = ministry_forms(nation.group(0) + src.text[s:e], self.gaz)  # "Chile's [interior ministry]"
            if names and country is not None and (a.name == country.government_name or a.affiliation == country.name):
                # the ministry's own government only: a shared "Defence Ministry" actor names no one country's
                self.alias(aid, names[0])
                later.extend((aid, n) for n in names[1:])
        for aid, n in later:
            self.alias(aid, n)

    # ------------------------------------------------------------------ helpers
    def ensure(self, name: str, kind: str, affiliation: str = "") -> str:
        """The id of the actor named ``name``, created when new: kind, affiliation and
        aliases come from the gazetteer's entry (or its government) before the arguments."""
        gaz, actors = self.gaz, self.actors
        aid = slug(name)
        if aid not in actors and kind == "organization" and (twin := _armed_twin(name)) is not None \
                and slug(twin) in actors and actors[slug(twin)].kind == "organization":
            self.alias(slug(twin), name)  # "Bolivian military" after "Bolivian army": one actor
            return slug(twin)
        if aid not in actors and kind in ("organization", "government") and (same := self.variant_of(name, affiliation)) is not None:
            self.alias(same, name)  # "444th Combat Brigade" after "444 Brigade"; "Defense" after "Defence Ministry"
            return same
        if aid not in actors:
            entry = gaz.entry(name)
            gov = gaz.government_of(name)
            actors[aid] = Actor(
                id=aid,
                name=name,
                # "the Prosecutor-General's Office", "the investigative committee": a state's civil arm of the law
                kind=entry.kind if entry else ("government" if gov or kind == "organization" and justice_body(name) else kind),
                affiliation=(entry.affiliation if entry else gov.name if gov else
                             affiliation or (name_affiliation(name, gaz) if kind != "person" else "")),
                aliases=list(entry.aliases) if entry else [],
            )
            if gov is not None and actors[aid].kind == "government" and name == gov.government_name \
                    and name.lower() != f"{gov.name} government".lower():
                self.alias(aid, f"{gov.name} government")  # "Pakistani government" is also "Pakistan government"
            if actors[aid].kind in ("organization", "government"):
                for key in _variant_keys(name) + [k for k in [body_key(name, gaz)] if k is not None]:
                    self.variants.setdefault(key, aid)
            if entry is None and actors[aid].kind == "organization" and un_body(name):
                actors[aid].affiliation = gaz.canonical("United Nations") or "United Nations"  # "UNSMIL": the UN's mission
            elif entry is None and actors[aid].kind == "organization" and regional_body(name, gaz):
                actors[aid].affiliation = name  # "the African Union" answers to itself, not to the story's country
        return aid

    def variant_of(self, name: str, affiliation: str = "") -> str | None:
        """The organisation or government actor whose name is ``name`` spelt another way: the
        same numbered unit ("444th Combat Brigade", "the 444 Brigade"; ``name_variants.unit_key``)
        or the same name in British or American spelling ("Defence Ministry", "Defense
        Ministry"; ``spelling_key``), or the same body with or without its owner ("Bolivia's Southern
        Command", "Southern Command" of ``affiliation``; ``body_variants.body_twin``); None when none."""
        for key in _variant_keys(name):
            aid = self.variants.get(key)
            if aid is not None and aid in self.actors and self.actors[aid].kind in ("organization", "government"):
                return aid
        return body_twin(self.variants, self.actors, name, affiliation, self.gaz)

    def alias(self, aid: str, text: str) -> None:
        """Let ``text`` (as written in an article) name actor ``aid``: the first actor to
        claim a normalised name keeps it; an actor lists at most 40 aliases."""
        key = norm_name(text)
        if key and key not in self.index.aliases:
            self.index.aliases[key] = aid
        a = self.actors[aid]
        if text != a.name and text not in a.aliases and len(a.aliases) < 40:
            a.aliases.append(text)

    # ------------------------------------------------------------------ 1. people
    def find_people(self) -> None:
        """Names: ``person_of`` gets each mention that names a person (a PERSON entity
        inside, a gazetteer person, a name-like or titled phrase), as the name without
        titles and nationality; then bare surnames (or first words, "Xi") of a full name
        found elsewhere, which the model took for an organisation ("Trump" as ORG)."""
        gaz, mentions, person_of, person_name = self.gaz, self.mentions, self.person_of, self.person_name
        people_of: dict[str, set[str]] = defaultdict(set)  # sid -> the PERSON names the article writes
        for m in mentions:
            if m.person_text:
                people_of[m.source_id].add(m.person_text)
        for k, m in enumerate(mentions):
            # "Arne Solberg of Norway's police said": the person, whatever body follows the name
            lead = _person_of_body(m.text, self.gaz)
            if m.role == "entity" and cut_at_hyphen(m.person_text or m.text):
                continue  # "Anti-" (a prefix cut from its word): ``common_noun_persons``
            if m.role != "entity" and (rel := relational_noun(m.text)) is not None:
                # "the sister of leader X said": not X, but the X-named kin the article names (``relational_speakers``)
                if (kin := kin_named(rel, m.person_text, people_of[m.source_id])) is not None:
                    person_of[k] = kin
                continue
            if m.kind == "org-entity" or (self.government_for(m.text) and lead is None):
                continue
            if lead is not None and m.role != "entity":
                person_of[k] = lead
                continue
            canon = gaz.canonical(m.text)
            if canon and not (gaz.entry(canon) and gaz.entry(canon).kind == "person") and not m.has_person:
                continue
            looks_named = m.role != "entity" and not m.org_inside and _name_like(m.text, gaz)
            if m.has_person or canon or looks_named or _titled_name(m.text, gaz, person_name):
                # The name the model found, else the phrase without titles and nationality.
                pn = fuller_name(person_name(m.person_text), person_name(m.text) if m.role != "entity" else None) if m.person_text else person_name(m.text)
                if pn and m.org_inside and not m.has_person and any(w.lower() in _ORG_NAME_WORDS for w in pn.split()):
                    continue  # "National Bureau of Investigation said": a body's name, no one's
                if pn and _demonym_plural(pn, self.nations_of(m.source_id), gaz):
                    continue  # "young Tarkanis": a people, no one's name
                if pn and _island_group(pn):  # "the Paracel Islands said", "Sulu Archipelago" as PERSON: a place, no one's name
                    pn = person_name(m.text) if m.role != "entity" and m.person_text else None  # "Spratly Islands resident Ana Cruz": her
                    if not pn or _island_group(pn):
                        continue
                if pn:
                    person_of[k] = pn
        # A bare surname the model mistook for an organisation ("Trump" as ORG) is that person
        # when the corpus names a person with that surname.
        surnames: dict[str, set[str]] = defaultdict(set)  # per article: a name the article itself gives
        for k, pn in person_of.items():
            if len(pn.split()) >= 2:
                surnames[mentions[k].source_id].add(_surname(pn))
        # ... or the first word of a full name in the same article ("Xi" for "Xi Jinping").
        first_words: dict[str, set[str]] = defaultdict(set)
        for k, pn in person_of.items():
            if len(pn.split()) >= 2:
                first_words[mentions[k].source_id].add(_first(pn))
        for k, m in enumerate(mentions):
            if k in person_of or m.kind == "org-entity" and m.role != "entity":
                continue
            bare = _strip_possessive(m.text.strip())
            key = norm_name(bare)
            known = key in surnames[m.source_id] or key in self.gaz_surnames or (
                key in first_words[m.source_id] and not gaz.country(bare))  # "Israel" is the country, not Israel Katz
            if m.role != "entity" and " " not in bare and bare[:1].isupper() and known and not gaz.canonical(bare):
                person_of[k] = bare
        self.nicknames()

    def nicknames(self) -> None:
        """A name written right after a person's as another name of theirs ("Jimmy Cherizier,
        also known as Barbecue", "alias", "nicknamed", "a.k.a.", "dubbed") is that person, there
        and wherever the same article writes it again: ``person_of`` gets the person's name for
        each such mention, so the nickname becomes an alias, never an actor of its own."""
        person_of, mentions = self.person_of, self.mentions
        for sid, ks in self.by_source.items():
            src = self.srcs.get(sid)
            if src is None:
                continue
            nick: dict[str, str] = {}
            people = sorted((mentions[k].end, k) for k in ks if k in person_of)
            for k in ks:
                m = mentions[k]
                if k in person_of:
                    continue
                before = [(e, j) for e, j in people if e <= m.start and m.start - e <= 40]
                if not before:
                    continue
                e, j = before[-1]
                if _NICKNAME_GAP.fullmatch(src.text[e:m.start]):
                    nick[norm_name(_strip_possessive(m.text.strip()))] = person_of[j]
            if not nick:
                continue
            for k in ks:
                key = norm_name(_strip_possessive(mentions[k].text.strip()))
                if k not in person_of and key in nick:
                    person_of[k] = nick[key]

    def cluster_people(self) -> None:
        """Spelling variants: full names with the same family name (or nearly: "Dbeibah",
        "Dbeibeh"; ``name_variants.close_family``) and compatible given names, joined ("Abdul
        Hamid", "Abdulhamid"; ``close_given``) or first ones (``close_given`` too) form one cluster, named by
        the gazetteer or by its most frequent name (its surname's mentions alone counted too); fills ``cluster_of``, and per article ``surname_by_source``,
        ``full_by_source`` and ``by_first_word``."""
        counts: Counter[str] = Counter()
        for k, pn in self.person_of.items():
            counts[pn] += 1
            if _full_name(pn):
                self.full_by_source[self.mentions[k].source_id].setdefault(_surname(pn), pn)
                self.names_by_source[self.mentions[k].source_id].add(pn)
                self.by_first_word[self.mentions[k].source_id][_first(pn)].add(pn)
        clusters: list[list[str]] = []
        for pn in sorted({p for p in self.person_of.values() if _full_name(p)}, key=lambda p: (-counts[p], p)):
            for cl in clusters:
                ref = cl[0]
                if close_family(_surname(pn), _surname(ref)) and (
                        close_given(_given(pn), _given(ref)) or close_given(_first(pn), _first(ref))):  # not "Rami" for "Amir"
                    cl.append(pn)
                    break
            else:
                clusters.append([pn])
        # A surname alone counts for the full names spelt like it ("Dbeibah" x6 for "Abdul Hamid
        # Dbeibah", not "Abdul Hamid Dbeibeh"): the cluster is named in the spelling used most.
        alone = Counter(_surname(pn) for pn in self.person_of.values() if not _full_name(pn))
        for cl in clusters:
            # on a tie, the full given name over its short form ("Michael" over "Mike")
            best = max(cl, key=lambda n: (counts[n] + alone[_surname(n)],
                                          not any(shortens(_first(n), _first(m)) for m in cl), -cl.index(n)))
            canon = next((self.gaz.canonical(n) for n in cl if self.gaz.canonical(n)), None) or best
            for n in cl:
                self.cluster_of[n] = canon
        for k, pn in self.person_of.items():
            if _full_name(pn):
                self.surname_by_source[self.mentions[k].source_id][_surname(pn)].add(self.cluster_of.get(pn, pn))
                self.surname_canon[_surname(pn)].add(self.cluster_of.get(pn, pn))

    def person_canonical(self, pn: str, sid: str, at: int = -1) -> str:
        """``_person_canonical``; a shorter full name of the article that resolved to a longer
        one before ("Sulak Erben" to "Matej Sulak Erben") stands for that one when a bare word
        resolves to it ("Sulak" after both)."""
        canon = self._person_canonical(pn, sid, at)
        if len(pn.split()) >= 2 and canon != pn and pn in self.names_by_source[sid]:
            self.shorter_as[(sid, pn)] = canon
        return self.shorter_as.get((sid, canon), canon) if len(pn.split()) == 1 else canon

    def _person_canonical(self, pn: str, sid: str, at: int = -1) -> str:
        """The canonical name for person name ``pn`` as written in source ``sid``: its
        cluster, the gazetteer's, the full name with that surname (or first word) in the
        same article, else the only person with that surname (or a near spelling,
        "Heegseth") among the article's own full names, else among the alias file's people,
        else the one person of the workspace with that surname (exactly: "Umerov" alone is
        "Rustem Umerov" when another article names him and no other Umerov); else ``pn``
        itself. A surname two people of the workspace share stays as written ("Varga" when
        one article names Tomas Varga Jr. and Edit Varga)."""
        words = pn.split()
        if len(words) >= 2 and (words[0].lower() in _PATRONYM_WORDS or words[0].lower() in _PARTICLES) and not self.gaz.canonical(pn):
            # "Ould Salek" after "Mohamed Salem Ould Salek", "Abu Haddad" after "Khalil Abu Haddad":
            # a family name with its particle is the one longer name of the article ending with it
            longer = {n for n in self.names_by_source[sid] if len(n.split()) > len(words) and n.split()[-len(words):] == words}
            if len(longer) == 1:
                full = next(iter(longer))
                return self.cluster_of.get(full, full)
        if (full := longer_name(pn, self.names_by_source[sid])) is not None and not self.gaz.canonical(pn):
            return self.cluster_of.get(full, full)  # "Lin Wei" beside "Lin Wei Ming": the model cut it
        if (full := double_surname_holder(pn, self.names_by_source[sid])) is not None and not self.gaz.canonical(pn) \
                and at >= 0 and sid in self.srcs and (not _titled_at(self.srcs[sid].text, at, pn)
                                                      or _same_title(self.srcs[sid].text, at, pn, full)):
            # "Sulak Erben" after "Matej Sulak Erben": a double family name; not "her deputy Maria
            # Lopez" after "Anna Maria Lopez", brought in with a role of her own (but "President
            # Sulak Erben" after "President Matej Sulak Erben" is him)
            return self.cluster_of.get(full, full)
        if pn in self.cluster_of:
            return self.cluster_of[pn]
        g = self.gaz.canonical(pn)
        if g:
            return g
        sur = _surname(pn)
        if at >= 0 and " " not in pn and sid in self.srcs:
            # "Park" after "Park Min Ho" and "Park Ji Won": the one named last before it; a name
            # that opens one longer name of the article is that name ("Park Min" the model cut
            # from "Park Min Ho"), no other person
            names = self.names_by_source[sid]
            same = {n for n in names if sur in (_surname(n), _first(n))}
            whole = {self.cluster_of.get(f := longer_name(n, names) or n, f) for n in same}
            if len(whole) == 1 and len(same) > 1:
                return next(iter(whole))
            if len({self.cluster_of.get(n, n) for n in same}) > 1 and (near := named_last_before(self.srcs[sid].text, at, same)):
                near = longer_name(near, names) or near
                return self.cluster_of.get(near, near)
        full = self.full_by_source[sid].get(sur)
        if full:
            return self.cluster_of.get(full, full)
        own = self.surname_by_source[sid]
        firsts = self.by_first_word[sid].get(sur, set()) if " " not in pn else set()
        if len(firsts) == 1 and sur not in own:
            full = next(iter(firsts))
            return self.cluster_of.get(full, full)
        for names in (own, self.gaz_surnames):
            cands = names.get(sur) or set()
            if not cands and len(sur) >= 6:  # a misspelt surname: "Heegseth"
                cands = {c for s, cs in names.items() if fuzz.ratio(sur, s) >= 85 for c in cs}
            if cands:
                return next(iter(cands)) if len(cands) == 1 else pn
        anywhere = self.surname_canon.get(sur) or set()
        return next(iter(anywhere)) if len(anywhere) == 1 else pn

    def assign_people(self) -> None:
        """Each person mention joins (or creates) its canonical person, with the country
        its phrase names as affiliation ("Estonia's Foreign Minister ..." -> Estonia); the
        name and the phrase as written become aliases (not a pronoun's)."""
        spokespeople: list[tuple[int, str]] = []
        guessed: set[str] = set()  # people whose affiliation so far is a default, not their words'
        for k, pn in self.person_of.items():
            m = self.mentions[k]
            canon = self.person_canonical(pn, m.source_id, m.start)  # "Hassan": the Hassan named last before it
            aid = self.ensure(canon, person_or_agency(canon))  # "Yonhap" as PERSON: the agency
            if not self.actors[aid].affiliation:
                self.actors[aid].affiliation = self.affiliation_of(m, pn)
                if self.actors[aid].affiliation and not self.stated_affiliation:
                    guessed.add(aid)
                if not self.actors[aid].affiliation and m.kind != "pronoun":
                    spokespeople.append((k, aid))
            elif aid in guessed and m.kind != "pronoun" and (got := self.affiliation_of(m, pn)) and self.stated_affiliation:
                # the story's default of one article yields to what another article says the
                # person is ("foreign ministry spokesman X" ... "X, spokesperson for Ruritania's foreign ministry")
                self.actors[aid].affiliation = got
                guessed.discard(aid)
            self.index.by_span[(m.source_id, m.start, m.end)] = aid
            self.alias(aid, pn)
            if m.kind != "pronoun":
                self.alias(aid, m.text)
        for k, aid in spokespeople:  # once every person has the affiliation their own words give
            if not self.actors[aid].affiliation:
                self.actors[aid].affiliation = self.principal_affiliation(k, aid)

    def administrations(self) -> None:
        """"The Petro administration", "the Tarkov government": a leader's name before
        "administration", "government" or "cabinet" is that leader's country's government (by the
        leader's affiliation, when it is a country): the mention moves there, with the phrase as
        alias."""
        for k, m in enumerate(self.mentions):
            src = self.srcs.get(m.source_id)
            if src is None or m.kind == "pronoun" or (hit := _ADMINISTRATION.match(src.text, m.end, min(len(src.text), m.end + 20))) is None:
                continue
            key = (m.source_id, m.start, m.end)
            if k in self.person_of:
                leader = self.actors.get(self.index.by_span.get(key, ""))
            else:  # a surname the model took for an organisation's name ("the Quispe administration")
                full = self.full_by_source[m.source_id].get(norm_name(_strip_possessive(re.sub(r"^the\s+", "", m.text.strip(), flags=re.I))))
                leader = self.actors.get(slug(self.cluster_of.get(full, full))) if full else None
            country = self.gaz.country(leader.affiliation) if leader is not None and leader.affiliation else None
            if country is None or not country.government_name:
                continue
            gov = self.ensure(country.government_name, "government")
            self.index.by_span[key] = gov
            self.alias(gov, f"{_strip_possessive(src.text[m.start : m.end].strip())} {hit.group(1)}")

    def principal_affiliation(self, k: int, aid: str) -> str:
        """The affiliation of the person whose spokesperson person mention ``k`` (actor ``aid``)
        is (``roles.spokes_principal``): "his spokesperson X" -> the person named last before it
        (within ``_PRINCIPAL_REACH`` characters); "X, spokesman for President Y" -> Y; "spokeswoman
        for the Secretary-General" -> the person the article gives that title. "" when none."""
        m = self.mentions[k]
        src = self.srcs.get(m.source_id)
        if src is None:
            return ""
        pn = self.person_of[k]
        phrases = [m.text.replace(pn, " "), title_run(src.text, m.start),
                   re.split(r"[.;:!?\n“”\"()]", src.text[max(0, m.start - 40) : m.start])[-1]]  # "and her deputy, X"
        if (app := _APPOSITION_START.match(src.text, m.end, min(len(src.text), m.end + 8))) is not None:
            phrases.append(re.split(r"[,;:()\n“”\"]|\.(?:\s|$)", src.text[app.end() : app.end() + 120])[0])
        whose = spokes_principal(phrases)
        if whose is None:
            return ""
        people = [(self.mentions[j].start, j) for j in self.by_source.get(m.source_id, ())
                  if j in self.person_of and self.mentions[j].kind != "pronoun"
                  and self.index.by_span.get((m.source_id, self.mentions[j].start, self.mentions[j].end)) not in (None, aid)]
        if whose[0] == "pronoun":
            before = [j for s, j in sorted(people) if m.start - _PRINCIPAL_REACH <= s < m.start]
            hits = before[-1:]
        elif (name := self.person_name(whose[1])) is not None:
            hits = [j for _s, j in people if self.person_canonical(self.person_of[j], m.source_id) == self.person_canonical(name, m.source_id)]
        else:
            title = {w.lower() for w in _TOKEN.findall(whose[1]) if _is_title(w)}
            hits = [j for _s, j in sorted(people)
                    if title <= {w.lower() for w in _TOKEN.findall(self.mentions[j].text + " " + title_run(src.text, self.mentions[j].start))}]
        for j in hits:
            other = self.actors.get(self.index.by_span[(m.source_id, self.mentions[j].start, self.mentions[j].end)])
            if other is not None and other.affiliation:
                return other.affiliation
        return ""

    def intro_phrases(self, m: _Mention, pn: str, src) -> list[str]:
        """The words introducing person mention ``m`` (named ``pn``) in source ``src`` (None: only
        the mention's own): its own words besides the name, the title run before it, an
        apposition, relative or copular clause or "of" body after it, a title before a comma (opening
        the clause, or a body's in the possessive: ``owned_titles``)."""
        phrases = ["" if m.text.strip() in pn else m.text.replace(pn, " ").replace(m.person_text or pn, " ")]  # not "Houthi" of "al-Houthi"; not the relative of "the sister of X"
        if src is not None and m.kind != "pronoun":
            run = title_run(src.text, m.start)
            end = _HYPHEN_TAIL.match(src.text, m.end).end()  # "Ronaldo Dema" of "Ronaldo Dema-ala, spokesperson of ..."
            phrases += [run, apposition(src.text, end, self.gaz), relative_clause(src.text, end),
                        copular_title(src.text, end), of_body(src.text, end),
                        title_before_comma(src.text, m.start)
                        # "The spokesperson for the junta, General X": the title before the rank's comma
                        or (title_before_comma(src.text, src.text.rfind(run, 0, m.start)) if run else "")
                        # "... and the SDF's top commander, X": a body's title in the possessive mid-clause
                        or owned_title_before(src.text, m.start)]
        return phrases

    def affiliation_of(self, m: _Mention, pn: str) -> str:
        """The organisation or country the words introducing person mention ``m`` (named ``pn``)
        give (``roles.affiliation``): the mention's own words besides the name, the title run
        before it, an apposition after it."""
        src = self.srcs.get(m.source_id)
        phrases = self.intro_phrases(m, pn, src)
        if m.source_id not in self.org_texts:
            a = self.analyses.get(m.source_id)
            # with the one-word short forms of its organisations the model took for persons ("Kanuri official")
            short = self.short_orgs_of(m.source_id)
            self.org_texts[m.source_id] = tuple(dict.fromkeys([*(e.text for e in a.entities if e.label == "ORG"), *short])) if a else ()
        names = self.name_words_of(m.source_id)
        if pn and pn in m.text:  # "official Abdi Salem Nur" where the model's name ends at "Salem": "Nur" is his too
            names = names | {w for w in _TOKEN.findall(m.text[m.text.index(pn) + len(pn):]) if w[:1].isupper()}
        found = affiliation(phrases, self.gaz, self.org_texts[m.source_id], names)
        if found and (spelt := self.spelt_out_instead(m.source_id, phrases, found)):
            found = spelt  # "a PPP spokesman" where the article wrote "the People Power Party (PPP)"
        if found and self.gaz.country(found) is not None and src is not None and m.kind != "pronoun":
            run = phrases[1] if len(phrases) > 1 else ""
            at = src.text.rfind(run, 0, m.start) if run else m.start
            lead = src.text[max(0, (at if at >= 0 else m.start) - 120) : at if at >= 0 else m.start]
            lead = re.sub(r"\s*\([A-Z]{2,8}\)", "", lead)  # "the African Union (AU) High Representative, former ..."
            if lead.rstrip().endswith(","):
                lead = re.split(r"[.;:!?\n“”\"()]", lead)[-1]
            elif ":" in (clause := re.split(r"[.;!?\n“”\"()]", lead)[-1]):
                lead = clause.rpartition(":")[0]  # "the AU mediation team: former Ruritanian president X and ..."
            else:
                lead = ""
            if (now := former_office_body([*phrases, lead], self.gaz)):
                found = spelled_body(now, src.text, self.gaz)  # "the African Union's envoy, former Ghanaian president X": the body he acts for now
        found = described_town_of(phrases, src.text, self.gaz, found) if src is not None and m.kind != "pronoun" and local_title(phrases) else found  # "Aguas Verdes, a Peruvian border town ... Aguas Verdes mayor X"
        if not found and src is not None and m.kind != "pronoun" and (legal_title(phrases) or legal_title_before(src.text, m.start)):
            found = court_country(src.text, self.gaz)  # "His lawyer, X" in a story of "a Bolivian court": Bolivia's
        if found and description_only(found) and state_body_title([found + " official"]):
            found = ""  # "Junta spokesman X": a state's body named by its noun, whose state is the story's
        found = self.short_orgs_of(m.source_id).get(found, found)  # "Kanuri official": of the Kanuri Front
        if found and src is not None:
            found = _expansions(src.text).get(found, found)  # "ONWASA": the authority it stands for
        if not found and src is not None and m.kind != "pronoun":
            found = nationality_before(src.text, m.start, self.gaz)  # "Ruritanian climate activist X"
        if not found and src is not None and m.kind != "pronoun":
            found = seat_before(src.text, m.start, self.gaz)  # "Lagos-based journalist X"
        if not found and src is not None and m.kind != "pronoun" and national_title(phrases):
            found = where_clause_country(src.text, m.start, phrases[1], self.gaz)  # "a coup in Niger where President X ..."
        self.stated_affiliation = bool(found)  # said by the words introducing the mention, not guessed from the story
        if not found and src is not None and m.kind != "pronoun" and spokes_title(phrases):
            found = previous_body_country(src.text, m.start, self.gaz)  # "Chile's ministry denied it. Spokesman X said"
            if not found:
                found = earlier_body_country(src.text, m.start, phrases, self.gaz)  # "The Chilean navy said ... navy spokesperson X"
        if not found and src is not None and national_title(phrases):
            found = dateline_country(src.text, self.gaz)  # "KARACHI: Prime Minister ..."
        if not found and src is not None and m.kind != "pronoun":
            found = residence_country(src.text, m.end, self.gaz)  # "Ali Raza (from Multan)"
        if not found and src is not None and m.kind != "pronoun":
            found = list_nationality(src.text, m.start, self.gaz)  # "the released Israelis were A, B and C"
        if not found and src is not None and m.kind != "pronoun" and civil_national_title(phrases):
            # "Guyana's foreign ministry said ... Foreign Minister X": the ministry's country
            found = ministry_country(src.text, m.start, phrases, self.gaz) or forces_country(src.text, m.start, phrases, self.gaz)
        if not found and src is not None and m.kind != "pronoun" and civil_national_title(phrases):
            found = self.main_country_of(m.source_id)  # "Prime Minister X" in a story about Iraq
            if not found and head_title(phrases):
                a = self.analyses.get(m.source_id)
                found = only_country([e.text for e in a.entities if e.label in ("GPE", "LOC", "NORP")], self.gaz) if a else ""
        if not found and src is not None and m.kind != "pronoun" and civil_national_title(phrases) \
                and not (head_title(phrases) and self.home_country_of(m.source_id) in self.striking_abroad_of(m.source_id)):
            # "Poland's Prime Minister A ... Defence Minister B"; but a bare head of state in an article
            # on strikes by the officials' state in another ("Peru's Defence Minister ... Peruvian jets
            # struck Bolivian positions ... President X") may be the struck state's: unsaid
            found = self.home_country_of(m.source_id)
            if found and not _country_named_before(src.text, m.start, found, self.gaz):
                # "Foreign Minister X said ... he told U.S. Secretary of State Y": officials the text names
                # only after the bare title are the ones he spoke to, not his own state's
                found = ""
            if found and any(found in counterpart_countries(src.text, n, self.gaz) for n in {pn, pn.split()[-1] if pn.split() else pn}):
                found = ""  # "Secretary of State X holds talks with Canadian Foreign Minister Y": the other side
            if not found and (a := self.analyses.get(m.source_id)) is not None:
                # "Interior Minister X" in a report that names Kenya, by its name or nationality, and no
                # other country, nor a place of another ("Russia denied it" of drones over Aalborg)
                names = [e.text for e in a.entities if e.label in ("GPE", "LOC", "NORP")]
                sole = self.sole_country_of(m.source_id)
                found = sole if sole and only_country(names, self.gaz) == sole else ""
        if not found and src is not None and m.kind != "pronoun" and local_title(phrases):
            found = place_before(src.text, m.start, self.gaz, self.places_of(m.source_id))  # "... in the Rostov region, Governor X"
            # "Gegharkunik Governor X": the title's own region wins over an earlier sentence's place
            country = self.main_country_of(m.source_id) or found.rpartition(", ")[2]
            found = title_place(" ".join(phrases[:2]), src.text, self.gaz, country) or found
        if not found and src is not None and m.kind != "pronoun" and (
                local_person(src.text, m.start, m.end, phrases) or state_body_title(phrases) or local_title(phrases)):
            # "Villager X said" in a story about Nigeria; "the spokesperson for the junta, X"; a
            # police officer where no place is named near
            found = self.story_country_of(m.source_id)
            if not found and state_body_title(phrases):
                found = self.home_country_of(m.source_id)  # "defence ministry spokeswoman X" in a report from one side
            if not found:
                found = self.sole_country_of(m.source_id)  # a short report naming one country once
        if not found and src is not None and m.kind != "pronoun" and civil_national_title(phrases) \
                and not self.officials_countries_of(m.source_id) \
                and state_country(src.text, self.gaz) in ("", story := self.story_country_of(m.source_id)) \
                and not (head_title(phrases) and story in self.striking_abroad_of(m.source_id)) \
                and self.towns_countries_of(m.source_id) <= {story}:
            # "Defense Minister X" in a story that happens in Ruritania (no town it names is another
            # country's) and names no official of any state by nation, nor another state's
            # bodies more: Ruritania's
            found = story
        if not found and src is not None and m.kind != "pronoun" and national_title(phrases):
            found = dateline_office_country(src.text, self.gaz, self.named_countries_of(m.source_id), self.officials_countries_of(m.source_id), m.start)  # "LA PAZ (Reuters) - Information Minister X"
        if not found and src is not None and m.kind != "pronoun" and head_title(phrases) and (a := self.analyses.get(m.source_id)) is not None:
            # "Ruritania fell into chaos when President X was ousted": a head of state's country is the
            # one country his sentence names
            found = sentence_country(src.text, m.start, a.entities, self.gaz)
        if not found and src is not None and m.kind != "pronoun" and rank_title(phrases) and not civil_national_title(phrases):
            found = chief_before(src.text, m.start, self.gaz)  # "Israel's army chief vowed ... Lieutenant General X said"
        return found

    def named_countries_of(self, sid: str) -> dict[str, int]:
        """``place_candidates.named_countries`` of the source's GPE, LOC and NORP entities."""
        a = self.analyses.get(sid)
        return named_countries([e.text for e in a.entities if e.label in ("GPE", "LOC", "NORP")], self.gaz) if a else {}

    def sole_country_of(self, sid: str) -> str:
        """``sole_country.sole_country`` of the source's place and nationality names, when a place
        name gives it too: "Russian drones hit the grid" names no place, only the attacker's
        nationality."""
        a = self.analyses.get(sid)
        if a is None:
            return ""
        sole = sole_country([e.text for e in a.entities if e.label in ("GPE", "LOC", "NORP")], self.gaz)
        return sole if sole and sole_country([e.text for e in a.entities if e.label in ("GPE", "LOC")], self.gaz) == sole else ""

    def nations_of(self, sid: str) -> set[str]:
        """The texts of the source's NORP and GPE entities."""
        a = self.analyses.get(sid)
        return {e.text for e in a.entities if e.label in ("NORP", "GPE")} if a is not None else set()

    def short_orgs_of(self, sid: str) -> dict[str, str]:
        """``_short_org_names`` of the source (cached)."""
        if sid not in self._short_orgs:
            a, src = self.analyses.get(sid), self.srcs.get(sid)
            self._short_orgs[sid] = _short_org_names(a, self.gaz, src.text) if a is not None and src is not None else {}
        return self._short_orgs[sid]

    def name_words_of(self, sid: str) -> frozenset[str]:
        """The words of the source's PERSON entities that it never names as a place (no GPE or
        LOC entity of that word): a name is never where a person works ("an adviser to Rojas")."""
        if sid not in self._name_words:
            a = self.analyses.get(sid)
            words: frozenset[str] = frozenset()
            if a is not None:
                placed = {w for e in a.entities if e.label in ("GPE", "LOC") for w in e.text.split()}
                words = frozenset(w for e in a.entities if e.label == "PERSON" for w in e.text.split()
                                  if w[:1].isupper() and w not in placed)
            self._name_words[sid] = words
        return self._name_words[sid]

    def office_of_another(self, m, target: str) -> str | None:
        """For a mention the alias file makes country X's government through an office's name
        that other countries' offices share ("the Foreign Office", "the Defence Ministry"), not
        a place ("Downing Street", "London"): when the article never names X (its names,
        adjectives or capital) and names other countries, the government of the one it names
        most ("the Foreign Office said" in a story from Islamabad); else None (the alias holds)."""
        c = self.gaz.government_of(target)
        text = m.text.strip()
        if c is None:
            return None
        if not _OFFICE_METONYM.search(text):
            return None  # "the Kremlin", "Downing Street": that country's alone
        src = self.srcs.get(m.source_id)
        if src is None:
            return None
        names = [n for n in (*c.all_names, *c.all_adjectives, c.capital_name) if n]
        if any(_word_rx(n).search(src.text) for n in names):
            return None
        every = self._country_counts.get(m.source_id)
        if every is None:  # once per article: a speaker correction resolves every mention again
            every = self._country_counts[m.source_id] = {
                o.name: sum(len(_word_rx(n).findall(src.text)) for n in (*o.all_names, *o.all_adjectives, o.capital_name) if n)
                for o in self.gaz.countries}
        counts = {name: n for name, n in every.items() if name != c.name}
        best = max(counts, key=counts.get, default="")
        if not best or counts[best] == 0:
            return None
        return self.gaz.country(best).government_name

    def _presidency_country(self, m: _Mention, gaz: Gazetteer):
        """The country of "the presidency" (mention ``m``): of the last "X presidency" or "X's
        presidential office" before it in its article, else the story's country; None when neither."""
        src = self.srcs.get(m.source_id)
        named = list(_NAMED_PRESIDENCY.finditer(src.text, 0, m.start)) if src is not None else []
        if named and (c := gaz.country(_strip_possessive(named[-1].group("nation")))) is not None:
            return c
        return gaz.country(self.story_country_of(m.source_id))

    def striking_abroad_of(self, sid: str) -> set[str]:
        """The names of the states the source's incident mentions have acting in another country,
        placed there by their own sentences ("Peruvian jets struck Cobija, Bolivia": {"Peru"})."""
        a = self.analyses.get(sid)
        found = set()
        for o in (a.incidents if a else ()):
            if o.actor and o.country and not o.inferred and (c := self.gaz.country(o.actor)) is not None and c.name != o.country:
                found.add(c.name)
        return found

    def main_country_of(self, sid: str) -> str:
        """``roles.main_country`` of the source's place and nationality names (cached)."""
        if sid not in self._main_country:
            a = self.analyses.get(sid)
            names = [e.text for e in a.entities if e.label in ("GPE", "LOC", "NORP")] if a else []
            self._main_country[sid] = main_country(names, self.gaz)
        return self._main_country[sid]

    def officials_countries_of(self, sid: str) -> set[str]:
        """``roles.officials_countries`` of the source's person mentions (cached)."""
        if sid not in self._officials_country:
            src = self.srcs.get(sid)
            titled = []
            for j in self.by_source.get(sid, ()):
                mj = self.mentions[j]
                if j not in self.person_of or mj.kind == "pronoun" or src is None:
                    continue
                pn = self.person_of[j]
                titled.append(["" if mj.text.strip() in pn else mj.text.replace(pn, " "), title_run(src.text, mj.start)])
            self._officials_country[sid] = officials_countries(titled, self.gaz)
        return self._officials_country[sid]

    def home_country_of(self, sid: str) -> str:
        """The state a source's bare offices belong to: the one nation its officials are given
        (``officials_countries_of``; "" when several), else, when none is given, ``roles.state_country``
        of its text unless the story happens in another country (``story_country_of``: the raiders'
        army is named where the raid happens); "" when neither."""
        officials = self.officials_countries_of(sid)
        src = self.srcs.get(sid)
        state = state_country(src.text, self.gaz) if src is not None else ""
        story = self.story_country_of(sid)
        if len(officials) == 1:
            # "Colombian President X condemned the US strike ... the US military ... Defense Secretary
            # Y": another state's bodies, or a story elsewhere, leave the bare office unsaid
            one = next(iter(officials))
            return one if state in ("", one) and story in ("", one) else ""
        if officials:
            return ""  # officials of several nations named: whose a bare office is, unsaid
        return state if state and story in ("", state) else ""

    def line_before(self, m: _Mention) -> str:
        """The text of mention ``m``'s line before it."""
        src = self.srcs.get(m.source_id)
        return src.text[src.text.rfind("\n", 0, m.start) + 1 : m.start] if src is not None else ""

    def local_alias(self, sid: str, text: str) -> str | None:
        """The actor the corpus alias ``text`` names in source ``sid``: None when there is none, or
        when it is a description another article's actor went by ("Army": the Pakistani army of
        another story is not this Mozambique story's, ``alias_scope.foreign_description``)."""
        aid = self.index.aliases.get(norm_name(text))
        a = self.actors.get(self.index.canonical_id(aid)) if aid is not None else None
        if a is not None and is_acronym(text):
            if (spelt := self.spelt_out_in(sid, text)) is not None and not any(
                    fuzz.ratio(spelt.lower(), n.lower()) >= 88 for n in (a.name, *a.aliases)):
                # the article says what its letters stand for, and that is not this actor's name:
                # "the People Power Party (PPP)" of a Korean story is not the alias file's PPP
                return self.index.aliases.get(norm_name(spelt))
            return None if self.foreign_acronym_in(sid, text, a) else aid
        if a is None or not description_only(text):
            return aid
        country = self.gaz.country(a.affiliation.rsplit(",", 1)[-1].strip()) if a.affiliation else None
        if country is None:
            return aid
        here = any(k[0] == sid and self.index.canonical_id(v) == a.id for k, v in self.index.by_span.items())
        return None if foreign_description(text, country.name, here, self.story_country_of(sid)) else aid

    def spelt_out_in(self, sid: str, acronym: str) -> str | None:
        """The name source ``sid`` spells ``acronym`` out as in brackets ("the People Power Party
        (PPP)" -> "People Power Party", ``_expansions``); None when it does not."""
        src = self.srcs.get(sid)
        bare = re.sub(r"^the\s+", "", acronym.strip(), flags=re.I)
        return _expansions(src.text).get(bare) if src is not None else None

    def canonical_here(self, sid: str, text: str) -> str | None:
        """``Gazetteer.canonical`` of ``text`` as source ``sid`` reads it: None for an acronym the
        article spells out as a name that is none of that alias-file actor's ("PPP" where the
        article wrote "the People Power Party (PPP)": not the alias file's Pakistan Peoples Party)."""
        canon = self.gaz.canonical(text)
        if canon and is_acronym(text) and (spelt := self.spelt_out_in(sid, text)) and not self.same_body_name(spelt, canon):
            return None
        return canon

    def same_body_name(self, spelt: str, canon: str) -> bool:
        """Whether ``spelt`` is a spelling of the alias-file actor ``canon``'s name or an alias's
        (``Gazetteer.canonical``, or rapidfuzz ratio >= 88 with one: "Islamic Revolutionary Guards
        Corps" for the IRGC; "People Power Party" is no spelling of the Pakistan Peoples Party)."""
        if self.gaz.canonical(spelt) == canon:
            return True
        entry = self.gaz.entry(canon)
        return any(fuzz.ratio(spelt.lower(), n.lower()) >= 88 for n in (canon, *(entry.aliases if entry else ())))

    def spelt_out_instead(self, sid: str, phrases: list[str], found: str) -> str:
        """The name source ``sid`` spells out an acronym of ``phrases`` as, when the alias file took
        those letters for another body (``found``, its name): "a PPP spokesman" in an article that
        wrote "the People Power Party (PPP)" is that party's, not the alias file's Pakistan Peoples
        Party; "" when no acronym there is spelt out otherwise."""
        for phrase in phrases:
            for word in _TOKEN.findall(phrase):
                if is_acronym(word) and self.gaz.canonical(word) == found \
                        and (spelt := self.spelt_out_in(sid, word)) and not self.same_body_name(spelt, found):
                    return spelt
        return ""

    def foreign_acronym_in(self, sid: str, text: str, a: Actor) -> bool:
        """Whether the acronym ``text``, a corpus alias of actor ``a``, names another body in source
        ``sid``: ``a`` is of a country that article names nowhere and is not mentioned in it
        (``alias_scope.foreign_acronym``)."""
        country = self.gaz.country(a.affiliation.rsplit(",", 1)[-1].strip()) if a.affiliation else None
        if country is None:
            return False
        here = any(k[0] == sid and self.index.canonical_id(v) == a.id for k, v in self.index.by_span.items())
        return foreign_acronym(text, country.name, here, set(self.named_countries_of(sid)))

    def drop_foreign_acronyms(self) -> None:
        """An acronym that names a body of one country in one article and is written in another
        article that names neither that body nor its country ("SSC" of a Slovak council, and of a
        Somali administration elsewhere) is no key of the corpus: ``ActorIndex.resolve("SSC")``
        would give the other country's body. Each mention keeps its actor (``by_span``), each actor
        its alias; the letters stay a key of the one body named by them alone, if any."""
        named_in: dict[str, set[str]] = defaultdict(set)
        for (sid, _s, _e), aid in self.index.by_span.items():
            named_in[self.index.canonical_id(aid)].add(sid)
        for key, aid in list(self.index.aliases.items()):
            a = self.actors.get(self.index.canonical_id(aid))
            if a is None or self.gaz.canonical(key):
                continue
            acronyms = {n for n in (a.name, *a.aliases) if norm_name(n) == key and is_acronym(n)}
            acronyms = {re.sub(r"^the\s+", "", n, flags=re.I) for n in acronyms}
            if not acronyms:
                continue
            for sid, src in self.srcs.items():
                if sid in named_in[a.id] or not any(acronym_written(n, src.text) for n in acronyms):
                    continue
                if self.foreign_acronym_in(sid, next(iter(acronyms)), a):
                    own = [b.id for b in self.actors.values() if b.id != a.id and norm_name(_org_key(b.name)) == key]
                    if len(own) == 1:
                        self.index.aliases[key] = own[0]  # the body those letters name as its own name
                    else:
                        del self.index.aliases[key]
                    break

    def analysed_sources(self):
        """(source id, ``Source``, its ``Analysis``) of each source that has an analysis, in the
        sources' order: what the later stages of the modules beside this one go through."""
        for sid, src in self.srcs.items():
            an = self.analyses.get(sid)
            if an is not None:
                yield sid, src, an

    def story_country_of(self, sid: str) -> str:
        """``roles.story_country`` of the source's place and nationality names (cached)."""
        if sid not in self._story_country:
            a = self.analyses.get(sid)
            names = [e.text for e in a.entities if e.label in ("GPE", "LOC", "NORP")] if a else []
            self._story_country[sid] = story_country(names, self.gaz)
        return self._story_country[sid]

    def towns_countries_of(self, sid: str) -> set[str]:
        """The countries of the towns and regions (no country's own name) the source names."""
        from .places import country_name, place

        found = set()
        for _at, name in self.places_of(sid):
            c = self.gaz.country(name)
            if c is not None:
                if name.lower() == (c.capital or "").lower():
                    found.add(c.name)  # a capital is a town of its country; a country's names are none
                continue
            if (p := place(name, tuple(self.gaz.places))) is not None and p.country and p.kind != "country" \
                    and (c := self.gaz.country(country_name(p.country))) is not None:
                found.add(c.name)
        return found

    def places_of(self, sid: str) -> list[tuple[int, str]]:
        """(offset, text) of the source's GPE and LOC entities, in order (cached)."""
        got = self._places.get(sid)
        if got is None:
            a = self.analyses.get(sid)
            got = self._places[sid] = sorted((e.start, e.text) for e in a.entities if e.label in ("GPE", "LOC")) if a else []
        return got

    # ------------------------------------------------------------------ 2. groups
    def find_groups(self) -> None:
        """Named groups ("the so-called “Bucharest Nine”", ``_GROUP_NAME``) take over the
        unnamed plural speakers before them in the same article: fills ``group_of``."""
        gaz = self.gaz
        for sid, src in self.srcs.items():
            for gm in _GROUP_NAME.finditer(src.text):
                name = gm.group("name").strip()
                canon = gaz.canonical(name) or name
                for k in self.by_source.get(sid, ()):
                    m = self.mentions[k]
                    if m.start < gm.start() and m.kind in ("unnamed", "pronoun", "named") and k not in self.person_of:
                        head = m.text.split(" from ")[0].split(" on ")[0].split()[-1:]
                        if head and head[0].lower().endswith("s") and head[0].lower().rstrip("s") + "s" == head[0].lower() and not self.government_for(m.text) and not gaz.canonical(m.text):
                            self.group_of[(sid, k)] = canon

    # ------------------------------------------------------------------ 3. speakers and agents
    def find_office_holders(self) -> None:
        """People named only by a one-person office of a state ("the Chilean ambassador",
        ``office_holders``): a person actor "<Adjective> <office>" of that country, by that
        phrase's span; ``holder_spans`` keeps them by source for ``resolve_speakers``."""
        gaz = self.gaz
        self.holder_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

        def country_of(word: str) -> tuple[str, str] | None:
            bare = _strip_possessive(word)
            c = gaz.country(bare)
            if c is None or norm_name(bare) not in {norm_name(n) for n in (c.name, c.adjective, *c.names, *c.adjectives)}:
                return None  # a capital ("the Lima ambassador") is no nationality
            return c.name, c.adjective

        for sid, src in self.srcs.items():
            a = self.analyses.get(sid)
            if a is None:
                continue
            persons = [(e.start, e.end) for e in a.entities if e.label == "PERSON"]
            story = self.story_country_of(sid) or self.main_country_of(sid)
            sc = gaz.country(story) if story else None
            for s, e, sec in speaking_security_sources(src.text):
                if (aid := self.security_actor(sid, sec)) is not None:  # "Security officials said ...", no quote
                    self.index.by_span[(sid, s, e)] = aid
                    self.alias(aid, src.text[s:e])
            for h in office_holders(src.text, persons, country_of, (sc.name, sc.adjective) if sc else None):
                aid = self.ensure(h.name, "person", h.country)
                if self.actors[aid].kind != "person":
                    continue
                self.alias(aid, h.name)
                if (c := gaz.country(h.country)) is not None and h.name.startswith(c.adjective + " "):
                    self.alias(aid, f"{c.name} {h.name[len(c.adjective) + 1 :]}")  # "Chile information minister" is the "Chilean information minister"
                self.index.by_span[(sid, h.start, h.end)] = aid
                self.holder_spans[sid].append((h.start, h.end, aid))

    def security_actor(self, sid: str, sec) -> str | None:
        """The organisation actor of unnamed security people (``security_sources.SecuritySources``)
        of source ``sid``: "<Adjective> security officials" of the country their words name, else
        of the story's country; None when neither is known."""
        gaz = self.gaz
        nation = gaz.country(_strip_possessive(sec.nation)) if sec.nation else None
        if sec.nation and nation is None:
            return None  # "Hamas security officials": no state's
        if nation is None:
            story = self.story_country_of(sid) or self.main_country_of(sid)
            nation = gaz.country(story) if story else None
        if nation is None:
            return None
        aid = self.ensure(f"{nation.adjective} {sec.words}", "organization", nation.name)
        a = self.actors[aid]
        if a.kind != "organization":
            return None
        a.affiliation = a.affiliation or nation.name
        self.alias(aid, a.name)
        return aid

    def holder_in(self, m: _Mention) -> str | None:
        """The office holder actor (``find_office_holders``) whose phrase lies in mention ``m``,
        None when none or when a person is named in it."""
        if m.has_person:
            return None
        return next((aid for s, e, aid in getattr(self, "holder_spans", {}).get(m.source_id, ()) if m.start <= s and e <= m.end + 1), None)

    def resolve_speakers(self) -> None:
        """Speakers and agents that are not people: a group, the alias file, the issuer
        of a statement, a country as metonym ("China said"), a nationality's government,
        a government spokesperson speaking in the first person for a country, else a
        named organisation or an official group ("Western officials"). Descriptions
        ("the chancellor") go to ``described`` for :meth:`resolve_descriptions`."""
        gaz = self.gaz
        for k, m in enumerate(self.mentions):
            if k in self.person_of or m.role == "entity":
                continue
            if (holder := self.holder_in(m)) is not None:
                self.index.by_span[(m.source_id, m.start, m.end)] = holder  # "the Chilean ambassador said": that person
                continue
            if m.role in ("speaker", "agent") and not m.has_person and (sec := security_sources(m.text)) is not None \
                    and (aid := self.security_actor(m.source_id, sec)) is not None:
                # "Egyptian security officials said": the country's security services, not its government
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            target = self.group_of.get((m.source_id, k))
            kind = "organization"
            bare = ""  # another name of the actor, when the phrase holds one
            if target is None:
                target = self.canonical_here(m.source_id, m.text)
                if target is not None and (elsewhere := self.office_of_another(m, target)) is not None:
                    target = elsewhere  # "the Foreign Office said" in a story about Pakistan
            if (target is None or _common_noun(m.text)) and m.role in ("speaker", "agent") and m.kind == "named" and not m.has_person \
                    and (full := self.shortened_org(m)) is not None:
                self.shortened_speakers.append((m, full))  # "the High Commission said" after "the High Commission of X"
                continue
            if target is None and m.role in ("speaker", "agent") and not m.has_person and (body := known_body(m.text, gaz)) is not None:
                target = body  # "The Hezbollah militia said": the alias file's Hezbollah
            if target is None and m.role in ("speaker", "agent") and not m.has_person \
                    and (agency := national_agency(m.text, lambda w: gaz.country(w) is not None)) is not None:
                # "Norway's Correctional Service said": the service by its own name, of its country, not the government
                nation = gaz.country(agency[0])
                aid = self.ensure(gaz.canonical(agency[1]) or agency[1], "government" if _state_body(agency[1]) else "organization", nation.name)
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role == "speaker" and m.kind in ("named", "unnamed") and not m.has_person \
                    and (person := self.role_named_person(m)) is not None:
                self.index.by_span[(m.source_id, m.start, m.end)] = person  # "A teacher, X, said ... the teacher added": X
                continue
            if target is None and m.role == "speaker" and not m.has_person and (desc := _DESCRIBED_FIRM.match(m.text.strip())) is not None \
                    and (not desc.group("nat") or gaz.country(_strip_possessive(desc.group("nat"))) is not None) \
                    and gaz.country(desc.group("name")) is None and not gaz.is_outlet(desc.group("name")):
                # "Russian energy giant Lukoil said": the firm by its name, its country from the adjective
                nation = gaz.country(_strip_possessive(desc.group("nat") or ""))
                aid = self.ensure(gaz.canonical(desc.group("name")) or desc.group("name"), "organization", nation.name if nation else "")
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role == "speaker" and not m.has_person and (acr := _ACRONYM_PEOPLE.match(m.text.strip())) is not None \
                    and (src := self.srcs.get(m.source_id)) is not None and (full := _expansions(src.text).get(acr.group(1))) is not None:
                target = gaz.canonical(full) or full  # "RSF sources said" after "the Rapid Support Forces (RSF)"
            if target is None and m.role in ("speaker", "agent") and not m.has_person and (state := _NATION_STATE_MEDIA.match(m.text.strip())) is not None \
                    and (nation := gaz.country(_strip_possessive(state.group("nation")))) is not None and not gaz.is_outlet(state.group("name")):
                # "Lebanon's state-run National News Agency": the state's outlet by its name, not the government
                aid = self.ensure(state.group("name"), "organization", nation.name)
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role in ("speaker", "agent") and not m.has_person and (outlet := named_outlet(m.text, gaz, self.line_before(m))) is not None \
                    and not gaz.is_outlet(outlet[0]):
                # "Iran's semi-official Tasnim news agency": the outlet by its name, of its country (else the story's)
                aid = self.ensure(gaz.canonical(outlet[0]) or outlet[0], "organization", outlet[1] or self.story_country_of(m.source_id))
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                if outlet[0] in m.text:
                    self.alias(aid, m.text[m.text.index(outlet[0]) :])  # "Al-Nour news agency"
                continue
            author = issuer(m.text)
            if author is None and target is None and m.role == "speaker" and (author := named_document(m.text)) is not None:
                # "the Civil Defence report said": its issuer speaks, named as the article names it
                # ("an SAF statement" after "the Sudanese Armed Forces (SAF)": by the name spelt out)
                if (src := self.srcs.get(m.source_id)) is not None and gaz.canonical(author) is None:
                    author = _expansions(src.text).get(author, author)
                target = gaz.canonical(author)
                if target is not None and (elsewhere := self.office_of_another(m, target)) is not None:
                    target = elsewhere
                target = target or self.government_for(author) or author
                author = None
            if author is not None:  # "a statement from X said": X speaks
                target = gaz.canonical(author) or self.government_for(author)
                if target is None and (d := issuing_body(author)) is not None:
                    self.described.append((k, d))  # "a statement on the Trust's website": the trust named before
                    continue
                if target is None:
                    bare_name = re.sub(r"^the\s+(?=[A-Z]{2,}$)", "", author)  # "the GDF": its name is "GDF"
                    target, kind = bare_name[:1].upper() + bare_name[1:], "organization"
            if m.role == "agent" and (src := self.srcs.get(m.source_id)) is not None and \
                    _EXAMPLE_BEFORE.search(src.text[max(0, m.start - 80) : m.start]):
                continue  # "oil sold to countries like Peru and Brazil": an example does not act
            if target is None and _coordination(m.text, gaz):
                continue  # "The Bolivian army and the rebels said": two actors, neither one's alias
            if target is None and not m.has_person and (body := military_body(m.text, gaz)) is not None:
                aid = self.ensure(body[0], "organization", body[1])  # "The Chilean navy said": not "the navy"
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and (owned := self.owner_resolved(m)) is not None:
                if (gov := self.government_for(owned)) is not None:  # "Its foreign minister" after "Peru ..."
                    aid = self.ensure(gov, "government")
                    self.index.by_span[(m.source_id, m.start, m.end)] = aid
                    self.alias(aid, owned)
                continue  # never an actor named "Its foreign minister"
            if target is None and m.role == "speaker" and m.kind != "pronoun" and not m.has_person \
                    and (owned := owned_body(m.text)) is not None and not self.is_place(m.source_id, m.text) \
                    and not _names_country(owned[1], gaz):
                # "the Basque government's security council said": that council, as written (a
                # country's offices are its government's or its bodies', the rules above and below)
                civil = owned[1].split()[-1].lower() in ("government", "ministry", "presidency", "administration", "authorities", "cabinet")
                state = civil or _state_body(owned[1])
                aid = self.ensure(owned[0], "government" if state else "organization",
                                  name_affiliation(owned[1], gaz) or (self.main_country_of(m.source_id) if state else ""))
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and (d := description(m.text)) is not None:
                self.described.append((k, d))
                continue
            if target is None and m.role in ("speaker", "agent") and (c := gaz.country(_strip_possessive(m.text.strip()))):
                target = c.government_name  # "China said": metonymy
            if target is None:
                target = self.government_for(m.text)
                if target is None and m.role == "speaker" and m.kind == "unnamed" and m.quote_text:
                    target = _first_person_country(m, gaz)
            if target is None and m.role == "speaker" and not m.has_person and m.kind != "pronoun":
                if re.fullmatch(r"the\s+presidency", m.text.strip(), re.I) and (c := self._presidency_country(m, gaz)) is not None:
                    target = c.government_name  # "the presidency said": the one named before, else the story's country's
                elif (body := _ministry_source(m.text.strip(), gaz)) is not None:
                    # "an unidentified interior ministry source": the ministry speaks, as "the Interior Ministry" does
                    aid = self.ensure(body, "government", self.main_country_of(m.source_id))
                    self.index.by_span[(m.source_id, m.start, m.end)] = aid
                    self.alias(aid, m.text)
                    continue
            org = _org_key(m.text) if target is None and m.role == "speaker" and m.kind != "pronoun" and not m.has_person else ""
            if org and (src := self.srcs.get(m.source_id)) is not None:
                org = _expansions(src.text).get(org, org)  # "HRL said": the lab it stands for
            if org and (m.text.strip()[:1].isupper() or m.text.lower().startswith("the ")) and organisation_name(org, gaz):
                # "the South Korean Joint Chiefs of Staff said": an organisation by its name
                src = self.srcs.get(m.source_id)
                owner, org = _split_owner(org, gaz)  # "Yale University’s Humanitarian Research Lab"
                nation = _nation_before(src.text, m.start, gaz) if src is not None and not owner else None
                if nation is not None and set(w.lower() for w in _TOKEN.findall(org)) & _GOVERNMENT_WORDS:
                    # "Chad’s Interior Ministry said": the government, as "the Chadian Interior Ministry" is
                    aid = self.ensure(nation.government_name, "government")
                    self.index.by_span[(m.source_id, m.start, m.end)] = aid
                    self.alias(aid, f"{nation.adjective} {org}")
                    continue
                target = org
                aff = owner or organisation_affiliation(org, src.text if src else "", m.start, m.end, gaz)
                if not aff and _state_body(org):
                    aff = self.main_country_of(m.source_id)  # "the Ministry of Defence said" in a story about one country
                if not aff and src is not None and _STATE_MEDIA_BEFORE.search(src.text, max(0, m.start - 50), m.start) is not None:
                    # "According to the state broadcaster PTV News": the state the report speaks for
                    aff = self.story_country_of(m.source_id) or self.home_country_of(m.source_id)
                aid = self.ensure(target, "government" if _state_body(org) else "organization", aff)
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role == "speaker" and m.kind != "pronoun" and not m.has_person \
                    and (body := _lower_case_body(m.text, gaz)) is not None:
                # "South Korea’s joint chiefs of staff said": the body, by its name
                aid = self.ensure(body[0], "organization", body[1])
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role == "speaker" and not m.has_person and (own := _FOR_OWNER.match(m.text.strip())) is not None \
                    and (src := self.srcs.get(m.source_id)) is not None:
                # "a spokesperson for the UK-based owner": the owner the story names, else the owner as described
                named = [x for x in _OWNED_BY.finditer(src.text, 0, m.start) if x.group("role") in own.group("role") or own.group("role") in ("company", "firm")]
                where = own.group("where") or own.group("nat") or ""
                nation = gaz.country(where) or (gaz.country(country_name(pl.country)) if (pl := place(where, tuple(gaz.places))) and pl.country else None)
                if named:
                    org = named[-1].group("org")
                    hit = self.index.aliases.get(norm_name(org))
                    aid = hit if hit in self.actors and self.actors[hit].kind != "person" else self.ensure(org, "organization", nation.name if nation else "")
                else:
                    aid = self.ensure(f"{where}-based {own.group('role')}" if own.group("where") else f"{where} {own.group('role')}".strip(),
                                      "organization", nation.name if nation else "")
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role == "speaker" and not m.has_person and (state := _STATE_MEDIA.match(m.text.strip())) is not None \
                    and not gaz.is_outlet(state.group("name")):
                # "the state broadcaster PTV News": a state's voice, an actor (other outlets are sources)
                nation = gaz.country(state.group("nation") or "")
                aid = self.ensure(state.group("name"), "organization", nation.name if nation else
                                  self.story_country_of(m.source_id) or self.home_country_of(m.source_id))
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role in ("speaker", "agent") and not m.has_person \
                    and (local := self.local_body(m.text, m.source_id)) is not None:
                # "a Kamo Township people's administration spokesman said": the township's body
                aid = self.ensure(local[0], "organization", local[1])
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                self.alias(aid, m.text)
                continue
            if target is None and m.role == "speaker" and not m.has_person and (
                    full := _official_of_short(m.text, self.short_orgs_of(m.source_id))) is not None:
                # "a senior Kanuri official said" where the article names the "Kanuri Front": that front speaks
                aid = self.index.aliases.get(norm_name(full)) or self.ensure(full, "organization")
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                continue
            if target is None and m.role == "speaker" and m.kind != "pronoun" and national_body(m.text) is not None:
                continue  # "the coast guard said": the country's body, found in ``resolve_bodies``
            if target is None and m.role == "speaker" and m.kind in ("unnamed", "named", "pronoun"):
                words = _TOKEN.findall(m.text)
                someone = bool(words) and words[0].lower() in ("a", "an", "one", "another", "some")
                if words and words[0].lower() in _PRONOUNS and len(words) == 1:
                    continue  # an unresolved pronoun is nobody's name
                if words and words[-1].lower() in NOT_AGENT_NOUNS:
                    continue  # "the Chinese accusations": what was said, never who said it
                # A name in the antecedent; a capital on its first word alone may be the
                # sentence's ("Residents of the town ... they said"): a description, no actor.
                named_inside = any(w[:1].isupper() for w in words[1:]) or len(words) == 1 and words[0][:1].isupper()
                if m.kind != "named" and not named_inside and len(words) >= 2 and words[0].lower() in ("the", "this", "that") \
                        and words[-1].lower() in _ONE_OFFICIAL:
                    continue  # "the army officer said": one person the article does not name, no group
                if m.kind == "named" or m.kind == "pronoun" and not m.has_person and (m.org_inside or named_inside) or not someone and not _bare(words) and any(w.lower() in OFFICIAL_NOUNS for w in words):
                    # An indefinite "a police officer" is someone, not an actor: it stays
                    # unresolved rather than joining every other article's police officer;
                    # so do bare "officials", "two sources" ("Western officials" is a group).
                    target = m.text[:1].upper() + m.text[1:]
                    key = _org_key(m.text)
                    if m.kind == "named" and key[:1].isupper() and (
                            key != _strip_possessive(re.sub(r"^the\s+", "", m.text.strip(), flags=re.I)) or _is_acronym(key)):
                        target = key  # "the state-run KHS": the name without its adjective; "the UNSMIL": "UNSMIL"
                    if (where := _NAME_IN_PLACE.match(m.text.strip())) is not None and self.is_place(m.source_id, where.group("place")):
                        # "The Resistance Committees in Kadugli": "Kadugli Resistance Committees", also
                        # called by the name alone
                        bare = where.group("name")
                        target = f"{where.group('place')[:1].upper()}{where.group('place')[1:]} {bare}"
                    # "young Tarkanis" (a people's plural, ``_demonym_plural``) is a group, not a body
                    kind = "organization" if m.kind == "named" and not (words and _demonym_plural(
                        words[-1], self.nations_of(m.source_id), gaz)) else "group"
                    kind = "person" if relational_noun(m.text) is not None else kind  # "the wife of X": one person, unnamed
            if target is None or _island_group(target.split()[-1]):
                continue  # "the Senkaku Islands said": a place, no actor's name
            if _common_noun(m.text) and gaz.entry(target) is not None and (src := self.srcs.get(m.source_id)) is not None \
                    and not self.named_in(target, src.text):
                # "the Commission": the alias file's European Commission only where the article names it
                if m.kind == "named" and not m.has_person and (full := self.shortened_org(m)) is not None:
                    self.shortened_speakers.append((m, full))  # "the Commission said" after "the High Commission of X"
                continue
            aid = self.ensure(target, kind)
            self.index.by_span[(m.source_id, m.start, m.end)] = aid
            self.alias(aid, m.text)
            if bare:
                self.alias(aid, bare)

    def role_named_person(self, m: _Mention) -> str | None:
        """The person actor a definite role phrase ("the teacher", "the source") stands for
        (``role_antecedents.role_antecedent``): the one whose name the article introduced with
        that role; None when none, or when the name is no person's actor."""
        src = self.srcs.get(m.source_id)
        if src is None or (span := role_antecedent(m.text, src.text, m.start)) is None:
            return None
        for (sid, s, e), aid in self.index.by_span.items():
            if sid == m.source_id and span[0] <= s and e <= span[1] and (a := self.actors.get(aid)) is not None and a.kind == "person":
                return aid
        return None

    def is_place(self, sid: str, text: str) -> bool:
        """``text`` is a place the article names (a GPE or LOC entity of source ``sid``) or one the
        gazetteer knows, never a country's government."""
        if any(t == text for _s, t in self.places_of(sid)):
            return True
        return place(text, tuple(self.gaz.places)) is not None

    def local_body(self, text: str, sid: str) -> tuple[str, str] | None:
        """A local body's official named by the place and the body in lower case ("a Kamo Township
        people's administration spokesman", "the Kamo district council official"): (the body's
        name, "Kamo Township people's administration"; the place's country, else the story's). None
        when the phrase is not so, or its capitalised words are not a place (a known one, or one
        ending in "Township", "District"...)."""
        m = _LOCAL_BODY.match(text.strip())
        if m is None:
            return None
        where = m.group("place").strip()
        p = place(where, tuple(self.gaz.places))
        if (p is None or p.kind == "country") and where.split()[-1].lower() not in _PLACE_WORDS:
            return None
        country = ""
        if p is not None and p.country:
            from .places import country_name

            c = self.gaz.country(country_name(p.country))
            country = c.name if c is not None else ""
        return f"{where} {m.group('body').strip()}", country or self.story_country_of(sid)

    def owner_resolved(self, m: _Mention) -> str | None:
        """A phrase opening with a possessive pronoun ("Its foreign minister", "their army") with
        the pronoun replaced by the adjective of the country its sentence names first (its subject:
        "Peru's leader warned Chile, while its foreign minister ...") or, when none, the sentence
        before it in the paragraph ("Peruvian foreign minister"); "" when no country is named there;
        None when the phrase opens with no such pronoun."""
        words = m.text.strip().split(None, 1)
        if len(words) != 2 or words[0].lower() not in ("its", "their"):
            return None
        src = self.srcs.get(m.source_id)
        if src is None:
            return ""
        para = src.text.rfind("\n", 0, m.start) + 1
        country = None
        # The subject's country: the first one the sentence names, else the previous sentence's.
        for sentence in reversed(re.split(r"(?<=[.!?])\s+", src.text[para : m.start])):
            for w in re.finditer(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}", sentence):
                toks = [_strip_possessive(t) for t in w.group(0).split()]
                country = next((c for a in range(len(toks)) for b in range(len(toks), a, -1)
                                if (c := self.gaz.country(" ".join(toks[a:b]))) is not None), None)
                if country is not None:
                    break
            if country is not None:
                break
        return f"{country.adjective} {words[1]}" if country is not None else ""

    # ------------------------------------------------------------------ 4. the rest
    def link_organisations(self) -> None:
        """Organisation names in the text (ORG entities) link to the actors that exist; a name
        shaped like an organisation's (``organisation_name``) that none has becomes an actor of its
        own: a country's armed or police body ("Pakistan Army", ``roles.military_body``), else the
        organisation, a government body ("Department of Energy") or not, with the affiliation its
        name or its context gives (``organisation_affiliation``)."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for m in self.mentions:
            if m.kind == "org-entity":
                counts[m.source_id][_org_key(m.text)] += 1
        for m in self.mentions:
            if m.kind != "org-entity":
                continue
            target = self.canonical_here(m.source_id, m.text)
            src = self.srcs.get(m.source_id)
            if (not target or _common_noun(m.text)) and (full := self.shortened_org(m)) is not None \
                    and (aid := self.index.by_span.get((full.source_id, full.start, full.end))) is not None:
                self.index.by_span[(m.source_id, m.start, m.end)] = aid  # "the High Commission" after "the High Commission of X"
                continue
            if target and src is not None and _common_noun(m.text) and not self.named_in(target, src.text):
                target = None  # "the Commission": the alias file's European Commission only where the article names it
            if src is not None and (longer := self.known_longer_name(src.text, m)) is not None:
                target = longer  # "the U.N." + "refugee agency": the alias file's UNHCR, not the UN
                self.ensure(target, "organization")
                self.alias(slug(target), src.text[m.start : _LOWER_TAIL.match(src.text, m.end).end()])
            if target and src is not None and (other := self.other_nations_body(src.text, m, target)) is not None:
                # "the Somali People's Liberation Army" is not the alias file's (Chinese) one
                aid = self.ensure(other[0], "organization", other[1])
                self.alias(aid, other[0])
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                continue
            aid = slug(target) if target and slug(target) in self.actors else self.local_alias(m.source_id, m.text)
            if aid is not None and not target and (a := self.actors.get(aid)) is not None and a.affiliation:
                src = self.srcs.get(m.source_id)
                nation = _nation_before(src.text if src else "", m.start, self.gaz)
                if nation is not None and nation.name not in a.affiliation:
                    aid = None  # "Indian" + "Armed Forces": not the Pakistani armed forces named before
            if aid is None:
                aid = self.new_organisation(m, counts[m.source_id])
            elif (a := self.actors.get(aid)) is not None and a.kind == "organization" and not a.affiliation:
                src = self.srcs.get(m.source_id)
                text = src.text if src else ""
                nation = _nation_before(text, m.start, self.gaz) or _nation_elsewhere(text, _org_key(m.text), self.gaz)
                a.affiliation = nation.name if nation else organisation_affiliation(_org_key(m.text), text, m.start, m.end, self.gaz)
            if aid:
                self.index.by_span[(m.source_id, m.start, m.end)] = aid
                src = self.srcs.get(m.source_id)
                if src is not None and (members := _MEMBERS_AFTER.match(src.text, m.end, m.end + 20)) is not None \
                        and self.actors.get(aid) is not None and self.actors[aid].kind == "organization":
                    self.alias(aid, _org_key(m.text) + members.group(0))  # "a Tarkan militia" names the Tarkan (group)

    def shortened_org(self, m: _Mention) -> _Mention | None:
        """The mention of the one organisation named before ``m`` in its article whose name, up to an
        "of" or "for" ("the High Commission of X", "Electoral Commission for X"), is ``m``'s name or
        ends with it: "the High Commission", "the Commission" after it. None when none or several."""
        key = norm_name(_org_key(m.text))
        if not key:
            return None
        found: dict[str, _Mention] = {}
        for o in self.mentions:
            if o.source_id != m.source_id or o.kind != "org-entity" or o.start >= m.start:
                continue
            name = norm_name(_org_key(o.text))
            head = re.split(r"\s(?:of|for)\s", name, maxsplit=1)[0]
            if name != key and (head == key or head.endswith(" " + key)):
                found.setdefault(name, o)
        return next(iter(found.values())) if len(found) == 1 else None

    def named_in(self, canon: str, text: str) -> bool:
        """Whether ``text`` names the alias file's actor ``canon`` by a name that is no bare
        description ("European Commission", not "the Commission")."""
        entry = self.gaz.entry(canon)
        names = [canon, *(entry.aliases if entry is not None else ())]
        return any(not _common_noun(n) and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text) for n in names)

    def state_bodies(self) -> None:
        """The state bodies the model tagged no organisation for (``state_bodies``: "the Gujarat
        police", "Norway's air force", "Ecuadorian state television", "Belize Defence Force") are
        actors of their state, where no actor is named there yet: the alias file's or the corpus's
        actor of that name, else a new one, of the place's country, else of the story's."""
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)  # source id -> its mentions' spans
        for sid, s, e in self.index.by_span:
            spans[sid].append((s, e))
        for sid, src in self.srcs.items():
            a = self.analyses.get(sid)
            if a is None:
                continue
            bodies = [*find_state_bodies(src.text, a.entities, self.gaz), *misnamed_orgs(src.text, a.entities, self.gaz)]
            if not bodies:
                continue
            taken = spans[sid]
            for b in bodies:
                if any(s < b.end and b.start < e for s, e in taken):
                    continue
                if b.home:  # "The air force said": the article's own state's
                    c = self.gaz.country(self.home_country_of(sid))
                    if c is None:
                        continue
                    armed = military_body(f"{c.adjective} {b.name}", self.gaz)
                    b = replace(b, name=armed[0] if armed else f"{c.adjective} {b.name}", country=c.name)
                canon = self.gaz.canonical(b.name)
                aid = slug(canon) if canon and slug(canon) in self.actors else next(
                    (hit for n in (b.name, *b.other_names) if (hit := self.index.aliases.get(norm_name(n))) is not None), None)
                if aid is None or aid not in self.actors or self.actors[aid].kind == "person":
                    aid = self.ensure(canon or b.name, b.kind, b.country or (self.story_country_of(sid) if b.story else ""))
                self.index.by_span[(sid, b.start, b.end)] = aid
                self.alias(aid, b.name)
                if not b.home:  # "police" alone names other states' police in other articles: no alias
                    self.alias(aid, src.text[b.start : b.end])
                taken.append((b.start, b.end))

    def other_nations_body(self, text: str, m: _Mention, target: str) -> tuple[str, str] | None:
        """(name, country) when the ORG entity ``m``, which the alias file names ``target``, follows
        another nation's demonym in the same name ("Somali" + "People's Liberation Army", where
        the alias file's is China's): that nation's body of that name, not the alias file's;
        None otherwise (no demonym, the entry's own country, or a longer name the alias file knows)."""
        entry = self.gaz.entry(target)
        if entry is None or entry.kind == "person" or not entry.affiliation:
            return None
        before = re.search(r"(?<![\w’'-])([A-Z][\w’'-]+) $", text[max(0, m.start - 40) : m.start])
        if before is None:
            return None
        word = before.group(1)
        nation = self.gaz.country(word)
        own = self.gaz.country(entry.affiliation)
        if nation is None or own is None or nation.name == own.name or self.gaz.canonical(f"{word} {m.text}") is not None:
            return None
        return word + " " + re.sub(r"^the\s+", "", m.text.strip(), flags=re.I), nation.name

    def known_longer_name(self, text: str, m: _Mention) -> str | None:
        """The alias file's actor that an ORG entity and the lower-case words after it name
        together ("U.N." + "refugee agency", "UN" + "nuclear watchdog"), longest first; None when
        none. Only an entry of the alias file that is not a person."""
        tail = _LOWER_TAIL.match(text, m.end)
        words = tail.group(0).split() if tail else []
        for n in range(len(words), 0, -1):
            hit = self.gaz.canonical(f"{m.text} {' '.join(words[:n])}")
            if hit is not None and hit != self.gaz.canonical(m.text) and (e := self.gaz.entry(hit)) is not None and e.kind != "person":
                return hit
        return None

    def described_organisations(self) -> None:
        """An outlet or a company the text names after a noun that says what it is ("Kurdish
        broadcaster Rudaw", "local media V1", "Chinese company Citic", ``_DESCRIBED_ORG``) or by a
        company's suffix ("Galaxy Shipping Limited") is an organisation actor, where the model
        tagged no name there or an organisation's: of the country its adjective names, else an
        outlet is of the country the story happens in. Not a wire agency of the alias file, a
        country, a place or a person named in the text."""
        gaz = self.gaz
        for sid, src in self.srcs.items():
            a = self.analyses.get(sid)
            if a is None:
                continue
            text = src.text
            # the model's names of something else (a person, a place, a date); an outlet's own
            # name, which the entities mark as no speaker (WORK_OF_ART), is the outlet's
            others = [(e.start, e.end) for e in a.entities if e.label not in ("ORG", "WORK_OF_ART")]
            for m in [*_DESCRIBED_ORG.finditer(text), *_SUFFIXED_COMPANY.finditer(text), *_STATE_AGENCY.finditer(text)]:
                s, e = m.span("name")
                name = m.group("name")
                noun = (m.groupdict().get("noun") or "company").lower()
                line = text[text.rfind("\n", 0, s) + 1 : (text.find("\n", e) + 1 or len(text) + 1) - 1].lower()
                if "copyright" in line or "©" in line or "rights reserved" in line:
                    continue  # "Copyright 2024 Nordic News Ltd.": the publisher's notice, no actor
                if any(x < e and s < y for x, y in others) or gaz.is_outlet(name) or gaz.country(name) \
                        or place(name, tuple(gaz.places)) is not None or _is_title(name.split()[0]) \
                        or name.split()[0].lower() in _NOT_NAME_STARTS:
                    continue
                bare = _COMPANY_SUFFIX.sub("", name)
                aid = self.index.aliases.get(norm_name(name)) or self.index.aliases.get(norm_name(bare))
                if aid is not None and (aid not in self.actors or self.actors[aid].kind == "person"):
                    continue
                adj = m.groupdict().get("adj")
                if adj is not None and adj.lower() in _DETERMINERS:
                    continue  # "according to the broadcaster X": a source named as one, not described
                nation = gaz.country(adj) if adj else None
                state = m.re is _STATE_AGENCY
                if state and (nation is None or "news" in m.group(0).lower().split()):
                    continue  # a state's agency is one of a country's: not a news agency
                outlet = noun.split()[-1] in _OUTLET_WORDS and not state
                aff = nation.name if nation else (self.story_country_of(sid) if outlet else "")
                if aid is None:
                    aid = self.ensure(bare, "government" if state else "organization", aff)
                else:
                    a = self.actors[aid]
                    if not a.affiliation and aff:
                        a.affiliation = aff
                    if state and a.kind == "organization" and gaz.entry(a.name) is None:
                        a.kind = "government"  # "Finnish transport agency Traficom": the state's
                self.alias(aid, name)
                self.index.by_span.setdefault((sid, s, e), aid)

    def place_armed_groups(self) -> None:
        """An armed group of no country that the text writes as one ("the militant group X", "X
        militants", "the X militia") is of the country its articles happen in (``story_country_of``)
        when they all happen in one, after the group it is linked to, if any ("al-Qaeda, Somalia");
        a group the text says wages an insurgency in a country is of that country wherever its
        articles happen (``insurgency.insurgency_country``: strikes on it abroad); the alias file's
        groups keep their own."""
        armed: set[str] = set()
        where: dict[str, set[str]] = defaultdict(set)
        tried: set[tuple[str, str]] = set()
        for (sid, s, e), aid in self.index.by_span.items():
            a = self.actors.get(aid)
            src = self.srcs.get(sid)
            if a is None or src is None or a.kind != "organization" or self.gaz.entry(a.name) is not None \
                    or any(self.gaz.country(p.strip()) for p in a.affiliation.split(",")):
                continue
            if (aid, sid) not in tried and (waged := insurgency_of([a.name, *a.aliases], src.text, self.gaz)):
                a.affiliation = f"{a.affiliation}, {waged}" if a.affiliation else waged  # "X has waged an insurgency in Peru"
                continue
            tried.add((aid, sid))
            if aid not in armed and _armed_group_at(src.text, s, e):
                armed.add(aid)
            where[aid].add(self.story_country_of(sid))
        for aid in armed:
            countries = where[aid] - {""}
            if len(countries) == 1 and not any(self.gaz.country(p.strip()) for p in self.actors[aid].affiliation.split(",")):
                a = self.actors[aid]
                a.affiliation = f"{a.affiliation}, {countries.pop()}" if a.affiliation else countries.pop()
        for aid, group in self.mouthpieces.items():  # a group's outlet: the group and its country
            a, g = self.actors.get(aid), self.actors.get(group)
            if a is not None and g is not None and (c := [p.strip() for p in g.affiliation.split(",") if self.gaz.country(p.strip())]):
                a.affiliation = f"{g.name}, {c[-1]}"

    def officials_of_bodies(self) -> None:
        """A named body of a country ("Chile's 3rd Regional Command said") and its official ("a U.S.
        National Security Council spokesman") speak for that body, not for the government the
        nationality gave: a speaker or agent given a government whose phrase ends in an
        organisation's name (an ORG entity linked to an actor of that country or none), or in one
        and official nouns, moves to that organisation, with its phrase as alias."""
        for k, m in enumerate(self.mentions):
            if m.role not in ("speaker", "agent") or not m.org_inside:
                continue
            key = (m.source_id, m.start, m.end)
            aid = self.index.by_span.get(key)
            if aid is None or aid not in self.actors or self.actors[aid].kind != "government":
                continue
            for j in self.by_source.get(m.source_id, ()):
                o = self.mentions[j]
                if o.kind != "org-entity" or not (m.start <= o.start and o.end <= m.end):
                    continue
                org = self.index.by_span.get((o.source_id, o.start, o.end))
                rest = _TOKEN.findall(m.text[o.end - m.start :])
                if org is None or org == aid or org not in self.actors or \
                        not all(w.lower() in OFFICIAL_NOUNS for w in rest):
                    continue  # "Chile's 3rd Regional Command", "a U.S. Security Council spokesman"
                gov_aff, org_aff = self.actors[aid].affiliation, self.actors[org].affiliation
                if gov_aff and org_aff and gov_aff not in org_aff:
                    continue
                self.index.by_span[key] = org
                if self.index.aliases.get(norm_name(m.text)) == aid:
                    self.index.aliases[norm_name(m.text)] = org
                if m.text in self.actors[aid].aliases:
                    self.actors[aid].aliases.remove(m.text)
                self.alias(org, m.text)
                break

    def _unaffiliated_people(self):
        """``(mention, person name, actor id, source)`` for each person mention that is no pronoun
        and whose actor has no affiliation yet, checked as the loop reaches it (one given earlier in
        the same pass counts)."""
        for k, pn in self.person_of.items():
            m = self.mentions[k]
            aid = self.index.by_span.get((m.source_id, m.start, m.end))
            src = self.srcs.get(m.source_id)
            if m.kind == "pronoun" or src is None or aid not in self.actors or self.actors[aid].affiliation:
                continue
            yield m, pn, aid, src

    def group_officials(self) -> None:
        """People given no affiliation yet whose introduction ties them to a body named before:
        a title a group owns ("The group's leader, X", "X, the militia's spokesman") -> the
        organisation named last before (within ``_PRINCIPAL_REACH`` characters); a title owned by
        "its" ("Hamas said its commander X") -> the body named last before in the sentence
        (``_body_affiliation``); a member a group identifies ("Hezbollah ... said he was X", "The
        group later named him as X", ``roles.identified_member``) -> that organisation, when it is
        no state's body (an army naming a dead enemy)."""
        for m, pn, aid, src in self._unaffiliated_people():
            sentence_start = max(src.text.rfind(c, 0, m.start) for c in (". ", "? ", "! ", "\n")) + 1
            before = src.text[sentence_start : m.start]
            if group_title(self.intro_phrases(m, pn, src)):
                named = self.bodies_before(m.source_id, m.start - _PRINCIPAL_REACH, m.start)
                orgs = [a for a in named if a.kind == "organization"]
                if orgs:
                    self.actors[aid].affiliation = orgs[-1].name
                continue
            if its_title(before):  # "Hamas said its commander X", "Bolivia said its ambassador, X,"
                named = self.bodies_before(m.source_id, sentence_start, m.start)
                if named:
                    self.actors[aid].affiliation = _body_affiliation(named[-1], self.gaz)
                continue
            the_group = _GROUP_SUBJECT.match(before) is not None  # "The group later named him as X"
            # the member the group names may be the previous sentence's ("... killed a commander. The group ...")
            said_from = src.text.rfind(".", 0, max(0, sentence_start - 2)) + 1 if the_group else sentence_start
            if identified_member(src.text[said_from : src.text.find(".", m.end) + 1 or len(src.text)], before):
                # "Hezbollah confirmed the death of the commander and said he was X": a group names its own
                named = self.bodies_before(m.source_id, sentence_start, m.start)
                if not named and the_group:
                    named = [a for a in self.bodies_before(m.source_id, m.start - _PRINCIPAL_REACH, sentence_start)
                             if a.kind == "organization"][-1:]
                if named and named[0].kind == "organization" and not _state_body(named[0].name, security=True) \
                        and military_body(named[0].name, self.gaz) is None:
                    self.actors[aid].affiliation = named[0].name

    def bodies_before(self, sid: str, start: int, end: int) -> list[Actor]:
        """The organisations and governments named in source ``sid`` between ``start`` and
        ``end``, in order."""
        spans = sorted((s, a) for (k, s, _e), a in self.index.by_span.items()
                       if k == sid and start <= s < end and a in self.actors and self.actors[a].kind in ("organization", "government"))
        return [self.actors[a] for _s, a in spans]

    def join_named_twins(self) -> None:
        """A body actor whose own name another body actor already has as an alias is that
        actor ("KDF" spelt out as "Kenya Defence Forces" after "the Kenya Defence Forces"
        became the "Kenyan military"): one actor, the one that claimed the name first, when
        their affiliations agree (or one has none)."""
        actors = self.actors
        for aid, a in list(actors.items()):
            if aid not in actors or a.kind not in ("organization", "government"):
                continue
            into = self.index.aliases.get(norm_name(a.name))
            b = actors.get(into) if into else None
            if b is None or into == aid or b.kind not in ("organization", "government"):
                continue
            if a.affiliation and b.affiliation and a.affiliation != b.affiliation:
                continue
            self._move_actor(aid, into)

    def _move_actor(self, aid: str, into: str) -> None:
        """Actor ``aid`` is ``into``: its mentions, aliases and names move there; it goes."""
        actors = self.actors
        a = actors[aid]
        for key, v in list(self.index.by_span.items()):
            if v == aid:
                self.index.by_span[key] = into
        for key, v in list(self.index.aliases.items()):
            if v == aid:
                self.index.aliases[key] = into
        b = actors[into]
        for name in [a.name, *a.aliases]:
            if name != b.name and name not in b.aliases and len(b.aliases) < 40:
                b.aliases.append(name)
        b.affiliation = b.affiliation or a.affiliation
        del actors[aid]

    def join_state_agencies(self) -> None:
        """A state news agency a text names ("the Kazakh state news agency Kaznews") is one
        actor with its descriptions: "the Kazakh state news agency", another article's
        "Kazakhstan State News Agency" and "the Kaznews agency" move to it (``state_agencies``),
        when the corpus names one state agency of that country."""
        named: dict[str, set[str]] = defaultdict(set)  # country ("" unknown) -> the agencies' actor ids
        written_names: dict[str, str] = {}  # the agencies' names as written, by norm_name
        for sid, src in self.srcs.items():
            for start, end, nation in named_state_agencies(src.text):
                if self.gaz.country(src.text[start:end]) is None:
                    written_names.setdefault(norm_name(src.text[start:end]), src.text[start:end])
                aid = next((v for (s, a, b), v in self.index.by_span.items() if s == sid and a < end and start < b), None)
                if aid is None:
                    aid = self.index.aliases.get(norm_name(src.text[start:end]))
                a = self.actors.get(aid) if aid else None
                if a is None or a.kind != "organization":
                    continue
                if (head := agency_description_of(a.name)) is not None:
                    written = src.text[start:end]
                    if head != written.lower() or self.gaz.country(written) is not None:
                        continue  # "the Kazakhstan State News Agency": a description, not a name
                    # "KAZNEWS state news agency" tagged as one name: the outlet is "KAZNEWS"
                    into = self.ensure(written, "organization", a.affiliation)
                    if into != aid:
                        self._move_actor(aid, into)
                    aid, a = into, self.actors[into]
                c = self.gaz.country(nation) if nation else None
                country = c.name if c is not None else a.affiliation
                if c is not None and not a.affiliation:
                    a.affiliation = c.name
                named[country].add(aid)
        if not written_names:
            return
        by_country = {country: next(iter(ids)) for country, ids in named.items() if country and len(ids) == 1}
        by_name = {norm_name(self.actors[aid].name): aid for ids in named.values() for aid in ids}
        for aid, a in list(self.actors.items()):
            if a.kind != "organization" or aid in by_name.values():
                continue
            head = agency_description_of(a.name)
            if not head:
                continue
            into = by_name.get(norm_name(head))  # "the Kaznews agency"
            if into is None and (written := written_names.get(norm_name(head))) is not None:
                into = self.ensure(written, "organization", a.affiliation)  # "KAZNEWS state news agency": "KAZNEWS"
                by_name[norm_name(head)] = into
            if into is None and re.search(r"\bnews\s+agency$", a.name, re.I) and (c := self.gaz.country(head)) is not None:
                into = by_country.get(c.name)  # "Kazakhstan State News Agency" (not "the Kazakh space agency")
            if into is not None and into in self.actors and into != aid:
                self._move_actor(aid, into)

    def sources_foreign_to(self, aid: str, into: str) -> set[str]:
        """The sources that mention actor ``aid`` (an acronym) but neither actor ``into`` (a name
        whose initials spell it) nor ``into``'s country: there the letters are short for another
        name ("SSC" of a Somali story and the "Slovak Security Council" of another); none when
        ``into`` is of no country (nothing says the letters name another body)."""
        mentioned: dict[str, set[str]] = defaultdict(set)
        for (sid, _s, _e), v in self.index.by_span.items():
            if v in (aid, into):
                mentioned[v].add(sid)
        b = self.actors[into]
        country = self.gaz.country(b.affiliation.rsplit(",", 1)[-1].strip()) if b.affiliation else None
        if country is None:
            return set()
        return {sid for sid in mentioned[aid] - mentioned[into] if country.name not in self.named_countries_of(sid)}

    def join_acronyms(self) -> None:
        """An organisation named by an acronym ("KHS") and one whose name's initials spell it
        ("Kestrel Health Service") are one actor, the spelt-out one, when only one name spells it:
        its mentions and aliases move there."""
        actors = self.actors
        spelt: dict[str, list[str]] = defaultdict(list)
        for aid, a in actors.items():
            if a.kind in ("organization", "government"):
                for ini in _initials(a.name):
                    spelt[ini].append(aid)
        for aid, a in list(actors.items()):
            acr = _org_key(a.name)  # "The KHS"
            if a.kind not in ("organization", "government") or not _is_acronym(acr) or len(spelt.get(acr, ())) != 1:
                continue
            into = spelt[acr][0]
            if into == aid or into not in actors:
                continue
            foreign = self.sources_foreign_to(aid, into)
            if foreign:  # the letters name another body in the articles that name neither it nor its country
                for key, v in list(self.index.by_span.items()):
                    if v == aid and key[0] not in foreign:
                        self.index.by_span[key] = into
                continue
            self._move_actor(aid, into)

    def sentence_group_before(self, m: _Mention) -> str | None:
        """The organisation named last before mention ``m`` in its sentence (an actor id), or None."""
        src = self.srcs[m.source_id]
        start = max(src.text.rfind(". ", 0, m.start), src.text.rfind("\n", 0, m.start))
        best = None
        for j in self.by_source.get(m.source_id, ()):
            o = self.mentions[j]
            if start < o.start and o.end <= m.start and (aid := self.index.by_span.get((o.source_id, o.start, o.end))) is not None \
                    and aid in self.actors and self.actors[aid].kind == "organization" and (best is None or o.start > best[0]):
                best = (o.start, aid)
        return best[1] if best else None

    def acts(self, m: _Mention) -> bool:
        """Whether the ORG entity mention ``m`` opens the agent phrase of a verb of its source
        ("Al-Tarik and Zenda forces attacked ...": Al-Tarik acts), its words no part of a person's
        name there, nor one spelt another way, nor a word the article also writes in lower case."""
        if not hasattr(self, "_agent_starts"):
            self._agent_starts = {(x.source_id, x.start) for x in self.mentions if x.role == "agent"}
        src = self.srcs.get(m.source_id)
        text = src.text if src else ""
        words, names = _TOKEN.findall(_org_key(m.text)), self.name_words_of(m.source_id)
        if any(fuzz.ratio(w, n) >= 80 for w in words for n in names):
            return False  # "Abdi" of "Ali Abdi" tagged ORG once, or misspelt ("Abbdi"): the person's name
        if any(w.lower() in OFFICIAL_NOUNS or re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text) for w in words):
            return False  # "Navy reports ..." of a text that writes "the navy": a common noun, no name
        if self.is_place(m.source_id, _org_key(m.text)):
            return False  # a village the model tags a place elsewhere in the article
        at = m.start - 4 if text[max(0, m.start - 4) : m.start].lower() == "the " else m.start
        return (m.source_id, m.start) in self._agent_starts or (m.source_id, at) in self._agent_starts

    def new_organisation(self, m: _Mention, counts: Counter) -> str | None:
        """The actor an ORG entity no actor has yet names, created; None when its name is not an
        organisation's (``organisation_name``). A nationality or a country's possessive right before
        the name is part of it ("South Korean" + "Joint Chiefs of Staff", "Pakistani" + "Army").
        ``counts``: the source's ORG names (``_org_key``) and how often each is tagged."""
        gaz = self.gaz
        src = self.srcs.get(m.source_id)
        text = src.text if src else ""
        prefixed = False
        owner, name = _split_owner(_capitalised_head(_org_key(m.text)), gaz)  # "GRU" of "GRU security service"
        name = _expansions(text).get(name, name)  # "HRL": "Humanitarian Research Lab (HRL)"
        canon = gaz.canonical(name)
        nation = gaz.country(owner) if owner else None
        nation = nation or _nation_before(text, m.start, gaz) or _nation_elsewhere(text, name, gaz)
        hit = self.local_alias(m.source_id, name)
        if hit is not None and nation is not None and hit in self.actors and self.actors[hit].affiliation \
                and nation.name not in self.actors[hit].affiliation:
            hit = None  # "Indian" + "Armed Forces" is not the Pakistani armed forces named before
        if hit is not None and hit in self.actors and self.actors[hit].kind != "person":
            aid = hit  # "HRL said" made it: "Yale University’s Humanitarian Research Lab (HRL)"
            a = self.actors[aid]
            if a.kind == "organization" and not a.affiliation:
                a.affiliation = nation.name if nation else owner
        elif canon is not None:
            entry = gaz.entry(canon)
            if entry is not None and entry.kind == "person" or gaz.government_of(canon) is not None:
                return None
            aid = self.ensure(canon, "organization")
        elif (office := _TITLE_OFFICE.fullmatch(_org_key(m.text))) is not None and office.group(2).lower() in TITLE_WORDS:
            # "the Peace Commissioner's office": a government's office, of the country the story is about
            aid = self.ensure(office.group(0), "government", nation.name if nation is not None else
                              self.main_country_of(m.source_id) or self.story_country_of(m.source_id))
        elif nation is not None and _government_headed(name):
            aid = self.ensure(nation.government_name, "government")  # "Russian" + "Ministry of Emergencies": its government
            self.alias(aid, f"{nation.adjective} {name}")
        elif (body := military_body(f"{nation.adjective} {name}" if nation else name, gaz)) is not None:
            aid = self.ensure(body[0], "organization", body[1])
        elif organisation_name(name, gaz, _times_named(name, counts[name], text), after := _words_after(m, text),
                               nation is not None, text[max(0, m.start - 30) : m.start], self.acts(m)):
            # "the Tarkan Democratic Republic": a state the alias file does not know is its government
            kind = "government" if _state_body(name) or _REPUBLIC.search(name) or government_body(name, nation is not None) else "organization"
            written = name
            # "Congolese M23 rebels", "the rival Los Halcones and Los Zorros gangs": the group, no state's
            group = re.match(r"\s+(?:gang|cartel|syndicate|militia)\b", after) is not None \
                or _MEMBERS_AFTER.match(after) is not None or group_noun_after(after)
            if nation is not None and not name_affiliation(name, gaz, places=False) and not group:
                # a state's body, not a gang ("Venezuela's Tren del Sur gang")
                # "South Korean Joint Chiefs of Staff"; the country as written when it is part of the
                # official name ("U.S. National Security Council", not "American ...")
                name = f"{_nation_written(text, m.start, gaz) or nation.adjective} {name}"
                prefixed = True
            aff = owner if owner and nation is None else organisation_affiliation(name, text, m.start, m.end, gaz)
            own_aff = aff  # what its own words give, before the story's defaults
            if not aff and _INTERNATIONAL.match(name):
                aff = name  # "International Committee of the Red Cross" answers to itself
            if not aff and _state_body(name, security=True):
                aff = dateline_country(text, gaz)  # "KARACHI: ... the Frontier Corps"
            if not aff:
                aff = self.main_country_of(m.source_id)  # a story about one country: its bodies
            if not aff and _STATE_MEDIA_BEFORE.search(text, max(0, m.start - 50), m.start) is not None:
                # "the state broadcaster PTV News": the state the report speaks for
                aff = self.story_country_of(m.source_id) or self.home_country_of(m.source_id)
            if not aff and _state_body(name, security=True):
                # "the Bureau of Fisheries" in a story that happens in one country, or names only one
                aff = self.story_country_of(m.source_id) or self.sole_country_of(m.source_id)
            if not aff and group and not any(sid != m.source_id and name in other.text for sid, other in self.srcs.items()):
                # "the rival X and Y gangs": of where the story happens, when no other story names them
                aff = self.story_country_of(m.source_id)
            aff = agency_country(name, text, m.start, gaz, aff, own_aff)  # a news agency: its own country or runner's, never the story's
            aid = self.ensure(name, kind, aff)
            if not self.actors[aid].affiliation and aff:
                self.actors[aid].affiliation = aff
            self.alias(aid, written)
        elif _MOUTHPIECE_BEFORE.search(text, max(0, m.start - 60), m.start) is not None and name[:1].isupper() \
                and (group := self.sentence_group_before(m)) is not None:
            # "X claimed the attack through its mouthpiece, Radio Y": the group's outlet
            aid = self.ensure(name, "organization", self.actors[group].name)
            self.mouthpieces[aid] = group
        elif (low := _LOWER_HEAD_AFTER.match(text, m.end, min(len(text), m.end + 40))) is not None and name[:1].isupper() \
                and len(name.split()) <= 3 and place(name, tuple(gaz.places)) is None and not gaz.is_outlet(name):
            # "the Kestrel ambulance service": the name and its lower-case head are the body's name
            aid = self.ensure(f"{name} {low.group(1)}", "organization",
                              nation.name if nation is not None else self.story_country_of(m.source_id))
            self.alias(aid, name)
        else:
            return None
        self.alias(aid, m.text)
        if (bare := _COMPANY_SUFFIX.sub("", _org_key(m.text))) != _org_key(m.text):
            self.alias(aid, bare)  # "Galaxy Shipping Ltd" is "Galaxy Shipping"
        acr = re.match(r"[\"”’']?\s*\(\s*([A-Z][A-Za-z-]{1,7})\s*\)", text[m.end : m.end + 15])
        if acr is not None:
            self.alias(aid, acr.group(1))  # "Tarkan Liberation Army (TLA)": "TLA" too
        if nation is not None and not name.startswith(nation.adjective + " ") and not prefixed:
            self.alias(aid, f"{nation.adjective} {name}")
        if prefixed and "." in name.split()[0]:
            self.alias(aid, name.replace(".", "", name.split()[0].count(".")))  # "US National Security Council"
        return aid

    def resolve_descriptions(self) -> None:
        """Coreference of descriptions: "the chancellor" -> the chancellor named earlier
        in the article, "the ministry" -> the ministry, "the statement" -> its author (see
        ``_resolve_descriptions``)."""
        _resolve_descriptions(self.index, self.described, self.mentions, self.person_of, self.srcs, self.analyses,
                              self.gaz, self.ensure, self.government_for)

    def resolve_bodies(self) -> None:
        """Speakers still without an actor that name a body by what it is (``speaker_bodies``), in
        text order: "the army said" -> the army of the country ``body_country`` gives (none when it
        gives none); "the committee said" -> the fuller phrase before it ("The investigation
        committee"); "the group said" -> the latest organisation that spoke before it in the article;
        "the foreign ministry spokesperson" -> the latest body before it named with those words. A
        pronoun whose antecedent is a mention with an actor takes that actor ("Thailand's 2nd
        Regional Military Command said ... it said")."""
        spans: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
        for (sid, s, e), aid in self.index.by_span.items():
            spans[sid][(s, e)] = aid
        # Who spoke or acted: the speakers and frame agents with an actor, by source.
        self.actors_at: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
        # Organisations named as the subject of an event with no actor yet ("the Andes Miners
        # Collective said a landslide ..."): what "the group" may refer back to.
        self.named_agents: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for m in self.mentions:
            if m.role in ("speaker", "agent") and (aid := self.index.by_span.get((m.source_id, m.start, m.end))) is not None:
                self.actors_at[m.source_id][(m.start, m.end)] = aid
            elif m.role == "agent" and m.org_inside and not m.has_person and m.kind != "pronoun" and not self.gaz.is_outlet(m.text.strip()):
                self.named_agents[m.source_id].append((m.start, m.text))
        order = sorted(range(len(self.mentions)), key=lambda k: (self.mentions[k].source_id, self.mentions[k].start))
        for k in order:
            m = self.mentions[k]
            src = self.srcs.get(m.source_id)
            if m.role != "speaker" or m.has_person or src is None:
                continue
            key = (m.source_id, m.start, m.end)
            if m.kind == "pronoun" and (same := spans[m.source_id].get(m.antecedent)) is not None and same in self.actors \
                    and self.actors[same].kind != "person":
                self.index.by_span[key] = same
                self.actors_at[m.source_id][(m.start, m.end)] = same
                continue
            if key in self.index.by_span:
                continue
            at = m.antecedent[0] if m.kind == "pronoun" else m.start
            aid = self.body_actor(m, at, src.text, spans[m.source_id])
            if aid is not None:
                self.index.by_span[key] = aid
                spans[m.source_id][(m.start, m.end)] = aid
                self.actors_at[m.source_id][(m.start, m.end)] = aid
                if m.kind != "pronoun":
                    self.alias(aid, m.text)
        resolve_described(self)  # "the London-based rights group" -> the organisation named before

    def same_body_before(self, sid: str, kind: str, at: int, text: str) -> str | None:
        """The actor of the latest bare body of the same kind (``national_body``; "the army" and
        "the military" are one) that spoke before ``text[at]`` in article ``sid``, when the article
        gives this one no country of its own: "Gunmen killed a Chilean soldier, the army said. ...
        The military said" -> the Chilean army both times; None when none spoke before."""
        armed = ("army", "military")
        prior = [(s, aid) for (s, e), aid in self.actors_at[sid].items()
                 if e <= at and aid in self.actors and (k := national_body(text[s:e])) is not None
                 and (k == kind or k in armed and kind in armed)]
        return max(prior)[1] if prior else None

    def body_actor(self, m: _Mention, at: int, text: str, spans: dict[tuple[int, int], str]) -> str | None:
        """The actor id of a speaker phrase ``m.text`` that names a body by what it is, written at
        ``text[at]`` (see :meth:`resolve_bodies`); None when the article gives no answer."""
        gaz = self.gaz
        if (kind := national_body(m.text)) is not None:
            story = self.story_country_of(m.source_id) or lead_country(text, self.analyses[m.source_id].entities if m.source_id in self.analyses else (), gaz)
            c = gaz.country(body_country(kind, text, at, gaz, story))  # else the country the lead names ("Inmates in Peru rioted, police said")
            if c is None:
                return self.same_body_before(m.source_id, kind, at, text)
            if kind in GOVERNMENT_BODIES:
                return self.ensure(c.government_name, "government")
            body = military_body(f"{c.adjective} {kind}", gaz)
            return self.ensure(body[0], "organization", body[1]) if body is not None else None
        before = sorted((s, aid) for (s, e), aid in self.actors_at[m.source_id].items() if e <= at and aid in self.actors)
        if (head := same_head(m.text)) is not None:
            if generic_head(head):  # "the group said": the latest organisation that spoke
                spoke = [(s, aid) for s, aid in before if self.actors[aid].kind in ("organization", "group") and at - s <= _GROUP_REACH]
                named = [(s, t) for s, t in self.named_agents[m.source_id] if s < at and at - s <= _GROUP_REACH]
                if named and (not spoke or named[-1][0] > spoke[-1][0]):
                    name = re.sub(r"^the\s+", "", named[-1][1].strip(), flags=re.I)
                    return self.ensure(name, "organization", self.story_country_of(m.source_id))
                return spoke[-1][1] if spoke else None
            span = same_head_antecedent(head, text, at)
            end = m.antecedent[1] if m.kind == "pronoun" else m.end
            if span is None and head in COMPANY_HEADS and _OWNING_CLAUSE.match(text, end) \
                    and (ahead := company_named_after(text, at)) is not None:
                # "..., the company that owns the ship said." in a lead; the company named later
                name = text[ahead[0] : ahead[1]]
                hit = self.index.aliases.get(norm_name(name)) or self.index.aliases.get(norm_name(_COMPANY_SUFFIX.sub("", name)))
                if hit in self.actors and self.actors[hit].kind != "person":
                    return hit
                aid = self.ensure(_COMPANY_SUFFIX.sub("", name), "organization")  # as ``described_organisations`` names it
                self.alias(aid, name)
                return aid
            if span is None:
                return None
            if (aid := spans.get(span)) is not None and aid in self.actors:
                return aid
            phrase = re.sub(r"^the\s+", "", text[span[0] : span[1]], flags=re.I)
            return self.ensure(phrase[:1].upper() + phrase[1:], "organization", self.story_country_of(m.source_id))
        d = description(m.text)
        if d is not None and d.head in _SPOKES and any(w in INSTITUTION_HEADS for w in d.modifiers):
            # "The foreign ministry spokesperson": the foreign ministry named before ("China's foreign ministry")
            want = set(d.modifiers)
            for (s, e), aid in sorted(spans.items(), reverse=True):
                if e > at or aid not in self.actors or self.actors[aid].kind not in ("government", "organization"):
                    continue
                if want <= {_strip_possessive(w).lower() for w in _TOKEN.findall(text[s:e])}:
                    return aid
            if national_body("the " + " ".join(d.modifiers)) in GOVERNMENT_BODIES:
                # none named before: the ministry of the country, as "the foreign ministry said"
                body = _Mention(m.source_id, m.start, m.end, "the " + " ".join(d.modifiers), m.role, m.kind)
                return self.body_actor(body, at, text, spans)
        if (kind := spokesperson_body(m.text)) is not None:
            # "an army spokesperson said", "a spokesman for the police": the body, as "the army said"
            return self.body_actor(_Mention(m.source_id, m.start, m.end, "the " + kind, m.role, m.kind), at, text, spans)
        return None

    def add_gazetteer_aliases(self) -> None:
        """Every name and alias of an actor, and its government's names from the
        gazetteer, resolve to it, even when not in the corpus yet (an alias already
        claimed is kept)."""
        known = self.gazetteer_keys  # those of the actors found before the descriptions, for ``again``
        keep = self.before_descriptions is not None
        for aid, a in list(self.actors.items()):
            keys = known.get(aid)
            if keys is None:
                names = [a.name, *a.aliases]
                if (c := self.gaz.government_of(a.name)) is not None:
                    names += self.gaz.government_aliases(c)
                keys = [norm_name(n) for n in names]
                if keep and aid in self.before_descriptions.actors:
                    known[aid] = keys
            for k in keys:
                self.index.aliases.setdefault(k, aid)

    def link_named_agents(self) -> None:
        """A speaker or a frame's agent with no actor yet whose whole text is the name of an
        organisation or government the corpus has ("Onslow Water and Sewer Authority (OWSA) has
        reported ..." when the model cut the name's entity short) is that actor. Names of two
        capitalised words or more only, never a person's, a country's or an example's ("countries
        like ...")."""
        for m in self.mentions:
            if m.role not in ("speaker", "agent") or m.kind == "pronoun" or m.has_person:
                continue
            key = (m.source_id, m.start, m.end)
            if key in self.index.by_span:
                continue
            words = _TOKEN.findall(m.text)
            acronym = len(words) == 1 and _is_acronym(_strip_possessive(words[0])) and len(words[0]) >= 3
            if sum(w[:1].isupper() for w in words) < 2 and not acronym or self.gaz.country(_strip_possessive(m.text.strip())):
                continue
            aid = self.local_alias(m.source_id, m.text)  # an acronym of another country's body is not followed
            if aid is None or (a := self.index.get(aid)) is None or a.kind not in ("organization", "government"):
                continue
            src = self.srcs.get(m.source_id)
            if src is not None and _EXAMPLE_BEFORE.search(src.text[max(0, m.start - 80) : m.start]):
                continue
            if acronym and not self._names_country_of(m.source_id, a):
                continue  # "ADF" defined in another article about another country's force
            self.index.by_span[key] = self.index.canonical_id(aid)

    def _names_country_of(self, sid: str, a: Actor) -> bool:
        """True when source ``sid`` names (a GPE or NORP entity) a country of ``a``'s affiliation."""
        an = self.analyses.get(sid)
        named = {c.name for e in (an.entities if an else []) if e.label in ("GPE", "NORP")
                 and (c := self.gaz.country(_strip_possessive(e.text))) is not None}
        return any(c in a.affiliation for c in named)

    def national_bodies(self) -> None:
        """A body named without its country ("The Joint Chiefs of Staff said", an organisation actor
        of no affiliation) in an article that names exactly one country whose body of that name the
        corpus has ("South Korean Joint Chiefs of Staff", affiliated to it) is that country's body
        in that article; the bare actor stays for the articles that name no such country."""
        by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)  # bare name -> (country, actor id)
        for aid, a in self.actors.items():
            if a.kind not in ("organization", "government") or not a.affiliation:
                continue
            words = a.name.split()
            for n in (2, 1):
                if len(words) > n + 1 and (c := self.gaz.country(" ".join(words[:n]))) is not None and c.name in a.affiliation:
                    by_name[norm_name(" ".join(words[n:]))].append((c.name, aid))
                    break
        if not by_name:
            return
        named: dict[str, set[str]] = {}
        for key, aid in list(self.index.by_span.items()):
            a = self.actors.get(self.index.canonical_id(aid))
            if a is None or a.affiliation or a.kind not in ("organization", "government"):
                continue
            options = by_name.get(norm_name(a.name))
            if not options:
                continue
            sid = key[0]
            if sid not in named:
                an = self.analyses.get(sid)
                named[sid] = {c.name for e in (an.entities if an else []) if e.label in ("GPE", "NORP")
                              and (c := self.gaz.country(_strip_possessive(e.text))) is not None}
            hits = {other for country, other in options if country in named[sid]}
            if len(hits) == 1:
                self.index.by_span[key] = hits.pop()

    def listed_members(self) -> None:
        """People of no affiliation named in a list that the text then says belongs to one group
        ("identified as A, B, C and D. All were members of the banned X", ``member_lists``) are of
        that group, when it is an organisation actor named in the same article."""
        for m, _pn, aid, src in self._unaffiliated_people():
            para = src.text.rfind("\n", 0, m.start) + 1
            others = {self.index.by_span.get((o.source_id, o.start, o.end)) for j in self.by_source.get(m.source_id, ())
                      if j in self.person_of and (o := self.mentions[j]).kind != "pronoun" and para <= o.start < m.start + 400}
            listed = listed_group(src.text, m.end, len(others - {aid, None}))
            if listed is None:
                continue
            names = [(n, b.id) for b in self.bodies_before(m.source_id, 0, len(src.text)) if b.kind == "organization"
                     for n in (b.name, *b.aliases)]
            group = group_named(listed[1], names)
            if group is not None:
                self.actors[aid].affiliation = self.actors[group].name

    def titled_lists(self) -> None:
        """People of no affiliation named in a list right after a plural title and its first name
        ("Tarkan People's Party leaders A, B, C and D were arrested"): the title is each one's, so
        is the affiliation it gave the first (``_TITLED_LIST``), after the inferred back-off, which
        may give the first one only."""
        for m, _pn, aid, src in self._unaffiliated_people():
            line = src.text[max(src.text.rfind("\n", 0, m.start) + 1, m.start - 300) : m.start]
            if (lst := _TITLED_LIST.search(line)) is None:
                continue
            at = m.start - len(line) + lst.start("first")
            first = next((self.index.by_span.get((o.source_id, o.start, o.end)) for j in self.by_source.get(m.source_id, ())
                          if j in self.person_of and (o := self.mentions[j]).start <= at < o.end and o.kind != "pronoun"), None)
            head = self.actors.get(self.index.canonical_id(first)) if first is not None else None
            if head is not None and head.affiliation and head.id != self.index.canonical_id(aid):
                _own(self.index, self.index.canonical_id(aid)).affiliation = head.affiliation

    def led_affiliations(self) -> None:
        """An organisation of no affiliation named as led by a country ("the Saudi-led coalition",
        "the US-led mission") is of that country: the state that leads it speaks for it."""
        for aid, a in list(self.actors.items()):
            if a.affiliation or a.kind != "organization" or (m := _LED.match(a.name)) is None:
                continue
            if (c := self.gaz.country(m.group("nation"))) is not None:
                _own(self.index, aid).affiliation = c.name

    def bodies_countries(self, state_only: bool = False) -> None:
        """A person given an organisation of a country and no country ("Western Mindanao Command"
        for "X, spokesperson of the Western Mindanao Command") is of that organisation and its
        country: "Western Mindanao Command, Philippines". The organisation is the actor the
        affiliation names, by its name or an alias ("NCA" of the National Crime Agency: "National
        Crime Agency, Ruritania"), an organisation or a state's body other than its government;
        run again after the inferred affiliations (``apply_inferred``), for a state's body only
        (``state_only``): a body may get its country only there, and an armed group's or a
        movement's country from that back-off is the story's, no side its members take ("X of
        the Ogaden National Front" stays of the Front). Changed actors are replaced by copies."""
        for aid, a in list(self.actors.items()):
            if a.kind != "person" or not a.affiliation or "," in a.affiliation or self.gaz.country(a.affiliation) is not None:
                continue
            body = self.actors.get(self.index.canonical_id(self.index.aliases.get(norm_name(a.affiliation), "")))
            country = self.gaz.country(body.affiliation.rsplit(",", 1)[-1].strip()) if body is not None and body.affiliation else None
            if body is None or country is None or body.name == country.government_name \
                    or body.kind not in (("government",) if state_only else ("organization", "government")) \
                    or self.gaz.country(body.name) is not None:
                continue
            self.index.actors[aid] = Actor(a.id, a.name, a.kind, f"{body.name}, {country.name}", list(a.aliases))

    def drop_shared_descriptions(self) -> None:
        """A description with no name in it ("the army", "the authorities", "coast guard") that
        names different actors in different articles (the Chilean army in one, the Peruvian in
        another) is no key of the corpus: ``ActorIndex.resolve("the army")`` would give whichever
        article came first; so is one that names one actor in one article and is written in
        another that does not name that actor ("Authorities warn ..." of a story with no government
        actor, ``alias_scope.used_elsewhere``). Each mention keeps its actor (``by_span``), each
        actor its alias."""
        named: dict[str, set[str]] = defaultdict(set)
        for aid, a in self.actors.items():
            for text in a.aliases:
                if _description_only(text):
                    named[norm_name(text)].add(self.index.canonical_id(aid))
        for (sid, start, end), aid in self.index.by_span.items():
            src = self.srcs.get(sid)
            if src is not None and _description_only(text := src.text[start:end]):
                named[norm_name(text)].add(self.index.canonical_id(aid))
        named_in: dict[str, set[str]] = defaultdict(set)
        for (sid, _s, _e), aid in self.index.by_span.items():
            named_in[self.index.canonical_id(aid)].add(sid)
        texts = {sid: src.text.lower() for sid, src in self.srcs.items()} if named else {}
        for key, aids in named.items():
            if key not in self.index.aliases or self.gaz.canonical(key):
                continue
            if len(aids) > 1 or used_elsewhere(key, named_in[next(iter(aids))], texts):
                del self.index.aliases[key]  # "authorities": another article's too, of no actor there

    def acronym_affiliations(self) -> None:
        """An organisation named by an acronym and of no affiliation yet, whose article writes the
        name it is short for without brackets ("The Belize Defence Force said ... The BDF said",
        ``acronym_names.spelt_out``), is of the country that name gives (``roles.name_affiliation``);
        the name becomes its alias when it names no other actor. An acronym written in another
        article that spells it out otherwise, or names that country nowhere, stays of none: the
        letters are short for another name there ("SSC" of a Slovak council and of a Somali
        administration)."""
        sources: dict[str, set[str]] = defaultdict(set)
        for (sid, _s, _e), aid in self.index.by_span.items():
            sources[self.index.canonical_id(aid)].add(sid)
        for aid, a in self.actors.items():
            acr = _org_key(a.name)
            if a.kind != "organization" or a.affiliation or not _is_acronym(acr):
                continue
            found: dict[str, tuple[str, str]] = {}  # source id -> (name spelt out, its country)
            for sid in sorted(sources.get(aid, ())):
                names = spelt_out(acr, self.srcs[sid].text) if sid in self.srcs else []
                aff = next(((n, f) for n in names if (f := name_affiliation(n, self.gaz))), None)
                if aff is not None:
                    found[sid] = aff
            if not found:
                continue
            name, aff = found[min(found)]
            country = self.gaz.country(aff.rsplit(",", 1)[-1].strip())
            if any(sid not in found and (country is None or country.name not in self.named_countries_of(sid))
                   or sid in found and found[sid][1] != aff for sid in sources[aid]):
                continue  # letters short for another name in another article ("SSC" of a Somali story)
            a.affiliation = aff
            if norm_name(name) not in self.index.aliases:
                self.alias(aid, name)

    def join_defined_acronyms(self) -> None:
        """One acronym that the workspace's texts spell out in several ways ("the Coastal Guard
        Force (CGF)", "the Coast Guard Forces, CGF,"; ``name_variants.acronym_definitions``) names
        one body: the actors of those spellings, of the acronym alone, and of a name whose initials
        spell it and whose words but one are the spellings' ("Guard Coast Force") join the spelling
        mentioned most. Spellings that share no word stay apart (two bodies with one acronym)."""
        defined: dict[str, list[str]] = defaultdict(list)
        for src in self.srcs.values():
            for acr, name in acronym_definitions(src.text):
                if name not in defined[acr]:
                    defined[acr].append(name)
        defined = {acr: names for acr, names in defined.items() if len(names) >= 2}
        if not defined:
            return
        actors, aliases = self.actors, self.index.aliases
        mentions = Counter(self.index.by_span.values())
        into_of: dict[str, str] = {}
        for acr, names in defined.items():
            words = set().union(*(content_words(n) for n in names))
            if any(not content_words(n) & set().union(*(content_words(o) for o in names if o != n)) for n in names):
                continue  # a spelling that shares no word with the others: another body
            group = {aliases.get(norm_name(n)) for n in names} - {None}
            group |= {aid for aid, a in actors.items() if a.kind in ("organization", "government") and acr in _initials(a.name)
                      and len(content_words(a.name) - words) <= 1 and len(content_words(a.name)) >= 2}
            if (one := aliases.get(norm_name(acr))) is not None:
                group.add(one)
            group = {aid for aid in group if aid in actors and actors[aid].kind in ("organization", "government")}
            spelt = [aid for aid in group if not _is_acronym(_org_key(actors[aid].name))]
            if len(group) < 2 or not spelt:
                continue
            into = max(spelt, key=lambda aid: (mentions[aid], -sorted(spelt).index(aid)))
            for aid in group - {into}:
                into_of[aid] = into
        if not into_of:
            return
        for key, v in list(self.index.by_span.items()):
            if v in into_of:
                self.index.by_span[key] = into_of[v]
        for key, v in list(aliases.items()):
            if v in into_of:
                aliases[key] = into_of[v]
        for aid, into in into_of.items():
            a, b = actors.pop(aid), actors[into]
            for name in [a.name, *a.aliases]:
                if name != b.name and name not in b.aliases and len(b.aliases) < 40:
                    b.aliases.append(name)
            b.affiliation = b.affiliation or a.affiliation
        kept = set(into_of.values())
        for a in actors.values():  # "Stabilization Support Authority" as a person's affiliation: the name kept
            if a.affiliation and (to := aliases.get(norm_name(a.affiliation))) in kept and actors[to].name != a.affiliation:
                a.affiliation = actors[to].name


def _variant_keys(name: str) -> list[tuple]:
    """The keys two spellings of one body's name share (``ActorResolver.variant_of``): its unit
    (``name_variants.unit_key``), its spelling key (``spelling_key``)."""
    unit = unit_key(name)
    return [("spelling", spelling_key(name))] + ([("unit", *unit)] if unit is not None else [])


_INITIAL_SKIP = frozenset("of the and for on in to at".split())


def _initials(name: str) -> set[str]:
    """The acronyms a name of at least two capitalised words spells: its capitals ("National
    Health Service" -> {"NHS"}), and, when an acronym is one of its words, the capitals without
    it too ("Lorton Valley Hospitals NHS Trust" -> {"LVHNT", "LVHT"}); empty for one word or a
    word in lower case."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w and w.lower() not in _INITIAL_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() and (w[1:2].islower() or _is_acronym(w)) for w in words):
        return set()
    out = {"".join(w[0] for w in words)}
    inner = [w for w in words if not _is_acronym(w)]
    if len(inner) >= 2 and len(inner) < len(words):
        out.add("".join(w[0] for w in inner))
    return out


def _common_noun(text: str) -> bool:
    """A body's common noun with no name in it, "the" aside: "the Commission", "Army" (a word of
    ``NAME_CHECK_ORG_WORDS`` first, ``description_only``); not "Hamas", "the Hamas movement"."""
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    words = _TOKEN.findall(bare)
    return bool(words) and words[0].lower() in NAME_CHECK_ORG_WORDS and description_only(bare)


def _org_key(text: str) -> str:
    """An organisation's name as an ORG entity writes it, without "the", a possessive and a
    lower-case hyphenated adjective before it ("the state-run KHS" -> "KHS"), or the state's
    possessive ("the government's Ministry of Defence" -> "Ministry of Defence"); a unit's number
    stays ("the 444 Brigade" -> "444 Brigade")."""
    text = _STATES_OWN.sub("", text.strip())
    return _strip_possessive(re.sub(r"^(?:the\s+)?(?:[a-z]+-[a-z]+\s+)*(?=[A-Z]|\d)", "", re.sub(r"^the\s+", "the ", text, flags=re.I)))


# "the government's", "the state's" before a body's capitalised name: the body is the state's.
_STATES_OWN = re.compile(r"^the\s+(?:government|state|country|regime|junta|authorities)[’']s?\s+(?=[A-Z])", re.I)


# Last words of a building or a site the model tags ORG ("Subhan Mosque", "Civil Hospital"): a
# place, never an actor.
_FACILITY_WORDS = frozenset(
    """
    mosque masjid church temple synagogue shrine hospital clinic school madrassa madrasa market
    bazaar airport airbase port harbour harbor refinery plant station bridge hotel stadium prison
    jail camp tower mall road street square highway border crossing checkpoint
    """.split()
)
# Words of a government body's name ("Department of Energy", "City of Atlanta") and, with
# ``security``, of a state's security bodies ("Frontier Corps").
_STATE_WORDS = frozenset("ministry department government cabinet presidency municipality county bureau".split())
# Words of a body that, after a country's word, is that country's government speaking ("the Russian
# Ministry of Foreign Affairs", "Estonia's foreign ministry"), as the alias file's metonyms are.
_GOVERNMENT_WORDS = frozenset("ministry government cabinet presidency".split())


def _government_headed(name: str) -> bool:
    """Whether a word of the government (``_GOVERNMENT_WORDS``) heads ``name``: it is the last
    word or followed by "of" ("Foreign Ministry", "Ministry of Emergencies"), not a modifier of
    another head ("government forces" are the military)."""
    low = [w.lower() for w in _TOKEN.findall(name)]
    return any(w in _GOVERNMENT_WORDS and (k == len(low) - 1 or low[k + 1] in ("of", "for"))
               for k, w in enumerate(low))
# A state's own name: "... Republic", "Republic of ...".
_REPUBLIC = re.compile(r"\bRepublic$|^(?:the\s+)?Republic\s+of\s+[A-Z]")
# The head of a party's or movement's name that "the Front" may stand for, once the full name is given
# (not a state's or security body's word: "the Army" may be another army than the "Arakan Army").
_SHORT_HEADS = frozenset("front party movement alliance coalition council league union congress federation".split())
# Heads of an armed body's own name that a story uses alone for it ("the Guards", "the Corps").
_SPEAKING_HEADS = frozenset("guards corps brigade brigades militia".split())
_SECURITY_WORDS = frozenset("police corps army navy command guard guards agency directorate ministry department".split())


_LOWER_BODY = re.compile(r"^(?:the\s+)?(?P<nation>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)(?:[’']s)?\s+(?P<body>[a-z][a-z -]{3,60})$")
_NAME_LINKS = frozenset("of and for the on".split())


def _names_country(owner: str, gaz: Gazetteer) -> bool:
    """Whether an owner phrase's capitalised words, together or one by one, name a country
    ("the Russian government", "Spain"): such an owner's offices are its state's."""
    caps = [w for w in owner.split() if w[:1].isupper() and w.lower() != "the"]
    return any(gaz.country(c) is not None for c in (" ".join(caps), *caps) if c)


def _lower_case_body(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """A country's body written in lower case after its name or nationality ("South Korea’s joint
    chiefs of staff", "the Japanese maritime self-defense force"): (its name with capitals after the
    nationality, "South Korean Joint Chiefs of Staff"; the country). None when the phrase is not a
    country and two to six lower-case words with a word of an organisation's name, or is a
    government's or an armed body's (``government_for``, ``military_body`` name those)."""
    m = _LOWER_BODY.match(text.strip())
    if m is None or (c := gaz.country(m.group("nation"))) is None:
        return None
    words = m.group("body").split()
    if not 2 <= len(words) <= 6 or words[0] in _NAME_LINKS or words[-1] in _NAME_LINKS:
        return None
    if not set(words) & _ORG_NAME_WORDS or set(words) & (OFFICIAL_NOUNS | _GOVERNMENT_WORDS):
        return None
    if military_body(text, gaz) is not None:
        return None
    name = " ".join(w if w in _NAME_LINKS else "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words)
    return f"{c.adjective} {name}", c.name


_OF_BODY = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]")


def _person_of_body(text: str, gaz: Gazetteer) -> str | None:
    """"Arne Solberg of Norway's police": the person a phrase opens with, two or three capitalised
    words that are a person's name (no country, alias-file body or organisation's word), before
    "of", "from" or "at" and a capitalised body; None otherwise."""
    m = _OF_BODY.match(text.strip())
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if any(w.lower() in _ORG_NAME_WORDS or _is_title(w) or w.lower() in OFFICIAL_NOUNS for w in words):
        return None
    if gaz.country(name) or gaz.country(words[0]) or (gaz.canonical(name) and not _is_person_entry(gaz, gaz.canonical(name))):
        return None
    return person_name(name, gaz)


def _coordination(text: str, gaz: Gazetteer) -> bool:
    """Two actors joined by "and" ("The Bolivian army and the rebels", "Peru and Chile"): each side
    is a country, an armed body, a government's official, an alias-file name or a capitalised
    name; not one body's name with "and" inside ("Ministry of Foreign Affairs and Trade")."""
    parts = re.split(r"\s+(?:and|&)\s+", text.strip())
    if len(parts) != 2:
        return False

    def one(p: str) -> bool:
        bare = _strip_possessive(re.sub(r"^(?:the|a|an)\s+", "", p.strip(), flags=re.I))
        return bool(bare) and bool(gaz.country(bare) or gaz.canonical(bare) or military_body(bare, gaz)
                                   or government_for(bare, gaz) or person_name(bare, gaz))

    second = parts[1].strip()
    left = _strip_possessive(re.sub(r"^(?:the|a|an)\s+", "", parts[0].strip(), flags=re.I))
    if left.split()[-1:] and left.split()[-1][:1].isupper() and second[:1].isupper() \
            and not (gaz.country(left) or gaz.canonical(left) or person_name(left, gaz) == left):
        return False  # "the Ministry of Food Security and Research": one name with "and" inside
    return one(parts[0]) and (one(second) or second[:1].isupper() or second.lower().startswith(("the ", "its ", "their ")))


# Before a name given as an example ("countries like Peru and Brazil", "such as Chile").
_EXAMPLE_BEFORE = re.compile(r"\b(?:like|such\s+as)\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:,|\band\b|\bor\b)\s*)*$")


_ARMED_TWINS = (" army", " military")


def _armed_twin(name: str) -> str | None:
    """"Bolivian army" <-> "Bolivian military": a country's armed forces named two ways."""
    for a, b in (_ARMED_TWINS, _ARMED_TWINS[::-1]):
        if name.endswith(a) and len(name.split()) <= 3:
            return name[: -len(a)] + b
    return None


def _state_body(name: str, security: bool = False) -> bool:
    """A government body's name: a state word ("Ministry of Defence"), "City of X", "X presidential
    office", a body of prosecution, investigation, prisons or customs (``justice_body``); with ``security`` also a security body's word ("Frontier Corps")."""
    low = [w.lower() for w in _TOKEN.findall(name)]
    if set(low) & (_STATE_WORDS | (_SECURITY_WORDS if security else frozenset())) or justice_body(name):
        return True  # "the Prosecutor-General's Office": a state's civil arm of the law
    return low[:2] == ["city", "of"] or "presidential" in low and "office" in low


def organisation_name(name: str, gaz: Gazetteer, tagged: int = 1, after: str = "", national: bool = False,
                      before: str = "", acting: bool = False) -> bool:
    """An ORG entity's text that names an organisation: two to eight words, capitalised but for
    "of", "and", "for", "the", "&", with an organisation's word ("Rapid Support Forces", "Department
    of Energy", "Sargent & Lundy") or followed by its acronym in brackets (``after``: the text after
    the name, "Inter-Services Public Relations (ISPR)"); an acronym spelt out, named twice, after a
    country (``national``: "Russia's FSB") or before a body's noun ("FSB security service"), and no
    common term ("UAV"); or a name the model tagged ORG at least twice in the source (``tagged``),
    written after a noun for an organisation (``before``: the text before it, "energy giant Lukoil")
    or before a noun for a group's members ("Kelvani militants"), or one word the model tagged ORG that
    acts (``acting``: it opens the agent of a verb, "X and Y forces attacked"). Not an outlet, a country, a known place,
    a building ("Subhan Mosque"), a web address or a title ("Interior Minister")."""
    words = _TOKEN.findall(name)
    # A unit's ordinal ("2nd Regional Army Command", "101st Airborne Division") or number ("the 444
    # Brigade", ``name_variants.unit_key``) is a digit a name may have.
    unit = any(_ORDINAL.fullmatch(w) for w in words) and bool({w.lower() for w in words} & _UNIT_WORDS)
    if unit or unit_key(name) is not None:
        words = [w for w in words if not UNIT_NUMBER.fullmatch(w)]
        name = " ".join(words)
        if len(words) == 1:
            return True  # "444 Brigade": a number and a unit's noun
    if len(words) == 1 and _LETTERS_NUMBER.fullmatch(name):
        # "M23 rebels": a group named by letters and a number, written before its members' noun
        # (not "fighters", which may be jets: "J20 fighters") or tagged twice
        members = _MEMBERS_AFTER.match(after)
        return members is not None and not members.group(0).strip().lower().startswith("fighter") or tagged >= 2
    if not words or not (name[:1].isupper() or _ARTICLE_NAME.match(name)) or any(ch.isdigit() for ch in name) or "." in name.replace("U.S.", "US"):
        return False
    if "," in name or gaz.is_outlet(name) or gaz.country(name) or place(name, tuple(gaz.places)) is not None:
        return False  # "Defense, Energy": two names cut together
    low = [w.lower() for w in words]
    if low[-1] in _FACILITY_WORDS or "medical" in low or _is_title(words[-1]) and not (len(low) >= 3 and low[-2] == "of"):
        return False  # a building, or a title ("Interior Minister"), not "Aerospace Defense Command"
    # A body a named official serves: "the chief of staff of the X", "a spokesperson for the X",
    # "X leader Y" (``_OFFICIAL_OF_BEFORE``, ``_OFFICIAL_AFTER``).
    # (not a name a lower-case body noun follows, "the head of the Sinchi ambulance service": a
    # local body's, named with its head noun)
    served = _OFFICIAL_OF_BEFORE.search(before) is not None and _BODY_NOUN_AFTER.match(after) is None \
        or _OFFICIAL_AFTER.match(after) is not None
    if len(words) == 1:
        w = words[0]
        if _is_acronym(w):  # "FSB": spelt out in the text, or named more than once; no common term
            expanded = (re.match(r"\s*\)", after) is not None or tagged >= 2 or national
                        or re.match(r"\s+(?:[a-z]+\s+)?(?:service|agency|group|militia|forces|party|movement|wing|network)\b", after) is not None
                        # "by the UPDF and the police": the article before the letters makes them a body's
                        or _THE_BEFORE.search(before) is not None and re.match(r"[\s,.;:]", after or " ") is not None)
            if served and len(w) <= 8 and w not in _TERM_ACRONYMS:
                return True  # "the head of UNMISAL", "KLP leader Ana Vos"
            return len(w) <= 6 and (expanded or acting or body_noun_before(before)) and w not in _TERM_ACRONYMS
        hyphenated = "-" in w and all(p[:1].isupper() and (p[1:].islower() or len(p) == 1) or p.lower() in ("al", "el") for p in w.split("-"))
        camel = tagged >= 2 and _CAMEL_NAME.fullmatch(w) is not None  # "Zentrix" written "ZenTrix" and tagged twice
        if not (w[1:].islower() or hyphenated or camel) or w.lower().endswith(_ADJECTIVE_ENDINGS):
            return False  # "Al-Shabaab" is a name, "NATO-led" is not
        return (tagged >= 2 or acting or re.search(rf"\b(?:{'|'.join(_ORG_HEAD_NOUNS)})\s+$", before) is not None
                or _MEMBERS_AFTER.match(after) is not None or _OUTLET_AFTER.match(after) is not None
                or _BODY_APPOSITION.match(after) is not None
                or body_noun_before(before) or served and w.lower() not in NAME_CHECK_ORG_WORDS)
    if len(words) > 8 or not all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the", "on", "in", "to") or
                                 w in _ROMANCE_LINKS and 0 < k < len(words) - 1 or arabic_article_word(w)
                                 for k, w in enumerate(words)):
        return False  # "Tren del Sur": Spanish particles inside a name
    # an organisation's word in the plural ("Tarkan Networks"); "Administration" closing a longer
    # name ("Federal Roads Administration", not the "Biden Administration" of a government)
    plural = {w[:-1] for w in low if len(w) > 4 and w.endswith("s")}
    return (bool((set(low) | plural) & _ORG_NAME_WORDS) or "&" in name or tagged >= 2 or served
            or low[-1] == "administration" and len(low) >= 3
            or group_noun_after(after) or body_noun_before(before)
            or _GROUP_NOUN_AFTER.match(after) is not None or _BODY_APPOSITION.match(after) is not None
            or _MEMBERS_AFTER.match(after) is not None
            or re.match(r"[\"”’']?\s*\(\s*[A-Z][A-Za-z-]{1,7}\s*\)", after) is not None
            or re.search(rf"\b(?:{'|'.join(_ORG_HEAD_NOUNS)})\s+$", before) is not None)


# A name written in two capitalised parts ("ZenTrix", "DarkVault"): a brand's or a group's.
_CAMEL_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")

# A group's noun after a name of two words or more, with one adjective before it ("the 'Red
# Hand' criminal group", "the Crimson Hand armed group"): the name is the group's.
_GROUP_NOUN_AFTER = re.compile(r"[\"”’']?\s+(?:[a-z]+\s+)?(?:group|gang|cartel|syndicate|militia|coalition|alliance|movement|outfit|faction)\b")

# An apposition that says the name is a body's: "X, the Union's police agency", "X, a hacking group".
_BODY_APPOSITION = re.compile(
    r",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,5}?(?:agency|organi[sz]ation|group|company|firm|authority|alliance|bloc|network|outfit"
    r"|gang|cartel|militia|movement|charity|watchdog|regulator)\b")


# A body's lower-case head noun after a name, up to two words on ("Sinchi ambulance service"): the
# body is named with it, not by the name alone.
_BODY_NOUN_AFTER = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(BODY_NOUNS)})s?\b")


# An official before the body they serve ("the chief of staff for the", "a spokesperson for the
# Tarkan", "the head of"), and after it before their name ("KLP leader Ana Vos"): the name between is
# an organisation's.
_OFFICIALS = (r"(?:chief\s+of\s+staff|head|chief|commander|spokes(?:man|woman|person)|leader|director|chair(?:man|woman)?"
              r"|secretary[- ]general|envoy|representative)")  # (not "a member of the X": a shorter name of a group named before)
_OFFICIAL_OF_BEFORE = re.compile(rf"\b(?i:{_OFFICIALS}\s+(?:of|for)\s+(?:the\s+)?)(?:[A-Z][\w’'-]*\s+)?$")
_OFFICIAL_AFTER = re.compile(r"\s+(?:leader|chief|head|spokes(?:man|woman|person)|commander|chair(?:man|woman)?|director|founder)"
                             r"\s+[A-Z][a-z]")


# An outlet's noun after its one-word name ("told the Andivisa channel"): an organisation.
_OUTLET_AFTER = re.compile(r"\s+(?:channel|broadcaster|newspaper|network|daily|tabloid|website|magazine)\b")


# Words that make a name an armed group's: a noun for one before it ("the militant group X", "the
# guerrilla group X", "the X militia") or for its members after it ("X militants", "X rebels").
_ARMED_BEFORE = re.compile(
    r"\b(?:(?:militant|armed|rebel|terror|terrorist|jihadist|islamist|insurgent|guerrilla|separatist|splinter|extremist"
    r"|paramilitary)\s+(?:group|movement|organi[sz]ation|outfit|faction)|militia|rebels|insurgents|guerrillas|militants)"
    r"\s+(?:the\s+)?$"
    # an armed group's adjective right before its name: "the paramilitary Rapid Support Forces", "the jihadist X"
    r"|\bthe\s+(?:paramilitary|militant|rebel|insurgent|jihadist|islamist|separatist|guerrilla)\s+$", re.I)
_ARMED_AFTER = re.compile(
    r"\s+(?:militants?|gunmen|fighters|militia|militiamen|insurgents?|rebels|guerrillas?|jihadists?"
    r"|(?:militant|armed|rebel|terror|terrorist|jihadist|insurgent|guerrilla)\s+group)\b", re.I)

# An apposition that says what the group is: "X, an alliance of armed groups", "X, a Sunni militia,".
_ARMED_APPOSITION = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:(?:militant|armed|rebel|jihadist|insurgent|guerrilla|separatist)\s+(?:groups?|movement)"
    r"|militias?|rebels|insurgents|guerrillas)\b")


def _words_after(m: _Mention, text: str) -> str:
    """The words after the name of an ORG mention, for ``organisation_name``: the lower-case words
    the mention ends with ("Tarkan militia" -> " militia"), then the 90 characters after it (an
    apposition saying what the body is: ", the Union's police agency")."""
    key = _org_key(m.text)
    head = _capitalised_head(key)
    tail = key[len(head):] if head != key and key.startswith(head) else ""
    return tail + text[m.end : m.end + 90]


def _times_named(name: str, tagged: int, text: str) -> int:
    """How often the source names an organisation: the model's ORG tags (``tagged``), or for an
    acronym the times the text writes it ("a joint team of DRG and the RPF", "... RPF commandos":
    the model tags an acronym once and misses it the next time); not one the text writes as a noun
    after "a" or "an", a rank or a thing ("Nihal, an ACM of Platoon 10"; "an FBI agent" is the body's)."""
    if not _is_acronym(name) or re.search(rf"\b[Aa]n?\s+{re.escape(name)}(?![\w-])(?!\s+(?!of\b)[a-z])", text) is not None:
        return tagged
    return max(tagged, len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)))


def _armed_group_at(text: str, start: int, end: int) -> bool:
    """Whether the words around a name at ``text[start:end]`` make it an armed group's (``_ARMED_BEFORE``,
    ``_ARMED_APPOSITION``, ``_ARMED_AFTER``; the mention may hold them: "The X jihadist" of "The X
    jihadist group")."""
    if _ARMED_BEFORE.search(text, max(0, start - 40), start) is not None or _ARMED_APPOSITION.match(text, end, min(len(text), end + 80)):
        return True
    words = text[start:end].split()
    tail = next((k for k in range(len(words)) if k > 0 and words[k][:1].islower() and words[k].lower() not in ("al", "el")), len(words))
    after = " " + " ".join(words[tail:]) + text[end : end + 30] if tail < len(words) else text[end : end + 30]
    return _ARMED_AFTER.match(after) is not None


# An outlet or a company named after a noun that says what it is, with a word before it: "Kurdish
# broadcaster Rudaw", "local media V1", "local news portal Media Kivu", "Chinese company Citic"
# (``ActorResolver.described_organisations``).
_OUTLET_WORDS = frozenset("broadcaster portal agency site website media newspaper daily outlet channel".split())
_DESCRIBED_ORG = re.compile(
    r"\b(?P<adj>[A-Za-z][a-z]+)\s+(?P<noun>broadcaster|news\s+(?:portal|agency|site|website)|media|newspaper|news\s+outlet"
    r"|TV\s+channel|company|firm)\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?=[\s,.;:)]|$)")
# A country's agency or regulator described by what it does: "Finnish transport and communications
# agency Traficom", "the Thai aviation regulator Suvarna".
_STATE_AGENCY = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:[a-z]+\s+){1,4}(?P<noun>agency|regulator|watchdog)\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?=[\s,.;:)]|$)")
# A company by its legal suffix: "Galaxy Shipping Limited", "Nordvik Holdings Ltd".
_SUFFIXED_COMPANY = re.compile(r"\b(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+(?:Limited|Ltd|Inc|LLC|PLC|GmbH))\b")
# An outlet or company is described ("Kurdish broadcaster Rudaw", "local media V1"), not introduced
# by an article or a possessive ("the broadcaster X", a source a quote is credited to, stays one).
_DETERMINERS = frozenset("the a an its his her their our this that which whose".split())
# Words a name after such a noun does not start with ("the company Monday", "social media X said").
_NOT_NAME_STARTS = frozenset(
    "the a an this that its his her their our on in at for and but monday tuesday wednesday thursday friday saturday sunday".split())

# A state's outlet by its name: "the state broadcaster PTV News", "Tarkan state television TTV".
_STATE_MEDIA = re.compile(
    r"^(?:the\s+)?(?:(?P<nation>[A-Z][\w.’'-]*?)(?:[’']s)?\s+)?(?:state|state-run|state-owned|government-run|official)\s+"
    r"(?:broadcaster|television|TV|radio|news\s+agency|media|newspaper)\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})$"
)
# A body's name, then where it is: "The Resistance Committees in Kadugli" (the place checked apart).
_NAME_IN_PLACE = re.compile(r"^(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+in\s+(?P<place>[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,2})$")
# A firm's name after what it is: "Russian energy giant Lukoil", "the shipping company Maersk".
_DESCRIBED_FIRM = re.compile(
    r"^(?:the\s+)?(?:(?P<nat>[A-Z][\w’'-]*)\s+)?(?:[a-z][\w’'-]*\s+){0,2}"
    r"(?:giant|company|firm|maker|manufacturer|operator|contractor|producer|carrier|insurer|lender|bank|conglomerate|supplier|provider|developer|utility)\s+"
    r"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:&\s+)?[A-Z][\w&’'.-]*){0,3})$"
)
# Unnamed people of a body named by an acronym: "RSF sources", "the ADF spokesman".
_ACRONYM_PEOPLE = re.compile(
    r"^(?:the\s+)?([A-Z][A-Z0-9]{1,6})\s+(?:sources?|officials?|spokes(?:man|men|woman|women|person|people)|commanders?|representatives?)$"
)
# A country's state outlet by its name, the kind of outlet optional: "Lebanon's state-run National News
# Agency", "the Syrian state news agency SANA".
_NATION_STATE_MEDIA = re.compile(
    r"^(?:the\s+)?(?P<nation>[A-Z][\w.’'-]*(?:[’']s)?)\s+(?:state|state-run|state-owned|government-run|official)\s+"
    r"(?:(?:broadcaster|television|TV|radio|news\s+agency|media|newspaper)\s+)?(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})$"
)
# A state's outlet's description right before its name: "the state broadcaster X", "state-run TV X".
_STATE_MEDIA_BEFORE = re.compile(
    r"\b(?:state|state-run|state-owned|government-run|official)\s+(?:broadcaster|television|TV|radio|news\s+agency|media|newspaper)"
    r"\s*,?\s+(?:the\s+)?$", re.I)
# A group's own outlet written before its name: "its mouthpiece, Radio X", "the group's news agency X".
_MOUTHPIECE_BEFORE = re.compile(
    r"\b(?:its|their|the\s+group[’']s)\s+(?:own\s+)?(?:mouthpiece|radio(?:\s+station)?|news\s+agency|propaganda\s+(?:arm|outlet|wing)"
    r"|media\s+(?:arm|wing|outlet)|television\s+channel|channel),?\s+(?:the\s+)?$")
# The office of an official by title (entities.py tags it): "Peace Commissioner's office".
_TITLE_OFFICE = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}([A-Z][\w-]*))[’']s\s+[Oo]ffice")
# The spokesperson of a ship's or a firm's owner: "a spokesperson for the UK-based owner", "a
# spokesman for the vessel's Greek operator".
_FOR_OWNER = re.compile(
    r"^(?:an?|the)\s+(?:spokesperson|spokesman|spokeswoman|representative|official)\s+(?:for|of|from)\s+(?:the\s+)?"
    r"(?:(?:ship|vessel|tanker|carrier)[’']s\s+)?(?:(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-based\s+|(?P<nat>[A-Z][\w.]*)\s+)?"
    r"(?P<role>owner|owners|operator|manager|company|firm|shipowner|charterer)$")
# Where the story names that owner: "owned by London-based Kestrel Shipping", "operated by Orion Lines".
_OWNED_BY = re.compile(
    r"\b(?P<role>own|operat|manag|charter)(?:ed|s)?\s+by\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|registered)\s+)?"
    r"(?P<org>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})")
# A local body's official: "a Kamo Township people's administration spokesman" (place, body, official).
_LOCAL_BODY = re.compile(
    r"^(?:an?|the|one)\s+(?P<place>(?:[A-Z][\w’'-]*\s+){1,3})(?P<body>(?:[a-z][\w’'-]*\s+){0,3}"
    r"(?:administration|council|authority|committee|office|service|services|municipality))\s+"
    r"(?:spokesman|spokeswoman|spokesperson|official|officials|source|sources|head|chief|representative)$"
)
_PLACE_WORDS = frozenset("township district province region county state city town village municipality prefecture".split())
# A body named by a word the model tags ORG and a lower-case head after it ("the Kestrel ambulance
# service", "the Mopti town council").
_LOWER_HEAD_AFTER = re.compile(
    r"\s+((?:(?:ambulance|rescue|fire|emergency|health|hospital|police|prison|civil|defen[cs]e|town|city|district|village"
    r"|municipal|local|provincial|regional|people[’']s)\s+){1,2}(?:service|services|council|administration|authority|committee|department))\b")
# A government by its leader's name: "the Petro administration", "the Tarkov government".
_ADMINISTRATION = re.compile(r"(?:[’']s)?\s+(administration|government|cabinet)\b")
# Nouns for a group's members after its name ("Kelvani militants", "the Kelvani jihadist group").
_LOWER_TAIL = re.compile(r"(?:\s+[a-z][a-z-]+){0,3}")  # the lower-case words after a name: "refugee agency"
_LETTERS_NUMBER = re.compile(r"[A-Z]{1,4}\d{1,3}")  # a group named by letters and a number: "M23"
_MEMBERS_AFTER = re.compile(r"\s+(?:militants?|gunmen|fighters|militia|militiamen|insurgents?|rebels|guerrillas?|jihadists?)\b")
_ROMANCE_LINKS = frozenset("de del la los las da do dos".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_UNIT_WORDS = frozenset("command division brigade battalion corps regiment army fleet region regional wing squadron".split())

# Acronyms of things, not bodies, that the model tags ORG ("UAV", "ISR").
# "the" right before a name at the end of the words before it ("a pursuit by the "), not a
# sentence's "The" (a headline's or a sentence's first word is capitalised anyway).
_THE_BEFORE = re.compile(r"(?<=[a-z,;:]\s)the\s+$|(?<=[a-z]\s\()the\s+$")
_TERM_ACRONYMS = frozenset(
    """
    UAV UAVs UAS ISR ROE IED IEDs ICBM ICBMs SLBM SAM SAMs MLRS GPS AI IT CEO CFO COO PM GMT UTC
    DDoS OT SCADA VPN IP ID
    """.split()
)
# Nouns for an organisation written right before its one-word name ("energy giant Lukoil").
_ORG_HEAD_NOUNS = (
    "giant", "firm", "company", "group", "militia", "operator", "agency", "movement", "party", "organisation",
    "organization", "conglomerate", "producer", "maker", "manufacturer", "utility", "insurer", "lender", "bank",
    "gang", "cartel", "syndicate",
)
# One word ending like an adjective ("European" tagged ORG) is no organisation's name.
_ADJECTIVE_ENDINGS = ("ean", "ian", "ese", "ish", "ic")

# Words of an organisation's name: those of org_words.py, and more that a person's name never has.
_ORG_NAME_WORDS = _ORG_WORDS | frozenset(
    """
    operations relations corps brigade brigades battalion battalions committees lab laboratory
    program programme rooms command chiefs staff directorate bureau commission society academy
    college tribunal industries systems technologies energy airlines shipping maritime lines
    ministry department authority services holdings partners marine logistics limited ltd inc llc corp plc
    gmbh
    """.split()
)


_OWNER = re.compile(r"((?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.-]*)[’']s\s+$")


def _owner_before(text: str, start: int, gaz: Gazetteer) -> str:
    """An organisation's possessive right before ``text[start]`` ("Yale University’s Humanitarian
    Research Lab") that names an organisation, not a country or a person: "Yale University"; only
    words of its own line and sentence, without a sentence's "The" ("Floods hit on Monday.\n\nThe
    Health Ministry's X" -> "Health Ministry")."""
    m = _OWNER.search(text, max(0, start - 60), start)
    if m is None:
        return ""
    owner = re.sub(r"^The\s+", "", re.split(r"\n|(?<=[a-z]\.)\s+", m.group(1))[-1].strip())
    words = owner.split()
    if gaz.country(owner) or not set(w.lower() for w in words) & (_ORG_NAME_WORDS | {"school"}):
        return ""
    return owner


# An international body's name: its affiliation is itself, as the alias file's NATO or United Nations.
_INTERNATIONAL = re.compile(r"(?:International|World|Global|Inter-Parliamentary|Intergovernmental)\s+[A-Z]")


def _split_owner(name: str, gaz: Gazetteer) -> tuple[str, str]:
    """("Yale University", "Humanitarian Research Lab") for "Yale University’s Humanitarian
    Research Lab", ("Pakistan", "Army") for "Pakistan’s Army", an acronym as the alias file names it
    ("ALF’s Northern Command" -> (the ALF's canonical name or "ALF", "Northern Command")); ("",
    name) when the name holds no possessive of a country or an organisation ("People’s Liberation Army")."""
    m = re.match(r"(.+?)[’']s\s+([A-Z].*)$", name)
    if m is None:
        return "", name
    owner = m.group(1)
    if not ({w.lower() for w in owner.split()} & (_ORG_NAME_WORDS | {"school"}) or gaz.country(owner) or _is_acronym(owner)):
        return "", name  # "People’s Liberation Army": no owner's name
    return (gaz.canonical(owner) or owner) if _is_acronym(owner) else owner, m.group(2)  # "the ALF’s Northern Command": the ALF's


def _capitalised_head(name: str) -> str:
    """The capitalised words an ORG entity starts with when lower-case nouns follow ("GRU
    security service" -> "GRU")."""
    words = name.split()
    k = 0
    while k < len(words) and (words[k][:1].isupper() or words[k] in ("of", "and", "for", "&") and k + 1 < len(words) and words[k + 1][:1].isupper()):
        k += 1
    return " ".join(words[:k]) if 0 < k < len(words) and all(w.islower() for w in words[k:]) else name


_SPELT_OUT = re.compile(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|and|for|the|on)\s+)*){1,7}[A-Z][\w’'&.-]*)\s*\(\s*([A-Z]{2,7})\s*\)")
_expansion_cache: dict[int, tuple[str, dict[str, str]]] = {}


def _expansions(text: str) -> dict[str, str]:
    """Acronyms a text spells out, and what they stand for: "Yale's Humanitarian Research Lab
    (HRL)" -> {"HRL": "Humanitarian Research Lab"}. The name is cut to start at the word whose
    initial is the acronym's first letter and must hold its letters in order."""
    hit = _expansion_cache.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    out: dict[str, str] = {}
    if "(" in text:
        for m in _SPELT_OUT.finditer(text):
            words, acr = m.group(1).split(), m.group(2)
            starts = [k for k, w in enumerate(words) if w[:1] == acr[0]]
            for k in reversed(starts):  # the shortest name that holds the letters, in order
                it = iter(" ".join(words[k:]).upper())
                capitals = sum(1 for w in words[k:] for p in w.split("-") if p[:1].isupper())
                if capitals <= len(acr) + 1 and all(ch in it for ch in acr):
                    out.setdefault(acr, _strip_possessive(" ".join(words[k:])))
                    break
    if len(_expansion_cache) > 64:
        _expansion_cache.clear()
    _expansion_cache[id(text)] = (text, out)
    return out


def _nation_elsewhere(text: str, name: str, gaz: Gazetteer):
    """The country written right before another mention of ``name`` in ``text`` ("the Iraqi
    Accordance Front ... the Accordance Front"), as a ``Country``, or None."""
    if len(name) < 3:
        return None
    i = text.find(name)
    while i >= 0:
        if (c := _nation_before(text, i, gaz)) is not None:
            return c
        i = text.find(name, i + len(name))
    return None


def _nation_written(text: str, start: int, gaz: Gazetteer) -> str:
    """The country's name or adjective right before ``text[start]`` as written ("U.S.", "United
    States"), when it is not a possessive ("Chile's") and not after "the"; "" otherwise."""
    m = re.search(r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)\s+$", text[max(0, start - 40) : start])
    if m is None or "\n" in m.group(0):
        return ""
    words = m.group(1).split()
    for k in range(len(words)):
        chunk = " ".join(words[k:])
        if words[k] != "The" and gaz.country(chunk) is not None:
            return chunk if chunk.upper() == chunk or "." in chunk or chunk == gaz.country(chunk).name else ""
    return ""


def _nation_before(text: str, start: int, gaz: Gazetteer):
    """The country whose adjective or possessive is written right before ``text[start]`` ("South
    Korean Joint ...", "Pakistan’s Army"), as a ``Country``; None when none, or when it is a
    patron ("Iran-backed")."""
    line = text.rfind("\n", 0, start) + 1  # the words on the name's own line only
    m = re.search(r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*?)(?:[’']s)?\s+$", text[max(line, start - 40) : start])
    if m is None or "\n" in m.group(0):
        return None
    if m.group(1).endswith(".") and "." not in m.group(1)[:-1]:
        return None  # "... managed from Athens. Orion Shipping": the end of a sentence, not "U.S."
    words = m.group(1).split()
    for k in range(len(words)):
        c = gaz.country(" ".join(words[k:]))
        if c is not None:
            return c
    return None


_BASED = re.compile(r"([A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,3})[\s-]+(?:based|registered|headquartered)(?:\s+(?:firm|company|operator|group|owner))?,?\s+(?:the\s+)?$")
# A plural title, then a list of names up to the one that follows ("leaders A, B, C and "): the
# first name's start is group "first". Names are capitalised words (a particle between).
_LIST_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:(?:al|el|bin|de|da|van|von)\s+)?[A-Z][\w.’'-]*){0,3}"
_TITLED_LIST = re.compile(
    r"\b(?:leaders|members|officials|lawmakers|legislators|commanders|ministers|activists|executives)\s+"
    rf"(?P<first>{_LIST_NAME})(?:\s*,\s*{_LIST_NAME})*(?:\s*,\s*|,?\s+and\s+)$")


# A seat written as a compound right before a name, with up to two nouns of its trade between
# ("the UK-based", "the Geneva-based advocacy group "): where the body sits.
_SEAT_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.’'-]*?(?:\s+[A-Z][\w.’'-]*){0,2})-(?:based|headquartered)\s+(?:[a-z]+\s+){0,2}$")


def _place_country(where: str, gaz: Gazetteer):
    """The country ``where`` (a country's or a known city's or region's name) is or lies in; None."""
    from .places import country_name

    where = re.sub(r"^(?:A|An|The)\s+", "", where)
    if (c := gaz.country(where)) is not None:
        return c
    p = place(where, tuple(gaz.places))
    return gaz.country(country_name(p.country)) if p is not None and p.country else None


_COMPANY_SUFFIX = re.compile(r"\s+(?:Ltd|Ltd\.|Limited|Inc|Inc\.|LLC|Corp|Corp\.|PLC|plc|Co|Co\.|GmbH|AG|SA|S\.A\.)$")

_APPOSITION_START = re.compile(r"\s*,\s*(?:(?:an?|the)\s+)?")
_PARENT = re.compile(r"-(?:affiliated|linked)$", re.I)
_GROUP_NAME_RE = r"((?:al-|el-)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
# An apposition naming the group an organisation belongs to: ", al-Qaeda's affiliate in ...",
# ", an affiliate of Hezbollah", ", a group affiliated with al-Qaeda".
_AFFILIATE_OF = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?:" + _GROUP_NAME_RE + r"[’']s\s+(?:[a-z]+\s+)?(?:affiliate|branch|offshoot)"
    r"|(?:[a-z]+\s+)?(?:affiliate|branch|offshoot)\s+of\s+(?:the\s+)?" + _GROUP_NAME_RE +
    r"|(?:[a-z]+\s+){0,2}(?:affiliated|linked)\s+(?:with|to)\s+(?:the\s+)?" + _GROUP_NAME_RE + r")"
)


def _parent_group(word: str, gaz: Gazetteer) -> str:
    """The group a "X-affiliated" or "X-linked" word names ("al-Qaeda-affiliated" -> al-Qaeda, by
    the alias file's name when it has one); "" for a country ("Iran-linked" is a patron's) or
    another word."""
    m = _PARENT.search(word)
    if m is None or m.start() < 2:
        return ""
    parent = word[: m.start()]
    if gaz.country(parent) is not None or not (parent[:1].isupper() or _ARTICLE_NAME.match(parent)):
        return ""
    return gaz.canonical(parent) or parent


_RUN_BY = re.compile(r"-(?:run|controlled|led|administered|operated|governed)$", re.I)
_PATRON = re.compile(r"-(?:backed|supported|allied|aligned|funded|trained)$", re.I)


def organisation_affiliation(name: str, text: str, start: int, end: int, gaz: Gazetteer) -> str:
    """The country an organisation named at ``text[start:end]`` belongs to, "" when the text does not
    say: its own name ("South Korean Joint Chiefs of Staff", ``roles.name_affiliation``), else the
    words right before it in the clause ("Russian energy giant Lukoil", "Sudan's paramilitary Rapid
    Support Forces", "the Pakistan-based Jaish"), else the first words of an apposition after it
    ("Lukoil, Russia's second-largest oil producer,"). A patron ("the Iran-backed Hamas") is not
    its country. A seat written before it beats the country its name gives ("the London-based
    Ruritanian Rights Watch", "the Geneva-based advocacy group X": the seat's country)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    if (seat := _SEAT_BEFORE.search(before)) is not None and (c := _place_country(seat.group(1), gaz)) is not None:
        return c.name
    aff = name_affiliation(name, gaz)
    if aff and "," not in aff:
        return aff  # a country's name or adjective in the name ("South Korean Joint Chiefs of Staff")
    # a city or region in the name ("Delta Shipping") only when the words around state no country
    # ("Delta Shipping, a Greek firm,": Greece)
    return _stated_affiliation(text, start, end, before, gaz) or aff


def _stated_affiliation(text: str, start: int, end: int, before: str, gaz: Gazetteer) -> str:
    """What the words around an organisation's name at ``text[start:end]`` say it belongs to
    (``organisation_affiliation`` after its own name), "" when nothing."""
    m = _APPOSITION_START.match(text, end, min(len(text), end + 8))
    after = re.split(r"[“”\"‘«]", text[m.end() : m.end() + 60])[0] if m else ""  # a quote after the comma is no apposition
    near = _TOKEN.findall(re.split(r"[,;:()“”\"]", before)[-1])[-3:] + _TOKEN.findall(after)[:4]
    for w in near:
        if (parent := _parent_group(_strip_possessive(w), gaz)):
            return parent  # "the al-Qaeda-linked Katiba X", "Katiba X, an al-Qaeda-affiliated group,"
    if (af := _AFFILIATE_OF.match(text, end, min(len(text), end + 90))) is not None:
        parent = next(g for g in af.groups() if g)
        if gaz.country(parent) is None:
            return gaz.canonical(parent) or parent  # "Katiba X, al-Qaeda's affiliate in the Sahel,"
    if (owner := _owner_before(text, start, gaz)):
        return owner  # "Yale University’s Humanitarian Research Lab": the university's
    based = _BASED.search(before)
    where = re.sub(r"^(?:A|An|The)\s+", "", based.group(1)) if based is not None else ""
    if where and (c := gaz.country(where)) is not None:
        return c.name  # "the Isle of Man registered Galaxy Shipping Ltd", "a Dubai-based firm"
    if where and (p := place(where, tuple(gaz.places))) is not None and p.country:
        from .places import country_name

        c = gaz.country(country_name(p.country))
        if c is not None:
            return c.name
    words = _TOKEN.findall(re.split(r"[,;:()“”\"]", before)[-1])
    # After a noun for an organisation, the nouns of its trade: "Japanese ship management company X".
    headed = bool(words) and words[-1].lower() in _ORG_HEAD_NOUNS
    tail = words[-6:]
    for i in range(len(tail) - 1, -1, -1):
        w = tail[i]
        if headed and w == "and" and 0 < i < len(tail) - 1 and tail[i - 1].islower() and tail[i + 1].islower() \
                and tail[i - 1] not in _FUNCTION_WORDS:
            continue  # "Finnish transport and communications agency X": nouns of its trade
        bare = _strip_possessive(w)
        if (run := _RUN_BY.search(bare)) is not None:  # "the Hamas-run Prisoners Office": Hamas's
            owner = bare[: run.start()]
            if owner.lower() in _STATE_OWNERS:
                continue  # "Lebanon's state-run X": the state is the country named before
            if (c := gaz.country(owner)) is not None:
                return c.name
            return gaz.canonical(owner) or ""
        if (parent := _parent_group(bare, gaz)):
            return parent  # "the al-Qaeda-linked Katiba X": the group it belongs to
        if _PATRON.search(bare):
            return ""
        based = re.sub(r"-(?:based|headquartered|registered|flagged)$", "", bare, flags=re.I)
        if (c := gaz.country(based)) is not None:
            return c.name
        if w[:1].islower() and w.lower() not in _ORG_CONTEXT_WORDS and not w.lower().endswith(("-based", "ary", "ist", "ic", "al", "ian")) \
                and not (headed and w.isalpha() and w.lower() not in _FUNCTION_WORDS):
            break  # "India's strikes on Jaish": the country is another clause's
    m = _APPOSITION_START.match(text, end, min(len(text), end + 8))
    if m is not None:
        for w in _TOKEN.findall(re.split(r"[“”\"‘«]", text[m.end() : m.end() + 60])[0])[:4]:
            bare = _strip_possessive(w)
            if (parent := _parent_group(bare, gaz)):
                return parent  # "Katiba X, an al-Qaeda-affiliated group,"
            if _PATRON.search(bare):
                return ""
            if (c := gaz.country(bare)) is not None:
                return c.name
    return ""


# What a "-run" or "-owned" word may name instead of an owner: a state, whose country is said before.
_STATE_OWNERS = frozenset("state government public".split())
# A sentence whose subject is a group named before: "The group later named him as X".
_GROUP_SUBJECT = re.compile(r"\s*the\s+(?:group|militia|movement|organi[sz]ation|faction|rebels|insurgents)\b", re.I)


def _body_affiliation(body: Actor, gaz: Gazetteer) -> str:
    """What a person serving ``body`` belongs to: a government's country, else the
    organisation (with its country when it is a state's: "Bolivian army, Bolivia")."""
    if body.kind == "government":
        return body.affiliation or body.name
    country = gaz.country(body.affiliation) if body.affiliation else None
    return f"{body.name}, {country.name}" if country is not None and country.name != body.name else body.name


# Words that end the noun phrase before an organisation's name ("strikes on the militant group X").
_FUNCTION_WORDS = frozenset("on of in by at to for with from and or against into over as".split())
# Lower-case words that may stand between a country and an organisation's name ("Russian energy
# giant Lukoil", "Sudan's paramilitary RSF").
_ORG_CONTEXT_WORDS = frozenset(
    """
    the a an energy oil gas giant firm company group state state-owned state-run militant rebel
    paramilitary armed separatist opposition ruling party utility operator agency military army
    intelligence security spy service shipping carrier telecoms telecom bank
    """.split()
)


def _resolve_descriptions(index, described, mentions, person_of, srcs, analyses, gaz, ensure, government_for) -> None:
    """"the chancellor" -> the chancellor named earlier in the article; "the ministry" -> the
    ministry named earlier; else the government of a nationality it names; else unresolved."""
    if not described:
        return
    people: dict[str, list[Candidate]] = defaultdict(list)
    institutions: dict[str, list[tuple[int, str, set[str]]]] = defaultdict(list)
    quoted: dict[str, list[tuple[int, int]]] = {sid: [(q.start, q.end) for q in a.quotes] for sid, a in analyses.items()}

    def in_quote(sid: str, pos: int) -> bool:
        return any(s <= pos < e for s, e in quoted.get(sid, ()))

    for k, m in enumerate(mentions):
        aid = index.by_span.get((m.source_id, m.start, m.end))
        if aid is None or m.kind == "pronoun" or in_quote(m.source_id, m.start):
            continue
        if k in person_of:
            words, countries = role_words(srcs[m.source_id].text, m.start, m.end, gaz)
            if not words & PERSON_HEADS and (entry := gaz.entry(index.actors[aid].name)) is not None and entry.role:
                # named without a title ("Ana Ruiz arrived ..."): the role the alias file gives
                # ("president" of its country) makes "the <nationality> leader" theirs
                words |= set(entry.role.lower().split())
                if (own := gaz.country(entry.affiliation)) is not None:
                    countries = countries | {own.name}
            words |= {w.lower() for w in _TOKEN.findall(m.text)}
            posted = posted_countries(srcs[m.source_id].text, m.start, m.end, gaz) if words & REPRESENTATIVES else frozenset()
            people[m.source_id].append(Candidate(m.start, aid, words, countries, posted))
        elif index.actors[aid].kind in ("government", "organization"):
            institutions[m.source_id].append((m.start, aid, {_strip_possessive(w).lower() for w in _TOKEN.findall(m.text)}))
    # People the article names with a title who neither spoke nor acted ("Jordanian King Abdullah
    # II, speaking after a call, said Amman ..."): a later "the king" may be them.
    for sid, a in analyses.items():
        if sid not in srcs:
            continue
        text = srcs[sid].text
        taken = {c.start for c in people[sid]}
        for e in a.entities:
            if e.label != "PERSON" or e.start in taken or in_quote(sid, e.start):
                continue
            words, countries = role_words(text, e.start, e.end, gaz)
            if words & PERSON_HEADS:
                people[sid].append(Candidate(e.start, f"new:{e.text}", words | {w.lower() for w in _TOKEN.findall(e.text)}, countries))
        persons = [(e.start, e.end) for e in a.entities if e.label == "PERSON"]
        for r in _TITLED_UNTAGGED.finditer(text):
            # "Interior Minister Matus Sutaj Estok announced": a name after a title the model did
            # not tag as a person; a later "the minister" may be them.
            s0, e0 = r.span("name")
            if r.group("title").lower() not in PERSON_HEADS or s0 in taken or in_quote(sid, s0) \
                    or any(ps < e0 and s0 < pe for ps, pe in persons) or gaz.canonical(r.group("name")):
                continue
            words, countries = role_words(text, s0, e0, gaz)
            if words & PERSON_HEADS:
                people[sid].append(Candidate(s0, f"new:{r.group('name')}", words | {w.lower() for w in _TOKEN.findall(r.group("name"))}, countries))
        for r in _REGNAL_NAME.finditer(text):  # "King Tupou VI": a reign's name the model does not tag
            if r.start("name") not in taken and not in_quote(sid, r.start()):
                words, countries = role_words(text, r.start("name"), r.end("name"), gaz)
                people[sid].append(Candidate(r.start("name"), f"new:{r.group('name')}", words | {w.lower() for w in _TOKEN.findall(r.group("name"))}, countries))
    heads = {d.head for _, d in described if d.institution}
    for m in mentions:
        if m.kind == "org-entity" and (m.source_id, m.start, m.end) not in index.by_span and not in_quote(m.source_id, m.start):
            words = {_strip_possessive(w).lower() for w in _TOKEN.findall(m.text)}
            if words & heads:  # "the National Police Service ... The service said"
                institutions[m.source_id].append((m.start, f"new:{m.text}", words))
    for v in institutions.values():
        v.sort()
    # Unnamed speakers with an actor ("A spokesperson for the Eastern Command said"): a later
    # "the spokesperson" with no named person before it is the same speaker.
    unnamed: dict[str, list[tuple[int, str, set[str]]]] = defaultdict(list)
    for m in mentions:
        if m.role == "speaker" and m.kind == "unnamed" and not in_quote(m.source_id, m.start):
            aid = index.by_span.get((m.source_id, m.start, m.end))
            if aid is not None:
                unnamed[m.source_id].append((m.start, aid, {_strip_possessive(w).lower() for w in _TOKEN.findall(m.text)}))
    for v in unnamed.values():
        v.sort()
    countries: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for sid, a in analyses.items():
        for e in a.entities:
            if e.label == "GPE" and (c := gaz.country(e.text)):
                countries[sid].append((e.start, c.government_name))
        countries[sid].sort()
    said: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for sid, a in analyses.items():
        text = srcs[sid].text if sid in srcs else ""
        for q in a.quotes:
            sp = q.speaker
            aid = index.by_span.get((sid, sp.start, sp.end)) if sp else None
            if aid:
                lo, hi = min(q.start, sp.start), max(q.end, sp.end)
                line_end = text.find("\n", hi)
                hi = min(hi + 200, line_end if line_end >= 0 else len(text))
                said[sid].append((q.start, aid, text[max(0, lo - 80) : hi].lower()))
        said[sid].sort()
    for k, d in sorted(described, key=lambda kd: (mentions[kd[0]].source_id, mentions[kd[0]].start)):
        m = mentions[k]
        aid = None
        if d.document:
            aid = pick_author(d, m.start, said[m.source_id])
            text = srcs[m.source_id].text if m.source_id in srcs else ""
            issued = list(_ISSUED_BY_NAME.finditer(text, max(0, m.start - 3 * _AUTHOR_REACH), m.start))
            if issued and issued[-1].group("doc").lower().startswith(d.head[:6]):
                # "..., according to a statement issued by the PPP. The statement added": the issuer,
                # unless a speaker spoke "in a statement" after it
                said_after = [pos for pos, _a, around in said[m.source_id] if issued[-1].end() < pos < m.start and f"in a {d.head}" in around]
                if not said_after:
                    name = issued[-1].group("name")
                    canon = gaz.canonical(name)
                    aid = ensure(canon, "organization") if canon else index.aliases.get(norm_name(name)) or ensure(name, "organization")
            if aid is None:  # "The Water Board cut supplies. “…,” the statement read.": the body just named
                near = [a for s, a, _w in institutions[m.source_id] if s < m.start and m.start - s <= _AUTHOR_REACH and not a.startswith("new:")]
                aid = near[-1] if near else None
            if aid is None:  # "“…,” wrote the group. The message continued: “…”": the one who spoke just before
                before = [a for pos, a, _w in said[m.source_id] if pos < m.start and m.start - pos <= 2 * _AUTHOR_REACH]
                aid = before[-1] if before else None
        elif d.institution:
            hit = pick_institution(d, m.start, not_the_state_body(d.head, institutions[m.source_id]), countries[m.source_id])
            if hit is not None:
                if d.about_country:
                    aid = ensure(hit, "organization")
                elif hit.startswith("new:"):
                    aid = ensure(hit[4:].removeprefix("the ").removeprefix("The "), "organization")
                else:
                    aid = hit
        else:
            text = srcs[m.source_id].text if m.source_id in srcs else ""
            aid = pick_person(d, m.start, people[m.source_id], gaz, ahead=text.count("\n", 0, m.start) <= 4)
            if aid is not None and not d.body and d.head in _SPOKES and not d.modifiers:
                # "Army spokesperson X said ... A spokesperson for the Foreign Ministry said ... the
                # spokesperson said": the one introduced last, named or not
                at = max((c.start for c in people[m.source_id] if c.actor_id == aid and c.start < m.start), default=-1)
                later = [(s, a) for s, a, words in unnamed[m.source_id] if at < s < m.start and _SPOKES & words]
                for r in _SPOKES_FOR.finditer(text, max(at, 0), m.start):  # "a spokesperson for the Foreign Ministry"
                    later += [(s, a) for s, a, _w in institutions[m.source_id] if r.end() <= s <= r.end() + 40 and not a.startswith("new:")][:1]
                aid = max(later)[1] if later else aid
            if aid is not None and aid.startswith("new:"):
                aid = _named_person(aid[4:], index, ensure)
            if aid is None and not d.body:  # "A spokesperson for X said ... The spokesperson added"
                heads = _SPOKES if d.head in _SPOKES else {d.head}  # "a spokeswoman for X ... the spokesperson"
                same = [a for s, a, words in unnamed[m.source_id] if s < m.start and heads & words]
                aid = same[-1] if same else None
            if aid is None and d.body:  # "NATO’s Secretary-General": the holder named elsewhere, else the body
                aid = pick_person(d, 1 << 62, [c for sid, cs in people.items() if sid != m.source_id for c in cs
                                               if not c.actor_id.startswith("new:")], gaz)
                country = gaz.country(d.body)  # "Peru's communications minister": its government, not "Peru"
                aid = aid or (ensure(country.government_name, "government") if country is not None
                              else ensure(region[0], "government", region[1]) if (region := region_government(d.body, gaz)) is not None  # "Balochistan's home minister": its government, not "Balochistan"
                              else ensure(gaz.canonical(d.body) or d.body, "organization"))
        if aid is None and (gov := government_for(m.text)):
            aid = ensure(gov, "organization")
        if aid is not None:
            index.by_span[(m.source_id, m.start, m.end)] = aid
            if d.institution and index.actors[aid].kind in ("government", "organization"):
                # "The country's foreign ministry ..., the ministry said": a later
                # description can refer back to this one.
                words = {_strip_possessive(w).lower() for w in _TOKEN.findall(m.text)}
                insort(institutions[m.source_id], (m.start, aid, words), key=lambda t: t[0])


# A monarch's title and a regnal name: "King Tupou VI", "Queen Margrethe II", "Emir Tamim bin Hamad II".
_REGNAL_NAME = re.compile(r"\b(?:King|Queen|Emperor|Empress|Emir|Sultan|Pope|Shah)\s+(?P<name>[A-Z][a-z’'-]+(?:\s+(?:bin|ibn|al-)?\s*[A-Z][a-z’'-]+){0,3}\s+[IVX]{1,5})\b")


# A capitalised title's head noun and the two to four capitalised words of a name after it.
_TITLED_UNTAGGED = re.compile(r"\b(?P<title>" + "|".join(sorted(h.capitalize() for h in PERSON_HEADS if h.isalpha())) +
                              r")[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})\b")


def _named_person(name: str, index, ensure) -> str:
    """The person actor a PERSON entity's text ``name`` names: the one known by that name, else a
    new one."""
    hit = index.aliases.get(norm_name(name))
    if hit is not None and hit in index.actors and index.actors[hit].kind == "person":
        return hit
    return ensure(name, "person")


_SPOKES = frozenset("spokesperson spokesman spokeswoman".split())
# An unnamed spokesperson of a body: "a spokesperson for the Ministry of X", "a spokesman of the army".
_SPOKES_FOR = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+spokes(?:person|man|woman)\s+(?:for|of)\s+")
# "the company that owns the ship": a firm described by what it owns or runs, named later.
_OWNING_CLAUSE = re.compile(r"\s+(?:that|which)\s+(?:owns|owned|operates|operated|runs|ran|manages|managed|charters|chartered|built|makes|made)\b")
# A document and who issued it, by name: "a statement issued by the PPP", "a statement from Acme Corp".
_ISSUED_BY_NAME = re.compile(
    r"\b(?P<doc>statement|communiqu[eé]|release|letter)\s+(?:(?:issued|released|published|put\s+out)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&’'.-]*){0,5})"
)
# How far back (characters) "the group said" looks for the organisation that spoke.
_GROUP_REACH = 1500
# How far back (characters) the person "his spokesperson" speaks for may be named.
_PRINCIPAL_REACH = 600
# How far back (characters) an organisation named before "the statement" may be its author when
# no speaker before it spoke "in a statement".
_AUTHOR_REACH = 300


def _memo(fn):
    cache: dict = {}

    def wrapped(text):
        if text not in cache:
            cache[text] = fn(text)
        return cache[text]

    return wrapped


def _person_name_of(gaz: Gazetteer):
    return lambda text: person_name(text, gaz)


def _government_for(text: str, gaz: Gazetteer) -> str | None:
    """The organisation, armed body or government an unnamed official's phrase speaks for."""
    if (org := organisation_for(text, gaz)) is not None:
        return org
    body = military_body(text, gaz)
    if body is not None:
        return body[0]  # "a Pakistani army spokesman": the army, not the government
    return government_for(text, gaz)


def organisation_for(text: str, gaz: Gazetteer) -> str | None:
    """"a Houthi military spokesman" -> "Houthis": an unnamed official of one organisation of the
    alias file speaks for it (before any country the phrase names: "Yemen's Houthi spokesman");
    None when no single organisation is named, the phrase is not about officials, or it names
    the official ("Houthi spokesman Yahya Saree")."""
    words = [_strip_possessive(w) for w in _TOKEN.findall(text)]
    heads = [k for k, w in enumerate(words) if w.lower() in OFFICIAL_NOUNS]
    if not heads:
        return None
    # Before the official noun ("a Houthi military spokesman") or its object ("a spokesman for
    # Hamas"); not further on ("ministers from nine countries on NATO's eastern flank").
    h = heads[0]
    while h + 1 < len(words) and words[h + 1].lower() in OFFICIAL_NOUNS:
        h += 1  # "military spokesman": the noun is "spokesman"
    if words[h].lower() in INSTITUTION_HEADS:
        return None  # "the UN human rights office" is a body of its own
    if any(w != _strip_possessive(w) and not gaz.country(_strip_possessive(w)) and not gaz.canonical(_strip_possessive(w))
           for w in _TOKEN.findall(text)[:h]):
        return None  # "António Guterres's spokesman" speaks for Guterres
    starts = set(range(h))
    if h + 1 < len(words) and words[h + 1].lower() in ("for", "of", "to"):  # "an adviser to Hamas"
        starts.add(h + 3 if h + 2 < len(words) and words[h + 2].lower() == "the" else h + 2)
    orgs = set()
    for k in sorted(starts):
        for n in (3, 2, 1):
            chunk = " ".join(words[k : k + n])
            canon = gaz.canonical(chunk) if chunk[:1].isupper() else None
            entry = gaz.entry(canon) if canon else None
            if entry is not None and entry.kind != "person":
                orgs.add(entry.name)
                break
    if len(orgs) != 1:
        return None
    pn = person_name(text, gaz)
    return None if pn and len(pn.split()) >= 2 else orgs.pop()


def _first_person_country(m: _Mention, gaz: Gazetteer) -> str | None:
    """A government spokesperson whose quote speaks for a country: "The UK stands ready to
    defend our airspace" -> the UK government. Only for one government's spokesperson, and
    with a first-person plural in the quote."""
    words = [w.lower() for w in _TOKEN.findall(m.text)]
    if "government" not in words or any(w in ("countries", "nations", "governments", "states") for w in words):
        return None
    if not _FIRST_PERSON.search(m.quote_text):
        return None
    for w in _TOKEN.findall(m.quote_text)[:8]:
        c = gaz.country(_strip_possessive(w))
        if c:
            return c.government_name
    return None



@lru_cache(maxsize=4096)
def _affiliation_keys(affiliation: str) -> frozenset[str]:
    """The normalised names of an affiliation's parts ("X, Country" -> {"x", "country"})."""
    return frozenset(norm_name(p) for p in affiliation.split(","))


def _follow_affiliations(index: ActorIndex, old: str, new: str) -> None:
    """Affiliations that name an actor by ``old`` (its name before a merge or a rename; alone or
    as a part of "X, Country") name it ``new`` instead."""
    key = norm_name(old)
    if not key or old == new:
        return
    for aid, a in list(index.actors.items()):
        if a.affiliation and key in _affiliation_keys(a.affiliation):
            parts = [new if norm_name(p) == key else p.strip() for p in a.affiliation.split(",")]
            _own(index, aid).affiliation = ", ".join(dict.fromkeys(parts))


def _merged_names(src: Actor, dst: Actor, gaz: Gazetteer | None) -> list[str]:
    """The names actor ``src`` brings to ``dst`` when merged into it: its name and aliases, but
    not those that are a place the gazetteer knows (a country, region, city or area: "Narva",
    taken for a word of "Narva Kaarel Tamm"), unless ``dst`` is a government or state (whose
    capital or country may stand for it). A place is no person's or body's name, and an alias
    makes that name the actor's in every article."""
    names = [src.name, *src.aliases]
    if gaz is None or dst.kind in ("government", "state"):
        return names
    areas = tuple(gaz.places)
    return [n for n in names if n == src.name or (place(n, areas) is None and gaz.country(n) is None)]


def _apply_edits(index: ActorIndex, edits: Iterable[dict]) -> None:
    """The analyst's own changes, in order: merge, rename, alias, affiliation. An affiliation
    naming a merged or renamed actor follows it (``_follow_affiliations``); a merged actor
    keeps the affiliation of the one that went when the one it joined had none. A rename keeps
    the old name as an alias (a source may use it), except a name only an earlier rename
    gave, which no text used: renaming back after a mistaken rename leaves no trace of it.
    A merge of an actor an earlier merge took into another is not applied (the earlier stays
    in force; ``merge.concurrent_edits`` lists the two), with or without ``seen``: records
    written before ``seen`` existed named the actor in force for the analyst, so naming one
    merged away means its analyst had not seen that merge. A merge of the actor another was
    merged into (A into B, then B into C, seen or not) is applied and takes A along: a merge
    says two actors are one, and B's being C makes A, which is B, C too (undo either merge
    to part them)."""
    typed_only: dict[str, set[str]] = {}  # actor id -> normalised names only a rename gave
    analyst_set: set[str] = set()  # actor ids whose affiliation an analyst gave (set, or made with it)
    for e in edits:
        op = e.get("op")
        aid = e.get("actor_id", "")
        if op == "merge" and aid in index.merged_by:
            # the actor the analyst merged was merged elsewhere by an edit they had not seen
            # (another analyst's, at once): the first stays in force, this one is not
            # followed along the chain (it is a conflict: ``merge.concurrent_edits``). A merge
            # record without ``seen`` (written before it existed) is read the same way: the
            # merge was always written with the actor's id in force (``Workspace.merge_actors``
            # follows the merges its analyst has seen), so a record naming an actor an earlier
            # merge took away was made without seeing that merge.
            continue
        if op != "create":
            aid = index.canonical_id(aid)  # an id found again under another (actor_ids.find_again)
        if op == "merge":
            into = index.canonical_id(e.get("into", ""))
            if aid in index.actors and into in index.actors and aid != into:
                src, dst = index.actors.pop(aid), _own(index, into)
                for n in _merged_names(src, dst, index.gazetteer):
                    if n not in dst.aliases and n != dst.name:
                        dst.aliases.append(n)
                if src.affiliation and not dst.affiliation and norm_name(src.affiliation) != norm_name(dst.name) \
                        and aid in analyst_set:
                    # only an affiliation an analyst gave: one the analysis guessed ("Lama, Togo" for a
                    # Bangladeshi official) would be passed off as the merged actor's
                    dst.affiliation = src.affiliation
                if aid in analyst_set:
                    analyst_set.add(into)
                index.merged[aid] = into
                index.merged_by[aid] = e.get("uid", "")
                kept = {norm_name(n) for n in (src.name, *dst.aliases, dst.name)}
                for k, v in list(index.aliases.items()):
                    if v == aid:
                        if k in kept or norm_name(k) in kept or k not in {norm_name(n) for n in src.aliases}:
                            index.aliases[k] = into
                        else:
                            del index.aliases[k]  # a place's name: not the merged actor's (``_merged_names``)
                _follow_affiliations(index, src.name, dst.name)
        elif op == "rename" and aid in index.actors:
            a = _own(index, aid)
            mine = typed_only.setdefault(aid, set())
            if norm_name(a.name) in mine:  # the name a rename gave, renamed away: dropped
                a.aliases = [n for n in a.aliases if norm_name(n) != norm_name(a.name)]
                if index.aliases.get(norm_name(a.name)) == aid:
                    del index.aliases[norm_name(a.name)]
                mine.discard(norm_name(a.name))
            elif a.name not in a.aliases:
                a.aliases.append(a.name)
            old, a.name = a.name, e.get("name", a.name)
            key = norm_name(a.name)
            if key not in index.aliases and all(norm_name(n) != key for n in (old, *a.aliases)):
                mine.add(key)
            index.aliases[key] = aid
            # renamed to one of its other names: that name is its name now, not an "also" (a rename
            # away puts it back among the aliases, above)
            a.aliases = [n for n in a.aliases if n.casefold() != a.name.casefold()]
            _follow_affiliations(index, old, a.name)
        elif op == "alias" and aid in index.actors:
            name = e.get("name", "")
            if name:
                _own(index, aid).aliases.append(name)
                index.aliases[norm_name(name)] = aid
                typed_only.get(aid, set()).discard(norm_name(name))  # an alias given on purpose stays
        elif op == "affiliation" and aid in index.actors:
            _own(index, aid).affiliation = e.get("name", "")
            analyst_set.add(aid)
        elif op == "kind" and aid in index.actors and e.get("kind"):
            _own(index, aid).kind = e["kind"]
        elif op == "create" and aid not in index.actors:
            index.actors[aid] = Actor(aid, e.get("name", aid), e.get("kind", "person"))
            index.aliases[norm_name(e.get("name", aid))] = aid
