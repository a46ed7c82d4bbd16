"""A dateline is never a title and a file name is never an outlet (issue 14, point 4).
Invented lines and pages."""

from __future__ import annotations

import pytest

from annotate.datelines import is_dateline, is_file_name
from annotate.importers import import_paths

BODY = ("Pakistan said on Thursday that Indian drones struck three sites near the border overnight, "
        "and its army spokesman said the country would respond at a time of its choosing.\n")


@pytest.mark.parametrize("line", [
    "Today : May 08, 2025", "ISLAMABAD, May 29 (Reuters) -", "NEW DELHI, May 7 (AP) —", "Friday 9 May 2025 10:30 GMT",
    "Updated: 07.05.2025 14:02 IST", "May 8, 2025", "KARACHI, Pakistan, May 10 (AFP) -", "Published 3 hours ago",
    "# Sunday, 11 May 2025",
])
def test_datelines(line):
    assert is_dateline(line)


@pytest.mark.parametrize("line", [
    "Drones hit Kyiv on May 8", "May Day protests in Paris", "Pakistan Vows Response After Strikes", "Ceasefire holds",
    "The 7 May attack", "Houthis claim attack on ship in Red Sea", "",
])
def test_headlines_are_not_datelines(line):
    assert not is_dateline(line)


def test_file_names():
    assert is_file_name("strikes.html") and is_file_name("article.php") and is_file_name("notes", "notes.txt")
    assert not is_file_name("Reuters") and not is_file_name("BBC News") and not is_file_name("Dawn.com is", "")


def test_a_dateline_line_is_not_the_title_the_headline_after_it_is(tmp_path):
    (tmp_path / "a.txt").write_text("Today : May 08, 2025\n\nPakistan Vows Response After Strikes\n\n" + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("ISLAMABAD, May 29 (Reuters) -\n\n" + BODY, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Pakistan Vows Response After Strikes\n\n" + BODY, encoding="utf-8")
    titles = {s.name: s.title for s in import_paths([tmp_path]).sources}
    assert titles == {"a.txt": "Pakistan Vows Response After Strikes", "b.txt": "", "c.txt": "Pakistan Vows Response After Strikes"}


def test_a_saved_page_s_file_name_is_not_its_outlet_nor_its_title(tmp_path):
    page = "<html><head><title>{}</title><meta property='og:site_name' content='{}'></head><body><article><h1>{}</h1><p>{}</p><p>{}</p></article></body></html>"
    (tmp_path / "strikes.html").write_text(page.format("Pakistan vows response | strikes.html", "strikes.html", "Today : May 08, 2025", BODY, BODY), encoding="utf-8")
    (tmp_path / "site.html").write_text(page.format("Pakistan vows response", "Example Times", "Pakistan vows response", BODY, BODY), encoding="utf-8")
    got = {s.name: (s.title, s.outlet) for s in import_paths([tmp_path]).sources}
    assert got["strikes.html"] == ("Pakistan vows response", "")
    assert got["site.html"] == ("Pakistan vows response", "Example Times")  # a real site name stays
