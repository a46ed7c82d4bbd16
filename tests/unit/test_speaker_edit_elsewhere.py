"""Nothing an analyst tagged loses its actor by a speaker correction elsewhere (nu20): a later
quote, tagged, whose speaker was resolved through the corrected quote's phrase ("the president's
office said", then "the office said") keeps its speaker, and so its tag, its actor's counts and
its place in the brief. (An untagged one follows the correction: test_speaker_correction_aliases.)
Real `bluf` processes on an invented article."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

CALL = (
    "Erdogan Calls Aliyev Over Border Shelling\n\n"
    "Turkish President Recep Tayyip Erdogan held a telephone conversation with President Ilham Aliyev of Azerbaijan "
    'on Sunday, according to a Turkish statement. "The two sides noted that the shelling near the border must stop '
    'at once," the statement said.\n\n'
    "Erdogan gave no further detail about the shelling.\n\n"
    'In an account of the call, Aliyev\'s office said the village "was hit by artillery fire from across the frontier."\n\n'
    'In the call with Erdogan, Aliyev "stressed that the damage to the school and the injuries of three teachers show '
    'the shelling was deliberate," the Azerbaijani president\'s office said.\n\n'
    '"The leaders agreed that those responsible for the shelling must be found and punished," the office said.\n')


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("speaker-elsewhere")
    (d / "call.txt").write_text(CALL, encoding="utf-8")
    p = bluf(d / "ws.json", "import", d / "call.txt")
    assert p.returncode == 0, p.stderr
    return d


@pytest.fixture
def db(made, tmp_path):
    import shutil

    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def _ok(db, *argv):
    p = bluf(db, *argv)
    assert p.returncode == 0, p.stderr
    return p


def _quotes(db) -> list[dict]:
    return [json.loads(line) for line in _ok(db, "quotes", "call", "--jsonl").stdout.splitlines()]


def _referent(quotes: list[dict]) -> tuple[int, dict]:
    """The number (from 1) of "the office said"'s quote and the quote before it whose phrase it resolves through."""
    i = next(i for i, q in enumerate(quotes) if "must be found and punished" in q["quote"])
    return i + 1, quotes[i - 1]


def test_correcting_one_speaker_leaves_a_tagged_quote_resolved_through_it_alone(db):
    n, before = _referent(_quotes(db))
    office = _quotes(db)[n - 1]["actor_id"]
    assert office and office == before["actor_id"], "the office stands for the president's office's body"
    _ok(db, "tag", "call", str(n), "hawkish")
    _ok(db, "quotes", "speaker", "call", str(n - 1), "Ilham Aliyev")
    quotes = _quotes(db)
    assert quotes[n - 2]["actor_id"] == "ilham-aliyev"
    assert quotes[n - 1]["actor_id"] == office, "the quote the analyst did not touch keeps its speaker"
    actors = {a["id"]: a for a in map(json.loads, _ok(db, "actors", "list", "--jsonl").stdout.splitlines())}
    assert actors[office]["quotes"] == 1 and actors[office]["tags"] == 1
    brief = _ok(db, "export").stdout
    assert "must be found and punished" in brief and "no known speaker" not in brief, brief
