"""annotate.importers: one test per format (text, Markdown with front matter, HTML, RSS,
Atom, JSONL) and stdin for each sniffed format. All inputs are invented here."""

from __future__ import annotations

import io
import json

import pytest

from annotate.importers import ImportResult, import_paths
from annotate.ingest import IngestError

BODY = (
    "The interior minister of Valdoria said on Tuesday that the government would review its "
    "border plan after a week of talks with neighbouring states and regional partners.\n\n"
    "\"We will not be rushed,\" the minister told reporters in the capital, adding that a decision "
    "was expected before the summer recess of the national assembly.\n\n"
    "Opposition leaders called the delay a sign of weakness and demanded a vote in parliament "
    "within a month, while farmers near the frontier asked for compensation.\n"
)
GERMAN = (
    "Der Innenminister von Valdorien sagte am Dienstag, die Regierung werde ihren Grenzplan nach "
    "einer Woche der Gespräche mit den Nachbarstaaten überprüfen. Eine Entscheidung werde vor der "
    "Sommerpause erwartet, sagte er vor Journalisten in der Hauptstadt."
)

PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Ministers Weigh Border Plan | The Northern Ledger</title>
<meta name="author" content="Mara Vell">
<meta property="og:site_name" content="The Northern Ledger">
<meta property="og:title" content="Ministers Weigh Border Plan">
<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
<link rel="canonical" href="https://ledger.example/world/border-plan">
<meta name="bluf:grade" content="b2">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ministers Weigh Border Plan</h1>
{paras}
</article>
<footer><p>Copyright 2024 The Northern Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def page(body: str = BODY) -> str:
    return PAGE.replace("{paras}", "\n".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip()))


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Ledger World</title><link>https://ledger.example/</link><language>en</language>
<description>World news</description>
<item>
  <title>Ministers weigh border plan</title>
  <link>https://ledger.example/world/border-plan</link>
  <dc:creator>Mara Vell</dc:creator>
  <pubDate>Tue, 05 Mar 2024 08:30:00 +0100</pubDate>
  <description>A short summary &lt;b&gt;only&lt;/b&gt;.</description>
  <content:encoded><![CDATA[{paras}]]></content:encoded>
</item>
<item>
  <title>Farmers ask for compensation</title>
  <link>https://ledger.example/world/farmers</link>
  <pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
  <description>Farmers near the frontier asked the government for compensation after the border was closed for a week.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Grenzbote</title>
  <id>urn:example:grenzbote</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title>Grenzplan wird geprüft</title>
    <id>urn:example:1</id>
    <link href="https://grenzbote.example/1"/>
    <author><name>Jana Sturm</name></author>
    <published>2024-03-05T09:00:00+01:00</published>
    <updated>2024-03-05T09:00:00+01:00</updated>
    <content type="html">&lt;p&gt;{german}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second entry</title>
    <id>urn:example:2</id>
    <link href="https://grenzbote.example/2"/>
    <updated>2024-03-06T10:00:00Z</updated>
    <summary type="text">Officials from both countries met at the crossing on Wednesday to discuss the reopening schedule.</summary>
  </entry>
</feed>
"""


def rss() -> str:
    return RSS.replace("{paras}", "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip()))


def atom() -> str:
    return ATOM.replace("{german}", GERMAN)


def jsonl_lines() -> list[str]:
    return [
        json.dumps({"text": BODY, "meta": {"title": "Border plan", "outlet": "Ledger", "published": "2024-03-05",
                                           "grade": "c3", "url": "https://ledger.example/a", "source": "ignored",
                                           "extra": 1}}),
        "",
        '{"text": "broken',
        json.dumps({"text": GERMAN, "meta": {"language": "de", "author": "Jana Sturm"}}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"meta": {"title": "no text"}}),
    ]


def ok(result: ImportResult) -> ImportResult:
    for err in result.errors:
        assert isinstance(err, IngestError) and "\n" not in str(err)
    for src in result.sources:
        assert isinstance(src.text, str) and src.id and src.added_at
    return result


def test_plain_text(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    r = ok(import_paths([str(tmp_path / "a.txt")]))
    assert not r.errors and not r.warnings
    (s,) = r.sources
    assert s.name == "a.txt" and s.path == str(tmp_path / "a.txt") and s.text == BODY
    assert s.language == "en" and s.grade == "" and s.published == ""


def test_markdown_front_matter_is_read_and_stripped(tmp_path):
    head = (
        "---\n"
        "title: \"Ministers weigh border plan\"\n"
        "source: The Northern Ledger\n"
        "author: Mara Vell\n"
        "url: https://ledger.example/world/border-plan\n"
        "date: 5 March 2024\n"
        "Grade: b2\n"
        "tags:\n"
        "  - border\n"
        "---\n\n"
    )
    md = head + "# Ministers weigh border plan\n\n" + BODY
    p = tmp_path / "story.md"
    p.write_text(md, encoding="utf-8")
    (s,) = ok(import_paths([str(p)])).sources
    assert s.title == "Ministers weigh border plan" and s.outlet == "The Northern Ledger"
    assert s.author == "Mara Vell" and s.url == "https://ledger.example/world/border-plan"
    assert s.published == "2024-03-05" and s.grade == "B2"
    assert s.text.startswith("# Ministers weigh border plan") and "Grade" not in s.text
    # Offsets still point into the file as read.
    i = s.text.index("We will not be rushed")
    assert md[s.to_raw(i) : s.to_raw(i) + 21] == "We will not be rushed"


def test_markdown_rule_at_the_top_is_not_front_matter(tmp_path):
    p = tmp_path / "rule.md"
    p.write_text("---\n\nSome prose that is not metadata.\n\n---\n\n" + BODY, encoding="utf-8")
    (s,) = ok(import_paths([str(p)])).sources
    assert s.text.startswith("---\n\nSome prose")


def test_html_page(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(page(), encoding="utf-8")
    r = ok(import_paths([str(p)]))
    assert not r.errors, r.errors
    (s,) = r.sources
    assert s.name == "page.html" and s.path == str(p)
    assert s.title == "Ministers Weigh Border Plan"
    assert s.author == "Mara Vell" and s.outlet == "The Northern Ledger"
    assert s.url == "https://ledger.example/world/border-plan"
    assert s.published == "2024-03-05" and s.language == "en" and s.grade == "B2"
    # The extracted text, not the markup; no navigation or footer.
    assert "We will not be rushed" in s.text and "<p>" not in s.text
    assert "Sport" not in s.text and "All rights reserved" not in s.text
    assert "\n\n" in s.text  # paragraphs kept apart


def test_html_grade_meta_name_and_charset(tmp_path):
    html = page().replace('name="bluf:grade" content="b2"', 'name="grade" content="A1"')
    html = html.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').replace("neighbouring", "neighbouring café")
    p = tmp_path / "latin.htm"
    p.write_bytes(html.encode("cp1252"))
    r = ok(import_paths([str(p)]))
    (s,) = r.sources
    assert s.grade == "A1" and "café" in s.text and not r.warnings


def test_rss_feed(tmp_path):
    p = tmp_path / "world.rss"
    p.write_text(rss(), encoding="utf-8")
    r = ok(import_paths([str(p)]))
    assert not r.errors, r.errors
    a, b = r.sources
    assert (a.name, b.name) == ("world.rss#1", "world.rss#2") and a.path == str(p)
    assert a.title == "Ministers weigh border plan" and a.author == "Mara Vell" and a.outlet == "ledger.example"  # its link's host, never the feed's title
    assert a.url == "https://ledger.example/world/border-plan"
    assert a.published == "2024-03-05T08:30:00+01:00" and a.language == "en"
    assert "We will not be rushed" in a.text and "<p>" not in a.text and "\n\n" in a.text  # content:encoded, not summary
    assert b.text.startswith("Farmers near the frontier") and b.published == "2024-03-06T10:00:00+00:00"


def test_atom_feed(tmp_path):
    p = tmp_path / "grenz.atom"
    p.write_text(atom(), encoding="utf-8")
    r = ok(import_paths([str(p)]))
    assert not r.errors, r.errors
    a, b = r.sources
    assert a.name == "grenz.atom#1" and a.title == "Grenzplan wird geprüft" and a.author == "Jana Sturm"
    assert a.outlet == "grenzbote.example" and a.url == "https://grenzbote.example/1"
    assert a.published == "2024-03-05T09:00:00+01:00" and a.language == "de"
    assert a.text.startswith("Der Innenminister")
    assert b.name == "grenz.atom#2" and b.text.startswith("Officials from both countries")


def test_feed_entry_grade_element(tmp_path):
    feed = rss().replace('xmlns:dc=', 'xmlns:bluf="https://bluf.example/ns" xmlns:dc=').replace(
        "<dc:creator>", "<bluf:grade>d4</bluf:grade><dc:creator>")
    p = tmp_path / "graded.xml"
    p.write_text(feed, encoding="utf-8")
    a, b = ok(import_paths([str(p)])).sources
    assert a.grade == "D4" and b.grade == ""


def test_jsonl_good_and_bad_lines(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    r = ok(import_paths([str(p)]))
    a, b = r.sources
    assert a.name == "batch.jsonl:1" and a.path == str(p)
    assert (a.title, a.outlet, a.published, a.grade, a.url) == ("Border plan", "Ledger", "2024-03-05", "C3", "https://ledger.example/a")
    assert b.name == "batch.jsonl:4" and b.language == "de" and b.author == "Jana Sturm"
    msgs = [str(e) for e in r.errors]
    assert len(msgs) == 3
    assert msgs[0].startswith(f"{p}:3: invalid JSON")
    assert msgs[1].startswith(f"{p}:5: expected a JSON object")
    assert msgs[2].startswith(f"{p}:6: no \"text\"")


@pytest.mark.parametrize(
    "data,names,check",
    [
        (BODY.encode(), ["stdin"], lambda s: s[0].text == BODY),
        (page().encode(), ["stdin"], lambda s: s[0].title == "Ministers Weigh Border Plan" and s[0].grade == "B2"),
        (rss().encode(), ["stdin#1", "stdin#2"], lambda s: s[0].outlet == "ledger.example"),
        (atom().encode(), ["stdin#1", "stdin#2"], lambda s: s[0].language == "de"),
        ("\n".join(jsonl_lines()).encode(), ["stdin:1", "stdin:4"], lambda s: s[0].grade == "C3"),
    ],
    ids=["text", "html", "rss", "atom", "jsonl"],
)
def test_stdin_format_is_sniffed(data, names, check):
    calls = []
    r = ok(import_paths(["-"], stdin=io.BytesIO(data), progress=lambda *a: calls.append(a)))
    assert [s.name for s in r.sources] == names and check(r.sources)
    assert all(s.path == "" for s in r.sources)
    assert calls == [(1, 1, "stdin")]


def test_content_overrides_extension(tmp_path):
    (tmp_path / "saved.html").write_text(rss(), encoding="utf-8")  # a feed saved as .html
    (tmp_path / "page.xml").write_text(page(), encoding="utf-8")  # a page saved as .xml
    r = ok(import_paths([str(tmp_path)]))
    assert [s.name for s in r.sources] == ["page.xml", "saved.html#1", "saved.html#2"]


def test_directory_walk_pattern_order_and_progress(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second article. " + BODY, encoding="utf-8")
    (tmp_path / "one.md").write_text("First article. " + BODY, encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("Hidden. " + BODY, encoding="utf-8")
    (tmp_path / "three.txt").write_text("Third article. " + BODY, encoding="utf-8")
    calls = []
    r = ok(import_paths([str(tmp_path)], progress=lambda *a: calls.append(a)))
    assert [s.name for s in r.sources] == ["one.md", "three.txt", "two.txt"] and not r.errors
    assert calls == [(1, 3, "one.md"), (2, 3, "three.txt"), (3, 3, "two.txt")]
    r = ok(import_paths([str(tmp_path)], pattern="*.TXT"))
    assert [s.name for s in r.sources] == ["three.txt", "two.txt"]


def test_exact_duplicates_are_reported_not_imported(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    r = ok(import_paths([str(tmp_path), str(tmp_path / "a.txt")]))
    assert [s.name for s in r.sources] == ["a.txt"]
    assert r.duplicates == [("b.txt", "a.txt"), ("a.txt", "a.txt")]


def test_language_detected_unless_stated(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "fr.md").write_text("---\nlanguage: fr-FR\n---\n" + BODY, encoding="utf-8")
    de, fr = ok(import_paths([str(tmp_path / "de.txt"), str(tmp_path / "fr.md")])).sources
    assert de.language == "de" and fr.language == "fr"
