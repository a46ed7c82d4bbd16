"""Two analysts on one workspace file merge the same incident into two different incidents
(or two incidents into each other) at once: the first merge stays in force, the second is not
chained onto its target, and the two are an "incident merge" conflict listed by ``bluf
conflicts``, with one line to the second analyst naming the first's change. Invented text;
two Workspace sessions on one TinyDB file."""

from __future__ import annotations

import pytest

from annotate import WorkspaceError, merge_conflicts, resolve_conflict
from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace

TEXT = ("A fuel depot burned in Port Veyra on Monday.\n\n"
        "A ferry was seized off Cape Lorn on Tuesday.\n\n"
        "A bridge collapsed near Amsel on Wednesday.\n")


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "ws.json"
    ws = open_workspace(p, seed=False, annotator="ana")
    ws.add_sources([make_source(TEXT, "veyra.txt", meta=Meta(title="Three events"))])
    ws.analyze()
    sid = ws.sources()[0].id
    for words, title in (("fuel depot", "Depot fire"), ("ferry was seized", "Ferry seizure"), ("bridge collapsed", "Bridge collapse")):
        at = TEXT.index(words)
        ws.create_incident(sid, at, at + len(words), title)
    ws.close()
    return p


def _open(path, who):
    w = open_workspace(path, annotator=who)
    w.analyze()
    return w


def _id(ws, title):
    return next(i.id for i in ws.incidents() if i.title == title)


def _titles(ws):
    return sorted(i.title for i in ws.incidents())


def test_one_incident_merged_into_two_others_at_once_first_stays_and_a_conflict(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    depot, ferry, bridge = (_id(ana, t) for t in ("Depot fire", "Ferry seizure", "Bridge collapse"))
    ana.merge_incidents(depot, ferry)
    ben.refresh()
    with pytest.raises(WorkspaceError, match="Depot fire was merged into Ferry seizure by ana meanwhile"):
        ben.merge_incidents(depot, bridge)
    ana.refresh()
    for w in (ana, ben, _open(path, "cli")):
        assert _titles(w) == ["Bridge collapse", "Ferry seizure"]  # the ferry incident is not merged into the bridge one
        found = [c for c in merge_conflicts(w) if c["kind"] == "incident merge"]
        assert len(found) == 1
        assert [(o["annotator"], o["value"]) for o in found[0]["options"]] == [
            ("ana", "Depot fire into Ferry seizure"), ("ben", "Depot fire into Bridge collapse")]
    resolve_conflict(ben, found[0]["id"], 2)  # keep ben's
    bridge_now = next(i for i in ben.incidents() if i.title == "Bridge collapse")
    ferry_now = next(i for i in ben.incidents() if i.title == "Ferry seizure")
    assert len(bridge_now.evidence[ben.sources()[0].id]) == 2 and len(ferry_now.evidence[ben.sources()[0].id]) == 1
    assert not [c for c in merge_conflicts(ben) if c["kind"] == "incident merge"]
    ana.close(), ben.close()


def test_opposite_incident_merges_at_once_a_conflict(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    depot, ferry = _id(ana, "Depot fire"), _id(ana, "Ferry seizure")
    ana.merge_incidents(depot, ferry)
    ben.refresh()
    with pytest.raises(WorkspaceError, match="Depot fire was merged into Ferry seizure by ana meanwhile"):
        ben.merge_incidents(ferry, depot)
    assert _titles(ben) == ["Bridge collapse", "Ferry seizure"]
    assert len([c for c in merge_conflicts(ben) if c["kind"] == "incident merge"]) == 1
    ana.close(), ben.close()


def test_a_reader_that_had_not_read_the_other_merge_yet_chains_nothing(path):
    ana, ben = _open(path, "ana"), _open(path, "ben")
    depot, ferry, bridge = (_id(ana, t) for t in ("Depot fire", "Ferry seizure", "Bridge collapse"))
    ana.merge_incidents(depot, ferry)
    ben.merge_incidents(depot, bridge)  # ben's reader had not refreshed: the record is written
    ben.refresh()
    assert _titles(ben) == ["Bridge collapse", "Ferry seizure"]
    assert len([c for c in merge_conflicts(ben) if c["kind"] == "incident merge"]) == 1
    ana.close(), ben.close()
