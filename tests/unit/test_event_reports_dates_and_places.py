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


def test_agreements_referred_to_in_general_or_as_broken_are_no_agreement():
    for text in ("It was the attempts of Sudanese troops to seize the town in contravention of all our military agreements with Chad "
                 "that caused the crisis, the minister said.",
                 "Sudanese troops crossed the line in contravention of the ceasefire agreement with Chad, the army said on Tuesday."):
        assert "ceasefire_or_agreement" not in {m.kind for m in mentions(text)}, text
    # one agreement, made on a day, still is
    ms = mentions("Sudan's army and the rebels signed a ceasefire agreement in Jeddah on Monday.")
    assert "ceasefire_or_agreement" in {m.kind for m in ms}


def test_the_day_of_the_events_clause_wins_over_a_month_of_the_sentence_also_before_a_publication_date_is_known():
    text = "The crisis deepened in March when 12 soldiers were killed in a clash with jihadists on March 3 near Kidal in Mali."
    (m,) = mentions(text, "2025-03-20")
    assert m.date == "2025-03-03"
    (m,) = mentions(text, "")  # no publication date: nothing resolves, the words kept are the day's
    assert m.date_text == "March 3"
    (m,) = redate([m], "2025-03-20", text + "\n")
    assert (m.date, m.date_end) == ("2025-03-03", "")


def test_a_numbered_spot_keeps_its_number_and_an_area_of_a_named_place_is_that_place():
    (m,) = mentions("Rebels clashed with soldiers at the Patrolling Point 14 (PP 14) area in Afghanistan on Monday.")
    assert (m.country, m.place) == ("Afghanistan", "Patrolling Point 14")
    (m,) = mentions("The clash occurred at the Patrolling Point 14 (PP 14) area of the Panjshir Valley in Afghanistan, "
                    "which remained one of the contentious zones.")
    assert (m.country, m.place) == ("Afghanistan", "Panjshir Valley")


def test_sides_exchanging_views_or_messages_exchange_no_fire():
    for text in ("BANGKOK: Thai and Cambodian commanders met on Monday. \u201cThe talks were productive as both sides exchanged views "
                 "in a positive atmosphere,\u201d an official said.",
                 "The Thai and Cambodian ministers exchanged messages on Monday."):
        assert "armed_clash" not in {m.kind for m in mentions(text)}, text
    (m,) = mentions("Thai and Cambodian troops exchanged fire near the border on Monday.")
    assert m.kind == "armed_clash"


def test_an_undated_source_with_no_publication_date_keeps_a_report_naming_no_place_with_its_own_placed_event():
    from annotate.incidents import cluster_incidents
    from annotate.models import IncidentMention

    a = [IncidentMention(0, 50, "Democratic Republic of the Congo", "armed_clash", "", place="Goma")]
    # its first sentence names no place ("both sides exchanged fire"), its second the town, Bukavu
    b = [IncidentMention(0, 40, "Democratic Republic of the Congo", "armed_clash", ""),
         IncidentMention(41, 90, "Democratic Republic of the Congo", "armed_clash", "", place="Bukavu")]
    incs = cluster_incidents({"a": a, "b": b})
    assert sorted(sorted(i.evidence) for i in incs) == [["a"], ["b"]]
    assert {i.place for i in incs} == {"Goma", "Bukavu"}


def test_a_place_in_apposition_to_the_noun_of_a_place_phrase_is_where_it_happened():
    (m,) = mentions("Rebels and soldiers clashed at the high altitude Panjshir Valley in Afghanistan on Monday.")
    assert (m.country, m.place) == ("Afghanistan", "Panjshir Valley")
    # (only after "the" noun: a headline's name after an event noun, "killed in X attack Maiduguri", is read as before)
    ms = mentions("30 people killed in Boko Haram attack Maiduguri\n\nAt least 15 people were killed on Monday, officials said.")
    assert all(m.place != "Maiduguri" for m in ms)


def test_the_id_an_incident_had_while_undated_still_finds_it_once_its_sources_are_dated():
    from annotate.incidents import cluster_incidents
    from annotate.models import IncidentMention

    def clash(place, date=""):
        return IncidentMention(0, 50, "Mali", "armed_clash", "", date=date, date_text="on Monday" if date else "", place=place)

    before = cluster_incidents({"a": [clash("Gao")], "b": [clash("Kidal")]})
    old = next(i.id for i in before if i.place == "Kidal")
    assert "undated" in old
    after = cluster_incidents({"a": [clash("Gao", "2025-09-01")], "b": [clash("Kidal", "2025-09-08")]},
                              published={"a": "2025-09-02", "b": "2025-09-09"})
    kidal = next(i for i in after if i.place == "Kidal")
    assert kidal.id != old and old in kidal.aliases
    # an earlier id two incidents could have had is neither's
    twice = cluster_incidents({"a": [clash("Gao", "2025-09-01")], "d": [clash("Gao", "2025-09-01")],
                               "b": [clash("Kidal", "2025-08-01")], "c": [clash("Kidal", "2025-08-20")]})
    assert len(twice) == 3
    assert not any(old in i.aliases for i in twice)
