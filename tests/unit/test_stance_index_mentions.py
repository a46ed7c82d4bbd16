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


APPOSED = ("Shells hit two villages near the border on Monday.\n\n"
           "The Marlow Institute for Peace, a Vienna-based monitor, said four farmers were killed in the shelling. "
           "Storms hit Vell, the capital, officials said.\n")


def _apposed():
    from annotate.models import Entity

    sents, pos = [], 0
    for part in ("Shells hit two villages near the border on Monday.",
                 "The Marlow Institute for Peace, a Vienna-based monitor, said four farmers were killed in the shelling.",
                 "Storms hit Vell, the capital, officials said."):
        pos = APPOSED.index(part, pos)
        sents.append((pos, pos + len(part)))
    names = {"Marlow Institute for Peace": ("ORG", "marlow-institute"), "Vell": ("GPE", "vell-government")}
    ents = [Entity(APPOSED.index(n), APPOSED.index(n) + len(n), lab, n) for n, (lab, _) in names.items()]
    spans = {(e.start, e.end): names[e.text][1] for e in ents}
    analysis = Analysis("s", "p", sentences=sents, entities=ents)
    found, _ = suggest(Source("s", "t.txt", APPOSED), analysis, lambda s, e: spans.get((s, e)), load_lexicon())
    return {g.actor_id: APPOSED[g.start : g.end] for g in found}


def test_a_name_with_a_description_in_apposition_before_said_is_the_one_saying():
    got = _apposed()
    assert got.get("marlow-institute", "").startswith("The Marlow Institute for Peace, a Vienna-based monitor, said"), got


def test_a_place_in_apposition_before_another_speaker_says_nothing():
    assert "vell-government" not in _apposed()


PLURAL = ("Floods cut the road to Vell on Monday.\n\n"
          "Officials warn that the river will rise again this week. The Tarn claim of a breach was denied.\n")


def _plural():
    sents, pos = [], 0
    for part in ("Floods cut the road to Vell on Monday.", "Officials warn that the river will rise again this week.",
                 "The Tarn claim of a breach was denied."):
        pos = PLURAL.index(part, pos)
        sents.append((pos, pos + len(part)))
    spans = {(PLURAL.index("Officials"), PLURAL.index("Officials") + len("Officials")): "vell-government",
             (PLURAL.index("Tarn"), PLURAL.index("Tarn") + len("Tarn")): "tarn-group"}
    analysis = Analysis("s", "p", sentences=sents)
    found, _ = suggest(Source("s", "t.txt", PLURAL), analysis, lambda s, e: spans.get((s, e)), load_lexicon())
    return {g.actor_id: PLURAL[g.start : g.end] for g in found}


def test_a_plural_subject_saying_in_the_present_says_the_sentence():
    assert _plural().get("vell-government", "").startswith("Officials warn that the river"), _plural()


def test_a_noun_after_a_name_is_no_verb_of_saying():
    assert "tarn-group" not in _plural()


def test_a_name_after_a_preposition_or_a_person_is_no_plural_subject():
    from annotate.models import Entity

    text = "Fighters loyal to the Tarn Front accuse each other of the raid. Rita Moss warn was the headline.\n"
    a, b = text.index("Tarn Front"), text.index("Tarn Front") + len("Tarn Front")
    c, d = text.index("Rita Moss"), text.index("Rita Moss") + len("Rita Moss")
    sents = [(0, text.index(" Rita")), (c, len(text) - 1)]
    ents = [Entity(a, b, "ORG", "Tarn Front"), Entity(c, d, "PERSON", "Rita Moss")]
    spans = {(a, b): "tarn-front", (c, d): "rita-moss"}
    found, _ = suggest(Source("s", "t.txt", text), Analysis("s", "p", sentences=sents, entities=ents),
                       lambda s, e: spans.get((s, e)), load_lexicon())
    assert found == [], found
