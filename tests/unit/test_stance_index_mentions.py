"""A mention the actor index made where the model made no entity and the parse no clause
("Gendarmes said ...", "Officials also said ...") says its sentence as a named actor does. Invented
text; the analysis and the actor index are made by hand."""

from __future__ import annotations

from annotate.models import Analysis, Source
from annotate.nlp.stance import load_lexicon, suggest

TEXT = ("A bomb went off near the market of Torva on Friday.\n\n"
        "Gendarmes said two people were hurt in the blast. The district chiefs also said the road stays closed.\n")


def _suggested(index: dict[str, str]):
    sents, pos = [], 0
    for part in ("A bomb went off near the market of Torva on Friday.", "Gendarmes said two people were hurt in the blast.",
                 "The district chiefs also said the road stays closed."):
        pos = TEXT.index(part, pos)
        sents.append((pos, pos + len(part)))
    spans = {(TEXT.index(n), TEXT.index(n) + len(n)): aid for n, aid in index.items()}
    analysis = Analysis("s", "p", sentences=sents)
    found, _ = suggest(Source("s", "t.txt", TEXT), analysis, lambda s, e: spans.get((s, e)), load_lexicon())
    return {g.actor_id: TEXT[g.start : g.end] for g in found}


def test_a_mention_of_the_index_with_no_entity_is_reported_saying():
    got = _suggested({"Gendarmes": "torvan-gendarmerie", "district chiefs": "torvan-government"})
    assert got["torvan-gendarmerie"].startswith("Gendarmes said two people"), got
    assert got["torvan-government"].startswith("The district chiefs also said"), got


def test_no_mention_no_suggestion():
    assert _suggested({}) == {}
