"""`make quality-real`: run bluf on the development set of real news and score it against the
hand labels (bench/real_news/labels.json), by topic, and write docs/QUALITY-REAL-NEWS.md.

The texts are not in the repository (copyright): they are read from $BLUF_DEVSET or
/work/devset (texts/NN_slug.txt and meta.json; bench/real_news/rebuild.py restores them).

bluf is run as a user runs it, through the public ``annotate`` facade: a new workspace in a
temporary directory, the texts imported as JSON Lines with their metadata (title, outlet,
URL, publication date), ``analyze()``, then the workspace's quotes, actors, incidents,
entity labels and stance suggestions. Nothing here knows the articles.

Scores (each also by topic):
- quote recall: a labelled quote is found when a detected quote overlaps at least half of it;
- speaker accuracy, two ways, over all labelled quotes (a quote not found counts as wrong):
  span: the detected speaker phrase overlaps the labelled speaker mention nearest the quote;
  name: the quote's actor is the labelled actor (its canonical name or one of its aliases);
  an unnamed speaker ("one resident") is right when the actor is none or unnamed;
- incidents: per source, labelled incidents against the workspace's incidents that cite the
  source, matched one to one on type (or an accepted alternative) + country + date within a
  day (an undated label accepts any date; XXXX-MM-DD compares month and day, and so does
  bluf's year-unknown --MM-DD). Recall over the
  main incidents; precision over the predicted ones (matching a background label is no error).
  Also the same without the type ("country + date"). bluf before issue 14 has no event types:
  its incidents are airspace incidents, scored as airspace_violation;
- affiliation accuracy over (source, actor) labels with an affiliation: the actor is found
  (resolve_actor on its name or aliases) and its affiliation names the labelled country or
  organisation ("Pakistan government" = "Pakistan"); kind accuracy likewise;
- places labelled person/org: labelled places that bluf shows as a person or organisation
  actor, and places whose spaCy entity is PERSON or ORG;
- cue-only stance suggestions: for each labelled (source, actor) stance the strongest
  suggestion for that actor in that source; agreement over all labels, and coverage.

Usage: python bench/real_news/score.py [--devset DIR] [--labels FILE] [--write docs/QUALITY-REAL-NEWS.md] [--json FILE]
Exit status 0 when scored, 2 when the set is missing (the message says how to rebuild it) or when some
labelled texts are missing and --partial is not given (with --partial the rest are scored and the
report names the missing ones).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABELS = HERE / "labels.json"
BEGIN, END = "<!-- bench/real_news/score.py: begin -->", "<!-- bench/real_news/score.py: end -->"

# Country names as bluf or the labels may write them -> one spelling.
COUNTRY_ALIASES = {
    "us": "united states", "usa": "united states", "u.s.": "united states", "america": "united states",
    "united states of america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "russian federation": "russia", "republic of korea": "south korea",
    "korea, republic of": "south korea", "dprk": "north korea", "korea, democratic people's republic of": "north korea",
    "palestinian territories": "palestine", "state of palestine": "palestine", "gaza": "palestine",
    "gaza strip": "palestine", "west bank": "palestine", "palestine, state of": "palestine",
    "iran, islamic republic of": "iran", "taiwan, province of china": "taiwan",
    # pycountry's official forms and common short ones (added before heldout-3 was scored)
    "dr congo": "democratic republic of the congo", "drc": "democratic republic of the congo",
    "democratic republic of congo": "democratic republic of the congo",
    "congo, the democratic republic of the": "democratic republic of the congo",
    "congo-kinshasa": "democratic republic of the congo", "syrian arab republic": "syria",
    "venezuela, bolivarian republic of": "venezuela", "turkiye": "turkey", "viet nam": "vietnam",
    "lao people's democratic republic": "laos", "moldova, republic of": "moldova",
    "bolivia, plurinational state of": "bolivia", "tanzania, united republic of": "tanzania",
}
LEGACY_KIND_TYPE = "airspace_violation"  # bluf before issue 14: jets/drones/missiles/balloons in airspace
KIND_OK = {"person": {"person"}, "government": {"government", "state"},
           "organisation": {"organization", "organisation"}, "group": {"organization", "organisation", "group"}}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")
    s = " ".join(s.replace(".", " ").split())
    return s[4:] if s.startswith("the ") else s


def country_key(c: str) -> str:
    c = norm(c)
    return COUNTRY_ALIASES.get(c, c)


def affiliation_parts(a: str) -> set[str]:
    out = set()
    for part in (a or "").split(","):
        p = norm(part)
        for suffix in (" government", " regional government"):
            if p.endswith(suffix):
                p = p[: -len(suffix)]
        if p:
            out.add(COUNTRY_ALIASES.get(p, p))
    return out


def devset_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("BLUF_DEVSET") or "/work/devset")


def commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# ---------------------------------------------------------------------------------- running bluf
def run_bluf(devset: Path, meta: list[dict], workdir: Path):
    """Import the texts into a new workspace and analyse them: (workspace, {file: source})."""
    import annotate

    lines = []
    for m in meta:
        text = (devset / "texts" / m["file"]).read_text(encoding="utf-8")
        fields = {k: m[k] for k in ("title", "outlet", "url", "published") if m.get(k)}
        lines.append(json.dumps({"text": text, "meta": fields}, ensure_ascii=False))
    jsonl = workdir / "devset.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ws = annotate.open_workspace(workdir / "ws.json", annotator="score", seed=False)
    report = ws.import_files([str(jsonl)])
    if report.errors:
        raise SystemExit(f"import failed: {report.errors[0]}")
    ws.analyze()
    by_line = {s.name.rsplit(":", 1)[-1]: s for s in ws.sources()}
    return ws, {m["file"]: by_line.get(str(i + 1)) for i, m in enumerate(meta)}


# ---------------------------------------------------------------------------------- locating labels
def find_all(text: str, needle: str) -> list[int]:
    """Offsets of ``needle`` in ``text`` as a whole word or phrase ("he" is not in "the")."""
    if not needle:
        return []
    pattern = (r"(?<!\w)" if needle[0].isalnum() else "") + re.escape(needle) + (r"(?!\w)" if needle[-1].isalnum() else "")
    return [m.start() for m in re.finditer(pattern, text)]


_QUOTE_MARKS = "\"“”«»‘’'"


def span_of(text: str, needle: str, mention: str = "") -> tuple[int, int] | None:
    """Where a labelled quote is: of the places its words occur (as whole words, else anywhere),
    one written between quotation marks (a mark right before it and right after it) before one
    with a mark on one side only, before one with none (a headline or a lead can repeat a partial
    quote's words unquoted, a longer quote can hold them), then the one nearest the labelled
    speaker mention, then the first."""
    starts = find_all(text, needle)
    if not starts:
        i = text.find(needle)
        return (i, i + len(needle)) if i >= 0 else None
    marks = set(_QUOTE_MARKS)

    def quoted(i: int) -> int:
        before = text[max(0, i - 2) : i].strip()
        after = text[i + len(needle) : i + len(needle) + 2].lstrip(" ,.;:!?")
        return int(bool(before and before[-1] in marks)) + int(bool(after and after[0] in marks))

    def to_mention(i: int) -> int:
        found = nearest(text, mention, (i, i + len(needle))) if mention else None
        return max(0, found[0] - (i + len(needle)), i - found[1]) if found else 0

    best = min(starts, key=lambda i: (-quoted(i), to_mention(i), i))
    return (best, best + len(needle))


def nearest(text: str, needle: str, anchor: tuple[int, int]) -> tuple[int, int] | None:
    best = None
    for i in find_all(text, needle):
        d = 0 if i < anchor[1] and anchor[0] < i + len(needle) else min(abs(i - anchor[1]), abs(anchor[0] - (i + len(needle))))
        if best is None or d < best[0]:
            best = (d, (i, i + len(needle)))
    return best[1] if best else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# ---------------------------------------------------------------------------------- scoring
class Tally:
    """Counts of right/total per topic, and overall."""

    def __init__(self):
        self.n = defaultdict(lambda: [0, 0])

    def add(self, topic: str, ok: bool, weight: int = 1):
        for k in (topic, "all"):
            self.n[k][0] += int(ok) * weight
            self.n[k][1] += weight

    def ratio(self, topic: str = "all") -> float | None:
        ok, tot = self.n[topic]
        return ok / tot if tot else None

    def cell(self, topic: str = "all") -> str:
        ok, tot = self.n[topic]
        return f"{ok / tot:.2f} ({ok}/{tot})" if tot else "–"


def actor_names(ws, actor_id):
    a = ws.actor(actor_id) if actor_id else None
    if a is None:
        return None, set()
    return a, {norm(a.name), *(norm(x) for x in getattr(a, "aliases", []) or [])}


def gold_names(name: str, actors: dict) -> set[str]:
    info = actors.get(name, {})
    return {norm(name), *(norm(x) for x in info.get("aliases", []))}


def resolve(ws, name: str, actors: dict):
    for n in [name, *actors.get(name, {}).get("aliases", [])]:
        aid = ws.resolve_actor(n)
        if aid:
            return ws.actor(aid)
    return None


def date_ok(gold: str, pred: str) -> bool:
    if not gold:
        return True
    if not pred:
        return False
    pred = pred[:10]
    lo, _, hi = gold.partition("/")
    hi = hi or lo
    if pred.startswith("--"):
        # bluf's day of an unknown year ("--10-21", ISO 8601's year-omitted form): month and day
        # against the label's, in the label's year (any one, a leap year, for an XXXX label)
        year = lo[:4] if lo[:4].isdigit() else "2000"
        pred = year + pred[1:]
        lo, hi = lo.replace("XXXX", year), hi.replace("XXXX", year)
    elif lo.startswith("XXXX"):
        try:
            p = dt.date.fromisoformat(pred)
            lo, hi = lo.replace("XXXX", str(p.year)), hi.replace("XXXX", str(p.year))
        except ValueError:
            return False
    try:
        p, a, b = dt.date.fromisoformat(pred), dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    except ValueError:
        return False
    return a - dt.timedelta(days=1) <= p <= b + dt.timedelta(days=1)


def match_incidents(golds: list, mine: list, fits) -> dict:
    """A maximum one-to-one matching of labelled incidents (``golds``, main ones first) to
    bluf's (``mine``) under ``fits(gold, pred) -> bool``: {index in golds: matched pred}.
    Kuhn's augmenting paths, run over the golds in order, so the main incidents get the most
    matches any matching can give them, and the background ones the most that leaves them.
    (A greedy first-fit matching could give a gold a pred that another gold needed.)"""
    owner: dict[int, int] = {}  # index in mine -> index in golds

    def augment(gi: int, seen: set[int]) -> bool:
        for pi, p in enumerate(mine):
            if pi in seen or not fits(golds[gi], p):
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {gi: mine[pi] for pi, gi in owner.items()}


def incident_type(inc) -> str:
    """The incident's event type: its ``type``/``event_type``, else its ``kind`` when that is
    a type of bluf's events.toml (issue 14), else the legacy airspace kind's type."""
    for attr in ("type", "event_type"):
        t = getattr(inc, attr, None)
        if isinstance(t, str) and t:
            return t
    try:
        from annotate.event_types import load_event_types

        if load_event_types().get(inc.kind) is not None:
            return inc.kind
    except (ImportError, AttributeError):
        pass
    return LEGACY_KIND_TYPE


def score(ws, sources: dict, meta: list[dict], labels: dict) -> dict:
    topic_of = {m["file"]: m["topic"] for m in meta}
    t = {k: Tally() for k in ("quote_recall", "speaker_span", "speaker_name", "inc_recall", "inc_recall_all",
                              "inc_precision", "inc_recall_untyped", "inc_precision_untyped", "affiliation",
                              "affiliation_found", "kind", "stance", "stance_covered", "place_ok")}
    misses = defaultdict(list)
    by_rule, by_kind = Tally(), Tally()  # speaker span accuracy by bluf's attribution rule, by quote kind
    places_bad_actor, places_bad_entity = defaultdict(list), defaultdict(list)
    incidents = ws.incidents()
    by_name: dict[str, object] = {}
    for a in ws.list_actors():
        for n in (a.name, *(getattr(a, "aliases", []) or [])):
            by_name.setdefault(norm(n), a)
    for fname, gold in labels["files"].items():
        src = sources.get(fname)
        topic = topic_of.get(fname, "?")
        if src is None:
            misses["missing"].append(fname)
            continue
        text = src.text
        quotes = ws.quotes(src.id)
        # Quotes and speakers.
        for g in gold["quotes"]:
            gspan = span_of(text, g["text"], g.get("speaker_mention") or "")
            if gspan is None:
                misses["label not in text"].append(f"{fname}: {g['text'][:50]!r}")
                continue
            hit = max(quotes, key=lambda q: overlap((q.start, q.end), gspan), default=None)
            found = hit is not None and overlap((hit.start, hit.end), gspan) * 2 >= gspan[1] - gspan[0]
            t["quote_recall"].add(topic, found)
            mspan = nearest(text, g["speaker_mention"], gspan) if g["speaker_mention"] else None
            span_ok = bool(found and hit.speaker and mspan and overlap((hit.speaker.start, hit.speaker.end), mspan) > 0)
            actor, names = actor_names(ws, hit.actor_id if found else None)
            if g["speaker"] is None:
                name_ok = found and (actor is None or actor.kind == "unnamed" or span_ok)
            else:
                name_ok = found and bool(names & gold_names(g["speaker"], gold["actors"]))
            t["speaker_span"].add(topic, span_ok)
            by_rule.add((hit.rule or "(no rule)") if found else "(quote not found)", span_ok)
            by_kind.add(g.get("kind", "full"), span_ok)
            t["speaker_name"].add(topic, name_ok)
            if not found:
                misses["quote not found"].append(f"{fname}: {g['text'][:60]!r}")
            elif not name_ok:
                got = actor.name if actor else (hit.speaker.text if hit.speaker else "none")
                misses["wrong speaker"].append(f"{fname}: {g['text'][:40]!r} -> {got!r}, label {g['speaker']!r}")
        # Actors: affiliation and kind.
        for name, info in gold["actors"].items():
            a = resolve(ws, name, gold["actors"])
            if a is not None:
                ok_kind = norm(a.kind) in KIND_OK.get(info["kind"], {info["kind"]})
                t["kind"].add(topic, ok_kind)
                if not ok_kind:
                    misses["kind"].append(f"{fname}: {name!r} -> {a.kind!r} ({a.name!r}, {a.affiliation!r}), label {info['kind']!r}")
            else:
                t["kind"].add(topic, False)
                misses["kind"].append(f"{fname}: {name!r} -> not found, label {info['kind']!r}")
            if not info.get("affiliation"):
                continue
            ok = a is not None and bool(affiliation_parts(info["affiliation"]) & affiliation_parts(a.affiliation))
            t["affiliation"].add(topic, ok)
            if a is not None:
                t["affiliation_found"].add(topic, ok)
            if not ok:
                misses["affiliation"].append(f"{fname}: {name!r} -> {('not found' if a is None else repr(a.affiliation))}, label {info['affiliation']!r}")
        # Places shown as a person or an organisation.
        analysis = ws.analysis(src.id)
        ents = analysis.entities if analysis else []
        for place in gold["places"]:
            actor = by_name.get(norm(place))  # an actor of that very name, not a fuzzy neighbour
            bad_actor = actor is not None and norm(actor.kind) in ("person", "organization", "organisation")
            spans = [(i, i + len(place)) for i in find_all(text, place)]
            bad_ent = any(e.label in ("PERSON", "ORG") and any(overlap((e.start, e.end), s) for s in spans) for e in ents)
            if bad_actor:
                places_bad_actor[topic].append(f"{place} ({actor.kind}, {fname[:2]})")
            if bad_ent:
                places_bad_entity[topic].append(place)
            t["place_ok"].add(topic, not bad_actor)
        # Incidents.
        mine = [p for p in incidents if src.id in p.evidence]
        for typed in (True, False):
            golds = sorted(gold["incidents"], key=lambda g: g["salience"] != "main")

            def fits(g, p, typed=typed):
                countries = {country_key(c) for c in g["country"].split(";") if c.strip()}
                return ((not typed or incident_type(p) in {g["type"], *g.get("alt_types", [])})
                        and (not countries or country_key(p.country) in countries)
                        and date_ok(g["date"], p.date))

            pairs = match_incidents(golds, mine, fits)
            used = {p.id for p in pairs.values()}
            for gi, g in enumerate(golds):
                match = pairs.get(gi)
                if typed:
                    t["inc_recall_all"].add(topic, match is not None)
                if g["salience"] == "main":
                    t["inc_recall" if typed else "inc_recall_untyped"].add(topic, match is not None)
                    if typed and match is None:
                        misses["incident missed"].append(f"{fname}: {g['type']} {g['country']} {g['date'] or 'undated'}")
            for p in mine:
                t["inc_precision" if typed else "inc_precision_untyped"].add(topic, p.id in used)
                if typed and p.id not in used:
                    misses["incident spurious"].append(f"{fname}: {p.title!r} ({p.country}, {p.date or 'undated'})")
        # Stance suggestions (cue-only: a new workspace has no tags to learn from).
        sugg: dict[str, object] = {}
        for s in ws.suggestions(src.id):
            sugg.setdefault(ws.canonical_actor_id(s.actor_id), s)
        for g in gold["stances"]:
            a = resolve(ws, g["actor"], gold["actors"])
            s = sugg.get(ws.canonical_actor_id(a.id)) if a is not None else None
            t["stance"].add(topic, bool(s and s.label == g["label"]))
            if not (s and s.label == g["label"]):
                got = f"{s.label} ({s.reason})" if s is not None else "no suggestion"
                misses["stance"].append(f"{fname}: {g['actor']!r} -> {got}, label {g['label']}")
            if s is not None:
                t["stance_covered"].add(topic, s.label == g["label"])
    return {"tallies": t, "misses": misses, "by_rule": by_rule, "by_kind": by_kind, "places_bad_actor": places_bad_actor, "places_bad_entity": places_bad_entity}


# ---------------------------------------------------------------------------------- report
ROWS = [
    ("quote recall", "quote_recall"),
    ("speaker accuracy (span of the mention)", "speaker_span"),
    ("speaker accuracy (canonical name)", "speaker_name"),
    ("incidents recall (type + country + date ±1 day; main)", "inc_recall"),
    ("incidents precision (type + country + date)", "inc_precision"),
    ("incidents recall, country + date only", "inc_recall_untyped"),
    ("incidents precision, country + date only", "inc_precision_untyped"),
    ("affiliation accuracy (all labelled actors)", "affiliation"),
    ("affiliation accuracy (actors bluf found)", "affiliation_found"),
    ("actor kind accuracy", "kind"),
    ("places not shown as a person/org actor", "place_ok"),
    ("cue-only stance suggestion agreement (all labels)", "stance"),
    ("cue-only stance agreement where a suggestion exists", "stance_covered"),
]


def as_json(res: dict, topics: list[str]) -> dict:
    t = res["tallies"]
    out = {key: {tp: t[key].n[tp] for tp in ["all", *topics] if t[key].n[tp][1]} for _, key in ROWS}
    out["speaker_span_by_rule"] = {k: v for k, v in res["by_rule"].n.items() if k != "all"}
    out["speaker_span_by_kind"] = {k: v for k, v in res["by_kind"].n.items() if k != "all"}
    out["places_as_person_or_org_actor"] = sorted({x.split(" (")[0] for v in res["places_bad_actor"].values() for x in v})
    out["places_as_person_or_org_entity"] = sorted({x for v in res["places_bad_entity"].values() for x in v})
    return out


def report(res: dict, meta: list[dict], labels: dict, cmd: str, seconds: float, missing: list[str] = ()) -> str:
    t = res["tallies"]
    topics = sorted({m["topic"] for m in meta})
    n = len(labels["files"])
    nq = sum(len(f["quotes"]) for f in labels["files"].values())
    ni = sum(1 for f in labels["files"].values() for i in f["incidents"] if i["salience"] == "main")
    ns = sum(len(f["stances"]) for f in labels["files"].values())
    lines = [
        BEGIN,
        f"Measured with `{cmd}` on {dt.date.today().isoformat()} at commit {commit()} "
        f"({n} articles, {len(topics)} topics, analysis and scoring {seconds:.0f} s)."
        + (f" Texts missing from the rebuilt set, not scored: {', '.join(sorted(missing))}." if missing else ""),
        "",
        f"Labels: {nq} quotes, {ni} main incidents (and background ones), "
        f"{sum(len(f['actors']) for f in labels['files'].values())} actor entries, "
        f"{sum(len(f['places']) for f in labels['files'].values())} places, {ns} stances. "
        "Cells: score (right/total).",
        "",
        "| | all | " + " | ".join(tp.replace("_", " ") for tp in topics) + " |",
        "|---|---|" + "---|" * len(topics),
    ]
    for title, key in ROWS:
        lines.append(f"| {title} | {t[key].cell()} | " + " | ".join(t[key].cell(tp) for tp in topics) + " |")
    bad_a = sorted({x.split(" (")[0] + " (" + x.split(" (")[1].split(",")[0] + ")"
                    for v in res["places_bad_actor"].values() for x in v})
    bad_e = sorted({x for v in res["places_bad_entity"].values() for x in v})
    lines += ["", f"Distinct places shown as a person or organisation actor: {len(bad_a)}"
              + (" (" + ", ".join(bad_a) + ")" if bad_a else "") + ".",
              f"Distinct places with a PERSON or ORG spaCy entity somewhere in their text: {len(bad_e)}"
              + (" (" + ", ".join(bad_e) + ")" if bad_e else "") + ".", ""]
    rules = sorted((k for k in res["by_rule"].n if k != "all"), key=lambda k: -res["by_rule"].n[k][1])
    lines += ["Speaker accuracy (span) by bluf's attribution rule: "
              + "; ".join(f"{k} {res['by_rule'].cell(k)}" for k in rules) + ".",
              "By quote kind: " + "; ".join(f"{k} {res['by_kind'].cell(k)}" for k in ("full", "partial")) + ".", ""]
    for kind in ("label not in text", "quote not found", "wrong speaker", "incident missed", "incident spurious", "affiliation", "kind", "stance"):
        items = res["misses"].get(kind, [])
        if items:
            lines.append(f"<details><summary>{kind}: {len(items)}</summary>\n")
            lines += [f"- {x}" for x in items[:90]]
            if len(items) > 90:
                lines.append(f"- … and {len(items) - 90} more")
            lines.append("\n</details>\n")
    lines.append(END)
    return "\n".join(lines)


def write_doc(path: Path, block: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in old and END in old:
        new = old[: old.index(BEGIN)] + block + old[old.index(END) + len(END):]
    else:
        new = "# Quality on real news outside the seeds\n\n" + block + "\n\n" + old
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", help="directory with texts/ and meta.json (default $BLUF_DEVSET or /work/devset)")
    ap.add_argument("--write", help="write the report into this Markdown file (between the score.py markers)")
    ap.add_argument("--json", help="write the scores as JSON to this file")
    ap.add_argument("--labels", default=str(LABELS), help="the hand labels (default: labels.json beside this script)")
    ap.add_argument("--partial", action="store_true",
                    help="score the labelled texts that are present and name the missing ones (the report says so)")
    args = ap.parse_args(argv)
    devset = devset_dir(args.devset)
    if not (devset / "meta.json").is_file() or not (devset / "texts").is_dir():
        print(f"no development set at {devset} (texts/ and meta.json): set BLUF_DEVSET or rebuild it with "
              "`python bench/real_news/rebuild.py --from DIR` (or online, from the URLs)", file=sys.stderr)
        return 2
    meta = json.loads((devset / "meta.json").read_text(encoding="utf-8"))
    labels = json.loads(Path(args.labels).read_text(encoding="utf-8"))
    missing = [f for f in labels["files"] if not (devset / "texts" / f).is_file()]
    if missing and not args.partial:
        print(f"{len(missing)} labelled texts missing from {devset / 'texts'} (first: {missing[0]}); "
              "rebuild with bench/real_news/rebuild.py, or score the rest with --partial", file=sys.stderr)
        return 2
    if missing:
        print(f"scoring {len(labels['files']) - len(missing)} of {len(labels['files'])} labelled texts; "
              f"missing: {', '.join(missing)}", file=sys.stderr)
        labels = {**labels, "files": {f: v for f, v in labels["files"].items() if f not in missing}}
    meta = [m for m in meta if m["file"] in labels["files"]]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        ws, sources = run_bluf(devset, meta, Path(d))
        res = score(ws, sources, meta, labels)
        ws.close(compact=False)
    seconds = time.perf_counter() - started
    cmd = "make quality-real" if os.environ.get("BLUF_MAKE") else "python bench/real_news/score.py" + (" --write " + args.write if args.write else "")
    text = report(res, meta, labels, cmd, seconds, missing)
    print(text)
    if args.write:
        write_doc(Path(args.write), text)
    if args.json:
        Path(args.json).write_text(json.dumps(as_json(res, sorted({m["topic"] for m in meta})), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
