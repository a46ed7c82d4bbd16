"""`bluf source rm SOURCE`: the source leaves the lists, the incidents, the brief and the
stats; the removal is in the history and can be undone (`bluf source restore`); its tags
stay in the history. Real processes on a real workspace file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from annotate.workspace import open_workspace


def bluf(ws_path, *args, annotator="tester"):
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(ws_path), *args], capture_output=True, text=True,
                          env={**os.environ, "BLUF_ANNOTATOR": annotator}, timeout=300)


def test_source_rm_takes_it_out_of_everything_and_restore_brings_it_back(ws_path):
    ws = open_workspace(ws_path, annotator="tester")
    ws.analyze()
    victim = ws.sources()[1]
    in_incidents = [i.id for i in ws.incidents() if victim.id in i.evidence]
    ws.close()
    assert in_incidents, "the test needs a source that is evidence of an incident"
    assert bluf(ws_path, "tag", victim.name, "2", "hawkish").returncode == 0
    assert bluf(ws_path, "tag", ws.sources()[0].name, "3", "cautious").returncode == 0
    assert victim.title in bluf(ws_path, "export").stdout

    out = bluf(ws_path, "source", "rm", victim.name)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"removed: {victim.name}")

    assert victim.id not in bluf(ws_path, "sources").stdout
    assert victim.title not in bluf(ws_path, "export").stdout
    stats = json.loads(bluf(ws_path, "stats", "--json").stdout)
    assert stats["tags"] == 1 and stats["counts"]["tester"] == {"cautious": 1}
    data = json.loads(bluf(ws_path, "export", "--format", "json").stdout)
    assert victim.id not in {s["id"] for s in data["sources"]}
    assert all(victim.id not in i["evidence"] for i in data["incidents"])
    # The history keeps the tag and says the source was removed, by whom.
    log = [json.loads(x) for x in bluf(ws_path, "log", "--jsonl").stdout.splitlines()]
    assert any(e["event"] == "tag" and e["label"] == "hawkish" and e["source"] == victim.name for e in log)
    assert [e for e in log if e["event"] == "source removed"][0]["source"] == victim.name
    line = next(x for x in bluf(ws_path, "log").stdout.splitlines() if "source removed" in x)
    assert line.split(None, 2)[1:] == ["tester", f"source removed: {victim.name}"]  # no empty quote, tag or actor

    again = bluf(ws_path, "source", "rm", victim.name)
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "Traceback" not in again.stderr

    back = bluf(ws_path, "source", "restore", victim.name)
    assert back.returncode == 0, back.stderr
    assert victim.id in bluf(ws_path, "sources").stdout
    assert json.loads(bluf(ws_path, "stats", "--json").stdout)["tags"] == 2
    ws = open_workspace(ws_path, annotator="tester")
    ws.analyze()
    assert [i.id for i in ws.incidents() if victim.id in i.evidence] == in_incidents
    ws.close()


def test_importing_a_removed_source_again_brings_it_back(ws_path, tmp_path):
    ws = open_workspace(ws_path, annotator="tester")
    victim = ws.sources()[0]
    ws.close()
    assert bluf(ws_path, "source", "rm", victim.id).returncode == 0
    f = tmp_path / victim.name
    f.write_text(victim.text, encoding="utf-8")
    out = bluf(ws_path, "import", str(f))
    assert out.returncode == 0, out.stderr
    assert victim.id in bluf(ws_path, "sources").stdout
