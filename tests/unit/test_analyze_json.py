"""`bluf analyze --json`: one JSON document, a list of one object per source (``--jsonl``: one
object per line), offsets into the file's text as read."""

from __future__ import annotations

import json
import subprocess
import sys

ARTICLE = (
    "Ministers Meet In Oslo\r\n"
    "\r\n"
    "Foreign Minister Ingrid Solberg said on Monday that the incursion was \x1b[1m“a deliberate provocation.”\x1b[0m\r\n"
    "“We will answer it together,” she told reporters.\r\n"
    "Advertisement\r\n"
    "The alliance said it was \"monitoring the situation closely.\"\r\n"
)


def run_analyze(*paths) -> tuple[list[dict], str, int]:
    p = subprocess.run([sys.executable, "-m", "tui", "analyze", *map(str, paths), "--json"], capture_output=True, text=True)
    return json.loads(p.stdout), p.stderr, p.returncode


def test_the_output_is_one_json_document_that_json_tool_reads_and_jsonl_is_one_per_line(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("“We are ready,” General Tomas Berg said on Monday.\n", encoding="utf-8")
    b.write_text("“No talks,” Foreign Minister Ines Kald told reporters in Varna.\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "tui", "analyze", str(a), str(b), "--json"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    # What a user piping it to `python -m json.tool` gets: one document, read whole.
    tool = subprocess.run([sys.executable, "-m", "json.tool"], input=p.stdout, capture_output=True, text=True)
    assert tool.returncode == 0, tool.stderr
    assert [r["source"] for r in json.loads(p.stdout)] == ["a.txt", "b.txt"]
    lines = subprocess.run([sys.executable, "-m", "tui", "analyze", str(a), str(b), "--jsonl"], capture_output=True, text=True)
    assert lines.returncode == 0, lines.stderr
    assert [json.loads(line)["source"] for line in lines.stdout.splitlines()] == ["a.txt", "b.txt"]
    # No file readable: still one document (an empty list), the error on stderr.
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    none = subprocess.run([sys.executable, "-m", "tui", "analyze", str(bad), "--json"], capture_output=True, text=True)
    assert none.returncode == 1 and json.loads(none.stdout) == []


def test_offsets_slice_the_file_as_read(tmp_path):
    f = tmp_path / "oslo.txt"
    f.write_bytes(ARTICLE.encode("utf-8"))
    (rec,), err, code = run_analyze(f)
    assert code == 0, err
    text = open(f, encoding="utf-8").read()
    assert rec["source"] == "oslo.txt" and rec["schema"] == 1
    assert [q["text"] for q in rec["quotes"]] == [
        "a deliberate provocation.", "We will answer it together,", "monitoring the situation closely."
    ]
    for q in rec["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
        if q["speaker"]:
            assert text[q["speaker"]["start"] : q["speaker"]["end"]] == q["speaker"]["text"]
    for e in rec["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    assert [text[r["start"] : r["end"]].strip() for r in rec["removed"]] == ["Advertisement"]
    she = rec["quotes"][1]["speaker"]
    assert she["kind"] == "pronoun" and she["refers_to"]["text"] == "Ingrid Solberg"
    assert rec["quotes"][0]["actor_id"] == rec["quotes"][1]["actor_id"] == "ingrid-solberg"
    assert [text[h["start"] : h["end"]] for h in rec["headings"]] == ["Ministers Meet In Oslo"]


def test_a_bad_file_is_reported_and_the_rest_printed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("“We are ready,” General Tomas Berg said.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    recs, err, code = run_analyze(bad, good)
    assert [r["source"] for r in recs] == ["good.txt"]
    assert code == 1 and err.strip() == f"bluf: {bad}: not a text file (binary data)"


def test_every_format_that_import_reads_is_analysed(tmp_path):
    story = "“We will not be intimidated,” Defence Minister Hanno Pevkur told reporters in Tallinn on Friday."
    page = tmp_path / "page.html"
    page.write_text(f"<html lang='en'><head><title>Pevkur on drones</title></head><body><nav>Home News</nav>"
                    f"<article><p>{story}</p><p>The ministry said the drones turned back.</p></article></body></html>", encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
                    f"<item><title>One</title><description>{story.replace('Friday', 'Monday')}</description></item>"
                    "</channel></rss>", encoding="utf-8")
    lines = tmp_path / "wire.jsonl"
    lines.write_text(json.dumps({"text": story.replace("Friday", "Sunday"), "meta": {"title": "Three"}}) + "\n", encoding="utf-8")
    recs, err, code = run_analyze(page, feed, lines)
    assert code == 0, err
    assert [r["source"] for r in recs] == ["page.html", "feed.xml#1", "wire.jsonl:1"]
    for r in recs:
        (q,) = r["quotes"]
        assert q["text"].startswith("We will not be intimidated") and q["speaker"]["text"].endswith("Hanno Pevkur")
