"""Incidents on the real-news development set (issue 14): precision and recall of each
source's incident mentions against the hand labels, by type + country + date within a day.

Usage: python bench/incidents_real_news.py [LABELS] [--main-only] [-v]
LABELS: the devset branch's bench/real_news/labels.json (default: read with
`git show devset:bench/real_news/labels.json`); texts from $BLUF_DEVSET (/work/devset).

A predicted (source, incident) pair matches a labelled mention of that source when the type
is the label's or one of its alt_types, the country is one of the label's, and the dates
are within a day (ranges: within a day of overlapping; a label without a date accepts any,
an "XXXX-" label compares month and day). Precision: matched pairs / predicted pairs;
recall: labelled mentions matched / labelled mentions (main only with --main-only).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _days(s: str, year: int | None):
    if not s:
        return None
    a, _, b = s.partition("/")
    b = b or a

    def d(x):
        if x.startswith("XXXX"):
            if year is None:
                return None
            x = f"{year}{x[4:]}"
        try:
            return date.fromisoformat(x)
        except ValueError:
            return None

    first, last = d(a), d(b)
    return None if first is None else (first, last or first)


def dates_match(gold: str, pred: str) -> bool:
    if not gold:
        return True
    p = _days(pred, None)
    if p is None:
        return False
    g = _days(gold, p[0].year)
    if g is None:
        return True
    return (p[0] - g[1]).days <= 1 and (g[0] - p[1]).days <= 1


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from annotate.analysis import analyze_sources
    from annotate.derive import derive
    from annotate.gazetteer import load_gazetteer
    from annotate.ingest import Meta, make_source

    args = [a for a in argv if not a.startswith("-")]
    main_only, verbose = "--main-only" in argv, "-v" in argv
    if args:
        labels = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    else:
        labels = json.loads(subprocess.run(["git", "-C", str(ROOT), "show", "devset:bench/real_news/labels.json"], capture_output=True, text=True, check=True).stdout)
    devset = Path(os.environ.get("BLUF_DEVSET", "/work/devset"))
    meta = {m["file"]: m for m in json.loads((devset / "meta.json").read_text(encoding="utf-8"))}
    gaz = load_gazetteer()
    srcs = []
    for name in labels["files"]:
        p = devset / "texts" / name
        if p.is_file():
            srcs.append(make_source(p.read_text(encoding="utf-8"), name, meta=Meta(published=meta.get(name, {}).get("published", ""))))
    incidents = derive(srcs, analyze_sources(srcs, gazetteer=gaz), gaz).incidents
    by_name = {s.id: s.name for s in srcs}
    tp_pred = n_pred = tp_gold = n_gold = 0
    per_topic: dict[str, list[int]] = {}
    for s in srcs:
        gold = [g for g in labels["files"][s.name].get("incidents", []) if not main_only or g.get("salience") == "main"]
        pred = [(i, i.dates.get(s.id) or (f"{i.date}/{i.date_end}" if i.date_end else i.date)) for i in incidents if s.id in i.evidence]

        def ok(g, i, when):
            return (i.kind == g["type"] or i.kind in g.get("alt_types", [])) and i.country in [c.strip() for c in g["country"].split(";")] and dates_match(g.get("date", ""), when)

        hit_pred = [any(ok(g, i, w) for g in gold) for i, w in pred]
        hit_gold = [any(ok(g, i, w) for i, w in pred) for g in gold]
        n_pred += len(pred)
        tp_pred += sum(hit_pred)
        n_gold += len(gold)
        tp_gold += sum(hit_gold)
        t = per_topic.setdefault(meta.get(s.name, {}).get("topic", "?"), [0, 0, 0, 0])
        t[0] += sum(hit_pred)
        t[1] += len(pred)
        t[2] += sum(hit_gold)
        t[3] += len(gold)
        if verbose:
            for (i, w), h in zip(pred, hit_pred):
                if not h:
                    a, b = (i.evidence[s.id] or [[0, 0]])[0]
                    print(f"  FP {s.name[:40]}: {i.kind} {i.country} {w} — {s.text[a:b][:110]!r}")
            for g, h in zip(gold, hit_gold):
                if not h:
                    print(f"  FN {s.name[:40]}: {g['type']} {g['country']} {g.get('date')} ({g.get('salience')}) — {g['evidence'][:90]}")
    res = {
        "files": len(srcs), "main_only": main_only,
        "precision": round(tp_pred / n_pred, 3) if n_pred else 1.0, "predicted": n_pred,
        "recall": round(tp_gold / n_gold, 3) if n_gold else 1.0, "labelled": n_gold,
        "by_topic": {k: f"P {v[0]}/{v[1]} R {v[2]}/{v[3]}" for k, v in sorted(per_topic.items())},
    }
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
