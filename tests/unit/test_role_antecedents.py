"""A speaker named again by the role the article introduced them with ("A teacher, X, ... the
teacher added:"), and "the source" for the last person introduced so. Invented sentences."""

from __future__ import annotations

from annotate.role_antecedents import role_antecedent

from .test_attribution import analyse, quote, who


def _name(text: str, phrase: str) -> str | None:
    at = text.index(phrase)
    span = role_antecedent(phrase, text, at)
    return text[span[0] : span[1]] if span else None


def test_the_role_is_the_name_introduced_with_it():
    text = "A teacher, Marta Okonjo, said the gunmen came at dawn. Later the teacher said more."
    assert _name(text, "the teacher") == "Marta Okonjo"
    text = "Ivo Brandt, a local farmer who saw the raid, said little. The farmer then spoke again."
    assert _name(text, "The farmer") == "Ivo Brandt"


def test_the_source_is_the_last_person_introduced_by_a_role():
    text = "A nurse, Lena Varga, spoke first. One resident, Omar Saleh, disclosed the toll. The source added more."
    assert _name(text, "The source") == "Omar Saleh"


def test_another_role_or_no_introduction_is_nobody():
    text = "A teacher, Marta Okonjo, said the gunmen came at dawn. Later the farmer said more."
    assert _name(text, "the farmer") is None
    assert _name("The farmer said the river rose.", "The farmer") is None
    assert role_antecedent("a teacher", "A teacher, Marta Okonjo, said it. a teacher", 40) is None


def test_the_quotes_of_the_role_are_the_persons():
    text = ('Gunmen raided a school in Dorva on Monday and abducted several pupils.\n\n'
            'A teacher, Marta Okonjo, disclosed that the gunmen arrived at dawn.\n\n'
            'The Valley Courier quoted the teacher as saying:\n\n'
            '"The attack has frightened every family in the town. We are now in mourning."\n\n'
            'The source added:\n\n'
            '"The headmaster was shot as he tried to protect the pupils."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "frightened every family") == "Marta Okonjo"
    assert who(d, srcs[0], "headmaster was shot") == "Marta Okonjo"
    assert quote(d, srcs[0], "headmaster was shot").speaker.text == "The source"
