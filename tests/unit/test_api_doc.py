"""The example in docs/API.md runs as written."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "API.md"


def test_api_example_runs(ws_path, capsys):
    code = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    exec(compile(code, str(DOC), "exec"), {"WORKSPACE": str(ws_path)})
    out = capsys.readouterr().out
    assert "donald-trump" in out and "untag" in out and "retag" in out
