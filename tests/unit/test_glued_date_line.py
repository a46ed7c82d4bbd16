"""A date line whose date runs into the outlet's name with no space ("March 3, 2024Andes
Monitor"), as a saved page's byline block loses its spacing, dates the imported page and is
never its title."""

from __future__ import annotations

from annotate.importers import import_paths

_BODY = ("Bolivian border police exchanged fire with smugglers near Villazón on Tuesday, the "
         "interior ministry said.\n\nTwo officers were wounded, a regional official said.\n")


def _import(tmp_path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    (s,) = import_paths([str(p)]).sources
    return s


def test_a_date_glued_to_the_outlet_name_on_the_first_line_dates_the_page_and_is_no_title(tmp_path):
    s = _import(tmp_path, "March 3, 2024Andes Monitor\n" + _BODY)
    assert s.published == "2024-03-03"
    assert "2024" not in s.title and "Andes Monitor" not in s.title


def test_under_a_headline_the_glued_line_dates_the_page_and_the_headline_stays_the_title(tmp_path):
    s = _import(tmp_path, "Border police clash with smugglers in Villazón\n9 February 2023The Altiplano Post\n" + _BODY)
    assert s.published == "2023-02-09"
    assert s.title == "Border police clash with smugglers in Villazón"


def test_a_sentence_starting_with_a_date_is_no_date_line(tmp_path):
    s = _import(tmp_path, "Border police clash with smugglers\nMarch 3, 2024 was the third day of the standoff at the bridge.\n"
                + _BODY)
    assert s.published == ""
