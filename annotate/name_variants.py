"""Keys under which two spellings of one name are the same actor's: a numbered military unit
("the 444 Brigade", "444th Combat Brigade"), an organisation in British or American spelling
("Defence Ministry", "Defense Ministry", "Ministry of Defence"), and a person's transliterated
name (family name without the Arabic article "al-"/"el-", given names joined: "Abdel Ghani
al-Rashid" and "Abdelghani Rashid").

Plain functions of strings; no model, no gazetteer.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .given_nicknames import short_form_of

from .text import norm_name

_WORD = re.compile(r"[\w’'-]+")
# A unit's number, with or without its ordinal suffix: "444", "444th", "5th".
UNIT_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")
# The nouns that end a numbered unit's name.
UNIT_NOUNS = frozenset("brigade battalion regiment division corps squadron fleet wing command group company".split())


def unit_key(name: str) -> tuple[str, str, str] | None:
    """("", "444", "brigade") for "the 444 Brigade", "444th Combat Brigade" or "444th Brigade's":
    the words before a unit's number (without "the": "Russian 5th Brigade" -> "russian", so that
    another army's 5th Brigade is another unit), the number, and the unit noun the name ends with.
    None when the name has no number before a last word that is a unit noun, or the number is a
    year ("2025 Group")."""
    words = [re.sub(r"[’']s$", "", w) for w in _WORD.findall(name)]
    if len(words) < 2 or words[-1].lower() not in UNIT_NOUNS:
        return None
    at = next((k for k, w in enumerate(words[:-1]) if UNIT_NUMBER.fullmatch(w)), None)
    if at is None:
        return None
    number = words[at]
    digits = re.match(r"\d+", number).group(0)
    if len(digits) == 4 and digits[:2] in ("19", "20") and digits == number:
        return None  # a year, not a unit's number
    owner = " ".join(w.lower() for w in words[:at] if w.lower() != "the")
    return owner, digits, words[-1].lower()


# British spellings and their American twins, as they appear in bodies' names.
_SPELLINGS = (
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\boffence\b"), "offense"),
    (re.compile(r"\bcentre\b"), "center"),
    (re.compile(r"\bprogramme\b"), "program"),
    (re.compile(r"\blabour\b"), "labor"),
    (re.compile(r"\bharbour\b"), "harbor"),
    (re.compile(r"\bneighbour"), "neighbor"),
    (re.compile(r"\b(arm|hon|col|fav|vig|val|rum|behavi|endeav|savi)our"), r"\1or"),  # "Armoured", "Honour Guard"
    (re.compile(r"\blicence\b"), "license"),
    (re.compile(r"\b(\w{3,})tre\b"), r"\1ter"),  # "Theatre", "Metre"; never "Notre"
    (re.compile(r"(\w{3,})isation\b"), r"\1ization"),
    (re.compile(r"(\w{3,})ise\b"), r"\1ize"),
)
_MINISTRY_OF = re.compile(r"^(ministry|department) of (?:the )?(\w+(?: affairs)?)$")


def spelling_key(name: str) -> str:
    """A body's name with American spelling and "Ministry of X" written "X ministry": "Defence
    Ministry", "Defense Ministry" and "Ministry of Defence" give one key ("defense ministry"); a
    name of two words or more before "Group" is the name without it ("Ras Kamboni Group" and
    "Ras Kamboni" give "ras kamboni")."""
    key = norm_name(name)
    for pattern, repl in _SPELLINGS:
        key = pattern.sub(repl, key)
    m = _MINISTRY_OF.match(key)
    if m is not None:
        key = f"{m.group(2)} {m.group(1)}"
    if key.endswith(" group") and len(key.split()) >= 3:
        key = key[: -len(" group")]  # "Ras Kamboni Group" is "Ras Kamboni" (not "Adani Group" -> "Adani")
    return key


_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ash|as|at|az|an|ar)-", re.I)


def family_key(family: str) -> str:
    """A family name without the Arabic article written with a hyphen: "al-Rashid" -> "rashid",
    "El-Masri" -> "masri"; others as they are (normalised)."""
    key = norm_name(family)
    bare = _ARTICLE.sub("", key)
    return bare if len(bare) >= 3 else key


def given_key(name: str, family_words: int = 1) -> str:
    """The given names of a full name joined, without spaces and hyphens: "Abdel Ghani al-Rashid"
    and "Abdel-Ghani Rashid" and "Abdelghani Rashid" -> "abdelghani". ``family_words``: how many
    last words are the family name."""
    parts = norm_name(name).split()
    return "".join(parts[: max(0, len(parts) - family_words)]).replace("-", "")


def close_family(a: str, b: str) -> bool:
    """Two family keys (``family_key``) that are one name spelt two ways: equal, nearly so
    (rapidfuzz ratio >= 88), or, from six letters on, one vowel apart ("dbeibah", "dbeibeh":
    ratio >= 85)."""
    if a == b:
        return True
    r = fuzz.ratio(a, b)
    return r >= 88 or min(len(a), len(b)) >= 6 and r >= 85


def close_given(a: str, b: str) -> bool:
    """Two joined given names (``given_key``) of one person: equal, nearly so ("mohamed",
    "mohammed"; ratio >= 75), or one empty (a surname alone). Nearly equal names that start
    with different letters are one only when longer and closer ("yevgeny", "evgeny"; "yulia",
    "julia"): "amir" and "rami" share their letters and are two names. A common English short
    form is the name it shortens ("mike", "michael"; ``given_nicknames.short_form_of``)."""
    if not a or not b or a == b or short_form_of(a, b):
        return True
    ratio = fuzz.ratio(a, b)
    return ratio >= 75 if a[0] == b[0] else ratio >= 80 and min(len(a), len(b)) >= 5


# Acronyms of the United Nations' missions and agencies that news writes without spelling them out.
UN_ACRONYMS = frozenset(
    """
    UNSMIL UNAMA UNAMI UNAMID UNIFIL UNMISS UNSOM UNTMIS UNMIK UNDOF UNFICYP UNTSO UNMHA UNMOGIP UNISFA
    UNMIL UNOCI UNMIT UNITAMS MONUSCO MONUC MINUSMA MINUSCA MINURSO MINUSTAH BINUH UNHCR UNICEF UNRWA
    UNDP UNFPA OCHA UNOCHA UNESCO UNODC UNOPS UNEP OHCHR UNHRC WFP
    UNSC UNGA ECOSOC FAO ICAO IFAD ILO ITU UNIDO UPU WMO WIPO UNWTO
    """.split()
)
# The UN's principal organs by the names they go by without "UN" (Charter, Article 7: the General
# Assembly and the Security Council are named so only with "UN" before them, ``_UN_NAME``), and its
# specialized agencies (UN Charter, Articles 57 and 63; the IMF and the World Bank group, which news
# treats as bodies of their own, are left out).
UN_NAMES = frozenset(
    " ".join(n.split()) for n in """
    international court of justice|trusteeship council|economic and social council
    |food and agriculture organization|food and agriculture organisation|international civil aviation organization
    |international civil aviation organisation|international fund for agricultural development
    |international labour organization|international labour organisation|international labor organization
    |international maritime organization|international maritime organisation|international telecommunication union
    |united nations educational, scientific and cultural organization|universal postal union
    |world meteorological organization|world meteorological organisation|world intellectual property organization
    |world intellectual property organisation|world tourism organization|world tourism organisation
    |united nations industrial development organization|world health organization|world health organisation
    |world food programme|world food program
    """.replace("\n", "").split("|")
) - {""}
_UN_NAME = re.compile(
    r"^(?:the\s+)?(?:United\s+Nations|UN|U\.N\.)\s+(?:(?:[A-Z][\w-]*|and|for|of|on|in)\s+)*?"
    r"(?:Mission|Office|Agency|Programme|Program|Fund|Force|Observers?|Commission|Envoy|Operation|Verification"
    r"|Council|Assembly|Court|Tribunal|Secretariat|Committee|Panel)\b"
    r"|^(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?:peacekeeping\s+|political\s+|observer\s+)?mission\b",
    re.I,
)


def un_body(name: str) -> bool:
    """A mission, office or agency of the United Nations by its name: one of ``UN_ACRONYMS``
    ("UNSMIL", "MONUSCO"), one of ``UN_NAMES`` (a principal organ or a specialized agency: "the
    International Court of Justice", "International Maritime Organization"), or "United Nations ...
    Mission/Office/Agency/Fund/Force/Council ..." ("the UN Support Mission in Libya", "the UN
    mission in South Sudan", "the UN Security Council"). Not "United Nations" itself."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return bare in UN_ACRONYMS or " ".join(bare.lower().split()) in UN_NAMES or _UN_NAME.match(bare) is not None


_DEFINED_AS = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|the|on|in)\s+)*){1,7}[A-Z][\w’'-]*)\s*(?:\(\s*|,\s+)([A-Z]{2,7})(?=\s*[),])")
_LINKS = frozenset("of and for the on in".split())


def acronym_definitions(text: str) -> list[tuple[str, str]]:
    """(acronym, name) for each place ``text`` spells an acronym out, in brackets or between
    commas: "the Coastal Guard Force (CGF)", "the Coast Guard Forces, CGF," -> ("CGF", "Coastal
    Guard Force"), ("CGF", "Coast Guard Forces"). The name is the shortest run of capitalised
    words before the acronym whose initials ("of", "and", "the"... skipped) spell it."""
    out: list[tuple[str, str]] = []
    if "(" not in text and "," not in text:
        return out
    for m in _DEFINED_AS.finditer(text):
        words, acr = m.group(1).split(), m.group(2)
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in _LINKS:
                continue
            initials = "".join(w[0] for w in words[k:] if w.lower() not in _LINKS)
            if initials == acr:
                out.append((acr, re.sub(r"[’']s$", "", " ".join(words[k:]))))
                break
            if len(initials) >= len(acr):
                break
    return out


def content_words(name: str) -> set[str]:
    """The lower-case words of a name without "of", "and", "the"...: {"stability", "support"}."""
    return {w.lower() for w in _WORD.findall(name) if w.lower() not in _LINKS}
