"""The headless core and the CLI load no TUI code."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    return set(out)


def _ui(mods: set[str]) -> set[str]:
    return {m for m in mods if m.split(".")[0] in ("textual", "rich")}


def test_import_annotate_loads_no_textual_or_rich():
    mods = _modules_after(
        "import annotate, annotate.workspace, annotate.analysis, annotate.brief, annotate.export.markdown, "
        "annotate.actors, annotate.incidents, annotate.store, annotate.ingest"
    )
    assert _ui(mods) == set()


def test_bluf_export_loads_no_textual(ws_path, tmp_path):
    out = tmp_path / "brief.md"
    mods = _modules_after(f"from tui.cli import main\nmain(['--db', {str(ws_path)!r}, 'export', '-o', {str(out)!r}])")
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert _ui(mods) == set()
