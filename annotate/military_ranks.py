"""Military ranks written before a name ("Lieutenant General X", "Brig Gen Y", "Colonel Z"): a
national office of a state's armed forces that does not say which state's. ``affiliation_of``
(annotate/actors.py) gives such an officer, when nothing else does, the state the report's bare
offices belong to (``ActorResolver.home_country_of``): "Israel's army chief vowed ... Lieutenant
General X said" is that army's officer."""

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
