"""The analysis against the hand-made labels of the seeds (the issue's quality targets).
`make quality` writes the full report to docs/QUALITY.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.evaluate import score

GOLD = json.loads((Path(__file__).parent / "seeds_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(seeded_template, tmp_path_factory):
    import shutil

    from annotate.workspace import open_workspace

    d = tmp_path_factory.mktemp("gold")
    shutil.copytree(seeded_template, d / "ws")
    ws = open_workspace(d / "ws" / "ws.json")
    ws.analyze()
    yield score(ws, GOLD)
    ws.close()


def test_quote_recall(report):
    assert report.quote_recall >= 0.95, [q.contains for q in report.quotes if not q.found]


def test_speaker_accuracy(report):
    assert report.speaker_accuracy >= 0.95, [(q.contains, q.predicted_speaker) for q in report.quotes if not q.correct]


def test_every_gold_alias_resolves_to_its_actor(report):
    assert report.alias_failures == []


def test_boilerplate_removed_and_no_article_line_removed(report):
    assert report.boilerplate_missed == [] and report.article_lines_removed == []
    assert report.headings_missed == []


def test_incidents(report):
    assert report.incidents_found == len(GOLD["incidents"]) == 6
    assert all(i["links_found"] / i["links"] >= 0.8 for i in report.incidents), report.incidents
    assert len(report.spurious_incidents) <= 2, report.spurious_incidents


def test_stance_suggestions_agree_with_the_gold(report):
    assert report.stance_agreement >= 0.80, [s for s in report.stances if not s["correct"]]
