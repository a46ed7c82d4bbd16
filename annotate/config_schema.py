"""The schema of ``config.toml`` (``bluf locate config``, or ``$BLUF_CONFIG``): one typed
model, every key bluf reads, and the problems of a file as one line each with its line.

    [user]       name
    [ui]         theme, glyphs, name_glyphs
    [keys]       "binding.id" = "key"      (any binding id; checked against the screens by tui.keys)
    [workspace]  group, mode
    [suggestions] learn

A key that is unknown or of the wrong type is reported (``path:line: [table] key ...``)
and its default is used; the other keys still count. ``check_config`` is what
``bluf config check``, the CLI's start and the app's start report."""

from __future__ import annotations

import re
import typing
from pathlib import Path
from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct


class UserSection(Struct, forbid_unknown_fields=True):
    """``[user]``: who annotates."""

    name: Annotated[str, Meta(description="The annotator name on every tag; `$BLUF_ANNOTATOR` wins over it, the login name is used without either.")] = ""


class UISection(Struct, forbid_unknown_fields=True):
    """``[ui]``: how the app looks."""

    theme: Annotated[str, Meta(description="A bundled theme (bluf-dark, bluf-light, bluf-high-contrast, bluf-ansi, bluf-colorblind) or one of yours in `bluf locate themes`; unset: bluf-dark, or bluf-ansi where the terminal shows 16 colours or none.")] = ""
    glyphs: Annotated[
        Literal["auto", "unicode", "console", "ascii", "always", "never"],
        Meta(description='The glyph repertoire bluf draws: "auto" (console under TERM=linux), "unicode", "console" (the Linux console fonts\' repertoire) or "ascii". "always" and "never" are read as name_glyphs (what this key meant before) unless name_glyphs is set, so this field never holds them.'),
    ] = "auto"
    name_glyphs: Annotated[Literal["auto", "always", "never"], Meta(description='Names marked with glyphs too: "auto" (when there is no colour), "always" or "never".')] = "auto"


class WorkspaceSection(Struct, forbid_unknown_fields=True):
    """``[workspace]``: who may read the files bluf writes."""

    group: Annotated[str, Meta(description="A group of this machine; new workspace files get it and mode 0660, so the analysts of that group can read and write them. Unset: the user's own group, mode 0600.")] = ""
    mode: Annotated[str, Meta(pattern=r"^(0o?)?[0-7]{1,4}$", extra={"expected": 'an octal mode like "0640"', "then": "no workspace is opened until it is fixed"}, description='The permission bits of new workspace and export files as an octal string such as "0640"; overrides the mode group gives.')] = ""


class AnalysisSection(Struct, forbid_unknown_fields=True):
    """``[analysis]``: where articles are parsed."""

    scheduler: Annotated[str, Meta(pattern=r"^(tcp|tls)://\S+$", extra={"expected": 'a Dask scheduler address like "tcp://10.0.0.5:8786"', "then": "articles are analysed on this machine"}, description='The address of a Dask distributed scheduler ("tcp://host:8786"): articles not analysed yet are parsed on its workers (`bluf import --workers` gives one for a run). Unset: on this machine, with nlp.pipe over one or two processes.')] = ""


class SuggestionsSection(Struct, forbid_unknown_fields=True):
    """``[suggestions]``: where stance suggestions learn from."""

    learn: Annotated[
        Literal["shared", "annotator", "off"],
        Meta(description='What the learned stance model trains on: "shared" (every annotator\'s tags, one model per workspace), "annotator" (each annotator\'s own tags, a model each) or "off" (cue lexicon only).'),
    ] = "shared"


class Config(Struct, forbid_unknown_fields=True):
    """The whole of ``config.toml``; a missing table or key has its default."""

    user: Annotated[UserSection, Meta(description="[user]: who annotates.")] = msgspec.field(default_factory=UserSection)
    ui: Annotated[UISection, Meta(description="[ui]: how the app looks.")] = msgspec.field(default_factory=UISection)
    keys: Annotated[dict[str, str], Meta(description='[keys]: key remaps by binding id (? in the app shows each id), e.g. "reader.next_quote" = "w"; one onto a key in use is refused (tui.keys).')] = msgspec.field(default_factory=dict)
    workspace: Annotated[WorkspaceSection, Meta(description="[workspace]: permissions of the files bluf writes.")] = msgspec.field(default_factory=WorkspaceSection)
    analysis: Annotated[AnalysisSection, Meta(description="[analysis]: where articles are parsed.")] = msgspec.field(default_factory=AnalysisSection)
    suggestions: Annotated[SuggestionsSection, Meta(description="[suggestions]: what the learned stance model trains on.")] = msgspec.field(default_factory=SuggestionsSection)


def sections() -> dict[str, type[Struct] | None]:
    """Table name -> its Struct (``None`` for ``[keys]``, a free table of strings)."""
    return {"user": UserSection, "ui": UISection, "keys": None, "workspace": WorkspaceSection, "analysis": AnalysisSection, "suggestions": SuggestionsSection}


def _field_types(struct: type[Struct]) -> dict[str, tuple[object, object]]:
    """Field name -> (annotated type, default) of a section Struct."""
    hints = typing.get_type_hints(struct, include_extras=True)
    return {f.name: (hints[f.name], f.default) for f in msgspec.structs.fields(struct)}


def _choices(typ) -> tuple[str, ...]:
    """The allowed values of a Literal field (inside Annotated), else ()."""
    inner = typ.__origin__ if hasattr(typ, "__metadata__") else typ
    return typing.get_args(inner) if typing.get_origin(inner) is Literal else ()


def _extra(typ) -> dict:
    """The ``Meta(extra=...)`` of an Annotated field: how to word its problem."""
    for meta in getattr(typ, "__metadata__", ()):
        if isinstance(meta, Meta) and meta.extra:
            return meta.extra
    return {}


def _or(words: tuple[str, ...]) -> str:
    quoted = [f'"{w}"' for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_\-]+))*)\s*=""")
_PART = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)\s*""")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(m.group(1).strip("\"'") for m in _PART.finditer(dotted))


def line_of(text: str, path: tuple[str, ...]) -> int:
    """The 1-based line of TOML ``text`` where the table or key ``path`` (e.g.
    ("ui", "theme")) is defined, by a scan of headers and ``key =`` lines (tomllib gives
    no positions); 0 when not found (say, inside an inline table)."""
    table: tuple[str, ...] = ()
    for n, line in enumerate(text.splitlines(), 1):
        if m := _HEADER.match(line):
            table = _parts(m.group(1))
            if table == path:
                return n
        elif m := _KEY.match(line):
            full = table + _parts(m.group(1))
            if full[: len(path)] == path:
                return n
    return 0


def validate(data: dict) -> tuple[Config, list[tuple[tuple[str, ...], str]]]:
    """The typed ``Config`` of parsed TOML ``data`` and its problems as (key path, message)
    pairs, e.g. (("ui", "glyphs"), "[ui] glyphs = 'x': use ...; auto used"). Every problem
    is reported, not only the first; a wrong key keeps its default."""
    problems: list[tuple[tuple[str, ...], str]] = []
    clean: dict[str, dict] = {}
    known = sections()
    for table, body in data.items():
        if table not in known:
            problems.append(((table,), f"[{table}] is no table bluf reads (known: {', '.join(known)}); ignored"))
            continue
        if not isinstance(body, dict):
            problems.append(((table,), f"{table} must be a table ([{table}]); ignored"))
            continue
        struct = known[table]
        clean[table] = {}
        if struct is None:  # [keys]: any binding id onto a key
            for binding_id, key in body.items():
                if isinstance(key, str) and key.strip():
                    clean[table][str(binding_id)] = key.strip()
                else:
                    problems.append(((table, binding_id), f'[keys] {binding_id!r} needs a key such as "ctrl+n"; ignored'))
            continue
        fields = _field_types(struct)
        for key, value in body.items():
            if key not in fields:
                problems.append(((table, key), f"[{table}] {key!r} is no key bluf reads (known: {', '.join(fields)}); ignored"))
                continue
            typ, default = fields[key]
            try:
                clean[table][key] = msgspec.convert(value, typ)
            except msgspec.ValidationError as err:
                extra = _extra(typ)
                if "expected" in extra:
                    why = f"not {extra['expected']}"
                elif choices := _choices(typ):
                    why = f"use {_or(tuple(c for c in choices if c not in ('always', 'never')) if table == 'ui' and key == 'glyphs' else choices)}"
                else:
                    why = str(err).split(" - at ")[0].replace("Expected `str`, got", "expected a string, got").replace("Expected `str` matching regex", "expected a string matching")
                used = extra.get("then") or (f"{default} used" if default else "ignored")
                problems.append(((table, key), f"[{table}] {key} = {value!r}: {why}; {used}"))
    ui = clean.get("ui", {})
    if ui.get("glyphs") in ("always", "never"):  # what glyphs meant before it chose a repertoire
        ui.setdefault("name_glyphs", ui.pop("glyphs"))
    return msgspec.convert(clean, Config), problems


def place(keypath: tuple[str, ...], path: str | Path | None = None) -> str:
    """``FILE:LINE`` of a table or key of config.toml (``path``, else ``$BLUF_CONFIG``, else
    ``bluf locate config``), for a problem found after the schema check (a [keys] remap
    that clashes); plain "config.toml" when the file or the key is not there."""
    from .settings import config_path

    p = config_path(path)
    try:
        n = line_of(p.read_text(encoding="utf-8"), keypath)
    except (OSError, UnicodeDecodeError):
        n = 0
    return f"{p}:{n}" if n else "config.toml"


def check_config(path: str | Path | None = None) -> tuple[Config, list[str]]:
    """The typed settings of ``config.toml`` (``path``, else ``$BLUF_CONFIG``, else
    ``bluf locate config``) and its problems, one line each as ``file:line: what``
    (``file: ignored (...)`` for a file that is no TOML; then every default is used).
    A missing file is no problem. Never raises."""
    from .settings import config_path, load_config

    p = config_path(path)
    data, broken = load_config(p)
    if broken:
        return Config(), [broken]
    cfg, problems = validate(data)
    if not problems:
        return cfg, []
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    lines = []
    for keypath, message in problems:
        n = line_of(text, keypath)
        lines.append(f"{p}:{n}: {message}" if n else f"{p}: {message}")
    return cfg, lines
