"""A speaker correction says which other quotes changed with it (nu20 defect 5): untagged
quotes resolved through the corrected quote's phrase ("the Estonian president's office said",
then "the office said" twice) follow the correction, and `bluf quotes speaker` names them
("2 more quotes, untagged, follow it"), each with its new and old speaker: nothing changes
unseen. A tagged one keeps its speaker (test_speaker_edit_elsewhere) and is not listed. Real
`bluf` processes on an invented article."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

CALL = (
    "Rand Calls Vilks Over Border Flights\n\n"
    "President Kaia Rand of Estonia held a telephone call with Prime Minister Janis Vilks of Latvia on Sunday, "
    "according to an Estonian statement.\n\n"
    'In the call, Rand "stressed that the flights over the islands must stop at once," the Estonian president\'s '
    "office said.\n\n"
    '"The leaders agreed that the patrols along the coast will be doubled," the office said.\n\n'
    '"Both sides will brief their allies this week," the office said.\n')


@pytest.fixture
def db(tmp_path):
    (tmp_path / "call.txt").write_text(CALL, encoding="utf-8")
    p = bluf(tmp_path / "ws.json", "import", tmp_path / "call.txt")
    assert p.returncode == 0, p.stderr
    return tmp_path / "ws.json"


def _quotes(db) -> list[dict]:
    p = bluf(db, "quotes", "call", "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def test_the_quotes_that_follow_a_correction_are_named(db):
    before = _quotes(db)
    office = before[0]["actor_id"]
    assert office and before[1]["actor_id"] == office == before[2]["actor_id"], before
    p = bluf(db, "quotes", "speaker", "call", "1", "Kaia Rand")
    assert p.returncode == 0, p.stderr
    after = _quotes(db)
    followed = [i + 1 for i in (1, 2) if after[i]["actor_id"] != office]
    assert followed, "the untagged quotes kept their speaker: nothing to tell"
    assert f"{len(followed)} more quote" in p.stderr and "untagged" in p.stderr, p.stderr
    for n in followed:
        assert f"call.txt {n}: “" in p.stderr, p.stderr  # each one named, with what it was
    assert "was " in p.stderr


def test_a_tagged_quote_that_keeps_its_speaker_is_not_listed(db):
    assert bluf(db, "tag", "call", "3", "hawkish").returncode == 0
    p = bluf(db, "quotes", "speaker", "call", "1", "Kaia Rand")
    assert p.returncode == 0, p.stderr
    assert "call.txt 3:" not in p.stderr, p.stderr
    assert "call.txt 2:" in p.stderr and "1 more quote, untagged, follows it" in p.stderr, p.stderr
