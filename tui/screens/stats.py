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
        from annotate import agreement_report, nested_tags

        ws = self.app.workspace
        r = agreement_report(ws)  # what `bluf stats` prints
        out: list[Content] = [Content(f"{count(r.tags, 'tag')} in force by {count(len(r.annotators), 'annotator')}")]
        if nested := nested_tags(ws):  # the brief counts them with a longer tag: say so, as `bluf stats` does
            out.append(Content(f"the brief counts {r.tags - nested}: {nested} of these {'lies' if nested == 1 else 'lie'} on words "
                               f"inside a longer tag of the same actor, source and label, and {'is' if nested == 1 else 'are'} shown with it"))
        out.append(Content(""))
        if r.table:
            w = max(8, *(len(a) for a in r.annotators)) + 1
            out.append(Content.styled("label".ljust(12) + "".join(a[: w - 1].rjust(w) for a in r.annotators) + "total".rjust(7), "bold"))
            for lab, row, total in r.table:
                out.append(Content(lab.ljust(12) + "".join(str(n).rjust(w) for n in row) + str(total).rjust(7)))
            out.append(Content(""))
        for a, b, k, n in r.kappa:
            out.append(Content(f"Cohen's kappa {a}–{b}: {'n/a' if k is None else f'{k:.2f}'} on {count(n, 'actor×source unit')}"))
        if len(r.annotators) >= 2:
            out.append(Content(f"Krippendorff's alpha (nominal): {'n/a' if r.alpha is None else f'{r.alpha:.2f}'} on {count(r.alpha_units, 'unit')}"))
        if r.between_annotators:
            out += [Content(""), Content.styled("Annotators disagree", "bold underline")]
            for name, sid, per, text in r.between_annotators:
                said = " ".join(text.split())
                said = said if len(said) <= 50 else said[:49].rstrip() + "…"
                out.append(Content(f"  {name} in {ws.source(sid).label[:30]}: " + ", ".join(f"{who} {lab}" for who, lab in per.items())))
                out.append(Content(f"    on “{said}”"))
        if r.between_sources:
            out += [Content(""), Content.styled("Stance differs between sources", "bold underline")]
            for name, per, who in r.between_sources:
                out.append(Content(f"  {name} ({f'tagged by {who}' if who else 'agreed'}): " + ", ".join(f"{ws.source(s).label[:20]} {lab}" for s, lab in per.items())))
        if not r.tags:
            out.append(Content.styled("No tags yet: open a source and tag a quote's speaker.", "italic"))
        self.query_one("#body", Static).update(Content("\n").join(out))
