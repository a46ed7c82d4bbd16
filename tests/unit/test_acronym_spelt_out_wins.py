"""An acronym the article spells out names what the article says, even when the alias file
knows the same letters as another body: "the People Power Party (PPP)" of a Korean story is not
the alias file's Pakistan Peoples Party, and "a PPP spokesman" is that party's (a new user's
martial-law articles gave the Korean party's people Pakistan's). Invented sentences, the real
model."""

from __future__ import annotations

import pytest

from .test_attribution import analyse


def _at(d, src, word, after: str = ""):
    i = src.text.index(word, src.text.index(after) if after else 0)
    aid = d.actors.at(src.id, i, i + len(word))
    return d.actors.get(aid) if aid else None


@pytest.mark.parametrize("name, letters", [("People Power Party", "PPP"), ("Party of Independent Justice", "PIJ")])
def test_a_person_of_an_acronym_the_article_spells_out_is_of_the_body_it_names(name, letters):
    text = (f"Governing party splits over decree\n\nThe {name} ({letters}) called for calm on Monday in Valdoria. "
            f"\"The decree must be withdrawn,\" a {letters} spokesman, Tomas Reyes, said.\n")
    srcs, d = analyse(text)
    reyes = _at(d, srcs[0], "Tomas Reyes")
    assert reyes is not None and reyes.affiliation == name, reyes


def test_the_acronym_alone_names_the_body_the_article_spelt_out():
    text = ("Governing party splits over decree\n\nThe People Power Party (PPP) called for calm on Monday in Valdoria. "
            "Later the PPP said in a statement that its lawmakers would vote against the decree.\n")
    srcs, d = analyse(text)
    party = _at(d, srcs[0], "PPP", after="Later")
    assert party is not None and party.name == "People Power Party", party


def test_an_acronym_the_article_does_not_spell_out_keeps_the_alias_files_body():
    text = ("Opposition rallies in Karachi\n\nThe PPP held a rally in Karachi on Sunday. \"We will not back down,\" "
            "a PPP spokesman, Ali Raza, said.\n")
    srcs, d = analyse(text)
    raza = _at(d, srcs[0], "Ali Raza")
    assert raza is not None and raza.affiliation.startswith("Pakistan Peoples Party"), raza


def test_an_acronym_spelt_out_as_the_alias_files_own_name_is_that_body():
    text = ("Strikes on depots\n\nThe Islamic Revolutionary Guard Corps (IRGC) said on Monday that its depots were hit. "
            "\"We will answer,\" an IRGC spokesman, Reza Tavana, said.\n")
    srcs, d = analyse(text)
    guards = _at(d, srcs[0], "IRGC", after="an ")
    tavana = _at(d, srcs[0], "Reza Tavana")
    assert guards is not None and guards.name == "IRGC" and guards.affiliation == "Iran", guards
    assert tavana is not None and tavana.affiliation.split(", ")[0] in ("IRGC", "Islamic Revolutionary Guard Corps"), tavana
