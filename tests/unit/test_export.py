"""The Markdown brief: its structure, and every quote verbatim in the source it cites."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from annotate.brief import build_brief
from annotate.export.markdown import render_markdown
from annotate.ingest import make_source


def parse(md: str):
    return MarkdownIt("commonmark", {"html": True}).enable("table").parse(md)


def headings(tokens) -> list[tuple[str, str]]:
    out = []
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            out.append((t.tag, tokens[i + 1].content))
    return out


def inline_text(tok) -> str:
    """The text a reader sees (escapes undone)."""
    return "".join(c.content for c in tok.children if c.type in ("text", "code_inline"))


def cited_quotes(tokens) -> list[tuple[str, int]]:
    """(quote text, cited source number) for every evidence bullet."""
    out = []
    for t in tokens:
        if t.type != "inline" or not t.children:
            continue
        text = inline_text(t)
        hrefs = [c.attrGet("href") for c in t.children if c.type == "link_open"]
        m = re.match(r"“(.*)” \[\d+\]", text, re.S)
        if m and hrefs:
            out.append((m.group(1), int(hrefs[0].removeprefix("#src-"))))
    return out


def source_files(tokens) -> dict[int, str]:
    out = {}
    for t in tokens:
        if t.type == "inline" and t.children and any(c.type == "html_inline" and 'id="src-' in c.content for c in t.children):
            n = int(re.search(r'id="src-(\d+)"', t.content).group(1))
            out[n] = re.search(r"File (.+)\.$", inline_text(t).strip()).group(1)
    return out


def test_brief_headings_and_verbatim_quotes(workspace):
    for src in workspace.sources():
        for i, q in enumerate(workspace.quotes(src.id)[:3]):
            if q.speaker is not None and q.speaker.kind != "outlet":
                workspace.tag(src.id, i, "hawkish" if i % 2 else "cautious")
    md = render_markdown(build_brief(workspace, title="Test brief"))
    tokens = parse(md)
    hs = headings(tokens)
    assert hs[0] == ("h1", "Test brief")
    assert [h for tag, h in hs if tag == "h2"] == ["Bottom line", "Key judgments", "Incidents", "Actors", "Evidence", "Disagreements", "Sources", "Method"]
    assert any(tag == "h3" for tag, _ in hs)
    quotes = cited_quotes(tokens)
    files = source_files(tokens)
    by_name = {s.name: s for s in workspace.sources()}
    assert len(quotes) >= 5
    for text, n in quotes:
        assert text in by_name[files[n]].text, (text, files[n])


def test_a_quote_full_of_markdown_cannot_break_the_brief(workspace):
    nasty = "`rm -rf` | *all* <b>bold</b> [link](http://x) # not a heading _ok_ \\ end"
    src = make_source(f"The envoy said “{nasty}” to the council.\nA second line.\n", "nasty.txt")
    workspace.add_sources([src])
    workspace.analyze()
    q = workspace.quotes(src.id)[0]
    workspace.tag_span(src.id, q.start, q.end, "envoy-x", "hawkish")
    md = render_markdown(build_brief(workspace))
    tokens = parse(md)
    assert [h for tag, h in headings(tokens) if tag == "h2"][:3] == ["Bottom line", "Key judgments", "Incidents"]
    assert nasty in [t for t, _ in cited_quotes(tokens)]
    line = next(t for t in tokens if t.type == "inline" and "rm -rf" in t.content)
    # Only text and the citation link: no code, emphasis, HTML or other links leaked out.
    assert {c.type for c in line.children} <= {"text", "link_open", "link_close"}
    n = [s.name for s in workspace.sources()].index("nasty.txt") + 1  # numbered in the library's order
    assert [c.attrGet("href") for c in line.children if c.type == "link_open"] == [f"#src-{n}"]
