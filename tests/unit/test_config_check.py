"""config.toml is checked against one schema (annotate.config_schema): `bluf config check`
names each problem with its file and line, and every command and the app report the same
problems at start instead of ignoring them. Real files, the real `bluf` process."""

from __future__ import annotations

import os
import subprocess
import sys

from annotate.config_schema import Config, UISection, UserSection, WorkspaceSection, check_config, line_of


def bluf(cfg, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "BLUF_CONFIG": str(cfg)}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, env=env, timeout=120)


BROKEN = """\
[user]
name = 3

[ui]
theme = "bluf-light"
glyhps = "ascii"      # a typo
glyphs = "fancy"

[keys]
"reader.next_quote" = "w"
"app.quit" = ""

[analytics]
x = 1
"""


def test_config_check_names_each_problem_with_its_line(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text(BROKEN, encoding="utf-8")
    p = bluf(cfg, "config", "check")
    assert p.returncode == 1, p.stderr
    lines = p.stdout.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [f"{cfg}:{n}" for n in (2, 6, 7, 11, 13)], lines
    assert "'glyhps' is no key bluf reads" in lines[1] and 'use "auto", "unicode", "console" or "ascii"' in lines[2]
    assert "[analytics] is no table bluf reads" in lines[4]
    assert "Traceback" not in p.stderr


def test_config_check_says_ok_for_a_good_file_and_for_none(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[user]\nname = "ana"\n[ui]\nglyphs = "ascii"\n[keys]\n"reader.next_quote" = "w"\n[workspace]\nmode = "0640"\n', encoding="utf-8")
    for path in (cfg, tmp_path / "missing.toml"):
        p = bluf(path, "config", "check")
        assert (p.returncode, p.stdout) == (0, "ok\n"), p.stderr


def test_config_check_reports_a_remap_of_no_binding(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\n"reader.nxt_quote" = "w"\n', encoding="utf-8")
    p = bluf(cfg, "config", "check")
    assert p.returncode == 1 and p.stdout.startswith(f"{cfg}:2: [keys] 'reader.nxt_quote' is no key's id"), p.stdout


def test_config_check_refuses_a_remap_onto_a_label_key(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[ui]\ntheme = "bluf-dark"\n\n[keys]\n"reader.next_quote" = "h"\n', encoding="utf-8")
    p = bluf(cfg, "config", "check")
    assert p.returncode == 1 and p.stdout.startswith(f"{cfg}:5: [keys] 'reader.next_quote' = 'h' refused"), p.stdout


def test_config_check_reports_a_theme_no_one_has_as_the_app_would(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[ui]\ntheme = "no-such-theme"\n', encoding="utf-8")
    p = bluf(cfg, "config", "check")
    assert p.returncode == 1 and "theme 'no-such-theme' not found" in p.stdout and "bluf-light" in p.stdout, p.stdout
    assert p.stdout.startswith(f"{cfg}:2: [ui] theme 'no-such-theme' not found"), p.stdout  # file:line, as the README promises
    cfg.write_text('[ui]\ntheme = "bluf-light"\n', encoding="utf-8")
    assert bluf(cfg, "config", "check").stdout.strip() == "ok"


def test_config_check_reports_a_file_that_is_no_toml(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[ui\ntheme = "x"\n', encoding="utf-8")
    p = bluf(cfg, "config", "check")
    assert p.returncode == 1 and p.stdout.startswith(f"{cfg}: ignored (") and len(p.stdout.splitlines()) == 1


def test_every_command_reports_the_problems_at_start_and_still_runs(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[ui]\ntheme = 7\n', encoding="utf-8")
    p = bluf(cfg, "locate", "config")
    assert p.returncode == 0 and p.stdout.strip()
    assert p.stderr.splitlines() == [f"bluf: {cfg}:2: [ui] theme = 7: expected a string, got `int`; ignored"]


def test_the_app_shows_the_same_problems_as_notices(tmp_path, monkeypatch):
    from annotate import settings
    from tui.config import load_ui_config

    cfg = tmp_path / "config.toml"
    cfg.write_text(BROKEN, encoding="utf-8")
    monkeypatch.setenv("BLUF_CONFIG", str(cfg))
    settings._read.cache_clear()
    try:
        ui = load_ui_config()
        assert ui.problems == check_config()[1] and len(ui.problems) == 5
        assert (ui.theme, ui.glyphs, ui.keymap) == ("bluf-light", "auto", {"reader.next_quote": "w"})
    finally:
        settings._read.cache_clear()


def test_the_old_meaning_of_glyphs_still_sets_name_glyphs(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[ui]\nglyphs = "never"\n', encoding="utf-8")
    c, problems = check_config(cfg)
    assert (c.ui.glyphs, c.ui.name_glyphs, problems) == ("auto", "never", [])
    cfg = tmp_path / "c2.toml"
    cfg.write_text('[ui]\nglyphs = "never"\nname_glyphs = "always"\n', encoding="utf-8")
    assert check_config(cfg)[0].ui.name_glyphs == "always"


def test_a_key_is_found_in_dotted_and_quoted_forms():
    text = '# c\nui.theme = "x"\n[keys]\n"reader.next_quote" = "w"\n[ "workspace" ]\nmode = "1"\n'
    assert line_of(text, ("ui", "theme")) == 2
    assert line_of(text, ("keys", "reader.next_quote")) == 4
    assert line_of(text, ("workspace",)) == 5 and line_of(text, ("workspace", "mode")) == 6
    assert line_of(text, ("user", "name")) == 0


def test_every_field_of_the_schema_has_a_docstring():
    import typing

    import msgspec

    for struct in (Config, UserSection, UISection, WorkspaceSection):
        assert struct.__doc__
        for name, hint in typing.get_type_hints(struct, include_extras=True).items():
            metas = getattr(hint, "__metadata__", ())
            assert any(isinstance(m, msgspec.Meta) and m.description for m in metas), (struct, name)


def test_a_scheduler_that_is_no_dask_address_is_named_and_analysis_stays_local(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[analysis]\nscheduler = "localhost:8786"\n', encoding="utf-8")
    config, problems = check_config(cfg)
    assert len(problems) == 1 and f"{cfg}:2:" in problems[0] and "tcp://10.0.0.5:8786" in problems[0]
    assert config.analysis.scheduler == ""
    good = tmp_path / "good.toml"
    good.write_text('[analysis]\nscheduler = "tcp://10.0.0.5:8786"\n', encoding="utf-8")
    config, problems = check_config(good)
    assert problems == [] and config.analysis.scheduler == "tcp://10.0.0.5:8786"
