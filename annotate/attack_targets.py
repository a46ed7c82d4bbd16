"""The country a group attacks, as the clause after its name says: "X fired rockets at an oil
terminal in <country>", "X attacked <nationality> ships". A group's target is never its own
country (a group named by its patron, "Iran-backed militants", has no country in its name, and
the story it happens in is often its target's).

The target is the first country named in the object of an attack verb (a closed class: "fired",
"launched", "attacked", "struck", "targeted", ...) that directly follows the group's name, up to
the first comma or the sentence's end: "attacked U.S. troops in Iraq" targets the United States,
not Iraq, where they are. Plain functions of strings and the gazetteer; no parse.
"""

from __future__ import annotations

import re

_VERBS = ("fired launched attacked struck hit targeted shelled bombed raided stormed ambushed "
          "seized hijacked rocketed besieged overran invaded").split()
# After the group's name: "have/had/also/reportedly" and the attack verb, then its object.
_ATTACK = re.compile(
    r"\s+(?:(?:have|has|had|also|again|reportedly|allegedly|repeatedly|on\s+\w+)\s+)*(?:" + "|".join(_VERBS)
    + r")\b(?P<object>[^,.;:\n“”\"]*)")
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}")


def targeted_country(text: str, end: int, gaz) -> str:
    """The country (its gazetteer name) that the clause after a group's name ending at ``end``
    attacks, "" when none: the first country, nationality or capital named in the object of an
    attack verb right after the name (module docstring)."""
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
