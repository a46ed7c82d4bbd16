"""ActorPanel: the actors quoted in the open article, with their stance chips."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static


@dataclass
class ActorRow:
    actor_id: str
    name: str
    quotes: int
    labels: dict[str, int] = field(default_factory=dict)  # label -> tags in this article
    focused: bool = False


INDENT = "    "  # the chips under an actor's name


class ActorPanel(Static):
    """A compact list: name, number of quotes, and a chip per stance label tagged."""

    DEFAULT_CSS = """
    ActorPanel {
        width: 28;
        height: 1fr;
        border-left: vkey $rule;
        padding: 0 1;
        background: $surface;
        overflow-y: auto;
    }
    """

    def _chip(self, label: str, n: int, focused: bool) -> tuple[str, str]:
        """``[▲ label ×2]`` in the label's colour (theme variable ``$label-<slot>``); the
        count apart from the label, which an ``x`` glyph would otherwise run into."""
        slot, glyph = self.app.label_look(label)
        times = getattr(self.app, "glyphs", {}).get("times", "×")
        return (f"[{glyph} {label}{' ' + times + str(n) if n > 1 else ''}]", f"bold $label-{slot}" + (" reverse" if focused else ""))

    def _chip_lines(self, labels: dict[str, int], focused: bool) -> list[Content]:
        """The chips in rows under the name, as many to a row as fit the panel: a row breaks
        between two chips, never inside one."""
        width = (self.content_size.width or 25) - len(INDENT)
        rows: list[list[tuple[str, str]]] = [[]]
        used = 0
        for label, n in labels.items():
            chip = self._chip(label, n, focused)
            if rows[-1] and used + 1 + cell_len(chip[0]) > width:
                rows.append([])
                used = 0
            used += cell_len(chip[0]) + (1 if rows[-1] else 0)
            rows[-1].append(chip)
        return [Content.assemble(INDENT, *[part for k, c in enumerate(row) for part in ((" ", c) if k else (c,))]) for row in rows]

    def show_actors(self, rows: list[ActorRow], title: str = "Actors", unknown: int = 0, why_none: str = "") -> None:
        """Show ``rows``; ``unknown``: the article's quotes with no known speaker (said, not
        hidden: an article of quotes is never "no quotes found"); ``why_none``: why the article
        has no quotes at all when that is not that none were found (a language bluf does not
        analyse), shown in place of "no quotes found"."""
        parts: list[Content] = [Content.styled(title, "bold underline"), Content("")]
        if not rows and why_none:
            parts.append(Content.styled(why_none, "italic"))
        elif not rows and unknown:
            parts.append(Content.styled(f"{unknown} quote{'s' if unknown != 1 else ''}, none with a known speaker (e to set one)", "italic"))
        elif not rows:
            parts.append(Content.styled("no quotes found", "italic"))
        focus = getattr(self.app, "glyphs", {}).get("focus", "▶")  # the article's, in the terminal's repertoire
        for r in rows:
            marker = f"{focus} " if r.focused else "  "
            line = Content.assemble(
                (marker, "bold"),
                (r.name, "bold" if r.focused else ""),
                (f" ({r.quotes})", "dim"),
            )
            parts.append(line)
            if r.labels:
                parts.extend(self._chip_lines(r.labels, r.focused))
            else:
                parts.append(Content.styled("    · untagged", "dim"))
        if rows and unknown:
            parts.append(Content.styled(f"+ {unknown} quote{'s' if unknown != 1 else ''} with no known speaker (e to set)", "dim italic"))
        self.update(Content("\n").join(parts))
