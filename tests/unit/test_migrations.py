"""A workspace from every earlier schema opens with the current bluf."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tinydb import TinyDB

from annotate.store import SCHEMA_VERSION
from annotate.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_schema_versions_have_a_fixture_each():
    # When SCHEMA_VERSION grows, add a fixture written by the previous version's code.
    assert SCHEMA_VERSION == 2
    assert (FIXTURES / "workspace_v1.json").exists()


def test_migrates_from_schema_1(tmp_path):
    p = tmp_path / "workspace_v1.json"
    shutil.copy(FIXTURES / "workspace_v1.json", p)
    old = json.loads(p.read_text(encoding="utf-8"))
    assert old["meta"]["1"]["schema_version"] == 1
    ws = open_workspace(p, annotator="ana")
    try:
        assert any("upgraded from schema 1" in n for n in ws.notices)
        # The two tags in force stay; the undone one does not come back.
        in_force = [(s.label, s.quote[:20]) for s in ws.stances()]
        assert in_force == [("hawkish", "The UK stands ready "), ("hawkish", "Russia is testing us")]
        # The history keeps the undo as an event.
        assert [e["event"] for e in ws.log()] == ["tag", "tag", "untag", "tag"]
        assert len(ws.sources()) == 5
        # And the workspace goes on working.
        ws.analyze()
        ws.tag(ws.sources()[0].id, 1, "denial")
    finally:
        ws.close()
    backup = list(tmp_path.glob("workspace_v1.json.v1-*.bak"))
    assert len(backup) == 1 and json.loads(backup[0].read_text(encoding="utf-8")) == old
    meta = TinyDB(p).table("meta").all()[0]
    assert meta["schema_version"] == SCHEMA_VERSION
    assert [d["ev"] for d in TinyDB(p).table("stances").all()] == ["tag", "tag", "untag", "tag", "tag"]
