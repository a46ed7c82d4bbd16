"""Speech-act cues of issue 16 on invented sentences: collaborating, agreeing to reopen,
keeping one's obligations, meeting the other side's concerns, fears of conflict (cautious);
the speaker's side at war (hawkish)."""

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
