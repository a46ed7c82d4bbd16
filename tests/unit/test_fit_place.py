"""A place in a table cell is written in one of its whole forms, never cut to a stump
("New…" of a two-word country): "place, country", the place, its first comma parts with "…",
the country; only when none fits, the shortest cut where the cell ends. Invented places."""

from tui.wording import fit_place, place_forms, place_room


def test_the_longest_whole_form_that_fits():
    assert fit_place("Orvik Ford", "Veloria", 30) == "Orvik Ford, Veloria"
    assert fit_place("Orvik Ford", "Veloria", 12) == "Orvik Ford"
    assert fit_place("Port Tamsen Narrows", "North Drask", 14) == "North Drask"  # the country whole, not "Port Tamsen…"


def test_a_place_of_parts_keeps_its_first_parts_whole():
    assert fit_place("Kessel, Upper Vara", "Drask Republic", 10) == "Kessel…"
    assert "Kessel…" in place_forms("Kessel, Upper Vara", "Drask Republic")


def test_a_country_alone_is_never_cut_after_its_first_word():
    assert fit_place("", "North Drask", 11) == "North Drask"
    assert fit_place("", "North Drask", 9) == "North Dr…"  # none fits: cut where the cell ends
    assert place_room("", "North Drask") == 11
    assert place_room("Port Tamsen Narrows", "North Drask") == 11
