"""The user's TUI settings from config.toml (`bluf locate config`):

    [user]
    name = "ana"                  # the annotator name on every tag

    [ui]
    theme = "bluf-light"          # a bundled theme or one of yours (`bluf locate themes`);
                                  # unset: bluf-dark, or bluf-ansi where only 16 colours show
    glyphs = "auto"               # glyph repertoire: auto (console under TERM=linux), unicode, console, ascii
    name_glyphs = "auto"          # names marked with glyphs too: auto (without colour), always, never

    [keys]                        # remap any key by its binding id (see ? in the app);
    "reader.next_quote" = "w"     # one onto a key in use is refused (tui.keys)
    "app.quit" = "ctrl+q"

A broken file is reported in one line and the defaults are used."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class UIConfig:
    theme: str = ""  # "": chosen for the terminal (tui.themes.theme_for_terminal)
    glyphs: str = "auto"
    name_glyphs: str = "auto"
    keymap: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_ui_config() -> UIConfig:
    from annotate import load_config

    data, problem = load_config()
    cfg = UIConfig(problems=[problem] if problem else [])
    ui = data.get("ui", {})
    if isinstance(ui, dict):
        if isinstance(ui.get("theme"), str):
            cfg.theme = ui["theme"]
        glyphs = ui.get("glyphs")
        if glyphs in ("auto", "unicode", "console", "ascii"):
            cfg.glyphs = glyphs
        elif glyphs in ("always", "never"):  # what this key meant before it chose a repertoire
            cfg.name_glyphs = glyphs
        elif glyphs is not None:
            cfg.problems.append(f"config.toml: [ui] glyphs = {glyphs!r}: use \"auto\", \"unicode\", \"console\" or \"ascii\"; auto used")
        if ui.get("name_glyphs") in ("auto", "always", "never"):
            cfg.name_glyphs = ui["name_glyphs"]
    keys = data.get("keys", {})
    if isinstance(keys, dict):
        for binding_id, key in keys.items():
            if isinstance(key, str) and key.strip():
                cfg.keymap[str(binding_id)] = key.strip()
            else:
                cfg.problems.append(f"config.toml: [keys] {binding_id!r} needs a key such as \"ctrl+n\"; ignored")
    return cfg
