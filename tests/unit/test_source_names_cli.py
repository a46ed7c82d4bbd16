"""Each text piped into `bluf import -` gets a name of its own (stdin, stdin-2, …), and a
name that several sources share (two same.txt from two folders) is refused listing them,
never answered with the first. Real processes."""

from __future__ import annotations

import os
import subprocess
import sys


def bluf(db, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True,
                          input=stdin, env=dict(os.environ))


def test_each_piped_text_has_its_own_name_and_source_show_finds_each(tmp_path):
    db = tmp_path / "ws.json"
    texts = ["The ferry operator said the northern quay would reopen.\n",
             "A second wire story about the bridge tolls in Norland.\n",
             "A third note on the grain convoy delayed at the border.\n"]
    for t in texts:
        assert bluf(db, "import", "-", stdin=t).returncode == 0
    listed = [line.split()[3] for line in bluf(db, "sources").stdout.splitlines()]
    assert listed == ["stdin", "stdin-2", "stdin-3"]
    shown = bluf(db, "source", "show", "stdin-2")
    assert shown.returncode == 0 and "stdin-2" in shown.stdout
    assert bluf(db, "import", "-", stdin=texts[1]).stdout.startswith("already there: stdin-2")


def test_a_name_of_several_sources_is_refused_listing_them(tmp_path):
    db = tmp_path / "ws.json"
    for d, text in (("east", "Harbour pilots blamed the port authority.\n"), ("west", "The coastguard closed the channel.\n")):
        (tmp_path / d).mkdir()
        (tmp_path / d / "same.txt").write_text(text, encoding="utf-8")
    assert bluf(db, "import", tmp_path / "east" / "same.txt", tmp_path / "west" / "same.txt").returncode == 0
    ids = [line.split()[0] for line in bluf(db, "sources").stdout.splitlines()]
    for ref in ("same.txt", "same"):
        p = bluf(db, "source", "show", ref)
        assert p.returncode == 1 and p.stdout == "" and len(p.stderr.splitlines()) == 1
        assert p.stderr.startswith(f"bluf: {ref!r} names 2 sources (") and all(i in p.stderr for i in ids)
        assert p.stderr.rstrip().endswith("give the id")
    assert bluf(db, "source", "show", ids[1]).returncode == 0


def test_a_source_is_found_by_its_file_name_in_any_case_and_by_the_start_of_it(tmp_path):
    """`bluf quotes 03_harbour` finds 03_harbour_pilots.txt, as the name with or without its
    extension (any case) and the id's start do; a start that several names share is refused
    listing them."""
    db = tmp_path / "ws.json"
    for name, text in (("03_harbour_pilots.txt", "“We will not move the ferries,” harbour master Ilse Varn said.\n"),
                       ("04_harbour_tolls.txt", "The bridge tolls in Norland rose on Monday.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert bluf(db, "import", tmp_path / "03_harbour_pilots.txt", tmp_path / "04_harbour_tolls.txt").returncode == 0
    sid = next(line.split()[0] for line in bluf(db, "sources").stdout.splitlines() if "03_harbour_pilots.txt" in line)
    for ref in ("03_harbour_pilots.txt", "03_harbour_pilots", "03_Harbour_Pilots.TXT", "03_harbour", sid[:6]):
        p = bluf(db, "quotes", ref)
        assert p.returncode == 0 and "We will not move the ferries" in p.stdout, (ref, p.stderr)
    p = bluf(db, "quotes", "0")  # too short to be a start
    assert p.returncode == 1 and p.stderr.startswith("bluf: no source '0'")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "03_harbour_quay.txt").write_text("The quay reopened.\n", encoding="utf-8")
    assert bluf(db, "import", tmp_path / "sub" / "03_harbour_quay.txt").returncode == 0
    p = bluf(db, "quotes", "03_harbour")
    assert p.returncode == 1 and len(p.stderr.splitlines()) == 1 and "starts the names of 2 sources" in p.stderr, p.stderr


def test_a_too_short_id_start_says_how_many_characters_and_four_find_the_source(tmp_path):
    db = tmp_path / "ws.json"
    (tmp_path / "harbour.txt").write_text("Harbour pilots blamed the port authority for the delay.\n", encoding="utf-8")
    assert bluf(db, "import", tmp_path / "harbour.txt").returncode == 0
    sid = bluf(db, "sources").stdout.split()[0]
    p = bluf(db, "quotes", sid[:3])
    assert p.returncode == 1 and p.stdout == ""
    assert len(p.stderr.splitlines()) == 1 and "4 characters or more" in p.stderr, p.stderr
    assert bluf(db, "quotes", sid[:4]).returncode == 0
    p = bluf(db, "quotes", "zzzzqq")  # nothing starts so: the error says what is accepted
    assert p.returncode == 1 and "no source 'zzzzqq'" in p.stderr and "4 characters or more" in p.stderr, p.stderr
