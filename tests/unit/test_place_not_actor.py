"""An incident's place that an actor also has as a name (new-user session 15, F7): a place the
gazetteer or the events file's areas know is the place, never refused as "an actor"."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from annotate.errors import WorkspaceError
from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace

TEXT = ("Shelling hit a border village in South Ossetia on Monday, killing two people, local officials said. "
        "“The attack came at dawn,” Defence Minister Anna Kerr told reporters in Tbilisi.\n")


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], capture_output=True, text=True,
                          env={**os.environ, "BLUF_ANNOTATOR": "ana"})


def test_a_known_area_named_like_an_actor_is_set_as_the_incidents_place(tmp_path):
    db = tmp_path / "ws.json"
    w = open_workspace(db, seed=False, annotator="ana")
    w.add_sources([make_source(TEXT, "ossetia.txt", meta=Meta(title="Shelling in South Ossetia", published="2025-08-04"))])
    w.analyze()
    w.create_actor("South Ossetia", "person")  # a place taken for a person (as "Unrecognised Transnistria" was)
    (inc,) = w.incidents()
    w.close()
    r = bluf(db, "incidents", "place", inc.id, "South Ossetia")
    assert r.returncode == 0 and "is an actor" not in r.stderr, r.stderr
    w = open_workspace(db, annotator="ana")
    try:
        w.analyze()
        got = next(i for i in w.incidents() if i.id == inc.id)
        # a de facto state typed alone is the place, in the recognised state (as the analysis
        # places its events), never refused
        assert (got.country, got.place) == ("Georgia", "South Ossetia")
    finally:
        w.close()


def test_a_name_no_gazetteer_knows_is_still_refused_as_an_actor(tmp_path):
    w = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    try:
        w.add_sources([make_source(TEXT, "ossetia.txt", meta=Meta(title="Shelling", published="2025-08-04"))])
        w.analyze()
        w.create_actor("Velmora Relief Trust", "organization")
        with pytest.raises(WorkspaceError, match="is an actor"):
            w.read_place("Velmora Relief Trust")
    finally:
        w.close()
