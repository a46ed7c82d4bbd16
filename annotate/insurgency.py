"""The country an armed group fights in, as the text says it: "X, which has waged an insurgency in
northeast Nigeria", "X has waged a three-decade insurgency in Turkey's largely Kurdish
southeast", "X has fought a guerrilla war against the Colombian state since 1964".

An insurgent group's affiliation is the country of its conflict (the labels' convention: the PKK
is Turkey's, the ELN Colombia's), which the story's own country need not be (Turkish strikes on the
PKK in northern Iraq). Only a war a group wages inside a state counts: an insurgency, a rebellion,
an uprising, a revolt, an insurrection, or an armed, guerrilla, separatist or civil war, struggle or
campaign, "in" a country or "against" a state's own government or state; a war "against Israel" or
"in Syria" may be one abroad, and says nothing.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

# A verb of waging, then the war: "has waged a three-decade insurgency", "led an armed rebellion",
# "has been fighting a separatist war", "launched its insurgency".
_WAGED = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:wag(?:ed|es|ing|e)|fought|fight(?:s|ing)?|led|lead(?:s|ing)?|launch(?:ed|es|ing)"
    r"|carr(?:ied|ies|y|ying)\s+out|conduct(?:ed|s|ing)?|pursu(?:ed|es|ing))\s+"
    r"(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:insurgency|insurgencies|rebellion|uprising|revolt|insurrection"
    r"|(?:armed|guerrilla|separatist|civil|secessionist)\s+(?:war|struggle|campaign|conflict))"
    r"\s+(?:(?P<in>in|inside|across|throughout)|(?P<against>against))\s+(?P<where>[^.;:!?\n]{1,60})",
    re.I,
)
_STATE_NOUNS = re.compile(r"\s*(?:state|government|authorities|regime)\b", re.I)
_TOKEN = re.compile(r"[\w’'.-]+")
# Lower-case words that may stand before the country: "in northeast Nigeria", "in Turkey's largely Kurdish southeast".
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest northeastern "
    "northwestern southeastern southwestern central far parts much".split())
# The clause after a group's name that says something of it: its relative clause or its own sentence.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"])[.!?](?:\s|$)|\n")


def _country_at(where: str, against: bool, gaz: Gazetteer) -> str:
    """The country ``where`` (the words after "in"/"against") starts with: "Turkey’s largely
    Kurdish southeast" -> Turkey, "northeast Nigeria" -> Nigeria, "the Colombian state" ->
    Colombia (after "against", only a state's own body: "the Colombian state", "the government of
    Peru"); "" otherwise."""
    words = _TOKEN.findall(where)
    k = 0
    if words and words[0].lower() == "the":
        k = 1
    if not against:
        while k < len(words) and words[k].lower() in _DIRECTIONS:
            k += 1
    for n in (3, 2, 1):
        chunk = " ".join(words[k : k + n])
        bare = re.sub(r"[’']s$", "", chunk)
        if not chunk[:1].isupper():
            continue
        c = gaz.country(bare)
        if c is None:
            continue
        if not against:
            return c.name
        rest = " ".join(words[k + n :])
        return c.name if _STATE_NOUNS.match(" " + rest) is not None else ""  # "against the Colombian state"
    if against and k + 3 <= len(words) and words[k].lower() in ("state", "government") and words[k + 1].lower() == "of":
        c = gaz.country(" ".join(words[k + 2 : k + 4])) or gaz.country(words[k + 2])
        return c.name if c is not None else ""  # "against the government of Peru"
    return ""


def insurgency_country(text: str, end: int, gaz: Gazetteer) -> str:
    """The country of the insurgency the group named right before ``text[end]`` wages, as the rest
    of its sentence says ("X, which has waged an insurgency in Mali since 2012", "X has led an armed
    rebellion against the Ugandan government"): the country's name, "" when the sentence says
    none."""
    stop = _SENTENCE_END.search(text, end)
    clause = text[end : stop.start() if stop else len(text)]
    m = _WAGED.search(clause)
    if m is None or not _OWN_CLAUSE.fullmatch(re.sub(r"\s*\([^()]*\)", "", clause[: m.start()])):
        return ""  # "X militants were killed; Turkey has waged ...": another's war
    return _country_at(m.group("where"), m.group("against") is not None, gaz)


# What may stand between the group's name and its war: nothing, its relative pronoun ("X, which
# since 2009 has waged"), or an apposition between commas ("X, considered a terrorist group by
# Turkey, has waged").
_OWN_CLAUSE = re.compile(r"\s*|\s*,\s*(?:which|who|that)\b[^,]*|\s*,[^;]*,\s*")


def insurgency_of(names: list[str], text: str, gaz: Gazetteer) -> str:
    """``insurgency_country`` after any place ``text`` writes one of a group's ``names`` (its name,
    its acronym, its aliases; whole words, with a capital): the first country found, "" when
    none."""
    for name in names:
        if not name[:1].isupper() or len(name) < 2:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if (c := insurgency_country(text, m.end(), gaz)):
                return c
    return ""
