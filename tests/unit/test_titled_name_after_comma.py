"""A name set off by commas right after a phrase headed by a person's title ("Ruritania's
ambassador to the UN, Vasily Petrov, said") is a person even where the model tags it an
organisation: then he is an actor, and "he told Council members" after his quote is his, not
the only other person named near it (a new user's UN envoy was left out and his words given to
the journalist he praised). Invented text."""

from __future__ import annotations

from .test_attribution import analyse

TEXT = """Envoy calls for inquiry into harbour blast

At the meeting, Ruritanian ambassador to the UN, Vasily Nebenzya, said that his government was requesting an independent investigation.

Nebenzya also referred to the recent report by the journalist Tomas Varga, in which the port authority is accused of negligence. “This journalist is telling the truth,” he told Council members.
"""


def test_a_name_between_commas_after_a_title_is_a_person_and_speaks():
    srcs, d = analyse(TEXT)
    a = d.analyses[srcs[0].id]
    assert ("Vasily Nebenzya", "PERSON") in {(e.text, e.label) for e in a.entities}
    q = next(q for q in a.quotes if "telling the truth" in q.text)
    assert d.actors.get(q.actor_id).name == "Vasily Nebenzya"


def test_no_title_before_the_comma_makes_no_person():
    srcs, d = analyse("Talks resume in Korvan\n\nIn the capital, Harbour Holdings, the port operator, said trade would resume.\n")
    a = d.analyses[srcs[0].id]
    assert ("Harbour Holdings", "PERSON") not in {(e.text, e.label) for e in a.entities}
