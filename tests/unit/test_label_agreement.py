"""bench/real_news/agreement/compare.py: agreement between two labellers, on invented label
files (an invented country, Ruritania), with the expected values worked out by hand below."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "real_news" / "agreement" / "compare.py"
_spec = importlib.util.spec_from_file_location("label_agreement_compare", SCRIPT)
cmp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cmp)


def inc(type_, date, salience="main", country="Ruritania", alt=()):
    d = {"type": type_, "country": country, "place": "", "date": date, "evidence": f"{type_} {date}", "salience": salience}
    if alt:
        d["alt_types"] = list(alt)
    return d


def entry(incidents=(), quotes=(), actors=None, places=(), stances=()):
    return {"incidents": list(incidents), "quotes": list(quotes), "actors": actors or {}, "places": list(places),
            "stances": list(stances)}


def test_kappa_of_known_pairs():
    # 10 pairs: (h,h) x4, (n,n) x3, (h,n) x2, (n,h) x1.
    # p_o = 7/10 = 0.7. A's marginals: h 6, n 4; B's: h 5, n 5.
    # p_e = (6*5 + 4*5) / 100 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    pairs = [("hawkish", "hawkish")] * 4 + [("neutral", "neutral")] * 3 + [("hawkish", "neutral")] * 2 + [("neutral", "hawkish")]
    assert cmp.cohen_kappa(pairs) == pytest.approx(0.4)
    # perfect agreement over two labels: p_o = 1, p_e = 0.5 -> kappa 1
    assert cmp.cohen_kappa([("hawkish", "hawkish"), ("neutral", "neutral")]) == pytest.approx(1.0)
    # both used one label only: p_e = 1, kappa undefined
    assert cmp.cohen_kappa([("neutral", "neutral")] * 3) is None
    assert cmp.cohen_kappa([]) is None


def test_incident_matching_type_alt_country_and_date_within_a_day():
    a = [inc("armed_clash", "2020-03-05"),                                        # A1
         inc("air_or_drone_strike", "", alt=["shelling_or_missile_attack"]),      # A2 undated
         inc("protest", "2020-01-01/2020-01-31", "background")]                  # A3
    b = [inc("armed_clash", "2020-03-06"),                 # B1 = A1: a day later is within a day
         inc("shelling_or_missile_attack", "2020-03-01"),  # B2 = A2: A's alt type; A undated accepts any date
         inc("armed_clash", "2020-03-08"),                 # B3: A1 is taken, and 3 days off anyway
         inc("protest", "", "background")]                # B4: undated against A3 dated -> no match
    res = cmp.compare({"x.txt": entry(a)}, {"x.txt": entry(b)})
    c = res["counts"]
    # main only: A 2, B 3, matched 2 -> P 2/3, R 1, F1 = 2*(2/3)*1/(2/3+1) = 0.8
    assert (c["main_a"], c["main_b"], c["main_matched"]) == (2, 3, 2)
    assert cmp.prf(c["main_matched"], c["main_b"], c["main_a"]) == pytest.approx((2 / 3, 1.0, 0.8))
    # all: A 3, B 4, matched 2 -> P 0.5, R 2/3, F1 = 2*0.5*(2/3)/(0.5+2/3) = 4/7
    assert (c["inc_a"], c["inc_b"], c["inc_matched"]) == (3, 4, 2)
    assert cmp.prf(c["inc_matched"], c["inc_b"], c["inc_a"]) == pytest.approx((0.5, 2 / 3, 4 / 7))
    # without the type: A1 fits only B1 (B2 and B3 are 4 and 3 days off), A2 (undated) fits any,
    # A3 (January) none (B's dates are in March or missing) -> still 2
    assert c["inc_matched_untyped"] == 2


def test_incident_matching_is_one_to_one_and_maximal_and_checks_countries():
    # A1 undated accepts either B; A2 only B1. A greedy A1->B1 would leave A2 alone: the maximum is 2.
    a = [inc("armed_clash", ""), inc("armed_clash", "2020-03-05")]
    b = [inc("armed_clash", "2020-03-05"), inc("armed_clash", "2020-04-10")]
    assert len(cmp.match_incidents(a, b)) == 2
    # among equally large matchings the one pairing like with like is reported: A's undated main
    # incidents could take B's dated background one (A undated accepts any date), but A's
    # background incident of that date is its better partner -> A2-B1, and one undated main A is left
    a = [inc("attack_on_civilians", ""), inc("attack_on_civilians", ""), inc("attack_on_civilians", "2019-01-01/2019-12-31", "background")]
    b = [inc("attack_on_civilians", ""), inc("attack_on_civilians", "2019-01-01/2019-12-31", "background")]
    m = cmp.match_incidents(a, b)
    assert len(m) == 2 and m[2] == 1
    # a ceasefire between two states matches either of its countries; another country does not match
    assert cmp.incidents_agree(inc("ceasefire_or_agreement", "", country="Ruritania; Borduria"),
                               inc("ceasefire_or_agreement", "", country="Borduria"))
    assert not cmp.incidents_agree(inc("armed_clash", ""), inc("armed_clash", "", country="Borduria"))
    # ranges: B's range overlapping A's day; year-unknown days compare month and day
    assert cmp.dates_agree("2020-03-05", "2020-03-01/2020-03-31")
    assert cmp.dates_agree("XXXX-02-01/XXXX-02-28", "2021-02-10")
    assert not cmp.dates_agree("2020-03-05", "2020-03-07")


def test_speakers_actors_affiliations_places_and_stances_through_aliases():
    text = 'The ministry said: "We will respond to every provocation," and Anna Vik called it "a dark day".'
    a = entry(
        quotes=[{"text": "We will respond to every provocation,", "speaker": "Ruritania government", "speaker_mention": "The ministry", "kind": "full"},
                {"text": "a dark day", "speaker": "Anna Vik", "speaker_mention": "Anna Vik", "kind": "partial"}],
        actors={"Ruritania government": {"kind": "government", "affiliation": "Ruritania", "aliases": ["The ministry"]},
                "Anna Vik": {"kind": "person", "affiliation": "Borduria"},
                "Red Hand": {"kind": "group", "affiliation": "Ruritania"}},
        places=["Strelsau", "Zenda"],
        stances=[{"actor": "Ruritania government", "label": "hawkish", "evidence": ""},
                 {"actor": "Anna Vik", "label": "neutral", "evidence": ""},
                 {"actor": "Red Hand", "label": "threatening", "evidence": ""}])
    b = entry(
        quotes=[{"text": "We will respond to every provocation", "speaker": "Ruritanian ministry", "speaker_mention": "The ministry", "kind": "full"},
                {"text": "a dark day", "speaker": None, "speaker_mention": "", "kind": "partial"}],
        actors={"Ruritanian ministry": {"kind": "organisation", "affiliation": "Ruritania government", "aliases": ["the ministry"]},
                "Anna Vik": {"kind": "person", "affiliation": "Ruritania"},
                "Black Hand": {"kind": "group", "affiliation": "Ruritania"}},
        places=["Strelsau", "the Zenda", "Tarlenheim"],
        stances=[{"actor": "Ruritanian ministry", "label": "hawkish", "evidence": ""},
                 {"actor": "Anna Vik", "label": "hawkish", "evidence": ""},
                 {"actor": "Black Hand", "label": "threatening", "evidence": ""}])
    res = cmp.compare({"x.txt": a}, {"x.txt": b}, {"x.txt": text})
    c = res["counts"]
    # quotes: both found in both; speakers: ministry = ministry (alias, "the" dropped by norm); Vik vs unnamed differ
    assert (c["quotes_shared"], c["speaker_same"], c["quote_kind_same"]) == (2, 1, 2)
    # actors: government~ministry (alias), Vik~Vik; Red Hand and Black Hand unmatched -> shared 2
    # affiliation: "Ruritania" vs "Ruritania government" agree (score.py drops " government"); Vik's differ -> 1 of 2
    # kind: government vs organisation differ, person = person -> 1 of 2
    assert (c["actors_shared"], c["aff_same"], c["kind_same"]) == (2, 1, 1)
    # places: norm drops a leading "the": Strelsau and Zenda shared, Tarlenheim B only
    assert (c["places_a"], c["places_b"], c["places_shared"]) == (2, 3, 2)
    # stances: shared pairs (hawkish, hawkish) and (neutral, hawkish); Red Hand A only, Black Hand B only.
    # p_o = 1/2; A's marginals h 1, n 1; B's h 2 -> p_e = (1*2 + 1*0)/4 = 0.5 -> kappa (0.5-0.5)/0.5 = 0
    assert (c["stance_shared"], c["stance_same"]) == (2, 1)
    assert c["stances_a"] - c["stance_shared"] == 1 and c["stances_b"] - c["stance_shared"] == 1
    assert res["kappa"] == pytest.approx(0.0)
    assert res["confusion"][("neutral", "hawkish")] == 1 and res["confusion"][("hawkish", "hawkish")] == 1


def test_command_prints_the_measures_and_rejects_a_bad_file(tmp_path):
    fmt = {"stance_labels": ["hawkish", "cautious", "neutral", "threatening", "denial"]}
    a = {**fmt, "files": {"x.txt": entry([inc("armed_clash", "2020-03-05")],
                                         stances=[{"actor": "Red Hand", "label": "hawkish", "evidence": ""}],
                                         actors={"Red Hand": {"kind": "group", "affiliation": "Ruritania"}}),
                          "other.txt": entry([inc("protest", "")])}}
    b = {**fmt, "files": {"x.txt": entry([inc("armed_clash", "2020-03-04")],
                                         stances=[{"actor": "Red Hand", "label": "hawkish", "evidence": ""}],
                                         actors={"Red Hand": {"kind": "group", "affiliation": "Ruritania"}})}}
    (tmp_path / "a.json").write_text(json.dumps(a)); (tmp_path / "b.json").write_text(json.dumps(b))
    run = lambda *args: subprocess.run([sys.executable, str(SCRIPT), *args, "--texts", str(tmp_path)],
                                       capture_output=True, text=True, timeout=60)
    out = run(str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert out.returncode == 0, out.stderr
    assert "texts compared: 1" in out.stdout  # A's other.txt is left out: only the texts B labelled
    assert "main only  A   1  B   1  matched   1   P 1.00  R 1.00  F1 1.00" in out.stdout
    assert "raw agreement 1.00 (1/1)" in out.stdout
    (tmp_path / "bad.json").write_text("[1, 2]")
    bad = run(str(tmp_path / "a.json"), str(tmp_path / "bad.json"))
    assert bad.returncode == 2 and "has no 'files' object" in bad.stderr and bad.stderr.count("\n") == 1
