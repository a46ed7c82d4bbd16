"""Big texts never break a workspace: a text over spaCy's 1,000,000-character limit is
analysed in parts cut outside quotations, and a source whose analysis fails never stops
the others from opening, being tagged or exported."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.analysis import analyze_doc, analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import make_source, seed_sources
from annotate.nlp.chunks import CHUNK_CHARS, chunk_bounds, quote_blocks
from annotate.nlp.pipeline import load_pipeline
from annotate.text import masked
from annotate.workspace import open_workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def bluf(db, *args):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *args], capture_output=True, text=True)


def seed_text(n: int) -> str:
    return (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[n]).read_text(encoding="utf-8")


def quote_keys(analysis):
    return {(q.start, q.end, q.text, q.speaker.text if q.speaker else None) for q in analysis.quotes}


def test_a_text_over_spacys_limit_is_analysed_and_every_command_works(tmp_path):
    # A saved page with an image inlined as a data URI: 1,046,000 characters, one "paragraph"
    # of 1,040,000 without a space. Before: every command died with spaCy's E088.
    article = seed_text(0)
    blob = base64.b64encode(os.urandom(780_000)).decode()
    text = article + "\n\nimage: data:image/png;base64," + blob + "\n\n" + article.replace(" said", " told reporters")
    assert len(text) > 1_000_000
    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf(db, "import", str(f)).returncode == 0
    out = bluf(db, "sources")
    assert out.returncode == 0 and "E088" not in out.stderr and "Traceback" not in out.stderr, out.stderr[-2000:]
    exp = bluf(db, "export", "--format", "md")
    assert exp.returncode == 0, exp.stderr[-2000:]

    ws = open_workspace(db, annotator="tester")
    try:
        ws.analyze()
        (src,) = ws.sources()
        quotes = ws.quotes(src.id)
        tail = len(src.text) - len(article)
        assert any(q.start < len(article) for q in quotes) and any(q.start > tail for q in quotes)
        for q in quotes:  # offsets from every part point into the whole text
            assert src.text[q.start : q.end] == q.text
        for e in ws.analysis(src.id).entities:
            assert src.text[e.start : e.end] == e.text
        last = max(i for i, q in enumerate(quotes) if q.actor_id)
        tagged = ws.tag(src.id, last, "hawkish")
        assert tagged.source_id == src.id
    finally:
        ws.close()


def test_parts_give_the_quotes_and_speakers_of_one_parse(nlp):
    text = "\n\n".join(seed_text(i) for i in range(5))
    text = "\n\n".join([text] * (CHUNK_CHARS // len(text) + 2))
    src = make_source(text, "long.txt", "", None)
    gaz = load_gazetteer()
    _, info = load_pipeline(gaz)
    whole = analyze_doc(nlp(masked(src.text, src.removed)), src, info.version, gaz)
    bounds = chunk_bounds(masked(src.text, src.removed), blocked=quote_blocks(masked(src.text, src.removed)))
    assert len(bounds) >= 2
    parts = analyze_sources([src], gazetteer=gaz)[src.id]
    assert quote_keys(parts) == quote_keys(whole)
    assert len(parts.sentences) == len(whole.sentences)


def test_a_giant_paragraph_is_cut_at_sentence_ends():
    # One 5 MB-style paragraph: the line breaks of real articles turned into spaces.
    para = " ".join(" ".join(seed_text(i).split()) for i in range(5))
    text = " ".join([para] * (3 * CHUNK_CHARS // len(para) + 1))
    bounds = chunk_bounds(text, blocked=quote_blocks(text))
    assert len(bounds) >= 3 and "".join(text[a:b] for a, b in bounds) == text
    blocks = quote_blocks(text)
    for a, b in bounds[:-1]:
        assert b - a <= CHUNK_CHARS
        assert text[b - 1] == " " and text[:b].rstrip()[-1] in ".!?”\"’)", text[b - 40 : b + 40]
        assert not any(x < b < y for x, y in blocks)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab .\n“”\"", max_size=600), st.integers(min_value=2, max_value=120))
def test_parts_cover_the_text_and_avoid_quotations(text, limit):
    blocks = quote_blocks(text)
    bounds = chunk_bounds(text, limit, blocks)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= limit for a, b in bounds) and all(b > a for a, b in bounds if text)
    for _, cut in bounds[:-1]:
        for x, y in blocks:
            if x < cut < y:  # only a quotation longer than half a part is cut
                assert y - x > limit // 2


def test_a_source_whose_analysis_fails_leaves_the_others_working(tmp_path, monkeypatch):
    import annotate.analysis as analysis

    db = tmp_path / "ws.json"
    ws = open_workspace(db, annotator="tester")
    victim = ws.sources()[1]
    real = analysis.analyze_doc

    def failing(doc, source, *a, **kw):
        if source.id == victim.id:
            raise RuntimeError("model crashed\non this text")
        return real(doc, source, *a, **kw)

    monkeypatch.setattr(analysis, "analyze_doc", failing)
    try:
        ws.analyze()  # before: the exception ended the analysis of every source
        notices = [n for n in ws.notices if victim.label in n]
        assert len(notices) == 1 and "\n" not in notices[0] and "not analysed" in notices[0]
        others = [s for s in ws.sources() if s.id != victim.id]
        assert all(ws.analysis(s.id) is not None for s in others) and ws.analysis(victim.id) is None
        other, i = next((s, i) for s in others for i, q in enumerate(ws.quotes(s.id)) if q.actor_id)
        st_ = ws.tag(other.id, i, "hawkish")
        from annotate.export import export_bytes

        md = export_bytes(ws, "md").decode()
        assert other.title in md or other.label in md
        assert ws.stances(other.id) == [st_]
    finally:
        ws.close()
    monkeypatch.setattr(analysis, "analyze_doc", real)
    ws = open_workspace(db, annotator="tester")  # the failure was not cached: it is retried
    try:
        ws.analyze()
        assert ws.analysis(victim.id) is not None and not ws.analysis_errors
    finally:
        ws.close()


def test_a_parser_failure_inside_a_batch_leaves_out_only_its_text():
    from spacy.language import Language

    nlp, _ = load_pipeline()
    sources = seed_sources()
    victim = sources[2]

    if not Language.has_factory("test_fails_on_one_text"):
        @Language.component("test_fails_on_one_text")
        def fails(doc):
            if doc.text == masked(victim.text, victim.removed):
                raise ValueError("component failed")
            return doc

    nlp.add_pipe("test_fails_on_one_text", last=True)
    try:
        errors: dict[str, str] = {}
        got = analyze_sources(sources, errors=errors)
    finally:
        nlp.remove_pipe("test_fails_on_one_text")
    assert set(got) == {s.id for s in sources} - {victim.id}
    assert list(errors) == [victim.id] and victim.label in errors[victim.id] and "component failed" in errors[victim.id]


FAULT = """
import os
name = os.environ.get("BLUF_TEST_FAIL_SOURCE")
if name:
    import annotate.analysis as analysis
    real = analysis.analyze_doc

    def failing(doc, source, *a, **kw):
        if source.name == name:
            raise RuntimeError("injected fault")
        return real(doc, source, *a, **kw)

    analysis.analyze_doc = failing
"""


def test_the_cli_lists_tags_and_exports_when_one_source_fails(tmp_path, monkeypatch):
    import annotate.analysis as analysis

    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(FAULT, encoding="utf-8")
    db = tmp_path / "ws.json"
    ws = open_workspace(db, annotator="tester")  # the seeds, not analysed yet
    victim = ws.sources()[0]
    ws.close()
    monkeypatch.setenv("BLUF_TEST_FAIL_SOURCE", victim.name)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(hook), *sys.path]))
    out = bluf(db, "sources")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr[-2000:]
    assert len([line for line in out.stdout.splitlines() if line.strip()]) == 5  # every source listed

    real = analysis.analyze_doc

    def failing(doc, source, *a, **kw):  # the same fault here, to find a quote to tag
        if source.id == victim.id:
            raise RuntimeError("injected fault")
        return real(doc, source, *a, **kw)

    monkeypatch.setattr(analysis, "analyze_doc", failing)
    ws = open_workspace(db, annotator="tester")
    ws.analyze()
    other, i = next((s, i) for s in ws.sources() for i, q in enumerate(ws.quotes(s.id)) if q.actor_id)
    ws.close()
    tag = bluf(db, "tag", other.id, str(i + 1), "hawkish")
    assert tag.returncode == 0, tag.stderr[-2000:]
    exp = bluf(db, "export", "--format", "md")
    assert exp.returncode == 0 and "hawkish" in exp.stdout.lower(), exp.stderr[-2000:]


def test_a_text_without_line_breaks_is_not_taken_for_boilerplate():
    # The seeds flattened into one paragraph of 120,000 characters: seed 004's correction
    # footer ("…highlight the text and press Ctrl + Enter") is somewhere inside. Before, the
    # whole paragraph was masked as a correction footer and the analysis found nothing.
    para = " ".join(" ".join(seed_text(i).split()) for i in range(5))
    src = make_source(" ".join([para] * (120_000 // len(para) + 1)), "flat.txt", "", None)
    assert sum(r.end - r.start for r in src.removed) < len(src.text) // 100


def test_a_long_text_reports_its_parts_as_it_goes():
    text = "\n\n".join(seed_text(i) for i in range(5))
    src = make_source("\n\n".join([text] * (2 * CHUNK_CHARS // len(text) + 1)), "long.txt", "", None)
    seen: list[tuple[int, int, str]] = []
    analyze_sources([src], progress=lambda done, total, name: seen.append((done, total, name)))
    parts = [name for _, _, name in seen if name.startswith("part ")]
    n = len(chunk_bounds(masked(src.text, src.removed), blocked=quote_blocks(masked(src.text, src.removed))))
    assert n >= 3 and parts == [f"part {i}/{n} of long.txt" for i in range(1, n + 1)]
    assert seen[-1] == (1, 1, src.label)


def test_bluf_analyze_reports_a_source_that_fails_and_prints_the_others(tmp_path, monkeypatch):
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(FAULT, encoding="utf-8")
    files = [tmp_path / "a.txt", tmp_path / "b.txt"]
    files[0].write_text(seed_text(0), encoding="utf-8")
    files[1].write_text(seed_text(1), encoding="utf-8")
    monkeypatch.setenv("BLUF_TEST_FAIL_SOURCE", "a.txt")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(hook), *sys.path]))
    out = subprocess.run([sys.executable, "-m", "tui", "analyze", *map(str, files), "--json"], capture_output=True, text=True)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr[-2000:]
    assert [line.split(":")[0] for line in out.stderr.splitlines() if "not analysed" in line] == ["bluf"]
    assert [r["source"] for r in json.loads(out.stdout)] == ["b.txt"]
