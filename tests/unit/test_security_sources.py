"""Unnamed people of a state's security apparatus in the plural ("Chadian security officials said",
"defence officials added") are one organisation of that country, not its government; one source,
government sources and a movement's officials are not read. Invented sentences."""

from __future__ import annotations

from annotate.security_sources import security_sources, speaking_security_sources

from .test_attribution import actor, analyse


def test_the_phrase_in_the_plural_with_or_without_a_country():
    assert security_sources("Chadian security officials") == ("Chadian", "security officials")
    assert security_sources("Kenya's military sources") == ("Kenya's", "military sources")
    assert security_sources("senior defence officials") == ("", "defence officials")
    assert security_sources("a security source") is None
    assert security_sources("Chadian government sources") is None


def test_speaking_without_a_quote():
    text = "Security officials said 19 were hurt. There were no deaths, defence officials added. Security officials are tired."
    assert [text[s:e] for s, e, _ in speaking_security_sources(text)] == ["Security officials", "defence officials"]


def test_the_resolver_makes_them_an_organisation_of_the_story_country():
    _, d = analyse("Gunmen attacked a checkpoint in northern Chad on Monday, killing six Chadian soldiers near Abeche. "
                   "Security officials said a further 19 people were injured.")
    a = actor(d, "Chadian security officials")
    assert a is not None and (a.kind, a.affiliation) == ("organization", "Chad")
