"""Nothing lost: SIGKILL at random moments (20 trials here, 200 in `make bench`), two
writer processes tagging the same workspace at once, `recover` run while a writer tags,
and a changed byte in a journal line."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import crash  # noqa: E402


def test_sigkill_at_random_moments_loses_no_acknowledged_tag():
    result = crash.crash_trials(20, seed=7)
    assert result["acknowledged_tags"] > 100  # the writer really was writing when killed
    assert result["unreadable_workspaces"] == 0
    assert result["acknowledged_tags_lost"] == 0


def test_two_writers_lose_nothing():
    result = crash.two_writers(500)
    assert result["acknowledged"] == 1000
    assert result["lost"] == 0 and result["missing_in_tinydb_after_compaction"] == 0 and result["readable"]


def test_recover_during_writes_loses_no_acknowledged_tag():
    result = crash.recover_during_writes(8)
    assert result["acknowledged"] > 100 and result["readable"]
    assert result["lost"] == 0 and result["writer_errors"] == ""


def test_a_changed_byte_in_a_journal_loses_only_its_record():
    result = crash.journal_damage(8)
    assert result["damaged_records"] == 8 and result["unreadable"] == 0
    assert result["intact_records_lost"] == 0
