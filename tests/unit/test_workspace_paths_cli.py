"""A mistyped workspace path (--db or $BLUF_DB) never becomes a workspace: the commands
that read refuse it in one line and make nothing; the commands that add make an empty
workspace (no bundled articles) and say so. Real processes, as a cron job runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def bluf(*args, env=None):
    return subprocess.run([sys.executable, "-m", "tui", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("argv", [("sources",), ("incidents", "list"), ("export",), ("export", "--format", "json"),
                                  ("stats",), ("log",), ("brief", "title"), ("source", "show", "x"), ("labels",),
                                  ("feeds", "list"), ("feeds", "update"), ("conflicts",), ("tag", "x", "1", "hawkish")])
def test_a_reading_command_on_a_mistyped_db_fails_in_one_line_and_makes_nothing(tmp_path, argv):
    typo = tmp_path / "nodir" / "typo.json"
    p = bluf("--db", typo, *argv)
    assert p.returncode == 1 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and p.stderr.startswith(f"bluf: no workspace at {typo} (--db")
    assert "import FILE" in p.stderr and "seed" not in p.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_typo_in_bluf_db_makes_the_cron_export_fail(tmp_path):
    p = bluf("export", "-o", tmp_path / "brief.md", env={"BLUF_DB": str(tmp_path / "wrokspace.json")})
    assert p.returncode == 1 and "$BLUF_DB" in p.stderr and str(tmp_path / "wrokspace.json") in p.stderr
    assert list(tmp_path.iterdir()) == []  # no workspace, no brief


def test_the_default_workspace_missing_is_refused_too(tmp_path):
    data = tmp_path / "data"
    p = bluf("sources", env={"XDG_DATA_HOME": str(data)})
    assert p.returncode == 1 and p.stderr.startswith(f"bluf: no workspace at {data / 'bluf' / 'workspace.json'}")
    assert not data.exists()


def test_import_makes_an_empty_workspace_says_so_and_brings_no_bundled_articles(tmp_path):
    (tmp_path / "note.txt").write_text('The mayor of Lakeview said "we will rebuild the bridge".\n', encoding="utf-8")
    db = tmp_path / "new.json"
    p = bluf("--db", db, "import", tmp_path / "note.txt")
    assert p.returncode == 0, p.stderr
    assert f"bluf: new empty workspace at {db}" in p.stderr and "seed" not in p.stderr
    listed = bluf("--db", db, "sources")
    assert listed.returncode == 0 and [line.split()[-1] for line in listed.stdout.splitlines()] == ["note.txt"]
    again = bluf("--db", db, "import", tmp_path / "note.txt")
    assert "new empty workspace" not in again.stderr


def test_feeds_add_makes_an_empty_workspace(tmp_path):
    db = tmp_path / "feeds.json"
    p = bluf("--db", db, "feeds", "add", "https://example.org/rss.xml", "--name", "ex")
    assert p.returncode == 0 and "new empty workspace" in p.stderr
    assert bluf("--db", db, "sources").stdout == ""


def test_db_after_the_command_or_its_action_is_the_workspace_used(tmp_path):
    """New users type `bluf brief title --db x.json` and `bluf import a.txt --db x.json`."""
    (tmp_path / "a.txt").write_text("The envoy said: “Talks must go on.”\n", encoding="utf-8")
    ws = tmp_path / "x.json"
    p = bluf("import", tmp_path / "a.txt", "--db", ws, env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert p.returncode == 0, p.stderr
    assert ws.is_file() and not (tmp_path / "data").exists()  # not the default workspace
    p = bluf("brief", "title", "Talks", "--db", ws)
    assert p.returncode == 0, p.stderr
    assert bluf("brief", "title", "--db", ws).stdout.strip() == "Talks"
    assert "a.txt" in bluf("sources", "--db", ws).stdout
    p = bluf("--db", tmp_path / "typo.json", "sources", "--db", ws)  # the one nearer the command wins
    assert p.returncode == 0 and "a.txt" in p.stdout
    p = bluf("sources", "--db")
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "--db" in p.stderr


@pytest.mark.parametrize("argv", [("--sample", "--db", "x.json", "sources"), ("sources", "--sample", "--db", "x.json"),
                                  ("--db", "x.json", "--sample"), ("--db", "x.json", "export", "--sample")])
def test_sample_with_db_is_refused_in_one_line_and_makes_nothing(tmp_path, argv):
    data = tmp_path / "data"
    p = subprocess.run([sys.executable, "-m", "tui", *argv], capture_output=True, text=True, cwd=tmp_path,
                       env={**os.environ, "XDG_DATA_HOME": str(data)}, stdin=subprocess.DEVNULL)
    assert p.returncode == 1 and p.stdout == ""
    assert p.stderr == "bluf: --sample and --db name two workspaces: give one\n"
    assert list(tmp_path.iterdir()) == []


def test_sample_names_the_sample_workspace_before_or_after_the_command(tmp_path):
    """`bluf --sample CMD` (or `CMD --sample`) is the sample workspace, beside the default one:
    the first command to open it makes it with the five bundled articles; the default
    workspace is neither made nor touched, even when $BLUF_DB names one."""
    data = tmp_path / "data"
    env = {"XDG_DATA_HOME": str(data), "BLUF_DB": str(tmp_path / "mine.json")}
    where = bluf("locate", "db", "--sample", env=env)
    assert where.stdout.strip() == str(data / "bluf" / "sample.json")
    listed = bluf("--sample", "sources", env=env)
    assert listed.returncode == 0, listed.stderr
    assert f"bluf: new sample workspace with the 5 bundled articles at {data / 'bluf' / 'sample.json'}" in listed.stderr
    assert sorted(line.split()[3] for line in listed.stdout.splitlines()) == sorted(p.name for p in SEEDS.glob("*.txt"))
    again = bluf("sources", "--sample", env=env)
    assert again.stdout == listed.stdout and "new sample workspace" not in again.stderr
    assert not (tmp_path / "mine.json").exists()
    mine = bluf("sources", env=env)  # the default workspace is still not there
    assert mine.returncode == 1 and "`bluf --sample` opens the bundled articles" in mine.stderr
