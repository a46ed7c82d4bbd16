"""One unnamed attacker an article describes ("the gunman fled", "the suspect was arrested"), and a
leader's followers that act. Invented sentences; the pure functions without the model,
the actors with the real spaCy model."""

from __future__ import annotations

from annotate.agent_groups import follower_groups
from annotate.lone_attackers import lone_attacker

from .test_attribution import actor, analyse


def test_one_described_attacker_mentioned_twice_or_acting_is_one_person():
    text = "A man was shot in Brno. The gunman fled on a bicycle. Police said the suspect was held."
    noun, spans = lone_attacker(text, [])
    assert noun == "gunman" and [text[s:e] for s, e in spans] == ["The gunman", "the suspect"]
    assert lone_attacker("An official was stabbed. The attacker fled.", []) is not None


def test_several_attackers_a_named_one_or_a_lone_passing_mention_are_not():
    assert lone_attacker("Two gunmen opened fire. The gunman was killed.", []) is None
    assert lone_attacker("The attackers fled. The attacker's car was found.", []) is None
    assert lone_attacker("Police are looking for another suspect. The suspect fled.", []) is None
    text = "The suspect, Ivo Marek, fled. The suspect was held."
    assert lone_attacker(text, [(13, 22)]) is None
    assert lone_attacker("It is unclear who the attacker was.", []) is None


def test_the_lone_attacker_is_a_person_of_the_story_country():
    text = (
        "Mayor shot dead in Brno\n\n"
        "BRNO, Czech Republic, May 4 - A former mayor was shot dead in Brno on Saturday, Czech police said. "
        "The gunman fired eight shots and fled on a bicycle. Police said the suspect was arrested on Sunday.\n"
    )
    _, d = analyse(text)
    a = actor(d, "the gunman")
    assert a is not None and a.kind == "person" and a.affiliation == "Czech Republic"
    assert actor(d, "the suspect") is a


def test_a_leaders_followers_that_act_are_a_group_of_the_leaders_country():
    assert follower_groups("Hundreds of Okafor's supporters then rushed the square.") == {"Okafor": [(12, 31)]}
    assert follower_groups("Okafor's supporters are many.") == {}
    text = (
        "Coup bid fails in Paraguay\n\n"
        "ASUNCION, May 4 - Soldiers stormed the palace in Asuncion on Tuesday. President Luis Okafor "
        "denounced the move. Hundreds of Okafor's supporters then rushed the square outside the palace.\n"
    )
    _, d = analyse(text)
    crowd = actor(d, "Okafor supporters")
    assert crowd is not None and crowd.kind == "organization" and crowd.affiliation == "Paraguay"


def test_a_countrys_embassy_is_a_government_body_of_that_country():
    text = (
        "Latvia expels diplomats\n\n"
        "RIGA, May 4 - Latvia cut ties with Belarus on Tuesday and ordered the staff of the Belarusian "
        "Embassy in Riga to leave. The Belarusian Embassy in Riga said it would comply.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Belarusian Embassy in Riga")
    assert a is not None and a.kind == "government" and a.affiliation == "Belarus"
