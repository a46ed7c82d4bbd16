"""In-article ad and promo lines of an imported page are folded away as boilerplate
(README: "ads ... folded into one ⋯ removed line"), and real sentences that use the
same words stay article text."""

from __future__ import annotations

import pytest

from annotate.importers import import_paths

_BODY_A = ("Peruvian border police exchanged fire with smugglers near Tacna on Tuesday, "
           "the interior ministry said in a statement.")
_BODY_B = ("Two officers were wounded and taken to a hospital in Arica, a regional official "
           "told reporters on Wednesday.")


def _removed_lines(tmp_path, ad_line: str) -> tuple[list[str], str]:
    p = tmp_path / "page.txt"
    p.write_text(f"Border police clash with smugglers in Tacna\n\n{_BODY_A}\n{ad_line}\n{_BODY_B}\n",
                 encoding="utf-8")
    (s,) = import_paths([str(p)]).sources
    return [s.text[r.start:r.end].strip() for r in s.removed], s.text


@pytest.mark.parametrize("ad_line", [
    "STORY CONTINUES BELOW THIS AD",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Continue reading below",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Advertisement - Scroll to continue",
    "Also Read: Fiji's army chief denies coup plot",
    "ALSO READ | Norwegian frigate collides with tanker",
])
def test_an_ad_or_promo_line_inside_an_article_is_removed(tmp_path, ad_line):
    removed, _ = _removed_lines(tmp_path, ad_line)
    assert removed == [ad_line]


@pytest.mark.parametrize("sentence", [
    "The story continues below the surface, investigators said of the tunnel network.",
    "Advertisements for the militia were pasted on walls across the town, residents said.",
    "Continue reading the statement, the spokesman told the crowd before leaving.",
])
def test_a_sentence_using_ad_words_stays_article_text(tmp_path, sentence):
    removed, _ = _removed_lines(tmp_path, sentence)
    assert removed == []
