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
    assert SCHEMA_VERSION == 3
    assert (FIXTURES / "workspace_v1.json").exists()
    assert (FIXTURES / "workspace_v2.json").exists()


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


def _copy_v2(tmp_path) -> Path:
    p = tmp_path / "workspace_v2.json"
    shutil.copy(FIXTURES / "workspace_v2.json", p)
    shutil.copy(FIXTURES / "workspace_v2.json.journal", tmp_path / "workspace_v2.json.journal")
    return p


# What the analysts meant (tests/fixtures/make_workspace_v2.py): ana re-tagged "We will defend"
# four times (threatening last), tagged "There are no" denial three times, undid a re-tag of
# "Our patience" (threatening back), removed a re-tag of "We are ready" (hawkish back, as
# schema 2 showed it); ben tagged "We will defend" hawkish. Schema 2 showed 7 tags in force.
MEANT = [
    ("ana", "nato", "hawkish", "We are ready"),
    ("ana", "nato", "threatening", "Our patience"),
    ("ana", "nato", "threatening", "We will defe"),
    ("ana", "russian-government", "denial", "There are no"),
    ("ben", "nato", "hawkish", "We will defe"),
]


def _in_force(ws):
    return sorted((s.annotator, s.actor_id, s.label, s.quote[:12]) for s in ws.stances())


def test_migrates_from_schema_2_and_nothing_replaced_comes_back(tmp_path):
    """The schema-2 fixture (written by bluf's own code, part compacted, part still in the
    journal) opens with one tag in force per annotator, actor and evidence."""
    p = _copy_v2(tmp_path)
    old = p.read_bytes()
    ws = open_workspace(p, annotator="ana", seed=False)
    try:
        assert any("upgraded from schema 2" in n for n in ws.notices)
        assert _in_force(ws) == MEANT
        # Every event is still in the history, in order.
        assert [(e["annotator"], e["event"]) for e in ws.log()] == [("ana", "tag")] * 8 + [
            ("ana", "untag"), ("ana", "tag"), ("ana", "tag"), ("ana", "untag"), ("ana", "tag"), ("ben", "tag")
        ]
        # And the rule holds from here on: a re-tag replaces, undo brings back.
        src = ws.sources()[0]
        a = next(s for s in ws.stances() if s.annotator == "ana" and s.quote.startswith("We will"))
        ws.tag_span(src.id, a.start, a.end, "nato", "neutral")
        assert [s.label for s in ws.stances() if s.annotator == "ana" and s.start == a.start] == ["neutral"]
        ws.undo()
        assert _in_force(ws) == MEANT
    finally:
        ws.close()
    backup = list(tmp_path.glob("workspace_v2.json.v2-*.bak"))
    assert len(backup) == 1 and backup[0].read_bytes() == old
    assert TinyDB(p).table("meta").all()[0]["schema_version"] == SCHEMA_VERSION
    again = open_workspace(p, annotator="ana", seed=False)
    try:
        assert _in_force(again) == MEANT and not any("upgraded" in n for n in again.notices)
    finally:
        again.close()


def test_a_read_only_schema_2_workspace_shows_the_repaired_tags_and_is_left_as_it_is(tmp_path):
    p = _copy_v2(tmp_path)
    before = p.read_bytes(), (tmp_path / "workspace_v2.json.journal").read_bytes()
    ws = open_workspace(p, annotator="ana", seed=False, readonly=True)
    try:
        assert any("not upgraded" in n for n in ws.notices)
        assert _in_force(ws) == MEANT
    finally:
        ws.close()
    assert (p.read_bytes(), (tmp_path / "workspace_v2.json.journal").read_bytes()) == before


def test_schema_2_undo_and_redo_events_fold_as_they_did_without_resurrection():
    """Events as schema 2's own code wrote them: a re-tag (``replaces``), its undo, its redo,
    then a re-tag of the re-tag and the undo of that one."""
    from annotate.history import StanceHistory
    from annotate.migrations import migrate

    def tag(n, tid, label, replaces=None):
        d = {"ev": "tag", "id": tid, "actor_id": "nato", "label": label, "source_id": "s", "start": 0, "end": 9,
             "quote": "x", "annotator": "ana", "created_at": f"2026-01-01T00:00:0{n}"}
        return {**d, "replaces": replaces} if replaces else d

    def ev(kind, target, reason):
        return {"ev": kind, "id": f"e-{target}-{reason}", "target": target, "annotator": "ana", "created_at": "", "reason": reason}

    events = [
        tag(1, "h", "hawkish"), tag(2, "c", "cautious", ["h"]), ev("untag", "c", "undo"), ev("retag", "c", "redo"),
        tag(3, "n", "neutral", ["c"]), ev("untag", "n", "undo"),
    ]
    expected_after = [["hawkish"], ["cautious"], ["hawkish"], ["cautious"], ["neutral"], ["cautious"]]
    for k in range(1, len(events) + 1):
        tables = {"meta": {1: {"schema_version": 2, "journal_seq": 0}}, "stances": dict(enumerate(events[:k], 1))}
        out = migrate(tables, 2, 3)
        assert out["meta"][1]["schema_version"] == 3
        assert [s.label for s in StanceHistory.from_events(out["stances"].values()).in_force()] == expected_after[k - 1]
    # Only untag events gain a field; nothing else is changed or dropped.
    assert [{k: v for k, v in d.items() if k != "restore"} for d in out["stances"].values()] == events
    assert [d.get("restore") for d in out["stances"].values() if d["ev"] == "untag"] == ["h", "c"]
