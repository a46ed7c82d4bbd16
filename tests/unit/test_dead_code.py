"""No dead code: vulture finds no unused function, class, variable or import in bluf."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Textual calls these by name (actions, message handlers, watchers, class variables).
CALLED_BY_NAME = ",".join([
    "action_*", "on_*", "_on_*", "watch_*", "compose", "validate_*", "compute_*", "render_line", "render",
    "get_content_width", "get_content_height", "BINDINGS", "CSS", "CSS_PATH", "DEFAULT_CSS",
    "COMPONENT_CLASSES", "TITLE", "SUB_TITLE", "ENABLE_COMMAND_PALETTE", "COMMANDS", "AUTO_FOCUS",
])


def test_vulture_finds_no_dead_code():
    out = subprocess.run(
        [sys.executable, "-m", "vulture", "annotate", "tui", "bench", "tests/vulture_whitelist.py",
         "--min-confidence", "60", "--ignore-names", CALLED_BY_NAME],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert out.returncode == 0, "dead code (remove it, or add it to tests/vulture_whitelist.py with why):\n" + out.stdout + out.stderr
