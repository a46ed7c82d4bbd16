"""Military ranks written before a name ("Lieutenant General X", "Brig Gen Y", "Colonel Z"): a
national office of a state's armed forces that does not say which state's. ``affiliation_of``
(annotate/actors.py) gives such an officer, when nothing else does, the state whose army chief the
text named just before (``chief_before``): "Ruritania's army chief vowed ... Lieutenant General X
said" is that army's officer. A bare rank in a story about one country stays unsaid (armies of
other states may fight there)."""

from __future__ import annotations

import re

_RANKS = frozenset(
    """
    general gen lieutenant lt lieut colonel col brigadier brig commodore admiral adm vice-admiral
    rear-admiral major-general lieutenant-general lieutenant-colonel field-marshal marshal
    """.split()
)
_TOKEN = re.compile(r"[\w’'-]+")


def rank_title(phrases: list[str]) -> bool:
    """Whether the phrases introducing a person (title run, apposition ...) hold an officer's rank:
    "Lieutenant General", "Brig Gen", "army commander Col." ("Secretary-General", "Attorney General"
    and "Governor-General" are civil offices, no rank)."""
    for p in phrases:
        words = [w.lower().rstrip(".") for w in _TOKEN.findall(p)]
        for i, w in enumerate(words):
            if w not in _RANKS:
                continue
            if w in ("general", "gen") and i > 0 and words[i - 1] in ("attorney", "solicitor", "inspector", "auditor", "consul", "postmaster"):
                continue
            return True
    return False


_CHIEF = re.compile(
    r"(?P<nation>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:armed\s+forces|army|military|defen[cs]e\s+forces)"
    r"\s+(?:chief(?:\s+of\s+staff)?|commander|head)\b")


def chief_before(text: str, start: int, gaz) -> str:
    """The country whose army chief ``text`` names by its possessive or adjective within the 400
    characters before ``start`` ("Ruritania's armed forces chief vowed ...", "the Ruritanian army
    chief"), the last such; "" when none."""
    found = ""
    for m in _CHIEF.finditer(text, max(0, start - 400), start):
        nation = m.group("nation").split()
        for k in range(len(nation)):
            c = gaz.country(re.sub(r"[’']s$", "", " ".join(nation[k:])))
            if c is not None:
                found = c.name
                break
    return found
