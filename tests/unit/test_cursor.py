"""The reader's cursor without Textual: moves between quotes, names and sentences, and
the selection grown and shrunk by words and lines."""

from __future__ import annotations

from tui.cursor import Cursor

TEXT = "One two three. Four five six."
QUOTES = [0, 15]  # start offsets of two quotes
NAMES = [4, 8, 20]


def nowhere() -> float:
    raise AssertionError("the move should not need the focus's offset")


def test_next_quote_from_nothing_is_the_first_after_the_top_of_the_screen():
    c = Cursor()
    assert c.move("quote", QUOTES, 1, lambda: 10 - 0.5)
    assert (c.mode, c.focus_index) == ("quote", 1)


def test_quotes_wrap_round_both_ways():
    c = Cursor(focus_index=1)
    assert c.move("quote", QUOTES, 1, nowhere) and c.focus_index == 0
    assert c.move("quote", QUOTES, -1, nowhere) and c.focus_index == 1


def test_next_untagged_skips_tagged_quotes_and_fails_when_all_are():
    c = Cursor(focus_index=0)
    assert c.move("quote", [0, 10, 20], 1, nowhere, ok=lambda i: i != 1) and c.focus_index == 2
    assert not c.move("quote", [0, 10, 20], 1, nowhere, ok=lambda i: False)
    assert (c.mode, c.focus_index) == ("quote", 2)  # unchanged: the reader rings the bell


def test_a_move_to_names_continues_from_the_quote_in_focus():
    c = Cursor(focus_index=0)
    assert c.move("entity", NAMES, 1, lambda: 15)  # the quote in focus starts at 15
    assert (c.mode, c.entity_index) == ("entity", 2)  # the first name after it
    c.mode = "quote"
    assert c.move("entity", NAMES, -1, lambda: 15)
    assert c.entity_index == 1  # the last name before it


def test_moving_ends_the_selection():
    c = Cursor(focus_index=0)
    c.select((4, 7))
    assert c.move("sentence", [0, 15], 1, lambda: 4)
    assert (c.selection, c.selecting, c.mode, c.sentence_index) == (None, False, "sentence", 1)


def test_no_names_leaves_nothing_in_focus_without_failing():
    c = Cursor(focus_index=0)
    assert c.move("entity", [], 1, lambda: 0)
    assert (c.mode, c.entity_index) == ("entity", None)


def test_the_selection_grows_by_words_and_shrinks_without_emptying():
    c = Cursor()
    c.select((4, 7))  # "two"
    c.extend_words(TEXT, 1)
    assert TEXT[slice(*c.selection)] == "two three."
    c.extend_words(TEXT, 1)
    assert TEXT[slice(*c.selection)] == "two three. Four"
    for _ in range(20):
        c.extend_words(TEXT, -1)
    assert c.selection == (4, 5)  # one character, never before the anchor


def test_the_selection_stops_at_the_end_of_the_text():
    c = Cursor()
    c.select((25, 29))
    c.extend_words(TEXT, 1)
    c.extend_to(10_000, len(TEXT))
    assert c.selection == (25, len(TEXT))
