"""Agreement statistics on actor x source units."""

from __future__ import annotations

import math

from annotate.agreement import agreement, cohen_kappa, krippendorff_alpha
from annotate.models import Stance


def st(actor, source, label, who, t):
    return Stance(f"{actor}{source}{who}{t}", actor, label, source, 0, 1, "q", who, f"2026-01-01T00:00:{t:02d}")


def test_cohen_kappa_textbook_example():
    # 50 items: both yes 20, both no 15, A yes/B no 5, A no/B yes 10 -> kappa 0.4
    a = ["y"] * 20 + ["n"] * 15 + ["y"] * 5 + ["n"] * 10
    b = ["y"] * 20 + ["n"] * 15 + ["n"] * 5 + ["y"] * 10
    assert math.isclose(cohen_kappa(a, b), 0.4, abs_tol=1e-9)
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # undefined with a single label


def test_krippendorff_alpha_textbook_example():
    # Krippendorff (2011), nominal data with missing values: alpha = 0.743
    rows = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None], [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
            [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None], [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]
    coders = ["a", "b", "c", "d"]
    units = {}
    for j in range(12):
        units[(f"u{j}", "s")] = {coders[i]: str(rows[i][j]) for i in range(4) if rows[i][j] is not None}
    alpha, n = krippendorff_alpha(units, coders)
    assert math.isclose(alpha, 0.743, abs_tol=0.001) and n == 11


def test_units_disagreements_and_counts():
    stances = [
        st("peskov", "s1", "denial", "ana", 1), st("peskov", "s1", "denial", "bob", 2),
        st("merz", "s1", "hawkish", "ana", 3), st("merz", "s1", "cautious", "bob", 4),
        st("merz", "s2", "cautious", "ana", 5),
        st("nato", "s1", "cautious", "ana", 6), st("nato", "s1", "hawkish", "ana", 7),  # tie: latest wins
    ]
    ag = agreement(stances)
    assert ag.annotators == ["ana", "bob"]
    assert ag.counts["ana"]["hawkish"] == 2 and ag.counts["bob"]["denial"] == 1
    assert ag.units[("nato", "s1")] == {"ana": "hawkish"}
    assert [u for u, _, _ in ag.between_annotators] == [("merz", "s1")]
    # merz's s1 is split between ana and bob (a disagreement between annotators on one
    # statement); ana herself said hawkish in s1 and cautious in s2: her stance changed.
    assert [(a, who) for a, _, who in ag.between_sources] == [("merz", "ana")]
    k, n = ag.kappa[("ana", "bob")]
    assert n == 2 and k is not None


def test_one_analysts_two_labels_in_one_source_are_no_change_between_sources():
    stances = [
        st("kovar", "s1", "hawkish", "ana", 1),
        st("kovar", "s2", "hawkish", "ana", 2), st("kovar", "s2", "threatening", "ana", 3),  # two statements
    ]
    assert agreement(stances).between_sources == []


def test_a_stance_that_changed_between_sources_is_still_found():
    stances = [
        st("kovar", "s1", "hawkish", "ana", 1),
        st("kovar", "s2", "cautious", "ana", 2), st("kovar", "s2", "cautious", "ana", 3), st("kovar", "s2", "hawkish", "ana", 4),
        st("lind", "s1", "neutral", "ana", 5), st("lind", "s2", "denial", "bob", 6),
    ]
    # kovar: ana's own stance changed. lind: two analysts, one source each — a difference
    # between analysts, not a change of lind's stance between sources (nu15 F5).
    assert [(a, who) for a, _, who in agreement(stances).between_sources] == [("kovar", "ana")]
