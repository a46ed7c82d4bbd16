"""`bluf actors` and `bluf quotes` from the shell (real processes, a real workspace file): a
quote with no speaker gets one and can then be tagged, actors are merged, renamed and given
an affiliation, a span is said not to be a quote; bad input gets one line and exit 1, a usage
error exit 2, as the other commands."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

# Invented: the first quote has no speaker anywhere near it.
A = ('"Nobody will be left behind, whatever the weather brings."\n'
     "The storm reached the coast on Tuesday night.\n"
     'Borduria\'s prime minister, Trentino Vasquez, said the talks would go on. "The door stays open," Vasquez said.\n'
     'Mayor Ana Lopez of Port Coral said: "We are ready for the next one."\n')


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("actors-cli")
    (d / "storm.txt").write_text(A, encoding="utf-8")
    p = bluf(d / "ws.json", "import", d / "storm.txt")
    assert p.returncode == 0, p.stderr
    assert bluf(d / "ws.json", "actors").returncode == 0  # analysed once, cached
    return d


@pytest.fixture
def db(made, tmp_path):
    import shutil

    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def _quotes(db) -> list[dict]:
    p = bluf(db, "quotes", "storm", "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def _actors(db) -> dict:
    p = bluf(db, "actors", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    return {r["name"]: r for r in map(json.loads, p.stdout.splitlines())}


def _speakerless(db) -> int:
    return next(q["n"] for q in _quotes(db) if q["actor_id"] is None and q["speaker"] is None)


def test_a_quote_with_no_speaker_gets_one_then_tag_succeeds(db):
    n = _speakerless(db)
    listed = bluf(db, "quotes", "storm.txt")  # `list` is the default
    assert listed.returncode == 0 and "“Nobody will be left behind, whatever the weather brings.”" in listed.stdout
    assert "bluf quotes speaker storm.txt N ACTOR" in listed.stderr
    refused = bluf(db, "tag", "storm", n, "hawkish")
    assert refused.returncode == 1 and "no speaker" in refused.stderr
    p = bluf(db, "quotes", "speaker", "storm", n, "vasquez")  # any name bluf knows, any case
    assert p.returncode == 0, p.stderr
    assert "Trentino Vasquez" in p.stdout
    q = _quotes(db)[n - 1]
    # the prime minister, named in full in the apposition ("Borduria's prime minister, Trentino Vasquez")
    assert q["actor"] == "Trentino Vasquez" and q["quote"].startswith("Nobody will be left behind")
    tagged = bluf(db, "tag", "storm", n, "hawkish")
    assert tagged.returncode == 0 and tagged.stdout.startswith("tagged Trentino Vasquez as hawkish"), tagged.stderr
    assert _actors(db)["Trentino Vasquez"]["tags"] == 1 and _actors(db)["Trentino Vasquez"]["quotes"] == 2


def test_a_new_actor_only_with_new_and_said_so(db):
    n = _speakerless(db)
    p = bluf(db, "quotes", "speaker", "storm", n, "Harbour Authority")
    assert p.returncode == 1 and "--new" in p.stderr and len(p.stderr.splitlines()) == 1
    assert "Harbour Authority" not in _actors(db) and _quotes(db)[n - 1]["actor"] is None
    p = bluf(db, "quotes", "speaker", "storm", n, "Coastguard of Borduria")  # the index resolves it: said, with the way out
    assert p.returncode == 0 and p.stderr == "bluf: 'Coastguard of Borduria' taken as Borduria (`--new` makes a new actor of that name)\n"
    assert "Coastguard of Borduria" not in _actors(db)
    p = bluf(db, "quotes", "speaker", "storm", n, "Coastguard of Borduria", "--new")
    assert p.returncode == 0 and "new actor Coastguard of Borduria" in p.stderr
    assert _quotes(db)[n - 1]["actor"] == "Coastguard of Borduria"
    assert _actors(db)["Coastguard of Borduria"]["quotes"] == 1


def test_merge_leaves_one_actor_in_the_list_and_the_brief(db):
    vasquez = next(q["n"] for q in _quotes(db) if q["actor"] == "Trentino Vasquez")
    assert bluf(db, "tag", "storm", vasquez, "cautious").returncode == 0
    before = _actors(db)
    assert {"Trentino Vasquez", "Borduria"} <= set(before)
    p = bluf(db, "actors", "merge", "Trentino Vasquez", "borduria")
    assert p.returncode == 0 and "merged Trentino Vasquez into Borduria" in p.stdout, p.stderr
    after = _actors(db)
    assert "Trentino Vasquez" not in after and "Trentino Vasquez" in after["Borduria"]["names"]
    assert after["Borduria"]["tags"] == 1 and after["Borduria"]["quotes"] == before["Borduria"]["quotes"] + before["Trentino Vasquez"]["quotes"]
    brief = bluf(db, "export").stdout
    assert "### Borduria: cautious" in brief and "Trentino Vasquez" not in brief
    shown = bluf(db, "actors", "show", "Trentino Vasquez")  # found by a name it had
    assert shown.returncode == 0 and "name         Borduria" in shown.stdout and "[cautious]" in shown.stdout


def test_rename_and_affiliation_set_and_cleared(db):
    assert bluf(db, "actors", "rename", "borduria", "Bordurian government").returncode == 0
    assert "Bordurian government" in _actors(db) and "Borduria" not in _actors(db)
    p = bluf(db, "actors", "affiliation", "Bordurian government", "Kingdom of Borduria")
    assert p.returncode == 0 and "(Kingdom of Borduria)" in p.stdout
    assert _actors(db)["Bordurian government"]["affiliation"] == "Kingdom of Borduria"
    assert bluf(db, "actors", "affiliation", "borduria", "").returncode == 0  # the old name still finds it
    assert _actors(db)["Bordurian government"]["affiliation"] is None


def test_kind_is_set_kept_through_reanalysis_and_a_wrong_word_gets_one_line(db):
    for said, stored in (("Group", "group"), ("organisation", "organization"), ("person", "person")):  # any case, UK spelling
        p = bluf(db, "actors", "kind", "Trentino Vasquez", said)
        assert p.returncode == 0, p.stderr
        assert _actors(db)["Trentino Vasquez"]["kind"] == stored
    (db.parent / "later.txt").write_text('Trentino Vasquez said: "We will rebuild."\n', encoding="utf-8")
    assert bluf(db, "import", db.parent / "later.txt").returncode == 0  # a new analysis keeps the analyst's word
    assert _actors(db)["Trentino Vasquez"]["kind"] == "person"
    bad = bluf(db, "actors", "kind", "Trentino Vasquez", "goverment")
    assert bad.returncode == 1 and bad.stderr.strip() == "bluf: unknown actor kind 'goverment'; did you mean government?"
    assert _actors(db)["Trentino Vasquez"]["kind"] == "person"


def test_reject_takes_it_out_of_the_quotes(db):
    before = _quotes(db)
    last = len(before)  # numbered from 1
    p = bluf(db, "quotes", "reject", "storm", last)
    assert p.returncode == 0 and "not a quote" in p.stdout, p.stderr
    after = _quotes(db)
    assert [q["quote"] for q in after] == [q["quote"] for q in before[:-1]]


@pytest.mark.parametrize("argv", [("quotes", "speaker", "storm", 0, "Trentino Vasquez"), ("quotes", "reject", "storm", 0),
                                  ("tag", "storm", 0, "hawkish")])
def test_quote_zero_says_quotes_are_numbered_from_1_and_changes_nothing(db, argv):
    """Quotes were numbered from 0 in the CLI and from 1 in the reader; a script of that time
    giving 0 gets one line, not the wrong quote."""
    before = _quotes(db)
    p = bluf(db, *argv)
    assert p.returncode == 1 and len(p.stderr.splitlines()) == 1, p.stderr
    assert p.stderr.startswith("bluf: quotes are numbered from 1, as the reader shows them (Quote 1/3): there is no quote 0")
    assert _quotes(db) == before and bluf(db, "log", "--jsonl").stdout == ""


def test_the_list_numbers_quotes_from_1_and_tag_takes_that_number(db):
    rows = [ln for ln in bluf(db, "quotes", "storm").stdout.splitlines()]
    assert [ln.split()[0] for ln in rows] == ["1", "2", "3"]
    n = next(q["n"] for q in _quotes(db) if q["actor"] == "Trentino Vasquez")
    p = bluf(db, "tag", "storm", n, "hawkish")
    assert p.returncode == 0 and p.stdout.startswith("tagged Trentino Vasquez as hawkish"), p.stderr
    assert _quotes(db)[n - 1]["quote"][:20] in p.stdout


def test_a_new_speaker_takes_the_quotes_tags_and_says_so(db):
    n = next(q["n"] for q in _quotes(db) if q["actor"] == "Trentino Vasquez")
    assert bluf(db, "tag", "storm", n, "threatening").returncode == 0
    p = bluf(db, "quotes", "speaker", "storm", n, "Borduria")
    assert p.returncode == 0, p.stderr
    assert p.stderr == "bluf: its tag threatening now belongs to Borduria\n"
    assert _actors(db)["Borduria"]["tags"] == 1 and _actors(db)["Trentino Vasquez"]["tags"] == 0
    p = bluf(db, "quotes", "speaker", "storm", n, "Trentino Vasquez")  # back: the tag follows again
    assert p.stderr == "bluf: its tag threatening now belongs to Trentino Vasquez\n"
    other = next(q["n"] for q in _quotes(db) if q["actor"] is None)
    p = bluf(db, "quotes", "speaker", "storm", other, "Borduria")  # no tag on it: nothing said
    assert p.returncode == 0 and p.stderr == ""


@pytest.mark.parametrize("argv,says", [
    (("actors", "merge", "Ana Lopes", "Borduria"), "bluf: no actor 'Ana Lopes'; did you mean Ana Lopez?"),
    (("actors", "show", "Zebulon"), "bluf: no actor 'Zebulon'; `bluf actors` lists them"),
    (("actors", "merge", "Trentino Vasquez", "trentino vasquez"), "bluf: an actor cannot be merged into itself"),
    (("actors", "rename", "Trentino Vasquez", " "), "bluf: an actor's name cannot be empty"),
    (("quotes", "speaker", "storm", 9, "Trentino Vasquez"), "bluf: no quote 9 in storm.txt: it has 3, 1 to 3"),
    (("quotes", "reject", "storm", -1), "bluf: no quote -1 in storm.txt: it has 3, 1 to 3"),
    (("quotes", "speaker", "storm", 1, "Ana Lopes"), "bluf: no actor 'Ana Lopes'; did you mean Ana Lopez?"),
    (("quotes", "nowhere"), "bluf: no source"),
])
def test_bad_input_gives_one_line_and_exit_1(db, argv, says):
    p = bluf(db, *argv)
    assert p.returncode == 1 and p.stderr.startswith(says) and len(p.stderr.splitlines()) == 1, p.stderr
    assert "Traceback" not in p.stderr


@pytest.mark.parametrize("argv", [("actors", "frob"), ("quotes", "speaker", "storm", "two", "Trentino Vasquez"), ("quotes",)])
def test_usage_errors_exit_2_in_one_line(db, argv):
    p = bluf(db, *argv)
    assert p.returncode == 2 and len(p.stderr.splitlines()) == 1 and p.stderr.startswith("bluf: "), p.stderr


def test_an_alias_finds_the_actor_when_assigning_a_speaker(db):
    p = bluf(db, "actors", "alias", "Trentino Vasquez", "the Bordurian premier")
    assert p.returncode == 0, p.stderr
    assert "the Bordurian premier" in _actors(db)["Trentino Vasquez"]["names"]
    n = _speakerless(db)
    p = bluf(db, "quotes", "speaker", "storm", n, "Bordurian premier")  # a leading "the" does not matter
    assert p.returncode == 0 and p.stderr == "", p.stderr
    assert _quotes(db)[n - 1]["actor"] == "Trentino Vasquez"


def test_a_speaker_an_analyst_set_is_the_speaker_the_list_shows(db):
    """New-user session: after a quote's speaker was changed, `bluf quotes SOURCE` still showed
    the speaker as written. The list shows the analyst's speaker, marked as set by the analyst."""
    n = next(q["n"] for q in _quotes(db) if q["speaker"] and "Vasquez" in q["speaker"])
    assert bluf(db, "quotes", "speaker", "storm", n, "Pilot Ruda Kess", "--new").returncode == 0
    row = next(ln for ln in bluf(db, "quotes", "storm").stdout.splitlines() if ln.split()[0] == str(n))
    assert "Pilot Ruda Kess (analyst)" in row and "Trentino Vasquez" not in row, row
    q = _quotes(db)[n - 1]
    assert (q["speaker"], q["speaker_set_by"]) == ("Pilot Ruda Kess", "analyst") and "Vasquez" in q["speaker_as_written"]
    others = [x for x in _quotes(db) if x["n"] != n and x["speaker"]]
    assert others and all(x["speaker_set_by"] == "analysis" for x in others)


def test_merging_an_alias_into_its_own_actor_says_it_is_already_one_and_accents_do_not_matter(db):
    assert bluf(db, "actors", "alias", "Trentino Vasquez", "Pépé").returncode == 0
    p = bluf(db, "actors", "merge", "Pepe", "vasquez")  # typed without the accent
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip() == "bluf: 'Pepe' is already an alias of Trentino Vasquez: nothing to merge"
    assert "Trentino Vasquez" in _actors(db)
    shown = bluf(db, "actors", "show", "Vásquez")  # an accent the name does not have
    assert shown.returncode == 0 and "name         Trentino Vasquez" in shown.stdout, shown.stderr


def test_renaming_back_after_a_mistaken_rename_leaves_no_alias_of_the_mistake(db):
    """A name only a rename gave (no text used it) is dropped when the actor is renamed
    again: it no longer finds the actor. A name of the text stays an alias."""
    aid = _actors(db)["Trentino Vasquez"]["id"]
    assert bluf(db, "actors", "rename", aid, "Oskar Feldt").returncode == 0  # the wrong one
    back = bluf(db, "actors", "rename", aid, "Trentino Vasquez")
    assert back.returncode == 0, back.stderr
    rec = _actors(db)["Trentino Vasquez"]
    assert "Oskar Feldt" not in rec["names"], rec
    gone = bluf(db, "actors", "show", "Oskar Feldt")
    assert gone.returncode == 1 and "Trentino Vasquez" not in gone.stdout, (gone.stdout, gone.stderr)
    kept = bluf(db, "actors", "rename", aid, "PM Trentino Vasquez")  # a rename away from the text's name
    assert kept.returncode == 0, kept.stderr
    assert "Trentino Vasquez" in _actors(db)["PM Trentino Vasquez"]["names"]
    found = bluf(db, "actors", "show", "Trentino Vasquez")
    assert found.returncode == 0 and "PM Trentino Vasquez" in found.stdout, found.stderr


def test_a_merge_keeps_the_affiliation_of_the_actor_that_goes_when_the_other_has_none(db):
    assert _actors(db)["Borduria"]["affiliation"] is None
    assert bluf(db, "actors", "affiliation", "Trentino Vasquez", "Bordurian cabinet").returncode == 0
    p = bluf(db, "actors", "merge", "Trentino Vasquez", "Borduria")
    assert p.returncode == 0 and "merged Trentino Vasquez into Borduria" in p.stdout and p.stderr == "", p.stderr
    assert _actors(db)["Borduria"]["affiliation"] == "Bordurian cabinet"


def test_a_merge_of_two_affiliations_keeps_the_joined_ones_and_says_so(db):
    assert bluf(db, "actors", "affiliation", "Trentino Vasquez", "Bordurian cabinet").returncode == 0
    assert bluf(db, "actors", "affiliation", "Borduria", "Northern League").returncode == 0
    p = bluf(db, "actors", "merge", "Trentino Vasquez", "Borduria")
    assert p.returncode == 0 and "merged Trentino Vasquez into Borduria" in p.stdout
    assert p.stderr == "bluf: Borduria keeps its affiliation Northern League; Trentino Vasquez's, Bordurian cabinet, is not kept\n"
    assert _actors(db)["Borduria"]["affiliation"] == "Northern League"


def test_an_alias_that_named_another_actor_says_so_in_one_line(db):
    """A new user gave one actor a name the alias file held for another ("PPP"): both then had it,
    and the mentions found so far stayed the other's, with no word. Now the command says so."""
    p = bluf(db, "actors", "alias", "Ana Lopez", "Vasquez")
    assert p.returncode == 0, p.stderr
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and "“Vasquez” also named Trentino Vasquez" in lines[0] and "bluf actors merge" in lines[0], p.stderr
    quiet = bluf(db, "actors", "alias", "Ana Lopez", "the Port Coral mayor")  # a name of no one: nothing said
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
