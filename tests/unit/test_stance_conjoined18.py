"""Coordinated subjects the parse gives one agent of (session 16, invented sentences): an earlier
conjunct with its "of" phrase when the parse made the last one the subject ("President X of Kestria
and Tarsian counterpart Y agreed to meet"), and a later conjunct after a description in commas
("X, adviser to the prime minister, and rebel envoy Y signed the accord"); never a name that is the
object of another clause ("Rebels attacked President X and General Y said ..."). Emergency rule
named as a noun ("the introduction of martial law") is coercion as the verb is."""

from __future__ import annotations

import pytest

from .test_stance import suggested

_CALL = "President Sadyr Olmov of Kestria and Tarsian counterpart Emil Radan spoke by telephone on Friday and agreed to meet in May.\n"
_SIGNED = ("Following the envoy's remarks, Deputy Foreign Minister Ivo Hessel, adviser to Prime Minister Ana Ruiz, "
           "and rebel envoy Getan Rolf signed the peace agreement.\n")


@pytest.mark.parametrize("text,name", [(_CALL, "Sadyr Olmov"), (_CALL, "Emil Radan"), (_SIGNED, "Ivo Hessel"), (_SIGNED, "Getan Rolf")])
def test_each_conjunct_of_the_subject_is_an_agent(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "cautious", s


def test_the_object_of_another_clause_is_no_conjunct():
    s = suggested("Rebels in Kestria attacked President Ana Ruiz and General Ivo Hessel said the raid was a success.\n", "Ana Ruiz")
    assert s is None or "said" not in s.reason, s


def test_the_introduction_of_martial_law_is_coercion():
    s = suggested("President Ilse Marov proposed to parliament the introduction of martial law in the border provinces.\n", "Ilse Marov")
    assert s is not None and s.label == "hawkish" and "martial law" in s.reason, s
