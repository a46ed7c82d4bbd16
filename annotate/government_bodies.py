"""Organisation names whose head makes them a state's government body, beyond the words
``actors._STATE_WORDS`` holds:

- an administration: "Federal Aviation Administration", "State Maritime Administration", "the
  Administration of Ports" (the head noun: the last word, or the word before "of"/"for");
- a state's security or state council, named with its country: "the Kelvan Security Council",
  "U.S. National Security Council", "the Tarkan State Council" (the UN's Security Council has no
  country before it and stays an organisation);
- a state's legislature (``legislature``): "the Zambian Parliament", "the National Assembly", "the Sejm";
- a body of prosecution, criminal investigation, prisons or customs (``justice_body``): "the
  Prosecutor-General's Office", "the Investigative Committee", "the Federal Penitentiary Service",
  "the National Crime Agency", "the Customs Service": a state's civil arm of the law, not its armed
  or police forces (which stay organisations), and not an international body ("the UN Office on
  Drugs and Crime").
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[A-Za-z]+")
# Head nouns of a government body's name that ``actors._STATE_WORDS`` does not hold.
_HEADS = frozenset({"administration"})
# Councils that are a state's executive bodies when a country's name or adjective is written before them.
_STATE_COUNCILS = frozenset({("security", "council"), ("state", "council")})


# Words of a body that prosecutes, investigates crimes, keeps prisons or guards customs.
_JUSTICE_WORDS = frozenset("""prosecutor prosecutors prosecution prosecutorial investigative investigation
    investigations penitentiary correctional corrections customs crime crimes""".split())
# Head nouns of such a body.
_BODY_HEADS = frozenset("office service committee agency bureau directorate department authority commission".split())
# Words of a body of several states or of the world, which no one state runs.
_INTERNATIONAL = frozenset("un international european eu interpol europol".split())


def justice_body(name: str) -> bool:
    """Whether ``name`` names a state's body of prosecution, criminal investigation, prisons or
    customs: a word of that work (``_JUSTICE_WORDS``) and a body's head noun (``_BODY_HEADS``), and
    no international word ("UN", "International", "European")."""
    low = [w.lower() for w in _TOKEN.findall(name)]
    words = set(low)
    if not words & _JUSTICE_WORDS or not words & _BODY_HEADS:
        return False
    return not words & _INTERNATIONAL and "united nations" not in " ".join(low)


# A state's legislature by its own name or head noun (a closed class): "the Zambian Parliament", "the
# National Assembly", "the Sejm", "the Diet". Not "Congress" (many parties are a "National Congress"),
# nor "the General Assembly" (the UN's).
_LEGISLATURE_NAMES = frozenset(
    """parliament senate diet duma knesset rada sejm majlis bundestag bundesrat riigikogu saeima seimas storting
    folketing riksdag eduskunta althing oireachtas dail sabor skupstina jatiya""".split())
_ASSEMBLY_KINDS = frozenset("national legislative federal constituent state people's peoples".split())
_SUPRANATIONAL = _INTERNATIONAL | frozenset("african arab andean pan latin asian nordic commonwealth mercosur world".split())


def legislature(name: str) -> bool:
    """Whether ``name`` names a state's legislature (``_LEGISLATURE_NAMES``, or "<national|legislative|...>
    Assembly", "House of Representatives/Commons/Lords", "Chamber of Deputies", "Lok/Rajya Sabha"),
    no international body ("the European Parliament", "the Pan-African Parliament")."""
    low = [w.lower() for w in re.findall(r"[A-Za-z’']+", name)]
    if not low or set(low) & _SUPRANATIONAL:
        return False
    text = " ".join(low)
    if low[-1] in _LEGISLATURE_NAMES or (len(low) >= 2 and low[-1] == "assembly" and low[-2].replace("’", "'") in _ASSEMBLY_KINDS):
        return True
    return bool(re.search(r"\b(?:house of (?:representatives|commons|lords)|chamber of deputies|(?:lok|rajya) sabha)$", text))


def government_body(name: str, national: bool) -> bool:
    """Whether the organisation named ``name`` (as written, without its country) is a government
    body by its head noun, a legislature included (``legislature``); ``national``: a country's name or
    adjective is written with it."""
    if legislature(name):
        return True
    low = [w.lower() for w in _TOKEN.findall(name)]
    if len(low) < 2:
        return False
    if any(w in _HEADS and (k == len(low) - 1 or low[k + 1] in ("of", "for")) for k, w in enumerate(low)):
        return True
    return national and tuple(low[-2:]) in _STATE_COUNCILS
