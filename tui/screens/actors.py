"""ActorsScreen: every actor with their quotes and stances across all sources; conflicting
stances marked; merge, rename, add an alias."""

from __future__ import annotations

from collections import Counter

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Static

from ..widgets.picker import Choice, Picker
from ..widgets.prompt import TextPrompt
from ..wording import clip, clip_cell
from .table_detail import TableDetailScreen, fit_columns

CONFLICT = "⚠"
# The kinds as the list writes them: the two long ones shortened, so that names, affiliations
# and stances get the room (the detail pane, `k` and the filter use the full word).
KIND_SHOWN = {"organization": "org.", "government": "gov't"}
QUOTE_CELLS = 90  # a quote in the detail pane, at most


def _quoted(text: str) -> str:
    """A quote in quotation marks, or its start and "…" when it is too long: a closing mark
    after a cut would say the quote ends there."""
    short = clip(text, QUOTE_CELLS)
    return f"“{short}”" if short == " ".join(text.split()) else f"“{short}"


class ActorsScreen(TableDetailScreen):
    # Short words, so that every key fits the footer at 80 columns (f and k were hidden there);
    # ? lists them with the app's keys.
    BINDINGS = [
        Binding("slash", "filter", "Filter", id="actors.filter"),
        Binding("m", "merge", "Merge", id="actors.merge"),
        Binding("r", "rename", "Rename", id="actors.rename"),
        Binding("l", "alias", "Add alias", show=False, id="actors.alias"),
        Binding("f", "affiliation", "Affiliation", id="actors.affiliation"),
        Binding("k", "kind", "Kind", id="actors.kind"),
        Binding("x", "dismiss", "Not an actor", show=False, id="actors.dismiss"),  # in ? (the footer is full at 80 columns)
        Binding("a", "show_all", "All actors", show=False, id="actors.all"),  # in ? and the title
        Binding("escape", "back", "Back", show=False, id="actors.back")  # as on every screen; in ?,
    ]
    TITLE_TEXT = "bluf · actors"
    CONFLICT_NOTE = "  (⚠ stance changed or disputed)"
    FILTER_PLACEHOLDER = "filter actors by name, alias, kind or affiliation (esc clears)"

    def on_mount(self) -> None:
        self.add_columns(
            ("", "flag", 1), ("Actor", "name", 19, 3), ("Kind", "kind", 12),
            ("Affiliation", "aff", 11, 2), ("Quo", "quotes", 3), ("Stances", "stances", 18, 3),
        )
        self.refresh_stances()

    def _stats(self):
        ws = self.app.workspace
        quotes: Counter[str] = Counter()
        for s in ws.sources():
            for q in ws.quotes(s.id):
                if q.actor_id:
                    quotes[q.actor_id] += 1
        from annotate import contested_actor_ids

        labels: dict[str, Counter] = {}
        stances = ws.stances()
        for st in stances:
            labels.setdefault(st.actor_id, Counter())[st.label] += 1
        # The brief's test (its Disagreements section): the actor's label changed between
        # sources, or two analysts differ on one source.
        return quotes, labels, contested_actor_ids(stances)

    def refresh_stances(self) -> None:
        ws = self.app.workspace
        t = self.query_one(DataTable)
        keep = self._current() if t.row_count else None
        was_row = t.cursor_row if t.row_count else 0
        t.clear()
        quotes, labels, conflict = self._stats()
        # The list holds the actors with quotes or tags (a: every actor `bluf actors` lists,
        # and back); a filter looks in every actor (one named but never quoted is found by name).
        actors = ws.list_actors()
        every = len(actors)
        if not self.filter_text and not self.show_all:
            actors = [a for a in actors if quotes.get(a.id) or labels.get(a.id)]
        if self.filter_text:
            shown = ""
        elif self.show_all:
            shown = f" · all {every} (a: quoted or tagged)"
        else:
            shown = f" · {len(actors)} of {every} shown (a: all)"
        self.query_one("#title", Static).update(self.TITLE_TEXT + shown + (self.CONFLICT_NOTE if conflict else ""))
        actors = self.shown(actors, lambda a: (a.name, *a.aliases, a.kind, a.affiliation))
        actors.sort(key=lambda a: (-sum(labels.get(a.id, {}).values()), -quotes.get(a.id, 0), a.name.lower()))
        # The columns fit what the rows hold: a long name or a stance written out takes the
        # room a short kind leaves (at 80 columns "Chinese Eastern Thea" and "★ thre" were cut
        # while the rows used 66 of them).
        full = {a.id: Text(" ").join(self._chip(lab, n) for lab, n in labels.get(a.id, Counter()).most_common()) for a in actors}
        heads = [len(c[0]) for c in t._bluf_columns]
        cells = [(1, len(a.name), len(KIND_SHOWN.get(a.kind, a.kind)), len(a.affiliation or "—"), len(str(quotes.get(a.id, 0))), full[a.id].cell_len or 1)
                 for a in actors]
        t._bluf_need = [max([h, *(c[i] for c in cells)]) for i, h in enumerate(heads)]
        fit_columns(t)
        room = t._bluf_widths[-1]
        for a in actors:
            chips = full[a.id]
            counts = labels.get(a.id, Counter()).most_common()
            for k in range(len(counts) - 1, -1, -1):  # no room to write them all out: the last first to four letters
                if chips.cell_len <= room:
                    break
                chips = Text(" ").join(self._chip(lab, n, short=j >= k) for j, (lab, n) in enumerate(counts))
            t.add_row(Text(self.app.glyphs["conflict"] if a.id in conflict else ""), Text(clip_cell(a.name, t._bluf_widths[1])), Text(KIND_SHOWN.get(a.kind, a.kind)),
                      Text(clip_cell(a.affiliation or "—", t._bluf_widths[3])),
                      Text(str(quotes.get(a.id, 0)), justify="right"), chips or Text("—"), key=a.id)
        if t.row_count:
            keep = ws.canonical_actor_id(keep) if keep else None  # follow a merge
            rows = [a.id for a in actors]
            # A row gone from the list (x, or a kind of no actor): the cursor stays where it was, on
            # the next row, never back at the first (where a second x dismissed a real actor).
            t.move_cursor(row=rows.index(keep) if keep in rows else min(was_row, t.row_count - 1) if keep else 0)
        self._show_detail()  # an empty list shows no actor's detail

    show_all = False  # every actor, or (the default) those with quotes or tags

    def action_show_all(self) -> None:
        """a: every actor, or back to those with quotes or tags."""
        self.show_all = not self.show_all
        self.refresh_stances()

    def _chip(self, label: str, n: int, short: bool = False) -> Text:
        """``▲ LABEL×2`` in the label's theme colour, the label written out; ``short``: its first four letters."""
        from textual.color import Color

        slot, glyph = self.app.label_look(label)
        colour = Color.parse(self.app.theme_variables.get(f"label-{slot}", "default")).rich_color
        times = self.app.glyphs["times"]
        return Text(f"{glyph} {label[:4] if short else label}" + (f"{times}{n}" if n > 1 else ""), style=Style(color=colour, bold=True))

    def _current(self) -> str | None:
        t = self.query_one(DataTable)
        if not t.row_count:
            return None
        return t.coordinate_to_cell_key(t.cursor_coordinate).row_key.value

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        ws = self.app.workspace
        aid = self._current()
        if aid is None:
            self.query_one("#detail-text", Static).update("no actor matches the filter (esc clears it)" if self.filter_text else "")
            return
        a = ws.actor(aid)
        also = [n for n in dict.fromkeys(a.aliases) if n.casefold() != a.name.casefold()]  # never the name itself
        lines = [Content.styled(a.name, "bold"), Content(f"also: {', '.join(also[:8])}" if also else "")]
        stances = [s for s in ws.stances() if s.actor_id == aid]
        for s in stances:
            lines.append(Content.assemble((f"[{s.label}] ", "bold"), _quoted(s.quote), (f"  {clip(ws.source(s.source_id).label, 24)} · {s.annotator}", "dim")))
        for src in ws.sources():
            for q in ws.quotes(src.id):
                if q.actor_id == aid and not any((s.source_id, s.start, s.end) == (src.id, q.start, q.end) for s in stances):
                    lines.append(Content.assemble(("[untagged] ", "dim"), _quoted(q.text), (f"  {clip(src.label, 24)}", "dim")))
        self.query_one("#detail-text", Static).update(Content("\n").join(lines))

    def action_merge(self) -> None:
        ws = self.app.workspace
        aid = self._current()
        if aid is None:
            return
        names = ws.actor_names()
        choices = [Choice(a.id, a.name, a.affiliation or a.kind, tuple(names.get(a.id, ())[1:])) for a in ws.list_actors() if a.id != aid]
        view = ws.edit_view()  # what the analyst sees as the picker opens: another's merge of it meanwhile is a conflict

        def done(into: str | None) -> None:
            if into:
                from ..cli_actors import merged_affiliation

                gone = ws.actor_name(aid)
                try:
                    with ws.seen_as_of(view):
                        dropped = ws.merge_actors(aid, into)
                finally:
                    self.app.refresh_views()
                    self.app.tell_conflicts()
                held = ws.canonical_actor_id(aid)
                if held != ws.canonical_actor_id(into):  # another analyst's merge of it came first
                    self.notify(f"Not merged: {gone} was merged into {ws.actor_name(held)} first, and that merge is in force "
                                "(`bluf conflicts` to keep yours)", severity="warning", timeout=10)
                    self.app.refresh_views()
                    return
                if dropped:
                    self.notify(f"Merged into {ws.actor_name(into)}: {merged_affiliation(ws, into, gone, dropped)} (f changes it)", timeout=6)
                else:
                    self.notify(f"Merged into {ws.actor_name(into)}", timeout=3)
                self.app.refresh_views()

        self.app.push_screen(Picker(f"Merge {ws.actor_name(aid)} into", choices), done)

    def _prompt(self, question: str, value: str, then, check=None, empty_ok: bool = False) -> None:
        """Ask ``question`` with ``value`` shown; enter calls ``then`` with the text stripped
        (an empty text only when ``empty_ok``: it clears the value); esc does nothing."""
        view = self.app.workspace.edit_view()  # what the analyst sees as the prompt opens

        def done(text: str | None) -> None:
            if text is not None and (text.strip() or empty_ok):
                with self.app.workspace.seen_as_of(view):
                    then(text.strip())
                self.app.refresh_views()

        self.app.push_screen(TextPrompt(question, value, check=check), done)

    def action_rename(self) -> None:
        aid = self._current()
        if aid:
            ws = self.app.workspace
            self._prompt(f"New name for {ws.actor_name(aid)}", ws.actor_name(aid), lambda t: ws.rename_actor(aid, t))

    def action_alias(self) -> None:
        aid = self._current()
        if aid:
            ws = self.app.workspace
            self._prompt(f"Another name for {ws.actor_name(aid)} (used in every source)", "", lambda t: self._add_alias(aid, t))

    def _add_alias(self, aid: str, alias: str) -> None:
        from ..cli_actors import alias_also

        if (other := self.app.workspace.add_alias(aid, alias)) is not None:
            self.app.notify(alias_also(self.app.workspace, alias, other), severity="warning", timeout=8)

    def action_kind(self) -> None:
        aid = self._current()
        if aid:
            ws = self.app.workspace
            a = ws.actor(aid)
            def kind(text: str) -> None:
                stored = ws.set_actor_kind(aid, text)
                if stored == "place":
                    self.notify(f"{a.name} is a place: no longer an actor (u undoes)", timeout=4)
                elif stored == "none":
                    self._dismissed(a.name)

            self._prompt(f"What {a.name} is (person, government, organization, group, or place: no actor; none: not an actor at all)", a.kind,
                         kind, check=ws.actor_kind_problem)

    def action_dismiss(self) -> None:
        """x: the row is not an actor ("State of Emergency", a generic "security forces"): kind
        "none", out of the lists, the picker and the suggestions; u undoes."""
        aid = self._current()
        if aid:
            ws = self.app.workspace
            name = ws.actor_name(aid)
            ws.set_actor_kind(aid, "none")
            self.app.refresh_views()
            self._dismissed(name)

    def _dismissed(self, name: str) -> None:
        # short enough for a narrow toast (40 columns by 3 rows): the "(u undoes)" was cut off
        self.notify(f"{name} is not an actor now; its quotes have no speaker (u undoes)", timeout=5, markup=False)

    def action_affiliation(self) -> None:
        aid = self._current()
        if aid:
            ws = self.app.workspace
            a = ws.actor(aid)
            def affiliation(text: str) -> None:
                ws.set_affiliation(aid, text)
                if not text and a.affiliation:
                    self.notify(f"{a.name}: affiliation {a.affiliation} cleared (u undoes)", timeout=4)

            self._prompt(f"Affiliation of {a.name} (empty clears it)", a.affiliation, affiliation, empty_ok=True)
