"""PERSON entities that are common words the model capitalised ("Drones", "Gangs" at a sentence
start, a fragment "Anti-"): no person actor when the article writes the word in lower case
elsewhere. Invented sentences, the real spaCy model where it tags such a word."""

from __future__ import annotations

from annotate.common_noun_persons import common_noun_persons, cut_at_hyphen
from annotate.models import Entity

from .test_attribution import analyse


def _person(text: str, name: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), "PERSON", name)


def test_a_capitalised_common_word_written_lower_case_elsewhere_names_no_one():
    text = "Raiders crossed at dawn. Five raiders were held by the border police.\n"
    assert common_noun_persons(text, [_person(text, "Raiders")]) == [(0, 7)]
    text = "Mortars hit the market. A mortar also fell near the school.\n"  # the singular counts
    assert common_noun_persons(text, [_person(text, "Mortars")]) == [(0, 7)]


def test_a_surname_that_is_also_a_common_word_stays_a_person():
    # named whole once ("Lena Baker"), or after an honorific: a person, though "baker" is a word
    text = "Lena Baker, the mayor, spoke. Baker said the baker's shop was shelled.\n"
    ents = [_person(text, "Lena Baker"), _person(text, "Baker", 1)]
    assert common_noun_persons(text, ents) == []
    text = "Mr Hunter said the hunter was shot near Tuzla.\n"
    assert common_noun_persons(text, [_person(text, "Hunter")]) == []
    # never written in lower case: no evidence it is a common word
    text = "Osei said the convoy was hit near Tamale.\n"
    assert common_noun_persons(text, [_person(text, "Osei")]) == []


def test_a_fragment_or_a_lower_case_word_is_no_name():
    text = "The Anti-\nCorruption Bureau said the “gatos” fired first.\n"
    ents = [_person(text, "Anti-"), _person(text, "gatos")]
    assert common_noun_persons(text, ents) == [(ents[0].start, ents[0].end), (ents[1].start, ents[1].end)]
    # a text that writes every name in lower case: a lower-case name is still a name
    text = "police said amir haidari was held in herat.\n"
    assert common_noun_persons(text, [_person(text, "amir haidari")]) == []


def test_drones_and_gangs_at_a_sentence_start_are_no_person_actors():
    for word in ("Drones", "Gangs"):
        srcs, d = analyse(
            f"{word} launch fresh attack on gomas outskirts\n"
            f"{word} launched a fresh attack on the outskirts of Goma early Tuesday, the army said. "
            f"Residents said the {word.lower()} fled east.\n"
        )
        ents = d.analyses[srcs[0].id].entities
        assert any(e.label == "PERSON" and e.text == word for e in ents), "the model no longer tags it: the test says nothing"
        assert not [a.name for a in d.actors.actors.values() if a.kind == "person"], word


def test_a_fragment_cut_at_its_hyphen_is_no_name():
    assert cut_at_hyphen("Pro-") and cut_at_hyphen("Anti-") and cut_at_hyphen("Anti-’s") and cut_at_hyphen("Ultra–")
    assert not cut_at_hyphen("Ana Ruiz") and not cut_at_hyphen("Jean-Luc Ponte") and not cut_at_hyphen("")
    text = "Pro- government crowds marched. The crowd was large.\n"
    assert common_noun_persons(text, [_person(text, "Pro-")]) == [(0, 4)]
