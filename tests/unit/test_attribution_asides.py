"""Who said it when something stands between the speaker and the quote (issue 15): a title and
a surname with "of Country", a participle clause between the speaker and "said:", a sentence
that brings in another speaker, a pronoun after an unnamed description; and quotes that are
nobody's words (a scare quote in narration, a quote inside the subject of the verb). Every
sentence here is invented for the test (real spaCy model, whole analysis)."""

from __future__ import annotations

import pytest

from .test_attribution import analyse, quote


def speaker_of(text: str, fragment: str):
    (src,), d = analyse(text)
    return quote(d, src, fragment).speaker, src.text


def quote_texts(text: str) -> list[str]:
    (src,), d = analyse(text)
    return [q.text for q in d.analyses[src.id].quotes]


# A title and a surname the model tags as no person (no entity, or a place), "of Country" after.
@pytest.mark.parametrize(
    "text,fragment,name",
    [
        ("The talks went on. “The border is calm,” President Stobb of Finland said on Friday.\n", "border is calm", "President Stobb"),
        ("“The straits stay open,” Admiral Knapp of Estonia told reporters on Monday.\n", "straits stay open", "Admiral Knapp"),
        ("Flights resumed at noon. “We will rebuild,” Chancellor Plumm of Austria said on Monday.\n", "We will rebuild", "Chancellor Plumm"),
    ],
)
def test_a_title_and_surname_of_a_country_is_a_named_speaker(text, fragment, name):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and sp.text == name and sp.kind == "named"


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("The Defence Ministry of Ukraine said: “Twelve drones were downed.”\n", "Twelve drones"),
        ("“Twelve drones were downed,” the Foreign Ministry of Latvia said.\n", "Twelve drones"),
    ],
)
def test_an_office_of_a_country_keeps_its_country(text, fragment):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and "Ministry of" in sp.text


# A participle clause set off by commas between the speaker and the verb.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("Asked whether Oslo would call on its allies, a foreign ministry official, speaking on condition of anonymity, said: “Our commitments hold.”\n", "commitments hold", "foreign ministry official"),
        ("Pressed about the convoy, an army spokeswoman, citing operational security, said: “We will not discuss troop movements.”\n", "troop movements", "army spokeswoman"),
        ("Questioned about the cables, a coast guard officer, speaking to local radio, told reporters: “The anchor was dragged for miles.”\n", "anchor was dragged", "coast guard officer"),
    ],
)
def test_a_participle_clause_between_speaker_and_verb_keeps_the_speaker(text, fragment, speaker):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and speaker in sp.text


# A short sentence bringing in someone else before a lone quote: that one speaks.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("“It was terrifying,” said Liis Kask, 54. Her neighbour agreed. “We heard them all night.”\n", "all night", "Her neighbour"),
        ("“The roof fell in,” said Jon Berg, 61. Another resident disagreed. “It was only the window, nothing more than that.”\n", "only the window", "Another resident"),
        ("“We lost everything,” said Ana Ruiz.\nHer brother nodded.\n“The water came too fast for anyone.”\n", "too fast", "Her brother"),
    ],
)
def test_a_sentence_bringing_in_another_speaker_beats_continuation(text, fragment, speaker):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and sp.text == speaker


def test_a_narration_sentence_between_quotes_keeps_the_speaker():
    sp, _ = speaker_of("“We lost everything,” said Ana Ruiz. The rain kept falling. “The water came too fast for anyone.”\n", "too fast")
    assert sp is not None and "Ana Ruiz" in sp.text


# A scare quote in narration: no verb of saying in its own sentence, so no speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Fresh violence has killed “several dozen” soldiers and civilians in the north… Residents said the shelling stopped.\n",
        "Fresh violence has killed “several dozen” soldiers and civilians in the north - Residents said the shelling stopped.\n",
        "Heavy rain has flooded “dozens of” homes across the valley... Farmers said the dams broke.\n",
        "Renewed fighting has left “scores” of fighters dead along the frontier\n\nVillagers said they fled at dawn.\n",
    ],
)
def test_a_scare_quote_in_narration_is_nobodys(text):
    (src,), d = analyse(text)
    for q in d.analyses[src.id].quotes:
        assert q.speaker is None, (q.text, q.speaker.text)


def test_a_speaker_in_the_same_sentence_still_speaks_for_a_partial_quote():
    sp, _ = speaker_of("Fresh violence has killed “several dozen” soldiers and civilians since Sunday, residents said.\n", "several dozen")
    assert sp is not None and sp.text == "residents"


# A quote inside the subject of the verb after it: the subject did not say it.
@pytest.mark.parametrize(
    "text,word",
    [
        ("Their “robust” response was criticised by the opposition.\n", "response"),
        ("The “measured” reaction of the cabinet was mocked by critics.\n", "reaction"),
        ("Her “decisive” reply drew praise from the allies.\n", "reply"),
    ],
)
def test_a_quote_inside_the_subject_is_not_the_subjects_words(text, word):
    (src,), d = analyse(text)
    for q in d.analyses[src.id].quotes:
        assert q.speaker is None or word not in q.speaker.text


# Single quotes, curly and straight; a quote cut off at the end of the text.
@pytest.mark.parametrize("o,c", [("‘", "’"), ("'", "'")])
def test_single_quotes_before_the_reporting_verb(o, c):
    sp, _ = speaker_of(f"{o}We will not back down,{c} the president said on Tuesday.\n", "back down")
    assert sp is not None and sp.text == "the president"


@pytest.mark.parametrize("o,c", [("‘", "’"), ("'", "'"), ("“", "”")])
def test_a_quote_cut_off_at_the_end_of_the_text_is_still_a_quote(o, c):
    text = f"The envoy spoke on the radio. {o}No deal is possible,{c} Ortega wrote on X. {o}Why should the people of this country accept the"
    sp, _ = speaker_of(text, "Why should the people")
    assert sp is not None and sp.text == "Ortega"


def test_apostrophes_still_open_no_quote():
    assert quote_texts("Rock 'n' roll fans queued for hours outside the hall, and the band's crew came late.\n") == []


# A pronoun after an unnamed description of one person stands for that description.
@pytest.mark.parametrize(
    "text,fragment,pronoun,described",
    [
        ("Shelling went on overnight, according to a defence ministry spokesman. “The enemy fired twenty rounds,” he said.\n", "twenty rounds", "he", "a defence ministry spokesman"),
        ("Two ferries stayed in port, according to a coast guard spokeswoman. “The winds are too strong for a crossing,” she said.\n", "too strong", "she", "a coast guard spokeswoman"),
        ("Mayor Lars Eng met the police. A police officer said the road was shut. “Nobody can pass until noon,” he said.\n", "until noon", "he", "A police officer"),
        ("Shelling went on overnight, according to a spokesman for the defence ministry. “The enemy fired twenty rounds,” he said.\n", "twenty rounds", "he", "a spokesman for the defence ministry"),
        ("A spokeswoman for the regional governor said two people were hurt. “Both are in hospital now,” she said.\n", "hospital now", "she", "A spokeswoman for the regional governor"),
    ],
)
def test_a_pronoun_stands_for_the_unnamed_description_before_it(text, fragment, pronoun, described):
    sp, src_text = speaker_of(text, fragment)
    assert sp is not None and sp.text == pronoun and sp.kind == "pronoun"
    assert src_text[sp.antecedent_start : sp.antecedent_end] == described


def test_a_pronoun_of_the_other_gender_does_not_take_the_description():
    sp, src_text = speaker_of(
        "Minister Karl Holm flew to the coast. Ferries stayed in port, according to a coast guard spokeswoman. “We are ready,” he said.\n",
        "We are ready",
    )
    assert sp is not None and src_text[sp.antecedent_start : sp.antecedent_end] == "Karl Holm"


def test_a_numbered_command_is_its_own_speaker():
    sp, _ = speaker_of("Norway’s 3rd Coastal Defence Command said: “Foreign troops opened fire first.”\n", "opened fire first")
    assert sp is not None and "Command" in sp.text


@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("“The shelling lasted all night,” a farmer, Ivo Saar, said. His wife was more cautious. “Maybe it will stop soon, who knows.”\n", "stop soon", "His wife"),
        ("The minister was blunt. “We will not pay a single euro for this.”\n", "single euro", "The minister"),
    ],
)
def test_a_sentence_about_how_someone_took_it_brings_them_in(text, fragment, speaker):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and sp.text == speaker


def test_a_sentence_about_a_thing_does_not_bring_anyone_in():
    sp, _ = speaker_of("“We will rebuild,” said Mayor Ott Laan. The damage was extensive. “It will take years, not months.”\n", "take years")
    assert sp is not None and "Ott Laan" in sp.text


# People named by what they are or did ("the suspect", "the hostages") can say something.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("Police said the suspect, a 34-year-old man, had shouted “death to the traitors” before opening fire.\n", "traitors", "the suspect"),
        ("Officials said the hostages had begged “please let us go home” during the raid.\n", "go home", "the hostages"),
    ],
)
def test_a_person_noun_under_a_verb_of_saying_speaks(text, fragment, speaker):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and sp.text == speaker


@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("“The operation is over,” TASS quoted Peskov as saying.\n", "operation is over", "Peskov"),
        ("“The drills are routine,” the Yonhap agency quoted a defence official as saying.\n", "drills are routine", "a defence official"),
    ],
)
def test_an_outlet_quoting_someone_after_the_quote_gives_the_one_quoted(text, fragment, speaker):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and sp.text == speaker


def test_a_body_that_did_not_respond_is_not_brought_in():
    sp, _ = speaker_of("“The wells are dry,” said Omar Said, a farmer. The ministry did not respond. “We need water, not promises.”\n", "not promises")
    assert sp is not None and "Omar Said" in sp.text


# The sentence after a lone quote calls it someone's words.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("“We are monitoring the situation closely.”\n\nThat was the response from the coastguard on Friday.\n", "monitoring", "the coastguard"),
        ("“We will not bow to threats.” Those were the words of Prime Minister Kaja Lind on Sunday.\n", "bow to threats", "Kaja Lind"),
    ],
)
def test_words_described_right_after_a_lone_quote_give_the_speaker(text, fragment, speaker):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and speaker in sp.text


def test_a_sentence_after_a_lone_quote_about_something_else_gives_nobody():
    sp, _ = speaker_of("“We will not bow to threats.” That was the year the war began.\n", "bow to threats")
    assert sp is None


# A title's period ("Lt. Gen.", "Sgt.", "J.") is not a sentence's end.
@pytest.mark.parametrize(
    "text,fragment,name",
    [
        ("“Cambodian forces fired at houses,” army spokesman Col. Richa Sukwan told reporters.\n", "fired at houses", "Richa Sukwan"),
        ("“Thailand attacked first,” ministry spokeswoman Lt. Gen. Maly Sok said.\n", "attacked first", "Maly Sok"),
        ("“We are ready,” Sgt. J. Smith said.\n", "We are ready", "Smith"),
        ("“We are ready,” said Sgt. Ann Holt.\n", "We are ready", "Ann Holt"),
    ],
)
def test_a_title_with_a_period_keeps_the_speaker_after_the_quote(text, fragment, name):
    sp, _ = speaker_of(text, fragment)
    assert sp is not None and name in sp.text and sp.kind == "named"


@pytest.mark.parametrize(
    "text",
    [
        "Kherson was quiet on Sunday. “We slept for the first time in weeks.”\n",
        "Prices were high. “We cannot afford bread any more.”\n",
    ],
)
def test_the_mood_of_a_place_or_a_thing_brings_in_no_speaker(text):
    (src,), d = analyse(text)
    assert all(q.speaker is None for q in d.analyses[src.id].quotes)


def test_a_definite_description_after_a_name_keeps_the_name():
    sp, src_text = speaker_of(
        "Captain Ann Holt reached the pier at dawn. The officer said the crew was safe. “Nobody was hurt,” she said.\n", "Nobody was hurt"
    )
    assert sp is not None and "Ann Holt" in src_text[sp.antecedent_start : sp.antecedent_end]
