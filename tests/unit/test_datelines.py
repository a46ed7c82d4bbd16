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
    "OSLO (Reuters) -", "NAIROBI, (East Wire) –", "Lisbon, Oct 3 (AFP) Oct 3, 2024", "Created: 14-02-2024 08:10 IST",
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
    # the outlet a page states, saved under its own name in lower case (a new user's ndtv.html)
    assert not is_file_name("NDTV", "ndtv.html") and is_file_name("ndtv", "ndtv.html")


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


@pytest.mark.parametrize("line, iso", [
    ("Published: 7 May 2025, 08:18 AM", "2025-05-07"), ("Today : May 08, 2025", "2025-05-08"),
    ("Updated: 07.05.2025 14:02 IST", "2025-05-07"), ("Posted on the 3rd of June 2024", "2024-06-03"),
    ("Friday 9 May 2025 10:30 GMT", "2025-05-09"), ("2024-11-30", "2024-11-30"),
    ("Updated 3 hours ago", ""), ("ISLAMABAD, May 29 (Reuters) -", ""), ("Yesterday", ""),
    ("Drones hit Kyiv on May 8 2025", ""),  # a headline that mentions a date
    ("Published: 31 February 2025", ""), ("Published: 1 January 2999", ""),  # no such day; the future
])
def test_a_date_line_gives_the_publication_date_only_when_it_is_a_full_date(line, iso):
    from annotate.datelines import dateline_date

    assert dateline_date(line) == iso


@pytest.mark.parametrize("head", [
    "Coastguard seizes tanker off the cape, crew detained",
    "Rebels say they shot down a surveillance drone",
    "Navy ship hit by sea drone ‘taking on water’",
])
def test_a_sentence_case_first_line_is_the_title_and_the_date_line_under_it_the_date(tmp_path, head):
    (tmp_path / "a.txt").write_text(f"{head}\nPublished: 14 March 2024, 09:40 AM\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Sunday, 17 March 2024\n\n{head}\nUpdated 2 hours ago\n{BODY}", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"{head}\n{BODY}", encoding="utf-8")
    got = {s.name: (s.title, s.published) for s in import_paths([tmp_path]).sources}
    assert got == {"a.txt": (head, "2024-03-14"), "b.txt": (head, "2024-03-17"), "c.txt": (head, "")}


def test_a_published_line_wins_over_an_updated_line_and_stated_metadata_over_both(tmp_path):
    (tmp_path / "a.txt").write_text(f"Ceasefire talks stall again\nUpdated: 20 March 2024\nPublished: 18 March 2024\n\n{BODY}",
                                    encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2024-03-01\n---\nCeasefire talks stall again\nPublished: 18 March 2024\n\n{BODY}",
                                   encoding="utf-8")
    got = {s.name: s.published for s in import_paths([tmp_path]).sources}
    assert got == {"a.txt": "2024-03-18", "b.md": "2024-03-01"}


@pytest.mark.parametrize(("text", "title"), [
    # A first paragraph that is a sentence, and one that is a single line: neither is a title.
    ("The coastguard said on Sunday that the crew had been detained.\nMore followed.\n", ""),
    ("Officials met in the capital\n", ""),
    # A sentence-case line that is not the first line of content stays a paragraph (the
    # title-case first line is the title).
    ("Ceasefire Talks Resume In Geneva\n\nthe envoy arrived late\n\nDelegates said talks would go on, officials added\n",
     "Ceasefire Talks Resume In Geneva"),
])
def test_lines_that_are_not_a_sentence_case_headline(tmp_path, text, title):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    src = import_paths([tmp_path]).sources[0]
    assert src.title == title
    assert not any(src.text[h.start:h.end].startswith(("The coastguard", "Officials", "Delegates")) for h in src.headings)


def test_a_headline_may_start_with_a_number(tmp_path):
    (tmp_path / "a.txt").write_text(f"12 sailors missing after patrol boat sinks\n{BODY}", encoding="utf-8")
    assert import_paths([tmp_path]).sources[0].title == "12 sailors missing after patrol boat sinks"


def test_bluf_import_then_export_shows_the_sentence_case_title_and_the_date_line_s_date(tmp_path):
    import subprocess
    import sys

    f = tmp_path / "tanker.txt"
    f.write_text("Coastguard seizes tanker off the cape, crew detained\nPublished: 14 March 2024, 09:40 AM\n\n" + BODY,
                 encoding="utf-8")
    db = tmp_path / "ws.json"
    run = lambda *a: subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, a)],  # noqa: E731
                                    capture_output=True, text=True)
    assert run("import", f).returncode == 0
    md = run("export").stdout
    assert "published 2024-03-14" in md
    source = next(ln for ln in md.splitlines() if "tanker.txt" in ln)
    assert "Coastguard seizes tanker off the cape, crew detained, 2024-03-14" in source
    assert "Published:" not in source


# Wire datelines, desk bylines and CMS date labels (issue: new user's .txt imports). Invented lines.
@pytest.mark.parametrize("line, iso", [
    ("Lisbon, Oct 3 (AFP) Oct 3, 2024", "2024-10-03"), ("Tromso, 3 March (Reuters) 3 March 2023", "2023-03-03"),
    ("Created: 14-02-2024", "2024-02-14"), ("Created: 05-03-2024 08:10 IST", "2024-03-05"),  # day first
    ("Posted: 03-14-2024", "2024-03-14"),  # 14 cannot be a month: month first
    ("Wednesday, March 6, 2024", "2024-03-06"),
    ("TROMSO, Oct 3 (Reuters) -", ""), ("NAIROBI, (East Wire) –", ""),  # a month-day with no year; no date at all
])
def test_wire_datelines_and_dashed_dates(line, iso):
    from annotate.datelines import dateline_date

    assert dateline_date(line) == iso


@pytest.mark.parametrize("line, outlet", [
    ("OSLO (Reuters) – Norway's coast guard said on Monday it had boarded a trawler.", "Reuters"),
    ("TROMSO, Norway, Oct 3 (AP) —", "AP"), ("Lisbon, Oct 3 (AFP) Oct 3, 2024", "AFP"),
    ("NAIROBI, (East Wire) – THE rebels said on Friday they held the port.", "East Wire"),  # as written
    ("(Xinhua) - Officials said the bridge reopened.", "Xinhua"),
    # A month-day with no place before a wire agency's credit (a new user's page: no outlet).
    ("Nov. 18 (UPI) -- Harbour police said the ferry had been searched.", "UPI"),
    ("March 3 (Reuters) - Rebels held the bridge.", "Reuters"),
    ("Nov. 18 (Harbour Club) -- members met.", ""),  # no place and no wire agency: no credit
    ("Harbour Times News Desk", "Harbour Times"), ("By Northfield Desk", "Northfield"),
    # The credit between slashes, the story after it on the same line (invented agencies).
    ("KORVAN, March 3. /NORDPRESS/. The ministry said the ferry had sunk.", "NORDPRESS"),
    ("TALMIR, 12 May /Velan Wire/ - Rebels held the bridge.", "Velan Wire"),
    ("DRASK, Oct. 9. /KNP/", "KNP"),
    # Not credits: a headline with a bracket, an unknown bracket after an ordinary-case word,
    # an expansion, a generic desk, a sentence that names an agency.
    ("Ceasefire talks (Live)", ""), ("Lisbon talks (draft) -", ""), ("NATO (North Atlantic Treaty Organization)", ""),
    ("Web Desk", ""), ("The report carried by Reuters said ships collided.", ""), ("OSLO, Oct 3 (Updated) -", ""),
    ("Korvan, March 3. /NORDPRESS/. The ministry said.", ""),  # an unknown name after an ordinary-case word
    ("KORVAN /NORDPRESS/ said the ferry sank.", ""), ("Prices rose 3% year/on/year in March.", ""),
])
def test_the_outlet_a_dateline_or_desk_byline_credits(line, outlet):
    from annotate.datelines import credit, desk_outlet

    assert (credit(line) or desk_outlet(line)) == outlet


def test_bluf_import_reads_the_outlet_of_a_dateline_with_the_agency_between_slashes(tmp_path):
    """A new user's TASS page: "SEOUL, October 24. /TASS/. A balloon ..." gave no outlet, other
    datelines did. Invented agency and story, through `bluf import` and `bluf sources`."""
    import subprocess
    import sys

    f = tmp_path / "harbour.txt"
    f.write_text("Ferry sinks off Korvan\n\nKORVAN, October 24. /NORDPRESS/. A ferry carrying grain sank off the "
                 "coast of Korvan, the harbour master said.\n\nNo one was hurt, he said.\n", encoding="utf-8")
    db = tmp_path / "ws.json"
    run = lambda *a: subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, a)],  # noqa: E731
                                    capture_output=True, text=True)
    assert run("import", f).returncode == 0
    line = next(ln for ln in run("sources").stdout.splitlines() if "harbour.txt" in ln)
    assert "(NORDPRESS" in line, line


def test_a_dateline_s_month_day_takes_the_year_of_the_same_header_and_no_year_is_guessed():
    from annotate.datelines import leading_date

    assert leading_date(f"Ferry collides with pier\nTROMSO, Oct 3 (Reuters) -\n2024\n{BODY}") == "2024-10-03"
    assert leading_date(f"Ferry collides with pier\nTROMSO, Oct 3 (Reuters) -\n{BODY}") == ""
    # Two different years: no guess.
    assert leading_date(f"Ferry collides with pier\nTROMSO, Oct 3 (Reuters) -\n2024\n2023\n{BODY}") == ""


def test_import_reads_outlet_and_date_from_wire_datelines_and_bylines_and_a_given_outlet_wins(tmp_path):
    head = "Ferry collides with pier in storm"
    (tmp_path / "a.txt").write_text(f"{head}\n\nLisbon, Oct 3 (AFP) Oct 3, 2024\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{head}\n\nOSLO (Reuters) – {BODY}", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"{head}\n\nHarbour Times News Desk | Updated: 05-03-2024 10:02 IST | "
                                    f"Created: 04-03-2024 19:47 IST\n\n{BODY}", encoding="utf-8")
    (tmp_path / "d.txt").write_text(f"{head}\n\nNAIROBI, (East Wire) – {BODY}", encoding="utf-8")
    (tmp_path / "e.md").write_text(f"---\noutlet: The Northern Ledger\n---\n{head}\n\nOSLO (Reuters) – The harbour master said "
                                   "a ferry struck the pier in high winds and no one was hurt.\n", encoding="utf-8")
    (tmp_path / "f.txt").write_text(f"{head}\n\nThe ministry said on Tuesday, March 5, 2024, that {BODY}", encoding="utf-8")
    got = {s.name: (s.title, s.outlet, s.published) for s in import_paths([tmp_path]).sources}
    assert got == {
        "a.txt": (head, "Agence France-Presse (AFP)", "2024-10-03"), "b.txt": (head, "Reuters", ""),  # initials with the name
        "c.txt": (head, "Harbour Times", "2024-03-04"),  # the created date, not the update
        "d.txt": (head, "East Wire", ""),
        "e.md": (head, "The Northern Ledger", ""),
        "f.txt": (head, "", ""),  # a date inside a sentence is the statement's, not the article's
    }


def test_bluf_sources_and_the_brief_show_the_outlet_a_dateline_credits(tmp_path):
    import subprocess
    import sys

    f = tmp_path / "ferry.txt"
    f.write_text("Ferry collides with pier in storm\n\nLisbon, Oct 3 (AFP) Oct 3, 2024\n\n" + BODY, encoding="utf-8")
    db = tmp_path / "ws.json"
    run = lambda *a: subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, a)],  # noqa: E731
                                    capture_output=True, text=True)
    assert run("import", f).returncode == 0
    line = next(ln for ln in run("sources").stdout.splitlines() if "ferry.txt" in ln)
    assert line.endswith("(Agence France-Presse (AFP), 2024-10-03)")
    assert "Agence France-Presse (AFP): Ferry collides with pier in storm, 2024-10-03" in run("export").stdout


@pytest.mark.parametrize("date_line, day", [
    ("Lisbon, Oct 3 (AFP) Oct 3, 2024", "2024-10-02"),
    ("Harbour Times News Desk | Created: 03-10-2024 09:12 IST", "2024-10-02"),
])
def test_yesterday_in_the_text_is_the_day_before_the_date_the_dateline_gives(tmp_path, date_line, day):
    import subprocess
    import sys

    f = tmp_path / "raid.txt"
    f.write_text(f"Militants storm border post overnight\n\n{date_line}\n\nGunmen yesterday attacked a border post in "
                 "northern Mali, killing four soldiers, the army said.\n\nThe army said reinforcements had been sent.\n",
                 encoding="utf-8")
    db = tmp_path / "ws.json"
    run = lambda *a: subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, a)],  # noqa: E731
                                    capture_output=True, text=True)
    assert run("import", f).returncode == 0
    import json

    rows = [json.loads(ln) for ln in run("incidents", "list", "--jsonl").stdout.splitlines() if "Mali" in ln]
    assert rows and all(day in r["dates"].values() for r in rows), rows  # the source's date of the event


@pytest.mark.parametrize("header, outlet", [
    ("AFP\n12 May 2025", "AFP"),  # a wire agency alone on its line
    ("Harbour Broadcasting News\n28 December 2024", "Harbour Broadcasting News"),
    ("3 March 2025\nThe Valley Gazette", "The Valley Gazette"),  # under the date
    ("KBC\n2025-03-03", "KBC"),  # an acronym next to a date
    # Not outlets: an author's name next to the date, a capitalised line with no date near it.
    ("Maria Lopez\n12 May 2025", ""), ("Valley Gazette", ""), ("Minister Resigns Over Leak\n12 May 2025", ""),
])
def test_a_masthead_line_next_to_the_date_under_the_headline_names_the_outlet(header, outlet):
    from annotate.datelines import leading_outlet

    assert leading_outlet(f"Ferry collides with pier\n\n{header}\n\n{BODY}") == outlet


@pytest.mark.parametrize("byline, iso", [
    ("By Ana Ruiz, Harbour Wire, April 2, 2024", "2024-04-02"),
    ("By Ana Ruiz and Tom Berg | Coast Herald | Updated: 9 Nov 2024 17:05", "2024-11-09"),
    ("By Ana Ruiz, 2 April 2024, 08:15 AM GMT", "2024-04-02"),
    ("By Ana Ruiz — Harbour Wire — 2024-04-02", "2024-04-02"),
    ("By Ana Ruiz, Harbour Wire", ""),  # no date
    ("By Ana Ruiz, 5 hours ago", ""),  # no day to read
    ("Ana Ruiz, Harbour Wire, April 2, 2024", ""),  # no "By": not a byline
    ("By April 2, 2024 the ferry was repaired", ""),  # a sentence, not a byline
])
def test_a_byline_ending_in_a_full_date_gives_the_publication_date(byline, iso):
    from annotate.datelines import leading_date

    assert leading_date(f"Ferry collides with pier in storm\n{byline}\n\n{BODY}") == iso


def test_a_slashed_date_line_is_read_only_in_an_order_the_page_or_its_language_settles(tmp_path):
    from annotate.datelines import leading_date

    head = "Ferry collides with pier in storm"
    assert leading_date(f"{head}\nPosted on 23/04/2024\n{BODY}") == "2024-04-23"  # only day-first can be
    assert leading_date(f"{head}\nPosted on 04/23/2024\n{BODY}") == "2024-04-23"  # only month-first can be
    assert leading_date(f"{head}\nPosted on 03/04/2024\n{BODY}") == ""  # 3 April or March 4: no guess
    assert leading_date(f"{head}\nPosted on 03/04/2024\n{BODY}", language="de") == "2024-04-03"  # German writes the day first
    # the page's other numeric dates show its order
    assert leading_date(f"{head}\nPosted on 03/04/2024\n{BODY}The pier was rebuilt on 11/30/2019.\n") == "2024-03-04"
    (tmp_path / "a.md").write_text(f"---\nlanguage: es\n---\n{head}\n03/04/2024\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{head}\nPosted on 03/04/2024\n\n{BODY}", encoding="utf-8")
    got = {s.name: s.published for s in import_paths([tmp_path]).sources}
    assert got == {"a.md": "2024-04-03", "b.txt": ""}


@pytest.mark.parametrize("line", [
    "April 2, 2024 at 6:40 p.m. EDT", "Apr. 2, 2024 6:40 PM ET", "2024-04-02T18:40:00Z", "2024-04-02T18:40:00+02:00",
    "By Ana Ruiz on April 2, 2024", "Written by Ana Ruiz on 2 Apr 2024", "Updated April 2, 2024, 6:40 PM PT",
])
def test_date_lines_with_a_us_time_zone_an_iso_time_or_a_byline_s_on(line):
    from annotate.datelines import leading_date

    assert leading_date(f"Ferry collides with pier in storm\n{line}\n\n{BODY}") == "2024-04-02"


@pytest.mark.parametrize("line", ["Ferry hits pier at 9 a.m.", "ET phones home", "Written by the winners"])
def test_headlines_with_clock_or_zone_words_are_no_date_lines(line):
    from annotate.datelines import dateline_date

    assert not is_dateline(line) and dateline_date(line) == ""


@pytest.mark.parametrize("line", [
    "By the time the truce held on 2 April 2024, the pier was gone",
    "By the time the truce held on 2 April 2024",
    "By Tuesday most boats had left, 2 April 2024",
])
def test_a_sentence_starting_with_by_is_no_byline(line):
    from annotate.datelines import byline_date

    assert byline_date(line) == ""
    assert byline_date("by Ana Ruiz, April 2, 2024") == "2024-04-02"  # a lower-case "by" before names is a byline


@pytest.mark.parametrize("dateline, outlet", [
    ("KARLOVO, Bulgaria (AA) – Two shells landed near the border on Saturday, officials said.", "Anadolu Agency (AA)"),
    ("LIMA, March 3 (AFP) - Police clashed with a gang in the port on Monday.", "Agence France-Presse (AFP)"),
    ("CHENNAI (PTI) – The state government said the roads were closed.", "Press Trust of India (PTI)"),
    ("QUITO (Reuters) - The army said two soldiers were wounded.", "Reuters"),  # a name, not initials: as written
    ("KESSAVO (Harbour Wire) – The council met on Monday.", "Harbour Wire"),  # no agency of the list: as written
])
def test_an_outlet_read_from_a_datelines_agency_initials_is_shown_with_the_agencys_name(dateline, outlet):
    from annotate.ingest import make_source

    assert make_source(f"Shells land near the border\n\n{dateline}\n\nMore text follows here.\n", "a.txt").outlet == outlet


def test_an_outlet_the_user_gave_is_kept_as_given():
    from annotate.ingest import Meta, make_source

    src = make_source("Shells land\n\nKARLOVO (AA) – Two shells landed.\n", "a.txt", meta=Meta(outlet="AA"))
    assert src.outlet == "AA"


def test_a_story_opening_with_a_bare_agency_credit_imports(tmp_path):
    # "(AFP) - ..." with no place before the credit: the file is imported, not refused.
    (tmp_path / "a.txt").write_text("Ferry sinks off the coast\n\n(AFP) - Twelve people drowned when a ferry "
                                    "capsized on Friday, officials said.\n", encoding="utf-8")
    got = import_paths([tmp_path])
    assert not got.errors and len(got.sources) == 1


def test_a_page_with_no_site_name_takes_it_from_its_title_after_the_headline(tmp_path):
    # A new user's saved page had "<headline> - Arab Observer" as its <title> and no site name:
    # the brief said "Outlet not stated".
    page = "<html><head><title>{}</title></head><body><article><h1>{}</h1><p>{}</p><p>{}</p></article></body></html>"
    (tmp_path / "a.html").write_text(page.format("Border calm after talks - The Valley Ledger", "Border calm after talks", BODY, BODY), encoding="utf-8")
    other = "Officials in Lima said on Monday that the river crossing had reopened after a week of repairs, and traders returned. " * 3
    (tmp_path / "b.html").write_text(page.format("Border calm after talks", "Border calm after talks", other, other), encoding="utf-8")
    got = {s.name: (s.title, s.outlet) for s in import_paths([tmp_path]).sources}
    assert got["a.html"] == ("Border calm after talks", "The Valley Ledger")
    assert got["b.html"] == ("Border calm after talks", "")


@pytest.mark.parametrize("line, outlet", [
    ("news.example.ua | March 23, 2024", "news.example.ua"),
    ("Outlook Fiji | March 23, 2024", "Outlook Fiji"),
    ("Maria Lopez | July 20, 2024", ""),
    ("Jordan Smith | July 20, 2024", ""),
    ("example.com", ""),
])
def test_the_line_under_a_headline_names_a_site_by_its_address_or_a_country_ending_name(line, outlet):
    from annotate.datelines import outlet_line

    assert outlet_line(line) == outlet
