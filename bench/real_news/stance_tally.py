"""Counts only, for cue-only stance suggestions on a dev set: the gold label x suggested label
matrix, and for the actors given the no-cue fallback, their gold labels tallied by features
(actor kind, where the statement is, VADER band of its words, a modal or vow in them, incident
mentions in the article, a cue of the lexicon in the gold evidence). Prints no item, so it may
be run on a validation set that must stay unread.

Usage: PYTHONPATH=$PWD python bench/real_news/stance_tally.py --devset /work/val6
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score as S  # noqa: E402

_MODAL = re.compile(r"\b(?:will|must|would|shall|vow\w*|pledg\w*|determined|ready)\b|['’]ll\b", re.I)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", type=Path, required=True, help="a dir with meta.json and texts/")
    args = ap.parse_args(argv)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from annotate.nlp.stance import cue_hits, load_lexicon

    vader, lex = SentimentIntensityAnalyzer(), load_lexicon()
    labels = json.loads(S.LABELS.read_text())
    files = {f: v for f, v in labels["files"].items() if (args.devset / "texts" / f).is_file()}
    meta = [m for m in json.loads((args.devset / "meta.json").read_text()) if m["file"] in files]
    conf: Counter = Counter()
    tally: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    with tempfile.TemporaryDirectory() as d:
        ws, sources = S.run_bluf(args.devset, meta, Path(d))
        for fname, gold in files.items():
            src = sources.get(fname)
            if src is None:
                continue
            sugg = {}
            for s in ws.suggestions(src.id):
                sugg.setdefault(ws.canonical_actor_id(s.actor_id), s)
            n_incidents = len(ws.analysis(src.id).incidents)
            for g in gold["stances"]:
                a = S.resolve(ws, g["actor"], gold["actors"])
                s = sugg.get(ws.canonical_actor_id(a.id)) if a is not None else None
                conf[(g["label"], s.label if s else ("none (actor found)" if a else "none (no actor)"))] += 1
                if s is None or "no stance cue" not in s.reason:
                    continue
                words = src.text[s.start : s.end]
                v = vader.polarity_scores(words)["compound"]
                ev = g.get("evidence") or ""
                feats = {
                    "actor kind": ws.actor(ws.canonical_actor_id(a.id)).kind,
                    "where": s.reason.split(" in ", 1)[-1],
                    "vader": "< -0.3" if v < -0.3 else ("> 0.3" if v > 0.3 else "between"),
                    "modal or vow": bool(_MODAL.search(words)),
                    "incident mentions": min(n_incidents, 5),
                    "gold evidence cue": ",".join(sorted({h.label for h in cue_hits(ev, lex)})) or "none",
                }
                for k, val in feats.items():
                    tally[k][str(val)][g["label"]] += 1
        ws.close(compact=False)
    gots = sorted({k[1] for k in conf})
    print("gold \\ suggested".ljust(18) + "".join(x[:18].rjust(20) for x in gots))
    for lab in sorted({k[0] for k in conf}):
        print(lab.ljust(18) + "".join(str(conf[(lab, x)]).rjust(20) for x in gots))
    print(f"agree {sum(v for (lab, x), v in conf.items() if lab == x)} / {sum(conf.values())}")
    print("no-cue fallback, gold labels by feature:")
    for k, rows in tally.items():
        print(f"  {k}:")
        for val, c in sorted(rows.items()):
            print(f"    {val}: {dict(c)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
