"""Stance from what an actor did and said it did, on any conflict (issue 16): the agent of an
event the analysis finds, checked on invented sentences of other conflicts."""

from __future__ import annotations

import pytest

from annotate.nlp.stance import load_lexicon, parse_lexicon

from .test_stance import suggested


@pytest.mark.parametrize(
    "text,name",
    [
        ("Eritrea fired artillery shells at the Ethiopian border town of Zalambessa on Monday.\n", "Eritrea"),
        ("The Sovan Liberation Front ambushed a military convoy near Zalambessa in Ethiopia on Monday.\n",
         "Sovan Liberation Front"),
    ],
)
def test_the_agent_of_an_attack_the_analysis_finds_did_a_deed_of_force(text, name):
    s = suggested(text, name)
    assert s is not None and s.label == "hawkish" and s.reason.startswith("an attack"), s


def test_a_negated_attack_is_no_deed():
    s = suggested("Eritrea did not fire artillery shells at the Ethiopian border town of Zalambessa on Monday.\n", "Eritrea")
    assert s is None or s.label != "hawkish", s


def test_the_event_types_of_a_class_come_from_the_cue_file():
    lex = parse_lexicon({"force": {"label": "hawkish", "act": "an attack", "weight": 1.25,
                                   "events": ["armed_clash"], "cues": ["struck"]}})
    assert lex.events == {"armed_clash": ("hawkish", "an attack", 1.25, "force")}
    assert "armed_clash" in load_lexicon().events
