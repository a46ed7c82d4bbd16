"""A nationality before an insurgent group noun ("Moldovan separatists") in a story of another
country names a people, not that state: no affiliation to it, nor the story's country. The
state's own forces keep it, and rebels of a story of their own country stay that country's.
Invented sentences, the real spaCy model."""

from __future__ import annotations

from .test_attribution import actor, analyse

_ABROAD = ("Riots spread in Belgium\n\n"
           "Rioters burned shops in Liege on Tuesday, Belgian police said. The interior minister, Paul Verlinden, "
           "accused Moldovan separatists of stoking the unrest in Belgium.\n\n")


def test_separatists_named_by_a_nationality_in_a_story_of_another_country_are_no_states():
    _, d = analyse(_ABROAD)
    a = actor(d, "Moldovan separatists")
    assert a is not None and a.kind == "organization" and a.affiliation not in ("Moldova", "Belgium")


def test_the_states_troops_and_rebels_at_home_keep_the_country():
    _, d = analyse(_ABROAD.replace("Moldovan separatists", "Moldovan troops"))
    assert actor(d, "Moldovan troops").affiliation == "Moldova"
    _, d = analyse("Moldovan rebels attacked a police post near Varenko in northern Moldova on Monday, Moldovan officials said. "
                   "The rebels withdrew into the forest, officials in Moldova said.\n")
    assert actor(d, "Moldovan rebels").affiliation == "Moldova"


def test_separatists_the_text_places_in_their_state_are_its():
    _, d = analyse(_ABROAD.replace("Moldovan separatists of", "Moldovan separatists in Moldova of"))
    assert actor(d, "Moldovan separatists").affiliation == "Moldova"
