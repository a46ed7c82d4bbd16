"""The country a group fires at, as the clause after its name says: "X fired rockets at an oil
terminal in <country>", "X launched drones at <nationality> ships". A group's target is never its own
country (a group named by its patron, "Iran-backed militants", has no country in its name, and the
story it happens in is often its target's).

Only a ranged attack counts (a closed class of verbs: "fired", "launched", "rocketed", "shelled",
"bombed"): rockets, missiles and drones come from outside the country they hit, whereas a group that
"attacked a base in eastern X" acts on the ground in X, and may well be X's. The target is the first
country named in the verb's object, up to the first comma or the sentence's end: "fired rockets at
U.S. troops in Iraq" targets the United States, not Iraq, where they are. Plain functions of strings
and the gazetteer; no parse.
"""

from __future__ import annotations

import re

_VERBS = "fired launched rocketed shelled bombed".split()
# After the group's name: "have/had/also/reportedly" and the attack verb, then its object.
_ATTACK = re.compile(
    r"\s+(?:(?:have|has|had|also|again|reportedly|allegedly|repeatedly|on\s+\w+)\s+)*(?:" + "|".join(_VERBS)
    + r")\b(?P<object>[^,.;:\n“”\"]*)")
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}")


def targeted_country(text: str, end: int, gaz) -> str:
    """The country (its gazetteer name) that the clause after a group's name ending at ``end``
    fires at, "" when none: the first country, nationality or capital named in the object of a
    ranged attack's verb right after the name (module docstring)."""
    m = _ATTACK.match(text, end)
    if m is None:
        return ""
    for run in _NAME_RUN.finditer(m.group("object")):
        words = run.group(0).split()
        for n in range(len(words), 0, -1):  # "Saudi Arabia" before "Saudi"
            c = gaz.country(" ".join(words[:n]).removesuffix("’s").removesuffix("'s"))
            if c is not None:
                return c.name
    return ""
