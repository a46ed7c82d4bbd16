"""Where bluf loses the labelled main incidents it misses: a count per stage, to tell a missing
trigger word from a veto, a wrong place or date, or a mention lost between the sentence and the
incident list.

    PYTHONPATH=. python bench/real_news/incident_misses.py --devset DIR [--labels F] [--list]

For each main incident of the labels (bench/real_news/labels.json) that score.py counts as missed
(no incident of the source fits type + country + date within a day), the first stage that fits:

- ``merged with another labelled incident``: an incident of the source fits, but the matching
  gives it to another labelled incident (the article reports two events of one type and country,
  and bluf made one incident of them); ``merged, of an alt type only``: the same, where the
  incident fits this label only by one of its ``alt_types`` (bluf told the other event only);
- ``lost after the sentence``: a mention of the source (``Analysis.incidents``) fits type, country
  and date, but no incident does (incident derivation: clustering, dating, confirmed edits);
- ``wrong date``: a mention fits type and country, none the date;
- ``wrong country``: a mention fits type and date, none the country;
- ``other type``: a mention in the labelled evidence sentence, or one fitting country and date, of
  another type;
- ``vetoed: NAME``: no mention in the evidence sentence, and a trigger word of the labelled type (or
  an alt type) is in it; NAME is the first of the finder's vetoes (nlp/events.py) that holds for it,
  checked here in the finder's order without the vetoes that depend on the article's other events
  ("another type's trigger", "the toll of another event");
- ``trigger, no veto``: a trigger word is there and none of those vetoes holds: the finder could not
  place it, or dropped it after (a background mention, an undated lead of an older event, a mention
  placed by the article alone), or one of the vetoes left out;
- ``no trigger``: no trigger word of the type in the evidence sentence (the vocabulary of events.toml);
- ``evidence not found``: the labelled sentence is not in the text.

The vetoes are re-checked on a fresh parse of each text with a missed incident (the analysis cache
does not keep parses). Counts are of main incidents; ``--list`` prints each miss with its stage.
Reads the text only to locate the label's evidence; tune nothing on a batch kept blind."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score  # noqa: E402  (bench/real_news/score.py: the same matching as the scores)


def _fits_type(g: dict, kind: str) -> bool:
    return kind in {g["type"], *g.get("alt_types", [])}


def _fits_country(g: dict, country: str) -> bool:
    countries = {score.country_key(c) for c in g["country"].split(";") if c.strip()}
    return not countries or score.country_key(country) in countries


def stage_of(g: dict, mentions: list, evidence: tuple[int, int] | None) -> str:
    """The mention-level stage of a missed gold incident, or "" when no mention explains it."""
    fit = [m for m in mentions if _fits_type(g, m.kind)]
    if any(_fits_country(g, m.country) and score.date_ok(g["date"], m.date) for m in fit):
        return "lost after the sentence"
    if any(_fits_country(g, m.country) for m in fit):
        return "wrong date"
    if any(score.date_ok(g["date"], m.date) for m in fit):
        return "wrong country"
    here = [m for m in mentions if evidence and m.start < evidence[1] and evidence[0] < m.end]
    if here or any(_fits_country(g, m.country) and score.date_ok(g["date"], m.date) for m in mentions):
        return "other type"
    return ""


def veto_of(doc, ev, types, g: dict, evidence: tuple[int, int], published: str) -> str:
    """For a labelled sentence with no mention: "no trigger", "vetoed: NAME" or "trigger, no veto"."""
    sents = [s for s in doc.sents if s.start_char < evidence[1] and evidence[0] < s.end_char]
    wanted = [t for t in types.types if _fits_type(g, t.id)]
    base, relative_ok = ev.date_base(published, doc.text)
    seen_trigger = False
    for sent in sents:
        words = [(t, t.lemma_.lower(), t.lower_) for t in sent]
        has_phrase = any(p.search(ev._stext(sent)) for t in wanted for p in t.phrases)
        for et in wanted:
            for trig, matched in ev._triggers(sent, et, words, has_phrase):
                seen_trigger = True
                checks = [
                    ("not in its context", lambda: not ev._in_context(trig, et, matched)),
                    ("irrealis", lambda: ev._irrealis(trig) and not (et.offered and ev._offered_truce(trig))),
                    ("an observer's report", lambda: ev._observer(trig)),
                    ("not_under", lambda: bool(et.not_under and et.not_under & ev._governors(trig))),
                    ("weapon of an exchange", lambda: ev._weapon_of_exchange(trig)),
                    ("not aimed at a target", lambda: ev._not_aimed(trig, et)),
                    ("used in an attack", lambda: et.untargeted and ev._used_in_attack(trig)),
                    ("not_by / by", lambda: bool(et.not_by and ev._done_by(trig) & et.not_by or et.by and not ev._done_by(trig) & et.by)),
                    ("in an exercise", lambda: et.id != "exercise_or_mobilisation" and ev.in_exercise(trig)),
                    ("background", lambda: ev._background(trig, base if relative_ok else None, base)),
                    ("judged for", lambda: ev._judged_for(trig)),
                ]
                for name, check in checks:
                    if check():
                        return f"vetoed: {name}"
    return "trigger, no veto" if seen_trigger else "no trigger"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", required=True, help="directory with texts/ and meta.json")
    ap.add_argument("--labels", default=str(score.LABELS))
    ap.add_argument("--list", action="store_true", help="print each missed incident with its stage")
    args = ap.parse_args(argv)
    devset = Path(args.devset)
    labels = json.loads(Path(args.labels).read_text(encoding="utf-8"))
    files = {f: v for f, v in labels["files"].items() if (devset / "texts" / f).is_file()}
    meta = [m for m in json.loads((devset / "meta.json").read_text(encoding="utf-8")) if m["file"] in files]

    from annotate.event_types import load_event_types
    from annotate.gazetteer import load_gazetteer
    from annotate.nfc import to_nfc
    from annotate.nlp import events as ev
    from annotate.nlp.entities import correct_entities
    from annotate.nlp.pipeline import load_pipeline
    from annotate.text import masked, unwrap

    types = load_event_types()
    stages: Counter = Counter()
    lines: list[str] = []
    nlp = gaz = None
    total = 0
    with tempfile.TemporaryDirectory() as d:
        ws, sources = score.run_bluf(devset, meta, Path(d))
        incidents = ws.incidents()
        for m in meta:
            fname, src, gold = m["file"], sources.get(m["file"]), files[m["file"]]
            if src is None:
                continue
            mine = [p for p in incidents if src.id in p.evidence]
            golds = sorted(gold["incidents"], key=lambda g: g["salience"] != "main")

            def fits(g, p):
                return _fits_type(g, score.incident_type(p)) and _fits_country(g, p.country) and score.date_ok(g["date"], p.date)

            pairs = score.match_incidents(golds, mine, fits)
            analysis = ws.analysis(src.id)
            mentions = analysis.incidents if analysis else []
            doc = None
            for gi, g in enumerate(golds):
                if g["salience"] != "main":
                    continue
                total += 1
                if gi in pairs:
                    continue
                text = unwrap(masked(src.text, src.removed))
                evidence = score.span_of(text, g["evidence"]) if g.get("evidence") else None
                taken = [p for p in mine if fits(g, p)]
                if taken and any(score.incident_type(p) == g["type"] for p in taken):
                    stage = "merged with another labelled incident"
                elif taken:
                    stage = "merged, of an alt type only"
                else:
                    stage = stage_of(g, mentions, evidence)
                if not stage and evidence is None:
                    stage = "evidence not found"
                if not stage:
                    if doc is None:
                        if nlp is None:
                            gaz = load_gazetteer()
                            nlp, _ = load_pipeline(gaz)
                        doc = nlp(to_nfc(text)[0])
                        correct_entities(doc, gaz)  # as analysis.analyze_doc does before the finder
                        ev._READING.types = types
                        ev._READING.cache = None
                    stage = veto_of(doc, ev, types, g, evidence, src.published)
                stages[stage] += 1
                lines.append(f"- {fname}: {g['type']} {g['country']} {g['date'] or 'undated'}: {stage}")
        ws.close(compact=False)
    ev._READING.types = None
    missed = sum(stages.values())
    print(f"{missed} of {total} main incidents missed ({args.devset})")
    for stage, n in stages.most_common():
        print(f"  {n:3d}  {stage}")
    if args.list:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
