"""A surname alone when the article names two people of that surname: the one named last before
it (invented sentences about conflicts of no tuning text)."""

from __future__ import annotations

from .test_attribution import analyse, who


def test_a_bare_surname_is_the_namesake_named_last_before_it():
    text = ("KHARTOUM — Fighting resumed on Monday. Army commander Ali Hassan met the UN envoy in Port Sudan.\n\n"
            'Rebel spokesman Omar Hassan said the group would not withdraw. "We will not stop," Hassan said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "We will not stop") == "Omar Hassan"


def test_the_order_decides_not_which_namesake_spoke_first():
    text = ("KHARTOUM — Rebel spokesman Omar Hassan said on Monday the group would hold its lines.\n\n"
            'Army commander Ali Hassan met the UN envoy in Port Sudan. "We will retake the bridge," Hassan said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "We will retake the bridge") == "Ali Hassan"


def test_a_surname_of_one_person_is_that_person():
    text = ("KHARTOUM — Army commander Ali Hassan met the UN envoy in Port Sudan on Monday.\n\n"
            '"We will not stop," Hassan said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "We will not stop") == "Ali Hassan"
