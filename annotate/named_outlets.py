"""An outlet named before the noun that says what it is, with its country before: "Iran's
semi-official Tasnim news agency", "Lebanon's al-Manar TV station", "the Kenyan Daily Nation
newspaper", "the state-run Mwana news agency". The speaker is the outlet (a state's or a
country's voice), not the government its country's name would otherwise make it."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

_OUTLET = re.compile(
    r"^(?:the\s+)?(?:(?P<nation>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)(?:[’']s)?\s+)?"
    r"(?P<kind>(?:semi-official|state-run|state-owned|state-backed|state|official|government-run|government-owned"
    r"|pro-government|independent|private|privately\s+owned)\s+)?"
    r"(?P<name>(?:(?:al|el|ad|ar|as|an)-)?[A-Z][\w’'-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w’'-]*){0,3})\s+"
    r"(?P<noun>news\s+agency|TV\s+station|TV\s+channel|television\s+(?:station|channel)|television|TV|broadcaster"
    r"|newspaper|daily|radio(?:\s+station)?|news\s+(?:website|site|portal|outlet|channel))$"
)


# The country's possessive or adjective and a state's word right before a mention that holds only the
# outlet's name and noun: "Iran’s semi-official" + "Fars news agency".
_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<nation>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?:[’']s)?\s+)?"
    r"(?P<kind>(?:semi-official|state-run|state-owned|state-backed|official|government-run|government-owned|pro-government)\s+)?$"
)


def named_outlet(mention: str, gaz: Gazetteer, before: str = "") -> tuple[str, str] | None:
    """(name, country) of the outlet a speaker's words name before the noun for an outlet
    ("Iran’s semi-official Tasnim news agency" -> ("Tasnim", "Iran"), "Lebanon’s al-Manar TV
    station" -> ("al-Manar", "Lebanon"); ``before``: the text before the mention on its line, whose
    last words may give the country: "Iran’s semi-official" + "Fars news agency"); the country ""
    when only a state's word says whose
    ("the state-run Mwana news agency": the story's); None when the words name no country and no
    state's outlet, or when the name is a country or a nationality ("the Iranian state
    television": no name)."""
    m = _OUTLET.match(mention.strip())
    if m is None:
        return None
    if before and m.group("nation") is None and m.group("kind") is None and not mention.lower().startswith("the "):
        b = _BEFORE.search(before[-60:])
        if b is not None and b.group(0).strip():
            return named_outlet(b.group(0) + mention.strip(), gaz)  # "Iran’s semi-official" + "Fars news agency"
    name, nation = m.group("name"), m.group("nation")
    if nation is not None and not nation.endswith(("’s", "'s")):
        # no possessive: the country's adjective is the first words of a run ("Zambian Daily Mail")
        words, nation = (nation + " " + name).split(), None
        name = " ".join(words)
        for k in (2, 1):
            if len(words) > k and gaz.country(" ".join(words[:k])) is not None:
                nation, name = " ".join(words[:k]), " ".join(words[k:])
                break
    country = gaz.country(re.sub(r"[’']s$", "", nation)) if nation else None
    if nation and country is None or gaz.country(name) is not None:
        return None  # "Western Mwana news agency"; "the Iranian television"
    if country is None and m.group("kind") is None:
        return None  # "the Mwana newspaper": an outlet cited as a source, no country's voice
    return name, country.name if country is not None else ""
