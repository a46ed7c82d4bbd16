"""Stance suggestions: cues in quotes and reporting frames, negation, VADER as intensity
only, evidence and reason, never stored as tags."""

from __future__ import annotations

import pytest

from annotate.nlp import stance
from annotate.nlp.stance import cue_hits, load_lexicon

from .test_attribution import analyse


def suggested(text: str, name: str):
    """The suggestion for the actor `name` in `text`, or None when the actor has none. The actor must be
    found: a test that says "no hawkish suggestion" must not pass because the actor is missing."""
    (src,), d = analyse(text)
    aid = d.actors.resolve(name)
    assert aid is not None, f"no actor {name!r}: {sorted(a.name for a in d.actors.actors.values())}"
    return next((s for s in d.suggestions(src.id) if s.actor_id == aid), None)


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("“We will shoot down any aircraft that crosses the line,” General Aron Dahl said.\n", "Aron Dahl", "hawkish"),
        ("Prime Minister Lena Voss urged caution and called for dialogue with Moscow.\n", "Lena Voss", "cautious"),
        ("Spokesman Ilya Gromov denied that any aircraft had entered the airspace.\n", "Ilya Gromov", "denial"),
        ("President Paul Renard declined to specify how the alliance would respond.\n", "Paul Renard", "neutral"),
        ("“If they touch our planes, this will be war,” Ambassador Oleg Tarin said.\n", "Oleg Tarin", "threatening"),
        ("Foreign Minister Karin Alm warned allies not to take the bait.\n", "Karin Alm", "cautious"),
        ("Defence Minister Jan Kral said the army would not shoot down the drones.\n", "Jan Kral", "cautious"),
        ("“We will respond with all means necessary,” Defence Minister Piotr Kaczmar said.\n", "Piotr Kaczmar", "hawkish"),
        ("“Any strike on our soil will be met with a crushing response,” deputy Dmitri Orlov warned.\n", "Dmitri Orlov", "threatening"),
        ("“We are monitoring the situation and are in contact with our allies,” spokesman Jan Berg said.\n", "Jan Berg", "neutral"),
        # A firm answer promised by an ally is hawkish, not a threat.
        ("“Any further violation will be met with a firm response,” spokeswoman Alma Hart said.\n", "Alma Hart", "hawkish"),
    ],
)
def test_suggestions_from_quotes_and_frames(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
    assert s.reason and s.end > s.start


def test_negation_flips_a_cue():
    lex = load_lexicon()
    plain = cue_hits("We are ready to shoot them down.", lex)
    negated = cue_hits("We will not shoot them down.", lex)
    assert [h.label for h in plain] == ["hawkish"] and [h.label for h in negated] == ["cautious"]
    assert negated[0].negated


@pytest.mark.parametrize("prefix", ["", "İstanbul: "])  # 'İ'.lower() is two characters long
def test_cues_are_found_whatever_the_case_at_their_offsets(prefix):
    text = prefix + "We are READY TO Shoot them down, and we will not shoot them down."
    hits = cue_hits(text, load_lexicon())
    assert [(h.label, text[h.start : h.end]) for h in hits] == [
        ("hawkish", "READY TO Shoot"),
        ("cautious", "shoot them down"),  # negated: "not shoot them down"
    ]


def test_vader_sign_never_decides_the_label(monkeypatch):
    text = "“We stand ready to defend every inch of our airspace, and we will,” Minister Eva Brink said happily.\n"
    labels = []
    for sign in (1.0, -1.0):
        monkeypatch.setattr("annotate.nlp.sentiment.tone", lambda t, sign=sign: sign * 0.9)
        labels.append(suggested(text, "Eva Brink").label)
    assert labels == ["hawkish", "hawkish"]


def test_a_speakers_own_title_is_not_evidence():
    # "Defence" in the speaker's title must not count as a hawkish cue.
    s = suggested("“We will wait and see,” Defence Minister Ola Berg said.\n", "Ola Berg")
    assert s is None or s.label != "hawkish"


def test_suggestions_are_never_stored_as_tags(workspace):
    assert any(workspace.suggestions(s.id) for s in workspace.sources())
    assert workspace.stances() == []


def test_a_users_cue_file_replaces_the_bundled_one(tmp_path, monkeypatch):
    f = tmp_path / "cues.toml"
    f.write_text('[hawkish]\ncues = ["flamingo*"]\n', encoding="utf-8")
    monkeypatch.setenv("BLUF_CUES", str(f))
    lex = load_lexicon()
    assert [h.cue for h in cue_hits("Pink flamingos everywhere; shoot them down.", lex)] == ["flamingo*"]
    stance._load.cache_clear()


def test_a_broken_cue_file_is_reported_and_the_bundled_one_used(tmp_path, monkeypatch):
    f = tmp_path / "cues.toml"
    f.write_text("[hawkish\ncues = oops", encoding="utf-8")
    monkeypatch.setenv("BLUF_CUES", str(f))
    lex = load_lexicon()
    assert lex.problems and str(f) in lex.problems[0] and "\n" not in lex.problems[0]
    assert any(c.label == "hawkish" for c in lex.cues)
    stance._load.cache_clear()


@pytest.mark.parametrize(
    "text,name",
    [
        ("“We will shoot down any aircraft that crosses the line,” General Aron Dahl said.\n", "Aron Dahl"),
        ("“We stand ready to defend every inch of our territory,” Minister Eva Lund said.\n", "Eva Lund"),
        ("Defence Minister Jan Kral said the army would not shoot down the drones.\n", "Jan Kral"),
    ],
)
def test_a_reason_quotes_the_words_of_the_text_not_the_cue_pattern(text, name):
    import re

    s = suggested(text, name)
    assert s is not None
    quoted = re.findall(r"“([^”]*)”", s.reason)
    assert quoted, s.reason
    for words in quoted:
        assert words in text, f"{words!r} (from {s.reason!r}) is not in the text"
    assert not re.search(r"[|*()\\]|\.\.\.", s.reason), s.reason


# The speech-act classes of the cue file (CAMEO/PLOVER), negation, modality and the
# speaker's own words, each on invented sentences.
@pytest.mark.parametrize(
    "text,name,label,act",
    [
        # Revenge is a threat.
        ("“We will avenge the blood of our innocent martyrs,” General Tariq Venn said.\n", "Tariq Venn", "threatening", "a threat"),
        # Readiness with a conditional firm answer is deterrence: hawkish, not a threat.
        ("“Our army is ready, but if they attack again our response will be firm,” Defence Minister Hana Ruiz said.\n",
         "Hana Ruiz", "hawkish", "a show of force"),
        # A negated hesitation is resolve, not restraint.
        ("“We will not hesitate to act,” Air Marshal Oskar Lind said.\n", "Oskar Lind", "hawkish", "a show of force"),
        ("“War is never a solution,” Foreign Minister Mira Kato said.\n", "Mira Kato", "cautious", "an appeal for restraint"),
        ("“Our answer was non-escalatory,” spokesman Leo Varga said.\n", "Leo Varga", "cautious", "an appeal for restraint"),
        # Claiming legality is a denial even next to a military action.
        ("“Our forces acted without violating the borders of other states,” spokesman Ivo Petrak said.\n", "Ivo Petrak", "denial", "a denial"),
        # A shoot-down in the condition of an "if" is the other side's act: the threat decides.
        ("“If NATO shoots down a Russian plane over our airspace, this will be war,” Ambassador Ivan Sorokin said.\n",
         "Ivan Sorokin", "threatening", "a threat"),
        # The speaker's own words outweigh the reporter's frame of them.
        ("“We call for restraint,” Foreign Minister Ana Sol said, condemning the strike.\n", "Ana Sol", "cautious", "an appeal for restraint"),
    ],
)
def test_speech_acts_give_their_label_and_say_so(text, name, label, act):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
    assert s.reason.startswith(act + ":"), s.reason


@pytest.mark.parametrize(
    "text,name",
    [
        ("Norway swiftly responded by closing its airspace, and its air defences intercepted two drones.\n", "Norway"),
        ("Defence Minister Rana Malik swiftly closed the airspace, and the army intercepted two drones.\n", "Rana Malik"),
        # a past ability or success reports what happened
        ("Defence Minister Rana Malik said the unit was able to intercept the drones.\n", "Rana Malik"),
        ("Defence Minister Rana Malik said the crews were able to shoot down three drones overnight.\n", "Rana Malik"),
        ("Defence Minister Rana Malik said the crews managed to shoot down three drones overnight.\n", "Rana Malik"),
    ],
)
def test_words_that_report_events_are_not_the_actors_stance(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


def test_an_event_cue_after_a_word_of_intent_is_a_position():
    lex = load_lexicon()
    text = "Minister Eva Dahl made calls for shooting down the drones and intercepting the missiles.\n"
    s = suggested(text, "Eva Dahl")
    assert s is not None and s.label == "hawkish", s
    assert {h.label for h in cue_hits("We will not shoot them down.", lex)} == {"cautious"}


def test_a_cue_file_names_cues_for_a_custom_label(tmp_path, monkeypatch):
    f = tmp_path / "cues.toml"
    f.write_text('[warn_off]\nlabel = "deterrent"\nact = "a warning"\nnegated = "conciliatory"\ncues = ["keep out"]\n', encoding="utf-8")
    monkeypatch.setenv("BLUF_CUES", str(f))
    try:
        lex = load_lexicon()
        assert [(h.label, h.act) for h in cue_hits("They said: keep out.", lex)] == [("deterrent", "a warning")]
        assert [h.label for h in cue_hits("They did not say keep out.", lex)] == ["conciliatory"]
    finally:
        stance._load.cache_clear()


@pytest.mark.parametrize(
    "text,name,label,act",
    [
        # Deliberate acts of pressure are the actor's position in deeds (CAMEO 15-17).
        ("Defence Minister Lena Voss ordered joint military drills near the border.\n", "Lena Voss", "hawkish", "an act of coercion"),
        ("Foreign Minister Karin Alm expelled two diplomats on Monday.\n", "Karin Alm", "hawkish", "an act of coercion"),
        # A reported threat, and a negated "without a response", are threats.
        ("Rebel commander Ivo Petrak threatened a strong and effective answer.\n", "Ivo Petrak", "threatening", "a threat"),
        ("“Any attack will not remain without a response,” commander Oleg Tarin said.\n", "Oleg Tarin", "threatening", "a threat"),
        # Quoted without any stance cue: a plain statement (CAMEO 01), suggested neutral.
        ("“The meeting ended at noon and the delegates went home,” spokesman Jon Brek said.\n", "Jon Brek", "neutral",
         "a statement with no stance cue"),
    ],
)
def test_more_speech_acts_and_plain_statements(text, name, label, act):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
    assert s.reason.startswith(act), s.reason


def test_a_plain_statement_is_outweighed_by_any_cue():
    s = suggested("“The meeting ended at noon, and we urge restraint,” spokesman Jon Brek said.\n", "Jon Brek")
    assert s is not None and s.label == "cautious", s


@pytest.mark.parametrize(
    "text,name",
    [
        # A demand for restraint names the threat it asks to stop: an appeal, not a threat.
        ("Foreign Minister Lia Horn urged both sides to refrain from threatening each other.\n", "Lia Horn"),
        ("“We call on everyone to refrain from threats and provocations,” envoy Tomas Reef said.\n", "Tomas Reef"),
        ("“All parties should abstain from threatening rhetoric,” spokeswoman Nadia Quell said.\n", "Nadia Quell"),
    ],
)
def test_a_call_to_refrain_from_threats_is_an_appeal_for_restraint(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "cautious", s
    assert s.reason.startswith("an appeal for restraint"), s.reason


def test_asking_to_avoid_a_provocation_is_cautious_and_the_reason_says_negated():
    s = suggested("“We ask both armies to avoid any provocation at the border,” envoy Rui Sandoval said.\n", "Rui Sandoval")
    assert s is not None and s.label == "cautious", s
    assert "after a negation" in s.reason, s.reason


def test_threatening_is_the_actors_own_threat_not_what_something_endangers():
    s = suggested("“These drills threaten regional stability,” Foreign Minister Ada Kern said.\n", "Ada Kern")
    assert s is None or s.label != "threatening", s
    s = suggested("Militia leader Omar Dask threatened to strike the port again.\n", "Omar Dask")
    assert s is not None and s.label == "threatening", s


@pytest.mark.parametrize(
    "text,name,label,act",
    [
        # An accusation names whom it blames.
        ("Foreign Minister Ilse Varro accused the neighbours of backing the raid.\n", "Ilse Varro", "hawkish", "an accusation"),
        ("“It is a heinous crime against civilians,” spokesman Teo Brandt said.\n", "Teo Brandt", "hawkish", "an accusation"),
        # A promised answer with a list of adjectives is still a promised answer (to any future
        # attack: deterrence; an answer to an attack already done is a threat, test_stance_general).
        ("“Any attack will get a firm, swift and effective response,” commander Rolf Ekdal said.\n", "Rolf Ekdal", "hawkish", "a show of force"),
        ("Defence Minister Sun Arvo vowed to defend every harbour of the coast.\n", "Sun Arvo", "hawkish", "a show of force"),
        ("“Our forces are well-prepared,” General Kai Moreno said.\n", "Kai Moreno", "hawkish", "a show of force"),
        # Help offered, hope of an end, a call for a truce: cautious.
        ("“We stand ready to support the talks and the delivery of aid,” envoy Pia Laurent said.\n", "Pia Laurent", "cautious", "an intent to cooperate"),
        ("President Omar Vell condemned the escalation and expressed hope that the fighting would stop.\n", "Omar Vell", "cautious", "an appeal for restraint"),
        ("“No, I just hope the fighting ends soon,” President Dan Korr said.\n", "Dan Korr", "cautious", "an appeal for restraint"),
        ("The rebel council pushed for a permanent ceasefire, its leader Amal Rouss said.\n", "Amal Rouss", "cautious", "an appeal for restraint"),
        # Denying a part in it.
        ("“Our unit plays no role in these operations,” commander Luc Ferrand said.\n", "Luc Ferrand", "denial", "a denial"),
        # Reported acting or speaking without any cue: a plain statement, said where.
        ("Interior Minister Rosa Tamm will visit the flooded villages on Friday.\n", "Rosa Tamm", "neutral", "a statement with no stance cue"),
    ],
)
def test_more_general_cues_on_invented_sentences(text, name, label, act):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
    assert s.reason.startswith(act), s.reason


@pytest.mark.parametrize(
    "text,name,wrong",
    [
        # "deter" is not "determined".
        ("“The cause of the blast is being determined,” spokesman Ari Lenz said.\n", "Ari Lenz", "hawkish"),
        # Regret over a loss is condolence; only a promised regret is a threat.
        ("“We feel deep sorrow and regret over the loss of lives,” Governor Mia Stahl said.\n", "Mia Stahl", "threatening"),
        # Events reported in the past, even in the actor's words, are not a call to use force.
        ("“Our air defences intercepted forty drones overnight,” spokesman Ned Orsk said.\n", "Ned Orsk", "hawkish"),
        ("The army said electronic jamming had brought down four drones, spokesman Lev Horak said.\n", "Lev Horak", "hawkish"),
    ],
)
def test_cues_that_do_not_mean_the_stance(text, name, wrong):
    s = suggested(text, name)
    assert s is None or s.label != wrong, s


def test_you_will_regret_it_is_a_threat():
    s = suggested("“They will regret this attack,” General Ruth Maas said.\n", "Ruth Maas")
    assert s is not None and s.label == "threatening", s


def test_what_another_actor_says_inside_a_clause_is_not_the_agents_stance():
    text = "Foreign Minister Ivo Sand blamed Veldia for the raid, which Veldia's President Oren Kask has denied.\n"
    s = suggested(text, "Ivo Sand")
    assert s is not None and s.label == "hawkish", s


# Cues found on news of other conflicts (new-user report), each on invented sentences.
@pytest.mark.parametrize(
    "text,name,label,act",
    [
        # A call to stop hostile acts is an appeal for restraint; what those acts endanger
        # ("that threaten peace and stability") is not the speaker's threat.
        ("Spokeswoman Ana Reyes urged Veldia to “immediately stop all hostile activities that threaten peace and security in the area.”\n",
         "Ana Reyes", "cautious", "an appeal for restraint"),
        ("“Both armies must cease hostilities that threaten a fragile peace,” envoy Karl Obst said.\n", "Karl Obst", "cautious", "an appeal for restraint"),
        # Rejecting an accusation as false, and saying one's own side did not fire, is a denial.
        ("“They falsely accused our navy without any basis, even though our ships did not retaliate at all,” spokesman Tomas Brek said.\n",
         "Tomas Brek", "denial", "a denial"),
        ("“Our border guards did not shoot down the balloon,” spokeswoman Lin Arvid said.\n", "Lin Arvid", "denial", "a denial of an act"),
        ("The ministry dismissed the rebels' version of the ambush, spokesman Ole Rask said.\n", "Ole Rask", "denial", "a denial"),
        # A stated aim to degrade the adversary's forces is hawkish.
        ("Air Force spokesman Ivo Marsh said the jets flew to “reduce the rebels' artillery capabilities to the lowest possible level.”\n",
         "Ivo Marsh", "hawkish", "a show of force"),
        ("“The raids will go on until the militia no longer has the capacity to fire rockets,” Defence Minister Ruth Kall said.\n",
         "Ruth Kall", "hawkish", "a show of force"),
        # Justifying one's own strike, and claiming military success, favour force.
        ("Army spokesman Karl Ode said the army acted in response to a bombing at a border market that killed nine people.\n", "Karl Ode", "hawkish",
         "a justification or claim of force"),
        ("The rebel army claimed to have destroyed three tanks near the river, commander Jon Faro said.\n", "Jon Faro", "hawkish",
         "a justification or claim of force"),
        # A stern warning, and readiness to strike named targets, are threats.
        ("“This is a stern warning to the separatists,” General Wei Lan said.\n", "Wei Lan", "threatening", "a threat"),
        ("“We will not hesitate to strike every depot of the militia,” commander Ari Noor said.\n", "Ari Noor", "threatening", "a threat"),
        # Grief for the victims takes no side, even next to a condemnation of the blast.
        ("Governor Sami Ros condemned the explosion and said: “We share in the grief of the families who lost their loved ones.”\n",
         "Sami Ros", "neutral", "condolences"),
        # Concern is an appeal.
        ("The aid agency said it was deeply concerned about the fate of the displaced, its director Noa Vik said.\n", "Noa Vik", "cautious",
         "an appeal for restraint"),
    ],
)
def test_cues_found_on_news_of_other_conflicts(text, name, label, act):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
    assert s.reason.startswith(act), s.reason


def test_a_will_not_stop_keeps_the_cue_after_it():
    lex = load_lexicon()
    assert [h.label for h in cue_hits("He vowed he would not end the campaign to destroy the militia.", lex)] == ["hawkish"]
    assert [h.label for h in cue_hits("They did not stop the fighting.", lex)] == ["hawkish"]  # a negated appeal


def test_a_past_negation_is_a_denial_only_in_the_actors_words():
    lex = load_lexicon()
    assert [(h.label, h.past) for h in cue_hits("Our troops did not retaliate.", lex)] == [("denial", True)]
    assert [h.label for h in cue_hits("Our troops will not retaliate.", lex)] == ["cautious"]
    # Reported as what was done, a failure to intercept is no denial by the army.
    s = suggested("The coastal army did not intercept the drones on Sunday, General Piet Amsel admitted.\n", "Piet Amsel")
    assert s is None or s.label != "hawkish", s


def test_threatening_peace_is_no_threat_but_threatening_an_answer_is():
    lex = load_lexicon()
    assert not [h for h in cue_hits("Such moves threaten a fragile peace.", lex) if h.label == "threatening"]
    assert [h.label for h in cue_hits("The militia threatened a swift and painful response.", lex)][:1] == ["threatening"]


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("According to a statement from Defence Minister Lena Voss, the convoy reached the port at dawn.\n", "Lena Voss", "neutral"),
        ("According to General Aron Dahl, the separatists will pay a heavy price and face retribution for the raid.\n", "Aron Dahl",
         "threatening"),
    ],
)
def test_a_sentence_given_on_an_actors_authority_is_theirs(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
    assert "on the actor's authority" in s.reason, s.reason


@pytest.mark.parametrize(
    "text,name,label",
    [
        # Attacking, as the verb of what the actor did, takes the side of force.
        ("The rebel commander Ivo Petrak last week shelled three villages near the dam.\n", "Ivo Petrak", "hawkish"),
        ("General Omar Dask launched a fresh offensive on the northern towns on Friday.\n", "Omar Dask", "hawkish"),
        ("The guerrilla leader Sam Ode struck two army posts near the pass on Monday.\n", "Sam Ode", "hawkish"),
    ],
)
def test_an_attack_the_actor_made_is_hawkish(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
    assert s.reason.startswith("an attack"), s.reason


@pytest.mark.parametrize(
    "text,name",
    [
        # Saying an attack happened, or being attacked, is no attack by the speaker.
        ("Governor Mia Stahl said a drone strike killed eight people at the market.\n", "Mia Stahl"),
        ("Captain Lars Odin was attacked by gunmen near the port.\n", "Lars Odin"),
        ("The transport agency of Mayor Lars Odin suffered two attacks last month, Mayor Lars Odin said.\n", "Lars Odin"),
    ],
)
def test_an_attack_reported_or_suffered_is_not_the_actors(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # The body speaks under the actor's name, its acronym in brackets or a common noun between.
        ("The Northern Shipping Authority (NSA) office said the tanker had reached the port at dawn.\n",
         "Northern Shipping Authority", "neutral"),
        ("Meridia Harbour Police later stated that the ferry was towed to the quay.\n", "Meridia Harbour Police", "neutral"),
    ],
)
def test_a_statement_made_under_the_actors_name_is_theirs(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_said_after_a_name_matches_where_the_name_ends():
    text = "The Alder Rail Company (ARC) press office said on Monday that trains would run."
    end = text.index("(ARC)") - 1
    assert stance._SAID_AFTER.match(text, end)
    # Not across a comma, nor a capitalised name that is someone else's.
    other = "Rebels shelled Ostrava, the interior ministry said."
    assert not stance._SAID_AFTER.match(other, other.index(",") )
    third = "Talks with Veran Minister Ilka Moro said nothing new."
    assert not stance._SAID_AFTER.match(third, third.index(" Minister"))


def test_an_agent_phrase_that_names_an_actor_inside_is_that_actor():
    class E:
        def __init__(self, text, start, label="ORG"):
            self.text, self.start, self.end, self.label = text, start, start + len(text), label

    class A:
        entities = [E("The Coastal Guard’s", 0), E("Harbour Watch", 20)]

    ids = {(0, 19): "coastal-guard", (20, 33): "harbour-watch"}
    at = lambda s, e: ids.get((s, e))  # noqa: E731
    # "The Coastal Guard’s Harbour Watch office": the possessor is not the one who speaks.
    assert stance._named_in(0, 40, A, at) == "harbour-watch"
    assert stance._named_in(0, 19, A, at) == "coastal-guard"
    assert stance._named_in(34, 40, A, at) is None


@pytest.mark.parametrize(
    "text,name",
    [
        # Progressive: the actor attacking, though "been" comes before the verb.
        ("The Saleh Brigades have been attacking supply convoys on the coastal road for weeks.\n", "Saleh Brigades"),
        ("The militia commander Rado Vesk was shelling the eastern suburbs when the talks began.\n", "Rado Vesk"),
        # Owning an attack.
        ("The Saleh Brigades claimed responsibility for the bombing of the rail depot.\n", "Saleh Brigades"),
    ],
)
def test_attacking_or_owning_an_attack_is_hawkish(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish", s


def test_being_attacked_is_still_no_attack_by_the_actor():
    s = suggested("The mayor Tomas Breyl was attacked by gunmen near the river.\n", "Tomas Breyl")
    assert s is None or s.label != "hawkish", s


@pytest.mark.parametrize(
    "text,name,label",
    [
        # Every actor of a coordinated subject did what the clause says.
        ("Prime Minister Ana Ruiz and General Tomas Vell urged restraint after the clashes on the border.\n", "Tomas Vell", "cautious"),
        ("Both Karlsburg and the Southern Liberation Front denied any role in the bombing of the bridge.\n", "Southern Liberation Front", "denial"),
    ],
)
def test_each_actor_of_a_coordinated_subject_is_an_agent(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_a_name_in_a_relative_clause_of_the_agent_is_no_agent():
    s = suggested("Prime Minister Ana Ruiz, who met General Tomas Vell on Monday, urged restraint after the clashes.\n", "Tomas Vell")
    assert s is None or s.label != "cautious", s


def test_a_body_of_the_actor_speaks_on_its_authority():
    text = "Karlsburg’s Interior Ministry said in a statement that the convoy reached the port."
    end = text.index("’s")
    assert stance._BODY_SAID.match(text, end)
    # What the actor's troops did is no statement of the actor.
    other = "Karlsburg’s troops shelled the town and later said nothing."
    assert not stance._BODY_SAID.match(other, other.index("’s"))


def test_what_the_actor_is_reported_saying_weighs_as_its_words():
    # "X sources claimed ...": X's own claim, not a sentence merely sourced to X.
    s = suggested("Southern Liberation Front sources claimed gains in the hills and said supply lines were open.\n",
                  "Southern Liberation Front")
    assert s is not None and s.label == "hawkish", s


@pytest.mark.parametrize(
    "text,label",
    [
        # Charging the other side with breaking a law or an agreement is an accusation ...
        ("The envoy had entered the port illegally, thus violating national law.", "hawkish"),
        ("Their gunboats violated the truce twice this week.", "hawkish"),
        # ... and denying one's own violation is a denial, however it is put.
        ("The ministry denied that its patrols violated the truce.", "denial"),
        ("Our patrols have not violated the agreement.", "denial"),
        ("The ministry denies violating the accord.", "denial"),
    ],
)
def test_violations_charged_and_denied(text, label):
    assert [h.label for h in cue_hits(text, load_lexicon())] == [label]


@pytest.mark.parametrize(
    "text,name,label",
    [
        # The force and the blame in a threat's sentence are what it threatens and why.
        ("“Our navy will not hesitate to strike every enemy tanker in retaliation for this aggression and these "
         "provocations,” Admiral Kel Durban said.\n", "Kel Durban", "threatening"),
        # In a sentence of its own, a show of force stays one; a negated threat absorbs nothing.
        ("“We will defend our coast with full force. Our patrols are combat-ready and decisive,” Admiral Kel Durban said.\n",
         "Kel Durban", "hawkish"),
        ("“There will be no consequences for anyone, but we will defend our coast with full force and resolve,” "
         "Admiral Kel Durban said.\n", "Kel Durban", "hawkish"),
    ],
)
def test_a_threat_takes_the_force_of_its_own_sentence(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_absorbs_is_read_from_the_cue_file():
    lex = stance.parse_lexicon({"warn": {"label": "threatening", "cues": ["or else"], "absorbs": ["hawkish"]},
                                "force": {"label": "hawkish", "cues": ["full force"]}})
    assert lex.absorbs == {"warn": {"hawkish"}}


@pytest.mark.parametrize(
    "text,name",
    [
        # A ruling about the actor, in the next sentence of its paragraph, is the court's word.
        ("Russia's foreign ministry said the flights were routine. The court ruled that Russia's claims had no legal basis and were groundless.\n", "Russia"),
        ("The Chinese embassy said the vessels were on a routine patrol. In 2016 an international tribunal found that the claims were baseless and had no legal basis.\n", "China"),
        ("Spokesman Ivo Marten said the convoy had been delayed. Analysts say his denials of the shelling are baseless and groundless.\n", "Ivo Marten"),
    ],
)
def test_what_another_voice_says_of_the_actor_is_not_the_actors_speech_act(text, name):
    s = suggested(text, name)
    assert s is None or s.label != "denial", s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Russia's foreign ministry said the flights were routine. It said the accusations were baseless and groundless.\n", "Russia"),
        ("Russia's foreign ministry said the flights were routine. The ministry added that the accusations were baseless and groundless.\n", "Russia"),
        ("Russia's foreign ministry said the flights were routine. The foreign ministry spokesperson said the accusations were baseless and groundless.\n", "Russia"),
    ],
)
def test_the_actor_going_on_in_its_paragraph_still_counts(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "denial", s


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("The UN refugee agency said it was concerned there may have been reprisals against villagers near the dam.\n", "UNHCR", "cautious"),
        ("Minister Oskar Lind said he was concerned that the convoy had been delayed again.\n", "Oskar Lind", "cautious"),
        ("“We are deeply concerned about the reports,” Mayor Hana Ruzic said.\n", "Hana Ruzic", "cautious"),
        # "as far as X is concerned" expresses no concern.
        ("As far as Beijing is concerned, the matter is closed, spokesman Wen Lu said.\n", "Wen Lu", "neutral"),
    ],
)
def test_concern_the_speaker_expresses_is_cautious(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s
