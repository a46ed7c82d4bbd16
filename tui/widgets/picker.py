"""Picker: choose one item by typing a few letters (fuzzy match), keyboard only.
Used to reassign a speaker, pick an actor to tag or merge into, an incident, a source.
An item is found by any name it goes by (an actor's aliases: "Kremlin" finds the Russian
government), ranked with rapidfuzz's WRatio, which forgives typos and partial names."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.widgets.quiet_input import QuietInput

NEW = "\x00new:"


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    detail: str = ""
    names: tuple[str, ...] = ()  # other names it goes by, found as well as the label
    min_score: float = 0.0  # WRatio it needs to be offered, when higher than MIN_SCORE (a far-fetched item)


MIN_SCORE = 70.0  # WRatio (0-100) below which an item is not offered
PREFIX_SCORE = 85.0  # every typed word starts a word of the name ("trade" in a long title, "menafn" in menafn_x.txt)
# Words that are a whole word of many names by chance ("a" typed is the start of a name,
# not the "a" of "seizure of a ship"): they do not make a name a better match.
_FUNCTION_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())
DETAIL_WEIGHT = 0.75  # the detail (an actor's country or kind) alone: only a near-exact match


class Ranker:
    """Ranks ``choices`` against what is typed: each by the best of its label, its other
    names and (weighted) its detail. A name whose words start with every word typed, in
    any order and case, scores ``PREFIX_SCORE`` at least: a word of a long title or of a
    file name is found, which WRatio scores low. A choice whose label's words start with the
    typed words in the order typed comes before all others, then one whose other name does,
    then the rest by score: "indian a" puts "Indian army" above a fuzzy "Indian government".
    Among those, a name of which more typed words are whole words comes first ("air" is
    the word of "Air or drone strike" and only the start of "Airspace violation"), then a
    name that starts with the typed words (a leading "the" aside), and of two such the
    shorter: "polisario fr" puts "Polisario Front" above "National Secretariat of the
    Polisario Front".
    Built once per picker; a query scores
    every name in one rapidfuzz call (about 30 ms for 30,000 names on one core)."""

    def __init__(self, choices: list[Choice]) -> None:
        self.choices = choices
        self._names: list[str] = []  # processed label or other name
        self._owner: list[tuple[int, str]] = []  # (choice index, the other name or "")
        self._details: list[str] = []
        for i, c in enumerate(choices):
            for name in (c.label, *c.names):
                self._names.append(utils.default_process(name))
                self._owner.append((i, "" if name is c.label else name))
            self._details.append(utils.default_process(c.detail))
        self._words = [tuple(set(n.split())) for n in self._names]
        self._ordered = [tuple(n.split()) for n in self._names]

    def __call__(self, query: str) -> list[tuple[Choice, str]]:
        """The choices that match ``query``, best first, each with the other name it was
        found by ("" when its label or detail matched best). Ties keep the order of the
        choices. An empty query gives every choice in order."""
        q = utils.default_process(query)
        if not q:
            return [(c, "") for c in self.choices]
        best: dict[int, tuple[float, str]] = {}
        for _, score, k in process.extract(q, self._names, scorer=fuzz.WRatio, processor=None, limit=None, score_cutoff=MIN_SCORE):
            i, via = self._owner[k]
            if score > best.get(i, (-1.0, ""))[0] or (score == best[i][0] and not via):
                best[i] = (score, via)
        typed = q.split()
        for k, words in enumerate(self._words):
            i, via = self._owner[k]
            if best.get(i, (-1.0, ""))[0] < PREFIX_SCORE and all(any(w.startswith(t) for w in words) for t in typed):
                best[i] = (PREFIX_SCORE, via)
        cutoff = MIN_SCORE / DETAIL_WEIGHT
        for _, score, i in process.extract(q, self._details, scorer=fuzz.WRatio, processor=None, limit=None, score_cutoff=cutoff):
            if DETAIL_WEIGHT * score > best.get(i, (-1.0, ""))[0]:
                best[i] = (DETAIL_WEIGHT * score, "")
        # tier 2: its label holds the typed words in order, 1: another name does; within a
        # tier, a name that starts with them first, then the shorter name
        tier: dict[int, tuple[int, int, int]] = {}
        for k, words in enumerate(self._ordered):
            i, via = self._owner[k]
            if i in best and _in_order(typed, words):
                whole = sum(t in words for t in typed if t not in _FUNCTION_WORDS)  # typed words that are words of the name
                t = (1 if via else 2, whole, int(_in_order(typed, words, at_start=True)), -len(words) + (words[0] == "the"))
                if t > tier.get(i, (0, 0, 0, 0)):
                    tier[i] = t
                    best[i] = (best[i][0], via)  # shown with the name that holds the typed words
        order = sorted((i for i in best if best[i][0] >= self.choices[i].min_score),
                       key=lambda i: (*(-x for x in tier.get(i, (0, 0, 0, 0))), -best[i][0], i))
        return [(self.choices[i], best[i][1]) for i in order]


def _in_order(typed: list[str], words: tuple[str, ...], at_start: bool = False) -> bool:
    """Whether each typed word starts a word of ``words``, in the order typed, each a later
    word than the one before ("indian ar" is in "Indian army", not in "army of India").
    ``at_start``: and the first typed word starts the first word (after a leading "the")."""
    if at_start:
        first = 1 if len(words) > 1 and words[0] == "the" else 0
        if not typed or len(words) <= first or not words[first].startswith(typed[0]):
            return False
    j = 0
    for t in typed:
        while j < len(words) and not words[j].startswith(t):
            j += 1
        if j == len(words):
            return False
        j += 1
    return True


def rank(query: str, choices: list[Choice]) -> list[tuple[Choice, str]]:
    """``Ranker(choices)(query)``: the matching choices, best first, with the name found."""
    return Ranker(choices)(query)


def _key(name: str) -> str:
    """A name as the picker compares it with what is typed: case, punctuation and a
    leading "the" do not matter ("the White House" is "White House")."""
    k = utils.default_process(name)
    return k[4:] if k.startswith("the ") else k


class Choices(OptionList, can_focus=False):
    """The picker's list. The typed filter keeps the focus: up/down move in the list, and
    tab cannot send the keys typed next to the list (where they would filter nothing and
    enter would choose a row the analyst never picked)."""


class Picker(ModalScreen[str | None]):
    """Returns the chosen id, ``NEW + text`` when ``allow_new`` and the typed text matches
    nothing chosen, or None on escape. Enter takes the top row: the item whose name or
    alias is the typed text (any case); else, with ``allow_new``, the new item unless the
    typed words start words of some item's name (then the best match). A new item is made
    only when the analyst confirms it: enter on the "+ New …" row, unless the arrows or the
    mouse chose it, asks in a visible line to press enter again; nothing is made by a stray
    enter on a word typed by mistake (a file name typed into the speaker picker)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
        Binding("down", "down", "Next", show=False, id="picker.down"),
        Binding("up", "up", "Previous", show=False, id="picker.up"),
    ]
    DEFAULT_CSS = """
    Picker { align: center middle; }
    Picker > Vertical { width: 64; max-width: 100%; height: auto; max-height: 20; background: $panel; border: round $accent; padding: 0 1; }
    Picker Static { height: 1; }
    Picker #picker-title { height: auto; }  /* a long title wraps: never "type to filter, enter to" */
    Picker Input { margin-bottom: 1; }
    Picker OptionList { height: auto; max-height: 14; border: none; padding: 0; }
    /* the typed field holds the focus for the list: its highlight is the row enter takes,
       drawn as a focused list's cursor, not the faint one of a list without focus */
    Picker Choices > .option-list--option-highlighted {
        color: $block-cursor-foreground; background: $block-cursor-background; text-style: $block-cursor-text-style;
    }
    Picker #picker-note { height: auto; color: $warning; display: none; }
    Picker #picker-note.-shown { display: block; }
    """

    def __init__(self, title: str, choices: list[Choice], allow_new: str = "", initial: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.allow_new = allow_new  # e.g. "New actor" or "" for no
        self.initial = initial
        self.rank = Ranker(choices)
        self._asked = ""  # the new item's id enter asked to confirm ("" when none)
        self._moved = False  # the arrows moved the highlight since the list was filled

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"{self.title_text}: type to filter, enter to choose, esc to cancel", markup=False, id="picker-title")
            yield QuietInput(value=self.initial, placeholder="type a few letters", hold_after_submit=True)
            yield Choices()
            yield Static("", id="picker-note", markup=False)

    def on_mount(self) -> None:
        self._fill(self.initial)
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        ol = self.query_one(OptionList)
        ol.clear_options()
        found = self.rank(query)
        options = [
            Option(Content.assemble(c.label, (f"  ({via})", "italic") if via else "", (f"  {c.detail}", "dim") if c.detail else ""), id=c.id)
            for c, via in found[:200]
        ]
        typed = _key(query)
        exact = next((k for k, (c, _) in enumerate(found[:200]) if any(typed == _key(n) for n in (c.label, *c.names))), None)
        if exact is not None:  # the typed name is an item's name or alias: that item, whatever the fuzzy order
            options.insert(0, options.pop(exact))
        elif self.allow_new and query.strip():
            new = Option(Content.assemble((f"+ {self.allow_new}: ", "bold"), query.strip()), id=NEW + query.strip())
            # A name typed in full that is no item's is a new item: enter makes it, the
            # loose matches stay a down-arrow away. Letters that start words of an item's
            # name ("burk" for Burkina Faso) are a filter: the item stays on top.
            words = typed.split()
            filtering = any(
                all(any(w.startswith(t) for w in utils.default_process(n).split()) for t in words)
                for c, _ in found[:200] for n in (c.label, *c.names)
            )
            if filtering:
                options.append(new)
            else:
                options.insert(0, new)
        ol.add_options(options)
        if options:
            ol.highlighted = 0
        self._asked, self._moved = "", False
        self.query_one("#picker-note", Static).remove_class("-shown")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter chooses the highlighted row (the first, or the only match, when the
        highlight was lost); with nothing listed it says so instead of doing nothing. Keys
        typed after enter in the same burst were held by the field: they go on to the screen
        behind once the picker is closed, or back into the field when it stays open."""
        event.stop()
        field = event.input
        ol = self.query_one(OptionList)
        if ol.option_count:
            row = ol.highlighted if ol.highlighted is not None and ol.highlighted < ol.option_count else 0
            chosen = ol.get_option_at_index(row).id
            if chosen and chosen.startswith(NEW) and not self._moved and self._asked != chosen:
                self._ask(chosen[len(NEW):], others=ol.option_count > 1)
                self._asked = chosen
                if isinstance(field, QuietInput):
                    field.release_held(to_app=False)
                return
            self.dismiss(chosen)
            if isinstance(field, QuietInput):
                field.release_held(to_app=True)
            return
        if isinstance(field, QuietInput):
            field.release_held(to_app=False)
        typed = event.value.strip()
        note = self.query_one("#picker-note", Static)
        note.update(f"Nothing matches “{typed}”: change the filter, or esc to cancel" if typed else "Nothing to choose: esc to cancel")
        note.add_class("-shown")

    def _ask(self, typed: str, others: bool) -> None:
        """The visible prompt before a new item is made: what enter again will make."""
        what = self.allow_new[:1].lower() + self.allow_new[1:]
        closest = ", ↓ for the closest names" if others else ""
        note = self.query_one("#picker-note", Static)
        note.update(f"No such name: enter again to make “{typed}” a {what}{closest}, or change it, esc to cancel")
        note.add_class("-shown")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)  # clicked: chosen

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()
        self._moved = True

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()
        self._moved = True

    def action_cancel(self) -> None:
        self.dismiss(None)
