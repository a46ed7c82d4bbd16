"""People named as the victims of what the article reports ("The victims were named as X and Y";
"X was killed"; "A fourth man, X, was wounded"; "X had been abducted"): private people of the story,
whom the document-level back-off (``inferred_affiliation``) may give the country it happens in, as
it does people introduced by a local occupation or an age.

Only a person the article introduces with no title (a minister, a general or a commander who was
killed is still named by the office-title rules), named in a victim's construction: the subject of a
passive verb of harm (``HARM_VERBS``, a closed class), or a list introduced as the victims, the dead
or the wounded; and who never speaks in the article (a speaker may be anyone's: a foreign official
wounded on a visit)."""

from __future__ import annotations

import re

# Passive verbs of harm done to people (a closed class of news prose).
HARM_VERBS = ("killed", "wounded", "injured", "abducted", "kidnapped", "murdered", "slain", "shot", "shot dead",
              "stabbed", "beheaded", "hurt", "executed", "lynched", "tortured", "taken hostage", "found dead")
_HARM_RX = "|".join(re.escape(v) for v in sorted(HARM_VERBS, key=len, reverse=True))
# "X was killed", "X, 34, was wounded", "X, who was abducted"
_AFTER = re.compile(
    rf"\s*(?:,[^,.;\n]{{1,40}},)?\s*,?\s*(?:who\s+)?(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+"
    rf"(?:(?:also|later|fatally|seriously|critically|badly|slightly|reportedly|allegedly)\s+)?(?:{_HARM_RX})\b")
# "The victims were named as X, Y and Z"; "the dead included X"; "Among the wounded was X" (not "the
# dead rebel commander was X": a role between names no victim)
_LIST = re.compile(
    r"\b(?:victims?|dead|deceased|wounded|injured|killed|hostages?|casualties|abducted|kidnapped)"
    r"(?:\s+(?:were|was|are|is|have\s+been|had\s+been))?\s*(?:named\s+as|identified\s+as|included|including|were|was|are|is|:)\s*"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s*(?:,|and)\s*)*$")
# Words of harm done to people, anywhere in the name's sentence.
HARM_WORDS = frozenset(
    "killed wounded injured abducted kidnapped murdered slain shot stabbed beheaded hurt died dead deceased victim victims "
    "hostage hostages casualties body bodies funeral buried executed lynched tortured".split())
_WORD = re.compile(r"[A-Za-z]+")


def _armed_roles() -> frozenset[str]:
    from .national_groups import _SINGULAR, GROUP_HEADS

    return frozenset({*GROUP_HEADS, *_SINGULAR, "commander", "commanders", "leader", "suspect", "suspects",
                      "attacker", "attackers", "assailant", "assailants", "fighter", "fighters", "soldier"})


_ARMED_ROLES = _armed_roles()
_SAYS_AFTER = re.compile(r"\s*(?:,\s*)?(?:said|says|told|added|stated|explained|recalled|warned|wrote)\b")


def named_as_victim(text: str, start: int, end: int) -> bool:
    """Whether the person named at ``text[start:end]`` stands in a victim's construction, or in a
    sentence that speaks of harm done to people (``HARM_WORDS``) with no armed role before the name in
    it ("the dead rebel commander was X" names an enemy, not a victim; module docstring)."""
    if _AFTER.match(text, end) or _LIST.search(text[max(0, start - 160) : start]):
        return True
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    e = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    words = {w.lower() for w in _WORD.findall(text[s:e])}
    return bool(words & HARM_WORDS) and not {w.lower() for w in _WORD.findall(text[s:start])} & _ARMED_ROLES


def speaks_at(text: str, end: int) -> bool:
    """Whether a speech verb follows the name ending at ``text[:end]`` ("X said", "X, told ...")."""
    return _SAYS_AFTER.match(text, end) is not None
