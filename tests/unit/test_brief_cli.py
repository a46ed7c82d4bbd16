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


def test_brief_without_an_action_prints_the_brief_as_export_does(tmp_path):
    """A new user's `bluf brief` gives the brief (stdout, as `bluf export`), and one line on
    stderr says which command writes it to a file."""
    db = tmp_path / "ws.json"
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert bluf("--db", db, "import", tmp_path / "a.txt").returncode == 0
    p = bluf("--db", db, "brief")
    assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr
    assert p.stdout == bluf("--db", db, "export").stdout and p.stdout.startswith("# ")
    assert p.stderr.splitlines()[-1] == "bluf: the brief, as `bluf export` prints it (`bluf export -o FILE` writes it to a file)"


def test_export_to_a_file_says_the_brief_was_written(tmp_path):
    db = tmp_path / "ws.json"
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert bluf("--db", db, "import", tmp_path / "a.txt").returncode == 0
    out = tmp_path / "brief2.md"
    p = bluf("--db", db, "export", "-o", out)
    assert p.returncode == 0 and out.read_text(encoding="utf-8").startswith("# ")
    assert p.stderr.splitlines()[-1] == f"bluf: brief written to {out}"
    p = bluf("--db", db, "export", "--format", "json", "-o", tmp_path / "all.json")
    assert p.stderr.splitlines()[-1] == f"bluf: json export written to {tmp_path / 'all.json'}"


def test_the_briefs_source_list_gives_the_url_set_with_source_edit(tmp_path):
    """`bluf source edit --url` then `bluf brief`: the source's entry links to it; a source
    without one has none."""
    db = tmp_path / "ws.json"
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Shells landed near Velora on Monday, the district chief said.\n", encoding="utf-8")
    assert bluf("--db", db, "import", tmp_path / "a.txt", tmp_path / "b.txt").returncode == 0
    p = bluf("--db", db, "source", "edit", "a", "--url", "https://news.example.org/2031/strikes?id=7")
    assert p.returncode == 0, p.stderr
    lines = bluf("--db", db, "brief").stdout.splitlines()
    a = next(line for line in lines if "File a.txt." in line)
    b = next(line for line in lines if "File b.txt." in line)
    assert a.endswith("File a.txt. <https://news.example.org/2031/strikes?id=7>")
    assert b.endswith("File b.txt.")
