"""Who "he said", "it added" and "the minister said" stand for when the model tags a name
badly or an outlet carries the claim. Invented sentences, invented names and places."""

from __future__ import annotations

import pytest

from .test_attribution import analyse, who


def test_a_lone_surname_subject_the_model_left_untagged_is_the_pronouns_antecedent():
    # "Haba told AFP he believed ...": the lawyer named in full before, not the minister
    text = ("One of Dunn's lawyers, Jocamey Haba, told AFP his client was back in his cell.\n"
            "Justice Minister Alphonse Charles Wright said earlier that \"armed men\" burst into the prison.\n"
            "Inside, the group went to his cell, the source said. Haba told AFP he believed his client had been "
            "\"kidnapped\" and his life was \"in danger\".\n"
            "\"He trusts the courts of his country, which is why he would never try to flee,\" he added.\n")
    (src,), d = analyse(text)
    assert who(d, src, "kidnapped") == "Jocamey Haba"
    assert who(d, src, "in danger") == "Jocamey Haba"
    assert who(d, src, "He trusts the courts") == "Jocamey Haba"


def test_he_after_a_quote_of_the_foreign_secretary_is_the_secretary_not_a_subject_before():
    text = ("Prime Minister Karl Brandt and President Olaf Sten are likely to meet in Vienna this week.\n"
            "Foreign Secretary Anil Verma said the agreement was finalised after weeks of talks.\n"
            "Brandt and Sten are likely to hold a meeting on the sidelines of the summit.\n\n"
            "\"Over the last several weeks, our negotiators have been in close contact,\" the foreign secretary said "
            "at a media briefing.\n\n"
            "\"As a result of these talks, agreement has been reached on patrols,\" he said.\n")
    (src,), d = analyse(text)
    assert who(d, src, "As a result of these talks") == "Anil Verma"


def test_he_after_a_name_with_a_role_apposition_is_that_person_whatever_the_model_tagged():
    # the model tags "Mahamat Kadri Sow" as an organisation; ", head of FUM," says a person
    text = ("The rebels, known as the Front for Unity in Marula (FUM), crossed the northern border on April 11, "
            "calling for an end to Ostrik's rule.\n\n"
            "FUM had advanced close to the capital, Kessa.\n\n"
            "Marula's military said on Saturday it bombarded the rebels \"to the verge of despair\".\n\n"
            "\"We have offered a truce, but this morning we were bombed again\", Mahamat Kadri Sow, head of FUM, "
            "told AFP late Saturday.\n\n"
            "\"We cannot respect the truce alone. We will not be massacred,\" he added.\n")
    (src,), d = analyse(text)
    assert who(d, src, "We cannot respect the truce") == "Mahamat Kadri Sow"


def test_it_after_a_claim_an_agency_reported_is_the_claimant_not_the_agency():
    text = ("Velorian missiles hit a depot in Karst on Tuesday, officials said.\n\n"
            "The Velorian Guard Corps claimed that it had targeted a spy base in Karst, Velor's state news agency "
            "VNA reported.\n\n"
            "\"We assure our nation that the operations will continue,\" it added.\n")
    (src,), d = analyse(text)
    assert who(d, src, "We assure our nation") == "The Velorian Guard Corps"


def test_it_after_an_agency_that_itself_reported_stays_the_agency():
    text = ("Velor's state news agency VNA reported that a depot burned in Karst on Tuesday.\n\n"
            "\"The fire is out,\" it added.\n")
    (src,), d = analyse(text)
    assert who(d, src, "The fire is out") == "VNA"


def test_the_minister_is_the_titled_minister_the_model_did_not_tag():
    # the model tags only "Interior" of "Interior Minister Tibor Dano Estok"; an earlier
    # minister named in a caption is not "the minister" of a quote after Estok's announcement
    text = ("Defence minister Karl Brun visited troops in Oslen on Monday.\n\n"
            "Oslen, May 16 (OSA) - Police have pressed charges against the man who shot Mayor Olaf Sten on "
            "Wednesday (May 15), Interior Minister Tibor Dano Estok (Voice-SD) announced after a session of the "
            "Security Council on Thursday.\n\n"
            "\"We are working with a single version only,\" stated the minister. Police charged the shooter with "
            "attempted murder.\n\n"
            "\"The suspect took part in several protests,\" noted the Interior Minister.\n")
    (src,), d = analyse(text)
    assert who(d, src, "single version") == "Tibor Dano Estok"
    assert who(d, src, "several protests") == "Tibor Dano Estok"


def test_a_name_after_a_fronted_phrase_speaks_though_the_parser_hung_it_on_that_phrase():
    # "In response to the raid, Oleg Marchenko, press secretary of ..., said": the parser makes the
    # name an apposition of "raid"; it is still who said it
    text = ("Velorian gunboats rammed two tugs near Kessa on Sunday.\n\n"
            "In response to the raid, Oleg Marchenko, press secretary of the Marulan President, said on Twitter "
            "that Petr Dano is convening a military cabinet due to \"an extraordinary incident.\"\n")
    (src,), d = analyse(text)
    assert who(d, src, "an extraordinary incident") == "Oleg Marchenko"


def test_the_message_sent_by_a_group_speaks_for_that_group():
    text = ("Hackers of the Vexa group crippled the tax office of Marula in April.\n\n"
            "\"We look forward to further cooperation with the new president,\" read the message sent by Vexa.\n")
    (src,), d = analyse(text)
    assert who(d, src, "further cooperation") == "Vexa"


@pytest.mark.parametrize("intro", [
    "The cybercriminal group Vexa published a threatening message to the government of Marula.",
    "The Vexa ransomware gang published a threatening message to the government of Marula.",
    "Vexa, a hacker group based abroad, published a threatening message to the government of Marula.",
])
def test_the_hackers_are_the_one_group_of_hackers_the_article_names(intro):
    text = (intro + " It demands $20 million.\n\n"
            "\"Go to your government and organise rallies so that they pay us,\" the hackers concluded.\n")
    (src,), d = analyse(text)
    assert who(d, src, "organise rallies") == "Vexa"


def test_the_hackers_stay_unnamed_when_the_article_names_two_groups_of_hackers():
    text = ("The ransomware gang Vexa and the hacker group Orlin both claimed the attack on Marula's tax office.\n\n"
            "\"Pay us,\" the hackers wrote.\n")
    (src,), d = analyse(text)
    assert who(d, src, "Pay us") not in ("Vexa", "Orlin")


def test_the_name_right_after_a_verb_that_follows_the_quote_speaks_not_a_name_further_on():
    # the parser takes "Odumbe" for the verb's object and a name after the colon for its subject
    text = ("\"Today is a new dawn for Marula,\" Odumbe stressed.\n\n"
            "\"This is not the end of the peace process, it is the beginning,\" warned Odumbe, flanked by the other "
            "two members of the AU mediation team: former Marulan Vice-President Anna Kessler-Moyo and former "
            "Kessan President Tomas Berg.\n")
    (src,), d = analyse(text)
    assert who(d, src, "not the end of the peace process") == "Odumbe"
