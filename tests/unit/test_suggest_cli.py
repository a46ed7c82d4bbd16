"""`bluf suggest list|accept|reject` from the shell (real processes, a real workspace file):
a suggestion on a sentence (the reader's a and x in sentence mode) or on a quote is listed,
accepted as a tag of its actor with its label on its evidence, or rejected and not offered
again; bad input gets one line and exit 1, a usage error exit 2, as the other commands.
Invented article; which suggestions there are is read from `bluf suggest list --json`."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

ARTICLE = """Tension rose along the Valdoria-Marenia border on Monday, officials said.

Valdorian Defence Minister Petra Lindqvist ordered troops to seize a customs post near Orvik on Tuesday.

Marenian Prime Minister Tomas Hale said the move was dangerous and called for calm.

"We will answer any provocation," Lindqvist told reporters.
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("suggest-cli")
    (d / "border.txt").write_text(ARTICLE, encoding="utf-8")
    p = bluf(d / "ws.json", "import", d / "border.txt")
    assert p.returncode == 0, p.stderr
    assert bluf(d / "ws.json", "suggest", "list", "border").returncode == 0  # analysed once, cached
    return d


@pytest.fixture
def db(made, tmp_path):
    import shutil

    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def _listed(db) -> list[dict]:
    p = bluf(db, "suggest", "list", "border", "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def _tags(db) -> list[dict]:
    return [e for e in map(json.loads, bluf(db, "log", "--jsonl").stdout.splitlines()) if e["event"] == "tag"]


def _on(db, kind: str) -> dict:
    rows = [r for r in _listed(db) if r["on"] == kind]
    assert rows, f"the article needs a suggestion on a {kind}"
    return rows[0]


def test_a_sentence_suggestion_is_accepted_by_its_number_as_a_tag_of_its_actor(db):
    sug = _on(db, "sentence")
    p = bluf(db, "suggest", "accept", "border", "--sentence", sug["n"])
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith(f"tagged {sug['actor']} as {sug['label']}: “{sug['evidence']}”") and "suggestion accepted" in p.stdout
    assert [(t["actor"], t["label"], t["quote"]) for t in _tags(db)] == [(sug["actor"], sug["label"], sug["evidence"])]
    assert sug not in _listed(db)  # accepted: no longer offered
    assert f"### {sug['actor']}: {sug['label']}" in bluf(db, "export").stdout
    again = bluf(db, "suggest", "accept", "border", "--sentence", sug["n"])
    assert again.returncode == 1 and len(again.stderr.splitlines()) == 1 and f"no suggestion on sentence {sug['n']}" in again.stderr


def test_a_sentence_suggestion_is_rejected_by_words_of_its_sentence_and_not_offered_again(db):
    sug = _on(db, "sentence")
    words = " ".join(sug["evidence"].split()[-3:]).upper()  # case does not matter
    p = bluf(db, "suggest", "reject", "border", "--match", words)
    assert p.returncode == 0 and p.stdout.startswith(f"rejected: {sug['actor']} {sug['label']} on sentence {sug['n']}"), p.stderr
    assert sug not in _listed(db) and _tags(db) == []
    again = bluf(db, "suggest", "accept", "border", "--sentence", sug["n"])
    assert again.returncode == 1 and "no suggestion on sentence" in again.stderr


def test_a_quote_suggestion_is_accepted_by_the_quotes_number(db):
    sug = _on(db, "quote")
    p = bluf(db, "suggest", "accept", "border", "--quote", sug["n"])
    assert p.returncode == 0 and p.stdout.startswith(f"tagged {sug['actor']} as {sug['label']}"), p.stderr
    assert [(t["actor"], t["label"]) for t in _tags(db)] == [(sug["actor"], sug["label"])]


@pytest.mark.parametrize("argv, says", [
    (("accept", "border", "--sentence", "99"), "bluf: --sentence 99: border.txt has sentences 1 to 4"),
    (("reject", "border", "--match", "zebra crossing"), "bluf: no sentence of border.txt holds 'zebra crossing'"),
    (("accept", "border", "--quote", "0"), "bluf: quotes are numbered from 1"),
    (("accept", "nosuch", "--sentence", "1"), "bluf: no source 'nosuch'"),
])
def test_bad_input_is_one_line_exit_1_and_changes_nothing(db, argv, says):
    p = bluf(db, "suggest", *argv)
    assert p.returncode == 1 and len(p.stderr.splitlines()) == 1 and p.stderr.startswith(says), p.stderr
    assert _tags(db) == []


@pytest.mark.parametrize("argv", [("accept", "border"), ("accept", "border", "--quote", "1", "--sentence", "2"), ()])
def test_a_missing_or_doubled_choice_is_a_usage_error_in_one_line(db, argv):
    p = bluf(db, "suggest", *argv)
    assert p.returncode == 2 and len(p.stderr.splitlines()) == 1, p.stderr


def test_a_quote_tagged_with_another_label_no_longer_lists_its_suggestion(db):
    sug = _on(db, "quote")
    other = next(lb for lb in ("neutral", "cautious", "hawkish") if lb != sug["label"])
    p = bluf(db, "tag", "border", sug["n"], other)
    assert p.returncode == 0, p.stderr
    assert [r for r in _listed(db) if r["on"] == "quote" and r["n"] == sug["n"]] == []  # the tag supersedes it
    again = bluf(db, "suggest", "accept", "border", "--quote", sug["n"])
    assert again.returncode == 1 and f"no suggestion on quote {sug['n']}" in again.stderr
