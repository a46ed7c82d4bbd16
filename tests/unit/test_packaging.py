"""`pip install .` then `bluf` from another directory: the wheel carries the seeds, the
themes, the brief template and the console script."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(out)],
        check=True, capture_output=True,
    )
    return next(out.glob("bluf-*.whl"))


def test_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for seed in (ROOT / "seeds").glob("*.txt"):
        assert f"seeds/{seed.name}" in names
    assert {"seeds/sources.toml", "seeds/actors.toml", "themes/bluf-dark.toml", "tui/app.tcss",
            "annotate/export/templates/brief.md.j2"} <= names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "bluf = tui.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_installed_wheel_runs_from_another_directory(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import seeds, themes, tui.cli\n"
        "print(seeds.__file__); print(themes.__file__)\n"
        "raise SystemExit(tui.cli.main(['--db', 'ws.json', 'export', '-o', 'brief.md']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    seeds_file, themes_file = out.stdout.split()[:2]
    assert seeds_file.startswith(str(target)) and themes_file.startswith(str(target))
    brief = (elsewhere / "brief.md").read_text(encoding="utf-8")
    for seed in (ROOT / "seeds").glob("*.txt"):  # the five seeds were imported from the wheel
        assert seed.name.replace("_", "\\_") in brief
