"""Disagreements as two analysts see them (new-user session 15, F5): annotators disagree when
they label the SAME statement differently; a stance changed between sources only when one
analyst's tags (or the label the analysts agree on) differ from source to source. The brief
and `bluf stats` (run as the analysts ran them, from the command line) say the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from annotate.agreement import agreement
from annotate.ingest import Meta, make_source
from annotate.models import Stance
from annotate.workspace import open_workspace

ONE = ("“Our farmers' lives are at risk,” Prime Minister Lena Varga said on Monday. "
       "“We will close the border crossings if the shelling goes on,” Varga told reporters later.\n")
TWO = "“We must not be dragged into this quarrel,” Prime Minister Lena Varga said on Friday.\n"


def bluf(db, *args, who="ana"):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], capture_output=True, text=True,
                          check=True, env={**os.environ, "BLUF_ANNOTATOR": who}).stdout


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ws.json"
    w = open_workspace(path, seed=False, annotator="ana")
    w.add_sources([make_source(ONE, "one.txt", meta=Meta(title="Varga warns", published="2025-06-02")),
                   make_source(TWO, "two.txt", meta=Meta(title="Varga urges calm", published="2025-06-06"))])
    w.analyze()
    w.close()
    return path


def disagreements(md):
    """The Disagreements section as a reader sees it (Markdown rendered, tags dropped)."""
    import re

    from markdown_it import MarkdownIt

    section = md.split("## Disagreements\n", 1)[1].split("\n## ", 1)[0]
    return re.sub(r"<[^>]+>", "", MarkdownIt().render(section))


def test_two_analysts_on_one_quote_disagree_and_another_quote_is_not_their_disagreement(db):
    bluf(db, "tag", "one.txt", "1", "hawkish", who="ana")
    bluf(db, "tag", "one.txt", "1", "cautious", who="ben")
    bluf(db, "tag", "one.txt", "2", "threatening", who="ana")  # another statement: no one disagrees on it
    bluf(db, "tag", "two.txt", "1", "hawkish", who="ben")
    bluf(db, "tag", "two.txt", "1", "hawkish", who="ana")
    dis = disagreements(bluf(db, "brief"))
    assert "annotators disagree on “Our farmers' lives are at risk" in dis, dis
    assert "ana hawkish; ben cautious" in dis, dis
    assert "threatening" not in dis, dis
    # ben: cautious in one, hawkish in two — his stance changed; ana hawkish+threatening in one, hawkish in two — no change
    assert "changed between sources (tagged by ben): cautious in [1], hawkish in [2]" in dis, dis
    assert "tagged by ana" not in dis, dis
    stats = json.loads(bluf(db, "stats", "--json"))
    assert [(d["actor"], d["labels"]) for d in stats["between_annotators"]] == [("Lena Varga", {"ana": "hawkish", "ben": "cautious"})]
    assert "farmers' lives" in stats["between_annotators"][0]["evidence"]
    assert [(d["actor"], d["annotator"]) for d in stats["between_sources"]] == [("Lena Varga", "ben")]
    text = bluf(db, "stats")
    assert "Lena Varga in one.txt: ana hawkish, ben cautious\n    on “Our farmers' lives are at risk,”" in text, text
    assert "Lena Varga (tagged by ben): one.txt cautious, two.txt hawkish" in text, text


def test_two_analysts_each_on_a_different_source_is_no_change_between_sources(db):
    """ana labels the actor in one source, ben in the other, differently: neither changed his
    mind and they never labelled the same statement — the brief lists no disagreement."""
    bluf(db, "tag", "one.txt", "1", "cautious", who="ana")
    bluf(db, "tag", "two.txt", "1", "hawkish", who="ben")
    dis = disagreements(bluf(db, "brief"))
    assert "None: no actor's stance changed between sources" in dis, dis
    stats = json.loads(bluf(db, "stats", "--json"))
    assert stats["between_sources"] == [] and stats["between_annotators"] == []


def st(actor, source, label, who, t, start=0):
    return Stance(f"{actor}{source}{who}{t}", actor, label, source, start, start + 5, f"q{start}", who, f"2026-01-01T00:00:{t:02d}")


def test_agreed_labels_that_change_between_sources_are_a_change():
    ag = agreement([st("orsk", "s1", "hawkish", "ana", 1), st("orsk", "s1", "hawkish", "ben", 2),
                    st("orsk", "s2", "cautious", "cy", 3), st("orsk", "s2", "cautious", "dee", 4)])
    assert [(a, per, who) for a, per, who in ag.between_sources] == [("orsk", {"s1": "hawkish", "s2": "cautious"}, "")]
    assert ag.between_annotators == []
