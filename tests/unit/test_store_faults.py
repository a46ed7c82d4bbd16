"""Faults around the store: damaged journal lines, `recover`, odd files given as a
workspace, symlinks, directories and litter left by an interrupted compaction. Real
files and processes; full disks and other users are in tests/e2e/test_store_faults.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tinydb import TinyDB

from annotate import store as store_mod
from annotate.store import LockedError, Store, StoreError, recover
from annotate.workspace import WorkspaceError, open_workspace

from .test_store import lock_held_elsewhere


def _ids(path) -> list[str]:
    return [d["id"] for d in Store(path).all("stances")]


def _journal_with(tmp_path, n: int) -> tuple:
    p = tmp_path / "w.json"
    s = Store(p)
    for i in range(n):
        s.insert("stances", {"id": f"t{i}"})
    s.close(compact=False)
    j = tmp_path / "w.json.journal"
    return p, j, j.read_bytes().splitlines(keepends=True)


# ------------------------------------------------------------------ a damaged journal line
def test_one_changed_byte_loses_only_its_record_and_the_next_write_keeps_the_rest(tmp_path):
    p, j, lines = _journal_with(tmp_path, 4)
    bad = bytearray(lines[1])
    bad[12] ^= 0x01  # one flipped bit inside record 2's JSON
    j.write_bytes(lines[0] + bytes(bad) + lines[2] + lines[3])
    s = Store(p)
    assert [d["id"] for d in s.all("stances")] == ["t0", "t2", "t3"]
    notice = next(n for n in s.notices if "damaged" in n)
    assert "1 damaged record" in notice and "\n" not in notice
    kept = list(tmp_path.glob("w.json.journal.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(bad)
    s.insert("stances", {"id": "t4"})
    s.close()
    assert _ids(p) == ["t0", "t2", "t3", "t4"]
    assert [d["id"] for d in TinyDB(p).table("stances").all()] == ["t0", "t2", "t3", "t4"]
    again = Store(p)  # reported once: the damage was folded away, its bytes kept aside
    assert not any("damaged" in n for n in again.notices)


def test_a_lost_newline_loses_only_the_record_it_ended(tmp_path):
    p, j, lines = _journal_with(tmp_path, 4)
    j.write_bytes(lines[0] + lines[1][:-1] + b"X" + lines[2] + lines[3])
    s = Store(p)
    assert [d["id"] for d in s.all("stances")] == ["t0", "t2", "t3"]
    assert any("1 damaged record" in n for n in s.notices)


def test_blank_lines_and_crlf_line_ends_lose_nothing(tmp_path):
    p, j, lines = _journal_with(tmp_path, 4)
    j.write_bytes(b"\n".join(line.replace(b"\n", b"\r\n") for line in lines) + b"\r\n\n")
    s = Store(p)
    assert [d["id"] for d in s.all("stances")] == ["t0", "t1", "t2", "t3"]
    assert not any("damaged" in n for n in s.notices)
    s.insert("stances", {"id": "t4"})
    assert _ids(p) == ["t0", "t1", "t2", "t3", "t4"]


def test_a_read_only_open_reads_past_damage_without_writing(tmp_path):
    p, j, lines = _journal_with(tmp_path, 3)
    j.write_bytes(lines[0] + b"\x00\x00garbage\n" + lines[1] + lines[2])
    before = sorted(x.name for x in tmp_path.iterdir())
    s = Store(p, readonly=True)
    assert [d["id"] for d in s.all("stances")] == ["t0", "t1", "t2"]
    assert any("damaged" in n for n in s.notices)
    assert sorted(x.name for x in tmp_path.iterdir()) == before


# ------------------------------------------------------------------ recover
def _workspace_with_5_sources_and_2_tags(path):
    from annotate.ingest import make_source

    ws = open_workspace(path, seed=False, annotator="ana")
    ws.add_sources([make_source(f"“Line {i},” General Kai Berg said on Monday.\n", f"s{i}.txt") for i in range(5)])
    src = ws.sources()[0]
    ws.tag_span(src.id, 0, 9, "kai-berg", "hawkish")
    ws.tag_span(ws.sources()[1].id, 0, 9, "kai-berg", "cautious")
    ws.close()


def _counts(path) -> tuple[int, int]:
    ws = open_workspace(path, seed=False)
    try:
        return len(ws.sources()), len(ws.history.ids())
    finally:
        ws.close(compact=False)


def test_recover_on_a_healthy_workspace_without_a_backup_keeps_everything(tmp_path):
    p = tmp_path / "w.json"
    _workspace_with_5_sources_and_2_tags(p)
    (tmp_path / "w.json.bak").unlink()
    summary = recover(p)
    assert "\n" not in summary and "5 sources" in summary
    assert _counts(p) == (5, 2)


def test_recover_starts_from_the_main_file_and_replays_the_journal(tmp_path):
    p = tmp_path / "w.json"
    _workspace_with_5_sources_and_2_tags(p)  # compacted: the .bak is the state before
    s = Store(p)
    s.insert("stances", {"ev": "note", "id": "n1", "target": "x", "note": "in the journal only"})
    s.close(compact=False)
    recover(p)
    assert [d["id"] for d in Store(p).all("stances")][-1] == "n1"
    assert _counts(p) == (5, 2)


def test_recover_waits_for_the_workspace_lock(tmp_path, monkeypatch):
    p = tmp_path / "w.json"
    Store(p).close()
    monkeypatch.setattr(store_mod, "LOCK_TIMEOUT", 0.3)
    with lock_held_elsewhere(p):
        before = p.read_bytes()
        with pytest.raises(LockedError):
            recover(p)
        assert p.read_bytes() == before


def test_recover_with_nothing_readable_refuses_and_moves_nothing(tmp_path):
    p = tmp_path / "w.json"
    p.write_text('["not", "a", "workspace"]', encoding="utf-8")
    with pytest.raises(StoreError) as err:
        recover(p)
    assert "nothing readable" in str(err.value) and "\n" not in str(err.value)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["w.json"]


# ------------------------------------------------------------------ odd files
ODD = {
    "a JSON list": b"[1, 2, 3]",
    "a number": b"42",
    "a string": b'"workspace"',
    "null": b"null",
    "an empty file": b"",
    "an unrelated document": json.dumps({"name": "left-pad", "version": "1.3.0", "dependencies": {}}).encode(),
    "another TinyDB program": json.dumps({"_default": {"1": {"user": "x"}}}).encode(),
    "a meta that is a list": json.dumps({"meta": [], "sources": {}}).encode(),
    "a meta without schema_version": json.dumps({"meta": {"1": {"owner": "x"}}, "sources": {}}).encode(),
    "a source without id": json.dumps({"meta": {"1": {"schema_version": 2}}, "sources": {"1": {"text": "x"}}}).encode(),
    "a stance without source_id": json.dumps({"meta": {"1": {"schema_version": 2}}, "stances": {
        "1": {"ev": "tag", "id": "t1", "actor_id": "a", "label": "hawkish", "start": 0, "end": 3}}}).encode(),
    "a text schema_version": json.dumps({"meta": {"1": {"schema_version": "2"}}, "sources": {}}).encode(),
    # --db given an article or a saved page by mistake: not JSON, and no workspace beside it.
    "an article": "Ceasefire holds\nThe minister said: “We will not back down.”\n".encode(),
    "a saved web page": b"<!doctype html><html><head><title>News</title></head><body><p>Text</p></body></html>",
}


@pytest.mark.parametrize("content", list(ODD.values()), ids=list(ODD))
def test_an_odd_file_is_reported_by_name_and_left_as_it_is(tmp_path, content):
    p = tmp_path / "w.json"
    p.write_bytes(content)
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    with pytest.raises(WorkspaceError) as err:
        open_workspace(p)
    msg = str(err.value)
    assert str(p) in msg and "not a bluf workspace" in msg and "\n" not in msg
    assert "newer" not in msg
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["w.json"]  # nothing added beside it


def test_a_non_integer_schema_version_is_named_as_such(tmp_path):
    p = tmp_path / "w.json"
    p.write_text(json.dumps({"meta": {"1": {"schema_version": "3.x"}}}), encoding="utf-8")
    with pytest.raises(WorkspaceError, match=r"schema_version '3.x' is not a whole number"):
        open_workspace(p)


# ------------------------------------------------------------------ paths
def test_a_symlinked_workspace_stays_a_symlink_after_compaction(tmp_path):
    real_dir, link_dir = tmp_path / "shared", tmp_path / "home"
    real_dir.mkdir()
    link_dir.mkdir()
    Store(real_dir / "w.json").close()
    link = link_dir / "w.json"
    link.symlink_to(real_dir / "w.json")
    s = Store(link)
    s.insert("stances", {"id": "a"})
    assert s.compact() is True
    s.close()
    assert link.is_symlink()
    assert [d["id"] for d in TinyDB(real_dir / "w.json").table("stances").all()] == ["a"]
    assert sorted(x.name for x in link_dir.iterdir()) == ["w.json"]  # journal and lock beside the target


def test_a_directory_as_workspace_gets_one_line(tmp_path):
    with pytest.raises(StoreError) as err:
        Store(tmp_path)
    assert "is a directory" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(StoreError, match="is a directory"):
        recover(tmp_path)


# ------------------------------------------------------------------ litter
def test_files_left_by_an_interrupted_compaction_are_removed_at_the_next_open(tmp_path):
    p = tmp_path / "w.json"
    s = Store(p)
    s.insert("stances", {"id": "a"})
    s.close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    litter = [f".w.json.tmp-{pid}", f".w.json.bak-{pid}", f".w.json.tmp-{os.getppid()}", f".w.json.new-{pid}"]
    for name in litter:
        (tmp_path / name).write_bytes(b"x" * 1000)
    (tmp_path / f".w.json.new-{os.getpid()}").write_bytes(b"")  # a live creator's: not ours to remove
    (tmp_path / ".other.json.tmp-1").write_bytes(b"")  # another workspace's
    s = Store(p)
    assert [d["id"] for d in s.all("stances")] == ["a"]
    left = sorted(x.name for x in tmp_path.iterdir() if x.name.startswith("."))
    assert left == sorted([f".w.json.new-{os.getpid()}", ".other.json.tmp-1"])


def test_a_last_record_that_lost_its_line_end_is_kept(tmp_path):
    p, j, lines = _journal_with(tmp_path, 3)
    j.write_bytes(lines[0] + lines[1] + lines[2][:-1] + b"\x0b")  # the final newline changed
    s = Store(p)
    assert [d["id"] for d in s.all("stances")] == ["t0", "t1", "t2"]
    s.insert("stances", {"id": "t3"})
    assert _ids(p) == ["t0", "t1", "t2", "t3"]


def test_a_torn_last_record_is_cut_off_and_its_bytes_kept(tmp_path):
    p, j, lines = _journal_with(tmp_path, 3)
    j.write_bytes(lines[0] + lines[1] + lines[2][:40])  # a crash mid-append: never acknowledged
    s = Store(p)
    assert [d["id"] for d in s.all("stances")] == ["t0", "t1"]
    kept = list(tmp_path.glob("w.json.journal.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == lines[2][:40] + b"\n"
    s.insert("stances", {"id": "t3"})
    assert _ids(p) == ["t0", "t1", "t3"]


def test_a_missing_file_beside_its_backup_is_not_replaced_by_a_fresh_workspace(tmp_path):
    p = tmp_path / "w.json"
    _workspace_with_5_sources_and_2_tags(p)
    p.unlink()  # moved away by hand, or by an older bluf's recover on a full disk
    with pytest.raises(WorkspaceError) as err:
        open_workspace(p)
    assert "recover" in str(err.value) and "w.json.bak" in str(err.value) and "\n" not in str(err.value)
    assert not p.exists()
    assert "w.json.bak" in recover(p)
    assert _counts(p) == (5, 2)


def test_recover_run_again_and_again_leaves_no_empty_journal_copies(tmp_path):
    """Each recover keeps the previous file beside the new one, as evidence; an empty
    journal has nothing to keep, so five recoveries leave no empty `.replayed-` files."""
    p = tmp_path / "w.json"
    _workspace_with_5_sources_and_2_tags(p)
    for _ in range(5):
        recover(p)
    assert not [f.name for f in tmp_path.iterdir() if ".replayed-" in f.name and f.stat().st_size == 0]
    assert _counts(p) == (5, 2)
