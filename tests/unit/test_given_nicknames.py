"""A common English short form of a given name with the same family name is the same person."""

from __future__ import annotations

from annotate.given_nicknames import short_form_of, shortens

from .test_attribution import analyse, who


def test_short_forms_of_given_names():
    assert short_form_of("Bob", "Robert") and short_form_of("william", "Bill")
    assert shortens("Mike", "Michael") and not shortens("Michael", "Mike")
    assert not short_form_of("Amir", "Rami") and not short_form_of("Ed", "Edward")  # under three letters


def test_a_short_first_name_and_the_full_one_are_one_person_named_in_full():
    (src,), d = analyse(
        "“We will not back down,” Foreign Minister Robert Kessling said on Tuesday.\n"
        "Bob Kessling later told reporters that “the talks are over.”\n"
    )
    assert who(d, src, "back down") == who(d, src, "talks are over") == "Robert Kessling"
    assert d.actors.resolve("Bob Kessling") == d.actors.resolve("Robert Kessling") is not None


def test_a_short_form_of_another_name_is_another_person():
    (src,), d = analyse(
        "“We will not back down,” Senator Robert Kessling said on Tuesday.\n"
        "Tom Kessling, his brother, told reporters that “the talks are over.”\n"
    )
    assert d.actors.resolve("Tom Kessling") != d.actors.resolve("Robert Kessling")
