"""The remit an office's title names after "of", "for" or "on": "Secretary of State",
"Minister for Foreign Affairs and Trade", "High Commissioner for Human Rights", "Special
Rapporteur on Torture". In English news such a title may stand alone or come before the
holder's name ("Secretary of State Blinken"), so the capitalised words after the preposition
begin with the remit and only what follows it can be a name.

A remit is written in words of a closed class: a government's portfolios (defence, interior,
foreign affairs, trade, health ...) and the mandates of international offices (human rights,
refugees, torture, disarmament ...), with "and" between two. ``after_remit`` takes the words up to the
last of that class off the front of a run of capitalised words ("Refugee Affairs"); a country or a place is taken off by the caller
(the gazetteer knows those: "Ambassador to France Kim").
"""

from __future__ import annotations

# Words of portfolios and mandates, lower case (a closed class; one list for all countries).
REMIT_WORDS = frozenset(
    """
    state defence defense foreign affairs home interior internal external justice finance
    treasury economy economic trade commerce industry health education security homeland
    intelligence human rights refugees migration immigration asylum torture war peace energy
    environment climate agriculture transport transportation labour labor employment culture
    information communications media commerce development planning water housing tourism sport
    sports youth women children family veterans public works national international cooperation
    relations disarmament humanitarian coordination minorities equality freedom expression
    religious religion indigenous borders border customs emergency emergencies disaster disasters
    relief reconciliation reunification unification integration european legal counsel law
    """.split()
)
# Joins two remits ("Foreign Affairs and Trade"; "&" as written).
_JOINERS = frozenset({"and", "&"})
# Prepositions that bring in a remit after a title.
REMIT_PREPOSITIONS = frozenset({"of", "for", "on"})
# Holders' words that take a remit but are not titles before a name ("Special Rapporteur on
# Torture", "Counter-terrorism Coordinator"): read here only before "of", "for" or "on".
REMIT_HOLDERS = frozenset("rapporteur coordinator adviser advisor czar tsar expert".split())


def titled_remit_before(toks: list[str], k: int, is_title) -> bool:
    """``toks[k:]`` comes right after "<title> of|for|on", with remits joined by "and" between
    ("Minister for Foreign Affairs and | Trade Penny Wong"): the capitalised words from ``k`` may
    begin with the title's remit. ``is_title(word)``: the caller's test of a title word."""
    j = k - 1
    while j >= 0 and toks[j].lower() in _JOINERS:
        j -= 1
        end = j
        while j >= 0 and toks[j].lower() in REMIT_WORDS:
            j -= 1
        if j == end:
            return False
    return j >= 1 and toks[j].lower() in REMIT_PREPOSITIONS and (is_title(toks[j - 1]) or toks[j - 1].lower() in REMIT_HOLDERS)


def after_remit(words: list[str]) -> list[str]:
    """``words`` (a run of capitalised words right after "<title> of|for|on") without the
    remit at its front: ["State", "Antony", "Blinken"] -> ["Antony", "Blinken"], ["Human",
    "Rights"] -> [] (the title's remit and no name)."""
    # Up to the last remit word among the first four ("Refugee Affairs", "Minority Rights"): a
    # remit may open with a word of its own subject, it ends in a word of the class.
    last = max((i for i, w in enumerate(words[:4]) if w.lower() in REMIT_WORDS), default=-1)
    return words[last + 1 :]
