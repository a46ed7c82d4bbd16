"""The user's key remaps ([keys] in config.toml) checked against every screen's bindings.

The rule: a remap onto a key that another action already uses where the remapped one is
active (on the same screen, or the app's keys on any full screen) is refused, the binding
keeps its key, and the refusal is reported at start naming both actions. Nothing is ever
silently displaced. Remaps are judged together, so two bindings can swap keys; a remap
that names no binding is reported too."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.keys import _normalize_key_list, format_key


@dataclass(frozen=True)
class Scope:
    """Bindings active together: one screen's, with the app's when it is a full screen."""

    name: str  # what the user calls it: "the reader", "the library"
    bindings: tuple[Binding, ...]


def bindings_of(cls) -> list[Binding]:
    """A screen or app class's bindings, its bases' included, one Binding per key
    (Textual's system keys, such as ctrl+c, left out)."""
    return [b for _, b in cls._merge_bindings() if not b.system]


def scopes(app_cls, screens: dict[str, type], modals: dict[str, type]) -> list[Scope]:
    """``screens`` (name -> class) run with the app's keys; ``modals`` with their own only."""
    app_bindings = tuple(bindings_of(app_cls))
    out = [Scope(name, tuple(bindings_of(cls)) + app_bindings) for name, cls in screens.items()]
    out += [Scope(name, tuple(bindings_of(cls))) for name, cls in modals.items()]
    return out


def _keys(b: Binding, keymap: dict[str, str]) -> list[str]:
    key = keymap.get(b.id, b.key) if b.id else b.key
    return [k.strip() for k in key.split(",") if k.strip()]


def _what(b: Binding) -> str:
    return f"{b.description or b.action} ({b.id})" if b.id else (b.description or b.action)


def _first_clash(keymap: dict[str, str], all_scopes: list[Scope]) -> tuple[str, str, Binding, Binding, str] | None:
    """(remapped id, key, its binding, the other binding, scope name) of the first clash."""
    for remapped_id in keymap:
        for scope in all_scopes:
            mine = [b for b in scope.bindings if b.id == remapped_id]
            if not mine:
                continue
            for key in _keys(mine[0], keymap):
                for other in scope.bindings:
                    if other.id == remapped_id or other.action == mine[0].action:
                        continue  # itself (one Binding per key), or the same action
                    if key in _keys(other, keymap):
                        return remapped_id, key, mine[0], other, scope.name
    return None


def check_keymap(keymap: dict[str, str], all_scopes: list[Scope]) -> tuple[dict[str, str], list[str]]:
    """The remaps to apply (keys normalised as Textual does: "?" -> "question_mark") and one
    line per remap refused or not understood, with the file and line of the remap
    (annotate.config_schema.place)."""
    from annotate import config_place as place

    known = {b.id for s in all_scopes for b in s.bindings if b.id}
    accepted: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, keys in keymap.items():
        if binding_id not in known:
            problems.append(f"{place(('keys', binding_id))}: [keys] {binding_id!r} is no key's id (? shows each key's id); ignored")
            continue
        accepted[binding_id] = _normalize_key_list(keys)
    while (clash := _first_clash(accepted, all_scopes)) is not None:
        binding_id, key, mine, other, where = clash
        # Refuse the remap; when the other binding was remapped too, refuse the later one.
        if other.id in accepted and list(accepted).index(other.id) > list(accepted).index(binding_id):
            binding_id, mine, other = other.id, other, mine
        default = ",".join(dict.fromkeys(b.key for s in all_scopes for b in s.bindings if b.id == binding_id))
        del accepted[binding_id]
        problems.append(
            f"{place(('keys', binding_id))}: [keys] {binding_id!r} = {keymap[binding_id]!r} refused: {_display(key)} is already "
            f"{_what(other)} in {where}; {_what(mine)} keeps {_display(default)}"
        )
    return accepted, problems


def _display(keys: str) -> str:
    return ", ".join(format_key(k.strip()) for k in keys.split(","))



def app_scopes(app_cls, reader_cls) -> list[Scope]:
    """Every screen of the app, with ``reader_cls`` (the reader with the workspace's label
    keys, see ``reader_class``) for the reader."""
    from .screens.actors import ActorsScreen
    from .screens.brief import BriefScreen
    from .screens.help import HelpScreen
    from .screens.importer import ImportScreen
    from .screens.incidents import IncidentsScreen
    from .screens.library import LibraryScreen
    from .screens.matrix import MatrixScreen
    from .screens.source_edit import SourceEditScreen
    from .screens.stats import StatsScreen
    from .widgets.checklist import Checklist
    from .widgets.form import Form
    from .widgets.picker import Picker
    from .widgets.prompt import TextPrompt
    from .widgets.text_editor import TextEditor

    screens = {
        "the library": LibraryScreen, "the reader": reader_cls, "the actors screen": ActorsScreen,
        "the incidents screen": IncidentsScreen, "the brief": BriefScreen, "the stance matrix": MatrixScreen,
        "the agreement screen": StatsScreen, "the import screen": ImportScreen,
    }
    modals = {
        "the help": HelpScreen, "the metadata form": SourceEditScreen, "the picker": Picker, "forms": Form,
        "prompts": TextPrompt, "checklists": Checklist, "the text editor": TextEditor,
    }
    return scopes(app_cls, screens, modals)
