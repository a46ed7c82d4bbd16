"""`bluf incidents`: list, show, add from a sentence and correct the incidents from the shell
(real processes, a real workspace file), with one clear line and exit 1 for a bad id or
value and exit 2 for a usage error, as the other commands do."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

A = ("Two Russian drones crossed into Finnish airspace near Imatra on Friday, the border guard said.\n"
     "The defence ministry said fighter jets were scrambled.\n")
B = ("Finland said Russian drones violated its airspace last week.\n"
     "Separately, a Russian helicopter entered Norwegian airspace for three minutes on Sept. 2.\n")


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("incidents-cli")
    (d / "a.txt").write_text(A, encoding="utf-8")
    (d / "b.txt").write_text(B, encoding="utf-8")
    p = bluf(d / "ws.json", "import", d / "a.txt", d / "b.txt")
    assert p.returncode == 0, p.stderr
    assert bluf(d / "ws.json", "incidents").returncode == 0  # analysed once, cached
    return d


@pytest.fixture
def db(made, tmp_path):
    import shutil

    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def _listed(db, *flags) -> dict:
    p = bluf(db, "incidents", "list", "--jsonl", *flags)
    assert p.returncode == 0, p.stderr
    return {r["id"]: r for r in map(json.loads, p.stdout.splitlines())}


def test_list_shows_id_date_status_sources_type_place_and_title(db):
    p = bluf(db, "incidents")  # list is the default
    assert p.returncode == 0, p.stderr
    fin = next(line for line in p.stdout.splitlines() if line.startswith("finland-airspace-violation "))
    for shown in ("undated", "suggested", "2 sources", "airspace_violation", "Finland", "“Drones in Finnish airspace”"):
        assert shown in fin
    assert [line.index("suggested") for line in p.stdout.splitlines()] == [fin.index("suggested")] * 2  # columns line up
    nor = next(line for line in p.stdout.splitlines() if line.startswith("norway-airspace-violation "))
    assert "2 Sep (year unknown)" in nor  # "on Sept. 2" in a source with no publication date: no year guessed
    rows = _listed(db)
    assert rows["finland-airspace-violation"]["sources"] == 2 and rows["finland-airspace-violation"]["status"] == "suggested"


def test_corrections_from_the_shell_show_in_the_list_show_and_the_brief(db):
    for argv, shown in (
        (("type", "finland-airspace-violation", "Air or drone strike"), "air_or_drone_strike"),
        (("date", "finland-airspace", "2025-10-02/2025-10-03"), "2–3 Oct 2025"),  # the start of an id will do; the range as the brief writes it
        (("place", "finland-airspace-violation", "Imatra, FI"), "Imatra, Finland"),
        (("confirm", "finland-airspace-violation"), "confirmed"),
        (("rename", "norway", "Helicopter over Norway"), "“Helicopter over Norway”"),
    ):
        p = bluf(db, "incidents", *argv)
        assert p.returncode == 0 and shown in p.stdout, (argv, p.stdout, p.stderr)
    fin = _listed(db)["finland-airspace-violation"]
    assert (fin["type"], fin["date"], fin["date_end"], fin["country"], fin["place"], fin["status"]) == (
        "air_or_drone_strike", "2025-10-02", "2025-10-03", "Finland", "Imatra", "confirmed")
    assert fin["title"] == "Air or drone strike in Imatra, Finland"
    show = bluf(db, "incidents", "show", "finland-airspace-violation").stdout
    assert "air_or_drone_strike (Air or drone strike)" in show and "Imatra, Finland" in show
    assert "date       2–3 Oct 2025" in show and "2025-10-02" not in show  # JSON keeps ISO dates (above)
    listed = bluf(db, "incidents", "list").stdout
    # listed under the id of its new type (nu20 defect 6); the id it was made with still finds it (above)
    assert any(line.startswith("finland-air-or-drone-strike ") and "2–3 Oct 2025" in line for line in listed.splitlines()), listed
    assert "“Two Russian drones crossed into Finnish airspace near Imatra on Friday, the border guard said.”" in show
    brief = bluf(db, "export").stdout
    assert "Air or drone strike in Imatra, Finland" in brief
    assert any(row.startswith("| 2–3 Oct 2025 | Imatra, Finland | Air or drone strike in Imatra") for row in brief.splitlines()), brief
    log = bluf(db, "incidents", "date", "finland-airspace-violation", "")
    assert log.returncode == 0 and "undated" in log.stdout


def test_reject_hides_it_from_the_list_and_the_brief_and_unreject_brings_it_back(db):
    p = bluf(db, "incidents", "reject", "norway-airspace-violation")
    assert p.returncode == 0 and "unreject norway-airspace-violation" in p.stderr
    assert "norway-airspace-violation" not in _listed(db)
    listed = bluf(db, "incidents")
    assert "norway" not in listed.stdout and listed.stderr == "bluf: 1 rejected not shown: `bluf incidents list --all` shows them\n"
    assert _listed(db, "--all")["norway-airspace-violation"]["status"] == "rejected"
    assert "Norwegian airspace" not in bluf(db, "export").stdout.split("## Sources")[0]
    assert bluf(db, "incidents", "unreject", "norway-airspace-violation").returncode == 0
    assert _listed(db)["norway-airspace-violation"]["status"] == "suggested"


def test_add_from_a_sentence_by_words_or_number_then_merge_and_split(db):
    p = bluf(db, "incidents", "add", "b", "--match", "finland SAID  russian")  # case and spacing do not matter
    assert p.returncode == 0, p.stderr
    made = p.stdout.split()[0]
    assert _listed(db)[made]["sources"] == 1 and _listed(db)["finland-airspace-violation"]["sources"] == 1
    p = bluf(db, "incidents", "add", "a.txt", "--sentence", "2", "--title", "Jets scrambled", "--type", "airspace violation")
    assert p.returncode == 0 and "“Jets scrambled”" in p.stdout
    assert bluf(db, "incidents", "merge", made, "finland-airspace-violation").returncode == 0
    assert made not in _listed(db) and _listed(db)["finland-airspace-violation"]["sources"] == 2
    p = bluf(db, "incidents", "split", "finland-airspace-violation", "b.txt", "--title", "Second report")
    assert p.returncode == 0 and "“Second report”" in p.stdout
    assert _listed(db)["finland-airspace-violation"]["sources"] == 1


@pytest.mark.parametrize("argv,says", [
    (("show", "nope"), "bluf: no incident 'nope': `bluf incidents list --all` gives the ids"),
    (("type", "norway", "bombing"), "bluf: no event type 'bombing'; types: airspace_violation,"),
    (("date", "norway", "2 September"), "bluf: '2 September' is not a date: give YYYY-MM-DD"),
    (("date", "norway", "2025-09-03/2025-09-01"), "bluf: '2025-09-03/2025-09-01': the range ends before it starts"),
    (("place", "norway", "Bergen, Ruritania"), "bluf: unknown country 'Ruritania'"),
    (("place", "norway", "Chiang Mai, Laos"), "bluf: Chiang Mai is in Thailand, not Laos"),  # a known place, another country
    (("rename", "norway", " "), "bluf: an incident's title cannot be empty"),
    (("merge", "norway", "norway-airspace-violation"), "bluf: an incident cannot be merged into itself"),
    (("split", "finland-airspace-violation", "a.txt", "b.txt"), "bluf: a split takes some, not all"),
    (("add", "a.txt", "--match", "said"), "bluf: 'said' is in sentences 1 and 2 of a.txt: give more words, or --sentence N"),
    (("add", "a.txt", "--match", "submarine"), "bluf: no sentence of a.txt holds 'submarine'"),
    (("add", "a.txt", "--sentence", "7"), "bluf: --sentence 7: a.txt has sentences 1 to 2"),
    (("add", "c.txt", "--sentence", "1"), "bluf: no source"),
    (("confirm", "a"), "bluf: no incident 'a'"),
])
def test_a_bad_id_or_value_is_one_line_exit_1_and_changes_nothing(db, argv, says):
    before = bluf(db, "incidents", "list", "--all", "--jsonl").stdout
    p = bluf(db, "incidents", *argv)
    assert p.returncode == 1 and p.stdout == "" and "Traceback" not in p.stderr, p.stderr
    assert len(p.stderr.strip().splitlines()) == 1 and p.stderr.startswith(says), p.stderr
    assert bluf(db, "incidents", "list", "--all", "--jsonl").stdout == before


def test_a_country_within_a_state_is_a_place_of_that_state(db):
    p = bluf(db, "incidents", "place", "norway", "Aberdeen, Scotland")
    assert p.returncode == 0 and "Aberdeen, Scotland, United Kingdom" in p.stdout, p.stderr
    p = bluf(db, "incidents", "place", "norway", "Wales")
    assert p.returncode == 0 and "  Wales, United Kingdom  " in p.stdout, p.stderr


@pytest.mark.parametrize("argv", [("type", "norway"), ("add", "a.txt"), ("add", "a.txt", "--match", "x", "--sentence", "1"), ("frobnicate",),
                                  ("type", "norway", "Armed", "clash")])  # a value with spaces not quoted
def test_a_missing_argument_is_a_usage_error_in_one_line(db, argv):
    p = bluf(db, "incidents", *argv)
    assert p.returncode == 2 and p.stdout == "" and len(p.stderr.splitlines()) == 1, p.stderr
    assert p.stderr.startswith("bluf: incidents") and p.stderr.rstrip().endswith("--help`"), p.stderr
    if "clash" in argv:
        assert p.stderr == ("bluf: incidents type: unrecognized arguments: clash (quote a value that has spaces); "
                            "see `bluf incidents type --help`\n")


def test_a_date_taken_from_the_publication_day_is_marked_as_such(tmp_path):
    # No sentence says when; the source is dated: the incident takes the day it was reported,
    # and the list, the detail and the JSON say so (an analyst must not read it as the event's day).
    (tmp_path / "c.txt").write_text("Drone strike hits fuel depot\n\nA drone strike hit a fuel depot in Belgorod, Russia, the regional governor said.\n",
                                    encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "c.txt").returncode == 0
    assert bluf(db, "source", "edit", "c.txt", "--published", "2025-08-14").returncode == 0
    rows = list(_listed(db).values())
    assert rows and all(r["date"] == "2025-08-14" and r["date_reported"] for r in rows), rows
    p = bluf(db, "incidents")
    assert "~2025-08-14" in p.stdout, p.stdout
    shown = bluf(db, "incidents", "show", rows[0]["id"])
    assert "the day it was reported" in shown.stdout, shown.stdout
    assert bluf(db, "incidents", "date", rows[0]["id"], "2025-08-13").returncode == 0
    after = _listed(db)[rows[0]["id"]]
    assert after["date"] == "2025-08-13" and not after["date_reported"]


def test_add_with_no_event_word_asks_for_the_type_and_the_id_keeps_no_place(tmp_path):
    (tmp_path / "c.txt").write_text("Talks resumed on Monday.\nThe two armies began a limited withdrawal in a few areas in "
                                    "Kelso Valley and Hot Creek in a demonstration of their intent to ease tension.\n", encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "c.txt").returncode == 0
    p = bluf(db, "incidents", "add", "c", "--match", "limited withdrawal")
    assert p.returncode != 0 and p.stderr.startswith("bluf: no event type found in that sentence: give one with --type TYPE")
    assert "manual-1" not in bluf(db, "incidents").stdout  # nothing made
    p = bluf(db, "incidents", "add", "c", "--match", "limited withdrawal", "--type", "armed_clash")
    assert p.returncode == 0, p.stderr
    iid = p.stdout.split()[0]
    assert iid == "manual-1" and "Anguilla" not in p.stdout and "protest" not in p.stdout.lower()
    assert bluf(db, "incidents", "place", iid, "Kelso Valley, ?").returncode == 0
    listed = bluf(db, "incidents").stdout
    assert listed.startswith(f"{iid} ") and "Kelso Valley" in listed and "armed_clash" in listed


@pytest.mark.parametrize("command", [("incidents", "list"), ("actors", "list"), ("quotes", "a.txt"), ("log",), ("suggest", "list", "a.txt")])
def test_every_json_of_several_records_is_one_document_json_tool_reads_and_jsonl_is_one_per_line(db, command):
    import shlex

    cmd = " ".join(shlex.quote(x) for x in [sys.executable, "-m", "tui", "--db", str(db), *command])
    p = subprocess.run(f"{cmd} --json | {shlex.quote(sys.executable)} -m json.tool", shell=True, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    records = json.loads(p.stdout)
    assert isinstance(records, list)
    lines = bluf(db, *command, "--jsonl")
    assert lines.returncode == 0, lines.stderr
    assert [json.loads(x) for x in lines.stdout.splitlines()] == records
