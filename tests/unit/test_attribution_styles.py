"""Who said it, on any outlet's style (issue 15): speakers after the quote, statements and
documents, names in quote marks, verbs of clarifying and judging, descriptions without a verb
of saying. Every sentence here is invented for the test (real spaCy model, whole analysis)."""

from __future__ import annotations

import pytest

from .test_attribution import analyse, quote, who


def speaker_text(text: str, fragment: str) -> str | None:
    (src,), d = analyse(text)
    q = quote(d, src, fragment)
    return q.speaker.text if q.speaker else None


def quoted(text: str) -> list[str]:
    (src,), d = analyse(text)
    return [q.text for q in d.analyses[src.id].quotes]


# Verbs of clarifying, elaborating and of judging (WordNet verb.communication, FrameNet
# Judgment_communication) report the words they govern.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("The port authority later clarified that the leak had been “contained” within an hour.\n", "contained", "The port authority"),
        ("Governor Lise Brandt clarified that the blaze was “localised” to one tank.\n", "localised", "Lise Brandt"),
        ("Senator Ruth Ames lambasted the “spineless” reply of the cabinet.\n", "spineless", "Ruth Ames"),
        ("The mayor elaborated that the new curfew was “temporary and targeted”.\n", "temporary and targeted", "The mayor"),
        ("Nurse leaders blamed the “chaotic” rota for the walkout.\n", "chaotic", "Nurse leaders"),
    ],
)
def test_verbs_of_clarifying_and_judging_report_words(text, fragment, speaker):
    got = speaker_text(text, fragment)
    assert got is not None and speaker in got


def test_the_new_verbs_come_from_the_lexicon_file():
    from annotate.nlp.lexicon import REACTING_VERBS, REPORTING_VERBS

    assert {"clarify", "elaborate", "lambaste", "rebuke", "blame"} <= REPORTING_VERBS
    assert {"lambaste", "rebuke", "blame"} <= REACTING_VERBS  # judging, not saying


def test_a_judgment_under_a_verb_of_saying_keeps_the_sayer():
    assert "Tom Iver" in speaker_text("Mayor Tom Iver said the inspectors had rebuked the “reckless” works.\n", "reckless")


# Names in quote marks: of operations, programmes, exercises, ships, books; not speech.
@pytest.mark.parametrize(
    "text,name",
    [
        ("Farmers enrolled in the “Ani ng Bayan Para sa Lahat” programme this spring.\n", "Ani ng Bayan"),
        ("The ministry said it had launched Operation “Iron Gate” at dawn.\n", "Iron Gate"),
        ("Coastguards said they boarded a tanker named “Blue Heron Star” near the strait.\n", "Blue Heron"),
        ("The navy said the “Northern Lantern Twenty Five” exercise would run for a week.\n", "Northern Lantern"),
        ("The general called it “Operation Steel Harbour” during a briefing.\n", "Steel Harbour"),
        ("Officials said the “Safe Seas For All” campaign had reached every port.\n", "Safe Seas"),
        ("Troops clashed with several \"Free Valley Brigades\" in the hills, the agency reported.\n", "Free Valley"),
    ],
)
def test_a_quoted_title_case_name_is_not_speech(text, name):
    assert all(name not in q for q in quoted(text))


@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("The minister called the blockade “an act of piracy”.\n", "act of piracy", "The minister"),
        ("“We Will Not Leave,” the fishermen’s union said on Monday.\n", "Not Leave", "the fishermen’s union"),
        ("The admiral said the exercise was “Ready And Able” in every sense.\n", "Ready And Able", "The admiral"),
        ("Rival Navy Vows “Swift Reply” To Border Raid\n", "Swift Reply", "Rival Navy"),
        ("The army blamed their “Moscow-backed” allies for the raid.\n", "Moscow-backed", "The army"),
    ],
)
def test_speech_next_to_naming_words_stays_speech(text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


# A document: said by the body that put it out, and a statement "issued by" a body names it.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("The consulate issued a statement calling the detentions “arbitrary and unlawful”.\n", "arbitrary", "The consulate"),
        ("The council put out a statement on Friday describing the shelling as “indiscriminate”.\n", "indiscriminate", "The council"),
    ],
)
def test_a_document_saying_something_speaks_for_whoever_issued_it(text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_statement_issued_by_a_body_names_the_body():
    got = speaker_text("A statement issued by the coastguard said the intrusion was “deliberate and reckless”.\n", "deliberate")
    assert got is not None and "the coastguard" in got


# A quote that describes a reply or a judgment, with no verb of saying: whoever gave it.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("The raids drew a “swift and measured” response from Oslo.\n", "swift and measured", "Oslo"),
        ("The union’s “furious” reply reached the board on Monday.\n", "furious", "The union"),
        ("The plan met a “firm” rebuttal from the ministry of transport.\n", "firm", "the ministry of transport"),
    ],
)
def test_a_quote_describing_a_reply_goes_to_whoever_gave_it(text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_quote_describing_something_else_is_not_given_to_its_owner():
    (src,), d = analyse("The rebels' “silent” drones flew low over the port.\n")
    assert all(q.speaker is None or "rebels" not in q.speaker.text for q in d.analyses[src.id].quotes)


# Institutions the noun lists did not know speak: "the coast guard", "the utility", "the command".
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("The coast guard said the trawler had made “reckless turns” in a statement on Monday.\n", "reckless turns", "The coast guard"),
        ("The water utility said intruders had “deliberately targeted” its pumps.\n", "deliberately targeted", "The water utility"),
        ("The northern air command said its jets had “neutralised” two launchers.\n", "neutralised", "The northern air command"),
    ],
)
def test_an_institution_that_says_something_is_its_speaker(text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_statement_described_before_a_colon_introduces_the_quote():
    got = speaker_text("The harbour board’s statement was curt: “Ferries will not sail until further notice.”\n", "Ferries will not")
    assert got is not None and "harbour board" in got


# An explicit speaker after the quote wins over the subject of the sentence before.
@pytest.mark.parametrize(
    "text",
    [
        "A deckhand of the ferry was hurt. “They rammed us twice and then fired water cannon,” said Okonkwo.\n",
        "A deckhand of the ferry was hurt.\n“They rammed us twice. Then they fired water cannon,” Okonkwo said.\n",
        "Ana Vela, the captain, said the hull was dented. A deckhand was hurt. “They rammed us twice,” Okonkwo told reporters.\n",
    ],
)
def test_an_explicit_speaker_after_the_quote_beats_the_sentence_before(text):
    assert speaker_text(text, "rammed us twice") == "Okonkwo"


# A quote inside a quote never takes the outer quote's speaker.
@pytest.mark.parametrize(
    "text,outer,speaker",
    [
        ("TechPost writes, “The utility’s notice said intruders had ‘deliberately targeted’ the pumps.”\n", "notice said", "TechPost"),
        ("“The mayor told us the dam was ‘perfectly safe’ and we believed her,” said Lena Hall, a farmer.\n", "mayor told us", "Lena Hall"),
        ("‘The general told the crowd the offensive was “only the beginning”,’ the witness said.\n", "general told", "the witness"),
    ],
)
def test_a_nested_quote_keeps_the_outer_speaker(text, outer, speaker):
    (src,), d = analyse(text)
    q = quote(d, src, outer)
    assert q.speaker is not None and q.speaker.text == speaker
    assert len(d.analyses[src.id].quotes) == 1  # the inner words are part of the outer quote


# A question or an exclamation in single marks: the parser ends the sentence at the closing
# mark, the speaker after it still speaks.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("The mayor was asked about the dam.\n'Do you really think I would hide that from you?' the mayor said.\n", "hide that", "the mayor"),
        ("The pilots were grounded. ‘Why would anyone fly in this weather?’ one instructor asked.\n", "Why would anyone", "one instructor"),
    ],
)
def test_a_speaker_after_a_question_in_single_marks(text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_verb_in_a_relative_clause_after_the_quote_is_not_the_reporting_verb():
    (src,), d = analyse("“The shelling never stops,” one nurse, who asked not to be named, said.\n")
    q = quote(d, src, "shelling never stops")
    assert q.speaker is not None and q.speaker.text == "one nurse" and q.verb == "say"


# A reporting clause set off by commas inside the sentence that holds the quote.
@pytest.mark.parametrize(
    "text,fragment,speaker",
    [
        ("The raids, the interior ministry said, were “a clear breach of the truce”.\n", "clear breach", "the interior ministry"),
        ("The new patrols, Admiral Dan Roe told reporters, were “purely defensive”.\n", "purely defensive", "Admiral Dan Roe"),
    ],
)
def test_a_parenthetical_reporting_clause_gives_the_speaker(text, fragment, speaker):
    assert speaker_text(text, fragment) == speaker


def test_a_true_relative_clause_is_no_parenthetical():
    (src,), d = analyse("The drones, which officials said came from the east, caused “minor damage” to the depot.\n")
    assert all(q.speaker is None or q.speaker.text != "officials" for q in d.analyses[src.id].quotes)


# The same marks nested (“… “never again” …”): one quote, the outer speaker's; a missing
# closing mark before a new sentence's quote is no nesting.
def test_a_quote_nested_in_the_same_marks_is_part_of_the_outer_quote():
    (src,), d = analyse("“The colonel told us “not one step back” and then he drove off,” said Mira Kos.\n")
    qs = d.analyses[src.id].quotes
    assert len(qs) == 1 and "not one step back" in qs[0].text and qs[0].speaker.text == "Mira Kos"


def test_an_unclosed_quote_before_a_new_sentence_does_not_swallow_the_next_quote():
    (src,), d = analyse("“We will hold the bridge, the captain said. “We will not retreat,” she added.\n")
    q = quote(d, src, "We will not retreat")
    assert q.text.startswith("We will not retreat")
