"""An analyst says an "actor" is a place (`bluf actors kind X place`, `k` in the actors view): it
leaves the actor lists and the speaker picker, its quotes wait for their speaker, it may then be
an incident's place, and the word is kept through re-analysis, undone, and a conflict when two
analysts disagree. Invented texts; the CLI tests run the real entry point."""

from __future__ import annotations

import json
import shutil

import pytest

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace

from .test_incidents_cli import bluf

TEXT = ("Mayor Ana Lopez of Port Coral said: \"We are ready for the next one.\"\n"
        "Shelling hit the market of Velmoro on Monday, the police said.\n"
        "Trentino Vasquez, the prime minister, said the talks would go on.\n")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("place-kind")
    (d / "storm.txt").write_text(TEXT, encoding="utf-8")
    p = bluf(d / "ws.json", "import", d / "storm.txt")
    assert p.returncode == 0, p.stderr
    assert bluf(d / "ws.json", "actors").returncode == 0
    return d


@pytest.fixture
def db(made, tmp_path):
    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def _actors(db) -> dict:
    p = bluf(db, "actors", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    return {r["name"]: r for r in map(json.loads, p.stdout.splitlines())}


def test_an_actor_said_to_be_a_place_leaves_the_list_and_may_be_an_incidents_place(db):
    name = next(iter(_actors(db)))  # whichever the analysis found: the analyst's word decides
    made = bluf(db, "incidents", "add", "storm", "--match", "Shelling hit the market")
    assert made.returncode == 0, made.stderr
    iid = made.stdout.split()[0]
    refused = bluf(db, "incidents", "place", iid, name)
    assert refused.returncode == 1 and "is an actor" in refused.stderr
    p = bluf(db, "actors", "kind", name, "Place")  # any case
    assert p.returncode == 0, p.stderr
    assert "is a place: no longer among the actors" in p.stderr and len(p.stderr.splitlines()) == 1
    assert name not in _actors(db)
    shown = bluf(db, "actors", "show", name)  # still found by its name, to take it back
    assert shown.returncode == 0 and "kind         place" in shown.stdout
    p = bluf(db, "incidents", "place", iid, name)
    assert p.returncode == 0, p.stderr
    assert name in bluf(db, "incidents").stdout
    (db.parent / "later.txt").write_text(f"Rescue teams reached {name} on Tuesday.\n", encoding="utf-8")
    assert bluf(db, "import", db.parent / "later.txt").returncode == 0  # a new analysis keeps the analyst's word
    assert name not in _actors(db)
    back = bluf(db, "actors", "kind", name, "person")
    assert back.returncode == 0 and _actors(db)[name]["kind"] == "person"


def test_a_quote_of_an_actor_said_to_be_a_place_waits_for_its_speaker(db):
    quoted = {q["actor"] for q in map(json.loads, bluf(db, "quotes", "storm", "--jsonl").stdout.splitlines()) if q["actor"]}
    assert quoted
    name = sorted(quoted)[0]
    assert bluf(db, "actors", "kind", name, "place").returncode == 0
    after = [json.loads(line) for line in bluf(db, "quotes", "storm", "--jsonl").stdout.splitlines()]
    assert name not in {q["actor"] for q in after}


def test_a_wrong_kind_names_place_among_the_kinds(db):
    bad = bluf(db, "actors", "kind", next(iter(_actors(db))), "plase")
    assert bad.returncode == 1 and bad.stderr.strip() == "bluf: unknown actor kind 'plase'; did you mean place?"


@pytest.fixture
def two(tmp_path):
    path = tmp_path / "w.json"
    ws = open_workspace(path, seed=False)
    ws.add_sources([make_source(TEXT, "a.txt", meta=Meta(published="2025-10-06"))])
    ws.analyze()
    ws.close()
    return path


def test_place_is_undone_like_any_kind_and_two_analysts_disagreeing_is_a_conflict(two):
    from annotate import merge_conflicts

    ann, bob = (open_workspace(two, annotator=n) for n in ("ann", "bob"))
    for w in (ann, bob):
        w.analyze()
    actor = ann.list_actors()[0]
    ann.set_actor_kind(actor.id, "place")
    assert actor.id not in {a.id for a in ann.list_actors()} and actor.id not in ann.actor_names()
    assert actor.id in {a.id for a in ann.list_actors(places=True)}
    ann.undo()
    assert ann.actor(actor.id).kind == actor.kind and actor.id in {a.id for a in ann.list_actors()}
    bobs_screen = bob.edit_view()
    ann.set_actor_kind(actor.id, "place")
    with bob.seen_as_of(bobs_screen):
        bob.set_actor_kind(actor.id, "group")
    ann.refresh()
    found = [c for c in merge_conflicts(ann) if c["kind"] == "actor kind"]
    assert len(found) == 1 and sorted(o["value"] for o in found[0]["options"]) == ["group", "place"]
    ann.close()
    bob.close()
