"""Quote speakers named by their role in the story, on invented sentences of several topics and
countries: a spokesperson or a statement of a bare state body speaks for that body; a lawyer or a
relative named after their principal speaks, not the principal; "the suspect" is the person the
article says was arrested; a noun that a verb of saying in the -ing form modifies ("a colonel
vowing to ...") speaks; words quoted from an agreement are nobody's."""

from __future__ import annotations

from annotate.gazetteer import parse_gazetteer
from annotate.speaker_bodies import body_country, spokesperson_body
from annotate.speaker_referents import suspect_referent

from .test_attribution import analyse, quote, who

_GAZ = parse_gazetteer({
    "country": [{"name": "Senegal", "adjective": "Senegalese", "capital": "Dakar"},
                {"name": "Mali", "adjective": "Malian", "capital": "Bamako"}],
})


def _span(text: str, phrase: str) -> tuple[int, int]:
    i = text.index(phrase)
    return i, i + len(phrase)


def _persons(text: str, *names: str) -> list[tuple[int, int, str]]:
    return sorted((i, i + len(n), n) for n in names for i in [text.index(n)])


# ---------------------------------------------------------------- pure rules

def test_an_unnamed_spokesperson_or_statement_of_a_bare_body_speaks_for_that_body():
    assert spokesperson_body("an army spokesperson") == "army"
    assert spokesperson_body("A military spokesman") == "military"
    assert spokesperson_body("a spokeswoman for the police") == "police"
    assert spokesperson_body("the navy's spokesman") == "navy"
    assert spokesperson_body("the army statement") == "army"
    assert spokesperson_body("a foreign ministry spokesperson") == "foreign ministry"


def test_a_named_or_national_body_or_another_role_is_left_to_other_rules():
    assert spokesperson_body("a Malian army spokesman") is None  # the military body rules name it
    assert spokesperson_body("an army officer") is None
    assert spokesperson_body("a rebel spokesman") is None
    assert spokesperson_body("the spokesman") is None


def test_the_army_after_a_state_s_armed_forces_named_otherwise_is_that_state_s():
    text = "The Senegalese Armed Forces said a patrol came under fire near Ziguinchor. Later the army said two men died."
    assert body_country("army", text, text.index("the army said"), _GAZ, "") == "Senegal"
    text = "The Senegalese Defence Forces said a patrol came under fire. The military said two men died."
    assert body_country("military", text, text.index("The military said"), _GAZ, "") == "Senegal"


def test_the_army_s_own_name_wins_over_another_armed_force_named_after_it():
    text = "The Malian army said it repelled the raid. The Senegalese Armed Forces sent help. The army said ten died."
    assert body_country("army", text, text.index("The army said"), _GAZ, "") == "Mali"


def test_the_suspect_is_the_one_person_the_article_says_was_arrested():
    text = ("A former governor, Ines Calder, was shot at a rally in Ponta Grossa. Police arrested Davi Moura, 38, at the scene.\n"
            "The suspect told investigators he acted alone.\n")
    got = suspect_referent(text, *_span(text, "The suspect"), _persons(text, "Ines Calder", "Davi Moura"))
    assert got is not None and text[got[0] : got[1]] == "Davi Moura"
    text = "The gunman, Piet Vos, opened fire on the crowd. Mayor Ann Lee was unhurt.\nThe gunman later said he regretted it.\n"
    got = suspect_referent(text, *_span(text, "The gunman later")[:1], text.index("The gunman later") + len("The gunman"),
                           _persons(text, "Piet Vos", "Ann Lee"))
    assert got is not None and text[got[0] : got[1]] == "Piet Vos"


def test_no_one_or_two_arrested_people_leave_the_suspect_unnamed():
    text = "Police arrested Davi Moura and detained Rui Lobo after the attack.\nThe suspect told reporters he was innocent.\n"
    assert suspect_referent(text, *_span(text, "The suspect"), _persons(text, "Davi Moura", "Rui Lobo")) is None
    text = "Mayor Ann Lee was shot at a rally.\nThe suspect told reporters he was innocent.\n"
    assert suspect_referent(text, *_span(text, "The suspect"), _persons(text, "Ann Lee")) is None
    text = "Police arrested Davi Moura.\nThe minister told reporters he was pleased.\n"
    assert suspect_referent(text, *_span(text, "The minister"), _persons(text, "Davi Moura")) is None


# ---------------------------------------------------------------- whole analysis

def test_an_army_spokesperson_speaks_for_the_army_the_article_named():
    text = ("Gunmen attacked a border post near Kayes on Sunday, the Malian army said.\n\n"
            '"The attackers were pushed back across the river," an army spokesperson told reporters.\n\n'
            'A military spokesman added: "Our units have been reinforced along the whole border."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "pushed back") == "Malian army"
    assert who(d, srcs[0], "reinforced") == "Malian army"


def test_the_army_statement_after_the_armed_forces_speaks_for_that_state_s_military():
    text = ("The Senegalese Armed Forces said armed smugglers tried to cross the border near Tambacounda on Monday.\n\n"
            '"Several smugglers were killed and the others fled back," the army said in a statement.\n\n'
            '"Our forces will respond firmly to any threat," the army statement said.\n')
    srcs, d = analyse(text)
    first, second = who(d, srcs[0], "Several smugglers"), who(d, srcs[0], "respond firmly")
    assert first is not None and first == second
    assert d.actors.get(quote(d, srcs[0], "Several smugglers").actor_id).affiliation == "Senegal"


def test_a_lawyer_named_after_the_client_speaks_not_the_client():
    text = ("Former mayor Tomas Arce was sentenced to nine years in Valparaiso on Monday.\n\n"
            'Arce\'s lawyer Lucia Ferro told reporters: "My client will appeal. This verdict is political."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "My client will appeal") == "Lucia Ferro"


def test_a_relative_named_after_the_principal_speaks_not_the_principal():
    text = ("The opposition leader Karim Baye was detained in Dakar on Monday.\n\n"
            'Baye\'s brother Moussa Diallo told AFP: "We do not know where they have taken him."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "where they have taken him") == "Moussa Diallo"


def test_the_suspect_s_words_are_the_arrested_man_s():
    text = ("Former senator Olga Rivas was shot while giving a speech in Arequipa on Friday. "
            "Police arrested Hugo Paredes, 44, at the scene.\n\n"
            'Police chief Elena Soto said officers were questioning the man.\n\n'
            'The suspect told investigators: "I was angry with her party, not with her."\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "angry with her party") == "Hugo Paredes"


def test_a_noun_a_participle_of_saying_modifies_speaks():
    text = ("Soldiers seized the state broadcaster in Bamako on Tuesday.\n\n"
            'Led by a colonel vowing to "restore order in the country," armoured cars surrounded the palace.\n')
    srcs, d = analyse(text)
    sp = quote(d, srcs[0], "restore order").speaker
    assert sp is not None and "colonel" in sp.text


def test_words_of_an_agreement_are_not_the_last_speaker_s():
    text = ("Rebel commander Ali Musa and President Jonas Mbeki signed the accord in Arusha on Friday. "
            '"This is a great day for our people," Mbeki told reporters.\n\n'
            'The deal provides for "unhindered access for aid agencies" and a "permanent cessation of hostilities" across the north.\n\n'
            'Under the agreement, the rebels will "hand over their heavy weapons within 30 days".\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "great day") == "Jonas Mbeki"
    for words in ("permanent cessation", "hand over their heavy weapons"):
        assert quote(d, srcs[0], words).speaker is None


def test_an_agreement_quoted_by_a_speaker_is_still_the_speaker_s():
    text = ('President Jonas Mbeki said the deal provides for "a permanent cessation of hostilities" across the north.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "permanent cessation") == "Jonas Mbeki"


def test_the_one_who_tells_of_an_arrest_is_not_the_suspect():
    text = ("Chief Rosa Mend said officers were questioning the man arrested at the scene, Piet Vos.\n"
            "The suspect said he acted alone.\n")
    got = suspect_referent(text, *_span(text, "The suspect"), _persons(text, "Rosa Mend", "Piet Vos"))
    assert got is not None and text[got[0] : got[1]] == "Piet Vos"


def test_a_lone_quote_is_the_words_of_whoever_the_next_sentence_says_said_them():
    text = ("Mayor Clara Neves condemned the attack on the rally in Braga on Sunday.\n\n"
            '"I did it because of the new tax law." That is what the suspect, Rui Matos, told investigators on Monday, police said.\n\n'
            '"Nobody else was involved." Those were the words the suspect used when questioned again.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "new tax law") == "Rui Matos"
    assert who(d, srcs[0], "Nobody else was involved") == "Rui Matos"


def test_a_country_ending_the_sentence_before_does_not_own_the_army_of_the_next():
    text = "Gunmen crossed the border from Senegal.\n\nThe army said five died."
    assert body_country("army", text, text.index("The army said"), _GAZ, "Mali") == "Mali"
    text = "Gunmen crossed the border from Senegal. The army said five died."
    assert body_country("army", text, text.index("The army said"), _GAZ, "Mali") == "Mali"


def test_its_statement_speaks_for_the_body_it_stands_for():
    text = ("The Malian army said on Sunday its units had clashed with smugglers near the border with Senegal.\n\n"
            'Its statement said the soldiers "will continue to protect the border with all means."\n\n'
            'The military said "two soldiers were wounded" in the clash.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "protect the border") == "Malian army"
    assert who(d, srcs[0], "two soldiers were wounded") == "Malian army"


def test_a_participle_of_saying_opening_the_sentence_is_said_by_its_subject():
    text = ("Soldiers seized the state broadcaster in Bamako on Tuesday.\n\n"
            'After vowing to "restore order in the country," Colonel Ibrahim Keita ordered troops into the palace.\n\n'
            'Declaring a "state of emergency across the north," President Amadou Diallo closed the borders.\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "restore order") == "Ibrahim Keita"
    assert who(d, srcs[0], "state of emergency") == "Amadou Diallo"


def test_a_participle_of_saying_under_a_verb_of_saying_is_that_verb_s_subject_s():
    text = ("An army spokesman, Philip Deng, said monitors were being sent to the north.\n\n"
            'President Samuel Okot has insisted he wants peace, telling crowds in the capital on Sunday that '
            '"we have ordered our forces not to move from where they are".\n')
    srcs, d = analyse(text)
    assert who(d, srcs[0], "ordered our forces") == "Samuel Okot"


def test_a_bare_body_after_the_same_body_named_with_capitals_is_that_country_s():
    text = "The Senegal National Police said two officers were hurt. A police spokesman said the men fled."
    assert body_country("police", text, text.index("A police spokesman"), _GAZ, "") == "Senegal"
    text = "The Mali Army said the raid failed. Later the army said ten died."
    assert body_country("army", text, text.index("the army said"), _GAZ, "") == "Mali"


def test_the_aged_man_is_the_suspect_and_a_name_after_a_quoted_report_is_not():
    text = ("Former premier Lars Holm was shot in Malmo. Police arrested a 41-year-old man at the scene, identified as Erik Sand.\n"
            'Police said the suspect told them he hated "a certain group" he believed Holm was linked to.\n'
            "The 41-year-old man told police he acted alone.\n")
    persons = _persons(text, "Lars Holm", "Erik Sand") + [(text.index("Holm was"), text.index("Holm was") + 4, "Holm")]
    got = suspect_referent(text, *_span(text, "The 41-year-old man"), sorted(persons))
    assert got is not None and text[got[0] : got[1]] == "Erik Sand"
    assert suspect_referent(text, *_span(text, "Police said")[:1], text.index("Police said") + 6, sorted(persons)) is None
