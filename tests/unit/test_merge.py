"""`bluf merge`: two copies of a workspace edited apart become one, with nothing lost,
the same whichever side merges, unchanged by merging again, and with real conflicts
listed for the analyst (never chosen silently)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from annotate.history import StanceHistory
from annotate.ingest import make_source
from annotate.merge import CONFLICTS, merge_tables, merge_workspace, open_conflicts, resolve_conflict
from annotate.store import SCHEMA_VERSION, Store
from annotate.undo import edits_in_force
from annotate.workspace import open_workspace
from tui.cli import main

TEXT = ("The minister said: “We will not back down.” The envoy replied: “Talks must go on.” "
        "A spokesman added: “Nothing is decided.”")
SPANS = [(19, 43), (63, 82), (102, 123)]  # the three quotes


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A small workspace with one source and no analyses (tags are made on spans)."""
    d = tmp_path_factory.mktemp("merge-base")
    ws = open_workspace(d / "base.json", annotator="setup", seed=False)
    ws.add_sources([make_source(TEXT, "minister.txt")])
    ws.close()
    return d / "base.json"


def _copy(base: Path, d: Path, name: str) -> Path:
    """A copy of a workspace (its file and journal) under ``d``, as scp would make."""
    d.mkdir(parents=True, exist_ok=True)
    shutil.copy(base, d / name)
    journal = base.with_name(base.name + ".journal")
    if journal.exists():
        shutil.copy(journal, d / (name + ".journal"))
    return d / name


def _tables(path: Path) -> dict:
    s = Store(path, readonly=True)
    try:
        return {t: dict(docs) for t, docs in s.tables.items()}
    finally:
        s.close(compact=False)


def _without_meta(tables: dict) -> dict:
    return {t: d for t, d in tables.items() if t != "meta" and d}


def _in_force(tables: dict) -> set:
    h = StanceHistory.from_events(tables["stances"][k] for k in sorted(tables["stances"]))
    return {(s.annotator, s.actor_id, s.start, s.end, s.label) for s in h.in_force()}


def _records(tables: dict) -> list[bytes]:
    return sorted(orjson.dumps(r, option=orjson.OPT_SORT_KEYS) for t, d in tables.items() if t != "meta" for r in d.values())


# One analyst's action on one side: (annotator, action, span index, label index).
ACTIONS = st.tuples(st.sampled_from(["ann", "bob"]), st.sampled_from(["tag", "tag", "untag", "undo", "redo", "merge", "rename"]),
                    st.integers(0, 2), st.integers(0, 2))


def _play(path: Path, actions) -> None:
    """Apply actions with the workspace API, as analysts do (one Workspace per annotator)."""
    sid = make_source(TEXT, "minister.txt").id
    labels = ["hawkish", "cautious", "neutral"]
    open_ws: dict = {}
    try:
        for who, what, i, j in actions:
            ws = open_ws.get(who) or open_ws.setdefault(who, open_workspace(path, annotator=who, seed=False))
            ws.refresh()
            actor = f"actor-{i % 2}"
            try:
                if what == "tag":
                    ws.tag_span(sid, *SPANS[i], actor, labels[j])
                elif what == "untag":
                    held = ws.history.holder(who, actor, sid, *SPANS[i])
                    if held:
                        ws.untag(held)
                elif what == "undo":
                    ws.undo()
                elif what == "redo":
                    ws.redo()
                elif what == "merge":  # the raw edit: these actors exist only in the test
                    ws._edit("actor_edits", {"op": "merge", "actor_id": f"actor-{j % 2}", "into": f"actor-{1 - j % 2}"})
                else:
                    ws._edit("incident_edits", {"op": "rename", "incident_id": "inc-1", "title": labels[j]})
            except Exception as err:  # AlreadyTagged: nothing written; NotUndoable: another edit set the value since (bc67f64); as in the app
                if type(err).__name__ not in ("AlreadyTagged", "NotUndoable"):
                    raise
    finally:
        for ws in open_ws.values():
            ws.close(compact=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(common=st.lists(ACTIONS, max_size=4), left=st.lists(ACTIONS, max_size=8), right=st.lists(ACTIONS, max_size=8))
def test_merging_keeps_everything_is_commutative_and_idempotent(base, common, left, right):
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        start = _copy(base, d / "start", "ws.json")
        _play(start, common)  # what both copies had when they were copied apart
        a, b = _copy(start, d / "a", "ws.json"), _copy(start, d / "b", "ws.json")
        _play(a, left)
        _play(b, right)
        ta, tb = _tables(a), _tables(b)
        ab, ba = merge_tables(ta, tb), merge_tables(tb, ta)
        # Commutative: the same records in the same order, so the same tags and edits in force.
        assert _without_meta(ab.tables) == _without_meta(ba.tables)
        assert _in_force(ab.tables) == _in_force(ba.tables)
        # Nothing lost: every record of either side is there, once.
        merged = _records(ab.tables)
        assert set(_records(ta)) | set(_records(tb)) <= set(merged) | {orjson.dumps(c, option=orjson.OPT_SORT_KEYS) for c in ab.conflicts}
        events = [e for e in ab.tables["stances"].values()]
        assert len({e["id"] for e in events}) == len(events)
        # Each side's own order is kept (an untag stays after its tag).
        order = {e["id"]: n for n, e in enumerate(events)}
        for side in (ta, tb):
            ids = [side["stances"][k]["id"] for k in sorted(side["stances"])]
            assert [order[i] for i in ids] == sorted(order[i] for i in ids)
        # Idempotent: merging either side again changes nothing.
        assert _without_meta(merge_tables(ab.tables, tb).tables) == _without_meta(ab.tables)
        assert _without_meta(merge_tables(ab.tables, ta).tables) == _without_meta(ab.tables)
        # Without concurrent disagreement, what is in force is each side's changes.
        if not ab.conflicts and not left:
            assert _in_force(ab.tables) == _in_force(tb)


def _side(base: Path, d: Path, annotator: str = "ann"):
    path = _copy(base, d, "ws.json")
    return path, open_workspace(path, annotator=annotator, seed=False)


def test_the_same_annotators_different_labels_are_a_conflict_left_for_the_analyst(base, tmp_path):
    sid = make_source(TEXT, "minister.txt").id
    pa, a = _side(base, tmp_path / "a")
    pb, b = _side(base, tmp_path / "b")
    ta = a.tag_span(sid, *SPANS[0], "actor-0", "hawkish")
    tb = b.tag_span(sid, *SPANS[0], "actor-0", "cautious")
    b.close()
    report = merge_workspace(a, pb)
    assert [c["kind"] for c in report.conflicts] == ["tag"]
    c = report.conflicts[0]
    assert {o["ref"] for o in c["options"]} == {ta.id, tb.id}
    assert {o["value"] for o in c["options"]} == {"hawkish", "cautious"}
    # Both tags are in the history; the conflict stays listed until the analyst decides.
    assert ta.id in a.history and tb.id in a.history
    assert [x["id"] for x in open_conflicts(a.store.docs(CONFLICTS).values())] == [c["id"]]
    keep = next(n for n, o in enumerate(c["options"], 1) if o["ref"] == ta.id)
    resolve_conflict(a, c["id"][:6], keep)
    assert [(s.id, s.label) for s in a.history.in_force(sid)] == [(ta.id, "hawkish")]
    assert open_conflicts(a.store.docs(CONFLICTS).values()) == []
    # Merging the same copy again finds nothing new and brings no conflict back.
    again = merge_workspace(a, pb)
    assert again.added == {} and again.conflicts == []
    assert [(s.id, s.label) for s in a.history.in_force(sid)] == [(ta.id, "hawkish")]
    a.close()


def test_the_same_label_with_different_notes_is_a_conflict_and_the_kept_note_is_in_force(base, tmp_path):
    # A new user's two laptops tagged one quote hawkish with different notes: one note left
    # what was in force and no conflict was listed.
    sid = make_source(TEXT, "minister.txt").id
    pa, a = _side(base, tmp_path / "a")
    pb, b = _side(base, tmp_path / "b")
    ta = a.tag_span(sid, *SPANS[0], "actor-0", "hawkish", note="firm on the border")
    b.tag_span(sid, *SPANS[0], "actor-0", "hawkish", note="repeats the ministry line")
    b.close()
    report = merge_workspace(a, pb)
    assert [c["kind"] for c in report.conflicts] == ["tag"]
    values = {o["value"] for o in report.conflicts[0]["options"]}
    assert values == {"hawkish (note: firm on the border)", "hawkish (note: repeats the ministry line)"}
    keep = next(n for n, o in enumerate(report.conflicts[0]["options"], 1) if o["ref"] == ta.id)
    resolve_conflict(a, report.conflicts[0]["id"], keep)
    assert [(s.label, s.note) for s in a.history.in_force(sid)] == [("hawkish", "firm on the border")]
    a.close()


def test_a_retag_made_after_seeing_the_other_side_is_no_conflict(base, tmp_path):
    sid = make_source(TEXT, "minister.txt").id
    pa, a = _side(base, tmp_path / "a")
    a.tag_span(sid, *SPANS[1], "actor-1", "hawkish")
    a.close()
    pb = _copy(pa, tmp_path / "b", "ws.json")
    b = open_workspace(pb, annotator="ann", seed=False)
    later = b.tag_span(sid, *SPANS[1], "actor-1", "neutral")  # b saw a's tag: a re-tag
    b.close()
    a = open_workspace(pa, annotator="ann", seed=False)
    report = merge_workspace(a, pb)
    assert report.conflicts == [] and report.added == {"stances": 1}
    assert [s.id for s in a.history.in_force(sid)] == [later.id]
    a.close()


def test_opposite_actor_merges_and_concurrent_incident_titles_are_conflicts(base, tmp_path):
    pa, a = _side(base, tmp_path / "a")
    pb, b = _side(base, tmp_path / "b", "bob")
    a._edit("actor_edits", {"op": "merge", "actor_id": "putin", "into": "kremlin"})
    b._edit("actor_edits", {"op": "merge", "actor_id": "kremlin", "into": "putin"})
    a._edit("incident_edits", {"op": "rename", "incident_id": "inc-1", "title": "Drone strike"})
    b._edit("incident_edits", {"op": "rename", "incident_id": "inc-1", "title": "Air raid"})
    b.close()
    report = merge_workspace(a, pb)
    assert sorted(c["kind"] for c in report.conflicts) == ["actor merge", "incident title"]
    merge = next(c for c in report.conflicts if c["kind"] == "actor merge")
    keep = next(n for n, o in enumerate(merge["options"], 1) if o["value"] == "kremlin into putin")
    resolve_conflict(a, merge["id"], keep)
    in_force = [(e["actor_id"], e["into"]) for e in edits_in_force(a.store.all("actor_edits")) if e.get("op") == "merge"]
    assert in_force == [("kremlin", "putin")]
    title = next(c for c in report.conflicts if c["kind"] == "incident title")
    keep = next(n for n, o in enumerate(title["options"], 1) if o["value"] == "Drone strike")
    resolve_conflict(a, title["id"], keep)
    renames = [e["title"] for e in edits_in_force(a.store.all("incident_edits")) if e.get("op") == "rename"]
    assert renames[-1] == "Drone strike"
    a.close()


def _cli(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err.strip().splitlines()
    return code, err[-1] if err else ""


def test_bad_inputs_get_one_line_and_change_nothing(base, tmp_path, capsys):
    ws = _copy(base, tmp_path, "ws.json")
    before = ws.read_bytes()
    code, line = _cli(capsys, "--db", str(ws), "merge", str(ws))
    assert code == 1 and "is this workspace itself" in line
    other = tmp_path / "notes.json"
    other.write_text('["not", "tables"]')
    code, line = _cli(capsys, "--db", str(ws), "merge", str(other))
    assert code == 1 and "not a bluf workspace" in line and "--db" not in line
    newer = tmp_path / "newer.json"
    raw = orjson.loads(base.read_bytes())
    raw["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    newer.write_bytes(orjson.dumps(raw))
    code, line = _cli(capsys, "--db", str(ws), "merge", str(newer))
    assert code == 1 and "newer bluf" in line
    code, line = _cli(capsys, "--db", str(ws), "merge", str(tmp_path / "missing.json"))
    assert code == 1 and "no such file" in line
    assert ws.read_bytes() == before
    assert other.read_text() == '["not", "tables"]'


def test_export_format_workspace_is_a_file_merge_takes(base, tmp_path, capsys):
    sid = make_source(TEXT, "minister.txt").id
    pa, a = _side(base, tmp_path / "a")
    a.close()
    pb, b = _side(base, tmp_path / "b", "bob")
    tag = b.tag_span(sid, *SPANS[2], "actor-0", "neutral")
    b.close()
    copy = tmp_path / "carried" / "bob.bluf.json"
    copy.parent.mkdir()
    assert main(["--db", str(pb), "export", "--format", "workspace", "-o", str(copy)]) == 0
    assert not copy.with_name(copy.name + ".journal").exists()  # one file carries everything
    assert main(["--db", str(pa), "merge", str(copy)]) == 0
    assert "1 stances" in capsys.readouterr().out
    merged = open_workspace(pa, annotator="ann", seed=False)
    assert [s.id for s in merged.history.in_force(sid)] == [tag.id]
    merged.close()


def test_merging_a_json_export_says_in_one_line_to_export_with_format_workspace(base, tmp_path):
    """A new user carries `bluf export --format json` to the other server and merges it."""
    import subprocess
    import sys

    def bluf(*argv):
        return subprocess.run([sys.executable, "-m", "tui", *map(str, argv)], capture_output=True, text=True)

    theirs = _copy(base, tmp_path / "b", "theirs.json")
    export = tmp_path / "carried" / "theirs-export.json"
    export.parent.mkdir()
    assert bluf("--db", theirs, "export", "--format", "json", "-o", export).returncode == 0
    ours = _copy(base, tmp_path / "a", "ours.json")
    before = ours.read_bytes()
    p = bluf("--db", ours, "merge", export)
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and str(export) in lines[0] and "--format workspace" in lines[0], p.stderr
    assert ours.read_bytes() == before
    p = bluf("--db", theirs, "export", "--format", "workspace", "-o", export.with_name("theirs-copy.json"))
    assert p.returncode == 0
    assert bluf("--db", ours, "merge", export.with_name("theirs-copy.json")).returncode == 0  # the way the line gives


def test_merging_a_workspace_file_brings_its_sources_and_their_cached_analyses(ws_path, tmp_path, capsys):
    from annotate.nlp.pipeline import pipeline_version

    empty = tmp_path / "here" / "ws.json"
    empty.parent.mkdir()
    open_workspace(empty, seed=False).close()
    assert main(["--db", str(empty), "merge", str(ws_path)]) == 0
    out = capsys.readouterr().out
    assert "5 analyses" in out and "5 sources" in out
    ws = open_workspace(empty, seed=False)
    try:
        version = pipeline_version(ws.gazetteer)
        assert len(ws.sources()) == 5 and all(ws.cache.has(s.id, version) for s in ws.sources())
    finally:
        ws.close()


def test_bluf_conflicts_lists_each_conflict_with_numbered_options_and_resolve_keeps_one(base, tmp_path, capsys):
    sid = make_source(TEXT, "minister.txt").id
    pa, a = _side(base, tmp_path / "a")
    pb, b = _side(base, tmp_path / "b")
    ours = a.tag_span(sid, *SPANS[2], "actor-1", "hawkish")
    b.tag_span(sid, *SPANS[2], "actor-1", "neutral")  # later: in force after the merge until resolved
    a.close()
    b.close()
    assert main(["--db", str(pa), "merge", str(pb)]) == 0
    assert "1 new conflict" in capsys.readouterr().out
    assert main(["--db", str(pa), "conflicts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    cid = lines[0].split()[0]
    options = [line.strip() for line in lines[1:]]
    assert len(options) == 2 and options[0].startswith("1. ") and options[1].startswith("2. ")
    n = next(i for i, o in enumerate(options, 1) if ours.id in o)
    # A brief exported while the conflict is open says so (a new user's brief stated one side's value as fact).
    assert main(["--db", str(pa), "export", "-o", str(tmp_path / "brief.md")]) == 0
    said = capsys.readouterr().err
    assert "1 merge conflict open: this export shows the values in force; `bluf conflicts` lists them" in said, said
    code, line = _cli(capsys, "--db", str(pa), "conflicts", "resolve", cid, "3")
    assert code == 1 and line == f"bluf: conflict {cid} has options 1 to 2"
    assert main(["--db", str(pa), "conflicts", "resolve", cid, str(n)]) == 0
    capsys.readouterr()
    assert main(["--db", str(pa), "conflicts"]) == 0
    assert capsys.readouterr().out.strip() == "no open conflicts"
    assert main(["--db", str(pa), "export", "-o", str(tmp_path / "brief.md")]) == 0
    assert "merge conflict" not in capsys.readouterr().err
    ws = open_workspace(pa, seed=False)
    assert [s.id for s in ws.history.in_force(sid)] == [ours.id]
    assert any(e["event"] == "retag" and e["tag"] == ours.id for e in ws.log())
    ws.close()


def test_different_source_metadata_puts_the_same_values_in_force_whichever_side_merges(base, tmp_path):
    """Two servers retitle one source differently: merged either way, the same title is in
    force (chosen by content, not by who merged), and the difference is a conflict."""
    sid = make_source(TEXT, "minister.txt").id
    titles = {}
    for first, second in (("a", "b"), ("b", "a")):
        d = tmp_path / f"{first}{second}"
        pa, a = _side(base, d / "a")
        pb, b = _side(base, d / "b", "bob")
        a.edit_source(sid, title="Minister holds firm")
        b.edit_source(sid, title="Envoy urges talks")
        sides = {"a": (pa, a), "b": (pb, b)}
        into, other = sides[first][1], sides[second]
        other[1].close()
        report = merge_workspace(into, other[0])
        assert [c["kind"] for c in report.conflicts] == ["source metadata"]
        into.close()
        again = open_workspace(sides[first][0], annotator="check", seed=False)
        titles[first] = next(s.title for s in again.sources() if s.id == sid)
        again.close()
    assert titles["a"] == titles["b"]


def test_opposite_incident_merges_are_a_conflict_and_resolving_keeps_one(base, tmp_path):
    pa, a = _side(base, tmp_path / "a")
    pb, b = _side(base, tmp_path / "b", "bob")
    a._edit("incident_edits", {"op": "merge", "incident_id": "poland-strike", "into": "poland-incursion"})
    b._edit("incident_edits", {"op": "merge", "incident_id": "poland-incursion", "into": "poland-strike"})
    b.close()
    report = merge_workspace(a, pb)
    assert [c["kind"] for c in report.conflicts] == ["incident merge"]
    c = report.conflicts[0]
    keep = next(n for n, o in enumerate(c["options"], 1) if o["value"] == "poland-strike into poland-incursion")
    resolve_conflict(a, c["id"], keep)
    in_force = [(e["incident_id"], e["into"]) for e in edits_in_force(a.store.all("incident_edits")) if e.get("op") == "merge"]
    assert in_force == [("poland-strike", "poland-incursion")]
    a.close()


def test_different_speakers_given_to_one_quote_on_two_sides_are_a_conflict(base, tmp_path, capsys):
    # A new user gave quote 0 to one actor on laptop A and to another on laptop B: after the
    # merge one speaker was in force and no conflict was listed.
    pa = _copy(base, tmp_path / "a", "ws.json")
    pb = _copy(base, tmp_path / "b", "ws.json")
    for path, who in ((pa, "Karl Holm"), (pb, "Nora Falk")):
        assert main(["--db", str(path), "quotes", "speaker", "minister.txt", "1", who, "--new"]) == 0
    capsys.readouterr()
    assert main(["--db", str(pa), "merge", str(pb)]) == 0
    assert "1 new conflict" in capsys.readouterr().out
    assert main(["--db", str(pa), "conflicts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "quote speaker" in lines[0], lines
    options = [line.strip() for line in lines[1:]]
    n = next(i for i, o in enumerate(options, 1) if "karl-holm" in o.lower() or "karl holm" in o.lower())
    assert main(["--db", str(pa), "conflicts", "resolve", lines[0].split()[0], str(n)]) == 0
    ws = open_workspace(pa, seed=False)
    ws.analyze()
    q = ws.quotes(make_source(TEXT, "minister.txt").id)[0]
    assert ws.actor(q.actor_id).name == "Karl Holm"
    ws.close()
    assert main(["--db", str(pa), "merge", str(pb)]) == 0  # merging the old copy again reopens nothing
    capsys.readouterr()
    assert main(["--db", str(pa), "conflicts"]) == 0
    assert capsys.readouterr().out.strip() == "no open conflicts"
