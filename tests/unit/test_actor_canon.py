"""Canonical actors on invented news about other conflicts (reader of news on military drills):
headline words, code names and job titles are no actors; one body under its owner's
possessive, a nationality or British and American spelling is one actor; a person's canonical
name is the fullest personal name the article gives, even when the model cut a given name that
is also a capital."""

from __future__ import annotations

from annotate.body_variants import bare_body, same_country
from annotate.gazetteer import load_gazetteer
from annotate.models import Entity
from annotate.nameless_entities import nameless_entities, title_case_line
from annotate.name_variants import spelling_key

from .test_attribution import analyse, quote, who

ARTICLE = (
    "Bolivian Police Kill Two Smugglers, Seize Boats\n\n"
    "Quispe Warns La Paz Over Border Shooting\n\n"
    "LIMA - Bolivian police shot dead two smugglers on Lake Titicaca on Monday, and Peru protested. "
    'Peruvian Defence Minister Ana Quispe said the shooting was "a grave violation of our waters". '
    "Quispe said Lima would recall its envoy.\n\n"
    "The navy said the exercise, named Condor Strike-2023, would go ahead. Operation Iron Shield-2023 began on Tuesday.\n\n"
    "Bolivia's Southern Theatre Command said its boats had been fired on first. "
    'A spokesman for the Southern Theater Command said "we acted in self-defence". '
    'The Bolivian Southern Theater Command later said "the smugglers were armed".\n'
)


def _names(d) -> list[str]:
    return sorted(a.name for a in d.actors.actors.values())


def test_headline_verbs_and_operation_names_are_no_actors():
    srcs, d = analyse(ARTICLE)
    names = _names(d)
    assert not any(n.startswith(("Kill", "Warns", "Seize")) for n in names), names
    assert not any("Strike-2023" in n or "Shield-2023" in n for n in names), names
    assert "Ana Quispe" in names


def test_one_command_under_its_owner_a_nationality_and_two_spellings_is_one_actor():
    srcs, d = analyse(ARTICLE)
    commands = [n for n in _names(d) if "Command" in n]
    assert len(commands) == 1, commands
    a = d.actors.get(d.actors.resolve("Southern Theatre Command"))
    assert a is not None and a.affiliation == "Bolivia"
    assert d.actors.resolve("Bolivia's Southern Theatre Command") == a.id
    assert who(d, srcs[0], "the smugglers were armed") == a.name


def test_commands_of_two_countries_stay_two_actors():
    srcs, d = analyse(
        'The Bolivian Southern Command said "our boats were fired on" near the lake.\n',
        'The Chilean Southern Command said "no vessel crossed the line" in the north.\n',
    )
    commands = [n for n in _names(d) if "Southern Command" in n]
    assert len(commands) == 2, commands


def test_a_command_of_no_known_country_is_not_joined_to_a_country_s():
    srcs, d = analyse(
        'The Bolivian Joint Chiefs of Staff said "our boats were fired on" near the lake.\n',
        'The Joint Chiefs of Staff said "the strike hit a drug boat" and gave no more details.\n',
    )
    assert who(d, srcs[1], "drug boat") != who(d, srcs[0], "boats were fired on")


def test_a_given_name_that_is_a_capital_stays_in_the_canonical_name():
    srcs, d = analyse(
        'Speaking in parliament, Peruvian Defence Minister Lima Duarte said "our patrols will stay on the lake". '
        'Duarte added that "the border is calm".\n',
        'Speaking to reporters, Bolivian Defence Minister Wellington Mamani said that they had a "full grasp" of the boats.\n',
    )
    assert who(d, srcs[0], "our patrols will stay") == "Lima Duarte"
    assert who(d, srcs[0], "the border is calm") == "Lima Duarte"
    assert who(d, srcs[1], "full grasp") == "Wellington Mamani"
    assert not any("Duarte" in al for a in d.actors.actors.values() if a.kind != "person" for al in [a.name, *a.aliases])


def test_title_case_lines_are_headlines_and_sentences_are_not():
    assert title_case_line("Peru Accuses Bolivia, Recalls Envoy")
    assert title_case_line("Fiji Arrests Plotters in Suva After Coup Warning")
    assert title_case_line("NEW LEVEL OF AGGRESSION: ANALYST")
    assert not title_case_line("Peru accused Bolivia on Monday and recalled its envoy.")
    assert not title_case_line("Navy Says")  # two words: too few to tell
    assert not title_case_line("Minister Ana Quispe Of Peru Met President Luis Mamani In La Paz.")


def _ent(text: str, part: str, label: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Entity(start=start, end=start + len(part), label=label, text=part)


def test_headline_entities_need_the_body_to_confirm_them():
    text = ("Fiji Jails Plotters, Condemns Coup Bid\n\nSuva Tikoduadua Warns Army\n\n"
            "A Swift Naval Show of Force\n\n"
            "SUVA - A court jailed four officers on Friday. Police Commissioner Suva Tikoduadua said the army was loyal.\n")
    ents = [_ent(text, "Condemns Coup Bid", "PERSON"), _ent(text, "Suva Tikoduadua", "PERSON"),
            _ent(text, "Suva Tikoduadua", "PERSON", 1), _ent(text, "A Swift Naval Show of Force", "ORG")]
    spans = nameless_entities(text, ents)
    assert (ents[0].start, ents[0].end) in spans  # a verb and nouns of a headline
    assert (ents[1].start, ents[1].end) not in spans  # the body names him
    assert (ents[2].start, ents[2].end) not in spans
    assert (ents[3].start, ents[3].end) in spans  # a heading's phrase, no body


def test_a_code_name_is_given_as_a_name_and_a_body_before_an_aircraft_model_is_not_one():
    text = ("The navy said the drills, named Condor Strike-2023, began on Monday. Bolivia later launched Operation Andes "
            "Shield-2024. The Bolivian Air Force F-16 jets flew over the lake, and Operation Barkhane said it was leaving.\n")
    condor, shield = _ent(text, "Condor", "PERSON"), _ent(text, "Operation Andes Shield-2024", "ORG")
    air_force, barkhane = _ent(text, "Bolivian Air Force", "ORG"), _ent(text, "Operation Barkhane", "ORG")
    spans = nameless_entities(text, [condor, shield, air_force, barkhane])
    assert (condor.start, condor.end) in spans and (shield.start, shield.end) in spans
    assert (air_force.start, air_force.end) not in spans and (barkhane.start, barkhane.end) not in spans


def test_a_text_all_in_capitals_keeps_its_people():
    text = "FIJI POLICE CHIEF RATU NAVALA SAYS COUP PLOT FOILED\nCOMMISSIONER RATU NAVALA TOLD REPORTERS IN SUVA THAT FOUR OFFICERS WERE HELD.\n"
    navala = _ent(text, "RATU NAVALA", "PERSON", 1)
    assert nameless_entities(text, [navala]) == []


def test_a_job_title_is_no_organisation_but_an_office_of_one_is():
    text = ("The raids will go on, said the Senior Fellow from the Oslo Institute. "
            "The Office of the Special Envoy said talks would resume.\n")
    fellow, office = _ent(text, "the Senior Fellow", "ORG"), _ent(text, "The Office of the Special Envoy", "ORG")
    spans = nameless_entities(text, [fellow, office])
    assert (fellow.start, fellow.end) in spans
    assert (office.start, office.end) not in spans


def test_bare_keys_of_a_body_fold_owner_and_spelling():
    gaz = load_gazetteer()
    assert bare_body("Bolivia's Southern Theatre Command", gaz) == ("southern theater command", "Bolivia")
    assert bare_body("the Bolivian Southern Theater Command", gaz) == ("southern theater command", "Bolivia")
    assert bare_body("Southern Theater Command", gaz) == ("southern theater command", "")
    assert bare_body("the NATO Allied Land Command", gaz) == bare_body("NATO's Allied Land Command", gaz) == ("allied land command", "NATO")
    assert bare_body("People's Liberation Army", gaz) is None  # no owner in the name
    assert bare_body("Bolivian Army", gaz) is None  # one word left: too little to be sure
    assert spelling_key("Armoured Brigade") == spelling_key("Armored Brigade")
    assert same_country("Bolivia", "Bolivia", gaz)
    assert not same_country("Bolivia", "Chile", gaz) and not same_country("Bolivia", "", gaz)


def test_an_acronym_s_possessive_is_the_owner_not_part_of_the_body_s_name():
    srcs, d = analyse(
        'The Andean Liberation Front (ALF) claimed the raid. The ALF’s Northern Command said "our fighters hold the pass".\n'
    )
    a = d.actors.get(quote(d, srcs[0], "hold the pass").actor_id)
    assert a is not None and a.name == "Northern Command"
    assert "ALF" in a.affiliation or "Andean Liberation Front" in a.affiliation


def test_a_country_that_is_a_persons_given_name_stays_the_country():
    """"Jordan" in a headline is the country even when the article names "Jordan Hale": the first word of
    a full name is that person only when it is no country's name (nu19: "Israel" joined to Israel Katz)."""
    (src,), d = analyse("Peru: Jordan warns Lima as border fighting rages\n"
                        "Jordanian Defence Minister Jordan Hale wrote on X on Wednesday that the army would \"act\".\n")
    hale = d.actors.get(d.actors.resolve("Jordan Hale"))
    assert hale is not None and hale.kind == "person" and "Jordan" not in hale.aliases
    jordan = d.actors.get(d.actors.resolve("Jordan"))
    assert jordan is not None and jordan.kind == "government"


def test_the_first_word_of_a_full_name_alone_is_still_that_person():
    (src,), d = analyse("Chilean President Xochitl Rapa visited the border on Monday.\n"
                        "\"We will not cede an inch,\" Xochitl said later.\n")
    a = d.actors.get(d.actors.resolve("Xochitl Rapa"))
    assert a is not None and "Xochitl" in a.aliases
