"""StatsScreen: tags per label and annotator, agreement, and where people or sources
disagree (the same numbers as `bluf stats`)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from ..widgets.fitting_footer import FittingFooter
from ..wording import count


class StatsScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="stats.back")]
    DEFAULT_CSS = """
    StatsScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    StatsScreen VerticalScroll { padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static("bluf · agreement", id="title")
        with VerticalScroll():
            yield Static(id="body")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.refresh_stances()

    def refresh_stances(self) -> None:
        from annotate import annotator_agreement as agreement

        ws = self.app.workspace
        stances = ws.stances()
        ag = agreement(stances)
        out: list[Content] = [Content(f"{count(len(stances), 'tag')} in force by {count(len(ag.annotators), 'annotator')}"), Content("")]
        labels = sorted({lab for c in ag.counts.values() for lab in c})
        if labels:
            w = max(8, *(len(a) for a in ag.annotators)) + 1
            out.append(Content.styled("label".ljust(12) + "".join(a[: w - 1].rjust(w) for a in ag.annotators) + "total".rjust(7), "bold"))
            for lab in labels:
                row = [ag.counts[a][lab] for a in ag.annotators]
                out.append(Content(lab.ljust(12) + "".join(str(n).rjust(w) for n in row) + str(sum(row)).rjust(7)))
            out.append(Content(""))
        for (a, b), (k, n) in ag.kappa.items():
            out.append(Content(f"Cohen's kappa {a}–{b}: {'n/a' if k is None else f'{k:.2f}'} on {count(n, 'actor×source unit')}"))
        if len(ag.annotators) >= 2:
            out.append(Content(f"Krippendorff's alpha (nominal): {'n/a' if ag.alpha is None else f'{ag.alpha:.2f}'} on {count(ag.alpha_units, 'unit')}"))
        if ag.between_annotators:
            out += [Content(""), Content.styled("Annotators disagree", "bold underline")]
            for (actor, sid), per in ag.between_annotators:
                out.append(Content(f"  {ws.actor_name(actor)} in {ws.source(sid).label[:30]}: " + ", ".join(f"{who} {lab}" for who, lab in per.items())))
        if ag.between_sources:
            out += [Content(""), Content.styled("Stance differs between sources", "bold underline")]
            for actor, per in ag.between_sources:
                out.append(Content(f"  {ws.actor_name(actor)}: " + ", ".join(f"{ws.source(s).label[:20]} {lab}" for s, lab in per.items())))
        if not stances:
            out.append(Content.styled("No tags yet: open a source and tag a quote's speaker.", "italic"))
        self.query_one("#body", Static).update(Content("\n").join(out))
