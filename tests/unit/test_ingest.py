"""Reading files: text only, control characters removed with offsets kept mappable,
boilerplate found and recorded, headings kept."""

from __future__ import annotations

import pytest

from annotate.boilerplate import find_boilerplate, find_headings
from annotate.ingest import IngestError, make_source, read_source, sanitize


def test_reads_txt_and_md(tmp_path):
    (tmp_path / "a.txt").write_text("The minister spoke.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nBody text here.\n", encoding="utf-8")
    assert read_source(tmp_path / "a.txt").text == "The minister spoke.\n"
    b = read_source(tmp_path / "b.md")
    assert b.title == "Title"
    assert [b.text[h.start : h.end] for h in b.headings] == ["# Title"]


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin.txt", "caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
        ("empty.txt", b"  \n\n", "empty"),
        ("page.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_get_one_line_errors(tmp_path, name, data, reason):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(IngestError) as err:
        read_source(p)
    msg = str(err.value)
    assert "\n" not in msg and str(p) in msg and reason in msg


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_source(tmp_path / "nope.txt")


def test_control_and_escape_sequences_are_removed_and_offsets_map_back():
    raw = "Alpha \x1b[31mred\x1b[0m beta\x07 \x1b]0;title\x07gamma \u202eevil\r\nnext"
    clean, raw_map = sanitize(raw.replace("\r\n", "\n"))
    assert clean == "Alpha red beta gamma evil\nnext"
    src = make_source(raw.replace("\r\n", "\n"), "x.txt")
    as_read = raw.replace("\r\n", "\n")
    for word in ("Alpha", "red", "beta", "gamma", "evil", "next"):
        i = clean.index(word)
        j = src.to_raw(i)
        assert as_read[j : j + len(word)] == word


def test_crlf_is_read_as_python_reads_text(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("One line.\r\nTwo “quoted” words.\r\n".encode())
    s = read_source(p)
    assert s.text == open(p, encoding="utf-8").read()


ARTICLE = """Officials met in the capital on Monday to discuss the border.
Advertisement
The talks lasted four hours, a spokesperson said.
Related Stories
Ten Things To Know About Border Talks
A look at ten things to know about border talks and what the border means.

The second day of talks begins on Tuesday.
A Note from The Daily Example:
Dear readers,
Independent journalism costs money. Please support us with a monthly contribution.
Remind me later.
"""


def test_boilerplate_blocks_are_found_and_the_article_kept():
    removed = find_boilerplate(ARTICLE)
    kinds = [r.kind for r in removed]
    assert kinds == ["advertisement", "teaser", "appeal"]
    gone = "".join(ARTICLE[r.start : r.end] for r in removed)
    for line in ("Advertisement", "Related Stories", "Ten Things To Know", "A look at ten things", "Dear readers", "Remind me later"):
        assert line in gone
    for sentence in ("Officials met in the capital", "The talks lasted four hours", "The second day of talks"):
        assert sentence not in gone


def test_comment_and_correction_footers():
    text = "The ministry denied it.\nNo comments:\nPost a Comment\nTo suggest a correction or clarification, write to us here\n"
    removed = find_boilerplate(text)
    gone = "".join(text[r.start : r.end] for r in removed)
    assert "No comments" in gone and "Post a Comment" in gone and "suggest a correction" in gone
    assert "The ministry denied it." not in gone


def test_an_article_sentence_about_money_is_not_an_appeal():
    text = "“We will support Ukraine with a contribution of $2 billion,” the minister told us.\n"
    assert find_boilerplate(text) == []


def test_headings_stand_alone_and_are_title_case():
    text = "A first paragraph that is a sentence.\n\nLeaders Meet In Brussels\n\nThey met on Monday.\nshort lowercase line\n"
    hs = find_headings(text)
    assert [text[h.start : h.end] for h in hs] == ["Leaders Meet In Brussels"]
