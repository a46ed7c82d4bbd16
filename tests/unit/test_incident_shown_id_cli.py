"""An incident's id follows the type the analyst gives it (nu20 defect 6: after `bluf incidents
type ID armed_clash` the list still named it "…-air-or-drone-strike"). What the analyst sees
(`bluf incidents list`, `show`) names the new type; the id it was made with stays what its
edits, tags and merges name, is shown as an earlier id and still finds it, so nothing stored
is orphaned; an edit made under the new id applies. Real `bluf` processes on an invented
article."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

STRIKE = ("Drones hit depot in Belgorod\n\n"
          "Drones struck a fuel depot in Belgorod, Russia, on Monday, setting two tanks on fire, the regional governor "
          "said. \"The fire is out and no one was hurt,\" Governor Pavel Irsk said.\n")


@pytest.fixture
def db(tmp_path):
    (tmp_path / "depot.txt").write_text(STRIKE, encoding="utf-8")
    p = bluf(tmp_path / "ws.json", "import", tmp_path / "depot.txt")
    assert p.returncode == 0, p.stderr
    return tmp_path / "ws.json"


def _ok(db, *argv):
    p = bluf(db, *argv)
    assert p.returncode == 0, p.stderr
    return p


def _records(db) -> list[dict]:
    return [json.loads(line) for line in _ok(db, "incidents", "list", "--jsonl").stdout.splitlines()]


def test_the_shown_id_names_the_new_type_and_both_ids_find_it(db):
    (inc,) = _records(db)
    old, kind = inc["id"], inc["type"]
    assert kind.replace("_", "-") in old and kind != "protest", inc
    _ok(db, "incidents", "type", old, "protest")
    listed = _ok(db, "incidents", "list").stdout
    assert listed.split()[0].endswith("-protest") or "-protest-" in listed.split()[0], listed
    assert kind.replace("_", "-") not in listed.split()[0], listed
    shown = listed.split()[0]
    for ref in (shown, old):  # the new id and the one edits name both find it
        out = _ok(db, "incidents", "show", ref).stdout
        assert out.splitlines()[0].split()[-1] == shown, out
    assert f"earlier id {old}" in " ".join(_ok(db, "incidents", "show", shown).stdout.split()), "the stored id is said"
    _ok(db, "incidents", "rename", shown, "Depot fire in Belgorod")  # an edit under the shown id applies
    (after,) = _records(db)
    assert after["id"] == old and after["shown_id"] == shown and after["title"] == "Depot fire in Belgorod", after
    brief = _ok(db, "export", "--incident", shown).stdout
    assert "Depot fire in Belgorod" in brief, brief


def test_an_incident_whose_type_the_analyst_left_keeps_its_id(db):
    (inc,) = _records(db)
    _ok(db, "incidents", "rename", inc["id"], "Depot fire")
    (after,) = _records(db)
    assert after["shown_id"] == after["id"] == inc["id"]
