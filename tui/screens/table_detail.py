"""TableDetailScreen: a title line, a table of rows and a detail pane under it, the
shape of the actors and incidents screens, with a `/` filter over the rows as in the library."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from ..widgets.fitting_footer import FittingFooter
from ..widgets.quiet_input import QuietInput
from ..widgets.row_table import RowTable


class TableDetailScreen(Screen):
    """The screen's ``BINDINGS`` bind its `/` to ``filter`` and its escape to ``back``; its
    ``refresh_stances`` shows the rows ``shown`` keeps; ``FILTER_PLACEHOLDER`` says what
    the filter looks in."""

    TITLE_TEXT = ""
    FILTER_PLACEHOLDER = "filter (esc clears)"
    DEFAULT_CSS = """
    TableDetailScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    TableDetailScreen DataTable { height: 1fr; min-height: 5; }
    TableDetailScreen #detail { height: 1fr; min-height: 5; border-top: solid $rule; padding: 0 1; }
    TableDetailScreen #filter { padding: 0 1; display: none; }
    TableDetailScreen #filter.-shown { display: block; }
    """

    def compose(self) -> ComposeResult:
        yield Static(self.TITLE_TEXT, id="title")
        with Vertical():
            yield RowTable(id="table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="detail"):
                yield Static(id="detail-text")
        # The filter, above the footer; hidden until / shows it.
        yield QuietInput(placeholder=self.FILTER_PLACEHOLDER, id="filter", hold_after_submit=True)
        yield FittingFooter()

    def refresh_stances(self) -> None:
        """Fill the table again (the rows ``shown`` keeps) and the detail of the row under the cursor."""
        raise NotImplementedError

    @property
    def filter_text(self) -> str:
        """What the filter holds, spaces collapsed and case folded; "" when none."""
        return " ".join(self.query_one("#filter", Input).value.split()).casefold()

    def shown(self, rows: list, words) -> list:
        """The ``rows`` the filter keeps: those for which one of ``words(row)`` (strings, ""
        or None for none) holds what the filter holds; all when it holds nothing."""
        needle = self.filter_text
        if not needle:
            return rows
        return [r for r in rows if any(needle in w.casefold() for w in words(r) if w)]

    def action_filter(self) -> None:
        """Show and focus the filter (as in the library): what is typed after / goes into it,
        never to the keys of the list. A filter already typed is selected, to type a new one."""
        box = self.query_one("#filter", Input)
        box.add_class("-shown")
        box.focus()
        if box.value:
            box.select_all()

    def action_back(self) -> None:
        """esc: clear the filter when there is one, else back to the screen before."""
        box = self.query_one("#filter", Input)
        if box.value or box.has_class("-shown"):
            box.value = ""
            box.remove_class("-shown")
            self.refresh_stances()
            self.query_one(DataTable).focus()
        else:
            self.app.pop_screen()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_stances()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Keys typed after enter in the same burst were held by the filter: they act on the
        # list (queued on the app after the focus moves to it).
        self.query_one(DataTable).focus()
        if isinstance(event.input, QuietInput):
            event.input.release_held(to_app=True)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        table = self.query_one(DataTable)
        if fit_columns(table):
            self.refresh_stances()
            keep_cursor(table)

    def add_columns(self, *columns: tuple) -> DataTable:
        """(label, key, width[, grow]) for each column; returns the focused table."""
        t = add_columns(self.query_one(DataTable), *columns)
        t.focus()
        return t


def add_columns(table: DataTable, *columns: tuple) -> DataTable:
    """(label, key, width[, grow[, least[, rank]]]) for each column of ``table``.
    ``width`` is the least the column gets while the table has room; columns with a ``grow``
    weight share what the table's width leaves over, in proportion (see fit_columns). On a
    table too narrow for every column, those of a ``rank`` (0: never) give up cells, the
    highest rank first: each down to its ``least`` (0: the column is left out, its cells with
    it; RowTable.add_row takes every cell still), until the columns fit."""
    table._bluf_columns = [(c[0], c[1], c[2], c[3] if len(c) > 3 else 0, c[4] if len(c) > 4 else c[2], c[5] if len(c) > 5 else 0)
                           for c in columns]
    table._bluf_widths = [c[2] for c in table._bluf_columns]
    widths = fit_widths(table)
    for (label, key, *_), width in zip(table._bluf_columns, widths):
        if width:
            table.add_column(label, key=key, width=width)
    table._bluf_shown = [bool(w) for w in widths]
    table._bluf_widths = widths
    return table


def fit_widths(table: DataTable) -> list[int]:
    """The columns' widths for the table's present width (0: a column left out): each at
    least its own (or what ``table._bluf_want`` asks for it: {column index: cells}, a place
    the rows need whole), the growing ones sharing the rest (one cell spared for the scroll
    bar); on a narrow table the ranked columns give up cells first (see add_columns)."""
    cols = getattr(table, "_bluf_columns", [])
    want = getattr(table, "_bluf_want", {}) or {}
    base = [max(w, want.get(i, 0)) for i, (_, _, w, *_rest) in enumerate(cols)]
    weights = [c[3] for c in cols]
    need = getattr(table, "_bluf_need", None)
    if need and len(need) == len(base):
        widths = _fit_to_content(table, base, weights, need)
    else:
        room = table.size.width - 1 - sum(w + 2 * table.cell_padding for w in base)
        if room <= 0 or not any(weights):
            widths = list(base)
        else:
            total = sum(weights)
            widths = [w + room * g // total for w, g in zip(base, weights)]
    return _narrowed(table, cols, widths, want)


def _narrowed(table: DataTable, cols: list, widths: list[int], want: dict) -> list[int]:
    """``widths`` made to fit a table narrower than their sum: the columns of the highest
    rank give up cells first, each down to its least (a ``want`` counts as the least when
    larger), or are left out (least 0); cells a left-out column freed beyond the need go to
    the growing columns still shown."""
    if table.size.width <= 0:  # not laid out yet
        return widths
    pad = 2 * table.cell_padding
    over = sum(w + pad for w in widths) + 1 - table.size.width
    if over <= 0:
        return widths
    widths = list(widths)
    for i in sorted((i for i, c in enumerate(cols) if c[5]), key=lambda i: (-cols[i][5], -i)):
        if over <= 0:
            break
        least = cols[i][4] and max(cols[i][4], min(want.get(i, 0), widths[i]))
        if not least:
            over -= widths[i] + pad
            widths[i] = 0
            continue
        cut = max(0, min(over, widths[i] - least))
        widths[i] -= cut
        over -= cut
    if over < 0:
        grow = [i for i, c in enumerate(cols) if c[3] and widths[i]]
        if grow:
            widths[max(grow, key=lambda i: cols[i][3])] -= over
    return widths


def _fit_to_content(table: DataTable, base: list[int], weights: list[int], need: list[int]) -> list[int]:
    """Widths when the rows' widest cells are known (``need``, header included): a column that
    does not grow is as wide as its widest cell, at most its own width (Kind "person" takes 6,
    not 12); the growing ones start at the least of their width and their need and share the
    rest in proportion to their weights, none wider than its need while another still wants
    room; what no column wants goes to the first growing one (names first)."""
    widths = [min(w, n) for w, n in zip(base, need)]
    room = table.size.width - 1 - sum(w + 2 * table.cell_padding for w in widths)
    grow = [i for i, g in enumerate(weights) if g]
    while room > 0 and grow:
        wanting = [i for i in grow if widths[i] < need[i]]
        if not wanting:
            widths[grow[0]] += room
            break
        total = sum(weights[i] for i in wanting)
        given = 0
        for i in wanting:
            share = max(1, room * weights[i] // total)
            add = min(share, need[i] - widths[i], room - given)
            widths[i] += add
            given += add
            if given >= room:
                break
        room -= given
        if not given:
            break
    return widths


def fit_columns(table: DataTable) -> bool:
    """Re-lay ``table``'s columns to its width; True if they changed (the rows must then
    be added again: DataTable.clear(columns=True) is Textual's public way to do it, and
    ``keep_cursor`` puts the cursor back on the row it was on)."""
    widths = fit_widths(table)
    if widths == getattr(table, "_bluf_widths", None):
        return False
    table._bluf_widths = widths
    table._bluf_row_before_fit = table.cursor_row
    table.clear(columns=True)
    for (label, key, *_), width in zip(table._bluf_columns, widths):
        if width:
            table.add_column(label, key=key, width=width)
    table._bluf_shown = [bool(w) for w in widths]
    return True


def keep_cursor(table: DataTable) -> None:
    """After ``fit_columns`` and the rows added again: the cursor back on the row it was
    on before (clear() had put it on the first; End typed as the screen opened was lost)."""
    row = getattr(table, "_bluf_row_before_fit", None)
    table._bluf_row_before_fit = None
    if row is not None and table.row_count:
        table.move_cursor(row=min(row, table.row_count - 1))
