"""One tag in force per annotator, evidence and actor; the history never resurrects a tag.

Re-tagging a quote replaces the analyst's previous tag on it; the same label again changes
nothing and says so; undo of a replacement brings the previous tag back, redo re-applies it;
every step is an event in the history and a fresh open folds to the same tags."""

from __future__ import annotations

import pytest

from annotate.workspace import WorkspaceError, open_workspace


def _in_force(ws, source_id=None):
    return [(s.annotator, s.actor_id, s.label, s.start, s.end) for s in ws.stances(source_id)]


def _reopened(ws_path, annotator="tester"):
    ws = open_workspace(ws_path, annotator=annotator)
    ws.analyze()
    return ws


def test_retagging_a_quote_leaves_only_the_last_label_in_force(workspace, ws_path):
    src = workspace.sources()[0]
    for label in ("hawkish", "cautious", "neutral"):
        workspace.tag(src.id, 3, label)
    assert [s.label for s in workspace.stances()] == ["neutral"]
    workspace.close()
    again = _reopened(ws_path)
    try:
        assert [s.label for s in again.stances()] == ["neutral"]
        # Every tag is still in the history.
        assert [(e["event"], e["label"]) for e in again.log()] == [
            ("tag", "hawkish"), ("tag", "cautious"), ("tag", "neutral")
        ]
    finally:
        again.close()


def test_a_long_run_of_retags_keeps_exactly_one_tag(workspace):
    src = workspace.sources()[0]
    labels = ["hawkish", "cautious", "neutral", "threatening", "denial"]
    for i in range(16):
        workspace.tag(src.id, 3, labels[i % len(labels)])
    assert [s.label for s in workspace.stances()] == [labels[15 % len(labels)]]


def test_the_same_label_again_changes_nothing_and_says_so(workspace):
    src = workspace.sources()[0]
    first = workspace.tag(src.id, 3, "hawkish")
    for _ in range(2):
        with pytest.raises(WorkspaceError) as err:  # AlreadyTagged, a notice rather than a failure
            workspace.tag(src.id, 3, "hawkish")
        assert type(err.value).__name__ == "AlreadyTagged" and err.value.stance.id == first.id
        assert "already" in str(err.value).lower() and "hawkish" in str(err.value)
    assert [s.id for s in workspace.stances()] == [first.id]
    assert [e["event"] for e in workspace.log()] == ["tag"]
    # Nothing was added to undo: one undo takes the one tag away.
    assert workspace.undo().id == first.id
    assert workspace.stances() == []
    assert workspace.undo() is None


def test_undo_of_a_replacement_brings_back_the_previous_tag_and_redo_reapplies_it(workspace, ws_path):
    src = workspace.sources()[0]
    hawk = workspace.tag(src.id, 3, "hawkish")
    caut = workspace.tag(src.id, 3, "cautious")
    assert workspace.undo().id == caut.id
    assert [s.id for s in workspace.stances()] == [hawk.id]
    assert workspace.undo().id == hawk.id
    assert workspace.stances() == []
    assert workspace.redo().id == hawk.id
    assert [s.id for s in workspace.stances()] == [hawk.id]
    assert workspace.redo().id == caut.id
    assert [s.id for s in workspace.stances()] == [caut.id]
    assert workspace.undo().id == caut.id
    workspace.close()
    again = _reopened(ws_path)
    try:
        assert [s.id for s in again.stances()] == [hawk.id]
        assert [e["event"] for e in again.log()] == ["tag", "tag", "untag", "untag", "retag", "retag", "untag"]
    finally:
        again.close()


def test_removing_a_replacement_brings_nothing_back(workspace):
    src = workspace.sources()[0]
    workspace.tag(src.id, 3, "hawkish")
    caut = workspace.tag(src.id, 3, "cautious")
    workspace.untag(caut.id)
    assert workspace.stances() == []
    assert workspace.undo().id == caut.id  # undo of the removal
    assert [s.label for s in workspace.stances()] == ["cautious"]


def test_tagging_again_after_an_undo_replaces_nothing_that_is_gone(workspace):
    src = workspace.sources()[0]
    workspace.tag(src.id, 3, "hawkish")
    workspace.tag(src.id, 3, "cautious")
    workspace.undo()  # hawkish back
    workspace.tag(src.id, 3, "neutral")
    assert [s.label for s in workspace.stances()] == ["neutral"]
    workspace.undo()
    assert [s.label for s in workspace.stances()] == ["hawkish"]
    assert workspace.redo().label == "neutral"
    assert workspace.redo() is None  # the re-tag cleared the older redo


def test_each_analyst_keeps_their_own_tag_on_the_same_quote(workspace, ws_path):
    src = workspace.sources()[0]
    workspace.tag(src.id, 3, "hawkish")
    other = _reopened(ws_path, annotator="ben")
    try:
        other.tag(src.id, 3, "cautious")
        other.tag(src.id, 3, "neutral")
        assert sorted((a, label) for a, _, label, _, _ in _in_force(other)) == [("ben", "neutral"), ("tester", "hawkish")]
        workspace.refresh()
        workspace.tag(src.id, 3, "denial")
        other.refresh()
        assert sorted((a, label) for a, _, label, _, _ in _in_force(other)) == [("ben", "neutral"), ("tester", "denial")]
    finally:
        other.close()


def test_bluf_tag_with_the_same_label_again_says_so_and_succeeds(ws_path):
    import os
    import shutil
    import subprocess
    import sys

    bluf = shutil.which("bluf", path=os.path.dirname(sys.executable)) or "bluf"
    ws = open_workspace(ws_path)
    name = ws.sources()[0].name
    ws.close()

    def run(label):
        return subprocess.run([bluf, "--db", str(ws_path), "tag", name, "4", label], capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=120)

    first, again = run("hawkish"), run("hawkish")
    assert first.returncode == 0 and first.stdout.startswith("tagged ")
    assert again.returncode == 0 and again.stdout == "", again
    assert len([line for line in again.stderr.splitlines() if "already tagged hawkish" in line]) == 1
    assert "Traceback" not in again.stderr
    ws = open_workspace(ws_path)
    try:
        assert [e["event"] for e in ws.log()] == ["tag"]
    finally:
        ws.close()
