"""bench/stance_learning_real.py on an invented two-article set, through the real process: the
workspace kept with ``--keep`` is built once and reopened afterwards, with the same tags."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Invented: a Fijian coup plot and a Bolivian border police shooting, one quoted official each.
TEXTS = {
    "01_fiji.txt": "SUVA, Fiji — Officials spoke on Monday.\n\n“We will crush any plot against the state,” "
                   "Colonel Semi Tora said.\n",
    "02_bolivia.txt": "LA PAZ, Bolivia — Police spoke on Tuesday.\n\n“We urge calm along the border,” "
                      "Commander Ana Quispe said.\n",
}
LABELS = {"files": {
    "01_fiji.txt": {"stances": [{"actor": "Semi Tora", "label": "threatening", "evidence": "We will crush any plot against the state"}]},
    "02_bolivia.txt": {"stances": [{"actor": "Ana Quispe", "label": "cautious", "evidence": "We urge calm along the border"}]},
}}


def _run(devset: Path, labels: Path, keep: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "bench" / "stance_learning_real.py"), "--labels", str(labels),
                           "--devset", str(devset), "--keep", str(keep)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "bench")])})


def test_a_kept_workspace_is_built_once_and_reopened_with_the_same_tags(tmp_path):
    devset = tmp_path / "set"
    (devset / "texts").mkdir(parents=True)
    for name, text in TEXTS.items():
        (devset / "texts" / name).write_text(text, encoding="utf-8")
    (devset / "meta.json").write_text(json.dumps([{"file": n, "title": n, "topic": n} for n in TEXTS]), encoding="utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps(LABELS), encoding="utf-8")
    keep = tmp_path / "kept"
    first = _run(devset, labels, keep)
    assert first.returncode == 0, first.stderr
    built = (keep / "ws.json").stat().st_mtime_ns
    second = _run(devset, labels, keep)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["tags_made"] == json.loads(first.stdout)["tags_made"] == 2
    assert json.loads(second.stdout)["tags"] == 2  # the tags are read back from the kept workspace
    assert (keep / "ws.json").stat().st_mtime_ns == built  # not built again
    # Other labels: the kept workspace is not theirs, said in one line.
    labels.write_text(json.dumps({"files": {"01_fiji.txt": LABELS["files"]["01_fiji.txt"]}}), encoding="utf-8")
    other = _run(devset, labels, keep)
    assert other.returncode == 1
    assert "use another directory" in other.stderr.strip().splitlines()[-1]
