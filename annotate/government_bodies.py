"""Organisation names whose head makes them a state's government body, beyond the words
``actors._STATE_WORDS`` holds:

- an administration: "Federal Aviation Administration", "State Maritime Administration", "the
  Administration of Ports" (the head noun: the last word, or the word before "of"/"for");
- a state's security or state council, named with its country: "the Kelvan Security Council",
  "U.S. National Security Council", "the Tarkan State Council" (the UN's Security Council has no
  country before it and stays an organisation).
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Za-z]+")
# Head nouns of a government body's name that ``actors._STATE_WORDS`` does not hold.
_HEADS = frozenset({"administration"})
# Councils that are a state's executive bodies when a country's name or adjective is written before them.
_STATE_COUNCILS = frozenset({("security", "council"), ("state", "council")})


def government_body(name: str, national: bool) -> bool:
    """Whether the organisation named ``name`` (as written, without its country) is a government
    body by its head noun; ``national``: a country's name or adjective is written with it."""
    low = [w.lower() for w in _TOKEN.findall(name)]
    if len(low) < 2:
        return False
    if any(w in _HEADS and (k == len(low) - 1 or low[k + 1] in ("of", "for")) for k, w in enumerate(low)):
        return True
    return national and tuple(low[-2:]) in _STATE_COUNCILS
