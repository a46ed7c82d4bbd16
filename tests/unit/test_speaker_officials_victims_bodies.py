"""Quote speakers in stories about an attack on a politician and in statements of armed bodies, on
invented sentences: "the minister" is the minister who spoke, never the prime minister who was
shot; a double family name written without the given name is the person named in full; "the
suspect" is the one arrested, never the victim named after "arrested for stabbing"; "the Guards"
is the body named in full before ("the Republican Guards"), not a new actor."""

from __future__ import annotations

from annotate.name_prefixes import double_surname_holder
from annotate.speaker_referents import suspect_referent

from .test_attribution import analyse, who


def _span(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


def _persons(text: str, *names: str) -> list[tuple[int, int, str]]:
    return sorted((i, i + len(n), n) for n in names for i in [text.index(n)])


# ---------------------------------------------------------------- pure rules

def test_a_double_family_name_alone_is_the_one_person_named_in_full_with_it():
    names = {"Matej Sulak Erben", "Ines Calder"}
    assert double_surname_holder("Sulak Erben", names) == "Matej Sulak Erben"
    assert double_surname_holder("Garcia Lopez", {"Ana Garcia Lopez", "Luis Garcia Lopez"}) is None  # two of them
    assert double_surname_holder("Erben", names) is None  # one word: the surname rules decide
    assert double_surname_holder("Ines Calder", names) is None  # no longer name ends with it


def test_the_victim_of_the_deed_the_arrest_was_for_is_not_the_suspect():
    text = ("The man arrested for stabbing former defence minister Kofi Mensah was named as Yaw Boateng, 38.\n"
            "The suspect told investigators he had a grudge.\n")
    got = suspect_referent(text, *_span(text, "The suspect"), _persons(text, "Kofi Mensah", "Yaw Boateng"))
    assert got is not None and text[got[0] : got[1]] == "Yaw Boateng"
    text = ("The gunman fired five shots at premier Lena Varga after a meeting. Police detained Otto Brandt at the scene.\n"
            "The gunman told police he acted alone.\n")
    got = suspect_referent(text, *_span(text, "The gunman told")[:1], text.index("The gunman told") + len("The gunman"),
                           _persons(text, "Lena Varga", "Otto Brandt"))
    assert got is not None and text[got[0] : got[1]] == "Otto Brandt"


def test_a_name_whose_apposition_says_the_suspect_harmed_them_is_the_victim():
    text = ("Police named the suspect as Otto Brandt. Lena Varga, who was shot by the suspect, is recovering.\n"
            "The suspect said he regretted nothing.\n")
    got = suspect_referent(text, *_span(text, "The suspect said")[:1], text.index("The suspect said") + len("The suspect"),
                           _persons(text, "Otto Brandt", "Lena Varga"))
    assert got is not None and text[got[0] : got[1]] == "Otto Brandt"


# ---------------------------------------------------------------- whole analysis

def test_the_minister_is_the_minister_who_spoke_not_the_prime_minister_who_was_shot():
    text = ("Interior Minister Pavel Dusek said on Saturday that the man accused of shooting Prime Minister Ivan Horak "
            "had planned the attack for weeks.\n\n"
            "Horak was shot four times after a cabinet meeting in the town of Zlin.\n\n"
            '"We have charged the suspect with attempted murder," the minister added.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "charged the suspect") == "Pavel Dusek"


def test_the_prime_minister_is_still_the_prime_minister():
    text = ("Prime Minister Ivan Horak met Finance Minister Olga Kral on Monday.\n\n"
            '"The budget is balanced," the prime minister said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "budget is balanced") == "Ivan Horak"


def test_a_double_family_name_speaks_as_the_person_named_in_full():
    text = ("Interior Minister Matias Ruiz Ortega said on Monday that the attacker acted alone.\n\n"
            '"He had no accomplices," Ruiz Ortega told reporters in Quito.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "no accomplices") == "Matias Ruiz Ortega"


def test_the_suspect_told_investigators_is_the_suspect_named_not_the_victim():
    text = ("The man arrested for stabbing former defence minister Kofi Mensah told investigators he had a grudge "
            "against a church, police said on Sunday.\n\n"
            "Police identified the suspect as Yaw Boateng, 38, a trader from Kumasi.\n\n"
            'The suspect told investigators he had a grudge against "a certain religious group" and believed Mensah '
            "was linked to it.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "a certain religious group") == "Yaw Boateng"


def test_an_armed_body_named_again_by_its_head_word_is_that_body():
    text = ("The Republican Guards of Karvonia said on Tuesday they had fired missiles at militant bases across the border.\n\n"
            '"Any threat to our nation will be answered firmly," the Guards said in a statement carried by the state news agency KNA.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "answered firmly") == "Republican Guards of Karvonia" or \
        who(d, srcs[0], "answered firmly") == "Republican Guards"


def test_a_rank_before_a_given_name_that_is_also_a_title_keeps_the_name():
    from annotate.actors import person_name
    from annotate.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert person_name("Colonel Amir Haddad", gaz) == "Amir Haddad"
    assert person_name("General Emir Kovac", gaz) == "Emir Kovac"
    assert person_name("Ruritanian Emir Tamim", gaz) == "Tamim"  # the ruler's title


def test_given_names_with_the_same_letters_are_two_names():
    from annotate.name_variants import close_given

    assert not close_given("amir", "rami")
    assert close_given("mohamed", "mohammed") and close_given("yevgeny", "evgeny")


def test_two_people_of_one_surname_and_anagram_given_names_stay_two_speakers():
    a = '"We held the line," said Colonel Amir Haddad, who heads the border unit of the eastern command.\n'
    b = ('Relatives of the dead soldiers gathered in the capital on Sunday.\n\n'
         '"We learned it on television," said Rami Haddad, a brother of one of the soldiers.\n')
    srcs, d = analyse(a, b)
    assert who(d, srcs[0], "held the line") == "Amir Haddad"
    assert who(d, srcs[1], "on television") == "Rami Haddad"


def test_a_statement_carried_by_an_agency_is_its_issuer_s_not_the_agency_s():
    from annotate.roles import without_carrier

    assert without_carrier("the statement carried by the official KNA news agency") == "the statement"
    assert without_carrier("a statement relayed by state media") == "a statement"
    assert without_carrier("a statement issued by the ministry") == "a statement issued by the ministry"  # its author
    text = ("The Republican Guards of Karvonia said on Tuesday they had fired missiles at militant bases across the border.\n\n"
            'In a statement carried by KNA, the Guards said: "The operations will continue until the border is safe."\n\n'
            '"Any aggression will be met with a crushing response," the statement carried by the official KNA news agency said.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "crushing response") == who(d, srcs[0], "operations will continue")
    assert "KNA" not in (who(d, srcs[0], "crushing response") or "KNA")


def test_a_quote_after_a_sentence_that_reports_someone_speaking_is_theirs_not_the_victim_s():
    text = ("Interior Minister Pavel Dusek told reporters on Saturday that the attack on Prime Minister Ivan Horak "
            "was politically motivated.\n\n"
            'The suspect wanted to kill Horak, the minister told a press conference in Brno. "He acted alone. '
            'He was radicalised on the internet in recent months."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "He acted alone") == "Pavel Dusek"


def test_someone_reported_speaking_between_two_quotes_speaks_the_second():
    text = ('"We have charged the suspect with attempted murder," Police chief Ana Ferro said on Friday.\n\n'
            'Governor Ruth Obi remains in hospital. Doctors said on Friday that her condition had improved. '
            '"She is conscious and able to speak to her family."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "able to speak to her family") != "Ana Ferro"


def test_a_reporting_clause_after_a_name_is_no_apposition_that_gives_the_name_a_title():
    from annotate.gazetteer import load_gazetteer
    from annotate.roles import role_words

    text = "The suspect wanted to kill Horak, the minister told a press conference. Ana Ferro, the police chief, said more."
    words, _ = role_words(text, text.index("Horak"), text.index("Horak") + 5, load_gazetteer())
    assert "minister" not in words
    words, _ = role_words(text, text.index("Ana Ferro"), text.index("Ana Ferro") + 9, load_gazetteer())
    assert "police" in words and "chief" in words


def test_he_told_reporters_is_the_minister_who_spoke_not_the_premier_who_was_shot():
    text = ("Interior Minister Pavel Dusek said on Saturday that the man who shot Prime Minister Ivan Horak had acted alone.\n\n"
            "Horak was shot five times after a government meeting in the town of Zlin on Wednesday.\n\n"
            '"The suspect was a lone wolf who was radicalised after the election," he told reporters.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "lone wolf") == "Pavel Dusek"


def test_a_victim_with_no_one_else_speaking_is_still_the_one_who_says_it():
    text = ("Farmer Tomas Ruiz was shot in the leg by a robber near Cuenca on Sunday.\n\n"
            '"I did not feel anything at first, I just ran to the house," he told reporters.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "just ran to the house") == "Tomas Ruiz"
