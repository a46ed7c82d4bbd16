"""Speech-act cues of issue 16 (session 15) on invented sentences: collaborating, agreeing to reopen,
keeping one's obligations, meeting the other side's concerns, fears of conflict (cautious);
the speaker's side at war, going after the attackers, blaming told in the passive (hawkish);
an explicit threat in the actor's own words outranking the force it is for (threatening)."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import cue_hits, load_lexicon

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Spokesman Aram Vel said the movement aims to collaborate with the new administration in Tarso.\n", "Aram Vel", "cautious"),
        ("“We have agreed to reopen the border market with Lorvania,” commander Nils Oder said.\n", "Nils Oder", "cautious"),
        ("Spokesman Tomas Reyl said Tarsia was determined to fulfil its obligations under the water treaty.\n", "Tomas Reyl", "cautious"),
        ("President Ilse Marov praised the students and vowed to address their concerns.\n", "Ilse Marov", "cautious"),
        ("Foreign Minister Pia Lund expressed fears of conflict in the strait.\n", "Pia Lund", "cautious"),
        ("“We are at war, and that is no exaggeration,” President Rui Dalto said.\n", "Rui Dalto", "hawkish"),
    ],
)
def test_speech_acts(text, name, label):
    s = suggested(text, name)
    assert s is not None and s.label == label, s


def test_the_cues_match_their_phrases_only():
    lex = load_lexicon()
    found = lambda t: [(h.group, t[h.start : h.end]) for h in cue_hits(t, lex)]
    assert found("The nation is at war with the cartels.") == [("show_of_force", "nation is at war")]
    assert not any(g == "show_of_force" for g, _ in found("The war crimes court met on Monday."))
    assert not any(g == "intend_to_cooperate" for g, _ in found("They agreed to the budget."))


_BLOCKADE = ("Defence Minister Ari Dagan said the navy had imposed a blockade on the port and would seize any vessel that "
             "tried to break it.{quote}\nDagan said the blockade would stay and the navy would seize ships and expel their crews.\n")


def test_an_explicit_threat_in_own_words_outranks_the_force_it_is_for():
    s = suggested(_BLOCKADE.format(quote=" “You'd better turn back, because you will not reach Tarso,” Dagan said."), "Ari Dagan")
    assert s is not None and s.label == "threatening", s


def test_force_without_a_threat_stays_hawkish():
    s = suggested(_BLOCKADE.format(quote=""), "Ari Dagan")
    assert s is not None and s.label == "hawkish", s


def test_going_after_the_attackers_is_a_claim_of_force():
    s = suggested("Army spokesman Odo Lerat said on Sunday that his troops pursued the attackers into the forest.\n", "Odo Lerat")
    assert s is not None and s.label == "hawkish" and "pursued" in s.reason, s


@pytest.mark.parametrize(
    "text,name",
    [
        ("Eritrea has long been accused by the Ethiopian government of arming rebels in the north.\n", "Ethiopian government"),
        ("The raid on the clinic was condemned by the Velo Rights League on Monday.\n", "Velo Rights League"),
    ],
)
def test_the_agent_of_a_passive_of_blaming_accused(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and ("accus" in s.reason or "condemn" in s.reason), s


def test_the_one_accused_in_the_passive_did_not_accuse():
    s = suggested("Eritrea has long been accused by the Ethiopian government of arming rebels in the north.\n", "Eritrea")
    assert s is None or s.label != "hawkish", s
