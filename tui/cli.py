"""The ``bluf`` command. With no subcommand it opens the TUI; every subcommand runs
headless and never imports textual, so ``bluf export`` works in cron and over plain SSH."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bluf",
        description="A terminal briefing reader with stance annotation.",
        epilog="With no command, opens the reader. The workspace is --db, else $BLUF_DB, "
        "else the XDG data dir (see `bluf locate db`).",
    )
    p.add_argument("--db", metavar="PATH", help="workspace file (default: $BLUF_DB or the XDG data dir)")
    p.add_argument("--version", action="version", version="bluf 0.1.0")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser("export", help="write the Markdown brief")
    e.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
    e.add_argument("--title", default="Airspace incidents and stances", help="the brief's title")

    a = sub.add_parser("analyze", help="analyse text files and print what was found")
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--json", action="store_true", help="one JSON object per line and source (the default and only format)")

    i = sub.add_parser("import", help="add article files to the workspace")
    i.add_argument("paths", nargs="+", metavar="PATH")

    sub.add_parser("sources", help="list the workspace's sources with their ids")

    t = sub.add_parser("tag", help="tag the speaker of a quote with a stance")
    t.add_argument("source", help="source id, or its file name with or without extension")
    t.add_argument("quote_index", type=int, help="the quote's 0-based position in the source")
    t.add_argument("label", help="stance label (hawkish, cautious, neutral, threatening, denial)")
    t.add_argument("--note", default="", help="a note on the tag")

    u = sub.add_parser("untag", help="take a tag out of force (recorded in the history)")
    u.add_argument("tag_id", help="the tag's id (see `bluf log`)")

    lg = sub.add_parser("log", help="the history of tags: who tagged, undid and noted what, and when")
    lg.add_argument("--json", action="store_true", help="one JSON object per event")
    lg.add_argument("-n", type=int, default=0, metavar="N", help="only the last N events")

    st = sub.add_parser("stats", help="tags per label and annotator, agreement, disagreements")
    st.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("recover", help="rebuild a damaged workspace from its backup and journal")

    lo = sub.add_parser("locate", help="print where bluf keeps things")
    lo.add_argument("what", choices=["config", "themes", "db", "data", "cache"])
    return p


class _Progress:
    """A one-line progress indicator on stderr (only when stderr is a terminal)."""

    def __init__(self, what: str):
        self.what = what
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.tty or total == 0:
            return
        width = 24
        fill = int(width * done / total)
        sys.stderr.write(f"\r{self.what} [{'#' * fill}{'.' * (width - fill)}] {done}/{total} {name[:30]:30}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _open(args, seed: bool = True):
    from annotate.workspace import open_workspace

    return open_workspace(args.db, seed=seed, progress=lambda msg: print(f"bluf: {msg}", file=sys.stderr))


def cmd_export(args) -> int:
    from annotate.brief import build_brief
    from annotate.export.markdown import render_markdown

    ws = _open(args)
    try:
        ws.analyze(progress=_Progress("analysing"))
        text = render_markdown(build_brief(ws, title=args.title))
    finally:
        ws.close()
    if args.output and args.output != "-":
        out = Path(args.output)
        tmp = out.with_name(f".{out.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out)
        print(f"bluf: brief written to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_analyze(args) -> int:
    import json

    from annotate.analysis import analyze_sources
    from annotate.derive import derive
    from annotate.export.analysis_json import analysis_record
    from annotate.gazetteer import load_gazetteer
    from annotate.ingest import IngestError, read_source

    sources, status = [], EXIT_OK
    for f in args.files:
        try:
            src = read_source(f)
        except IngestError as err:
            print(f"bluf: {err}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        if all(s.id != src.id for s in sources):
            sources.append(src)
    gaz = load_gazetteer()
    analyses = analyze_sources(sources, progress=_Progress("analysing"), gazetteer=gaz)
    d = derive(sources, analyses, gaz)
    for s in sources:
        print(json.dumps(analysis_record(s, d), ensure_ascii=False))
    return status


def cmd_import(args) -> int:
    from annotate.ingest import IngestError, read_source

    ws = _open(args, seed=False)
    status = EXIT_OK
    try:
        for p in args.paths:
            try:
                src = read_source(p)
            except IngestError as err:
                print(f"bluf: {err}", file=sys.stderr)
                status = EXIT_ERROR
                continue
            added, _ = ws.add_sources([src])
            print(f"{'added' if added else 'already there'}: {src.name} ({src.id})")
    finally:
        ws.close()
    return status


def cmd_sources(args) -> int:
    ws = _open(args)
    try:
        ws.analyze(progress=_Progress("analysing"))
        for s in ws.sources():
            print(f"{s.id}  {len(ws.quotes(s.id)):3d} quotes  {s.name}  {s.title}")
    finally:
        ws.close()
    return EXIT_OK


def cmd_tag(args) -> int:
    ws = _open(args)
    try:
        src = ws.find_source(args.source)
        ws.analyze(progress=_Progress("analysing"))
        st = ws.tag(src.id, args.quote_index, args.label, note=args.note)
        print(f"tagged {ws.actor_name(st.actor_id)} as {st.label}: “{st.quote}” ({src.name})")
    finally:
        ws.close()
    return EXIT_OK


def cmd_untag(args) -> int:
    ws = _open(args, seed=False)
    try:
        st = ws.untag(args.tag_id)
        print(f"untagged {st.id}: {ws.actor_name(st.actor_id)} {st.label}")
    finally:
        ws.close()
    return EXIT_OK


def cmd_log(args) -> int:
    import json

    ws = _open(args, seed=False)
    try:
        events = ws.log()
    finally:
        ws.close(compact=False)
    if args.n:
        events = events[-args.n :]
    for e in events:
        if args.json:
            print(json.dumps(e, ensure_ascii=False))
            continue
        what = {"tag": "tagged", "untag": "untagged", "retag": "re-tagged", "note": "noted"}.get(e["event"], e["event"])
        why = f" ({e['reason']})" if e["reason"] else ""
        quote = e["quote"] if len(e["quote"]) <= 50 else e["quote"][:49] + "…"
        note = f" note: {e['note']}" if e["note"] else ""
        print(f"{e['at'][:19]}  {e['annotator']:<12} {what}{why} {e['actor']}: {e['label']}  {e['source']}  “{quote}”{note}  [{e['tag']}]")
    return EXIT_OK


def cmd_stats(args) -> int:
    import json

    from annotate.agreement import agreement

    ws = _open(args)
    try:
        ws.analyze(progress=_Progress("analysing"))
        stances = ws.stances()
        ag = agreement(stances)
        name = ws.actor_name
        src = lambda sid: ws.source(sid).name  # noqa: E731
    finally:
        ws.close(compact=False)
    if args.json:
        print(json.dumps({
            "tags": len(stances),
            "annotators": ag.annotators,
            "counts": {a: dict(c) for a, c in ag.counts.items()},
            "kappa": [{"pair": list(p), "kappa": k, "units": n} for p, (k, n) in ag.kappa.items()],
            "alpha": ag.alpha, "alpha_units": ag.alpha_units,
            "between_annotators": [{"actor": name(a), "source": src(s), "labels": labels} for (a, s), labels in ag.between_annotators],
            "between_sources": [{"actor": name(a), "labels": {src(s): lab for s, lab in per.items()}} for a, per in ag.between_sources],
        }, ensure_ascii=False))
        return EXIT_OK
    print(f"{len(stances)} tags in force by {len(ag.annotators)} annotator{'s' if len(ag.annotators) != 1 else ''}")
    labels = sorted({lab for c in ag.counts.values() for lab in c})
    if labels:
        width = max(8, *(len(a) for a in ag.annotators))
        print(f"{'label':<12}" + "".join(f"{a:>{width + 1}}" for a in ag.annotators) + f"{'total':>8}")
        for lab in labels:
            row = [ag.counts[a][lab] for a in ag.annotators]
            print(f"{lab:<12}" + "".join(f"{n:>{width + 1}}" for n in row) + f"{sum(row):>8}")
    for (a, b), (k, n) in ag.kappa.items():
        print(f"Cohen's kappa {a}–{b}: {'n/a' if k is None else f'{k:.2f}'} on {n} actor×source units")
    if len(ag.annotators) >= 2:
        print(f"Krippendorff's alpha (nominal): {'n/a' if ag.alpha is None else f'{ag.alpha:.2f}'} on {ag.alpha_units} units")
    if ag.between_annotators:
        print("Annotators disagree on:")
        for (a, s), labels in ag.between_annotators:
            print(f"  {name(a)} in {src(s)}: " + ", ".join(f"{who} {lab}" for who, lab in labels.items()))
    if ag.between_sources:
        print("Stance differs between sources:")
        for a, per in ag.between_sources:
            print(f"  {name(a)}: " + ", ".join(f"{src(s)} {lab}" for s, lab in per.items()))
    return EXIT_OK


def cmd_recover(args) -> int:
    from annotate.locations import default_db
    from annotate.store import recover

    print(recover(Path(args.db) if args.db else default_db()))
    return EXIT_OK


def cmd_locate(args) -> int:
    from annotate import locations

    paths = {
        "config": locations.config_file(),
        "themes": locations.user_themes_dir(),
        "db": Path(args.db) if args.db else locations.default_db(),
        "data": locations.data_dir(),
        "cache": locations.cache_dir(),
    }
    print(paths[args.what])
    return EXIT_OK


def cmd_tui(args) -> int:
    from tui.app import run_app

    return run_app(db=args.db)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {
        None: cmd_tui,
        "export": cmd_export,
        "analyze": cmd_analyze,
        "import": cmd_import,
        "sources": cmd_sources,
        "tag": cmd_tag,
        "untag": cmd_untag,
        "log": cmd_log,
        "stats": cmd_stats,
        "recover": cmd_recover,
        "locate": cmd_locate,
    }
    from annotate.errors import BlufError

    try:
        return handlers[args.command](args)
    except BlufError as err:
        print(f"bluf: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
