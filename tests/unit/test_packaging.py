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


def _building_from_the_tree():
    """A build from the source tree writes build/ and bluf.egg-info/ inside it: two at once
    (pytest -n, two checkouts' runs) break each other, so they take turns."""
    import hashlib

    from filelock import FileLock

    return FileLock(f"/tmp/bluf-build-{hashlib.sha1(str(ROOT).encode()).hexdigest()[:12]}.lock", timeout=1800)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    with _building_from_the_tree():
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
        "import os, seeds, themes, tui.cli\n"
        "print(seeds.__file__); print(themes.__file__)\n"
        "# A reading command on a workspace that is not there is refused: import the bundled articles first.\n"
        "assert tui.cli.main(['--db', 'ws.json', 'export', '-o', 'brief.md']) == 1 and not os.path.exists('ws.json')\n"
        "assert tui.cli.main(['--db', 'ws.json', 'import', '--glob', '*.txt', os.path.dirname(seeds.__file__)]) == 0\n"
        "raise SystemExit(tui.cli.main(['--db', 'ws.json', 'export', '-o', 'brief.md']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    seeds_file, themes_file = out.stdout.split()[:2]
    assert seeds_file.startswith(str(target)) and themes_file.startswith(str(target))
    brief = (elsewhere / "brief.md").read_text(encoding="utf-8")
    for seed in (ROOT / "seeds").glob("*.txt"):  # the five seeds were imported from the wheel
        assert seed.name.replace("_", "\\_") in brief


PAGE = (
    "<html lang='en'><head><title>Drones over Narva</title></head><body><nav>Home News</nav><article>"
    "<p>“We will not be intimidated,” Defence Minister Hanno Pevkur told reporters in Tallinn on Friday.</p>"
    "<p>The ministry said two drones turned back after nine minutes over the border near Narva.</p>"
    "</article><footer>Copyright</footer></body></html>"
)


FEED = (
    "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Coast desk</title>"
    "<link>https://example.org/</link><description>News</description><item>"
    "<title>Patrol boats turned back near the reef</title><link>https://example.org/a</link>"
    "<pubDate>Tue, 16 Sep 2025 08:00:00 GMT</pubDate>"
    "<description>&lt;p&gt;“We will not leave our waters,” Commander Ivo Marek said on Tuesday after "
    "two patrol boats were blocked near the reef.&lt;/p&gt;</description></item></channel></rss>"
)


def test_a_venv_with_the_bundled_pip_installs_a_bluf_that_imports_html(tmp_path):
    """What a user does: `python3 -m venv v && v/bin/pip install .`, with the pip that
    Python bundles (23.2 with Python 3.11), never upgraded. Before lxml_html_clean was a
    dependency, that pip left it out and every HTML page failed to import."""
    base = getattr(sys, "_base_executable", sys.executable)
    venv = tmp_path / "v"
    subprocess.run([base, "-m", "venv", str(venv)], check=True, capture_output=True, timeout=300)
    py, pip = venv / "bin" / "python", venv / "bin" / "pip"
    bundled = subprocess.run([str(py), "-c", "import ensurepip; print(ensurepip.version())"],
                             check=True, capture_output=True, text=True).stdout.strip()
    used = subprocess.run([str(pip), "--version"], check=True, capture_output=True, text=True).stdout.split()[1]
    assert used == bundled
    # The tests point XDG_CACHE_HOME at a temporary directory; pip's own cache is reused so
    # that downloads are not repeated (the install itself is what a user runs).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    with _building_from_the_tree():
        out = subprocess.run([str(pip), "install", "-q", str(ROOT)], env=env, capture_output=True, text=True, timeout=1800)
    assert out.returncode == 0, out.stderr[-3000:]
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = subprocess.run([str(venv / "bin" / "bluf"), "--db", "ws.json", "import", str(page)],
                         cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "added: page.html" in run.stdout, run.stderr
    # A saved feed too (feedparser, and the HTML of its items through the same cleaner).
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    run = subprocess.run([str(venv / "bin" / "bluf"), "--db", "ws.json", "import", str(feed)],
                         cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "added:" in run.stdout, run.stderr
    listed = subprocess.run([str(venv / "bin" / "bluf"), "--db", "ws.json", "sources"],
                            cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0 and "Patrol boats turned back" in listed.stdout, (listed.stdout, listed.stderr)
