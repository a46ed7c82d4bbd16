"""The agents of passives: "both attacks were claimed by the Islamic Front", "the convoy was
ambushed by rebels of the Southern Army", "a drone launched by the militia". The one after "by"
did what the participle says; the parse's frames, which start from a subject, do not give it.
"""

from __future__ import annotations

import re

# A participle ("-ed", "-en" or a common irregular one), up to three words ("carried out",
# "reportedly carried out") and "by": the agent follows. An auxiliary before it is optional ("a drone
# launched by the militia").
_PASSIVE_BY = re.compile(
    r"\b(?P<verb>[A-Za-z]+(?:ed|en)|shot|struck|hit|fought|sunk|blown|overrun|slain|taken|held)"
    r"(?P<mid>(?:\s+(?:out|up|off|down|dead|jointly|reportedly|allegedly|apparently|also|later|deliberately))?)\s+by\s+",
)
# Where the agent's phrase ends: a mark, a relative word, or a preposition not followed by a name
# ("by rebels in the north", "by the militia, which ..."; not "by the Islamic Resistance in Iraq").
_AGENT_END = re.compile(r"[,;:.!?()“”\"—–]|\s(?:which|who|that|and|as)\s|\s(?:in|on|at|near|during|after|before|from|with|against|to|for|of)\s+(?!(?:the\s+)?[A-Z])")
MAX_AGENT_CHARS = 80


def passive_agents(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, int, int]]:
    """(participle start, participle end, agent phrase start, agent phrase end) character offsets
    of each passive with an agent in ``text[lo:hi]``: "were claimed by the Islamic Front" -> the
    participle "claimed" and the phrase "Islamic Front"; the phrase stops at a mark, a relative
    word or a preposition not followed by a name ("by rebels in the north" -> "rebels"; "by the
    Islamic Resistance in Iraq" whole)."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _PASSIVE_BY.finditer(text, lo, hi):
        start = m.end()
        stop = _AGENT_END.search(text, start, min(hi, start + MAX_AGENT_CHARS))
        end = stop.start() if stop else min(hi, start + MAX_AGENT_CHARS)
        if end > start:
            out.append((m.start("verb"), m.end("mid") if m.group("mid") else m.end("verb"), start, end))
    return out
