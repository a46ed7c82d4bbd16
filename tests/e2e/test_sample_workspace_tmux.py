"""The bundled articles have a workspace of their own, in a real terminal (tmux, 80x24):
`bluf --sample` in a fresh data directory lists the five seeds; plain `bluf` there opens an
empty workspace whose library says how to import and where the sample is; and the analyst's
own workspace, made after the sample, brings none of the sample into the brief."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from .helpers import STARTUP_TIMEOUT, require_bluf, sample_env
from .test_tmux import bluf_in_tmux

pytestmark = pytest.mark.e2e

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HINT = "No sources yet: i imports articles · bluf --sample opens the bundled articles"


def _default_env(home: Path) -> dict[str, str]:
    """The test's XDG directories and no $BLUF_DB: the default workspace is the data
    directory's workspace.json, beside the sample's sample.json."""
    env = sample_env(home, "e2e")
    del env["BLUF_DB"]
    return env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    run_env = {k: v for k, v in os.environ.items() if k != "BLUF_DB"} | env
    return subprocess.run([str(require_bluf()), *args], env=run_env, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)


def _quit(t) -> None:
    t.send("q", literal=True)
    how = t.wait(lambda s: t.exit_status(), "bluf to exit after q", dead_ok=True)
    assert how == "status=0 signal=", f"bluf did not exit cleanly ({how}):\n{t.screen()}"


def test_sample_lists_the_seeds_and_the_users_own_brief_has_none_of_them(tmp_path):
    with bluf_in_tmux(tmp_path) as (t, env, library):  # `bluf --sample`
        assert "5 sources ·" in library and "No sources yet" not in library, library
        _quit(t)
    data = tmp_path / "data" / "bluf"
    assert (data / "sample.json").is_file() and not (data / "workspace.json").exists()
    sources = _run(env, "--sample", "sources")
    rows = [line.split(maxsplit=4) + [""] for line in sources.stdout.splitlines()]  # id, n, "quotes", file, title
    assert sorted(r[3] for r in rows) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for r in rows:  # each seed is a row of the library: its file name, or its title (the start of it)
        assert r[3] in library or (r[4] and r[4][:20] in library), (r, library)
    incidents = json.loads(_run(env, "--sample", "incidents", "list", "--json").stdout)
    assert incidents, "the sample has incidents"

    mine = tmp_path / "my.txt"
    mine.write_text("Harbour closed after the storm\n\n“The quay will open again on Friday,” Harbour Master "
                    "Olav Rind said on Monday in Bergen.\n", encoding="utf-8")
    own = _default_env(tmp_path)
    done = _run(own, "import", str(mine))
    assert done.returncode == 0 and "new empty workspace at " + str(data / "workspace.json") in done.stderr, done.stderr
    brief = _run(own, "brief")
    assert brief.returncode == 0, brief.stderr
    assert "# Brief on 1 source" in brief.stdout and "my.txt" in brief.stdout
    for seed in SEEDS.glob("*.txt"):
        assert seed.stem not in brief.stdout.replace("\\_", "_")
    for inc in incidents:
        assert inc["title"] not in brief.stdout, inc["title"]
    for word in ("Russia", "drone", "airspace", "NATO"):
        assert word not in brief.stdout, word


def test_plain_bluf_in_a_fresh_data_dir_is_empty_and_says_how_to_import(tmp_path):
    with bluf_in_tmux(tmp_path, _default_env(tmp_path)) as (t, _env, library):  # `bluf`
        assert "0 sources ·" in library, library
        assert HINT in library.splitlines()[library.splitlines().index(" Sources") + 1], library
        _quit(t)
    data = tmp_path / "data" / "bluf"
    assert (data / "workspace.json").is_file() and not (data / "sample.json").exists()
