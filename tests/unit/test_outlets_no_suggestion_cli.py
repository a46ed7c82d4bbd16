"""A news outlet a story cites is never a stance suggestion's actor (README: "never given a stance
suggestion"), as a user met it in `bluf suggest list`: a local outlet that "reports citing" another,
a state news agency a quote is given "according to", and a dateline ("Kyiv • UNA") the parse read as
a clause. The people who speak keep theirs. Invented article; real processes and workspace."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

ARTICLE = """Holes found in the wreck of the Caspian ferry: Kazakhstan's deputy premier speaks

Kyiv • UNA

Divers found holes in the hull of the ferry that sank near Aktau. Investigators are questioning the crew.

At a briefing, Kazakh Deputy Prime Minister Arman Seitkali commented on the footage of the damaged hull, UNA reports citing Tengri.

"These are our conditions. The first of them was met yesterday. I hope that our other conditions will be accepted as well," Seitkali noted in the interview, according to the Kazakhstan State News Agency.

According to Deputy Interior Minister Daulet Omarov, witnesses are being questioned at the port.
"""


def test_no_cited_outlet_gets_a_suggestion_and_the_speakers_keep_theirs(tmp_path):
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", tmp_path / "ferry.txt").returncode == 0
    p = bluf(db, "suggest", "list", "ferry", "--jsonl")
    assert p.returncode == 0, p.stderr
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    actors = {r["actor"] for r in rows}
    assert not any("UNA" in a or "Agency" in a or "Tengri" in a for a in actors), rows
    assert not any(r["evidence"].strip().startswith("•") for r in rows), rows  # the dateline is no one's statement
    assert "Daulet Omarov" in actors, rows  # a deputy minister's account "according to" him stays his


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The ferry sank near Aktau, UNA reports citing Tengri.", "UNA"),
        ("Two divers were hurt, Kazinform reported, citing the port authority.", "Kazinform"),
    ],
)
def test_a_name_that_reports_citing_another_is_a_cited_outlet(sentence, outlet):
    from annotate.cited_outlets import cited_outlets
    from annotate.gazetteer import load_gazetteer

    assert outlet in [c.name for c in cited_outlets(sentence, load_gazetteer(), "Kazakhstan")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The State Emergency Service reported, citing rescuers, that two divers were hurt.",
        "Kazakhstan reported, citing its navy, that the ferry sank.",
    ],
)
def test_a_body_or_a_country_that_reports_citing_is_no_outlet(sentence):
    from annotate.cited_outlets import cited_outlets
    from annotate.gazetteer import load_gazetteer

    assert cited_outlets(sentence, load_gazetteer(), "Kazakhstan") == []
