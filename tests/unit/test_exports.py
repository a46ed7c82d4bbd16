"""Exports: the brief byte for byte, its structure, pandoc, spaCy round trip, CSV, JSON."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from annotate.brief import BriefFilter
from annotate.export import export
from annotate.ingest import make_source
from annotate.workspace import open_workspace

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
TODAY = date(2026, 1, 15)
H2 = ["Bottom line", "Key judgments", "Incidents", "Actors", "Evidence", "Disagreements", "Sources", "Method"]


def tokens_of(md: str):
    return MarkdownIt("commonmark", {"html": True}).enable("table").parse(md)


def h2(tokens) -> list[str]:
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]


def tables(tokens) -> list[list[list[str]]]:
    """Each table as rows of cell texts."""
    out, rows, row, in_table = [], [], None, False
    for t in tokens:
        if t.type == "table_open":
            in_table, rows = True, []
        elif t.type == "table_close":
            out.append(rows)
            in_table = False
        elif in_table and t.type == "tr_open":
            row = []
        elif in_table and t.type == "tr_close":
            rows.append(row)
        elif in_table and t.type == "inline":
            row.append(t.content)
    return out


@pytest.fixture
def tagged(ws_path):
    """The seed workspace with tags by two annotators, some disagreeing."""
    for who, tags in (("ana", [(1, 0, "hawkish"), (1, 7, "cautious"), (0, 3, "denial"), (0, 5, "threatening")]),
                      ("bob", [(1, 7, "hawkish"), (1, 0, "hawkish"), (3, 2, "hawkish")])):
        ws = open_workspace(ws_path, annotator=who)
        ws.analyze()
        for si, qi, label in tags:
            ws.tag(ws.sources()[si].id, qi, label)
        ws.close()
    ws = open_workspace(ws_path, annotator="ana")
    ws.analyze()
    yield ws
    ws.close()


def _stable(md: str, ws) -> str:
    """The brief without what changes with every analysis version: the workspace path and
    the pipeline id (its own line in the method section)."""
    return re.sub(r"pipeline bluf\S+;", "pipeline PIPELINE;", md.replace(str(ws.path), "WORKSPACE"))


def test_golden_brief_byte_for_byte(tagged):
    md = _stable(export(tagged, "md", today=TODAY), tagged)
    golden = GOLDEN / "brief.md"
    if os.environ.get("BLUF_UPDATE_GOLDEN"):
        golden.write_text(md, encoding="utf-8")
    assert md == golden.read_text(encoding="utf-8")
    assert _stable(export(tagged, "md", today=TODAY), tagged) == md  # and again


@pytest.mark.parametrize("flt", [
    BriefFilter(),
    BriefFilter(labels=("hawkish",)),
    BriefFilter(annotators=("bob",)),
    BriefFilter(actors=("Boris Pistorius",)),
    BriefFilter(incidents=("estonia-jets",)),
    BriefFilter(date_from="2030-01-01"),
])
def test_every_brief_has_the_sections_and_tables(tagged, flt):
    tokens = tokens_of(export(tagged, "md", flt=flt, today=TODAY))
    assert h2(tokens) == H2
    for table in tables(tokens):
        assert len({len(r) for r in table}) == 1  # every row has as many cells as the header
    heads = [t[0] for t in tables(tokens)]
    assert ["Date", "Place", "What", "Sources"] in heads or "No incidents" in export(tagged, "md", flt=flt, today=TODAY)


def test_filters_restrict_the_brief(tagged):
    md = export(tagged, "md", flt=BriefFilter(annotators=("bob",)), today=TODAY)
    assert "tagged by bob" in md and "tagged by ana" not in md
    md = export(tagged, "md", flt=BriefFilter(actors=("Pistorius",)), today=TODAY)
    assert "### Boris Pistorius" in md and "### UK government" not in md


def test_citations_resolve_and_quotes_are_verbatim(tagged):
    md = export(tagged, "md", today=TODAY)
    tokens = tokens_of(md)
    anchors = set()
    for t in tokens:
        for c in t.children or []:
            if c.type == "html_inline" and 'id="src-' in c.content:
                anchors.add(c.content.split('"')[1])
    links = {c.attrGet("href")[1:] for t in tokens for c in t.children or [] if c.type == "link_open"}
    assert links and links <= anchors
    texts = " ".join(s.text for s in tagged.sources())
    for st in tagged.stances():
        assert st.quote in texts


def test_pandoc_converts_without_warnings(tagged, tmp_path):
    if shutil.which("pandoc") is None:
        if os.environ.get("CI"):
            pytest.fail("pandoc is not installed: .ci/run installs it")
        pytest.skip("pandoc is not installed: .ci/run installs it")
    src = tmp_path / "brief.md"
    src.write_text(export(tagged, "md", today=TODAY), encoding="utf-8")
    for dialect in ("commonmark_x", "markdown"):
        p = subprocess.run(["pandoc", str(src), "-f", dialect, "-t", "html", "--fail-if-warnings", "-o", str(tmp_path / "b.html")],
                           capture_output=True, text=True)
        assert p.returncode == 0 and p.stderr == "", p.stderr


def test_jsonl_loads_back_into_spacy_docs_with_the_same_spans(tagged):
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    n = 0
    for line in export(tagged, "jsonl").splitlines():
        r = json.loads(line)
        doc = Doc(nlp.vocab, words=[t["text"] for t in r["tokens"]], spaces=[t["ws"] for t in r["tokens"]])
        assert doc.text == r["text"]
        for s in r["spans"]:
            span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict")
            assert span is not None and (span.start_char, span.end_char, span.label_) == (s["start"], s["end"], s["label"])
            assert (span.start, span.end - 1) == (s["token_start"], s["token_end"])
            n += 1
    assert n > 400


def test_csv_has_one_row_per_tag(tagged):
    rows = list(csv.DictReader(io.StringIO(export(tagged, "csv"))))
    assert len(rows) == len(tagged.stances())
    assert {r["annotator"] for r in rows} == {"ana", "bob"}
    assert all(r["evidence"] == next(s.text for s in tagged.sources() if s.id == r["source_id"])[int(r["start"]):int(r["end"])] for r in rows)


def test_json_has_the_versioned_schema(tagged):
    data = json.loads(export(tagged, "json"))
    assert data["schema"] == {"name": "bluf-workspace", "version": 1}
    assert {"sources", "actors", "incidents", "stances", "history", "labels"} <= set(data)
    assert len(data["stances"]) == len(tagged.stances())
    for s in data["sources"]:
        for q in s["quotes"]:
            assert s["text"][q["start"] : q["end"]] == q["text"]


def _json_keys(value, path: str = "") -> set[str]:
    """Every field name in a JSON value, as "path.name" (list items share their list's path;
    the keys of ``evidence``, ``candidates``, ``dates`` and ``places`` are source ids, not fields)."""
    out: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(f"{path}.{k}")
            if k not in ("evidence", "candidates", "dates", "places"):
                out |= _json_keys(v, f"{path}.{k}")
    elif isinstance(value, list):
        for v in value:
            out |= _json_keys(v, path)
    return out


def test_every_field_the_json_export_writes_is_documented(tagged):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "EXPORT.md").read_text(encoding="utf-8")
    section = doc[doc.index("## `json`") : doc.index("## `jsonl`")]
    rows = "\n".join(line for line in section.splitlines() if line.startswith("|"))  # the field tables
    documented = set(re.findall(r"`([a-z_]+)`", rows)) | set(re.findall(r'"([a-z_]+)"', rows))
    tagged.untag(tagged.stances()[0].id)  # an untag event in the history too
    data = json.loads(export(tagged, "json"))
    assert data["incidents"] and data["history"] and data["actors"]
    missing = sorted(k for k in _json_keys(data) if k.rsplit(".", 1)[1] not in documented)
    assert missing == [], f"fields of `bluf export --format json` that docs/EXPORT.md does not describe: {missing}"


def test_a_quote_full_of_markdown_round_trips_in_every_table(tagged):
    nasty = "a | b `code` *bold* <script>x</script> [link](http://x) #tag _u_ \\ end"
    src = make_source(f"The envoy said “{nasty}” to the council.\n", "nasty.txt")
    tagged.add_sources([src])
    tagged.analyze()
    q = tagged.quotes(src.id)[0]
    tagged.tag_span(src.id, q.start, q.end, tagged.create_actor("Envoy Nasty"), "hawkish")
    md = export(tagged, "md", today=TODAY)
    tokens = tokens_of(md)
    assert h2(tokens) == H2
    actor_table = next(t for t in tables(tokens) if t[0][0] == "Actor")
    assert all(len(r) == 5 for r in actor_table)
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    assert "<script>" not in rendered
    shown = [c.content for t in tokens for c in t.children or [] if c.type == "text"]
    assert any(nasty in s for s in shown)


def test_a_user_template_from_the_config_dir(tagged, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "bluf").mkdir()
    (tmp_path / "bluf" / "brief.md.j2").write_text("# {{ brief.title | md }}\n{% for a in brief.actors %}- {{ a.name | md }}\n{% endfor %}", encoding="utf-8")
    md = export(tagged, "md", today=TODAY)
    from annotate.brief import default_title

    assert md.startswith(f"# {default_title(tagged.incidents())}\n- ")  # the user's template, the workspace's title


def test_cli_export_formats_and_errors(tagged, tmp_path):
    import sys

    db = str(tagged.path)
    tagged.close()
    for fmt in ("md", "json", "jsonl", "csv"):
        p = subprocess.run([sys.executable, "-m", "tui", "--db", db, "export", "--format", fmt, "-o", str(tmp_path / f"x.{fmt}")], capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        assert (tmp_path / f"x.{fmt}").stat().st_size > 100
    for args, msg in ((["--label", "angry"], "unknown label"), (["--from", "yesterday"], "YYYY-MM-DD"),
                      (["--actor", "Nobody Atall"], "unknown actor 'Nobody Atall'"),
                      (["--annotator", "bob"], ""), (["--annotator", "bobb"], "unknown annotator 'bobb'; did you mean bob?"),
                      (["--incident", "nowhere"], "unknown incident"),
                      (["--from", "2025-10-01", "--to", "2025-01-01"], "the date range ends before it starts"), (["--template", "/nope.j2"], "no such template")):
        p = subprocess.run([sys.executable, "-m", "tui", "--db", db, "export", *args], capture_output=True, text=True)
        if not msg:  # a known one
            assert p.returncode == 0, p.stderr
            continue
        assert p.returncode == 1 and msg in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr
        assert p.stdout == ""
