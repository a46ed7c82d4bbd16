"""`make quality`: score the analysis against the hand-made labels of the seeds and write
docs/QUALITY.md. Also runs, on the same labels and with the same scorer:
- an ablation without the alias file's people (so the result does not rest on knowing
  the names in advance);
- textacy's direct_quotations (the nearest library peer), in its own venv.

Usage: python bench/quality.py [--gold FILE] [--textacy PYTHON] [--write docs/QUALITY.md]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = {"quote_recall": 0.95, "speaker_accuracy": 0.95, "stance_agreement": 0.80}


def gold_path(arg: str | None) -> Path:
    for p in (arg, ROOT.parent / "shared" / "gold" / "seeds_gold.json", ROOT / "tests" / "quality" / "seeds_gold.json"):
        if p and Path(p).is_file():
            return Path(p)
    raise SystemExit("no gold labels found")


def seeded_workspace(directory: Path, gazetteer=None):
    from annotate.ingest import seed_sources
    from annotate.store import Store
    from annotate.workspace import Workspace

    ws = Workspace(Store(directory / "ws.json"), "quality", gazetteer)
    ws.add_sources(seed_sources())
    ws.analyze()
    return ws


def without_people(gaz):
    from annotate.gazetteer import Gazetteer

    return Gazetteer(gaz.countries, [a for a in gaz.actors if a.kind != "person"], gaz.outlets)


def textacy_quotes(python: str, ws) -> tuple[dict, dict]:
    from annotate.text import masked

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({s.name: masked(s.text, s.removed) for s in ws.sources()}, f)
    out = subprocess.run([python, str(ROOT / "bench" / "textacy_quotes.py"), f.name], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    return {k: [tuple(q) for q in v["quotes"]] for k, v in data.items()}, {k: v["error"] for k, v in data.items() if v["error"]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold")
    ap.add_argument("--textacy", help="python of a venv with textacy (make quality creates .bench/textacy)")
    ap.add_argument("--write", help="write the report to this Markdown file")
    args = ap.parse_args()
    from annotate.evaluate import score, score_external
    from annotate.gazetteer import load_gazetteer

    gpath = gold_path(args.gold)
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        ws = seeded_workspace(Path(d))
        rep = score(ws, gold)
        secs = time.perf_counter() - t
        (Path(d) / "b").mkdir()
        ab = score(seeded_workspace(Path(d) / "b", without_people(load_gazetteer())), gold)
        tx, tx_err = None, {}
        if args.textacy:
            quotes, tx_err = textacy_quotes(args.textacy, ws)
            person = lambda aid: (a := ws.actor(aid)) is not None and a.kind == "person"  # noqa: E731
            tx = score_external(gold, quotes, ws.resolve_actor, person)
    s, a = rep.summary(), ab.summary()
    print(json.dumps({"bluf": s, "without_people_in_alias_file": a, "textacy": tx.summary() if tx else None}, indent=1))
    ok = all(s[k] >= v for k, v in THRESHOLDS.items()) and s["article_lines_removed"] == 0 and s["spurious_incidents"] <= 2
    if args.write:
        Path(args.write).write_text(report_md(gpath, rep, ab, tx, tx_err, secs), encoding="utf-8")
        print(f"written to {args.write}")
    return 0 if ok else 1


def _pct(x: float) -> str:
    return f"{x:.3f}"


def report_md(gpath, rep, ab, tx, tx_err, secs) -> str:
    from annotate.nlp.pipeline import pipeline_version

    s, a = rep.summary(), ab.summary()
    lines = [
        "# Quality",
        "",
        "Measured by `make quality` (`.venv/bin/python bench/quality.py --textacy .bench/textacy/bin/python --write docs/QUALITY.md`)",
        f"on {time.strftime('%Y-%m-%d')}, against `{gpath.relative_to(gpath.parents[2]) if len(gpath.parents) > 2 else gpath}` "
        f"(hand-made labels for the five seeds), pipeline `{pipeline_version()}`.",
        "The scorer is `annotate/evaluate.py`; the same scorer and the same actor resolver score textacy.",
        "",
        "## Against the targets",
        "",
        "| measure | target | bluf | bluf without the people in the alias file | textacy `direct_quotations` |",
        "|---|---|---|---|---|",
        f"| quote recall (gold quotes found) | ≥ 0.95 | {_pct(s['quote_recall'])} | {_pct(a['quote_recall'])} | {_pct(tx.quote_recall) if tx else 'not run'} |",
        f"| speaker accuracy (over all gold quotes) | ≥ 0.95 | {_pct(s['speaker_accuracy'])} | {_pct(a['speaker_accuracy'])} | {_pct(tx.speaker_accuracy) if tx else 'not run'} |",
        f"| gold aliases resolving to their actor | all | {s['aliases_resolved']} | {a['aliases_resolved']} | — |",
        f"| boilerplate lines removed | all | {s['boilerplate_removed']} | — | — |",
        f"| article lines removed | 0 | {s['article_lines_removed']} | — | — |",
        f"| incidents found | 6/6 | {s['incidents_found']} | {a['incidents_found']} | — |",
        f"| incident source links found (lowest per incident) | ≥ 0.80 | {s['incident_links']} ({s['min_incident_links']}) | {a['incident_links']} ({a['min_incident_links']}) | — |",
        f"| spurious incidents | ≤ 2 | {s['spurious_incidents']} | {a['spurious_incidents']} | — |",
        f"| suggested stance = gold label (actor × source) | ≥ 0.80 | {_pct(s['stance_agreement'])} ({s['stances']} pairs) | {_pct(a['stance_agreement'])} | — |",
        "",
        f"Whole run for the five seeds (open, parse, derive, score): {secs:.1f} s.",
        "",
        "The ablation removes every person from `seeds/actors.toml` (countries, organisations",
        "and outlets stay), so names are joined only by the general rules (titles stripped,",
        "surnames, spelling variants) and the model's own entity recognition.",
        "",
    ]
    if tx:
        lines += ["textacy could not read: " + "; ".join(f"`{k}` ({v[:80]})" for k, v in tx_err.items()) if tx_err else "textacy read every file.", ""]
    lines += ["## Misses", ""]
    misses = [q for q in rep.quotes if not q.correct]
    lines += [f"- quote `{q.contains}` in {q.source}: gold speaker {q.gold_speaker}, got {q.predicted_speaker or 'none'} → {q.predicted_actor}" for q in misses] or ["- no quote or speaker misses on the seeds."]
    lines += [f"- alias {x}" for x in rep.alias_failures]
    lines += [f"- boilerplate missed: {x}" for x in rep.boilerplate_missed]
    lines += [f"- article line removed: {x}" for x in rep.article_lines_removed]
    lines += [f"- spurious incident: {x}" for x in rep.spurious_incidents]
    for st in rep.stances:
        if not st["correct"]:
            lines.append(f"- stance of {st['actor']} in {st['source']}: gold {st['gold']}, suggested {st['suggested'] or 'nothing'} ({st['reason'] or 'no cue'})")
    if tx:
        lines += ["", "## textacy's misses", ""]
        lines += [f"- `{q.contains}` in {q.source}: " + ("not found" if not q.found else f"speaker `{q.predicted_speaker}` → {q.predicted_actor}, gold {q.gold_speaker}") for q in tx.quotes if not q.correct]
    lines += ["", "## Incidents", "", "| gold incident | found as | date | gold date | source links |", "|---|---|---|---|---|"]
    for i in rep.incidents:
        lines.append(f"| {i['id']} | {i['predicted'] or '—'} | {i['date'] or '—'} | {i['gold_date'] or '—'} | {i['links_found']}/{i['links']} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
