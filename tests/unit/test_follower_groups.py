"""A leader's followers named by the leader ("Marlow supporters", "supporters of former president
X") are a group of the leader's country, not the leader, even where they do not act."""

from __future__ import annotations

from .test_attribution import analyse


def _actor(d, name):
    return d.actors.get(d.actors.resolve(name))


def test_followers_named_before_a_present_tense_verb_are_a_group_not_the_leader():
    _, d = analyse(
        "Hundreds arrested as Marlow supporters storm parliament in Ecuador.\n"
        "Former Ecuadorian president Victor Marlow denied any role.\n"
    )
    a = _actor(d, "Marlow supporters")
    assert a is not None and a.kind == "organization" and a.affiliation == "Ecuador"
    assert _actor(d, "Victor Marlow").kind == "person"


def test_followers_named_after_the_noun_and_by_a_passive_agent_are_groups():
    _, d = analyse(
        "Supporters of former Peruvian president Omar Kessler on Monday stormed a police station in Lima.\n"
        "The interior minister said the army had “restored order” after attacks by Kessler loyalists.\n"
    )
    for name in ("Supporters of former Peruvian president Omar Kessler", "Kessler loyalists"):
        a = _actor(d, name)
        assert a is not None and a.kind == "organization" and a.affiliation == "Peru", name
