"""`bluf actors merge` of a duplicate the analysis gave an affiliation into the actor that has
none: the guess is not passed on silently (a merge keeps the joined actor's affiliation and
takes the other's only when an analyst set it); one line says what was not kept. Real
processes, invented text."""

from __future__ import annotations

import json

from .test_incidents_cli import bluf

A = ("Flooding closed roads on Tuesday.\n\n"
     "“The dam will hold,” said Narva Kaarel Tamm, the Estonian county elder.\n")
B = ("Rescue teams reached the villages on Wednesday.\n\n"
     "“We need more boats,” Kaarel Tamm told reporters.\n")


def _actors(db) -> dict:
    p = bluf(db, "actors", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    return {r["name"]: r for r in map(json.loads, p.stdout.splitlines())}


def test_a_guessed_affiliation_does_not_fill_the_joined_actors_and_the_merge_says_so(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "a.txt", tmp_path / "b.txt").returncode == 0
    before = _actors(db)
    assert before["Narva Kaarel Tamm"]["affiliation"] and not before["Kaarel Tamm"]["affiliation"]
    guess = before["Narva Kaarel Tamm"]["affiliation"]
    p = bluf(db, "actors", "merge", "Narva Kaarel Tamm", "Kaarel Tamm")
    assert p.returncode == 0 and "merged Narva Kaarel Tamm into Kaarel Tamm" in p.stdout, p.stderr
    assert p.stderr == f"bluf: Narva Kaarel Tamm's affiliation, {guess}, is not kept (bluf's guess, not an analyst's): Kaarel Tamm has none\n"
    after = _actors(db)
    assert after["Kaarel Tamm"]["affiliation"] is None
    assert "Narva Kaarel Tamm" in after["Kaarel Tamm"]["names"] and "Narva" not in after["Kaarel Tamm"]["names"]
    # One an analyst set is kept: test_actors_cli's merge tests.
