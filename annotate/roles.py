"""Definite descriptions: "the chancellor", "the Iranian spokesman", "the ministry".

News introduces a person with a title ("German Chancellor Olaf Scholz", "Saeed
Khatibzadeh, the Iranian foreign ministry spokesman") and then refers back by the title
alone. A definite description resolves to the latest person before it, in the same
article, whose introduction carries its head noun (and agrees with its other words); a
description of an institution ("the ministry", "the country's foreign ministry") resolves to
the latest mention of such an institution, or to the latest country's government. Without
an antecedent the description stays unresolved: it is never given to the nearest name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .armed_group_names import movement_name
from .gazetteer import Gazetteer
from .lone_places import without_lone_places
from .nlp.lexicon import OFFICIAL_NOUNS, TITLE_WORDS

_TOKEN = re.compile(r"[\w.’'-]+")
_POSSESSIVE = re.compile(r"[’']s$")

# Heads that name a person's role.
PERSON_HEADS = frozenset(
    """
    president chancellor minister premier secretary spokesman spokeswoman spokesperson
    ambassador envoy general admiral senator governor mayor king queen prince pope chief
    leader chairman chairwoman chair commissioner speaker director commander adviser advisor
    diplomat representative secretary-general monarch
    """.split()
)
# Heads that name an institution speaking for a government or an organisation.
INSTITUTION_HEADS = frozenset(
    "ministry government department office service agency council embassy army military administration police navy".split()
)
# Heads that name what someone issued ("the statement said"): its author speaks.
DOCUMENT_HEADS = frozenset("statement communique communiqué release letter announcement message email e-mail".split())
# A "leader" is whoever leads: a president, a prime minister, a chancellor...
_LEADERS = frozenset("president prime premier chancellor king queen leader chairman chairwoman".split())
# One office's words: the one who leads a group is its leader, chief or boss.
_CHIEFS = frozenset("leader chief boss".split())
# Bodies whose chief is not the leader named before ("the police chief" after a rebel leader).
_OTHER_BODIES = frozenset(
    "police army military navy intelligence security spy defence defense staff opposition party union border "
    "fire prison customs election electoral".split()
)
# A minister's portfolio: a prime minister who also holds one ("Prime Minister and Defence
# Minister X") is also "the minister".
_PORTFOLIOS = frozenset(
    "foreign defence defense interior home finance justice economy trade energy health education information "
    "security affairs external".split())

# A "representative" of a government or a body is its envoy, ambassador, delegate or commissioner.
REPRESENTATIVES = frozenset("representative envoy ambassador delegate emissary commissioner high-commissioner prefect".split())
# Where an envoy is posted: "commissioner in X", "ambassador to X".
_POSTED = re.compile(r"\b(?:in|to)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
# A "monarch" is whoever reigns: a king, a queen, an emir, a sultan...
_MONARCHS = frozenset("king queen emir sultan monarch emperor empress".split())


@dataclass(frozen=True)
class Description:
    """A definite description such as "the Iranian spokesman" (``description``). ``head``: its last
    word, lower case, one of ``PERSON_HEADS``, ``INSTITUTION_HEADS`` or ``DOCUMENT_HEADS``;
    ``modifiers``: the words between "the" and the head, lower case, possessives stripped;
    ``institution``: the head names an institution; ``about_country``: it says "the country's ...";
    ``document``: the head names something issued ("the statement").
    """

    head: str
    modifiers: tuple[str, ...]
    institution: bool
    about_country: bool  # "the country's foreign ministry"
    document: bool = False  # "the statement"
    body: str = ""  # "NATO’s Secretary-General", "the EU's foreign policy chief": "NATO", "EU"


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def description(text: str) -> Description | None:
    """The description in a phrase like "the Iranian spokesman", "NATO’s Secretary-General" (a
    body's role: ``body`` "NATO"), a capitalised title alone as headlines write it
    ("Minister says ..."), or a document ("the statement", "an official statement"), else None."""
    words = _TOKEN.findall(text)
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in PERSON_HEADS:
        return Description(words[0].lower(), (), False, False)
    if 2 <= len(words) <= 4 and words[0].lower() in ("a", "an") and words[-1].lower() in DOCUMENT_HEADS and all(w.islower() for w in words[1:]):
        # "An official statement described ...": issued by the body just named, as "the statement"
        return Description(words[-1].lower(), tuple(w.lower() for w in words[1:-1]), False, False, True)
    if 2 <= len(words) <= 5 and words[0][:1].isupper() and _bare(words[0]) != words[0] and words[0].lower() != "the":
        words = ["the"] + words  # "NATO’s Secretary-General": a role of the body
    if not 2 <= len(words) <= 6 or words[0].lower() != "the":
        return None
    rest = words[1:]
    if _bare(rest[-1]) != rest[-1] or any(any(ch.isdigit() for ch in w) for w in rest):
        return None
    head = rest[-1].lower()
    if head not in PERSON_HEADS and head not in INSTITUTION_HEADS and head not in DOCUMENT_HEADS:
        return None
    mods = tuple(_bare(w).lower() for w in rest[:-1])
    body = next((_bare(w) for w in rest[:-1] if _bare(w) != w and w[:1].isupper()), "")
    return Description(head, mods, head in INSTITUTION_HEADS, "country" in mods, head in DOCUMENT_HEADS, body)


_ISSUED_BY = re.compile(
    r"^(?:an?|the)\s+(?:(?:joint|written|brief|short|separate|new|later)\s+)?(?:statement|communiqu[eé]|release|letter|message|e-?mail)\s+(?:from|by|of|(?:issued|sent|signed|posted)\s+by)\s+(?P<author>.+)$",
    re.I,
)


_DOCUMENT = r"(?:(?:joint|written|brief|short|separate|new|later|official)\s+)?(?:statement|communiqu[eé]|release|letter|notice|message|e-?mail)"
# "a statement on the Trust's website", "a notice posted on the council's page"
_ISSUED_ON = re.compile(
    r"^(?:an?|the)\s+" + _DOCUMENT + r"\s+(?:(?:posted|published|issued)\s+)?on\s+(?P<author>.+?)[’']s\s+(?:official\s+)?(?:website|web\s+site|site|page|account|feed|channel)$",
    re.I,
)
# "the board's statement", "Harlow Police's written statement"
_OWN_DOCUMENT = re.compile(r"^(?P<author>.+?)[’']s\s+(?:(?:latest|own|first|second)\s+)?" + _DOCUMENT + r"$", re.I)


def issuing_body(author: str) -> Description | None:
    """The author of a document named by its kind alone ("a statement on the Trust's website",
    "the authority's statement"): a description of the body named before it, or None."""
    words = _TOKEN.findall(author)
    if len(words) == 2 and words[0].lower() == "the" and words[1].isalpha() and not (len(words[1]) > 1 and words[1].isupper()):
        # "the Trust", "the authority": a body named before; "the GDF" (an acronym) is a name
        return Description(words[1].lower(), (), True, False)
    d = description(author)
    if d is not None and d.institution and not any(w[:1].isupper() for w in words[1:-1]):
        return d
    return None


# When a document was issued, after its author: "by the ministry late Friday", "... on Monday".
_WHEN_AFTER = re.compile(
    r"\s+(?:(?:late|early)\s+|(?:on|by|in)\s+(?:the\s+)?(?:(?:late|early)\s+)?|last\s+|this\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
    r"|week|night|morning|afternoon|evening|month)$"
)


def issuer(text: str) -> str | None:
    """The author a document speaks for, or None: "A statement from the Joint Chiefs of Staff"
    -> "the Joint Chiefs of Staff"; "a statement on the Trust's website" -> "the Trust"; "the
    board's statement" -> "the board". A time after the author is not part of it ("a statement
    issued by the ministry late Friday" -> "the ministry")."""
    text = text.strip()
    for rx in (_ISSUED_BY, _ISSUED_ON, _OWN_DOCUMENT):
        m = rx.match(text)
        if m:
            return _WHEN_AFTER.sub("", m.group("author")) or m.group("author")
    return None


# A document named with who carried or relayed it: "the statement carried by the official X news
# agency", "a statement relayed by state media". The carrier is not its author.
_CARRIED = re.compile(
    r"^(?P<doc>(?:an?|the)\s+(?:[a-z]+\s+){0,2}?" + _DOCUMENT + r")\s*,?\s+(?:carried|relayed|aired|broadcast|run|quoted|cited)\s+"
    r"(?:by|on|in)\s+.+$", re.I)


def without_carrier(phrase: str) -> str:
    """A document speaker phrase without who carried it: "the statement carried by the official
    RNA news agency" -> "the statement" (its author is the body that issued it, never the agency);
    ``phrase`` unchanged otherwise."""
    m = _CARRIED.match(phrase.strip())
    return m.group("doc") if m else phrase


def pick_author(d: Description, at: int, said: list[tuple[int, str, str]]) -> str | None:
    """The author of "the statement": the latest speaker before ``at`` whose quote was
    introduced with that word ("..., Col. Shi Yi said in a statement"). ``said`` holds
    (position, actor id, the words around the quote)."""
    hits = [aid for pos, aid, around in said if pos < at and d.head in around]
    return hits[-1] if hits else None


_ROLE_WORDS = TITLE_WORDS | OFFICIAL_NOUNS | PERSON_HEADS
# A verb of saying in the past or present tense: what follows a name after a comma is a reporting
# clause ("..., the minister told reporters"), not an apposition that introduces the name.
_REPORTING_CLAUSE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|states|noted|notes|explained|explains|insisted|insists|"
    r"warned|warns|claimed|claims|announced|announces|confirmed|confirms|declared|declares|wrote|writes|"
    r"argued|argues|stressed|stresses|asserted|asserts|recalled|recalls|acknowledged|acknowledges)\b", re.I)


def role_words(text: str, start: int, end: int, gaz: Gazetteer) -> tuple[set[str], set[str]]:
    """The words that introduce a name at ``text[start:end]``: the title run before it
    ("German Chancellor") and an apposition after it (", the German chancellor,"). Returns
    (lowercase words, countries they name)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _TOKEN.findall(text[max(line_start, start - 120) : start])
    words: list[str] = []
    for w in reversed(before[-10:]):
        b = _bare(w)
        if b.lower() in _ROLE_WORDS or w[:1].isupper() or b != w or b.lower() in ("of", "for", "to", "the"):
            words.append(b)
        else:
            break
    tail = text[end : end + 90]
    m = re.match(r"\s*,\s*(?!who\b|which\b|that\b)([^,.;:\n“”\"]{3,80})[,.;]", tail)
    if m and _REPORTING_CLAUSE.search(m.group(1)):
        m = None  # "... to kill Brenner, the minister told reporters.": a reporting clause, no apposition
    if m and len(m.group(1).split()) <= 9:
        words += [_bare(w) for w in _TOKEN.findall(m.group(1))]
    low = {w.lower() for w in words}
    countries = set()
    for w in words:
        c = gaz.country(w)
        if c:
            countries.add(c.name)
    return low, countries


def posted_countries(text: str, start: int, end: int, gaz: Gazetteer) -> frozenset[str]:
    """The countries the title or apposition of the name at ``text[start:end]`` names as where
    the person is posted ("Ana Ruiz, high commissioner in New Caledonia,", "Ambassador to Peru
    Ana Ruiz"): an envoy serves a government other than theirs."""
    line_start = text.rfind("\n", 0, start) + 1
    around = text[max(line_start, start - 120) : start] + " " + text[end : end + 90].split("\n")[0]
    out = set()
    for m in _POSTED.finditer(around):
        words = m.group("place").split()
        for n in range(len(words), 0, -1):
            if (c := gaz.country(" ".join(words[:n]))) is not None:
                out.add(c.name)
                break
    return frozenset(out)


@dataclass
class Candidate:
    """A person named in a source, a candidate for a later description (actors.py). ``start``:
    character offset of the mention; ``actor_id``: the actor it resolved to; ``words``: lower-case
    words of the name and of the title or apposition introducing it (``role_words``); ``countries``:
    names of the countries those words name.
    """

    start: int
    actor_id: str
    words: set[str]
    countries: set[str]
    posted: frozenset[str] = frozenset()  # of ``countries``, where they are posted ("envoy to X"): ``posted_countries``


def pick_person(d: Description, at: int, candidates: list[Candidate], gaz: Gazetteer, ahead: bool = False) -> str | None:
    """The latest person before ``at`` whose introduction matches description ``d``; with
    ``ahead`` (a headline or standfirst, written before the body names anyone) the first such
    person after it when none before it matches."""
    if ahead and (aid := pick_person(d, at, candidates, gaz)) is None:
        # none before it fits (a byline's name may be before it): the first after it that does
        for c in sorted(candidates, key=lambda c: c.start):
            if c.start > at and (aid := pick_person(d, 1 << 62, [c], gaz)) is not None:
                return aid
        return None
    if ahead:
        return aid
    want_countries = {c.name for m in d.modifiers if (c := gaz.country(m))}
    best: tuple[int, int, str] | None = None
    for c in candidates:
        if c.start >= at:
            continue
        named = [m for m in d.modifiers if m in c.words and not gaz.country(m)]
        if d.head == "minister" and "prime" in c.words and "prime" not in d.modifiers and not c.words & _PORTFOLIOS:
            continue  # "the minister" is a minister, never the prime minister named near them
        if d.head in c.words:
            score = 2
        elif d.head == "leader" and (c.words & _LEADERS or named):
            score = 2  # "the American leader" (a president), "the Congress leader"
        elif d.head in _CHIEFS and (named or c.words & _CHIEFS and not set(d.modifiers) & _OTHER_BODIES):
            # "the Vostok chief" after "Vostok founder X"; "the militia's boss" after "X, the group's
            # leader" (a leader, chief or boss is one word for one office, unless of another body)
            score = 2
        elif d.head == "representative" and c.words & REPRESENTATIVES:
            score = 2  # "the government's representative": its envoy, ambassador or commissioner
        elif d.head == "monarch" and c.words & _MONARCHS:
            score = 2  # "the monarch" after "King Abdullah II"
        else:
            continue
        if want_countries:
            own = c.countries - c.posted if d.head in REPRESENTATIVES else c.countries
            if own and not (own & want_countries):
                continue  # "the Iranian spokesman" is not the US one (an envoy's host country is not theirs)
            score += bool(c.countries & want_countries)
        score += len(named)
        key = (score, c.start, c.actor_id)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def pick_institution(d: Description, at: int, institutions: list[tuple[int, str, set[str]]], countries: list[tuple[int, str]]) -> str | None:
    """The latest institution before ``at`` named with the description's head ("the
    ministry" after "Estonia's foreign ministry"), or for "the country's ministry" the
    latest country's government. Returns an actor id or a government name."""
    if d.about_country:
        before = [gov for s, gov in countries if s < at]
        return before[-1] if before else None
    hits = [aid for s, aid, words in institutions if s < at and d.head in words]
    return hits[-1] if hits else None


# Words of a title run before a name besides titles and official nouns ("Houthi military
# spokesman", "Hamas political bureau chief").
_TITLE_RUN_WORDS = _ROLE_WORDS | frozenset(
    """
    military political senior top armed security intelligence opposition ruling party bureau
    media national regional provincial state chief army navy air force forces police
    coast guard guards border maritime naval foreign defence defense interior ministry junta regime
    """.split()
) | frozenset(
    # the unit an officer commands, between the body and the title: "Army branch commander X",
    # "police district chief X", "army sector commander X"
    "branch district sector zone unit division battalion brigade regiment".split()
) | frozenset(
    # a firm's officers, written by their letters: "X, CTO at Y Networks", "Y chief executive and CEO X"
    "ceo cto cfo coo ciso founder co-founder cofounder".split()
)
_RUN_WORD = re.compile(r"([\w.’'-]+)\s+$")
_EX_NATION = re.compile(r"^(?:ex|former)-([A-Z][\w.’'-]*)$")  # "ex-US", "former-Soviet"
_APPOSITION = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:an?|the|who\s+is\s+(?:an?|the))\s+)?([^,;:\n“”\"()]{3,90}?)\s*(?:[,;:)(\n]|\.(?:\s|$)|$)")
_FOR = re.compile(r"\b(?:for|of|to|from|at|in)\s+(?:the\s+)?(.+)$", re.I)
# Institutions of a state: "a spokesman for the Pakistani interior ministry" speaks for Pakistan.
_STATE_BODIES = frozenset("ministry government army navy police military office department embassy forces cabinet".split())


def title_run(text: str, start: int) -> str:
    """The words just before ``text[start]`` that introduce a name, up to 8 and within the line and
    clause: "Pakistan's Deputy Prime Minister" before "Ishaq Dar", "BJP leader" before "Altaf
    Thakur"."""
    words: list[str] = []
    pos = start
    while len(words) < 8:
        m = _RUN_WORD.search(text, max(0, pos - 60), pos)
        if m is None or "\n" in text[m.end(1) : pos]:
            break
        w = m.group(1)
        b = _bare(w).lower()
        if (ex := _EX_NATION.match(w)) is not None:
            words += [ex.group(1), "former"]  # "ex-US President": "former US President"
            pos = m.start(1)
            continue
        if w.endswith(".") and len(w) > 4 and b not in _TITLE_RUN_WORDS:
            break  # the end of the previous sentence ("on Monday.")
        if not (w[:1].isupper() or b in _TITLE_RUN_WORDS or b in ("of", "for", "to", "the")):
            break
        if not words and b in ("of", "for", "to"):
            return ""  # "compares the minister to Joan of Arc": the object of a preposition, no title
        words.append(w)
        pos = m.start(1)
    while words and words[-1].lower() in ("of", "for", "to", "the"):
        words.pop()
    if words and all(_bare(w).lower().rstrip(".") in _HONORIFICS for w in words):
        # "Malaysian Prime Minister, H.E. Anwar Ibrahim": the title is before the honorific's comma
        m = re.search(r"(\S),[ \t]*$", text[max(0, pos - 3) : pos])
        if m is not None:
            comma = max(0, pos - 3) + m.start(1) + 1
            before = title_run(text[:comma] + " ", comma + 1)
            if before:
                return before + ", " + " ".join(reversed(words))
    return " ".join(reversed(words))


# Honorifics written before a name ("H.E.", "His Excellency"): titles of address, no office.
_HONORIFICS = frozenset("h.e his her excellency hon honourable honorable rt".split())


def apposition(text: str, end: int, gaz: Gazetteer) -> str:
    """The apposition right after a name at ``text[:end]``: "a spokesman for the Y ministry" in
    "X, a spokesman for the Y ministry, said"; "" when none. A relative clause ("X, who ...") is
    none."""
    m = _APPOSITION.match(text, end, min(len(text), end + 120))
    if m is None or re.match(r"(?:who|which|that|said|says|told|adding)\b", m.group(1), re.I):
        return ""
    phrase = m.group(1)
    words = _TOKEN.findall(phrase)
    if 0 < len(words) <= 3 and gaz.country(_bare(words[0])) is not None and words[-1][:1].islower():
        return phrase  # "X, 45, a Bolivian soldier,": a nationality and a noun
    if len(words) > 12 or not any(w.lower() in _TITLE_RUN_WORDS for w in words):
        return ""
    run: list[str] = []
    before = ""  # the word before the run
    for w in [*words, "."]:
        b = _bare(w)
        if b[:1].isupper() and b.lower() not in _TITLE_RUN_WORDS:
            run.append(b)
            continue
        if len(run) >= 2 and before in TITLE_WORDS and not _known_name(run, gaz):
            return ""  # another titled name: the next item of a list ("Food Minister A, Sindh Chief Minister B ...")
        before = b.lower()
        run = []
    return phrase


# A relative clause after a name that says what the person is or leads: "X, who heads the navy,".
_RELATIVE = re.compile(
    r"\s*,\s*(?:\d{1,3}\s*,\s*)?who\s+(?:(?P<be>is|was|has\s+been|had\s+been|serves\s+as|served\s+as|remains)|(?P<lead>heads|headed|leads|led|commands|"
    r"commanded|chairs|chaired|runs|ran|directs|directed))\s+(?:also\s+|now\s+|currently\s+)?(?P<art>an?\s+|the\s+)?"
    r"([^,;:\n“”\"()]{3,90}?)\s*(?:[,;:)(\n]|\.(?:\s|$)|$)"
)
# A copular clause after a name: "X is Bolivia's foreign minister." ("X was killed" is none: no title).
_COPULA = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:also\s+|now\s+|currently\s+)?(?:an?\s+|the\s+)?"
    r"([^,;:\n“”\"()]{3,90}?)\s*(?:[,;:)(\n]|\.(?:\s|$)|$)"
)


def relative_clause(text: str, end: int) -> str:
    """What a relative clause right after a name at ``text[:end]`` says the person is or leads:
    "the Peruvian navy" of "X, who heads the Peruvian navy,", "Bolivia's president until 2019" of
    "X, who was Bolivia's president until 2019,"; "" when none, or when a "who is/was" clause holds
    no title ("X, who was wounded in Tarija,")."""
    m = _RELATIVE.match(text, end, min(len(text), end + 140))
    if m is None:
        return ""
    phrase = (m.group("art") or "") + m.group(4)  # "the Red Condor Front" as the model tagged it
    if m.group("be") and not any(_bare(w).lower() in _TITLE_RUN_WORDS for w in _TOKEN.findall(phrase)):
        return ""
    return phrase


def copular_title(text: str, end: int) -> str:
    """The title a copular clause right after a name at ``text[:end]`` gives: "Bolivia's foreign
    minister" of "X is Bolivia's foreign minister."; "" when none or when the complement holds no
    title ("X was killed in Tarija")."""
    m = _COPULA.match(text, end, min(len(text), end + 120))
    if m is None or not any(_bare(w).lower() in _TITLE_RUN_WORDS for w in _TOKEN.findall(m.group(1))):
        return ""
    return m.group(1)


def _known_name(words: list[str], gaz: Gazetteer) -> bool:
    """Capitalised words that name a country, an alias-file actor or a known place ("Bharatiya
    Janata Party", "Khyber Pakhtunkhwa"), not a person."""
    from .places import place

    text = " ".join(words)
    return bool(gaz.country(text) or gaz.canonical(text) or place(text, tuple(gaz.places)))


_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'’ -]{2,30}?)(?:,[ \t]+[A-Z][\w .]{1,30}?)?[ \t]*(?::|(?:--|[–—-])[ \t])", re.M)
# A dateline in ordinary case before a colon, the story following on its line: "New Delhi: ..."
_CASE_DATELINE = re.compile(r"^[ \t]*([A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}):[ \t]+[A-Z\"“]", re.M)
# A bare national title ("Prime Minister Shehbaz Sharif") in a local paper is the paper's country's.
_NATIONAL_TITLES = frozenset("president prime premier minister secretary chancellor army chief general".split())
# How far into a text a dateline may stand: after the headline and a standfirst of a few bullets.
DATELINE_REACH = 1200


def dateline_country(text: str, gaz: Gazetteer) -> str:
    """The country of a local paper's dateline in the first lines ("KARACHI:", "SEOUL –"), "" when
    none or a news agency's ("DUBAI (Reuters) –": wire copy names its foreign leaders)."""
    from .places import country_name, place

    m = _DATELINE.search(text[:DATELINE_REACH])
    if m is None:
        # "New Delhi: Foreign Secretary X said ...": a town in ordinary case and a colon opening a
        # line of running text; only a town's name (a headline "Ruritania: ..." names no dateline)
        for m in _CASE_DATELINE.finditer(text[:DATELINE_REACH]):
            c = gaz.country(m.group(1))
            if c is not None and m.group(1).lower() in (c.name.lower(), c.adjective.lower()):
                continue  # "Ruritania: talks collapse": a headline's subject
            if c is None and (p := place(m.group(1), tuple(gaz.places))) is not None and p.country:
                c = gaz.country(country_name(p.country))
            if c is not None:
                return c.name
        return ""
    name = m.group(1).strip().title()
    c = gaz.country(name)
    if c is None and (p := place(name, tuple(gaz.places))) and p.country:
        c = gaz.country(country_name(p.country))
    return c.name if c else ""


def national_title(phrases: list[str]) -> bool:
    """The phrases hold a national office's title without saying which nation's."""
    return any(w.lower() in _NATIONAL_TITLES for p in phrases for w in _TOKEN.findall(p))


def affiliation(phrases: list[str], gaz: Gazetteer, orgs: tuple[str, ...] = (), names: frozenset[str] = frozenset()) -> str:
    """The organisation or country that the phrases introducing a person say they speak for, ""
    when none: a non-person actor of the alias file ("BJP leader" -> "BJP", "Houthi military
    spokesman" -> "Houthis"), else a country's name ("Israeli Prime Minister" -> "Israel", "a
    spokesman for the Pakistani interior ministry" -> "Pakistan"), else an organisation the text
    names (``orgs``: ORG entity texts inside the phrases; not a state body such as a ministry).
    Phrases are tried in order; the first that names one wins. ``names``: words of people's names
    in the text, never read as a place ("an adviser to Rojas").
    """
    for phrase in phrases:
        if (branch := _branch_in_country(phrase, orgs, gaz)):
            return branch  # "leader of the group al-Qaeda in Iraq": the group's branch, not Iraq
        words = [_bare(w) for w in _TOKEN.findall(phrase)]
        country = ""
        for i in range(len(words)):
            if _sent_to(words, i):
                continue  # "Bolivia's ambassador to the United Nations": where the envoy is sent
            for n in (3, 2, 1):
                chunk = " ".join(words[i : i + n])
                if len(words[i : i + n]) < n or not chunk[:1].isupper():
                    continue
                canon = gaz.canonical(chunk)
                entry = gaz.entry(canon) if canon else None
                if entry is not None and entry.kind != "person":
                    return entry.name
                if canon and (c := gaz.government_of(canon)):
                    country = country or c.name
                if not country and (c := gaz.country(chunk)) and not _subject_of_study(chunk, words[i + n : i + n + 1], c):
                    country = c.name
        if country:
            return country
        if any(w.lower() in _TITLE_RUN_WORDS for w in words) and (where := _place_in(words, gaz, names)):
            return where
        if any(w.lower() in _TITLE_RUN_WORDS for w in words) and (body := _MOVEMENT_OF.search(phrase)) is not None:
            return body.group(1)  # "the Minister of Information of the Kanuri Liberation Front"
        for org in orgs:
            # a state's body is its state's ("the army"), but "X of the Kachin Liberation Army" is the movement's; a title the model tagged ("CTO") is none
            if org in phrase and (_org_name(org) or _org_before_title(org, phrase)) and not gaz.is_outlet(org) \
                    and org.lower() not in _TITLE_RUN_WORDS and (
                    not {w.lower() for w in org.split()} & _STATE_BODIES or movement_name(org.split())):
                return org.removeprefix("the ")
        if (code := _code_before_title(phrase, gaz)):
            return code
    return ""


# A party's or movement's name after "of"/"for" in a title: "Minister of Information of the Kanuri
# Liberation Front", "spokesman for the Tarkan People's Party" (capitalised words and that head).
_MOVEMENT_OF = re.compile(
    r"\b(?:of|for)\s+the\s+((?:[A-Z][\w’'-]+\s+){1,5}(?:Front|Party|Movement|Alliance|Coalition|Congress|League|Union))\b"
)


# Envoys: "ambassador to X" names where they are sent, not whom they speak for.
_ENVOYS = frozenset("ambassador ambassadors envoy envoys representative representatives delegate delegates emissary "
                    "ambassador-designate permanent".split())


def _sent_to(words: list[str], i: int) -> bool:
    """``words[i]`` begins the name an envoy's title sends them to: "to (the) X" right after an
    envoy's word ("ambassador to the United Nations", "envoy to Peru")."""
    j = i - 1
    if j >= 0 and words[j].lower() == "the":
        j -= 1
    return j >= 1 and words[j].lower() == "to" and any(w.lower() in _ENVOYS for w in words[max(0, j - 3) : j])


def _branch_in_country(phrase: str, orgs: tuple[str, ...], gaz: Gazetteer) -> str:
    """A group's branch named by the group and a country ("al-Qaeda in Yemen", "Islamic State in
    Somalia") inside ``phrase`` after a leader's or member's title: the organisation (an ORG entity
    of ``orgs``, not a state body or an outlet) right before "in <country>"; "" when none."""
    if not any(w.lower() in _MEMBER_NOUNS for w in _TOKEN.findall(phrase)):
        return ""
    for org in orgs:
        bare = org.removeprefix("the ")
        if {w.lower() for w in bare.split()} & _STATE_BODIES or gaz.is_outlet(bare) or gaz.country(bare):
            continue
        m = re.search(rf"(?<![\w-]){re.escape(bare)}\s+in\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)", phrase)
        if m is not None and (c := gaz.country(m.group(1))) is not None:
            return f"{bare} in {m.group(1)}"
    return ""


# Nouns of someone who studies a country from outside ("Libya expert", "a Sudan analyst").
_STUDY_NOUNS = frozenset("analyst analysts expert experts specialist specialists researcher researchers scholar scholars "
                         "watcher watchers observer observers commentator commentators".split())


def study_noun_in(phrases: list[str]) -> bool:
    """Whether the words introducing a person (``phrases``) call them an analyst, expert, researcher
    or another who studies or watches from outside: the story's country is what they talk about,
    not whom they speak for."""
    return any(w.lower().strip(",.;:") in _STUDY_NOUNS for p in phrases for w in p.split())


def _subject_of_study(chunk: str, after: list[str], country) -> bool:
    """A country's name (not its adjective) right before a noun of study ("Libya expert X", "Sudan
    analyst X"): what the person studies, not whom they speak for ("a Libyan analyst" is Libyan)."""
    return bool(after) and after[0].lower() in _STUDY_NOUNS and chunk not in country.all_adjectives


_CODE_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,6})\s+([\w-]+)")
# A title, then the acronym of the body it is held in: "commander of the ELN", "spokesman for the FLNC".
_CODE_AFTER = re.compile(r"([\w-]+)\s+(?:of|for|in|with)\s+(?:the\s+)?([A-Z][A-Z0-9]{1,6})(?![\w-])")


def _code_before_title(phrase: str, gaz: Gazetteer) -> str:
    """A group's code name or acronym right before a title word ("M23 spokesman", "FLNC commander")
    or after it and "of" ("commander of the ELN") that the model did not tag as an organisation:
    the group. Not a country ("US"), an outlet, a
    title ("CEO") or a Roman numeral."""
    found = [(m.group(1), m.group(2)) for m in _CODE_BEFORE.finditer(phrase)]
    found += [(m.group(2), m.group(1)) for m in _CODE_AFTER.finditer(phrase)]  # "commander of the ELN"
    for code, title in found:
        if title.lower() not in _TITLE_RUN_WORDS or code.lower() in TITLE_WORDS or set(code) <= set("IVXLC"):
            continue
        if gaz.country(code) or gaz.is_outlet(code):
            continue
        return code
    return ""


def _org_before_title(org: str, phrase: str) -> bool:
    """A one-word organisation right before a title in the phrase ("a senior Fatah leader")."""
    from .org_words import NAME_CHECK_ORG_WORDS

    if org.lower() in NAME_CHECK_ORG_WORDS or org.lower() in _TITLE_RUN_WORDS:
        return False  # "Party leader X": a common word, capitalised as a title's start
    m = re.search(rf"\b{re.escape(org)}\s+([\w-]+)", phrase)
    return m is not None and org[:1].isupper() and m.group(1).lower() in _TITLE_RUN_WORDS


def _org_name(text: str) -> bool:
    """Several words or an acronym ("Frontier Corps", "ONWASA"), not one common word the model
    tagged ("Health" of "Health Minister")."""
    words = text.removeprefix("the ").split()
    return len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 2 and words[0].isupper())


def _acronym_for_place(chunk: list[str], written: str) -> bool:
    """Whether ``chunk`` (a place name's words as found) is an acronym the place list matched
    without regard to case ("SADR" for the city of Sadr): its words, besides "The", all in
    capitals, where the place's name (``written``) is not."""
    words = [w for w in chunk if w.lower() != "the"]
    return bool(words) and all(len(w) >= 2 and w.isupper() for w in words) and not written.isupper()


def _place_in(words: list[str], gaz: Gazetteer, names: frozenset[str] = frozenset()) -> str:
    """A city, region or area named in an introduction ("Punjab Health Minister", "the Quetta
    police chief"), with its country when the name is not shared: "Quetta, Pakistan". Never a
    word of ``names`` (the words of people's names: "an adviser to Rojas" is no town of Rojas),
    an acronym ("SADR") or the last words of a longer capitalised name ("Arab Democratic Republic")."""
    from .places import country_name, place

    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            chunk = words[i : i + n]
            if len(chunk) < n or not all(w[:1].isupper() or w in ("and", "of") for w in chunk) or not chunk[0][:1].isupper():
                continue
            if any(w in names for w in chunk):
                continue
            if i > 0 and words[i - 1][:1].isupper() and _bare(words[i - 1]).lower() not in _TITLE_RUN_WORDS \
                    and gaz.country(words[i - 1]) is None:
                continue  # the end of a longer name ("... Democratic Republic"), not a town of Republic
            p = place(" ".join(chunk), tuple(gaz.places))
            if p is None or p.kind == "country" or _bare(chunk[0]).lower() in _TITLE_RUN_WORDS or _acronym_for_place(chunk, p.name):
                continue
            c = gaz.country(country_name(p.country)) if p.country else None
            return f"{' '.join(chunk)}, {c.name}" if c else " ".join(chunk)
    return ""


# A country's armed or police body, by the words that head its name: "the Pakistani army", "Israel
# Defense Forces", "US military officials" are not the government but a body of the state.
_BODIES = (
    (("air", "force"), "air force"),
    (("coast", "guard"), "coast guard"),
    # a state's border force by its people or its name: "the Latvian border guards",
    # "the Kenyan border service" (before "troops"; "border police" stay the police)
    (("border", "guards"), "border guard"),
    (("border", "guard"), "border guard"),
    (("border", "guardsmen"), "border guard"),
    (("border", "service"), "border guard"),
    (("border", "troops"), "border guard"),
    (("border", "force"), "border guard"),
    (("border", "forces"), "border guard"),
    (("armed", "forces"), "military"),
    (("defence", "forces"), "military"),
    (("defense", "forces"), "military"),
    (("security", "forces"), "military"),
    (("naval", "forces"), "navy"),
    (("army",), "army"),
    (("navy",), "navy"),
    (("military",), "military"),
    (("forces",), "military"),
    (("troops",), "military"),
    (("police",), "police"),
)
# After the body, words for its people ("Pakistani army spokesman"), which speak for it.
_BODY_PEOPLE = frozenset("spokesman spokeswoman spokesperson official officials officers source sources statement".split())


def military_body(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """The armed or police body of one country a phrase names, as (canonical name, country):
    "the Pakistani army", "Pakistan Army", "Pakistan's army", "the army in Islamabad" -> ("Pakistani army", "Pakistan");
    "the Israel Defense Forces" -> ("Israeli military", "Israel"); "a US military spokesman" ->
    ("American military", "United States"). None when the phrase names no country or several, a
    patron ("Iran-backed forces"), or a person ("Army chief Asim Khan")."""
    if re.search(r"-(?:backed|supported|allied|aligned|funded|trained)\b", text, re.I):
        return None
    words = [_bare(w) for w in _TOKEN.findall(text)]
    low = [w.lower() for w in words]
    while low and low[-1] in _BODY_PEOPLE:
        low.pop()
    body = end = None
    for tail, name in _BODIES:
        if len(low) >= len(tail) and tuple(low[-len(tail):]) == tail:
            body, end = name, len(low) - len(tail)
            break
    if body is None:
        # "the army of Pakistan"; "the army in Kigali" (a capital stands for its country)
        of = next((k for k, w in enumerate(low) if w in ("of", "in") and k >= 1), None)
        if of is None:
            return None
        if low[of] == "in" and ((c := gaz.country(" ".join(words[of + 1 :]))) is None
                                or c.capital.lower() != " ".join(low[of + 1 :])):
            return None  # "the troops in Ukraine" may be anyone's; "the army in Kigali" is Rwanda's
        for tail, name in _BODIES:
            if tuple(low[of - len(tail) : of]) == tail:
                body, end = name, len(low)
                break
        if body is None:
            return None
    if movement_name(words[: end or 0]):
        return None  # "Free Syrian Army", "Colombia's National Liberation Army": a group's name
    covered: set[int] = set()
    countries = _countries_in(words, gaz, covered)
    if len(countries) != 1:
        return None
    rest = [w for k, w in enumerate(words[: end or 0]) if k not in covered and w[:1].isupper()
            and w.lower() not in _TITLE_RUN_WORDS and w.lower() not in ("the", "royal", "national", "people", "liberation")]
    if len(rest) >= 2:
        return None  # a name: "Army chief Asim Khan"
    c = gaz.country(countries.pop())
    return f"{c.adjective} {body}", c.name


def _countries_in(words: list[str], gaz: Gazetteer, covered: set[int] | None = None) -> set[str]:
    """The countries capitalised words name, longest names first ("South Korean" is one);
    ``covered`` gets the positions of their words."""
    out: set[str] = set()
    i = 0
    while i < len(words):
        for n in (5, 4, 3, 2, 1):  # "Democratic Republic of the Congo" before the "Republic of the Congo" in it
            chunk = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and chunk[:1].isupper() and (c := gaz.country(chunk)):
                out.add(c.name)
                if covered is not None:
                    covered.update(range(i, i + n))
                i += n
                break
        else:
            i += 1
    return out


def name_affiliation(name: str, gaz: Gazetteer, places: bool = True) -> str:
    """The country an organisation's own name gives, "" when none: one country's name or
    adjective ("South Korean Joint Chiefs of Staff" -> "South Korea", "U.S. Pacific Command" ->
    "United States"), else (with ``places``) a city or region with its country ("Colorado
    Department of Transportation" -> "Colorado, United States"; "City of Atlanta"; first or after
    "of"/"in", never a word inside the name: "Operation Rising Lion"). A patron ("Iran-backed ...") is
    no affiliation."""
    if re.search(r"-(?:backed|supported|allied|aligned|funded|trained)\b", name, re.I):
        return ""
    words = [_bare(w) for w in _TOKEN.findall(name)]
    countries = _countries_in(words, gaz)
    if len(countries) == 1:
        return countries.pop()
    if countries or not places:
        return ""
    from .places import country_name, place

    for i in range(len(words)):
        for n in (3, 2, 1):
            chunk = words[i : i + n]
            if len(chunk) < n or not all(w[:1].isupper() for w in chunk):
                continue
            if i > 0 and words[i - 1].lower() not in ("of", "in"):
                continue  # a word of the name ("Operation Rising Lion", "Tren del Sur"), not where it is
            p = place(" ".join(chunk), tuple(gaz.places))
            if p is None or p.kind == "country" or p.kind == "city" and p.population < 100_000 or _acronym_for_place(chunk, p.name):
                continue
            c = gaz.country(country_name(p.country)) if p.country else None
            return f"{' '.join(chunk)}, {c.name}" if c else ""
    return ""


_OF_BODY = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?([A-Z][\w’'&.-]*(?:\s+(?:of|and|for|the|[A-Z][\w’'&.-]*)){0,6})")


def of_body(text: str, end: int) -> str:
    """"of the FBI" right after a name ("Ann Lee of the FBI said"): that phrase, for
    ``affiliation``; "" when none."""
    m = _OF_BODY.match(text, end, min(len(text), end + 90))
    if m is not None and _OUTLET_AFTER.match(text, m.end(), min(len(text), m.end() + 40)):
        return ""  # "police officer X of the German press agency": who he spoke to, not his body
    return m.group(0).strip() if m else ""


# A news outlet written as a nationality and its kind ("the German press agency", "the Somali state
# broadcaster"): the outlet a person spoke to, not a body they belong to (outlets are never actors).
_OUTLET_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:press|news)\s+agency\b|\s+(?:[a-z-]+\s+){0,2}(?:broadcaster|newspaper|daily|tabloid"
    r"|news\s+(?:outlet|channel|website|site)|television|radio|magazine)\b"
)


_RESIDENCE = re.compile(
    r"(?:\s*\(\s*(?:from\s+)?(?P<paren>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s*\)"
    r"|\s*,\s*(?:who\s+lives|who\s+lived|living)\s+(?:in|near|at|outside)\s+(?P<lives>[^.;\n]{0,80})"
    r"|\s*,\s*an?\s+(?:\w+\s+)?(?:resident|native|citizen)\s+of\s+(?P<of>[^.,;\n]{0,60})"
    # "Jake Miller from Ohio", "Ana Ruiz, from Cusco,": a known place right after "from"
    r"|\s*,?\s+(?:who\s+(?:is|was)\s+)?(?:originally\s+)?from\s+(?P<from>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?![\w’'-]))"
)


def residence_country(text: str, end: int, gaz: Gazetteer) -> str:
    """The country of the place a person is said to live in or come from, right after the name:
    "Abdul Karim (from Jhang)", "Ali Raza (Multan)", "Omar, who lives near the mosque in
    Bahawalpur", "Sara, a resident of Quetta", "Jake Miller from Ohio"; "" when none is a known place."""
    from .places import country_name, place

    m = _RESIDENCE.match(text, end, min(len(text), end + 120))
    if m is None:
        return ""
    words = _TOKEN.findall(m.group("paren") or m.group("lives") or m.group("of") or m.group("from") or "")
    for i in range(len(words)):
        for n in (3, 2, 1):
            chunk = [_bare(w) for w in words[i : i + n]]
            if len(chunk) < n or not all(w[:1].isupper() for w in chunk):
                continue
            name = " ".join(chunk)
            if (c := gaz.country(name)) is not None:
                return c.name
            p = place(name, tuple(gaz.places))
            if p is not None and p.country and (c := gaz.country(country_name(p.country))) is not None:
                return c.name
    return ""


# The clause opens at a sentence's start, a line's, or right after a closing quote ("'We hold,'
# Kenya's defence minister, X, said": the words after the quote open the reporting clause).
_LEAD_TITLE = re.compile(r"(?:^|[.;:!?]\s+|\n|[,.!?]\s*[”\"]\s+)(?:[A-Z]\w*(?:\s+[a-z]\w*){0,3}\s*,\s*)?([^,.;:\n“”\"]{3,90}),\s*$")


def title_before_comma(text: str, start: int) -> str:
    """A title phrase that opens the clause and ends in a comma right before the name:
    "Meanwhile, secretary-general of Taiwan’s National Security Council, Joseph Wu, said" ->
    "secretary-general of Taiwan’s National Security Council"; "" when the words there hold no
    title."""
    m = _LEAD_TITLE.search(text, max(0, start - 120), start)
    if m is not None and _title_phrase(m.group(1)):
        return m.group(1)
    # "... was confirmed by the envoy of the Kenyan President to Somalia, X": the title the
    # preposition before it opens, when its first word is a title
    m = _AGENT_TITLE.search(text, max(0, start - 120), start)
    first = _TOKEN.findall(m.group(1))[:1] if m is not None else []
    if first and (_bare(first[0]).lower() in TITLE_WORDS or _bare(first[0]).lower() in _LOCAL_TITLES) and _title_phrase(m.group(1)):
        return m.group(1)
    return ""


def _title_phrase(phrase: str) -> bool:
    words = [_bare(w).lower() for w in _TOKEN.findall(phrase)]
    return bool(words) and len(words) <= 12 and any(w in TITLE_WORDS or w in _LOCAL_TITLES for w in words)


_AGENT_TITLE = re.compile(r"\b(?:by|from|with)\s+(?:the\s+)?([^,.;:\n“”\"]{3,90}),\s*$")


# Titles of a local office: the place is the region or city the text names near it.
_LOCAL_TITLES = frozenset("governor gov mayor police surgeon doctor dr sheriff commissioner superintendent inspector"
                          " administrator prefect".split())  # "Administrator of the X district, Y"


def local_title(phrases: list[str]) -> bool:
    """The phrases hold a local office's title ("Governor", "the police chief", "Dr")."""
    return any(_bare(w).lower().rstrip(".") in _LOCAL_TITLES for p in phrases for w in _TOKEN.findall(p))


# Nouns that make a capitalised word before them a region ("Gegharkunik province", "Rivne oblast").
_REGION_NOUNS = ("province", "region", "oblast", "governorate", "prefecture", "department", "county", "district", "state")


def title_place(run: str, text: str, gaz: Gazetteer, country: str) -> str:
    """The region or city a person's local title ``run`` itself names ("Gegharkunik Governor",
    "Rivne regional governor"; the words before the name in ``text``), with its country
    ("Gegharkunik, Armenia"): a place the alias file knows, or a word ``text`` calls a
    province/region/oblast..., then with ``country`` (the article's main country). It wins over
    any place of an earlier sentence (``place_before``). "" when the run names none."""
    from .places import country_name, place

    for w in reversed(run.split()):
        w = re.sub(r"[’']s$", "", w).strip(",")
        if not w[:1].isupper() or _bare(w).lower() in _TITLE_RUN_WORDS or gaz.country(w) is not None:
            continue
        p = place(w, tuple(gaz.places))
        if p is not None and p.kind in ("region", "city") and p.country and (c := gaz.country(country_name(p.country))):
            return f"{p.name if _key_eq(p.name, w) else w}, {c.name}"
        if country and re.search(rf"\b{re.escape(w)}\s+(?:{'|'.join(_REGION_NOUNS)})\b", text, re.I):
            return f"{w}, {country}"
    return ""


def place_before(text: str, start: int, gaz: Gazetteer, places: list[tuple[int, str]]) -> str:
    """The region or city named last before ``text[start]`` within 600 characters, else the first
    one after it in the same sentence, with its country ("Volgograd, Russia"); ``places``: (offset,
    name) of the text's place entities, in order. "" when none or its country is unknown."""
    from .places import country_name, place

    stop = re.search(r"[.!?\n]", text[start : start + 200])
    after = [(pos, name) for pos, name in places if start < pos < start + (stop.start() if stop else 200)]
    for pos, name in [*reversed([x for x in places if x[0] < start]), *after]:
        if pos < start and start - pos > 600:
            continue
        p = place(name, tuple(gaz.places))
        if p is None or p.kind not in ("region", "city") or not p.country:
            continue
        c = gaz.country(country_name(p.country))
        if c is not None:
            return f"{p.name if _key_eq(p.name, name) else name}, {c.name}"
    return ""


def _key_eq(a: str, b: str) -> bool:
    return a.lower().replace("-", " ") == b.lower().replace("-", " ")


# People a list of names may be introduced as ("the released Israelis were identified as A, B").
_PEOPLE_NOUNS = frozenset(
    """
    hostages captives prisoners detainees citizens nationals soldiers troops victims civilians tourists
    workers sailors crew seafarers journalists residents pilgrims students
    """.split()
)
_LIST_ITEMS = re.compile(r"(?:\s*(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s*\(\s*[\w ]{1,20}\))?|\d{1,3})\s*(?:,\s*(?:and\s+)?|and\s+|;\s*))*\s*$")
_LIST_START = re.compile(r"(?::|;|\bas\b|\bincluding\b|\bincluded\b|\bwere\b|\bare\b|\bnamed\b)\s*$")


def list_nationality(text: str, start: int, gaz: Gazetteer) -> str:
    """The country of a list of people a name at ``text[start]`` belongs to, when the words that
    introduce the list give one nationality: "The released Israelis were identified as A, B and C",
    "two Pakistani sailors, A and B", "Kenyan hostages: A, B"; "" otherwise."""
    sent = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    seg = text[sent:start]
    # Walk back over the names before this one.
    m = _LIST_ITEMS.search(seg)
    head = seg[: m.start()] if m else seg
    head = head.rstrip()
    marker = _LIST_START.search(head)
    intro = head[: marker.start()] if marker else head
    words = [_bare(w) for w in _TOKEN.findall(intro)][-8:]
    if not words:
        return ""
    countries = set()
    for k, w in enumerate(words):
        if w[:1].isupper() and w.endswith("s") and (c := gaz.country(w[:-1])) is not None and c.name != w[:-1]:
            countries.add(c.name)  # "Israelis"
        elif w[:1].isupper() and (c := gaz.country(w)) is not None and any(x.lower() in _PEOPLE_NOUNS for x in words[k + 1 : k + 4]):
            countries.add(c.name)  # "Israeli hostages"
    if marker is None and words[-1].lower() not in _PEOPLE_NOUNS:
        return ""  # "Israel said A ...": no list of people
    if not countries and (noun := next((w.lower() for w in reversed(words[-4:]) if w.lower() in _PEOPLE_NOUNS), "")):
        return _people_country(text, start, noun, gaz)  # "seven captives: A, B" of "the Israeli hostages"
    return countries.pop() if len(countries) == 1 else ""


# Nouns for the same people: a list of "captives" are the "hostages" named elsewhere.
_SAME_PEOPLE = (
    frozenset("hostages captives abductees".split()),
    frozenset("prisoners detainees inmates".split()),
    frozenset("sailors crew seafarers crewmembers".split()),
    frozenset("soldiers troops".split()),
)
# "were brought back to Israel", "flew home to Thailand", "repatriated to Nepal".
_BACK_TO = re.compile(r"\b(?:back|home|repatriated)\s+(?:to|in)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _people_country(text: str, start: int, noun: str, gaz: Gazetteer) -> str:
    """The one country the text gives people called ``noun`` (a plural of ``_PEOPLE_NOUNS``) or a
    noun for the same people ("captives" and "hostages"): a nationality before the noun anywhere
    ("the 20 Israeli hostages"), or a country they go back to in a sentence that names them or
    in the list's own sentence (the one holding ``text[start]``: "... were handed over and brought
    back to Israel"); "" when it gives none or more than one."""
    nouns = next((g for g in _SAME_PEOPLE if noun in g), frozenset([noun]))
    stems = "|".join(sorted(re.escape(n[:-1] if n.endswith("s") else n) for n in nouns))
    found: set[str] = set()
    for m in re.finditer(rf"\b([A-Z][\w’'-]*)\s+(?:[a-z][\w-]*\s+)?(?:{stems})s?\b", text):
        if (c := gaz.country(m.group(1))) is not None and c.name != m.group(1):
            found.add(c.name)  # a nationality ("Israeli"), not a place ("in Gaza hostages")
    noun_re = re.compile(rf"\b(?:{stems})s?\b", re.I)
    at = 0
    for end in [e.end() for e in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence, begin = text[at:end], at
        at = end
        if begin <= start < end or noun_re.search(sentence):
            for m in _BACK_TO.finditer(sentence):
                if (c := gaz.country(m.group(1))) is not None:
                    found.add(c.name)
    return found.pop() if len(found) == 1 else ""


# National offices of a government (not of an army): a bare "Prime Minister X" in a text about one
# country is that country's.
_CIVIL_NATIONAL_TITLES = frozenset("president prime premier minister chancellor secretary king queen emir sultan".split())


def civil_national_title(phrases: list[str]) -> bool:
    """The phrases hold a government office's title (president, minister...) without its nation."""
    return any(_bare(w).lower() in _CIVIL_NATIONAL_TITLES for p in phrases for w in _TOKEN.findall(p))


# Heads of government or state: in a story that names one country and no other, a bare "Prime
# Minister X" is that country's.
_HEAD_TITLES = frozenset("president prime premier chancellor king queen emir sultan".split())


def head_title(phrases: list[str]) -> bool:
    """The phrases hold the title of a head of government or state without its nation."""
    return any(_bare(w).lower() in _HEAD_TITLES for p in phrases for w in _TOKEN.findall(p))


def only_country(names: list[str], gaz: Gazetteer) -> str:
    """The one country that ``names`` (GPE, LOC and NORP entity texts) name as a country or a
    nationality ("British hospitals"), when they name exactly one; else ""."""
    found = {c.name for n in names if (c := gaz.country(_bare(n))) is not None}
    return next(iter(found)) if len(found) == 1 else ""


# A title owned by a group named before: "the group's leader, X", "X, the militia's spokesman".
_GROUP_POSSESSIVE = re.compile(
    r"(?:^|\bthe\s+)(?:group|militia|movement|organi[sz]ation|faction|rebels|insurgents|gang|network|outfit|front)[’']s?\s+"
    r"(?:[\w-]+\s+){0,2}?([\w-]+)\s*$",
    re.I,
)


def group_title(phrases: list[str]) -> bool:
    """The phrases give a title that a group named before owns: "The group's leader", "militia's
    top commander" (an apposition, its article dropped)."""
    for p in phrases:
        m = _GROUP_POSSESSIVE.search(p.strip())
        if m is not None and _bare(m.group(1)).lower() in _TITLE_RUN_WORDS:
            return True
    return False


# A title owned by the body the sentence names before it: "Hamas said its commander X was killed".
_ITS_TITLE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*,?\s*$", re.I)
# A person identified as the one a report is about: "said he was X", "identified him as X".
_IDENTIFIED = re.compile(
    r"\b(?:said|confirmed|announced|added)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:he|she|the\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:was|is)\s+$"
    r"|\b(?:identified|named)\s+(?:him|her|the\s+[\w-]+(?:\s+[\w-]+)?)\s+as\s+$"
    # "the body was identified by members of the group as X": the identifier named after "by"
    r"|\b(?:identified|named)\s+(?:(?:him|her|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?by\s+(?:[\w’'-]+\s+){1,8}?as\s+$",
    re.I,
)
# Nouns for a member of an armed group, the one a group identifies ("the commander ... was X").
_MEMBER_NOUNS = frozenset("commander commanders fighter fighters member members militant militants operative operatives "
                          "leader leaders official officials chief".split())


def its_title(before: str) -> bool:
    """The words ``before`` a name end with a title owned by "its" or "their" ("said its commander",
    "their spokesman,")."""
    m = _ITS_TITLE.search(before)
    return m is not None and _bare(m.group(1)).lower() in _TITLE_RUN_WORDS


def identified_member(sentence: str, before: str) -> bool:
    """The name after ``before`` (the sentence's words up to it) is given as the identity of a
    group's member the ``sentence`` speaks of: "Hezbollah confirmed the death of the commander and
    said he was X", "The group identified the dead fighter as X", "The body was identified by
    members of the group as X"."""
    return _IDENTIFIED.search(before) is not None and any(
        _bare(w).lower() in _MEMBER_NOUNS for w in _TOKEN.findall(sentence))


# Nouns of a state's own bodies and people: "the Pakistani army", "Polish authorities".
_STATE_NOUNS = r"(?:army|military|armed\s+forces|security\s+forces|forces|troops|police|authorities|government|ministry|officials|navy|coast\s+guard|air\s+force)"


def state_country(text: str, gaz: Gazetteer) -> str:
    """The one country whose state bodies a text names, counted by a country's name, possessive
    or adjective right before a state's noun ("the Pakistani army", "Poland's police", "Polish
    authorities", ``_STATE_NOUNS``): the country named so at least twice and at least twice as often
    as any other; "" otherwise. A report that names one state's army, police and authorities and
    only another's name speaks from the first one's side: its bare offices are that state's."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for m in re.finditer(rf"\b([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)?)[ \t]+(?:[a-z-]+[ \t]+)?{_STATE_NOUNS}\b", text):
        c = gaz.country(_bare(m.group(1)))
        if c is None and " " in m.group(1):
            c = gaz.country(_bare(m.group(1).split()[-1]))  # "Sunday Polish police"
        if c is not None:
            counts[c.name] += 1
    return _dominant(counts, least=2, times=2)


def officials_countries(titled: list[list[str]], gaz: Gazetteer) -> set[str]:
    """The countries whose government the article's officials serve where it names their nation
    ("Ruritania's Prime Minister X"): a report names the nation once, at its first official, and
    leaves it off the next ones ("Defence Minister Y"), so one country here is that of its bare
    offices. ``titled``: for each person mention of the text, the phrases introducing it
    (``affiliation``'s input). Only phrases with a government office's title
    (``civil_national_title``) that name a country count."""
    found: set[str] = set()
    for phrases in titled:
        if not civil_national_title(phrases):
            continue
        got = affiliation(phrases, gaz)
        c = gaz.country(got) if got else None
        if c is not None:
            found.add(c.name)
    return found


_BODY_MODIFIERS = frozenset("foreign defence defense interior home justice health finance military armed national state federal".split())
_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople".split())


def spokes_title(phrases: list[str]) -> bool:
    """The phrases hold a spokesperson's title ("Spokeswoman", "a spokesman")."""
    return any(_bare(w).lower() in _SPOKES for p in phrases for w in _TOKEN.findall(p))


# Who speaks or works for one person: a spokesperson, a deputy, an aide ("her deputy, X").
_AIDE = r"(?:spokesman|spokeswoman|spokesperson|press\s+secretary|deputy|aide|adviser|advisor|chief\s+of\s+staff)"
_SPOKES_OF = re.compile(
    rf"\b(?P<pronoun>his|her)\s+(?:[\w-]+\s+)?{_AIDE}\s*,?\s*$|\b(?P<pronoun2>his|her)\s+(?:[\w-]+\s+)?(?:spokesman|spokeswoman|spokesperson|press\s+secretary)\b"
    rf"|\b{_AIDE}\s+(?:for|of|to)\s+(?:the\s+)?(?P<whom>[^,;:]+)",
    re.I,
)


def spokes_principal(phrases: list[str]) -> tuple[str, str] | None:
    """Whose spokesperson, deputy or aide a person is, when a person's: ("pronoun", "") for "his
    spokesperson X" or "her deputy, X" (the person named before; a deputy or aide only when the
    phrase ends with the title, just before the name), ("person", P) for "a spokesman for President Y" or "spokeswoman for
    the Secretary-General" (P: "President Y", "Secretary-General": a title, and maybe a name);
    None when the phrases name no spokesperson of a person (a body's: "spokesman for the ministry")."""
    for p in phrases:
        m = _SPOKES_OF.search(p)
        if m is None:
            continue
        if m.group("pronoun") or m.group("pronoun2"):
            return "pronoun", ""
        whom = m.group("whom").strip()
        words = [_bare(w) for w in _TOKEN.findall(whom)]
        if words and any(w.lower() in TITLE_WORDS for w in words) and not any(w.lower() in _STATE_BODIES for w in words):
            return "person", whom
    return None


def previous_body_country(text: str, start: int, gaz: Gazetteer) -> str:
    """The country of a state body that opens the sentence before the one at ``text[start]`` in
    the same paragraph ("Chile's foreign ministry denied it. Spokesman X said"): its spokesperson
    speaks for it. "" when that sentence opens with no country's body."""
    para = text.rfind("\n", 0, start) + 1
    here = max(text.rfind(". ", para, start), text.rfind("? ", para, start), text.rfind("! ", para, start))
    if here < 0:
        return ""
    prev = max(text.rfind(". ", para, here), text.rfind("? ", para, here), text.rfind("! ", para, here))
    words = _TOKEN.findall(text[prev + 2 if prev >= 0 else para : here])[:6]
    country = ""
    for i, w in enumerate(words):
        if w.lower() == "the" and i == 0:
            continue
        low = _bare(w).lower()
        if low in _STATE_BODIES:
            return country
        if not w[:1].isupper() and low not in _BODY_MODIFIERS:
            return ""
        c = gaz.country(_bare(w))
        country = country or (c.name if c is not None else "")
    return ""


_BODY_WORD = re.compile(r"\b(army|navy|military|police|coast\s+guard|air\s+force|armed\s+forces)\b", re.I)


def earlier_body_country(text: str, start: int, phrases: list[str], gaz: Gazetteer) -> str:
    """The country of the armed body a spokesperson's title names ("navy spokesperson X") as the
    article named it last before ``text[start]`` ("The Chilean navy said ... navy spokesperson X"):
    its spokesperson speaks for it. "" when the title names no body or no country's body of that
    kind comes before."""
    said = {re.sub(r"\s+", " ", m.group(1).lower()) for p in phrases for m in _BODY_WORD.finditer(p)}
    if not said:
        return ""
    found = ""
    for m in _BODY_WORD.finditer(text, 0, start):
        if re.sub(r"\s+", " ", m.group(1).lower()) not in said:
            continue
        before = re.search(r"((?:[A-Z][\w.’'-]*\s+){1,3})$", text[max(0, m.start() - 40) : m.start()])
        if before is None or "\n" in before.group(1):
            continue
        if (body := military_body(before.group(1) + m.group(1), gaz)) is not None:
            found = body[1]
    return found


def main_country(names: list[str], gaz: Gazetteer) -> str:
    """The country a text happens in, from its cities and regions (``names``: GPE and LOC entity
    texts; countries and nationalities are not counted: "drones over Danish airports ... Russia
    denied" happens in Denmark): the country of most of them when it has at least 3 and three times
    as many as any other, or two different places of one country when no other country is named
    (by place, name, nationality or capital), else ""."""
    from collections import Counter

    from .places import country_name, place

    names = without_lone_places(names, gaz)  # a militia named like a town abroad: no place of the story
    counts: Counter[str] = Counter()
    distinct: dict[str, set[str]] = {}
    named: set[str] = set()  # the countries named, by name, nationality or capital
    for n in names:
        if (k := gaz.country(n)) is not None:
            named.add(k.name)
            continue  # a country named is often the story's subject, not where it happens
        p = place(n, tuple(gaz.places))
        c = gaz.country(country_name(p.country)) if p is not None and p.kind in ("city", "region") and p.country else None
        if c is not None:
            counts[c.name] += 1
            distinct.setdefault(c.name, set()).add(p.name)
    top = counts.most_common(2)
    if top and len(top) == 1 and len(distinct[top[0][0]]) >= 2 and named <= {top[0][0]}:
        return top[0][0]  # two places of one country, no other country named ("Quetta", "Balochistan")
    return _dominant(counts, least=3, times=3)


def story_country(names: list[str], gaz: Gazetteer) -> str:
    """Where a text happens, for the people and groups it places there without a nationality:
    ``main_country`` of ``names`` (GPE, LOC and NORP entity texts), else the one country they
    name most, counting its name, nationality, capital and cities or regions alike: at least twice
    and three times as often as any other ("Mogadishu", "Somali" and one "German" -> Somalia);
    else ""."""
    from collections import Counter

    from .places import city_or_region_country

    names = without_lone_places(names, gaz)
    if (found := main_country(names, gaz)):
        return found
    counts: Counter[str] = Counter()
    for n in names:
        c = gaz.country(_bare(n))
        if c is None:
            c = city_or_region_country(n, gaz)
        if c is not None:
            counts[c.name] += 1
    return _dominant(counts, least=2, times=3)


# People of the place where a story happens, named by what they are or do there rather than by an
# office ("Villager X", "X, a resident", "a local militia leader", "the head of the town's ambulance
# service"): without a nationality of their own they are of the country the story happens in.
LOCAL_PEOPLE = frozenset(
    """
    villager villagers resident residents local locals witness witnesses eyewitness eyewitnesses
    survivor survivors farmer farmers fisherman fishermen herder herders shopkeeper shopkeepers
    trader traders vendor vendors elder elders teacher nurse medic medics paramedic paramedics
    rescuer rescuers neighbour neighbor neighbours neighbors militia militiaman militiamen fighter
    ambulance rescue townspeople tribesman tribesmen tribal chieftain village hamlet
    mother father widow son daughter brother sister husband wife cousin uncle aunt grandmother
    grandfather parent parents student students worker workers labourer laborer bystander
    bystanders passer-by victim victims
    """.split()
)
_CLAUSE_BEFORE = re.compile(r"[^.;:!?\n“”\"()]{0,100}$")
_WORDS_AFTER = re.compile(r"\s*,\s*([^,;:\n“”\"()]{3,90}?)\s*(?:[,;:)(\n]|\.(?:\s|$)|$)")


def local_person(text: str, start: int, end: int, phrases: list[str]) -> bool:
    """Whether a person named at ``text[start:end]`` is introduced as one of the people of the
    place (``LOCAL_PEOPLE``) by ``phrases`` (the words of the mention besides the name, the title
    run), the clause before the name ("Another villager, X, said") or the apposition after it ("X,
    an anti-coup fighter from the village,")."""
    before = _CLAUSE_BEFORE.search(text, max(0, start - 100), start)
    after = _WORDS_AFTER.match(text, end, min(len(text), end + 100))
    said = [*phrases, " ".join(_TOKEN.findall(before.group(0))[-6:]) if before else "", after.group(1) if after else ""]
    return any(_bare(w).lower() in LOCAL_PEOPLE for p in said for w in _TOKEN.findall(p))


# A state's bodies named without their nation ("the spokesperson for the military junta", "an army
# spokesman"): the state of the country the story happens in.
_NATIONLESS_BODIES = _STATE_BODIES | frozenset("junta regime".split())


def state_body_title(phrases: list[str]) -> bool:
    """The phrases give an official's title in a state's body without its nation ("the spokesperson
    for the military junta", "army spokesman")."""
    words = {_bare(w).lower() for p in phrases for w in _TOKEN.findall(p)}
    return bool(words & _NATIONLESS_BODIES) and bool(words & (OFFICIAL_NOUNS | TITLE_WORDS) - _NATIONLESS_BODIES)


def _dominant(counts, least: int, times: int) -> str:
    """The most counted name of ``counts`` (a Counter) when it is counted ``least`` times or more and ``times`` as often
    as the next one; "" otherwise (the text gives no one country clearly)."""
    top = counts.most_common(2)
    if not top or top[0][1] < least or len(top) > 1 and top[0][1] < times * top[1][1]:
        return ""
    return top[0][0]
