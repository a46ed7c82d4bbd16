"""Site chrome in pasted or saved text (video notices, captions, republication notices, share
and subscribe rows, headline lists) is left out of the article, every line of the article
body is kept, and the import says how many lines it left out (new-user session). Invented
texts."""

from __future__ import annotations

import subprocess
import sys

import pytest

from annotate.boilerplate import find_boilerplate, removed_notice
from annotate.text import masked

BODY = [
    "The coastguard boarded a tanker near the northern cape on Sunday, officials in the port city said.",
    "A spokesman said the crew would watch the hearing and share the ship's papers with investigators.",
    "The video released by the navy showed sailors on the deck, the ministry said.",
    "Subscribers to the port's alert service were told the harbour would stay closed until Tuesday.",
    "The footage, courtesy of a fisherman, showed smoke above the bow, a witness told reporters.",
    "This report was originally published by the ministry in Greek and translated by its own staff, the ministry said.",
    "Watch: the harbour master said the inspection would take days, and that no ship would leave until it ended.",
]


def _kept(text: str) -> str:
    return masked(text, find_boilerplate(text))


@pytest.mark.parametrize("chrome, kind", [
    ("This video cannot be played", "video"),
    ("Sorry, this video is not available in your region", "video"),
    ("Watch: Smoke rises over the harbour after the raid", "video"),
    ("Click this link for the original source of this article.", "republication"),
    ("This content is courtesy of the Northern Wire Service.", "republication"),
    ("This article was originally published by The Harbour Gazette.", "republication"),
    ("Republished with permission from Coastal Times.", "republication"),
    ("Share | Tweet | Email", "share"),
    ("Subscribe", "share"),
    ("Subscribe to our channel for the latest updates", "share"),
    ("Download the Harbour Gazette app", "share"),
])
def test_a_line_of_site_chrome_at_the_start_or_end_is_left_out_and_the_body_kept(chrome, kind):
    for text in (f"{chrome}\n\n" + "\n\n".join(BODY) + "\n", "\n\n".join(BODY) + f"\n\n{chrome}\n"):
        removed = find_boilerplate(text)
        assert [r.kind for r in removed] == [kind], (chrome, removed)
        kept = masked(text, removed)
        assert chrome not in [ln.strip() for ln in kept.splitlines()]
        assert all(line in kept for line in BODY)


def test_a_latest_headlines_block_goes_and_the_article_stays():
    text = ("\n\n".join(BODY[:3]) + "\n\nLatest Headlines\n\nFerry strike enters its third day\n"
            "Storm warning issued for the islands\nPort workers vote on new contract\n")
    kept = _kept(text)
    assert "Latest Headlines" not in kept and "Ferry strike" not in kept and "Port workers" not in kept
    assert all(line in kept for line in BODY[:3])


def test_body_sentences_that_mention_videos_sources_or_sharing_are_never_left_out():
    text = "\n\n".join(BODY) + "\n"
    assert find_boilerplate(text) == []
    # A republication-like sentence in the middle of the article stays, as do notices'
    # words inside a paragraph.
    middle = "\n\n".join(BODY[:3] + ["This article was originally published by a partner site, the editor said in a note to readers."] + BODY[3:]) + "\n"
    assert "partner site" in _kept(middle)


def test_the_notice_counts_the_lines_left_out_by_kind():
    text = ("This video cannot be played\nWatch: Smoke over the harbour\n\n" + "\n\n".join(BODY)
            + "\n\nShare | Tweet | Email\n")
    assert removed_notice(text, find_boilerplate(text)) == "3 lines of site text left out: 2 video notices, 1 share line"
    assert removed_notice("\n\n".join(BODY), []) == ""


def test_bluf_import_says_how_many_lines_it_left_out(tmp_path):
    f = tmp_path / "tanker.txt"
    f.write_text("Coastguard boards tanker off the cape\n\nThis video cannot be played\n\n" + "\n\n".join(BODY)
                 + "\n\nClick here to read the original article.\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "tui", "--db", str(tmp_path / "ws.json"), "import", str(f)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "2 lines of site text left out: 1 source notice, 1 video notice" in p.stdout, p.stdout
