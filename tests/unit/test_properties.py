"""Property tests: the analysis never raises on arbitrary text, and every offset it
returns lies within the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.analysis import analyze_doc
from annotate.gazetteer import load_gazetteer
from annotate.ingest import make_source, sanitize
from annotate.nlp.quotes import pair_quotes
from annotate.text import masked

# Text with many quote marks, dashes, newlines, names and control characters.
PIECES = st.sampled_from(
    ['"', "“", "”", "«", "»", "—", "-", "\n", "\n\n", " ", ",", ".", "said", "told reporters", "he", "she",
     "Anna Berg", "NATO", "the Kremlin", "Estonia", "drones", "violated", "airspace", "so-called", "\x1b[31m",
     "\t", "according to", "“We", "war”", "'", "’s", "Advertisement\n", "A", "the"]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map(" ".join))


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_pair_quotes_spans_are_inside_the_text(text):
    spans, stray = pair_quotes(text)
    for s in spans:
        assert 0 <= s.open < s.start <= s.end <= s.close <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]
    assert all(0 <= o < len(text) for o in stray)


@given(TEXTS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_analysis_never_raises_and_offsets_are_in_range(nlp, text):
    # Every reader hands make_source its text with newlines normalised (CRLF and CR to LF):
    # offsets are into that text, so this test reads its text the same way.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    gaz = load_gazetteer()
    clean, _ = sanitize(text)
    src = make_source(text, "p.txt")
    doc = nlp(masked(src.text, src.removed))
    a = analyze_doc(doc, src, "test", gaz)
    n = len(src.text)
    for q in a.quotes:
        assert 0 <= q.start < q.end <= n and src.text[q.start : q.end] == q.text
        if q.speaker:
            assert 0 <= q.speaker.start < q.speaker.end <= n
    for e in a.entities + []:
        assert 0 <= e.start < e.end <= n
    for f in a.frames:
        assert 0 <= f.start <= f.end <= n and 0 <= f.agent_start < f.agent_end <= n
    for m in a.incidents:
        assert 0 <= m.start < m.end <= n
    for r in src.removed:
        assert 0 <= r.start < r.end <= n
    for i in range(n + 1):
        assert 0 <= src.to_raw(i) <= len(text)
