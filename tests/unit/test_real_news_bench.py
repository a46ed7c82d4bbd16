"""The real-news development set's tools (bench/real_news): the labels are well formed, the
texts are restored from a folder with their checksums checked, and the scorer measures what
bluf finds on an invented article, through real processes and the real spaCy model."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "real_news"
TYPES = {"airspace_violation", "air_or_drone_strike", "shelling_or_missile_attack", "armed_clash",
         "attack_on_or_seizure_of_ship", "explosion_or_sabotage", "attack_on_civilians", "cyberattack",
         "weapons_test", "exercise_or_mobilisation", "ceasefire_or_agreement", "arrest_or_expulsion", "protest"}


def run(script: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=300)


def test_every_label_names_a_listed_source_a_known_type_and_a_labelled_actor():
    labels = json.loads((BENCH / "labels.json").read_text(encoding="utf-8"))
    entries = json.loads((BENCH / "sources.json").read_text(encoding="utf-8"))
    # a held-out batch ("batch": "heldout-N") keeps its labels apart, in heldoutN_labels.json, and only there
    batches = {s["batch"] for s in entries if s.get("batch")}
    held = {"files": {}}
    for batch in batches:
        assert batch.startswith("heldout-"), batch
        part = json.loads((BENCH / f"heldout{batch.split('-', 1)[1]}_labels.json").read_text(encoding="utf-8"))
        assert set(part["files"]) == {s["file"] for s in entries if s.get("batch") == batch}
        held["files"].update(part["files"])
    assert set(labels["files"]) == {s["file"] for s in entries if not s.get("batch")}
    for name, f in {**labels["files"], **held["files"]}.items():
        for i in f["incidents"]:
            assert {i["type"], *i.get("alt_types", [])} <= TYPES, (name, i)
            assert i["salience"] in ("main", "background")
        for q in f["quotes"]:
            assert q["speaker"] is None or q["speaker"] in f["actors"], (name, q)
        for s in f["stances"]:
            assert s["label"] in labels["stance_labels"] and s["actor"] in f["actors"], (name, s)
        assert len({s["actor"] for s in f["stances"]}) == len(f["stances"]), f"{name}: one stance per actor"


def test_rebuild_from_a_folder_copies_texts_and_reports_changed_and_missing_ones(tmp_path):
    src = tmp_path / "src"
    (src / "texts").mkdir(parents=True)
    good, changed = "Headline\nBody one.\n", "Headline\nBody two.\n"
    (src / "texts" / "01_a.txt").write_text(good, encoding="utf-8")
    (src / "texts" / "02_b.txt").write_text(changed + "edited\n", encoding="utf-8")
    entries = [{"file": f, "url": "https://example.org/" + f, "title": "Headline", "outlet": "X", "published": "",
                "topic": "t", "sha256": hashlib.sha256(t.encode()).hexdigest(), "chars": len(t)}
               for f, t in (("01_a.txt", good), ("02_b.txt", changed), ("03_c.txt", "gone"))]
    (tmp_path / "sources.json").write_text(json.dumps(entries), encoding="utf-8")
    out = run("rebuild.py", "--from", str(src), "--dest", str(tmp_path / "dest"), "--sources", str(tmp_path / "sources.json"))
    assert out.returncode == 1
    assert "2 of 3 texts" in out.stdout and "1 differ" in out.stdout and "missing: 03_c.txt" in out.stdout
    assert (tmp_path / "dest" / "texts" / "01_a.txt").read_text(encoding="utf-8") == good
    meta = json.loads((tmp_path / "dest" / "meta.json").read_text(encoding="utf-8"))
    assert [m["file"] for m in meta] == ["01_a.txt", "02_b.txt", "03_c.txt"] and "sha256" not in meta[0]


def test_scorer_without_the_set_says_how_to_rebuild_it_in_one_line(tmp_path):
    out = run("score.py", env={"BLUF_DEVSET": str(tmp_path / "nowhere")})
    assert out.returncode == 2
    assert "rebuild.py" in out.stderr and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_scorer_measures_quotes_speakers_and_places_on_an_invented_article(tmp_path):
    text = ("Minister warns of response\n"
            "Defence Minister Karl Holm visited the port of Tarnow on Monday after the blast.\n"
            "“We will respond with all our strength,” Holm said.\n"
            "The harbour was closed. “We are ready,” then he added.\n"
            "“Nobody here saw anything,” one resident said.\n")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "01_invented.txt").write_text(text, encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps([{"file": "01_invented.txt", "url": "", "title": "Minister warns of response",
                                                     "outlet": "Test", "published": "2025-01-08", "topic": "invented"}]))
    labels = {"stance_labels": ["hawkish", "cautious", "neutral", "threatening", "denial"], "files": {"01_invented.txt": {
        "incidents": [], "places": ["Tarnow"],
        "quotes": [{"text": "We will respond with all our strength,", "speaker": "Karl Holm", "speaker_mention": "Holm", "kind": "full"},
                   {"text": "We are ready,", "speaker": "Karl Holm", "speaker_mention": "he", "kind": "full"},
                   {"text": "Nobody here saw anything,", "speaker": None, "speaker_mention": "one resident", "kind": "full"},
                   {"text": "not in the text", "speaker": None, "speaker_mention": "", "kind": "full"}],
        "actors": {"Karl Holm": {"kind": "person", "affiliation": "", "aliases": ["Holm"]}},
        "stances": []}}}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    out = run("score.py", "--devset", str(tmp_path), "--labels", str(tmp_path / "labels.json"), "--json", str(tmp_path / "s.json"))
    assert out.returncode == 0, out.stderr
    scores = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert scores["quote_recall"]["all"] == [3, 3]  # the label not in the text is reported, not scored
    assert scores["speaker_span"]["all"] == [3, 3]  # "he" is the pronoun, not the "he" in "the" or "here"
    assert scores["speaker_name"]["all"][0] >= 1
    assert "label not in text: 1" in out.stdout and "not in the text" in out.stdout
    assert scores["place_ok"]["all"][1] == 1
    assert (scores["place_ok"]["all"][0] == 0) == ("Tarnow" in scores["places_as_person_or_org_actor"])


def _score_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("real_news_score", BENCH / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_incidents_are_matched_one_to_one_as_well_as_possible_main_ones_first():
    score = _score_module()

    class P:  # one of bluf's incidents: only what the fit looks at
        def __init__(self, pid, types):
            self.id, self.types = pid, types

    # Invented: a ceasefire label fits both of bluf's incidents, a clash label only the first.
    # First-fit would give the ceasefire the first and leave the clash unmatched.
    golds = [{"name": "ceasefire", "fits": {"p1", "p2"}}, {"name": "clash", "fits": {"p1"}}]
    mine = [P("p1", ()), P("p2", ())]
    pairs = score.match_incidents(golds, mine, lambda g, p: p.id in g["fits"])
    assert {golds[i]["name"]: p.id for i, p in pairs.items()} == {"ceasefire": "p2", "clash": "p1"}
    # A later (background) label never takes a match an earlier (main) one needs.
    golds = [{"name": "main", "fits": {"p1"}}, {"name": "background", "fits": {"p1"}}]
    pairs = score.match_incidents(golds, mine, lambda g, p: p.id in g["fits"])
    assert {golds[i]["name"]: p.id for i, p in pairs.items()} == {"main": "p1"}


def test_a_labelled_quote_is_located_where_it_is_quoted_and_near_its_speaker():
    span_of = _score_module().span_of
    text = 'Army says troops recaptured the hill. Later the colonel said the hill was "recaptured" by noon.'
    assert span_of(text, "recaptured", "the colonel") == (text.index('"recaptured') + 1, text.index('" by'))
    text = 'A "truce" began. Lima said the "truce" holds. The "truce" holds, Quito said.'
    assert span_of(text, "truce", "Quito")[0] == text.rindex("truce")
    text = 'Oslo called it "a grave step" on Monday. An aide said: "Oslo sees this as a grave step."'
    assert span_of(text, "a grave step", "Oslo")[0] == text.index("a grave step")
    assert span_of("nothing here", "absent") is None
