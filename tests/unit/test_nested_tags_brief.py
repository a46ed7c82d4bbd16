"""A tag on a quote inside a sentence already tagged (a suggestion accepted on the sentence,
then the quote in it tagged alike) is in force: `bluf stats`, the brief's header, its actor row,
its Evidence section and its Method agree on it. The brief counts the two as one stance (the
same statement) and says so in words wherever it counts, and the quote's tag is named under the
sentence. What a user did from the shell, on an invented article."""

from __future__ import annotations

import json
import re

import pytest

from .test_incidents_cli import bluf

ARTICLE = """Valdoria accuses Marenia over border unrest

On Tuesday, Valdorian Defence Minister Petra Lindqvist accused Marenia of "provocation" in the affairs of the Orvik valley, a border district that has seen deadly riots this month.

"This is no accident. I regret that some of the rioters have made a pact with Marenia," Lindqvist told reporters in the capital.

Marenian officials did not answer a request for comment.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("nested-tags")
    (d / "orvik.txt").write_text(ARTICLE, encoding="utf-8")
    db = d / "ws.json"
    assert bluf(db, "import", d / "orvik.txt").returncode == 0
    p = bluf(db, "suggest", "accept", "orvik.txt", "--match", "accused Marenia")
    assert p.returncode == 0, p.stdout + p.stderr
    quotes = json.loads(bluf(db, "quotes", "orvik.txt", "--json").stdout)
    inner = next(q for q in quotes if q["quote"].strip('"“”') == "provocation")
    outer = next(q for q in quotes if "no accident" in q["quote"])
    for q in (inner, outer):
        p = bluf(db, "tag", "orvik.txt", q["n"], "hawkish")
        assert p.returncode == 0, p.stderr
    return db


def test_stats_says_how_the_brief_counts_a_tag_inside_another(db):
    p = bluf(db, "stats")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("3 tags in force"), p.stdout
    assert "the brief counts 2: 1 of these lies on words inside a longer tag" in p.stdout, p.stdout
    assert json.loads(bluf(db, "stats", "--json").stdout)["nested"] == 1


def test_the_brief_counts_alike_everywhere_and_names_the_inner_tag(db):
    md = bluf(db, "export").stdout
    header = md.splitlines()[2]
    assert "2 tagged stances (3 tags: 1 inside another, shown with it)" in header, header
    row = next(ln for ln in md.splitlines() if ln.startswith("| Petra Lindqvist"))
    assert "(2 tags and 1 inside one of them)" in row, row
    evidence = md[md.index("### Petra Lindqvist"):md.index("## Disagreements")]
    items = [ln for ln in evidence.splitlines() if ln.startswith("- ")]
    assert len(items) == 2, evidence
    on_sentence = next(ln for ln in items if "accused Marenia" in ln)
    assert re.search(r"inside it, “provocation” tagged by \S+", on_sentence), on_sentence
    method = md[md.index("## Method"):]
    assert "3 tags in force on 1 actors" in method and "1 of them on words inside a longer tag" in method, method


def test_a_filtered_json_export_keeps_the_inner_tag(db):
    doc = json.loads(bluf(db, "export", "--format", "json", "--actor", "Lindqvist").stdout)
    assert len(doc["stances"]) == 3, doc["stances"]
