"""Undo of an incident rename after two readers renamed it at once and the analyst kept their
title with ``bluf conflicts resolve``: the resolution wrote a copy of the kept rename, so
undoing the rename alone changed nothing while saying "Undone: incident renamed …". The
undo takes the copy back with it (the title changes), redo brings both back; a rename that
another analyst set again since is not undone, with the reason, and ``u`` goes on to the
change before. Invented text; two Workspace sessions on one TinyDB file."""

from __future__ import annotations

import pytest

from annotate import merge_conflicts, resolve_conflict
from annotate.errors import NotUndoable
from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace

TEXT = ("A fuel depot burned in Port Veyra on Monday.\n\n"
        "A ferry was seized off Cape Lorn on Tuesday.\n")


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "ws.json"
    ws = open_workspace(p, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "veyra.txt", meta=Meta(title="Two events"))])
    ws.analyze()
    sid = ws.sources()[0].id
    for words, title in (("fuel depot", "Depot fire"), ("ferry was seized", "Ferry seizure")):
        at = TEXT.index(words)
        ws.create_incident(sid, at, at + len(words), title)
    ws.close()
    return p


def _open(path, who):
    w = open_workspace(path, annotator=who)
    w.analyze()
    return w


def _title(ws, iid):
    return next(i.title for i in ws.incidents() if i.id == iid)


def test_undo_of_a_rename_kept_by_resolving_a_conflict_changes_the_title(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    depot = next(i.id for i in ana.incidents() if i.title == "Depot fire")
    ana.rename_incident(depot, "Depot arson")
    ben.rename_incident(depot, "Depot blaze")  # ben had not read ana's rename: a conflict
    ana.refresh()
    found = [c for c in merge_conflicts(ana) if c["kind"] == "incident title"]
    assert len(found) == 1
    mine = next(n for n, o in enumerate(found[0]["options"], 1) if o["annotator"] == "ana")
    cli = _open(path, "ana")  # `bluf conflicts resolve` runs in its own process
    resolve_conflict(cli, found[0]["id"], mine)
    cli.close()
    ana.refresh()
    assert _title(ana, depot) == "Depot arson"
    change = ana.undo()
    assert change.what == "incident renamed Depot arson"
    assert _title(ana, depot) == "Depot blaze"  # the undo changed what it says it undid
    ana.redo()
    assert _title(ana, depot) == "Depot arson"
    ana.close(), ben.close()
    again = _open(path, "ana")  # after a restart, u walks back the rename still in force
    again.undo()
    assert _title(again, depot) == "Depot blaze"
    again.close()


def test_undo_of_a_rename_set_again_since_by_another_says_why_and_goes_on(path):
    ana = _open(path, "ana")
    depot, ferry = (next(i.id for i in ana.incidents() if i.title == t) for t in ("Depot fire", "Ferry seizure"))
    ana.rename_incident(ferry, "Ferry taken")
    ana.rename_incident(depot, "Depot arson")
    ben = _open(path, "ben")
    ben.rename_incident(depot, "Depot blaze")  # seen ana's: a later edit, no conflict
    ana.refresh()
    with pytest.raises(NotUndoable, match="incident renamed Depot arson: set again since by ben .now “Depot blaze”."):
        ana.undo()
    assert _title(ana, depot) == "Depot blaze"
    assert ana.undo().what == "incident renamed Ferry taken"  # u goes on to the change before
    assert _title(ana, ferry) == "Ferry seizure"
    ana.close(), ben.close()
