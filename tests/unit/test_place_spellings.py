"""Two spellings of one place in an incident's sources ("Kandahar", "Qandahar") are one place,
not a disagreement on where it happened; two different places still are (invented articles,
real processes on a workspace file)."""

from __future__ import annotations

import json
import subprocess
import sys

from annotate.place_spellings import one_spelling

ART = """---
published: 2031-05-0{day}
outlet: {outlet}
---
Police checkpoint attacked in {town}

Gunmen attacked a police checkpoint in {town}, Afghanistan, on 3 May 2031, killing four officers, the provincial police said.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def _attack(tmp_path, towns) -> tuple[dict, str]:
    for n, (town, outlet) in enumerate(towns, 4):
        (tmp_path / f"a{n}.txt").write_text(ART.format(day=n, outlet=outlet, town=town), encoding="utf-8")
    db = tmp_path / "ws.json"
    p = bluf(db, "import", *sorted(tmp_path.glob("a*.txt")))
    assert p.returncode == 0, p.stderr
    p = bluf(db, "incidents", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    (inc,) = [r for r in rows if r["sources"] == 2]
    return inc, bluf(db, "incidents", "show", inc["id"]).stdout


def test_two_spellings_of_one_town_are_one_place(tmp_path):
    inc, shown = _attack(tmp_path, [("Kandahar", "Helmand Wire"), ("Qandahar", "Kabul Ledger")])
    assert inc["places_disagree"] == []
    assert inc["place"] == "Kandahar"
    assert "disagree" not in shown


def test_spellings_are_grouped_under_the_first_and_other_places_stay_apart():
    assert one_spelling(["Kharkiv", "Sanaa", "Kharkov", "Sinai", "Odessa", "Odesa"]) == {
        "Kharkiv": "Kharkiv", "Sanaa": "Sanaa", "Kharkov": "Kharkiv", "Sinai": "Sinai", "Odessa": "Odessa", "Odesa": "Odessa"}


def test_the_spellings_table_is_built_once_and_kept_in_the_cache_directory(tmp_path, monkeypatch):
    """Every CLI edit of an incident built the table of 380,000 city names again (3-4 s a
    command); it is kept in bluf's cache directory and read back, and a damaged copy is built
    again, never trusted."""
    from annotate import place_spellings as ps

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "cache" / "bluf").mkdir(parents=True)
    (tmp_path / "cache" / "bluf" / "city-spellings-1-2.0.json").write_text("{}", encoding="utf-8")  # an older bluf's
    ps._cities_by_key.cache_clear()
    try:
        assert ps.same_place("Qandahar", "Kandahar") and not ps.same_place("Sanaa", "Sinai")
        [kept] = (tmp_path / "cache").rglob("city-spellings-*")
        whole, inode = kept.read_bytes(), kept.stat().st_ino
        ps._cities_by_key.cache_clear()
        assert ps.same_place("Qandahar", "Kandahar")
        assert kept.stat().st_ino == inode and kept.read_bytes() == whole  # read back, not built again
        kept.write_bytes(whole[: len(whole) // 3])  # a copy cut short (a full disk, a kill)
        ps._cities_by_key.cache_clear()
        assert ps.same_place("Qandahar", "Kandahar") and not ps.same_place("Sanaa", "Sinai")
        assert kept.stat().st_ino != inode and kept.read_bytes() != whole[: len(whole) // 3]  # built again
        assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temporary file left
    finally:
        ps._cities_by_key.cache_clear()


def test_an_unwritable_cache_directory_still_gives_the_spellings(tmp_path, monkeypatch):
    from annotate import place_spellings as ps

    (tmp_path / "cache").write_text("a file where the cache directory should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    ps._cities_by_key.cache_clear()
    try:
        assert ps.same_place("Kharkov", "Kharkiv") and not ps.same_place("Sanaa", "Sinai")
    finally:
        ps._cities_by_key.cache_clear()
