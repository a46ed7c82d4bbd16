"""A list of other stories' headlines at the end of a copied page, with no "Read more:" over
it, is not the article: a new user's page ended with "Speaker - what they said - headline"
lines, and a phrase quoted in them became a quote and "Speaker - With" an actor "With".
All pages here are invented."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotate.boilerplate import find_boilerplate

ARTICLE = (
    "Militants ambush convoy near Kidal\n\n"
    "Gunmen attacked a supply convoy north of Kidal on Tuesday, killing four drivers, the regional governor said.\n\n"
    "\"We will not let the road be closed,\" the governor told reporters in Gao.\n"
)


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.kind, text[r.start : r.end]) for r in find_boilerplate(text)]


def test_speaker_dash_statement_lines_ending_the_page_are_a_teaser_block():
    tail = (
        "Amadou Keita - With the \"new security pact\", there will be no elections this year - Not a chance\n"
        "Chadian Envoy to Niamey - If we want peace, we should all keep our word - The junta says one thing but does another\n"
    )
    text = ARTICLE + "\n" + tail
    assert _removed(text) == [("teaser", tail)]


def test_title_case_headlines_ending_the_page_are_a_teaser_block_with_the_copyright_under_them():
    tail = ("Drone Strike Hits Fuel Depot Outside Port Sudan\n\n"
            "Aid Convoys Wait at the Border as Talks Stall in Jeddah\n"
            "Copyright 2031 Example Wire. All rights reserved.\n")
    text = ARTICLE + "\n" + tail
    removed = _removed(text)
    assert [k for k, _ in removed] == ["teaser", "share"]  # the copyright line keeps its kind
    assert "".join(t for _, t in removed) == tail


def test_bulleted_headlines_ending_the_page_go():
    tail = "- Navy says tanker hit by mine off Hodeidah\n- Insurers raise rates for ships in the strait\n"
    text = ARTICLE + "\n" + tail
    assert _removed(text) == [("teaser", tail)]


@pytest.mark.parametrize("tail", [
    # one unpunctuated line alone: a caption, a place, a credit, a paragraph cut short
    "Smoke rises over the depot after the strike\n",
    "The convoy had left Gao at dawn with fuel for the garrison and",
    # a subheading and the paragraph under it, cut short: the article's own lines, of two shapes
    "- 'A road nobody controls' -\nWedged between two rebel-held districts -- Tessalit",
    # credits
    "By Awa Traore and Jean Mensah\nEdited by Paul Okafor\n",
    # the article's last paragraphs end as sentences
    "The army said it would escort the next convoy.\nTalks resume next week in Algiers.\n",
])
def test_the_article_s_own_last_lines_stay(tail):
    text = ARTICLE + "\n" + tail
    assert not [r for r in find_boilerplate(text) if r.kind == "teaser"]


def test_a_page_of_headlines_only_is_not_emptied():
    text = "Drone Strike Hits Fuel Depot Outside Port Sudan\nAid Convoys Wait at the Border as Talks Stall\n"
    assert find_boilerplate(text) == []


def test_bluf_analyze_finds_no_quote_and_no_actor_in_the_headline_list(tmp_path):
    """As a user runs it: `bluf analyze page.txt` on a page whose list of other stories
    quotes a phrase and puts a name before a dash."""
    page = tmp_path / "kidal.txt"
    page.write_text(
        ARTICLE + "\n"
        "Amadou Keita - With the \"new security pact\", there will be no elections this year - Not a chance\n"
        "Chadian Envoy to Niamey - If we want peace, we should all keep our word - The junta says one thing but does another\n",
        encoding="utf-8",
    )
    run = subprocess.run([sys.executable, "-m", "tui", "analyze", str(page)], capture_output=True, text=True,
                         timeout=300, cwd=tmp_path, env={**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)[0]
    assert [q["text"] for q in out["quotes"]] == ["We will not let the road be closed,"]
    names = {a["name"] for a in out["actors"]}
    assert not names & {"With", "Amadou Keita", "Amadou Keita - With"}, names
    assert [r["kind"] for r in out["removed"]] == ["teaser"]
