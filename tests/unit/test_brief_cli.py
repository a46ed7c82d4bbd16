"""`bluf brief title|scope`: the brief's title and scope kept in the workspace, seen by
`bluf export` and `bluf log` (real processes, a real workspace file)."""

from __future__ import annotations

import subprocess
import sys

STORY = ("“Our strikes were measured and precise,” Defence Minister Rajnath Singh told reporters in New Delhi on Wednesday. "
         "Indian drones struck three sites near Bahawalpur overnight, Pakistan's army said.\n")


def bluf(*args):
    return subprocess.run([sys.executable, "-m", "tui", *map(str, args)], capture_output=True, text=True)


def test_brief_title_and_scope_are_set_printed_exported_and_logged(tmp_path):
    db = tmp_path / "ws.json"
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert bluf("--db", db, "import", tmp_path / "a.txt").returncode == 0
    derived = bluf("--db", db, "brief", "title")
    assert derived.returncode == 0, derived.stderr
    assert "derived from the incidents" in derived.stdout and "Airspace" not in derived.stdout
    p = bluf("--db", db, "brief", "title", "India and Pakistan: strikes")
    assert p.returncode == 0 and p.stdout.strip() == "India and Pakistan: strikes"
    assert bluf("--db", db, "brief", "scope", "7-10 May 2025").returncode == 0
    assert bluf("--db", db, "brief", "title").stdout.strip() == "India and Pakistan: strikes"
    md = bluf("--db", db, "export").stdout
    assert md.startswith("# India and Pakistan: strikes\n") and "Scope: 7-10 May 2025; 1 source," in md
    assert bluf("--db", db, "export", "--title", "Given").stdout.startswith("# Given\n")
    log = bluf("--db", db, "log").stdout
    assert "brief title: “India and Pakistan: strikes”" in log and "brief scope: “7-10 May 2025”" in log
    assert bluf("--db", db, "brief", "title", "").returncode == 0  # back to the derived title
    assert bluf("--db", db, "export").stdout.splitlines()[0] == "# " + derived.stdout.split("  (derived")[0].strip()


def test_brief_without_an_action_is_a_usage_error(tmp_path):
    p = bluf("--db", tmp_path / "ws.json", "brief")
    assert p.returncode == 2 and "Traceback" not in p.stderr and p.stderr.splitlines() == ["bluf: brief: the following arguments are required: ACTION; see `bluf brief --help`"]
