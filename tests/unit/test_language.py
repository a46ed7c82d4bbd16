"""Sources in a language the analysis does not read (issue 14, point 5): each source's
language is given by `bluf analyze --json` and the workspace; a non-English source is
shown and exported with its language and a one-line notice, and without English-only
results (no quotes attributed, no names from the English model, no incidents)."""

from __future__ import annotations

import json
import subprocess
import sys

from annotate.workspace import open_workspace

# Invented texts. The German one has a quotation with a named speaker, names and an
# incursion: parsed as English, it would give a quote, entities and maybe an incident.
GERMAN = (
    "Bundeskanzler Friedrich Merz sagte am Freitag in Berlin: „Wir werden unsere Verbündeten nicht im Stich lassen.“ "
    "Die Regierung in Moskau wies die Vorwürfe zurück. Nach Angaben des Verteidigungsministeriums drangen in der Nacht "
    "mehrere Drohnen in den polnischen Luftraum ein, zwei davon wurden über Rzeszów abgeschossen.\n"
)
ENGLISH = (
    "Foreign Minister Ingrid Solberg said on Monday that the incursion was “a deliberate provocation.” "
    "Two drones crossed into Norwegian airspace near Kirkenes, the defence ministry said.\n"
)


def bluf(*args):
    return subprocess.run([sys.executable, "-m", "tui", *map(str, args)], capture_output=True, text=True)


def test_analyze_json_gives_the_language_and_no_english_results_for_german(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    p = bluf("analyze", "--json", tmp_path / "de.txt", tmp_path / "en.txt")
    assert p.returncode == 0, p.stderr
    de, en = json.loads(p.stdout)
    assert de["language"] == "de" and de["analysed"] is False
    assert de["quotes"] == [] and de["entities"] == [] and de["incidents"] == [] and de["suggestions"] == []
    assert de["notice"].startswith("language de: not analysed") and "\n" not in de["notice"]
    assert en["language"] == "en" and en["analysed"] is True and en["notice"] is None
    assert en["quotes"] and en["entities"]  # English is analysed as before


def test_workspace_keeps_a_german_source_unanalysed_and_the_exports_say_so(tmp_path):
    db = tmp_path / "ws.json"
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    p = bluf("--db", db, "import", tmp_path / "de.txt", tmp_path / "en.txt")
    assert p.returncode == 0, p.stderr
    assert "added: de.txt" in p.stdout and "[language de: not analysed" in p.stdout
    assert "analysed with the English pipeline" not in p.stdout
    ws = open_workspace(db, seed=False)
    try:
        ws.analyze()
        de = next(s for s in ws.sources() if s.name == "de.txt")
        assert de.language == "de"
        assert ws.quotes(de.id) == [] and not any(de.id in i.evidence for i in ws.incidents())
        en = next(s for s in ws.sources() if s.name == "en.txt")
        assert ws.quotes(en.id)
    finally:
        ws.close()
    md = bluf("--db", db, "export").stdout
    line = next(ln for ln in md.splitlines() if "de.txt" in ln and "src-" in ln)
    assert "Language de: not analysed" in line
    assert "Not analysed: 1 source in another language (de)" in md
    exported = json.loads(bluf("--db", db, "export", "--format", "json").stdout)
    src = next(s for s in exported["sources"] if s["name"] == "de.txt")
    assert src["language"] == "de" and src["analysed"] is False and src["notice"].startswith("language de: not analysed")
    assert src["quotes"] == [] and src["entities"] == []


def test_changing_the_language_to_english_analyses_it_then(tmp_path):
    """The language decides; an analyst who corrects it gets the analysis (nothing stale)."""
    db = tmp_path / "ws.json"
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    assert bluf("--db", db, "import", tmp_path / "de.txt").returncode == 0
    ws = open_workspace(db, seed=False)
    try:
        ws.analyze()
        sid = ws.sources()[0].id
        assert ws.quotes(sid) == []
        ws.edit_source(sid, language="en")
        ws.analyze()
        assert ws.analysis(sid).entities  # parsed now (as the analyst asked)
    finally:
        ws.close()


def test_a_text_whose_language_is_not_recognised_is_not_analysed_as_english_silently(tmp_path):
    mixed = ("The minister said. Der Minister sagte. Le ministre a dit. El ministro dijo. Il ministro ha detto. " * 4) + "\n"
    (tmp_path / "mixed.txt").write_text(mixed, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    p = bluf("--db", tmp_path / "ws.json", "import", tmp_path / "mixed.txt", tmp_path / "en.txt")
    assert p.returncode == 0, p.stderr
    warned = [ln for ln in p.stderr.splitlines() if "language not recognised" in ln]
    assert len(warned) == 1 and "mixed.txt" in warned[0]  # said once, for that file only


def test_the_briefs_scope_says_how_many_sources_are_not_analysed_and_their_language(tmp_path):
    """The scope line counts every source in scope: one bluf does not analyse is said so there
    ("2 sources (1 not analysed: language de)"), not only in the Method (new user nu16: "11
    sources", one of them Indonesian)."""
    from annotate.brief import build_brief

    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    ws = open_workspace(tmp_path / "ws.json", seed=False)
    try:
        ws.import_files([str(tmp_path / "de.txt"), str(tmp_path / "en.txt")])
        ws.analyze()
        assert sorted(s.language for s in ws.sources()) == ["de", "en"]
        coverage = build_brief(ws).coverage
        assert coverage.startswith("2 sources (1 not analysed: language de)"), coverage
    finally:
        ws.close()
