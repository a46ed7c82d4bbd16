"""What the CLI prints reads right: counts agree with their nouns, and cut quotes end with
an ellipsis at a word, never mid-word."""

from __future__ import annotations

from annotate.ingest import make_source
from annotate.merge import merge_workspace
from annotate.workspace import open_workspace
from tui.cli import main

ONE = "The mayor said: “The bridge stays closed until the engineers have inspected every single cable.”"


def test_sources_says_1_quote_not_1_quotes(tmp_path, capsys):
    ws = open_workspace(tmp_path / "w.json", annotator="ana", seed=False)
    ws.add_sources([make_source(ONE, "bridge.txt")])
    ws.close()
    assert main(["--db", str(tmp_path / "w.json"), "sources"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "bridge.txt" in x)
    assert "  1 quote " in line and "quotes" not in line


def test_a_conflict_cuts_its_quote_at_a_word_with_an_ellipsis(tmp_path):
    paths = []
    for name, label in (("a", "hawkish"), ("b", "cautious")):
        (tmp_path / name).mkdir()
        ws = open_workspace(tmp_path / name / "w.json", annotator="ana", seed=False)
        src = make_source(ONE, "bridge.txt")
        ws.add_sources([src])
        start = ONE.index("“") + 1
        ws.tag_span(src.id, start, ONE.index("”"), "mayor", label)
        paths.append(tmp_path / name / "w.json")
        ws.close()
    a = open_workspace(paths[0], annotator="ana", seed=False)
    (conflict,) = merge_workspace(a, paths[1]).conflicts
    a.close()
    shown = conflict["what"].split("“", 1)[1].rstrip("”")
    assert shown.endswith("…") and ONE[ONE.index("“") + 1:].startswith(shown[:-1])
    assert shown[:-1].split()[-1] in ONE.split() or shown[:-1].split()[-1] + "," in ONE.split()


def test_labels_set_refuses_a_key_the_reader_uses_and_warns_of_labels_in_use(tmp_path, capsys):
    db = str(tmp_path / "w.json")
    ws = open_workspace(tmp_path / "w.json", annotator="ana", seed=False)
    ws.add_sources([make_source(ONE, "bridge.txt")])
    (src,) = ws.sources()
    ws.tag_span(src.id, ONE.index("“") + 1, ONE.index("”"), "mayor", "neutral")
    ws.close()
    before = main(["--db", db, "labels"]), capsys.readouterr().out
    assert main(["--db", db, "labels", "set", "hawkish=h", "escalatory=j"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "'j' is already used by the reader" in err[0] and "nothing changed" in err[0]
    assert (main(["--db", db, "labels"]), capsys.readouterr().out) == before  # unchanged
    assert main(["--db", db, "labels", "set", "hawkish=h", "cautious=c"]) == 0
    assert "1 tag in force says 'neutral', no longer a label" in capsys.readouterr().err
