"""A source imported after the analyst confirmed an incident does not join it silently: it is
proposed (shown in `bluf incidents show`/`list` and the reader's views, counted nowhere) until
the analyst links it; a source that dates nothing and has no publication date is said to be
joined by type and place only. Real processes on a real workspace file, invented articles."""

from __future__ import annotations

import json
import subprocess
import sys

from annotate.incidents import apply_edits
from annotate.models import Incident

A = """---
published: 2031-03-04
outlet: Andes Wire
---
Army and rebels clash near Toribio

Soldiers clashed with fighters of the Northern Front near Toribio in Cauca, Colombia, on Monday, killing four, the army said.
"""
B = """---
published: 2031-03-05
outlet: Pacific Daily
---
Four dead in Toribio fighting

Fighting between the army and the Northern Front near Toribio, Colombia, on Monday left four people dead, officials said.
"""
# No publication date, no day of the event: it may be from any year.
C = """Troops and rebels fight in Toribio

Soldiers clashed with rebels near Toribio, Colombia, the army said. Two soldiers were wounded.
"""


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


def _listed(db) -> list[dict]:
    p = bluf(db, "incidents", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def test_a_source_imported_after_confirming_is_proposed_not_joined_until_linked(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "a.txt", tmp_path / "b.txt").returncode == 0
    [clash] = [i for i in _listed(db) if i["type"] == "armed_clash"]
    assert clash["sources"] == 2
    p = bluf(db, "incidents", "confirm", clash["id"])
    assert p.returncode == 0, p.stderr
    before = bluf(db, "incidents", "show", clash["id"]).stdout

    assert bluf(db, "import", tmp_path / "c.txt").returncode == 0
    [after] = [i for i in _listed(db) if i["type"] == "armed_clash"]
    assert after["status"] == "confirmed" and after["sources"] == 2 and after["independent"] == 2
    c_id = next(sid for sid in after["candidates"])
    assert after["candidates"] == [c_id] and c_id in after["undated_sources"]
    assert (after["title"], after["place"], after["date"]) == (clash["title"], clash["place"], clash["date"])
    row = bluf(db, "incidents", "list").stdout
    assert "2 sources" in row and "(+1 proposed)" in row
    show = bluf(db, "incidents", "show", after["id"]).stdout
    assert "sources    2 (2 independent)" in show
    assert "proposed   1 source(s) found after it was confirmed" in show
    assert "? c.txt" in show and "undated source: joined by type and place only" in show
    assert before.splitlines()[:7] == show.splitlines()[:7]  # id, title, type, date, place, status, sources as confirmed
    row = next(line for line in bluf(db, "brief").stdout.splitlines() if "Armed clash in" in line and line.startswith("|"))
    assert "(confirmed)" in row and "#src-1" in row and "#src-2" in row and "#src-3" not in row

    p = bluf(db, "incidents", "link", after["id"], "c")
    assert p.returncode == 0, p.stderr
    [joined] = [i for i in _listed(db) if i["type"] == "armed_clash"]
    assert joined["sources"] == 3 and joined["candidates"] == [] and joined["status"] == "confirmed"
    show = bluf(db, "incidents", "show", joined["id"]).stdout
    assert "proposed" not in show and "undated source: joined by type and place only" in show


def test_a_source_in_an_unconfirmed_incident_joins_as_before(tmp_path):
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "a.txt", tmp_path / "b.txt").returncode == 0
    assert bluf(db, "import", tmp_path / "c.txt").returncode == 0
    [clash] = [i for i in _listed(db) if i["type"] == "armed_clash"]
    assert clash["sources"] == 3 and clash["candidates"] == [] and len(clash["undated_sources"]) == 1


def _inc(evidence, status="suggested"):
    return Incident(id="x-armed-clash", title="Armed clash in X", country="X", kind="armed_clash", date="2030-01-02",
                    evidence={s: [[0, 5]] for s in evidence}, status=status, place="Velo")


def test_a_confirm_of_an_earlier_version_holds_back_sources_not_in_its_anchor():
    old = {"op": "confirm", "incident_id": "x-armed-clash", "anchor": [["s1", 0, 5], ["s2", 0, 5]]}  # no "sources"
    [inc] = apply_edits([_inc(["s1", "s2", "s3"])], [old])
    assert list(inc.evidence) == ["s1", "s2"] and list(inc.candidates) == ["s3"]
    # linked by the analyst, or confirmed then unconfirmed: nothing held back
    [inc] = apply_edits([_inc(["s1", "s2", "s3"])], [old, {"op": "link", "incident_id": "x-armed-clash", "source_id": "s3"}])
    assert list(inc.evidence) == ["s1", "s2", "s3"] and not inc.candidates
    [inc] = apply_edits([_inc(["s1", "s2", "s3"])], [old, {"op": "unconfirm", "incident_id": "x-armed-clash"}])
    assert list(inc.evidence) == ["s1", "s2", "s3"] and not inc.candidates and inc.status == "suggested"


def test_an_incident_merged_into_a_confirmed_one_brings_its_sources_in():
    a = _inc(["s1", "s2"])
    b = Incident(id="x-armed-clash-2", title="Armed clash in Y", country="X", kind="armed_clash", date="2030-01-03",
                 evidence={"s4": [[0, 5]]})
    edits = [{"op": "confirm", "incident_id": a.id, "sources": ["s1", "s2"]},
             {"op": "merge", "incident_id": b.id, "into": a.id}]
    [inc] = apply_edits([a, b], edits)
    assert list(inc.evidence) == ["s1", "s2", "s4"] and not inc.candidates
