"""People introduced by what they do in common nouns ("X, an organiser of the march,", "one of his
daughters, X") take the country their story happens in, as people introduced by a local occupation
do; a body's title in the possessive mid-clause ("the ELF's field commander, X") names the body
they speak for; "the deceased" list their victims. Invented sentences, the real spaCy model."""

from __future__ import annotations

import pytest

from annotate.described_roles import described_role
from annotate.owned_titles import owned_title_before
from annotate.victims import named_as_victim

from .test_attribution import actor, analyse

_CHAD = (
    "Gunmen attack power station in Chad\n\n"
    "Gunmen attacked a power station near Mongo in central Chad on Monday, killing four guards, Chadian "
    "officials said. Troops were sent from Abeche and N'Djamena.\n\n"
)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Zara Ulm, an organiser of the march, said it was peaceful.", "Zara Ulm", "an organiser of the march"),
    ("Among the dead was Piet Vos, a retired bus driver.", "Piet Vos", "a retired bus driver"),
    ("One of the family's lawyers, Ines Mol, spoke to reporters.", "Ines Mol", "One of the family's lawyers"),
    ("They held four aides, including one of his daughters, Lea Brandt, on Friday.", "Lea Brandt", "one of his daughters"),
])
def test_a_role_in_common_nouns_is_read(text, name, role):
    s = text.index(name)
    assert described_role(text, s, s + len(name)) == role


@pytest.mark.parametrize(("text", "name"), [
    ("Omar Dia, a senior Hamas official, said it was over.", "Omar Dia"),  # a named body: other rules
    ("Omar Dia, a member of the Taliban, said it was over.", "Omar Dia"),
    ("Omar Dia, who fled, said it was over.", "Omar Dia"),
    ("Omar Dia, a day after the vote, said it was over.", "Omar Dia"),
    ("Omar Dia said it was over.", "Omar Dia"),
])
def test_no_role_is_read_where_none_is_given_in_common_nouns(text, name):
    s = text.index(name)
    assert described_role(text, s, s + len(name)) == ""


def test_a_person_described_by_an_occupation_apposition_takes_the_story_country():
    _, d = analyse(_CHAD + "Moussa Abakar, an organiser of the night patrols, said the gunmen came on motorbikes.\n")
    a = actor(d, "Moussa Abakar")
    assert a is not None and a.affiliation == "Chad"


def test_an_analyst_described_so_is_not_given_the_story_country():
    _, d = analyse(_CHAD + "Moussa Abakar, a security analyst at a think tank, said the gunmen came on motorbikes.\n")
    a = actor(d, "Moussa Abakar")
    assert a is not None and a.affiliation == ""


@pytest.mark.parametrize(("text", "phrase"), [
    ("The truce was signed by the president and the ELF's field commander, Amos Tesfa, on Friday.", "the ELF's field commander"),
    ("It was agreed between the mayor and the Dockers Union's leader, Ruth Kamau, late on Monday.", "the Dockers Union's leader"),
    ("He came with his brother's friend, Tom Ri, later.", ""),  # no title
])
def test_a_bodys_title_in_the_possessive_before_the_name(text, phrase):
    name = text.split(", ")[1]
    assert owned_title_before(text, text.index(name)) == phrase


def test_a_commander_named_by_his_groups_possessive_title_is_the_groups():
    _, d = analyse(_CHAD + "Talks were held between the governor and the Northern Liberation Front's top commander, "
                           "Adoum Hissein, in Abeche.\n")
    a = actor(d, "Adoum Hissein")
    assert a is not None and "Northern Liberation Front" in a.affiliation


def test_the_deceased_are_victims():
    text = "Among the deceased was Karin Holm, who lived near the station."
    s = text.index("Karin Holm")
    assert named_as_victim(text, s, s + len("Karin Holm"))


def test_a_bare_minister_is_not_of_the_officials_named_only_after_him():
    # the one official with a nationality is the one he informed, named after him
    _, d = analyse(
        "Warship shadowed tanker near Tallinn, minister says\n\n"
        "Minister of Foreign Affairs Kalev Ilves said a warship had shadowed a tanker near the coast on Monday. "
        "Ilves said on Tuesday he had informed Canadian Foreign Minister Anita Rao of the incident.\n")
    a = actor(d, "Kalev Ilves")
    assert a is not None and a.affiliation != "Canada"
