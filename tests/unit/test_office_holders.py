"""People named only by a one-person office of a state ("the Chilean ambassador", "Peru's foreign
minister"): person actors of that country, never their government, and never where the article
names the holder. Invented sentences."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.office_holders import office_holders

from .test_attribution import actor, analyse


def _country_of(word: str):
    c = load_gazetteer().country(word.replace("’s", "").replace("'s", ""))
    return (c.name, c.adjective) if c else None


def test_an_ambassador_by_nationality_is_one_person_of_that_country():
    text = "Oslo expelled three diplomats, including the Estonian ambassador in Oslo, on Monday."
    (h,) = office_holders(text, [], _country_of)
    assert (h.name, h.country) == ("Estonian ambassador", "Estonia")


def test_a_possessive_country_and_a_ministry_word():
    text = "Uruguay's defence minister said the patrol boats would stay."
    (h,) = office_holders(text, [], _country_of)
    assert (h.name, h.country) == ("Uruguayan defence minister", "Uruguay")


def test_named_holders_spokespeople_and_former_holders_are_not_read():
    assert office_holders("The Estonian ambassador, Kadri Tamm, left.", [(25, 35)], _country_of) == []
    assert office_holders("Kadri Tamm, the Estonian ambassador, left.", [(0, 10)], _country_of) == []
    assert office_holders("The Estonian deputy foreign minister spoke.", [], _country_of) == []
    assert office_holders("The Estonian prime minister spoke.", [], _country_of) == []
    assert office_holders("The Estonian foreign ministry spokesperson spoke.", [], _country_of) == []


def test_the_office_an_office_holder_heads_is_no_person():
    """The seeds' "Russia's Prosecutor General's Office has designated ..." gave a person actor
    "Russian Prosecutor General": the office (a body) is not its holder."""
    assert office_holders("Uruguay's Prosecutor General's Office has opened a case.", [], _country_of) == []
    assert office_holders("The attorney general's office said so.", [], _country_of, ("Uruguay", "Uruguayan")) == []
    assert office_holders("The Estonian ambassador’s office was closed.", [], _country_of) == []


def test_a_bare_attorney_general_is_the_story_countrys():
    text = "Police arrested the general after the attorney general opened an inquiry."
    (h,) = office_holders(text, [], _country_of, ("Uruguay", "Uruguayan"))
    assert h.name == "Uruguayan attorney general"
    assert office_holders(text, [], _country_of) == []


def test_the_resolver_makes_the_holder_a_person_not_the_government():
    _, d = analyse("Latvia expelled two Belarusian diplomats on Friday, including the Belarusian ambassador in Riga. "
                   "\"We reject this,\" the Belarusian ambassador told reporters.")
    a = actor(d, "Belarusian ambassador")
    assert a is not None and (a.kind, a.affiliation) == ("person", "Belarus")
    gov = actor(d, "Belarus")
    assert gov is None or gov.kind == "government"


def test_a_name_in_the_clause_before_does_not_hold_the_office():
    text = "Police arrested Gen. Ivo Brandt, after the attorney general opened an inquiry."
    (h,) = office_holders(text, [(20, 31)], _country_of, ("Uruguay", "Uruguayan"))
    assert h.name == "Uruguayan attorney general"


def test_an_office_holder_is_found_by_the_countrys_name_too():
    _, d = analyse("Ferry talks stall\n\nEstonia's transport minister rejected the plan on Monday, while "
                   "Finnish officials in Helsinki asked for more time.\n")
    a = actor(d, "Estonian transport minister")
    assert a is not None and a.kind == "person" and a.affiliation == "Estonia"
    assert actor(d, "Estonia transport minister") is a
