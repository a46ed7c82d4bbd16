"""The store on a real full disk (a small tmpfs), and shared by real users of a team
group: creating a workspace, compaction and `bluf recover` when the disk is full, the
documented `[workspace] group` set-up in a group-writable directory without setgid, and
a lock file another user owns."""

from __future__ import annotations

import errno
import grp
import os
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from annotate.store import Store
from tests.e2e.helpers import BLUF
from tests.unit.test_store import _python_for_nobody

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs and switching users needs root")


@pytest.fixture
def small_disk():
    """A 1 MiB tmpfs, unmounted afterwards."""
    d = Path(tempfile.mkdtemp(prefix="bluf-full-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(d)], capture_output=True).returncode:
        os.rmdir(d)
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield d
    finally:
        subprocess.run(["umount", str(d)], check=True)
        os.rmdir(d)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill the disk, then free ``leave`` bytes; returns the filler file."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as err:
        assert err.errno == errno.ENOSPC
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, filler.stat().st_size - leave)
    return filler


def _bluf(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BLUF), "--db", str(db), *args], capture_output=True, text=True, timeout=120)


@needs_root
def test_creating_a_workspace_on_a_full_disk_leaves_nothing(small_disk):
    _fill(small_disk)
    out = _bluf(small_disk / "w.json", "feeds", "add", "https://example.org/rss.xml")  # a command that makes one
    assert out.returncode != 0
    assert "full" in out.stderr and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


@needs_root
def test_compaction_on_a_full_disk_keeps_the_previous_file_and_leaves_no_temp_file(small_disk):
    p = small_disk / "w.json"
    s = Store(p)
    s.insert_many("stances", [{"id": f"t{i}", "quote": "x" * 2000} for i in range(60)])  # ~120 kB
    assert s.compact()
    s.insert_many("stances", [{"id": f"u{i}", "quote": "y" * 2000} for i in range(5)])
    main = p.read_bytes()
    _fill(small_disk, leave=20_000)  # room for journal lines, not for a new 130 kB file
    assert s.compact() is False
    notice = next(n for n in s.notices if "compaction" in n)
    assert "\n" not in notice and "space" in notice
    assert p.read_bytes() == main
    s.insert("stances", {"id": "after"})  # the journal still takes small writes
    s.close()
    assert not [x.name for x in small_disk.iterdir() if ".tmp-" in x.name or ".bak-" in x.name]
    assert len(Store(p, readonly=True).all("stances")) == 66


@needs_root
def test_recover_on_a_full_disk_moves_nothing_away(small_disk):
    p = small_disk / "w.json"
    s = Store(p)
    s.insert_many("stances", [{"id": f"t{i}", "quote": "x" * 2000} for i in range(60)])
    s.close()
    s = Store(p)
    s.insert("stances", {"id": "journal-only"})
    s.close(compact=False)
    damaged = p.read_bytes()[:-100]
    p.write_bytes(damaged)  # torn: recover must rebuild it from W.bak and the journals
    filler = _fill(small_disk)
    out = _bluf(p, "recover")
    assert out.returncode != 0 and "full" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert p.read_bytes() == damaged  # still there: the next command does not start afresh
    assert not [x.name for x in small_disk.iterdir() if ".tmp-" in x.name]
    filler.unlink()
    out = _bluf(p, "recover")
    assert out.returncode == 0, out.stderr
    ids = [d["id"] for d in Store(p).all("stances")]
    assert len(ids) == 61 and ids[-1] == "journal-only"


# ------------------------------------------------------------------ a team group, real users
def _team_group() -> grp.struct_group:
    for name in ("users", "staff", "src"):
        try:
            return grp.getgrnam(name)
        except KeyError:
            continue
    pytest.skip("no spare group to act as the team group")


def _as(uid: int, gid: int, groups: list[int]):
    def switch():
        os.setgroups(groups)
        os.setgid(gid)
        os.setuid(uid)
        os.umask(0o022)  # a common login umask: the files must still be group-writable

    return switch


@pytest.fixture
def team_dir():
    """A directory of the team group, group-writable, without setgid (as `mkdir` makes it)."""
    d = Path(tempfile.mkdtemp(prefix="bluf-team-"))
    os.chmod(d, 0o755)
    shared = d / "shared"
    shared.mkdir()
    yield d, shared
    subprocess.run(["rm", "-rf", str(d)], check=True)


@needs_root
def test_two_analysts_of_a_team_group_share_a_workspace_without_setgid(team_dir):
    top, shared = team_dir
    team = _team_group()
    os.chown(shared, 0, team.gr_gid)
    os.chmod(shared, 0o770)
    python, env = _python_for_nobody(top)
    p = shared / "w.json"
    code = (
        "import sys\nfrom annotate.store import Store\n"
        f"s = Store({str(p)!r}, mode=0o660, group={team.gr_gid})\n"
        "s.insert('stances', {'id': sys.argv[1]})\n"
        "s.compact()\ns.insert('stances', {'id': sys.argv[1] + '-2'})\ns.close()\n"
        "print(sorted(d['id'] for d in s.all('stances')))\n"
    )
    daemon = _as(1, 1, [team.gr_gid])
    nobody = _as(65534, 65534, [team.gr_gid])
    for who, name in ((daemon, "ana"), (nobody, "ben"), (daemon, "ana2")):
        out = subprocess.run([python, "-c", code, name], capture_output=True, text=True, preexec_fn=who, env=env, cwd="/")
        assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(sorted(["ana", "ana-2", "ben", "ben-2", "ana2", "ana2-2"]))
    for f in shared.iterdir():
        st = f.stat()
        assert st.st_gid == team.gr_gid, f.name
        assert stat.S_IMODE(st.st_mode) == 0o660, f.name


@needs_root
def test_a_lock_file_another_user_owns_gets_one_line_saying_what_to_change(team_dir):
    top, shared = team_dir
    os.chmod(shared, 0o777)
    p = shared / "w.json"
    Store(p, mode=0o666).close()
    lock = shared / "w.json.lock"
    os.chown(lock, 1, 1)
    os.chmod(lock, 0o600)
    python, env = _python_for_nobody(top)
    code = (
        "from annotate.store import Store, StoreError\n"
        f"try:\n    Store({str(p)!r})\nexcept StoreError as e:\n    print('error:', e)\n"
    )
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, preexec_fn=_as(65534, 65534, []), env=env, cwd="/")
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip()
    assert line.startswith("error:") and "\n" not in line
    assert "w.json.lock" in line and "permission denied" in line and "daemon" in line and "chmod" in line


def test_a_directory_given_as_db_gets_one_line(tmp_path):
    out = _bluf(tmp_path, "export")
    assert out.returncode == 1
    assert out.stderr.strip() == f"bluf: {tmp_path} is a directory, not a workspace file: give a file, e.g. --db {tmp_path / 'workspace.json'}"
    assert list(tmp_path.iterdir()) == []


@needs_root
def test_the_analysis_cache_of_a_team_workspace_is_shared_by_its_group(team_dir):
    """One analyst's cached analysis is readable and extendable by another of the group."""
    top, shared = team_dir
    team = _team_group()
    os.chown(shared, 0, team.gr_gid)
    os.chmod(shared, 0o770)
    python, env = _python_for_nobody(top)
    cache = shared / "w.json.analysis"
    code = (
        "import sys\nfrom annotate.cache import AnalysisCache\nfrom annotate.models import Analysis\n"
        f"c = AnalysisCache({str(cache)!r}, mode=0o660, group={team.gr_gid})\n"
        "other = {'ana': 'ben', 'ben': 'ana'}[sys.argv[1]]\n"
        "c.put(Analysis(source_id=sys.argv[1], pipeline='p1'))\n"
        "print(c.get(other, 'p1') is not None)\n"
    )
    for who, name in ((_as(1, 1, [team.gr_gid]), "ana"), (_as(65534, 65534, [team.gr_gid]), "ben")):
        out = subprocess.run([python, "-c", code, name], capture_output=True, text=True, preexec_fn=who, env=env, cwd="/")
        assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"  # ben read ana's analysis
    assert sorted(p.name for p in (cache / "p1").iterdir()) == ["ana.json", "ben.json"]  # and wrote his own
    for f in [cache, *cache.rglob("*")]:
        assert f.stat().st_gid == team.gr_gid, f


@needs_root
def test_an_analysis_cache_another_user_owns_is_named_in_one_line(team_dir):
    top, shared = team_dir
    os.chmod(shared, 0o777)
    cache = shared / "w.json.analysis"
    cache.mkdir()
    os.chown(cache, 1, 1)
    os.chmod(cache, 0o755)
    python, env = _python_for_nobody(top)
    code = f"from annotate.cache import AnalysisCache\nprint(AnalysisCache({str(cache)!r}).problem())\n"
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, preexec_fn=_as(65534, 65534, []), env=env, cwd="/")
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip()
    assert "\n" not in line and "not writable" in line and "daemon" in line and "chmod" in line


@needs_root
def test_an_analyst_without_the_group_setting_does_not_lock_the_team_out(team_dir):
    top, shared = team_dir
    team = _team_group()
    os.chown(shared, 0, team.gr_gid)
    os.chmod(shared, 0o770)
    python, env = _python_for_nobody(top)
    p = shared / "w.json"
    code = (
        "import sys\nfrom annotate.store import Store\n"
        f"s = Store({str(p)!r}, **eval(sys.argv[2]))\n"
        "s.insert('stances', {'id': sys.argv[1]})\ns.compact()\ns.insert('stances', {'id': sys.argv[1] + '-2'})\n"
        "s.close()\nprint(len(s.all('stances')))\n"
    )
    team_cfg = repr({"mode": 0o660, "group": team.gr_gid})
    steps = ((_as(1, 1, [team.gr_gid]), "ana", team_cfg), (_as(65534, 65534, [team.gr_gid]), "ben", "{}"),
             (_as(1, 1, [team.gr_gid]), "ana2", team_cfg))
    for who, name, cfg in steps:
        out = subprocess.run([python, "-c", code, name, cfg], capture_output=True, text=True, preexec_fn=who, env=env, cwd="/")
        assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "6"
    for f in shared.iterdir():
        assert f.stat().st_gid == team.gr_gid and stat.S_IMODE(f.stat().st_mode) == 0o660, f.name


@needs_root
def test_a_cache_write_on_a_full_disk_leaves_no_part_and_no_temp_file(small_disk):
    """The caches write through annotate.atomic like the workspace: a full disk costs the
    cache entry only, never a half-written one that a later start would read."""
    from annotate.cache import AnalysisCache
    from annotate.models import Analysis

    cache = AnalysisCache(small_disk / "w.json.analysis")
    cache.put(Analysis(source_id="small", pipeline="p1"))
    _fill(small_disk, leave=2048)
    big = Analysis(source_id="big", pipeline="p1", stray_marks=list(range(100_000, 200_000)))
    cache.put(big)  # best effort: no error
    assert sorted(p.name for p in (cache.dir / "p1").iterdir()) == ["small.json"]
    assert cache.get("big", "p1") is None and cache.get("small", "p1") is not None
