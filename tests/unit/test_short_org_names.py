"""A one-word short form of an organisation the article names in full is that organisation, not a
person the model saw ("Ogaden" of the "Ogaden National Front"); a word of a person's name or an
acronym is never the place a person or body is affiliated with; a time after a document's author
is not part of the author's name. Invented sentences about other conflicts, the real spaCy model."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.roles import affiliation, issuer

from .test_attribution import analyse


def _actors(d):
    return {a.name: a for a in d.actors.actors.values()}


def test_a_short_form_of_a_front_named_in_full_is_that_front_and_its_officials_belong_to_it():
    text = ("Ogaden rebels attack army posts\n\n"
            "The Ogaden National Front said on Sunday that its fighters had attacked two army posts. "
            "\"Fighting is continuing after the crime committed by Ethiopian troops,\" senior Ogaden official "
            "Abdi Salem Nur told AFP. Ogaden, in response, vowed to intensify its attacks.\n")
    _, d = analyse(text)
    actors = _actors(d)
    assert "Ogaden" not in actors
    assert actors["Ogaden National Front"].kind == "organization"
    officials = [a for a in actors.values() if a.kind == "person" and a.name.startswith("Abdi Salem")]
    assert officials and officials[0].affiliation == "Ogaden National Front"


def test_a_word_of_a_persons_name_is_not_the_place_of_their_affiliation():
    gaz = load_gazetteer()
    # "Salem" is a city in India: as a word of the official's name it is no affiliation
    assert affiliation(["senior official Ahmed Salem"], gaz, (), frozenset({"Ahmed", "Salem"})) == ""
    assert affiliation(["senior official in Salem"], gaz).startswith("Salem")


def test_an_acronym_is_not_the_town_spelled_the_same():
    gaz = load_gazetteer()
    # "GAYA" (a body's acronym) is no city of Gaya in India; "Gaya" written as a name still is
    assert "India" not in affiliation(["GAYA President"], gaz)
    assert affiliation(["Gaya Governor"], gaz) == "Gaya, India"


def test_the_time_a_document_was_issued_is_not_part_of_its_authors_name():
    assert issuer("A communique issued by the KNU defence ministry late Friday") == "the KNU defence ministry"
    assert issuer("a statement from the Joint Chiefs of Staff on Monday") == "the Joint Chiefs of Staff"
    assert issuer("a statement issued by the army yesterday") == "the army"
    assert issuer("a statement from the Friday Mosque") == "the Friday Mosque"


def test_an_alias_file_name_after_another_nations_demonym_is_that_nations_body():
    text = ("Rebels attack bases\n\n"
            "The rebel agency said, \"The Somali People's Liberation Army launched intense attacks on army bases.\" "
            "The political bureau of the Somali People's Liberation Army confirmed that several sites were attacked. "
            "China's People's Liberation Army held drills.\n")
    _, d = analyse(text)
    actors = _actors(d)
    somali = actors["Somali People's Liberation Army"]
    assert somali.kind == "organization" and somali.affiliation == "Somalia"
    assert actors["People's Liberation Army"].affiliation == "China"  # the one named without another demonym


def test_the_front_after_a_front_named_in_full_is_that_front():
    text = ("Rebels declare war\n\n"
            "The Kanuri Liberation Front on Friday declared war on the government. "
            "\"We will respond adequately and as promised,\" the Front said.\n")
    srcs, d = analyse(text)
    actors = _actors(d)
    assert "The Front" not in actors and "Front" not in actors
    q = d.analyses[srcs[0].id].quotes[0]
    assert d.actors.get(q.actor_id).name == "Kanuri Liberation Front"


def test_the_front_is_no_front_when_the_article_names_two():
    text = ("Fronts split\n\n"
            "The Kanuri Liberation Front and the Tarkan Popular Front met on Friday. "
            "\"We will not sign,\" the Front said.\n")
    srcs, d = analyse(text)
    q = d.analyses[srcs[0].id].quotes[0]
    assert d.actors.get(q.actor_id).name not in ("Kanuri Liberation Front", "Tarkan Popular Front")


def test_a_republic_the_alias_file_does_not_know_is_a_government_and_no_town_named_republic():
    text = ("Border clash\n\n"
            "\"The ceasefire is over,\" added Ahmed Nur, who serves as foreign minister of the Kanuri-declared "
            "Tarkan Arab Democratic Republic (TADR).\n")
    _, d = analyse(text)
    actors = _actors(d)
    assert actors["Tarkan Arab Democratic Republic"].kind == "government"
    assert actors["Ahmed Nur"].affiliation == "Tarkan Arab Democratic Republic"  # not the town of Republic, Missouri


def test_a_title_case_headline_and_a_cut_bracket_do_not_make_new_organisations():
    text = ("Kanuri Liberation Front Declares War on Tarkan\n\n"
            "The Kanuri Liberation Front on Friday declared war on the government of Tarkan. Fighting continued "
            "between Tarkan forces and the Kanuri Liberation Front (Front for the Liberation of Upper Tarka and Lower Tarka).\n")
    _, d = analyse(text)
    names = {a.name for a in d.actors.actors.values()}
    assert "Kanuri Liberation Front" in names
    assert not [n for n in names if n.startswith("Kanuri Liberation Front") and n != "Kanuri Liberation Front"]


def test_an_unnamed_official_of_a_short_named_front_speaks_for_that_front():
    text = ("Ogaden rebels attack army posts\n\n"
            "The Ogaden National Front said on Sunday that its fighters had attacked two army posts. "
            "\"The war only started because of the army,\" a senior Ogaden official said on Monday.\n")
    srcs, d = analyse(text)
    names = {a.name for a in d.actors.actors.values()}
    assert not [n for n in names if "official" in n.lower()]
    q = next(q for q in d.analyses[srcs[0].id].quotes if "war only started" in q.text)
    assert d.actors.get(q.actor_id).name == "Ogaden National Front"


def test_a_title_of_a_named_front_before_the_comma_gives_the_front():
    text = ("Rebels attack\n\n"
            "For his part, the Minister of Information of the Kanuri Liberation Front, Abdi Farah, confirmed that the "
            "army's recklessness had returned the region to square one. Abdi Farah said the people had lost confidence "
            "in the United Nations.\n")
    _, d = analyse(text)
    assert _actors(d)["Abdi Farah"].affiliation == "Kanuri Liberation Front"


def test_a_peoples_plural_is_a_group_not_a_person():
    text = ("Protests in the camps\n\n"
            "In the Tarkani refugee camps, the protests have been repeated by young Tarkanis who demand the front to "
            "\"respond\" to the events. The army attacked Tarkani civilians.\n")
    _, d = analyse(text)
    plural = [a for a in d.actors.actors.values() if "Tarkanis" in a.name]
    assert plural and all(a.kind == "group" for a in plural)
