"""Agreement between two labellers of the real-news set: labeller A's file against labeller B's,
on the texts B labelled, measure by measure, so that bluf's scores can be read against how far
two careful people agree.

Measures (each per text pair, summed over the texts B labelled):
- incidents: A's and B's incidents of one text matched one to one (a maximum matching) when the
  types agree (the same type, or one's type among the other's alt_types), the countries agree
  (one side's country set empty, or the two sets share a country, spelled as score.py's
  country_key spells it) and the dates agree within a day as score.py's date_ok has it, with A as
  the reference (A undated accepts any date; B undated against A dated is a miss; a range on
  either side is accepted when the two ranges come within a day of each other). Precision, recall
  and F1 of B against A, over main incidents only (both sides restricted to 'main') and over all;
  also the same without the type (country + date), and score.py's reading (recall over A's main
  incidents, precision over all of B's, matching an A background incident being no error);
- quote speakers: quotes both labelled (their spans in the text overlap by at least half of the
  shorter; when the text is missing, one quote's words contain the other's), the same speaker
  (name sets, canonical name and aliases, normalised with score.py's norm, share a name; both
  unnamed agree); also the quote's kind;
- actors: A's and B's actors of one text matched one to one when their name sets share a name;
  overlap (matched, A only, B only, Jaccard); affiliation agreement on matched actors with
  score.py's affiliation_parts (both empty agree; else the parts share a country or
  organisation); kind agreement;
- places: per text, the sets of normalised place names; overlap and Jaccard;
- stances: (text, actor) pairs both labelled, B's actor mapped to A's by the actor matching;
  raw agreement, Cohen's kappa, the confusion matrix (rows A, columns B) and coverage (pairs
  only one labelled).

Usage: python bench/real_news/agreement/compare.py [A.json] [B.json] [--texts DIR] [--details]
  A defaults to bench/real_news/labels.json (restricted to the texts in B), B to
  bench/real_news/agreement/relabel7_labels.json; texts are read from DIR (default
  $BLUF_DEVSET/texts or /work/devset/texts) to locate quotes. Exit status 0, 2 on bad input
  (a one-line message).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL_NEWS = HERE.parent
DEFAULT_A = REAL_NEWS / "labels.json"
DEFAULT_B = HERE / "relabel7_labels.json"


def _load_score():
    spec = importlib.util.spec_from_file_location("real_news_score", REAL_NEWS / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


score = _load_score()
norm, country_key, affiliation_parts, date_ok = score.norm, score.country_key, score.affiliation_parts, score.date_ok
span_of, overlap, gold_names = score.span_of, score.overlap, score.gold_names


# ---------------------------------------------------------------- helpers

def max_matching(n_a: int, n_b: int, ok, prefer=None) -> dict[int, int]:
    """A maximum one-to-one matching between range(n_a) and range(n_b) where ok(i, j) holds.
    prefer(i, j) (optional) gives a pair's cost (a number, smaller is better): among the largest
    matchings, one of least total cost is returned (exact search over B's subsets when B has at
    most 16 items, else Kuhn's augmenting paths without the preference). Returns {a_index: b_index}."""
    if prefer is not None and n_b <= 16:
        from functools import lru_cache

        @lru_cache(maxsize=None)
        def best(i: int, used: int) -> tuple[int, float, tuple]:
            if i == n_a:
                return 0, 0.0, ()
            top = best(i + 1, used)  # i left unmatched
            for j in range(n_b):
                if used >> j & 1 or not ok(i, j):
                    continue
                n, cost, pairs = best(i + 1, used | 1 << j)
                cand = (n + 1, cost + prefer(i, j), ((i, j),) + pairs)
                if (cand[0], -cand[1]) > (top[0], -top[1]):
                    top = cand
            return top

        return dict(best(0, 0)[2])
    match_b: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in range(n_b):
            if j in seen or not ok(i, j):
                continue
            seen.add(j)
            if j not in match_b or augment(match_b[j], seen):
                match_b[j] = i
                return True
        return False

    for i in range(n_a):
        augment(i, set())
    return {i: j for j, i in match_b.items()}


def prf(matched: int, n_b: int, n_a: int) -> tuple[float | None, float | None, float | None]:
    """Precision (matched / B's count), recall (matched / A's count) and F1; None when a count is 0."""
    p = matched / n_b if n_b else None
    r = matched / n_a if n_a else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return p, r, f


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of (label_a, label_b) pairs: (p_o - p_e) / (1 - p_e), p_e from the two
    labellers' marginals. None when there are no pairs or p_e is 1 (both used one label only)."""
    n = len(pairs)
    if not n:
        return None
    p_o = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    p_e = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if p_e == 1:
        return None
    return (p_o - p_e) / (1 - p_e)


def _types(inc) -> set[str]:
    return {inc["type"], *inc.get("alt_types", [])}


def _countries(inc) -> set[str]:
    return {country_key(c) for c in (inc.get("country") or "").split(";") if c.strip()}


def _as_pred_day(part: str) -> str:
    # date_ok reads a year-unknown day of the predicted side in bluf's "--MM-DD" form
    return "-" + part[4:] if part.startswith("XXXX") else part


def dates_agree(a: str, b: str) -> bool:
    """B's date against A's (the reference) within a day, by score.py's date_ok: A undated
    accepts any; B undated against A dated is a miss; ranges agree when they come within a day."""
    if not a:
        return True
    if not b:
        return False
    b_lo, _, b_hi = b.partition("/")
    a_lo = a.partition("/")[0]
    if date_ok(a, _as_pred_day(b_lo)) or date_ok(a, _as_pred_day(b_hi or b_lo)):
        return True
    return date_ok(b, _as_pred_day(a_lo))  # B's range contains A's


def incidents_agree(a: dict, b: dict, typed: bool = True) -> bool:
    """A's and B's incident are the same one: type (or an accepted alternative of either),
    country, date (see dates_agree)."""
    if typed and not ({a["type"]} & _types(b) or {b["type"]} & _types(a)):
        return False
    ca, cb = _countries(a), _countries(b)
    if ca and cb and not ca & cb:
        return False
    return dates_agree(a.get("date", ""), b.get("date", ""))


def match_incidents(a_incs: list[dict], b_incs: list[dict], typed: bool = True) -> dict[int, int]:
    """A maximum one-to-one matching of A's incidents to B's (incidents_agree); among equally
    large ones, B's incident of the same salience, type and date is preferred."""
    def prefer(i, j):
        a, b = a_incs[i], b_incs[j]
        return 4 * (a.get("salience") != b.get("salience")) + 2 * (a["type"] != b["type"]) + (a.get("date", "") != b.get("date", ""))

    return max_matching(len(a_incs), len(b_incs), lambda i, j: incidents_agree(a_incs[i], b_incs[j], typed), prefer)


def names_of(name: str | None, actors: dict) -> set[str]:
    return gold_names(name, actors) if name else set()


def match_actors(a_actors: dict, b_actors: dict) -> dict[str, str]:
    """A's actor name -> B's actor name, one to one, when their name sets share a name."""
    an, bn = list(a_actors), list(b_actors)
    a_sets = [names_of(n, a_actors) for n in an]
    b_sets = [names_of(n, b_actors) for n in bn]
    m = max_matching(len(an), len(bn), lambda i, j: bool(a_sets[i] & b_sets[j]))
    return {an[i]: bn[j] for i, j in m.items()}


def affiliations_agree(a: str, b: str) -> bool:
    pa, pb = affiliation_parts(a), affiliation_parts(b)
    return (not pa and not pb) or bool(pa & pb)


def quote_span(text: str | None, q: dict):
    return span_of(text, q["text"]) if text else None


def quotes_same(text: str | None, qa: dict, qb: dict) -> bool:
    sa, sb = quote_span(text, qa), quote_span(text, qb)
    if sa and sb:
        return overlap(sa, sb) * 2 >= min(sa[1] - sa[0], sb[1] - sb[0])
    ta, tb = norm(qa["text"]).strip(" ,.\"'“”"), norm(qb["text"]).strip(" ,.\"'“”")
    return bool(ta and tb) and (ta in tb or tb in ta)


# ---------------------------------------------------------------- comparison

def compare(a_files: dict, b_files: dict, texts: dict[str, str] | None = None) -> dict:
    """Counts of every measure over the files both labelled. a_files/b_files: labels.json's
    ``files`` (file -> entry); texts: file -> text (optional, to locate quotes). Returns a dict
    of counts, lists of disagreements and per-file incident rows (see main for the print)."""
    texts = texts or {}
    r = Counter()
    conf: Counter = Counter()
    stance_pairs: list[tuple[str, str]] = []
    details: dict[str, list[str]] = {k: [] for k in ("incident A only", "incident B only", "quote speaker", "quote A only",
                                                       "quote B only", "actor A only", "actor B only", "affiliation",
                                                       "kind", "place A only", "place B only", "stance",
                                                       "stance A only", "stance B only")}
    per_file = []
    for fname in sorted(b_files):
        if fname not in a_files:
            continue
        A, B = a_files[fname], b_files[fname]
        r["texts"] += 1
        # incidents
        ai, bi = A.get("incidents", []), B.get("incidents", [])
        a_main = [x for x in ai if x.get("salience") == "main"]
        b_main = [x for x in bi if x.get("salience") == "main"]
        m_all = match_incidents(ai, bi)
        m_main = match_incidents(a_main, b_main)
        m_all_u = match_incidents(ai, bi, typed=False)
        m_main_u = match_incidents(a_main, b_main, typed=False)
        r["inc_a"] += len(ai); r["inc_b"] += len(bi); r["inc_matched"] += len(m_all)
        r["main_a"] += len(a_main); r["main_b"] += len(b_main); r["main_matched"] += len(m_main)
        r["inc_matched_untyped"] += len(m_all_u); r["main_matched_untyped"] += len(m_main_u)
        # score.py's reading: recall over A's main, B's every incident may match any A incident
        main_ix = [i for i, x in enumerate(ai) if x.get("salience") == "main"]
        r["score_recall_hits"] += sum(1 for i in main_ix if i in m_all)
        per_file.append((fname, len(a_main), len(b_main), len(m_main), len(ai), len(bi), len(m_all)))
        hit_b = set(m_all.values())
        for i, x in enumerate(ai):
            if i not in m_all:
                details["incident A only"].append(f"{fname[:3]} {x['salience']}: {x['type']} | {x['country']} | {x.get('date') or 'undated'} | {x['evidence'][:90]}")
        for j, x in enumerate(bi):
            if j not in hit_b:
                details["incident B only"].append(f"{fname[:3]} {x['salience']}: {x['type']} | {x['country']} | {x.get('date') or 'undated'} | {x['evidence'][:90]}")
        # quotes
        text = texts.get(fname)
        aq, bq = A.get("quotes", []), B.get("quotes", [])
        mq = max_matching(len(aq), len(bq), lambda i, j: quotes_same(text, aq[i], bq[j]))
        r["quotes_a"] += len(aq); r["quotes_b"] += len(bq); r["quotes_shared"] += len(mq)
        for i, j in mq.items():
            qa, qb = aq[i], bq[j]
            if qa["speaker"] is None or qb["speaker"] is None:
                same = qa["speaker"] is None and qb["speaker"] is None
            else:
                same = bool(names_of(qa["speaker"], A.get("actors", {})) & names_of(qb["speaker"], B.get("actors", {})))
            r["speaker_same"] += same
            r["quote_kind_same"] += qa.get("kind", "full") == qb.get("kind", "full")
            if not same:
                details["quote speaker"].append(f"{fname[:3]} {qa['text'][:50]!r}: A {qa['speaker']!r}, B {qb['speaker']!r}")
        hit_bq = set(mq.values())
        details["quote A only"] += [f"{fname[:3]} {q['text'][:70]!r} ({q['speaker']})" for i, q in enumerate(aq) if i not in mq]
        details["quote B only"] += [f"{fname[:3]} {q['text'][:70]!r} ({q['speaker']})" for j, q in enumerate(bq) if j not in hit_bq]
        # actors
        aa, ba = A.get("actors", {}), B.get("actors", {})
        ma = match_actors(aa, ba)
        r["actors_a"] += len(aa); r["actors_b"] += len(ba); r["actors_shared"] += len(ma)
        for an, bn in ma.items():
            aff_a, aff_b = aa[an].get("affiliation", ""), ba[bn].get("affiliation", "")
            ok = affiliations_agree(aff_a, aff_b)
            r["aff_same"] += ok
            if not ok:
                details["affiliation"].append(f"{fname[:3]} {an!r}: A {aff_a!r}, B {aff_b!r}")
            k_ok = aa[an].get("kind") == ba[bn].get("kind")
            r["kind_same"] += k_ok
            if not k_ok:
                details["kind"].append(f"{fname[:3]} {an!r}: A {aa[an].get('kind')}, B {ba[bn].get('kind')}")
        b_matched = set(ma.values())
        details["actor A only"] += [f"{fname[:3]} {n!r} ({aa[n].get('kind')})" for n in aa if n not in ma]
        details["actor B only"] += [f"{fname[:3]} {n!r} ({ba[n].get('kind')})" for n in ba if n not in b_matched]
        # places
        pa = {norm(p) for p in A.get("places", [])}
        pb = {norm(p) for p in B.get("places", [])}
        r["places_a"] += len(pa); r["places_b"] += len(pb); r["places_shared"] += len(pa & pb)
        details["place A only"] += [f"{fname[:3]} {p}" for p in sorted(pa - pb)]
        details["place B only"] += [f"{fname[:3]} {p}" for p in sorted(pb - pa)]
        # stances: B's actor -> A's actor through the actor matching
        b_to_a = {bn: an for an, bn in ma.items()}
        sa = {s["actor"]: s for s in A.get("stances", [])}
        sb = {b_to_a.get(s["actor"], "B:" + s["actor"]): s for s in B.get("stances", [])}
        r["stances_a"] += len(sa); r["stances_b"] += len(sb)
        for actor in sorted(set(sa) & set(sb)):
            la, lb = sa[actor]["label"], sb[actor]["label"]
            stance_pairs.append((la, lb))
            conf[(la, lb)] += 1
            if la != lb:
                details["stance"].append(f"{fname[:3]} {actor!r}: A {la}, B {lb} | B: {sb[actor]['evidence'][:80]}")
        details["stance A only"] += [f"{fname[:3]} {a!r} {sa[a]['label']}" for a in sorted(set(sa) - set(sb))]
        details["stance B only"] += [f"{fname[:3]} {a.removeprefix('B:')!r} {sb[a]['label']}" for a in sorted(set(sb) - set(sa))]
    r["stance_shared"] = len(stance_pairs)
    r["stance_same"] = sum(a == b for a, b in stance_pairs)
    return {"counts": r, "confusion": conf, "kappa": cohen_kappa(stance_pairs), "details": details, "per_file": per_file}


# ---------------------------------------------------------------- printing

def _f(x) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a (0/0)"


def render(res: dict, labels: list[str], details: bool = False) -> str:
    c = res["counts"]
    out = [f"texts compared: {c['texts']}", ""]
    out.append("incidents (B against A; one-to-one; type or alt_type + country + date within a day):")
    for name, m, nb, na, mu in (("main only", c["main_matched"], c["main_b"], c["main_a"], c["main_matched_untyped"]),
                                ("all", c["inc_matched"], c["inc_b"], c["inc_a"], c["inc_matched_untyped"])):
        p, rr, f = prf(m, nb, na)
        pu, ru, fu = prf(mu, nb, na)
        out.append(f"  {name:<10} A {na:>3}  B {nb:>3}  matched {m:>3}   P {_f(p)}  R {_f(rr)}  F1 {_f(f)}"
                   f"   | without type: matched {mu}, P {_f(pu)} R {_f(ru)} F1 {_f(fu)}")
    p_sc = c["inc_matched"] / c["inc_b"] if c["inc_b"] else None
    out.append(f"  score.py's reading: recall over A's main {_ratio(c['score_recall_hits'], c['main_a'])}, "
               f"precision over all of B's {_f(p_sc)} ({c['inc_matched']}/{c['inc_b']})")
    out.append("  per text (main A/B/matched; all A/B/matched): " + "; ".join(
        f"{f[:3]} {ma}/{mb}/{mm} {aa}/{ab}/{am}" for f, ma, mb, mm, aa, ab, am in res["per_file"]))
    out.append("")
    out.append(f"quotes: A {c['quotes_a']}, B {c['quotes_b']}, both labelled {c['quotes_shared']} "
               f"(of A's {_f(c['quotes_shared'] / c['quotes_a'] if c['quotes_a'] else None)}, "
               f"of B's {_f(c['quotes_shared'] / c['quotes_b'] if c['quotes_b'] else None)})")
    out.append(f"  same speaker: {_ratio(c['speaker_same'], c['quotes_shared'])}; same kind (full/partial): "
               f"{_ratio(c['quote_kind_same'], c['quotes_shared'])}")
    out.append("")
    jac = c["actors_shared"] / (c["actors_a"] + c["actors_b"] - c["actors_shared"]) if c["actors_a"] + c["actors_b"] else None
    out.append(f"actors: A {c['actors_a']}, B {c['actors_b']}, shared {c['actors_shared']} (of A's "
               f"{_f(c['actors_shared'] / c['actors_a'] if c['actors_a'] else None)}, of B's "
               f"{_f(c['actors_shared'] / c['actors_b'] if c['actors_b'] else None)}, Jaccard {_f(jac)})")
    out.append(f"  affiliation agrees on shared actors: {_ratio(c['aff_same'], c['actors_shared'])}; "
               f"kind agrees: {_ratio(c['kind_same'], c['actors_shared'])}")
    out.append("")
    jp = c["places_shared"] / (c["places_a"] + c["places_b"] - c["places_shared"]) if c["places_a"] + c["places_b"] else None
    out.append(f"places: A {c['places_a']}, B {c['places_b']}, shared {c['places_shared']} (of A's "
               f"{_f(c['places_shared'] / c['places_a'] if c['places_a'] else None)}, of B's "
               f"{_f(c['places_shared'] / c['places_b'] if c['places_b'] else None)}, Jaccard {_f(jp)})")
    out.append("")
    out.append(f"stances: A {c['stances_a']} pairs, B {c['stances_b']}, both labelled {c['stance_shared']}; "
               f"A only {c['stances_a'] - c['stance_shared']}, B only {c['stances_b'] - c['stance_shared']}")
    out.append(f"  raw agreement {_ratio(c['stance_same'], c['stance_shared'])}; Cohen's kappa {_f(res['kappa'])}")
    used = [l for l in labels if any(l in k for k in res["confusion"])] or labels
    w = max(len(l) for l in used) + 1
    out.append("  confusion (rows A, columns B):")
    out.append("  " + " " * w + "".join(f"{l:>{w}}" for l in used))
    for la in used:
        out.append("  " + f"{la:<{w}}" + "".join(f"{res['confusion'].get((la, lb), 0):>{w}}" for lb in used))
    out.append("")
    overall = []
    for name, v in (("incidents main F1", prf(c["main_matched"], c["main_b"], c["main_a"])[2]),
                    ("incidents all F1", prf(c["inc_matched"], c["inc_b"], c["inc_a"])[2]),
                    ("same speaker", c["speaker_same"] / c["quotes_shared"] if c["quotes_shared"] else None),
                    ("actors Jaccard", jac),
                    ("affiliation", c["aff_same"] / c["actors_shared"] if c["actors_shared"] else None),
                    ("places Jaccard", jp),
                    ("stance raw", c["stance_same"] / c["stance_shared"] if c["stance_shared"] else None),
                    ("stance kappa", res["kappa"])):
        overall.append(f"{name} {_f(v)}")
    out.append("overall: " + "; ".join(overall))
    if details:
        for k, rows in res["details"].items():
            out.append("")
            out.append(f"{k} ({len(rows)}):")
            out += [f"  {x}" for x in rows]
    return "\n".join(out)


def _load(path: Path) -> dict:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(f"compare.py: no such label file: {path}") from None
    except json.JSONDecodeError as e:
        raise SystemExit(f"compare.py: {path} is not JSON: {e}") from None
    if not isinstance(d, dict) or not isinstance(d.get("files"), dict):
        raise SystemExit(f"compare.py: {path} has no 'files' object (labels.json's format)")
    return d


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Agreement between two label files of the real-news set (A is the reference).")
    ap.add_argument("a", nargs="?", type=Path, default=DEFAULT_A, help="labeller A's file (default: labels.json)")
    ap.add_argument("b", nargs="?", type=Path, default=DEFAULT_B, help="labeller B's file (default: agreement/relabel7_labels.json)")
    ap.add_argument("--texts", type=Path, default=None, help="folder of the texts (default $BLUF_DEVSET/texts or /work/devset/texts)")
    ap.add_argument("--details", action="store_true", help="also list every disagreement")
    args = ap.parse_args(argv)
    try:
        A, B = _load(args.a), _load(args.b)
    except SystemExit as e:
        print(e, file=sys.stderr)
        return 2
    common = [f for f in B["files"] if f in A["files"]]
    if not common:
        print(f"compare.py: {args.a} and {args.b} share no text", file=sys.stderr)
        return 2
    tdir = args.texts or Path(os.environ.get("BLUF_DEVSET") or "/work/devset") / "texts"
    texts = {f: (tdir / f).read_text(encoding="utf-8") for f in common if (tdir / f).exists()}
    labels = B.get("stance_labels") or A.get("stance_labels") or ["hawkish", "cautious", "neutral", "threatening", "denial"]
    res = compare({f: A["files"][f] for f in common}, B["files"], texts)
    print(f"A = {args.a}\nB = {args.b}\nquotes located in {len(texts)} of {len(common)} texts ({tdir})")
    print(render(res, labels, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
