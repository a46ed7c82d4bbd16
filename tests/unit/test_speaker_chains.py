"""Whose words a quote is when one source relays another, or when the quote stands after the
report of a statement (real spaCy model, the whole analysis). Invented sentences."""

from __future__ import annotations

import pytest

from .test_attribution import analyse, quote, who


def speaker(text: str, fragment: str) -> tuple[str | None, str | None, str]:
    """(the speaker's words, the actor's name, the rule) of the quote holding ``fragment``."""
    (src,), d = analyse(text)
    q = quote(d, src, fragment)
    return (q.speaker.text if q.speaker else None), who(d, src, fragment), q.rule


@pytest.mark.parametrize(
    "text,fragment,words,name",
    [
        # An outlet cites a document or a person "as saying": the one cited speaks.
        ("The coastguard held the trawler for \"fishing inside the closed zone,\" state radio cited a "
         "coastguard statement as saying.\n", "closed zone", "a coastguard statement", None),
        ("The rebels shelled the depot for \"breaking the truce,\" the news agency cited Colonel Ivan "
         "Dorn as saying.\n", "breaking the truce", "Colonel Ivan Dorn", "Ivan Dorn"),
        ("Colonel Ivan Dorn was cited as saying \"we will hold the bridge at any cost.\"\n",
         "hold the bridge", "Colonel Ivan Dorn", "Ivan Dorn"),
    ],
)
def test_the_one_cited_as_saying_speaks_not_the_outlet(text, fragment, words, name):
    got_words, got_name, _ = speaker(text, fragment)
    assert got_words == words
    if name is not None:
        assert got_name == name


def test_a_document_named_by_an_acronym_speaks_for_the_body_spelt_out():
    text = ("The Sudanese Armed Forces (SAF) seized the barge near Kosti.\nThe barge was held for \"carrying "
            "contraband fuel,\" state radio cited an SAF statement as saying.\n")
    words, name, _ = speaker(text, "contraband fuel")
    assert words == "an SAF statement"
    assert name is not None and name != "SAF"  # the body the acronym stands for, not the letters


@pytest.mark.parametrize(
    "text,fragment,words,name",
    [
        ("Gunmen attacked a border post overnight.\nA statement issued by the MNDF on Tuesday said armed men in "
         "civilian clothing fired on two patrols near the river.\n“On each occasion, the soldiers executed a measured "
         "response, and no one was hurt.”\n", "On each occasion", "A statement issued by the MNDF", "MNDF"),
        ("Storms battered the islands all week.\nThe Harbour Authority said in a statement that a ferry had run aground "
         "near the reef.\n“The crew of the patrol vessel rescued all eleven passengers from the water.”\n",
         "rescued all eleven", "The Harbour Authority", "Harbour Authority"),
    ],
)
def test_a_lone_quote_after_the_report_of_a_statement_is_its_issuers(text, fragment, words, name):
    got_words, got_name, rule = speaker(text, fragment)
    assert (got_words, rule) == (words, "reported-before")
    assert got_name == name


@pytest.mark.parametrize(
    "text",
    [
        # The paragraph before reports nothing: nobody's words.
        "The storm hit the coast on Monday.\n“Nobody expected the water to rise so fast, not even the old fishermen.”\n",
        # The quote's paragraph says more than the quote: not a lone quote.
        "The ministry said the port was closed.\nOn the quay a sign read “No entry for anyone without a pass today” in red.\n",
    ],
)
def test_no_statement_speaker_without_a_report_right_before_a_lone_quote(text):
    (src,), d = analyse(text)
    assert all(q.rule != "reported-before" for q in d.analyses[src.id].quotes)


# A company: "the company that owns the ship" in a lead, named later; "they" for it; "its website".
_TANKER = (
    "Tanker seized by rebels ‘now in Port Sudan anchorage’\n\n"
    "The tanker ‘Sea Wolf’ seized by the rebels in the Red Sea is now anchored off Port Sudan, the company that owns "
    "the ship said.\n\n"
    "“All contact with the crew has been lost since the gunmen boarded,” they said on Monday.\n\n"
    "The tanker is now in the port, according to a statement by the owner company of the tanker, Nordvik Shipping Limited.\n\n"
    "Nordvik Shipping said the crew are from Greece and Egypt.\n"
)


@pytest.mark.parametrize("fragment", ["now in Port Sudan anchorage", "All contact with the crew"])
def test_the_company_in_a_lead_and_they_are_the_company_named_later(fragment):
    words, name, _ = speaker(_TANKER, fragment)
    assert words in ("the company", "they")
    assert name is not None and name.startswith("Nordvik Shipping")


def test_they_after_a_ministry_spoke_is_the_ministry():
    text = ("The transport ministry said storms had closed the northern ports.\n"
            "“No ferry will leave before the wind drops below gale force,” they said.\n")
    (src,), d = analyse(text)
    q = quote(d, src, "No ferry")
    assert q.speaker is not None and q.speaker.kind == "pronoun"
    assert text[q.speaker.antecedent_start : q.speaker.antecedent_end] == "The transport ministry"


def test_according_to_its_website_is_the_firm_its_stands_for():
    text = ("Hackers hit Oslo-based Nordvik & Berg, a shipping firm with forty vessels.\n"
            "The firm also carries military cargo for “allied navies and coast guards” across the North Sea, "
            "according to its website.\n")
    words, name, rule = speaker(text, "allied navies")
    assert (words, rule) == ("its website", "according-to")
    assert name == "Nordvik & Berg"


def test_the_company_with_no_company_named_has_no_actor():
    text = ("The tanker is now anchored off Port Sudan, the company that owns the ship said.\n"
            "“All contact with the crew has been lost since the gunmen boarded,” they said on Monday.\n")
    _, name, _ = speaker(text, "All contact")
    assert name is None


def test_an_outlet_that_reports_relays_the_words_of_the_one_who_said_them():
    text = ("Latvia’s Prime Minister Ilze Kalna said an explosion that damaged a gas pipeline linking Riga and "
            "Valmiera was a “deliberate act of sabotage”, Reuters reported.\n")
    words, name, _ = speaker(text, "deliberate act")
    assert (words, name) == ("Latvia’s Prime Minister Ilze Kalna", "Ilze Kalna")


def test_an_outlet_alone_stays_the_quotes_source():
    (src,), d = analyse("“We will not negotiate under fire,” Reuters reported.\n")
    q = quote(d, src, "negotiate under fire")
    assert q.speaker is not None and q.speaker.text == "Reuters" and q.speaker.kind == "outlet"


def test_a_headline_repeating_a_quotes_words_without_marks_is_that_speakers_quote():
    text = ("Latvian PM says pipeline blast was deliberate act of sabotage\n"
            "Latvia’s Prime Minister Ilze Kalna said an explosion that damaged a gas pipeline was a "
            "“deliberate act of sabotage”.\n")
    (src,), d = analyse(text)
    head = [q for q in d.analyses[src.id].quotes if q.start < text.index("\n")]
    assert [(q.text, q.rule, q.partial) for q in head] == [("deliberate act of sabotage", "headline-echo", True)]
    assert d.actors.get(head[0].actor_id).name == "Ilze Kalna"


def test_no_headline_echo_of_a_short_phrase_or_from_the_body():
    text = ("Latvian PM condemns blast near Riga\n"
            "Ilze Kalna called the blast “sabotage” on Monday. Later she said the pipeline was a “deliberate act of "
            "sabotage”, officials reported. The blast near Riga was deliberate act of sabotage, police said.\n")
    (src,), d = analyse(text)
    assert all(q.rule != "headline-echo" for q in d.analyses[src.id].quotes)


def test_a_partial_quote_deep_in_the_reported_clause_is_the_speakers():
    text = ("Kalu had threatened reprisals against the owners and staff of any farms in the valley where traitors "
            "or “collaborators” may have hidden.\n")
    words, _, rule = speaker(text, "collaborators")
    assert (words, rule) == ("Kalu", "govern")


@pytest.mark.parametrize(
    "text,fragment,words",
    [
        ("In retaliation, Moscow deployed “high-precision, long-range weapons” to hit a command center.\n",
         "high-precision", "Moscow"),
        ("Ethiopia launched a “law enforcement operation” in Tigray on Wednesday.\n", "law enforcement", "Ethiopia"),
        # the object of a preposition of the agent's verb
        ("On Monday, Chilean President Ana Ortiz referred to the “reckless” launch while speaking in Geneva.\n",
         "reckless", "Chilean President Ana Ortiz"),
        ("Peru sent two frigates to the “occupied” reef on Friday.\n", "occupied", "Peru"),
    ],
)
def test_a_partial_quote_as_a_named_agents_object_is_the_agents_wording(text, fragment, words):
    got, _, rule = speaker(text, fragment)
    assert (got, rule) == (words, "agent-wording")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels seized the “strategic” town of Kalo.\n",  # no named agent, one word: a scare quote
        "Storms hit the “Golden Coast” resort strip on Monday.\n",  # a name
        "The “robust response” was criticised by Oslo.\n",  # the quote is the subject
        "Turkey launched “Operation Claw-Lock” in northern Iraq.\n",  # a name, no one's wording
        "The rebels retreated to the “safe” hills near Kalo.\n",  # a preposition's object, no named agent
    ],
)
def test_no_agent_wording_without_a_named_agent_of_an_active_main_verb(text):
    (src,), d = analyse(text)
    assert all(q.rule != "agent-wording" for q in d.analyses[src.id].quotes)


def test_he_after_a_quote_is_the_person_just_quoted_when_the_parse_makes_him_no_subject():
    text = ("Foreign Secretary Raj Mehta said the talks would go on.\n"
            "Goa and Kerala Chief Minister Anil Nair, in a series of late-night posts on X, said, “This is no truce. "
            "The guns in the middle of Panaji just opened up.” Minutes earlier, he had expressed alarm over "
            "“explosions heard across Panaji.”\n")
    words, name, _ = speaker(text, "explosions heard")
    assert (words, name) == ("he", "Anil Nair")


def test_she_is_not_the_man_just_quoted():
    text = ("Foreign Secretary Rita Mehta said the talks would go on.\n"
            "Goa and Kerala Chief Minister Anil Nair, in a series of late-night posts on X, said, “This is no truce. "
            "The guns in the middle of Panaji just opened up.” Minutes earlier, she had expressed alarm over "
            "“explosions heard across Panaji.”\n")
    _, name, _ = speaker(text, "explosions heard")
    assert name != "Anil Nair"


def test_the_company_named_before_is_not_one_named_later():
    text = ("Evergreen Marine said on Monday that its freighter was hit off Aden.\n"
            "“The crew is safe,” the company said.\n"
            "The ship was insured by the firm Nordvik Shipping Limited.\n")
    (src,), d = analyse(text)
    assert {"Evergreen Marine", "Nordvik Shipping Limited"} <= {a.name for a in d.actors.actors.values()}
    # "the company" is no described body bluf resolves yet: the one named before, or no one.
    assert who(d, src, "crew is safe") in (None, "Evergreen Marine")


def test_a_partial_quote_after_a_nearer_reporter_in_the_clause_is_that_reporters():
    # the parser hangs the quote's clause on the first "said"; the spokesman telling media is nearer
    text = ("Latvia's foreign ministry said the blame for the fire lies with Belarus -- with spokesman Karlis Ozols "
            "telling reporters in Riga a recent smear campaign in Minsk had \"stirred up the arsonists\".\n")
    words, name, rule = speaker(text, "stirred up")
    assert name == "Karlis Ozols"


def test_a_relative_clause_verb_before_the_quote_does_not_take_it():
    text = "Mayor Ines Vela said the rebels, who denied the claim, had used \"banned shells\" against the town.\n"
    words, name, rule = speaker(text, "banned shells")
    assert name == "Ines Vela"


def test_a_reporter_in_the_progressive_leaves_the_quote_to_the_outer_speaker():
    text = "A spokesman, Tomas Berg, said Premier Alva Lind is calling for \"calm on both sides of the river\".\n"
    words, name, rule = speaker(text, "calm on both sides")
    assert name == "Tomas Berg"
