"""Themes: the TOML files bundled in ``themes/`` and the user's in the XDG data dir.
A file that cannot be read or is not a theme is reported in one line and skipped."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.theme import Theme

LABEL_SLOTS = 8  # colours label-1 ... label-8 in a theme's [variables], one per label
DEFAULT_LABEL_GLYPHS = ("▲", "◆", "●", "★", "■", "▼", "✚", "♦")
# Each theme's label glyphs (``label_glyphs = [...]`` in its file), by theme name.
THEME_LABEL_GLYPHS: dict[str, tuple[str, ...]] = {}

_FIELDS = ("primary", "secondary", "warning", "error", "success", "accent", "foreground", "background", "surface", "panel", "boost")


def parse_theme(data: dict, origin: str) -> Theme:
    if not isinstance(data.get("name"), str) or not isinstance(data.get("primary"), str):
        raise ValueError("needs at least `name` and `primary`")
    kwargs = {k: str(data[k]) for k in _FIELDS if k in data}
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ValueError("`variables` must be a table")
    extra = {k: float(data[k]) for k in ("luminosity_spread", "text_alpha") if k in data}
    if data.get("ansi"):
        # Textual's own CSS needs the variables its ANSI themes define (ansi-background...).
        from textual.theme import BUILTIN_THEMES

        base = BUILTIN_THEMES["ansi-dark" if data.get("dark", True) else "ansi-light"].variables
        variables = {**base, **variables}
    theme = Theme(
        name=data["name"],
        dark=bool(data.get("dark", True)),
        ansi=bool(data.get("ansi", False)),
        **extra,
        variables={str(k): str(v) for k, v in variables.items()},
        **kwargs,
    )
    theme.to_color_system()  # raises on a colour Textual cannot parse
    glyphs = data.get("label_glyphs", DEFAULT_LABEL_GLYPHS)
    if not isinstance(glyphs, list | tuple) or not glyphs or not all(isinstance(g, str) and len(g) == 1 for g in glyphs):
        raise ValueError("`label_glyphs` must be a list of single characters")
    THEME_LABEL_GLYPHS[theme.name] = tuple(glyphs)
    return theme


def label_slot(label: str, vocabulary: list[str]) -> int:
    """The colour slot (1 ... LABEL_SLOTS) of a stance label: its place in the workspace's
    vocabulary, so every label, the default five and any added with `bluf labels set`, has
    its own; a label no longer in the vocabulary (old tags) gets a fixed slot from its name."""
    if label in vocabulary:
        return vocabulary.index(label) % LABEL_SLOTS + 1
    import zlib

    return zlib.crc32(label.encode()) % LABEL_SLOTS + 1


def label_glyph(slot: int, theme_name: str, repertoire: str = "unicode") -> str:
    """The glyph of colour slot ``slot`` in a theme; from the smaller repertoire's own list
    when the terminal cannot show the theme's (see tui.glyphs)."""
    from .glyphs import LABEL_GLYPHS

    glyphs = LABEL_GLYPHS.get(repertoire) or THEME_LABEL_GLYPHS.get(theme_name, DEFAULT_LABEL_GLYPHS)
    return glyphs[(slot - 1) % len(glyphs)]


def theme_for_terminal(environ) -> str:
    """``bluf-ansi`` (the terminal's own 16 colours) where the terminal shows no more than
    16 colours (``TERM`` such as xterm-16color, linux, screen, xterm without ``COLORTERM``;
    Rich's detection, which is what Textual will send) or no colour (``NO_COLOR``, dumb);
    else ``bluf-dark``."""
    import io

    from rich.console import Console

    if "NO_COLOR" in environ:
        return "bluf-ansi"
    system = Console(force_terminal=True, file=io.StringIO(), _environ=dict(environ)).color_system
    return "bluf-dark" if system in ("256", "truecolor") else "bluf-ansi"


def bundled_dir() -> Path:
    from importlib.resources import files

    return Path(str(files("themes")))


def load_themes(dirs: list[Path]) -> tuple[list[Theme], list[str]]:
    """Themes from the TOML files in ``dirs`` (later dirs win), and one line per problem."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for d in dirs:
        if not d.is_dir():
            continue
        for path in sorted(d.glob("*.toml")):
            try:
                theme = parse_theme(tomllib.loads(path.read_text(encoding="utf-8")), str(path))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, TypeError, Exception) as err:
                msg = str(err).splitlines()[0] if str(err) else type(err).__name__
                problems.append(f"theme {path.name} skipped: {msg}")
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems
