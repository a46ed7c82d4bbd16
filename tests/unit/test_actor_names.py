"""Workspace.actor_names: every name an actor goes by, from the sources, the analyst and
the alias file."""

from __future__ import annotations

from annotate.text import norm_name


def test_names_come_from_the_sources_the_analyst_and_the_alias_file(workspace):
    ws = workspace
    actor = ws.list_actors()[0]
    ws.add_alias(actor.id, "Zorblat Quennick")
    names = ws.actor_names()
    assert set(names) == {a.id for a in ws.list_actors()}
    assert names[actor.id][0] == actor.name and "Zorblat Quennick" in names[actor.id]
    for c in ws.gazetteer.countries:
        gov = next((a for a in ws.list_actors() if a.name == c.government_name), None)
        if gov is not None:
            assert {norm_name(m) for m in c.metonyms} <= {norm_name(n) for n in names[gov.id]}
    for aid, ns in names.items():
        assert len({norm_name(n) for n in ns}) == len(ns), aid


def test_a_merged_actor_brings_its_names(workspace):
    ws = workspace
    gone = next(a for a in ws.list_actors() if a.id == "russian-government")
    into = next(a for a in ws.list_actors() if a.kind == "person")
    ws.merge_actors(gone.id, into.id)
    assert "Kremlin" in ws.actor_names()[into.id]
