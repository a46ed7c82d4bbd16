"""Who an unnamed speaker phrase stands for when the article names exactly one candidate.

News names a source once and then calls them by what they are: "FRUD spokesman Ali Daoud said
..." and later "“...,” a spokesman said"; "the Northern Liberation Front (NLF) seized ..." and
later "the rebels said ...". When the article names exactly one person holding that role
(``spokesman_referent``), exactly one person it calls the suspect or says was arrested ("Police
arrested Hugo Paredes ... The suspect told investigators": ``suspect_referent``) or exactly one
armed group (``collective_referent``), the phrase is theirs; with none or several, it stays
unnamed: never a wrong actor. ``without_leadership``
lets "the leadership of the X" speak as the X; ``unnamed_ministry`` lets "an unnamed Defence
Ministry official" speak as the ministry.

Pure functions on the text and entity offsets; :mod:`annotate.actors` calls ``stand_in``,
``without_leadership`` and ``unnamed_ministry``.
"""

from __future__ import annotations

import re

from .armed_group_names import movement_name
from .national_groups import INSURGENT_HEADS, INSURGENT_SINGULARS

# The roles a body speaks through (closed class).
_ROLE = r"spokes(?:man|woman|person)"
_UNNAMED_ROLE = re.compile(
    rf"^(?:(?:a|an|the|one|its|their)\s+)?(?P<pre>(?:[\w’'-]+\s+){{0,3}}?)(?P<role>{_ROLE})"
    r"(?:\s+(?:for|of)\s+(?P<post>.+))?$", re.I)
# Words that describe a body as an armed group (closed class; ``national_groups``' nouns): "a rebel spokesman".
_ARMED_DESCRIPTORS = INSURGENT_HEADS | INSURGENT_SINGULARS | frozenset("group movement militia front".split())
_DETERMINERS = frozenset("a an the one its their of for".split())
# "spokesman Ali Daoud", "spokesman, Ali Daoud,": a role noun right before a name.
_ROLE_BEFORE = re.compile(rf"{_ROLE}\s*,?\s*$", re.I)
# "Ali Daoud, a spokesman for the front": a role noun in an apposition right after a name.
_ROLE_AFTER = re.compile(rf"^\s*,\s+(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,4}}?{_ROLE}\b", re.I)
_CONTEXT = 80  # characters before a holder's name (and after it) where the body's words must be

# A definite collective noun for an armed group: "the rebels", "the rebel group".
_COLLECTIVE = re.compile(
    r"^the\s+(?:" + "|".join(sorted(INSURGENT_HEADS)) + "|"
    r"(?:" + "|".join(sorted(INSURGENT_SINGULARS)) + r")\s+(?:group|movement|alliance|coalition|fighters|forces|leadership|leaders)|"
    r"armed\s+(?:group|movement))$",  # never "the armed forces": a state's
    re.I)
# The nouns of an armed movement's own name ("Front for Change", "Martyrs Brigade").
_MOVEMENT_HEADS = frozenset("front movement brigade brigades militia militias mujahideen rebels insurgents".split())

# "the leadership of the X": the X speaks (closed class of a body's parts that speak for it).
_LEADERSHIP = re.compile(r"\b(?:the\s+)?(?:leadership|leaders|high\s+command|general\s+command|command|media\s+office|press\s+office)\s+of\s+(?=the\s+\S)", re.I)


def without_leadership(phrase: str) -> str:
    """``phrase`` with "the leadership of " (also "the leaders of", "the high command of", "the
    media office of") cut before "the X": "A statement by the leadership of the Kenyan-led
    coalition" -> "A statement by the Kenyan-led coalition". Unchanged otherwise, and where the
    part's noun ends a capitalised name ("the Southern Command of the Bolivian Army": a body's
    own name, which cut would leave "the Southern the Bolivian Army")."""
    for m in _LEADERSHIP.finditer(phrase):
        before = phrase[: m.start()].split()
        if before and before[-1][:1].isupper() and not m.group(0).lower().startswith("the"):
            continue
        return phrase[: m.start()] + phrase[m.end() :]
    return phrase


def _key(name: str) -> str:
    return re.sub(r"[’']s$", "", " ".join(name.split())).lower()


def _body_words(m: re.Match) -> list[str]:
    words = re.findall(r"[\w-]+", f"{m.group('pre') or ''} {m.group('post') or ''}")
    return [w.lower() for w in words if w.lower() not in _DETERMINERS and w.lower() != "s"]


def _holder_phrase(text: str, s: int, e: int) -> str:
    """The words that describe the holder named at ``text[s:e]``: its sentence from at most
    ``_CONTEXT`` characters before the name up to the name, and an apposition after it up to its
    closing comma or the sentence's end."""
    before = text[max(0, s - _CONTEXT) : s]
    before = re.split(r"[.!?\n]\s", before)[-1]
    after = re.match(r"[^.!?\n]*?,[^,.!?\n]*", text[e : e + _CONTEXT])
    return f"{before} {text[s:e]} {after.group(0) if after else ''}"


# "spokesman Ali Daoud": two to four capitalised words right after the role noun.
_NAME_AFTER_ROLE = re.compile(rf"\b(?i:{_ROLE}),?[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){{1,3}})")


def _untagged_holders(text: str, persons: list[tuple[int, int, str]], orgs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names right after a role noun ("spokesman Ali Daoud") that no PERSON or ORG entity of
    ``persons``/``orgs`` covers: the model did not know the name. (start, end, name)."""
    out = []
    for m in _NAME_AFTER_ROLE.finditer(text):
        s, e = m.span("name")
        if not m.group("name")[:1].isupper() or any(ps < e and s < pe for ps, pe, _ in persons) or any(os_ < e and s < oe for os_, oe in orgs):
            continue
        out.append((s, e, m.group("name")))
    return out


def spokesman_referent(text: str, start: int, end: int, persons: list[tuple[int, int, str]],
                       group_forms: tuple[str, ...] = (), orgs: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The span of the one person the article names as a spokesperson that the unnamed phrase
    ``text[start:end]`` ("a spokesman", "the rebel spokesman", "a spokesperson for the front")
    stands for, else None. ``persons``: (start, end, name) of the article's PERSON entities,
    sorted (with ``orgs``, the ORG entities' spans, names right after the role noun that the model
    tagged as neither count too, ``_untagged_holders``). A holder is a name right after the role
    noun ("spokesman Ali Daoud") or with it in an
    apposition ("Ali Daoud, a spokesman for ..."); every word of the phrase's body ("rebel",
    "front") must stand in that holder's own phrase (``_holder_phrase``), where a word that
    describes an armed group ("rebel", "group") is also matched by one of ``group_forms`` (the
    lower-cased name and acronym of the article's one armed group: "KCF spokesman X" is a
    "rebel spokesman"). Holders are one
    person when one's name ends the other's ("Daoud", "Ali Daoud"); two or more -> None."""
    m = _UNNAMED_ROLE.match(text[start:end].strip())
    if m is None or any(s < end and start < e for s, e, _ in persons):
        return None
    body = _body_words(m)
    found: list[tuple[int, int, str]] = []
    for s, e, name in [*persons, *_untagged_holders(text, persons, orgs)]:
        if not (_ROLE_BEFORE.search(text[max(0, s - 30) : s]) or _ROLE_AFTER.match(text[e : e + 80])):
            continue
        around = _holder_phrase(text, s, e).lower()
        if any(w[:5] not in around and not (w in _ARMED_DESCRIPTORS and any(f in around for f in group_forms)) for w in body):
            continue
        found.append((s, e, name))
    return _one_holder(found)



def _one_holder(found: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of the one person among ``found`` ((start, end, name) each; a name's longest
    mention stands for it, and a surname of a fuller name found is that person), or None
    when there are none or several."""
    holders: dict[str, tuple[int, int]] = {}
    for s, e, name in found:
        k = _key(name)
        if k not in holders or len(name) > holders[k][1] - holders[k][0]:
            holders[k] = (s, e)
    names = sorted(holders, key=len, reverse=True)
    distinct = [n for i, n in enumerate(names) if not any(o.endswith(" " + n) for o in names[:i])]
    return holders[distinct[0]] if len(distinct) == 1 else None

def _armed_groups(text: str, orgs: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The article's armed groups by their ORG entities (``orgs``: (start, end)): lower-cased
    name -> the span of its first mention, without a leading "the"."""
    groups: dict[str, tuple[int, int]] = {}
    for s, e in orgs:
        name = text[s:e]
        words = re.findall(r"[\w’'-]+", name)
        if not (movement_name(words) or any(w.lower() in _MOVEMENT_HEADS for w in words)):
            continue
        if (the := re.match(r"the\s+", name, re.I)) is not None:
            s, name = s + the.end(), name[the.end() :]  # the group's name, without the article
        k = _key(name)
        if not any(o.startswith(k) or k.startswith(o) for o in groups):  # "Front for Change" of "Front for Change and Concord"
            groups[k] = (s, e)
    return groups


def _group_forms(text: str, span: tuple[int, int]) -> list[str]:
    """The lower-cased forms the armed group named at ``span`` goes by: its name and the acronym
    written in brackets right after it ("Kivu Coastal Front (KCF)")."""
    forms = [text[span[0] : span[1]].lower()]
    if (br := re.match(r"\s*\((?P<a>[A-Z]{2,8})\)", text[span[1] : span[1] + 12])) is not None:
        forms.append(br.group("a").lower())
    return forms


def collective_referent(text: str, start: int, end: int, orgs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the one armed group the article names that "the rebels" (``text[start:end]``,
    a definite collective noun for an armed group: "the insurgents", "the rebel group") stands
    for, else None. ``orgs``: (start, end) of the article's ORG entities. An armed group's name
    holds a movement's word ("Liberation", "Revolutionary", ``armed_group_names``) or noun
    ("Front", "Brigade", "Militia"); a name that begins another ("Front for Change", "Front for
    Change and Concord") is the same group; an acronym alone is no named group. None when the
    article names no such group or several."""
    if _COLLECTIVE.match(text[start:end].strip()) is None:
        return None
    groups = _armed_groups(text, orgs)
    if len(groups) != 1:
        return None
    return next(iter(groups.values()))


# "the hackers", "the ransomware gang": a definite noun for a group of attackers on computers.
_HACKERS = re.compile(
    r"^the\s+(?:hackers|cybercriminals|cyber-criminals|extortionists|(?:hacker|hacking|ransomware|cybercriminal|cyber-criminal|cyber)\s+(?:group|gang|collective))$",
    re.I)
_CYBER = r"(?:hacker|hacking|cybercriminal|cyber-criminal|ransomware|cyber|extortion)"
_NAME = r"(?P<name>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})"
# How an article introduces a group of hackers by name: "the cybercriminal group Conti", "the Vexa
# ransomware gang", "Vexa, a hacker group".
_HACKER_NAMED = (
    re.compile(rf"\b{_CYBER}\s+(?:group|gang|collective|outfit|syndicate)\s+(?:(?:called|named|known\s+as)\s+)?{_NAME}"),
    re.compile(rf"\b{_NAME}\s+(?i:{_CYBER})\s+(?:group|gang|collective|outfit|syndicate)\b"),
    re.compile(rf"\b{_NAME},\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?i:{_CYBER})\s+(?:group|gang|collective|outfit|syndicate)\b"),
)


def hacker_referent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the one group of hackers the article names that "the hackers"
    (``text[start:end]``, also "the ransomware gang") stands for, else None: a name the article
    introduces with a word of computer crime and a group noun ("the cybercriminal group Conti",
    "Vexa, a ransomware gang"), its first such mention; None when it names none or several."""
    if _HACKERS.match(text[start:end].strip()) is None:
        return None
    found: dict[str, tuple[int, int]] = {}
    for rx in _HACKER_NAMED:
        for m in rx.finditer(text):
            name, at = m.group("name"), m.start("name")
            if (the := re.match(r"(?:The|A|An)(?:\s+|$)", name)) is not None:
                name, at = name[the.end() :], at + the.end()  # "The Vexa ransomware gang"
            if not name or at >= start:
                continue
            k = _key(name)
            if k not in found or at < found[k][0]:
                found[k] = (at, at + len(name))
    return next(iter(found.values())) if len(found) == 1 else None


# "the suspect", "the gunman", "the accused": the one a crime story is about, a person it names.
_SUSPECT_NOUNS = r"suspect|gunman|shooter|assailant|attacker|accused|defendant|detainee|killer|assassin|hijacker|bomber"
_SUSPECT = re.compile(
    rf"^(?:the|this)\s+(?:(?:alleged|suspected|accused|lone|arrested|detained|[\w-]+-year-old)\s+)?(?:{_SUSPECT_NOUNS})$"
    # "the 41-year-old man", "the arrested woman" (not a bare "the man": a witness may be one)
    r"|^(?:the|this)\s+(?:arrested|detained|suspected|[\w-]+-year-old)\s+(?:man|woman)$", re.I)
# What introduces a person as the suspect: the noun itself, or an arrest ("Police arrested a
# 41-year-old man, Taro Ono"; "Ono, who was detained at the scene"; "identified as Ono").
_SUSPECT_CUES = re.compile(
    rf"\b(?:(?:{_SUSPECT_NOUNS})s?|arrest(?:ed|ing)?|detain(?:ed|ing)?|apprehend(?:ed|ing)?|custody|charged|captured|"
    r"identified\s+(?:him|her|the\s+\w+)?\s*as|named\s+as)\b", re.I)


# "arrested Hugo Paredes", "suspect Hugo Paredes": a name right after the cue, which the model may not tag.
_NAME_AFTER_ARREST = re.compile(
    rf"\b(?:arrested|detained|apprehended|(?i:{_SUSPECT_NOUNS}))[ \t]+(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){{1,3}})\b")


_CUE_GAP_WORDS = 8  # at most this many words between the cue and the name ("arrested a 41-year-old man at the scene, X")
# A deed done TO the name between the cue and it: "the man arrested for stabbing former minister X",
# "the gunman fired five shots at the premier X", "detained over the killing of X": X is the victim.
_DEED_ON_NAME = re.compile(
    r"\b(?:stab|shoot|shot|fire[sd]?|firing|kill|murder|attack|assassinat|wound|assault|injur|kidnap|abduct|"
    r"target|strangl|beat(?:en|ing)?\b|hit\b|hitting|struck|rap(?:e|ed|ing)\b|tortur|threat)\w*", re.I)


def _introduced_as_suspect(text: str, s: int, e: int) -> bool:
    """The person named at ``text[s:e]`` is introduced as a suspect: a cue (``_SUSPECT_CUES``) in
    its sentence shortly before the name, with no quoted words and no deed done to the name between
    ("arrested X", "the suspect, X", "detained a man, identified as X"; not "arrested for
    stabbing minister X", "the gunman fired at the premier X": X is the victim), or in an apposition set off by a comma right
    after it (", who was detained at the scene"); not elsewhere in the sentence ("Chief X said
    officers arrested ...": X is not the one arrested)."""
    before = re.split(r"[.!?\n]\s", text[max(0, s - _CONTEXT) : s])[-1]
    cues = list(_SUSPECT_CUES.finditer(before))
    if cues:
        gap = before[cues[-1].end() :]
        if len(gap.split()) <= _CUE_GAP_WORDS and not any(q in gap for q in "“”\"") and not _DEED_ON_NAME.search(gap):
            return True
    after = re.match(r"\s*,\s*([^,.;:!?\n“”\"]{1,60})", text[e : e + _CONTEXT])
    if after is None or _SUSPECT_CUES.search(after.group(1)) is None:
        return False
    # ", who was stabbed by the suspect": the deed was done to the name.
    return not re.search(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?" + _DEED_ON_NAME.pattern, after.group(1), re.I)


def suspect_referent(text: str, start: int, end: int, persons: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of the one person the article names as the suspect that ``text[start:end]`` ("the
    suspect", "the gunman", "the 41-year-old suspect") stands for, else None. A candidate is a
    PERSON entity of ``persons`` (or a name the model left untagged right after "arrested" or
    "suspect") whose own phrase (``_introduced_as_suspect``: its sentence just before the name
    and an apposition after it) calls them so ("suspect Taro Ono", "Ono, the
    accused,") or tells their arrest ("Police arrested a man, Taro Ono"); names of one person
    ("Ono", "Taro Ono") count once; none or two or more -> None."""
    if _SUSPECT.match(text[start:end].strip()) is None or any(s < end and start < e for s, e, _ in persons):
        return None
    found: list[tuple[int, int, str]] = []
    blank = text[:start] + " " * (end - start) + text[end:]  # the phrase itself introduces no one
    untagged = [(m.start("name"), m.end("name"), m.group("name")) for m in _NAME_AFTER_ARREST.finditer(blank)
                if not any(ps < m.end("name") and m.start("name") < pe for ps, pe, _ in persons)]
    for s, e, name in [*persons, *untagged]:
        if not _introduced_as_suspect(blank, s, e):
            continue
        found.append((s, e, name))
    return _one_holder(found)


def stand_in(text: str, start: int, end: int, persons: list[tuple[int, int, str]], orgs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the named person or group the unnamed speaker phrase ``text[start:end]``
    stands for (``spokesman_referent``, ``suspect_referent``, ``collective_referent``, then
    ``hacker_referent``), else None."""
    groups = _armed_groups(text, orgs) if _UNNAMED_ROLE.match(text[start:end].strip()) else {}
    forms = tuple(_group_forms(text, next(iter(groups.values())))) if len(groups) == 1 else ()
    return spokesman_referent(text, start, end, persons, forms, orgs) or suspect_referent(text, start, end, persons) \
        or collective_referent(text, start, end, orgs) or hacker_referent(text, start, end)


# "an unnamed Defence Ministry official": someone who speaks for a ministry named in title case.
_UNNAMED_MINISTRY = re.compile(r"^(?:an?|one)\s+(?:unidentified|unnamed|anonymous)\s+(?:senior\s+)?(?P<body>(?:[A-Z][a-z]+\s+){1,2}Ministry)"
                               r"\s+(?:source|sources|official|officials)$", re.I)


def unnamed_ministry(phrase: str, gaz) -> str | None:
    """The ministry ("Defence Ministry") an unnamed source of it (``phrase``: "an unnamed Defence
    Ministry official", "an anonymous Interior Ministry source") speaks for, else None; also None
    when a word of it is a country or nationality ("an unnamed Russian Foreign Ministry official":
    the rules that place a nation's body decide). ``gaz``: the alias file (``gaz.country``)."""
    m = _UNNAMED_MINISTRY.match(phrase)
    if m is None or not all(w[:1].isupper() for w in m.group("body").split()):
        return None
    if any(gaz.country(w) is not None for w in m.group("body").split()[:-1]):
        return None
    return m.group("body")
