"""What a report tells of an event, and where and when it says it happened: a date after the
article was written is another verb's, a generic reference to agreements is none, the most
precise date of the event's clause wins, a numbered place keeps its number. Every sentence
here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source
from annotate.nlp.events import redate

PUBLISHED = "2025-09-10"  # a Wednesday


def mentions(text: str, published: str = PUBLISHED):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def test_an_event_is_never_dated_after_the_article_that_reports_it():
    # "a day later" is when the agency spoke (after the article was written): not the clash's day
    text = "The agency, which on Tuesday reported the fighting, said a day later that soldiers had clashed with jihadists near Kidal in Mali."
    (m,) = mentions(text)
    assert (m.kind, m.place, m.date) == ("armed_clash", "Kidal", "")
    # the same when the publication date is set after the analysis (the workspace redates)
    (m,) = redate(mentions(text, ""), PUBLISHED, text + "\n")
    assert m.date == ""
    # a day before publication still dates it
    (m,) = mentions("On Tuesday, soldiers clashed with jihadists near Kidal in Mali, the agency said.")
    assert m.date == "2025-09-09"
