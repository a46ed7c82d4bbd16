"""annotate.nlp.exercise_frame.in_exercise on parses of invented sentences."""

from __future__ import annotations

from annotate.nlp.exercise_frame import in_exercise
from annotate.nlp.pipeline import load_pipeline


def word(sentence: str, w: str):
    doc = load_pipeline()[0](sentence)
    return next(t for t in doc if t.text == w)


def test_rehearsed_and_during_drills_are_in_an_exercise():
    assert in_exercise(word("Fijian marines rehearsed amphibious raids on the beach.", "raids"))
    assert in_exercise(word("The Fijian drills included air strikes on mock targets.", "strikes"))


def test_a_strike_of_its_own_is_not():
    assert not in_exercise(word("Fijian jets struck a rebel camp near Suva on Monday.", "struck"))
    assert not in_exercise(word("Rebels raided a police post in Suva after the drills ended.", "raided"))
