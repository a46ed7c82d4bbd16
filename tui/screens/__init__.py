"""The app's screens. ``NAVIGATION`` is the one table of the screens a key opens from
anywhere: the app's bindings (and so its help and command palette) are built from it."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module


@dataclass(frozen=True)
class ScreenEntry:
    """A screen reached by ``action_screen(name)``; ``where`` is "module:Class" under
    tui.screens, imported on first use (so start-up loads no screen it does not show)."""

    name: str
    key: str
    description: str
    where: str
    show: bool = False  # in the footer

    def screen_class(self):
        module, _, cls = self.where.partition(":")
        return getattr(import_module(f"{__name__}.{module}"), cls)


# In the order the help lists them.
NAVIGATION = (
    ScreenEntry("brief", "b", "Brief", "brief:BriefScreen", show=True),
    ScreenEntry("actors", "A", "Actors", "actors:ActorsScreen"),
    ScreenEntry("incidents", "I", "Incidents", "incidents:IncidentsScreen"),
    ScreenEntry("matrix", "M", "Stance matrix", "matrix:MatrixScreen"),
    ScreenEntry("stats", "S", "Agreement", "stats:StatsScreen"),
    ScreenEntry("library", "L", "Library", "library:LibraryScreen"),  # the root: pops back to it
)


def navigation_bindings() -> list:
    """One Textual ``Binding`` per entry of ``NAVIGATION``, id ``app.<name>``."""
    from textual.binding import Binding

    return [Binding(e.key, f"screen('{e.name}')", e.description, show=e.show, id=f"app.{e.name}") for e in NAVIGATION]
