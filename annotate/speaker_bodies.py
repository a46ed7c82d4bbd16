"""Speakers named by what they are rather than by name: "the army said", "the authorities said",
"The Hezbollah militia said", "the committee said", "the Civil Defence report said".

Pure functions on a phrase (and the article's text); :mod:`annotate.actors` turns their answers
into actors.

- ``known_body``: a phrase that holds an organisation of the alias file and otherwise only
  words of its own name or a generic word for its kind ("The Hezbollah militia", "Russia's SVR
  intelligence service", "The U.N. children's agency" when the alias file knows "UN children's
  agency") -> that organisation's canonical name.
- ``national_body``: a bare definite institution with no name or nationality ("the army", "the
  military", "the government", "the authorities", "police") -> what it is: "government" or an
  armed body ("army", "military", "navy", "police", "air force").
- ``body_country``: the country such a bare institution belongs to: the last country the
  article attached to the same kind of body before it ("the Chadian army ... the army said"),
  else the country the story happens in (``roles.story_country``), else "" (never a guess).
- ``same_head_antecedent``: "the committee" -> the latest fuller phrase before it with the same
  head noun ("The investigation committee").
- ``named_document``: "the Civil Defence report", "the Foreign Ministry statement" -> the issuer
  ("Civil Defence", "Foreign Ministry").
- ``company_named_after``: "the company" in a lead, before the article names any ("..., the
  company that owns the ship said. ... a statement by the owner company, Acme Shipping Ltd") ->
  the first company named after it.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

_TOKEN = re.compile(r"[\w.’'&-]+")
_POSSESSIVE = re.compile(r"[’']s$")

# Generic words for what an organisation is: "the Hamas movement" is Hamas.
GENERIC_KIND_NOUNS = frozenset(
    """
    militia militias movement group rebels rebel fighters insurgents organisation organization
    network faction party alliance outfit
    """.split()
)

# Bare institutions of a state, as a speaker ("the army said") -> their kind.
_NATIONAL = {
    ("government",): "government",
    ("authorities",): "government",
    ("army",): "army",
    ("military",): "military",
    ("armed", "forces"): "military",
    ("navy",): "navy",
    ("air", "force"): "air force",
    ("coast", "guard"): "coast guard",
    ("police",): "police",
    ("foreign", "ministry"): "foreign ministry",
    ("defence", "ministry"): "defence ministry",
    ("defense", "ministry"): "defence ministry",
    ("interior", "ministry"): "interior ministry",
    ("presidential", "office"): "presidential office",
}
# State bodies that speak for their government (their actor is the government).
GOVERNMENT_BODIES = frozenset("government|foreign ministry|defence ministry|interior ministry|presidential office".split("|"))


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _undotted(word: str) -> str:
    """"U.N." -> "UN", "U.S." -> "US"; other words unchanged."""
    return word.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", word) else word


def known_body(text: str, gaz: Gazetteer) -> str | None:
    """The alias file's organisation that ``text`` names with only its own words or a generic
    word for its kind around it: "The Hezbollah militia" -> "Hezbollah", "Russia's SVR
    intelligence service" -> "SVR" (when its entry's names hold "Intelligence Service"),
    "The U.N. children's agency" -> the entry whose alias is "UN children's agency". None when
    the phrase names no such organisation, a person, or something more ("the Hezbollah media
    office": an office of its own)."""
    words = _words(text.strip())
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    nation = gaz.country(_bare(words[0])) if words else None
    if nation is not None and len(words) > 1:
        words = words[1:]  # "Russia's FSB ...", "Lebanese Hezbollah ..."
    if not words or len(words) > 6:
        return None

    def other_country(entry) -> bool:  # "Chad's FSB": not Russia's FSB
        c = gaz.country(entry.affiliation) if nation is not None and entry.affiliation else None
        return c is not None and c.name != nation.name

    for cand in (words, [_undotted(w) for w in words]):
        canon = gaz.canonical(" ".join(cand))
        entry = gaz.entry(canon) if canon else None
        if entry is not None and entry.kind != "person" and gaz.country(canon) is None and not other_country(entry):
            return entry.name
    # An organisation at the front, then lower-case words only.
    for n in (3, 2, 1):
        if n >= len(words):
            continue
        head, rest = [_undotted(_bare(w)) for w in words[:n]], words[n:]
        if not head[0][:1].isupper() or any(not w.islower() for w in rest):
            continue
        canon = gaz.canonical(" ".join(head))
        entry = gaz.entry(canon) if canon else None
        if entry is None or entry.kind == "person" or gaz.country(canon) is not None or other_country(entry):
            continue
        own = {w.lower() for name in (entry.name, *entry.aliases) for w in _words(name)}
        rest_low = [_bare(w).lower() for w in rest]
        if all(w in own for w in rest_low) or len(rest_low) == 1 and rest_low[0] in GENERIC_KIND_NOUNS:
            return entry.name
        return None
    return None


def national_body(text: str) -> str | None:
    """What a bare definite state institution is: "the army" -> "army", "The authorities" ->
    "government", "police" -> "police", "the foreign ministry" -> "foreign ministry" (one of
    ``GOVERNMENT_BODIES``, which speak for their government); None for anything with a name, a nationality or another
    word ("the Malian army", "the army chief", "an army")."""
    words = [w.lower() for w in _words(text.strip())]
    if words and words[0] == "the":
        words = words[1:]
    elif words != ["police"]:
        return None
    return _NATIONAL.get(tuple(words))


# "an army spokesperson", "a police spokesman", "the military's spokeswoman", "a spokesman for the
# army", "the army statement": an unnamed spokesperson of a bare state institution, or its
# statement, speaks for it.
_SPOKES = r"(?:spokes(?:man|woman|person)|statement|communiqu[eé])"
_BODY_SPOKES = re.compile(
    rf"^(?:(?:a|an|the|one|another)\s+)?(?:(?P<pre>[a-z]+(?:\s+[a-z]+)?)(?:[’']s)?\s+{_SPOKES}"
    rf"|{_SPOKES}\s+(?:for|of)\s+the\s+(?P<post>[a-z]+(?:\s+[a-z]+)?))$",
    re.I,
)


def spokesperson_body(text: str) -> str | None:
    """What bare state institution an unnamed spokesperson phrase, or a statement, speaks for ("an
    army spokesperson" -> "army", "a spokesman for the police" -> "police", "the military's
    spokeswoman" -> "military", "the army statement" -> "army"), as ``national_body`` names it;
    None for a named or national one
    ("a Malian army spokesman": the military body rules name it) or any other phrase."""
    m = _BODY_SPOKES.match(text.strip())
    if m is None:
        return None
    return national_body("the " + (m.group("pre") or m.group("post")).lower())


_BODY_RX = {
    "government": r"government|authorities",
    "army": r"army",
    "military": r"military|armed\s+forces",
    "navy": r"navy",
    "air force": r"air\s+force",
    "coast guard": r"[Cc]oast\s+[Gg]uard",
    "police": r"police",
    "foreign ministry": r"foreign\s+ministry|ministry\s+of\s+foreign\s+affairs",
    "defence ministry": r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e",
    "interior ministry": r"interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior",
    "presidential office": r"presidential\s+office|presidency",
}


# One state's armed forces go by several names: "the Jordanian Armed Forces ... the army said".
_ARMED = r"[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces|[Dd]efen[cs]e\s+[Ff]orces"


def body_country(kind: str, text: str, start: int, gaz: Gazetteer, story: str) -> str:
    """The country a bare institution of ``kind`` (``national_body``) at ``text[start]`` belongs to:
    the country of the last body of that kind the article named with a country before it ("the
    Chadian army", "Chad's army", "the army of Chad"), else by a capitalised name ("the Chad
    National Police ... police said"); for "the army" or "the military", when no
    body of that kind was named so, the last armed forces named by another of their names ("the
    Jordanian Armed Forces ... the army said"), else the last soldiers named with a nationality
    ("a Peruvian soldier was killed ..., the army said"); else ``story`` (the country the story happens in,
    "" when unknown); "" when neither."""
    found = _named_body_country(_BODY_RX[kind], text, start, gaz)
    if not found:  # the body by its capitalised name: "the Nigeria Police Force ... police said"
        found = _named_body_country(f"(?i:{_BODY_RX[kind]})", text, start, gaz)
    if not found and kind in ("army", "military"):
        found = _named_body_country(_ARMED, text, start, gaz)
    if not found and kind in ("army", "military"):
        # "Smugglers killed a Peruvian soldier ..., the army said": the soldiers' country, when
        # named in this sentence or the one before (further back, with other countries named
        # between, whose army speaks is unsaid)
        found = _named_body_country(_SOLDIERS, text, start, gaz, since=_sentences_back(text, start, 2))
    return found or story


# Members of an armed force named by their nationality ("a Peruvian soldier", "Chilean troops").
_SOLDIERS = r"soldiers?|troops|servicem[ae]n|servicewom[ae]n|conscripts?"


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n")


def _sentences_back(text: str, start: int, n: int) -> int:
    """Where the sentence ``n - 1`` sentences before the one holding ``text[start]`` begins (n=1:
    this sentence's start); a line break ends a sentence too."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    return ends[-n] if len(ends) >= n else 0


def _named_body_country(body_rx: str, text: str, start: int, gaz: Gazetteer, since: int = 0) -> str:
    """The country of the last body matching ``body_rx`` named with a country in ``text[since:start]``, or ""."""
    # Capitalised words on one line, not across a sentence's end ("... from Syria. The army"):
    # a word holds a dot only as initials do ("U.S.").
    word = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w-]*)"
    rx = re.compile(rf"\b((?:{word}[ \t]+){{1,3}}|{word}[’']s[ \t]+)(?:{body_rx})\b")
    found = ""
    for m in rx.finditer(text, since, start):
        names = [_bare(w) for w in _words(m.group(1))]
        for a in range(len(names)):
            for b in range(len(names), a, -1):
                c = gaz.country(" ".join(names[a:b]))
                if c is not None:
                    found = c.name
                    break
            else:
                continue
            break
    return found


_GENERIC_HEADS = frozenset("group organisation organization".split())
_HEADS = frozenset("committee commission council panel board group organisation organization company firm agency".split())


def same_head(text: str) -> str | None:
    """The head noun of a bare definite body "the committee", "the group" (one of a few nouns
    for bodies that are not a state's), else None."""
    words = [w.lower() for w in _words(text.strip())]
    if len(words) == 2 and words[0] == "the" and words[1] in _HEADS:
        return words[1]
    return None


def generic_head(head: str) -> bool:
    """"group", "organisation": a word any organisation may be called, not a kind of body."""
    return head in _GENERIC_HEADS


def same_head_antecedent(head: str, text: str, start: int) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the latest phrase before ``start`` that names a body with the
    head noun ``head`` and more words: "the" and up to three words before the head ("The
    investigation committee", "the Tigris Water Committee"), capitalised words alone ("Tigris
    Water Committee"), the words after "a" ("a government committee" -> "government
    committee"), or the name such a phrase stands in apposition to ("Acme Freight, a logistics
    company" -> "Acme Freight"), within the article's previous 1500 characters; None when there is none."""
    rx = re.compile(rf"\b{head}s?\b", re.I)
    best = None
    for m in rx.finditer(text, max(0, start - 1500), start):
        words = list(re.finditer(r"[\w’'.-]+", text[max(0, m.start() - 60) : m.start()]))[-4:]
        base = max(0, m.start() - 60)
        if words and text[base + words[-1].end() : m.start()].strip():
            continue  # punctuation between: not one phrase
        at = None
        for k, w in enumerate(reversed(words)):
            low = w.group(0).lower()
            if low in ("the", "a", "an") and k > 0:
                named = _APPOSED_TO.search(text, max(0, base + w.start() - 80), base + w.start())
                if named is not None:  # "Acme Freight, a logistics company": the name
                    at, lo = -1, named.start(1)
                    for word in re.finditer(r"\S+", named.group(1)):
                        if not _MODIFIER_WORD.search(word.group(0)):
                            break
                        lo = named.start(1) + word.end() + 1  # "Chicago-based Acme": "Acme"
                    if lo < named.end(1):
                        best = (lo, named.end(1))
                elif low == "the":
                    at = base + w.start()
                else:  # "a government committee was formed": the words after the article
                    at = base + words[len(words) - k].start()
                break
            if low in _STOP or not (w.group(0)[:1].isupper() or w.group(0).isalpha()):
                break
            at = base + w.start() if w.group(0)[:1].isupper() else at
        if at is None or at == -1 or at >= m.start():
            continue
        phrase = text[at : m.start()].split()
        if not phrase or phrase[-1].lower() == "the":
            continue  # "the committee" itself
        best = (at, m.end())
    return best


# A name set off by a comma right before an apposition ("Acme Freight, a logistics company").
_APPOSED_TO = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*(?:\s+(?:&|of|[A-Z][\w’'.-]*)){0,5})\s*,\s*$")
_MODIFIER_WORD = re.compile(r"-(?:based|backed|led|run|owned|born|registered|headquartered)$", re.I)
_STOP = frozenset("a an this that these those its their his her our and or but said says of by to from with in on at as was were is are has had have".split())


_DOC_NOUNS = r"statement|communiqu[eé]|release|report|letter|notice|bulletin"
_NAMED_DOC = re.compile(rf"^(?:the|an?)\s+(?P<author>(?:[A-Z][\w’'.&-]*\s+){{1,5}})(?:{_DOC_NOUNS})$")


def named_document(text: str) -> str | None:
    """The issuer of a document named by its issuer's name before it: "the Civil Defence report"
    -> "Civil Defence", "the Foreign Ministry statement" -> "Foreign Ministry"; None otherwise
    (the issuer must be capitalised words: "the final report" has none)."""
    m = _NAMED_DOC.match(text.strip())
    return m.group("author").strip() if m else None


# Heads of a firm's description ("the company", "the firm").
COMPANY_HEADS = frozenset(("company", "firm"))
# How far ahead (characters) a lead's "the company" may be named.
_COMPANY_AHEAD = 1500
_NAME = r"[A-Z][\w&’'.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&’'.-]*){0,4}"
# A company named after what it is ("shipping company Acme Freight", "the owner company of the
# vessel, Acme Freight Ltd"), by a legal suffix ("Acme Freight Limited"), or before its
# description ("Acme Freight, a logistics company").
_COMPANY_NAMED = re.compile(
    rf"\b(?:company|firm)(?:\s+of\s+[^,.;:\n]{{1,60}},\s+|\s+)(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME}[ \t]+(?:Limited|Ltd|Inc|LLC|PLC|GmbH))\b"
    rf"|(?P<c>{_NAME}),\s+an?\s+(?:[\w-]+\s+){{0,3}}(?:company|firm)\b"
)


def company_named_after(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the first company the article names, when that is after
    offset ``start`` and within 1500 characters of it ("Acme Freight Limited", "company Acme
    Freight", "Acme Freight, a logistics company"): what a lead's "the company" stands for when
    nothing before names one; None when none is named there or one is named before ``start``."""
    for m in _COMPANY_NAMED.finditer(text, 0, min(len(text), start + _COMPANY_AHEAD)):
        g = next(k for k in ("a", "b", "c") if m.group(k))
        s, e = m.span(g)
        name = m.group(g)
        while e > s and text[e - 1] in ".’'":
            e -= 1  # the sentence's full stop, not an abbreviation's
        if text[e - 3 : e] in ("Inc", "Ltd", " Co") and text[e : e + 1] == ".":
            e += 1
        first = name.split()[0]
        if _MODIFIER_WORD.search(first) and len(name.split()) > 1:
            s += len(first) + 1  # "Chicago-based Acme": "Acme"
            first = text[s:e].split()[0]
        if first.lower() in ("the", "a", "an", "it", "its", "in", "on", "said", "says"):
            continue
        return (s, e) if s > start else None
    return None
