"""People whose name the model began inside a title's hyphenated word ("... for Counter-" + "Terrorism
Ana Ruiz"). Invented sentences."""

from __future__ import annotations

from annotate.actors import hyphen_cut_names
from annotate.models import Entity

from .test_attribution import actor, analyse


def _person(text: str, words: str) -> Entity:
    i = text.index(words)
    return Entity(text=words, label="PERSON", start=i, end=i + len(words))


def test_a_titles_hyphenated_word_is_cut_off_the_name():
    text = "The EU Commissioner for Anti-Corruption Marta Holmberg Vik spoke."
    e = _person(text, "Corruption Marta Holmberg Vik")
    assert hyphen_cut_names(text, [e]) == {e.start: text.index("Marta")}


def test_a_hyphenated_given_name_stays_whole():
    text = "Officials said Jean-Pierre Mbala Kasongo was freed."
    assert hyphen_cut_names(text, [_person(text, "Pierre Mbala Kasongo")]) == {}


def test_the_person_is_named_without_the_titles_word():
    _, d = analyse("Sahel attacks\n\nSpeaking to the UN Security Council on Tuesday, UN Deputy Secretary-General for "
                   "Counter-Terrorism Tomas Arnason Berg warned of more attacks in Mali.\n")
    a = actor(d, "Tomas Arnason Berg")
    assert a is not None and a.kind == "person" and a.name == "Tomas Arnason Berg"
