"""Bare national offices in wire copy filed from one of the countries the story is about. Invented
sentences, the real spaCy model."""

from __future__ import annotations

from annotate.dateline_offices import wire_dateline_place

from .test_attribution import actor, analyse


def test_the_place_of_a_wire_dateline():
    assert wire_dateline_place("Headline here\n\nLA PAZ, March 3 (Reuters) - Bolivia said ...") == "LA PAZ"
    assert wire_dateline_place("Headline here\n\nBolivia said on Monday that ...") == ""


_STORY = (
    "Bolivia accuses Peru of border incursion\n\n"
    "{dateline}, March 3 (Reuters) - Bolivia accused Peru on Tuesday of sending troops across the border near "
    "Desaguadero, as Bolivian police reported two officers wounded.\n"
    "Information Minister Jorge Quiroga told reporters the government had protested to Lima. Peru's foreign "
    "ministry denied any incursion.\n"
)


def test_a_bare_office_in_a_report_filed_from_one_of_two_countries_is_that_countrys():
    _, d = analyse(_STORY.format(dateline="LA PAZ"))
    a = actor(d, "Jorge Quiroga")
    assert a is not None and a.affiliation == "Bolivia"


def test_a_report_filed_from_a_third_country_leaves_the_bare_office_unsaid():
    _, d = analyse(_STORY.format(dateline="SANTIAGO"))
    a = actor(d, "Jorge Quiroga")
    assert a is not None and a.affiliation not in ("Chile", "Bolivia")
