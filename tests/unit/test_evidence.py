"""Evidence never includes removed boilerplate: the facade cuts it off every span it
stores (a tag's evidence, an added quote), whoever asks."""

from __future__ import annotations

import pytest

from annotate.workspace import WorkspaceError


def _boilerplate_inside(ws):
    """A source and a removed range with article text before and after it."""
    for src in ws.sources():
        for r in src.removed:
            if src.text[: r.start].strip() and src.text[r.end :].strip():
                return src, r
    raise AssertionError("no removed range inside an article in the seeds")


def test_a_tag_across_boilerplate_keeps_the_article_before_it(workspace):
    src, r = _boilerplate_inside(workspace)
    start = src.text.rfind("\n", 0, r.start - 2) + 1  # the paragraph before the boilerplate
    actor = workspace.list_actors()[0].id
    st = workspace.tag_span(src.id, start, r.end + 20, actor, "hawkish")
    assert (st.start, st.end) == (start, len(src.text[:r.start].rstrip()))
    assert st.quote == src.text[start:st.end] and st.quote.strip() == st.quote
    assert [(s.start, s.end) for s in workspace.stances(src.id)] == [(st.start, st.end)]


def test_a_span_inside_boilerplate_starts_after_it_or_is_refused(workspace):
    src, r = _boilerplate_inside(workspace)
    actor = workspace.list_actors()[0].id
    with pytest.raises(WorkspaceError, match="boilerplate"):
        workspace.tag_span(src.id, r.start, r.end, actor, "hawkish")
    assert workspace.stances(src.id) == []
    span = workspace.evidence_span(src.id, r.start, r.end + 30)
    assert span is not None and span[0] >= r.end and not src.text[span[0]].isspace()


def test_a_span_clear_of_boilerplate_is_unchanged(workspace):
    src, r = _boilerplate_inside(workspace)
    assert workspace.evidence_span(src.id, 0, 5) == (0, 5)


def test_an_added_quote_across_boilerplate_is_cut_before_it(workspace):
    src, r = _boilerplate_inside(workspace)
    start = src.text.rfind("\n", 0, r.start - 2) + 1
    i = workspace.add_quote(src.id, start, r.end + 20)
    q = workspace.quotes(src.id)[i]
    assert q.start == start and q.end <= r.start
