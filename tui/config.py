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
    """What the app reads of config.toml (from annotate.config_schema.Config): the theme
    name, the glyph repertoire and name marking, the [keys] remaps (binding id -> key) and
    the file's problems, one line each, shown as notices at start."""

    theme: str = ""  # "": chosen for the terminal (tui.themes.theme_for_terminal)
    glyphs: str = "auto"
    name_glyphs: str = "auto"
    keymap: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_ui_config() -> UIConfig:
    """The [ui] and [keys] settings of config.toml (annotate.config_schema), with every
    problem of the file (not only of these tables) as one line each, shown at start.
    Without a config file, the defaults, without loading the schema (start-up)."""
    from annotate import check_config, config_exists

    if not config_exists():
        return UIConfig()

    data, problems = check_config()
    ui = data.ui
    return UIConfig(theme=ui.theme, glyphs=ui.glyphs, name_glyphs=ui.name_glyphs, keymap=dict(data.keys), problems=problems)
