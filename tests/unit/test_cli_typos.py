"""A stance label or a country typed with a wrong case or a typo, as new users type them
over SSH: the label in another case is taken (it names one label), a typo gets one line
with the close match, and nothing changes. Real processes on a real workspace file."""

from __future__ import annotations

import json

import pytest

from annotate.near import close_matches, did_you_mean, unique_casefold

from .test_incidents_cli import bluf

TEXT = ("Defence Minister Ana Rivera said “We will answer any attack with force,” on Tuesday.\n"
        "Three drones struck a fuel depot near Tartu on Monday, the coast guard said.\n")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("typos-cli")
    (d / "rivera.txt").write_text(TEXT, encoding="utf-8")
    p = bluf(d / "ws.json", "import", d / "rivera.txt")
    assert p.returncode == 0, p.stderr
    assert bluf(d / "ws.json", "incidents").returncode == 0  # analysed once, cached
    return d


@pytest.fixture
def db(made, tmp_path):
    import shutil

    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def test_close_matches_forgive_a_letter_or_two_not_another_word():
    labels = ["hawkish", "cautious", "neutral", "threatening", "denial"]
    assert close_matches("hawkis", labels) == ["hawkish"]
    assert close_matches("cautous", labels) == ["cautious"]
    assert close_matches("banana", labels) == []
    assert did_you_mean("nuetral", labels) == "did you mean neutral?"
    assert did_you_mean("zzz", labels) == ""
    assert unique_casefold("Hawkish", labels) == "hawkish"
    assert unique_casefold("Dove", ["dove", "Dove"]) is None  # two labels: not a guess


def test_a_label_in_another_case_is_taken_and_a_typo_is_one_line_with_the_close_label(db):
    p = bluf(db, "tag", "rivera", "1", "hawkis")
    assert p.returncode == 1 and p.stderr.count("\n") == 1
    assert "'hawkis'" in p.stderr and "did you mean hawkish?" in p.stderr
    assert json.loads(bluf(db, "log", "--jsonl").stdout or "null") is None  # nothing tagged
    p = bluf(db, "tag", "rivera", "1", "Hawkish")
    assert p.returncode == 0, p.stderr
    assert "as hawkish" in p.stdout
    assert [json.loads(x)["label"] for x in bluf(db, "log", "--jsonl").stdout.splitlines()] == ["hawkish"]
    p = bluf(db, "export", "--label", "HAWKISH")
    assert p.returncode == 0 and "Ana Rivera" in p.stdout
    p = bluf(db, "export", "--label", "hawksh")
    assert p.returncode == 1 and "did you mean hawkish?" in p.stderr and p.stdout == ""


def test_a_country_typo_in_an_incident_place_is_one_line_with_the_close_country(db):
    incident = json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])
    for typed in ("Philipines", "Manila, Philipines", "phillipines"):
        p = bluf(db, "incidents", "place", incident["id"], typed)
        assert p.returncode == 1 and p.stderr.count("\n") == 1, p.stderr
        assert f"unknown country {typed.rpartition(',')[2].strip()!r}: did you mean Philippines?" in p.stderr
    after = json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])
    assert after["country"] == incident["country"]  # nothing changed
    p = bluf(db, "incidents", "place", incident["id"], "Manila, philippines")
    assert p.returncode == 0, p.stderr
    assert json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])["country"] == "Philippines"


@pytest.mark.parametrize("typed", ["Narnia", "Bajo Verde Shoal", "Strait of Kerch", "Mekong Line, border"])
def test_a_place_far_from_any_country_is_kept_with_no_country_and_said(db, typed):
    incident = json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])
    p = bluf(db, "incidents", "place", incident["id"], typed)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == f"bluf: {typed!r} kept as a place with no country (Place, Country gives it one)"
    after = json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])
    assert (after["country"], after["place"]) == (None, typed) and typed in p.stdout


def test_a_person_of_the_workspace_typed_as_an_incident_place_is_refused_in_one_line(db):
    incident = json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])
    p = bluf(db, "incidents", "place", incident["id"], "Ana Rivera")
    assert p.returncode == 1 and p.stdout == "", p.stderr
    assert p.stderr == ("bluf: 'Ana Rivera' is an actor (person), not a place: "
                        "give Place, Country or a place in no one country\n")
    after = json.loads(bluf(db, "incidents", "list", "--jsonl").stdout.splitlines()[0])
    assert (after["country"], after["place"]) == (incident["country"], incident["place"])


def test_an_affiliation_close_to_a_country_is_kept_as_typed_with_a_did_you_mean(db):
    p = bluf(db, "actors", "affiliation", "Rivera", "Philipines")
    assert p.returncode == 0 and "(Philipines)" in p.stdout  # an affiliation may be any body: kept
    assert p.stderr.strip().splitlines()[-1:] == [
        "bluf: 'Philipines' is no country bluf knows: did you mean Philippines? (kept as typed; an affiliation may be any body)"]
    for fine in ("Philippines", "the Harbour Authority"):
        p = bluf(db, "actors", "affiliation", "Rivera", fine)
        assert p.returncode == 0 and "did you mean" not in p.stderr, p.stderr


@pytest.mark.parametrize(("argv", "meant"), [(["tg"], "tag"), (["exprt"], "export"), (["actors", "mrge", "a", "b"], "merge")])
def test_a_mistyped_command_gets_did_you_mean_in_one_line(tmp_path, argv, meant):
    p = bluf(tmp_path / "ws.json", *argv)
    assert p.returncode == 2 and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and f"invalid choice: {argv[-1] if len(argv) == 1 else argv[1]!r}: did you mean {meant}?" in lines[0]


def test_a_command_like_none_gets_no_guess(tmp_path):
    p = bluf(tmp_path / "ws.json", "zzzz")
    assert p.returncode == 2 and "did you mean" not in p.stderr and "choose from" in p.stderr


def test_close_names_finds_a_misspelt_whole_name_else_the_name_of_a_misspelt_word():
    from annotate import close_names

    known = ["Andriy Sybiga", "Mark Rutte", "Rutte's office"]
    assert close_names("Mark Rute", known)[0] == "Mark Rutte"
    assert close_names("Sybiha", known) == ["Andriy Sybiga"]  # a surname spelt another way
    assert close_names("Zelensky", known) == []
