"""Words that make a name with a country's army in it an armed group's own name.

"Colombia's National Liberation Army", "the Free Syrian Army", "the Irish Republican Army", "the
Revolutionary Armed Forces of Colombia" name a country and end in a body's noun, yet none is that
country's army: a word of a movement's name stands beside the nationality. A state army's name
holds only its nationality and determiners or "Royal", "National", "People's" ("the Royal Thai
Army", "the Korean People's Army"; "People's Liberation Army" is China's, in the alias file).
"""

from __future__ import annotations

# A closed class: the words movements put in their names, never a state army's (English).
_MOVEMENT_WORDS = frozenset(
    """
    liberation revolutionary revolution republican free popular independence salvation resistance
    patriotic islamic jihad mujahideen freedom insurgent rebel guerrilla maoist
    """.split()
)


def movement_name(words: list[str]) -> bool:
    """Whether the words of a name (as written, any case) hold a movement's word, so the name is an
    armed group's, not a state's body: ["Free", "Syrian", "Army"] -> True, ["National",
    "Liberation", "Army"] -> True; ["People's", "Liberation", "Army"] -> False (a state's name,
    "liberation" right after "People's"); ["Royal", "Thai", "Army"] -> False."""
    low = [w.lower().replace("’", "'") for w in words]
    for k, w in enumerate(low):
        if w not in _MOVEMENT_WORDS:
            continue
        if w == "liberation" and k > 0 and low[k - 1] in ("people's", "people", "peoples"):
            continue  # "People's Liberation Army": China's army
        return True
    return False



# The heads of a bare state body ("the army said", "the military said").
STATE_BODY_HEADS = frozenset("army military forces police navy".split())


def movement_words(words: set[str]) -> bool:
    """``movement_name`` for a name's lower-case words as a set ({"free", "syrian", "army"} -> True):
    "liberation" counts unless "people"/"people's" is among them."""
    hits = words & _MOVEMENT_WORDS
    if hits == {"liberation"} and words & {"people", "people's", "peoples"}:
        return False
    return bool(hits)


def not_the_state_body(head: str, candidates: list[tuple[int, str, set[str]]]) -> list[tuple[int, str, set[str]]]:
    """The (position, actor, words) candidates a bare "the <head>" may refer to, without movements
    named with a state body's noun when ``head`` is one: after "the National Liberation Army", "the
    army said" is the state's army (found later by the country), not the guerrillas'."""
    if head not in STATE_BODY_HEADS:
        return candidates
    return [c for c in candidates if not movement_words(c[2])]
