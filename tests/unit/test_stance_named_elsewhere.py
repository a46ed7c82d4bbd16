"""A clause's agent the actor index left unresolved at its span is the actor another mention of the
article with the same proper name resolves ("KAFOR said ..." where "the head of KAFOR" is the
mission): its statement is the actor's. Invented text; the analysis and the actor index are made
by hand, so that the one span is unresolved as the index may leave it."""

from __future__ import annotations

from annotate.models import Analysis, Entity, Frame, Source
from annotate.nlp.stance import load_lexicon, suggest

TEXT = ("Gunmen attacked a convoy near the town of Vell on Tuesday.\n\n"
        "KAFOR said three other guards were hurt in the attack. Ada Marr, the head of KAFOR, visited the town.\n")


def _suggested(agent: str, resolved: dict[str, str]):
    """The suggestions for ``TEXT`` where the clause "<agent> said ..." has no actor at its agent's span
    and the last mention of each name of ``resolved`` is that actor's."""
    a = TEXT.index(agent)
    said = TEXT.index("said three")
    sent_end = TEXT.index("attack. Ada") + len("attack.")
    index = {(TEXT.rindex(n), TEXT.rindex(n) + len(n)): aid for n, aid in resolved.items()}
    entities = [Entity(a, a + len(agent), "ORG", agent)] + [Entity(s, e, "ORG", TEXT[s:e]) for s, e in index]
    frames = [Frame(a, a + len(agent), agent, "say", said, sent_end)]
    sents = [(0, TEXT.index("\n")), (a, sent_end), (sent_end + 1, len(TEXT) - 1)]
    analysis = Analysis("s", "p", sentences=sents, entities=entities, frames=frames)
    found, _ = suggest(Source("s", "t.txt", TEXT), analysis, lambda s, e: index.get((s, e)), load_lexicon())
    return found


def test_an_unresolved_agent_with_a_name_resolved_elsewhere_is_that_actor():
    found = _suggested("KAFOR", {"KAFOR": "kafor"})
    (g,) = [g for g in found if g.actor_id == "kafor"]
    assert g.label == "neutral" and TEXT[g.start : g.end].startswith("said three"), g


def test_another_name_resolved_elsewhere_gives_the_agent_no_actor():
    found = _suggested("KAFOR", {"Ada Marr": "ada-marr"})
    assert not any(TEXT[g.start : g.end].startswith("said three") for g in found), found
