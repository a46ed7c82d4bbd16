"""An acronym names a body only in the articles that say which (session 12): letters are short for
many names, so the "KBC" one article spells out as a Kenyan council is not the "KBC" of a
Peruvian story that never names Kenya; an unknown group stays of no country rather than of the
wrong one. Invented sentences, the real model."""

from __future__ import annotations

from annotate.alias_scope import acronym_written, foreign_acronym, is_acronym

from .test_attribution import analyse

BRACKETED = ("Council meets after attack\n\nThe Zambian Security Council (ZSC) met on Thursday after the attack, the "
             "interior minister said. The ZSC approved new measures for police.\n")
SPELT = ("Council meets after attack\n\nThe Zambian Security Council met on Thursday after the attack, the interior "
         "minister said. The ZSC said in a statement that it approved new measures for police.\n")
ELSEWHERE = ("Regional forces claim gains near Ayacucho\n\nThe ZSC said in a statement on Tuesday that its fighters had "
             "pushed back an assault by Peruvian troops. \"We will not retreat,\" the ZSC said.\n")


def _at(d, src, word):
    i = src.text.index(word)
    aid = d.actors.at(src.id, i, i + len(word))
    return d.actors.get(aid) if aid else None


def test_an_acronym_defined_in_one_article_names_the_body_there():
    _, d = analyse(BRACKETED)
    a = d.actors.get(d.actors.resolve("ZSC"))
    assert a is not None and a.affiliation == "Zambia", a


def test_the_same_letters_in_another_countrys_story_are_another_group():
    for first in (BRACKETED, SPELT):
        srcs, d = analyse(first, ELSEWHERE)
        there = _at(d, srcs[1], "ZSC")
        assert there is None or "Zambia" not in there.affiliation, (there.name, there.affiliation)
        aid = d.actors.resolve("ZSC")
        a = d.actors.get(aid) if aid else None
        assert a is None or "Zambia" not in a.affiliation, (a.name, a.affiliation)


def test_the_letters_and_their_name_in_one_article_stay_one_body_with_another_article_beside():
    srcs, d = analyse(SPELT, ELSEWHERE)
    here = _at(d, srcs[0], "ZSC")
    if here is not None:
        assert here.name == "Zambian Security Council"


def test_acronym_shapes():
    assert is_acronym("SSC") and is_acronym("the KDF") and is_acronym("DoD")
    assert not is_acronym("Army") and not is_acronym("Pakistan") and not is_acronym("A")
    assert acronym_written("SSC", "forces of the SSC-Khatumo administration")
    assert acronym_written("SSC", "the SSC’s leader")
    assert not acronym_written("SSC", "the SSCX group")


def test_an_acronym_of_another_country_is_followed_only_where_that_country_is_named():
    assert foreign_acronym("KBC", "Kenya", False, {"Peru"})
    assert not foreign_acronym("KBC", "Kenya", False, {"Peru", "Kenya"})
    assert not foreign_acronym("KBC", "Kenya", True, {"Peru"})  # the body is named there by its name
    assert not foreign_acronym("KBC", "", False, {"Peru"})  # a group of no known country
    assert not foreign_acronym("the army", "Kenya", False, {"Peru"})  # a description: ``foreign_description``'s
