"""A plain-text page whose second line names the outlet (new user nu16: "Pratidin Time | July
20, 2024", "NDTV Profit", "New Age" under the headline showed no outlet): the line under the
headline gives the outlet when it is a known outlet's name, or a short name and a date cut by
" | " (the date dates the page); never a sentence, a dateline, a byline or an unknown short
name. Invented headlines and bodies through read_source, as `bluf import` reads a .txt."""

from __future__ import annotations

import pytest

from annotate.ingest import read_source

BODY = "\nPolice fired on marchers in Port Veyra on Monday, officials said.\n"


@pytest.mark.parametrize("second, outlet, published", [
    ("Veyra Time | July 20, 2024", "Veyra Time", "2024-07-20"),
    ("NDTV Profit\n2024-08-05", "NDTV Profit", "2024-08-05"),
    ("New Age\nPublished: 21:30, Jul 23, 2024", "New Age", "2024-07-23"),
    ("New Age", "New Age", ""),
    # never a sentence, a dateline, a byline or a short name no outlet list knows
    ("Police said the toll would rise.", "", ""),
    ("July 20, 2024", "", "2024-07-20"),
    ("By Talia Brenn | July 20, 2024", "", "2024-07-20"),
    ("Talia Brenn", "", ""),
    ("Veyra Time | reporting from the coast", "", ""),
    # a byline's name and a date (new user nu16's "Name | date" read as the outlet)
    ("Talia Brenn | July 20, 2024", "", "2024-07-20"),
    ("VeyraNews Global | July 20, 2024", "VeyraNews Global", "2024-07-20"),
])
def test_the_line_under_the_headline_names_the_outlet(tmp_path, second, outlet, published):
    p = tmp_path / "page.txt"
    p.write_text(f"Marchers shot at in Port Veyra\n{second}\n{BODY}", encoding="utf-8")
    src = read_source(p)
    assert (src.outlet, src.published[:10]) == (outlet, published)
    assert src.title in ("", "Marchers shot at in Port Veyra")
