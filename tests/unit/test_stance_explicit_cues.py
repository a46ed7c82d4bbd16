"""An explicit speech act the cues find in the speaker's own words (a threat, a denial, an
appeal for restraint) is never overridden by the learned model's guess of another label; the
learned model still decides where the cues are weak or silent. Invented sentences and names."""

from __future__ import annotations

from annotate import learning
from annotate.learning import LearnExample

from .test_attribution import analyse
from .test_learning import BLUSTER, CONCILIATION, _TrainedLearner


def _cue_quote(text: str, fragment: str):
    from annotate.suggestions import CueLexicon

    (src,), d = analyse(text)
    a = d.analyses[src.id]
    qi = next(i for i, q in enumerate(a.quotes) if fragment in q.text)
    _, per_quote = CueLexicon().suggest(src, a, lambda s, e: d.actors.at(src.id, s, e))
    return per_quote.get(qi)


def test_a_threat_in_the_speakers_own_words_is_marked_explicit():
    got = _cue_quote("“The raiders of Tolm will pay a heavy price for this,” General Aron Vesk said on Monday.\n", "heavy price")
    assert got is not None and got.label == "threatening" and got.explicit, got


def test_promised_retaliation_with_all_ones_force_is_a_threat():
    got = _cue_quote("“We will retaliate with all our might against the Orlen brigades,” Colonel Ida Marsk said.\n", "retaliate")
    assert got is not None and got.label == "threatening" and got.explicit, got


def test_a_denial_and_an_appeal_for_restraint_in_a_quote_are_explicit():
    denial = _cue_quote("“We deny any role in the fires at the Kesh depot,” Minister Ola Brenn said.\n", "deny")
    assert denial is not None and denial.label == "denial" and denial.explicit, denial
    appeal = _cue_quote("“We urge both sides to show restraint along the Tolm river,” envoy Pia Lund said.\n", "restraint")
    assert appeal is not None and appeal.label == "cautious" and appeal.explicit, appeal


def test_a_weak_hint_or_a_negated_cue_is_not_explicit():
    hint = _cue_quote("“We must be careful about the next steps in Tolm,” Minister Ola Brenn said.\n", "careful")
    assert hint is not None and hint.label == "cautious" and not hint.explicit, hint
    negated = _cue_quote("“We do not deny that the convoy crossed at Tolm,” Minister Ola Brenn said.\n", "convoy")
    assert negated is None or not negated.explicit, negated


def _tag(sid: str, aid: str, label: str) -> LearnExample:
    return LearnExample("", label, True, sid, aid.title(), "a", sid, aid, "", f"Paper {sid}")


def test_decide_keeps_an_explicit_cue_over_a_sure_model_and_the_actors_tags():
    prior = learning.tag_prior([_tag(f"s{k}", "vesk", "hawkish") for k in range(3)], exclude_source="now")
    sure = {"hawkish": 0.9, "threatening": 0.05, "cautious": 0.05}
    # Not explicit (a weaker cue of the same label): the model and the actor's tags win, as before.
    assert learning.decide(sure, "threatening", 1.5, prior, "vesk")[0] == "hawkish"
    # Explicit: the cue's label stands and the cue drove it.
    label, score, why = learning.decide(sure, "threatening", 1.5, prior, "vesk", cue_explicit=True)
    assert (label, why) == ("threatening", "cue") and score > 0
    # Even where the workspace's check weighs the cues at nothing.
    assert learning.decide(sure, "threatening", 1.5, prior, "vesk", cue_weight=0.0, cue_explicit=True)[0] == "threatening"


def test_decide_still_lets_the_model_speak_where_cues_are_weak_or_absent():
    sure = {"hawkish": 0.9, "cautious": 0.1}
    assert learning.decide(sure, None, 0.0, None) == ("hawkish", learning.decide(sure, None, 0.0, None)[1], "model")
    # A plain statement (no cue, the fallback) is no explicit speech act.
    assert learning.decide(sure, "neutral", 0.5, None)[0] == "hawkish"


def _learned(text: str, tags_elsewhere: int = 3):
    """What the learned model suggests for ``text``: a model trained on invented bluster tagged
    hawkish and conciliation tagged cautious, and ``tags_elsewhere`` hawkish tags on the speaker
    in other sources."""
    xs = [LearnExample(f"“{BLUSTER[i % 4]},” General N{i} said.", "hawkish", True, f"s{i}", f"N{i}", "a", f"{i:03}") for i in range(6)]
    xs += [LearnExample(f"“{CONCILIATION[i % 4]},” Minister M{i} said.", "cautious", True, f"s{i}", f"M{i}", "a", f"{i:03}b")
           for i in range(6)]
    (src,), d = analyse(text)
    aid = d.actors.resolve("Aron Vesk")
    tags = [[f"old{k}", aid, "", f"Border talks {k}", "hawkish"] for k in range(tags_elsewhere)]
    meta = {"counts": True, "check": learning.CHECK_VERSION, "tags": tags, "names": {aid: "Aron Vesk"},
            "examples": {"hawkish": [["General N0", f"“{BLUSTER[0]},” General N0 said."]]}}
    model = learning.LearnedModel(_TrainedLearner(xs, meta))
    found, per_quote = model.suggest(src, d.analyses[src.id], lambda s, e: d.actors.at(src.id, s, e))
    return aid, found, per_quote


def test_a_learned_suggestion_never_overrides_an_explicit_threat_and_the_reason_says_the_cue_fired():
    text = "“Our drums are loud and the raiders of Tolm will pay a heavy price,” General Aron Vesk said.\n"
    aid, found, per_quote = _learned(text)
    got = per_quote[0]
    assert got.label == "threatening", got
    # The cue fired, and the reason says so and what the tags and the model alone would have said.
    assert got.reason.startswith("a threat: “pay a heavy price” in the quote"), got.reason
    assert "kept over hawkish" in got.reason and "like your tags" not in got.reason, got.reason
    mine = next(s for s in found if s.actor_id == aid)
    assert mine.label == "threatening", mine


def test_where_no_cue_speaks_the_learned_model_still_suggests():
    text = "“Our drums are loud and our patience is running thin,” General Aron Vesk said.\n"
    aid, found, per_quote = _learned(text)
    got = per_quote[0]
    assert got.label == "hawkish" and ("like your tags" in got.reason or "learned from your" in got.reason), got
