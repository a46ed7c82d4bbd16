"""The layers hold: the contracts in pyproject.toml's [tool.importlinter] (checked by
import-linter over every import statement) and what a process really loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports() -> Path:
    return Path(sys.executable).with_name("lint-imports")


def test_import_contracts_are_kept():
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run([str(_lint_imports()), "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    return {m.split(".")[0] for m in out}


def test_annotate_modules_other_than_the_pipeline_load_no_spacy():
    loaded = _loaded_after(
        "import annotate.nlp.entities, annotate.nlp.stance, annotate.nlp.events, annotate.nlp.quotes, "
        "annotate.workspace, annotate.brief, annotate.export, annotate.standalone"
    )
    assert "spacy" not in loaded


def test_every_facade_name_loads_without_the_ui():
    loaded = _loaded_after("import annotate\nfor n in annotate.__all__: getattr(annotate, n)")
    assert not loaded & {"textual", "rich", "tui"}
