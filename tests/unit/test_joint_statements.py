"""A joint statement's quotes are the joint group's, never its first-named signatory's alone."""

from __future__ import annotations

from .test_attribution import analyse, quote


def _speaker(d, src, fragment):
    return d.actors.get(quote(d, src, fragment).actor_id)


def test_a_joint_statement_of_listed_countries_is_the_joint_group_s():
    (src,), d = analyse(
        "Norway, Sweden and Denmark said in a joint statement on Monday that “the attack on the ferry is unacceptable.”\n"
        "Norwegian Prime Minister Lars Eide had spoken with the Latvian leader earlier.\n"
    )
    a = _speaker(d, src, "attack on the ferry")
    assert a is not None and a.kind == "group" and a.affiliation == ""
    assert a.name == "Norway, Sweden and Denmark"


def test_a_joint_declaration_of_ministers_of_listed_countries_is_the_joint_group_s():
    (src,), d = analyse(
        "In a joint declaration, the foreign ministers of Chile, Peru and Bolivia said “the blockade must end.”\n"
        "Chilean Foreign Minister Rosa Vidal added that “we will act.”\n"
    )
    a = _speaker(d, src, "blockade must end")
    assert a is not None and a.kind == "group" and a.name == "Chile, Peru and Bolivia"
    assert _speaker(d, src, "we will act").name == "Rosa Vidal"

