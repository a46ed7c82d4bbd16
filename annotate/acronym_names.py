"""The name an acronym is short for, when the article writes both without brackets: "The Belize
Defence Force said ... The BDF said" -> "Belize Defence Force". (A name spelt out in brackets,
"the Belize Defence Force (BDF)", is ``name_variants.acronym_definitions``'.)"""

from __future__ import annotations

import re

# A run of capitalised words, with "of", "and", "for", "the", "on", "in" inside it.
_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|on|in)\s+)*[A-Z][\w’'-]*)*")
_LINKS = frozenset("of and for the on in".split())


def spelt_out(acronym: str, text: str) -> list[str]:
    """The names in ``text`` whose initials spell ``acronym`` (two to seven capitals), each the
    shortest tail of a run of capitalised words that does ("THE Belize Defence Force" and "The
    Belize Defence Force" -> "Belize Defence Force"; "of", "and", "for", "the" are skipped), once
    each, in order; no name of one word, none that holds the acronym itself."""
    if not re.fullmatch(r"[A-Z]{2,7}", acronym):
        return []
    out: list[str] = []
    for m in _RUN.finditer(text):
        words = m.group(0).split()
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in _LINKS:
                continue
            tail = [w for w in words[k:] if w.lower() not in _LINKS]
            initials = "".join(w[0] for w in tail)
            if initials == acronym:
                name = re.sub(r"[’']s$", "", " ".join(words[k:]))
                if len(tail) >= 2 and acronym not in tail and name not in out:
                    out.append(name)
                break
            if len(initials) >= len(acronym):
                break
    return out
