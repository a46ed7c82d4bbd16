"""Importing into a workspace: every format through `bluf import`, duplicates and
near-duplicates, language flags, metadata edits."""

from __future__ import annotations

import json
import subprocess
import sys

from annotate.workspace import open_workspace

STORY = (
    "Two Russian drones crossed into Estonian airspace near Narva on Friday, the defence ministry said. "
    "“We tracked both of them for nine minutes before they turned back,” Colonel Marta Vahl told reporters. "
    "The ministry said fighter jets from the air policing mission were scrambled but did not fire. "
    "Officials in Tallinn summoned the Russian envoy and called the flight a deliberate provocation. "
    "NATO said it was consulting allies and would keep watching the border closely over the weekend."
)


def bluf(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "tui", *args], input=stdin, capture_output=True)


def test_import_every_format_and_report_bad_files(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(STORY + "\n", encoding="utf-8")
    (d / "b.md").write_text("---\ntitle: Narva drones\noutlet: The Example Post\npublished: 2025-10-06\ngrade: B2\n---\n\n" + STORY.replace("Two", "Three") + "\n", encoding="utf-8")
    (d / "c.html").write_text(f"<html lang='en'><head><title>Drones at Narva</title><meta name='author' content='Ines Kask'></head><body><nav>Menu Home News</nav><article><p>{STORY.replace('Two', 'Four')}</p></article><footer>Copyright</footer></body></html>", encoding="utf-8")
    (d / "feed.xml").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Example Feed</title>"
        f"<item><title>One</title><description>{STORY.replace('Two', 'Five')}</description><pubDate>Mon, 06 Oct 2025 10:00:00 GMT</pubDate></item>"
        f"<item><title>Two</title><description>{STORY.replace('Two', 'Six')}</description></item></channel></rss>", encoding="utf-8")
    (d / "e.jsonl").write_text('{"text": "Seven drones were seen over the harbour, the police said.", "meta": {"title": "Harbour"}}\n{not json\n', encoding="utf-8")
    (d / "bin.txt").write_bytes(b"\x00\x01\x02")
    (d / "empty.md").write_text("\n\n", encoding="utf-8")
    db = tmp_path / "ws.json"
    p = bluf("--db", str(db), "import", str(d))
    out, err = p.stdout.decode(), p.stderr.decode()
    assert p.returncode == 0  # some were imported; the refused ones are each one line on stderr
    added = [line for line in out.splitlines() if line.startswith("added:")]
    assert len(added) == 6  # a.txt, b.md, c.html, two feed entries, one JSONL line
    errors = [line for line in err.splitlines() if line.startswith("bluf: ") and "warning" not in line]
    assert any("bin.txt" in e and "binary" in e for e in errors)
    assert any("empty.md" in e and "empty" in e for e in errors)
    assert any("e.jsonl:2" in e for e in errors)
    ws = open_workspace(db, seed=False)
    try:
        by = {s.name: s for s in ws.sources()}
        md = by["b.md"]
        assert (md.title, md.outlet, md.published, md.grade) == ("Narva drones", "The Example Post", "2025-10-06", "B2")
        assert by["c.html"].title == "Drones at Narva" and by["c.html"].author == "Ines Kask"
        assert "Menu Home News" not in by["c.html"].text
        # no <source> and no link: no outlet; the feed's title names the feed, not who wrote the entry (nu18 #17)
        assert by["feed.xml#1"].outlet == "" and by["feed.xml#1"].published.startswith("2025-10-06")
    finally:
        ws.close()
    # The same import again adds nothing.
    p = bluf("--db", str(db), "import", str(d / "a.txt"))
    assert "already there: a.txt" in p.stdout.decode()


def test_stdin_import(tmp_path):
    p = bluf("--db", str(tmp_path / "ws.json"), "import", "-", stdin=STORY.encode())
    assert p.returncode == 0 and "added: stdin" in p.stdout.decode()


def test_near_duplicates_are_linked_and_counted_once(tmp_path):
    wire = tmp_path / "wire.txt"
    wire.write_text(STORY + "\n", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text("Reuters reported: " + STORY.replace("nine minutes", "about nine minutes") + "\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Finnish border guards said a Russian helicopter entered Finnish airspace on Tuesday for three minutes. "
                     "The defence ministry confirmed the violation and said it had summoned the ambassador.\n", encoding="utf-8")
    ws = open_workspace(tmp_path / "ws.json", seed=False)
    try:
        report = ws.import_files([str(wire), str(copy), str(other)])
        assert len(report.added) == 3 and len(report.near_duplicates) == 1
        ws.analyze()
        est = next(i for i in ws.incidents() if i.country == "Estonia")
        assert len(est.evidence) == 2 and est.independent == 1
        from annotate.brief import build_brief
        from annotate.export.markdown import render_markdown

        brief = render_markdown(build_brief(ws))
        assert "1 independent" in brief or "≈" in brief
    finally:
        ws.close()


def test_non_english_sources_are_flagged(tmp_path):
    f = tmp_path / "de.txt"
    f.write_text("Russische Drohnen sind in der Nacht in den polnischen Luftraum eingedrungen, teilte das Verteidigungsministerium "
                 "am Mittwoch mit. Die Armee habe mehrere Drohnen abgeschossen, hieß es weiter.\n", encoding="utf-8")
    p = bluf("--db", str(tmp_path / "ws.json"), "import", str(f))
    assert "[language de: not analysed (bluf's analysis reads English only)" in p.stdout.decode()


def test_metadata_edit_and_relative_dates_follow_it(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(STORY + "\n", encoding="utf-8")
    db = tmp_path / "ws.json"
    assert bluf("--db", str(db), "import", str(f)).returncode == 0
    ws = open_workspace(db, seed=False)
    ws.analyze()
    assert next(i for i in ws.incidents() if i.country == "Estonia").date == ""  # "on Friday", no date known
    ws.close()
    p = bluf("--db", str(db), "source", "edit", "a", "--published", "2025-10-06", "--grade", "a1", "--outlet", "Test Wire")
    assert p.returncode == 0 and "grade      A1" in p.stdout.decode()
    ws = open_workspace(db, seed=False)
    ws.analyze()
    assert next(i for i in ws.incidents() if i.country == "Estonia").date == "2025-10-03"
    ws.close()
    p = bluf("--db", str(db), "source", "edit", "a", "--grade", "Z9")
    assert p.returncode == 1 and "Admiralty" in p.stderr.decode() and len(p.stderr.decode().strip().splitlines()) == 1


def test_a_language_iso_639_lacks_or_a_date_in_the_future_is_refused_in_one_line(tmp_path):
    """`bluf source edit` and the metadata form share the facade's checks: a mistyped
    language would leave the source unanalysed, and a year like 2099 is a typo."""
    import pytest

    from annotate.ingest import make_source
    from annotate.workspace import WorkspaceError

    ws = open_workspace(tmp_path / "w.json", annotator="ana", seed=False)
    ws.add_sources([make_source("The mayor said: “The bridge stays closed.”", "bridge.txt")])
    (src,) = ws.sources()
    for field, value, says in (("language", "xx", "ISO 639"), ("published", "2099-01-01", "in the future")):
        with pytest.raises(WorkspaceError, match=says):
            ws.edit_source(src.id, **{field: value})
    assert ws.edit_source(src.id, language="EN-gb").language == "en"
    assert ws.source(src.id).published in ("", None) and ws.source(src.id).language == "en"
    ws.close()


def test_a_folders_notes_are_skipped_and_said_and_taken_when_given_by_name(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "narva.txt").write_text(STORY + "\n", encoding="utf-8")
    (d / "SOURCES.md").write_text("# Sources\n\n- The Example Post, 2025-10-06\n", encoding="utf-8")
    (d / "README.md").write_text("Articles on the Narva flights, gathered for the brief.\n", encoding="utf-8")
    (d / "sources_of_tension.txt").write_text(STORY.replace("Two", "Five") + "\n", encoding="utf-8")  # an article
    (d / "sources.jsonl").write_text(json.dumps({"text": STORY.replace("Two", "Six"), "meta": {"title": "Six drones"}}) + "\n",
                                     encoding="utf-8")  # data, not notes
    db = tmp_path / "ws.json"
    p = bluf("--db", str(db), "import", str(d))
    assert p.returncode == 0, p.stderr
    err = p.stderr.decode()
    assert "bluf: skipped SOURCES.md: a folder's notes, not an article (give its path to import it)" in err
    assert "bluf: skipped README.md:" in err and "imported 3, refused 0" in err and "sources.jsonl" not in err
    assert "added: narva.txt" in p.stdout.decode() and "added: sources_of_tension.txt" in p.stdout.decode()
    p = bluf("--db", str(db), "import", str(d / "SOURCES.md"))  # by name: the analyst means it
    assert p.returncode == 0 and "added: SOURCES.md" in p.stdout.decode(), p.stderr


def test_a_pattern_that_matches_nothing_in_a_folder_is_named(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "narva.txt").write_text(STORY + "\n", encoding="utf-8")
    p = bluf("--db", str(tmp_path / "ws.json"), "import", str(d), "--glob", "*.html")
    assert p.returncode == 0
    assert f"bluf: nothing matched '*.html' in {d}\nimported 0, refused 0\n" in p.stderr.decode()
    (tmp_path / "empty").mkdir()
    p = bluf("--db", str(tmp_path / "ws.json"), "import", str(tmp_path / "empty"))
    assert f"bluf: no files in {tmp_path / 'empty'}" in p.stderr.decode()
