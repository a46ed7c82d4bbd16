"""A family name with its Arabic article, named alone after the full name ("al-Marwaa" after
"Rashid al-Marwaa"), is that person even when the model tags it an organisation; and a name
right after an outlet's noun ("state television Al-Rashidiya") is the outlet, no person."""

from __future__ import annotations

from .test_attribution import actor, analyse, who


def test_a_family_name_with_its_article_is_the_person_named_before():
    src, d = analyse(
        "Truce in Yemen\n\nADEN, July 14 (Reuters) - Yemeni Prime Minister Rashid al-Marwaa said on Sunday the truce would hold.\n\n"
        "\"We will protect every citizen,\" al-Marwaa said in a televised speech.\n\n"
        "Al-Marwaa later met tribal leaders in Marib.\n")
    assert who(d, src[0], "protect every citizen") == "Rashid al-Marwaa"
    a = actor(d, "al-Marwaa")
    assert a is not None and a.kind == "person" and a.name == "Rashid al-Marwaa"


def test_a_name_after_an_outlets_noun_is_the_outlet():
    src, d = analyse(
        "Truce in Yemen\n\nADEN, July 14 (Reuters) - The truce held on Sunday, state television Al-Rashidiya reported.\n\n"
        "Rashidiya said talks would resume on Monday.\n")
    labels = {e.text: e.label for e in d.analyses[src[0].id].entities}
    assert labels.get("Al-Rashidiya") == "ORG"
    a = actor(d, "Al-Rashidiya")
    assert a is None or a.kind != "person"
