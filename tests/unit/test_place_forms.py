"""Places too small for the gazetteer (lakes, posts, roads, lines, banks) and pieces of titles, media
and quoted phrases are never a person or an organisation (annotate/nlp/place_forms.py,
annotate/nlp/name_fragments.py). Every sentence and name is invented; each case first checks the
model's error the rule corrects, then a person in the same shapes stays one."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.nlp.entities import correct_entities

PLACES = ("GPE", "LOC", "FAC")


def labels(nlp, text: str, forced: tuple[str, str] | None = None) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(the model's labels, the labels after bluf's corrections), each entity text -> its labels;
    ``forced``: (a name, a label) the model's error is set to, for an error it makes only at times."""
    doc = nlp(text)
    if forced is not None:
        name, label = forced
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    before: dict[str, set[str]] = {}
    for e in doc.ents:
        before.setdefault(e.text, set()).add(e.label_)
    correct_entities(doc, load_gazetteer())
    after: dict[str, set[str]] = {}
    for e in doc.ents:
        after.setdefault(e.text, set()).add(e.label_)
    return before, after


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        # a lake by its last word, in the language of the place ("Tso": Tibetan)
        ("Both sides pulled back troops from the banks of Tsomo Tso, which became a flashpoint.", "Tsomo Tso", "PERSON"),
        # the items of a list of places
        ("Fighting continued in areas such as Kasro, Mbelu Dara and Tindouk, though some units pulled back from Orlik.",
         "Mbelu Dara", "PERSON"),
        ("Fighting continued in areas such as Kasro, Mbelu Dara and Tindouk, though some units pulled back from Orlik.",
         "Kasro", "ORG"),
        # a name the text only puts where something happens
        ("The commanders will meet at Dravko near Kadrin. The breakthrough came during the meeting of the two "
         "commanders in Dravko, on the western side of the frontier.", "Dravko", "PERSON"),
        # a line's acronym in brackets after it
        ("Tensions rose along the Line of Contact (LoC) in the south after soldiers crossed it.", "LoC", "ORG"),
        # a bank named by its side; what has banks
        ("The talks took place on the South Bank of Mirova. Disengagement on both banks of Tisova was completed.",
         "the South Bank", "ORG"),
        ("The talks took place on the South Bank of Mirova. Disengagement on both banks of Tisova was completed.",
         "Tisova", "ORG"),
        # a military post named after its place
        ("Gunmen attacked the Kelvora post overnight, killing two soldiers.", "Kelvora", "PERSON"),
        # a road between places
        ("Convoys moved along the Marek-Dravko road at night.", "Marek-Dravko", "ORG"),
        ("Work began on the Sarvan-Tolo highway last year.", "the Sarvan-Tolo", "ORG"),
    ],
)
def test_a_small_place_named_by_its_form_or_its_use_is_never_an_actor(nlp, text, name, wrong):
    before, after = labels(nlp, text)
    assert wrong in before[name]  # the model's error the rule corrects
    assert after[name] <= set(PLACES), after


def test_a_listed_place_the_model_cut_is_whole_again(nlp):
    before, after = labels(nlp, "The two sides remained engaged in areas such as Kasro, Rahmat Beg Tolo and Tindouk.")
    assert before.get("Beg Tolo") == {"PERSON"}
    assert after.get("Rahmat Beg Tolo") == {"GPE"} and "Beg Tolo" not in after


def test_a_line_of_something_is_a_place_even_when_its_acronym_spells_it_out(nlp):
    # "(LAS)" spells out "Line of Armed Separation": an organisation's shape, here a boundary's name
    doc = nlp("Soldiers were accused of crossing the Line of Armed Separation (LAS) in the north on Monday.")
    correct_entities(doc, load_gazetteer())
    found = {e.text: e.label_ for e in doc.ents}
    assert found.get("Line of Armed Separation") == "LOC" and found.get("LAS") == "LOC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ricki Lake arrived at the studio on Monday.", "Ricki Lake"),  # a first name before "Lake": a person
        ("Crowds gathered at Dravko on Friday. Dravko said he would not resign.", "Dravko"),  # speaks elsewhere
        ("Minister Ana Pike arrived on Monday. Critics lost confidence in Pike after the vote.", "Pike"),  # a surname
        ("Senator Marie-Anne Dupont-Aignan arrived in Lyon on Monday.", "Marie-Anne Dupont-Aignan"),  # hyphens, a person
    ],
)
def test_a_person_in_the_same_shapes_stays_a_person(nlp, text, name):
    _, after = labels(nlp, text)
    assert "PERSON" in after[name]


def test_a_retirement_mark_is_no_name_and_the_name_before_it_is_a_persons(nlp):
    before, after = labels(nlp, "Colonel Ana Pike (Retd.) explains the course of events.")
    assert any("Retd" in t for t in before)  # the model takes the mark into a name
    assert not any("Retd" in t for t in after) and after.get("Ana Pike") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ('"We are ready," he said on Telegram, putting out a short clip.', "Telegram", "ORG"),
        ("Opposition leader Emeka Nwosu said on Twitter that the deal was a mistake.", "Twitter", "PERSON"),
        ("The minister said in a post on Instagram that talks would resume.", "Instagram", "ORG"),
    ],
)
def test_a_medium_something_was_said_on_is_no_speaker(nlp, text, name, wrong):
    before, after = labels(nlp, text)
    assert wrong in before[name]
    assert after[name] == {"PRODUCT"}


def test_a_quoted_title_the_text_writes_in_lower_case_is_no_name(nlp):
    text = ("'Samay Batao': Opposition leader targets the prime minister over the border standoff. The video, titled "
            "'samay batao' (tell the time), is a compilation of news reports.")
    before, after = labels(nlp, text)
    assert "PERSON" in before["Batao"]
    assert after.get("Samay Batao") == {"WORK_OF_ART"} and "Batao" not in after


def test_a_portfolio_before_a_title_is_no_organisation_but_a_ministry_stays_one(nlp):
    before, after = labels(nlp, "In a call with his counterpart, Home Affairs Minister Ana Pike conveyed the protest.")
    assert before.get("Home Affairs") == {"ORG"}
    assert "Home Affairs" not in after and after["Ana Pike"] == {"PERSON"}
    _, after = labels(nlp, "Ministry of Foreign Affairs Spokesperson Tomas Reyes rejected the claim.")
    assert after.get("Ministry of Foreign Affairs") == {"ORG"}
