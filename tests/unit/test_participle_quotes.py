"""A quote opened after a reporting participle ("..., saying “…"): found even when the text was
cut before its closing mark, and said by the subject of the reporting verb whose clause the
participle closes, not by the subject of the reported clause (invented sentences)."""

from __future__ import annotations

from annotate.nlp.quotes import pair_quotes

from .test_attribution import analyse, who


def test_an_unclosed_quote_after_saying_is_still_a_quote():
    text = "The mayor urged calm on Friday, saying “the river will not flood the old town this year because the dikes hold\n"
    spans, _ = pair_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["the river will not flood the old town this year because the dikes hold"]


def test_an_unclosed_quote_after_an_ordinary_word_is_not_a_quote():
    text = "The mayor urged calm on Friday about the “river that will not flood the old town this year\n"
    spans, _ = pair_quotes(text)
    assert spans == []


def test_a_participle_after_a_reported_clause_is_the_reporter_s():
    text = ("Fisheries Minister Tomas Ekberg told reporters that residents should avoid the lake shore, "
            "adding “the algae bloom is worse than in any year we have recorded.”\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "algae bloom") == "Tomas Ekberg"
