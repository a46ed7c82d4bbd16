"""The ``bluf`` command. With no subcommand it opens the TUI; every subcommand runs
headless and never imports textual, so ``bluf export`` works in cron and over plain SSH."""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from annotate import __version__

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with bluf's usage errors: one line, ``bluf: COMMAND: what`` and where the
    help is, exit 2 (not the usage text, which hides the error in a cron mail)."""

    argv: list[str] = []

    def error(self, message: str):
        where, parser = self.prog, self
        if self.prog == "bluf":  # unrecognized arguments are found here, after the command's parser ran
            path = ["bluf"]
            for word in self.argv:
                subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
                if subs and word in subs[0].choices:
                    path.append(word)
                    parser = subs[0].choices[word]
            where = " ".join(path)
        if message.startswith("unrecognized arguments"):
            message += " (quote a value that has spaces)"
        message = _choice_hint(message)
        cmd = where.removeprefix("bluf").strip()
        self.exit(EXIT_USAGE, f"bluf: {cmd + ': ' if cmd else ''}{message}; see `{where} --help`\n")


def _choice_hint(message: str) -> str:
    """argparse's "invalid choice: 'tg' (choose from 'export', 'tag', ...)" with "did you
    mean tag?" (``annotate.near``) before the choices when one is close; else as given."""
    import re

    m = re.search(r"invalid choice: '?([^'(]*?)'? \(choose from (.*)\)$", message)
    if m is None:
        return message
    from annotate import did_you_mean

    choices = [c.strip(" '\"") for c in m.group(2).split(",")]
    hint = did_you_mean(m.group(1), choices)
    return message[: m.start()] + f"invalid choice: {m.group(1)!r}: {hint} (choose from {', '.join(choices)})" if hint else message


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="bluf",
        description="A terminal briefing reader with stance annotation.",
        epilog="With no command, opens the reader. The workspace is --db, else $BLUF_DB, "
        "else the XDG data dir (see `bluf locate db`); a new one starts empty. "
        "`bluf --sample` opens the bundled sample articles in a workspace of their own.",
    )
    p.add_argument("--db", metavar="PATH", help="workspace file, before or after the command (default: $BLUF_DB or the XDG data dir)")
    p.add_argument("--sample", action="store_true",
                   help="the sample workspace instead (sample.json in the XDG data dir), made with the bundled articles the first time")
    p.add_argument("--version", action="version", version=f"bluf {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser("export", help="the Markdown brief, or the workspace as JSON, JSONL spans or CSV")
    e.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
    from annotate import DEFAULT_LABELS, EXPORT_FORMATS

    e.add_argument("--format", choices=list(EXPORT_FORMATS), default="md",
                   help="; ".join(f"{f.name}: {f.help}" for f in EXPORT_FORMATS.values()))
    e.add_argument("--template", metavar="FILE", help="a Jinja2 template for the brief (default: brief.md.j2 in the config dir, else bluf's)")
    e.add_argument("--title", default=None, help="the brief's title")
    e.add_argument("--incident", action="append", default=[], metavar="ID", help="only this incident (repeatable)")
    e.add_argument("--actor", action="append", default=[], metavar="NAME", help="only this actor, by id or name (repeatable)")
    e.add_argument("--annotator", action="append", default=[], metavar="NAME", help="only tags by this annotator (repeatable)")
    e.add_argument("--label", action="append", default=[], metavar="LABEL", help="only this stance label (repeatable)")
    e.add_argument("--from", dest="date_from", default="", metavar="YYYY-MM-DD", help="sources published on or after (undated sources are left out)")
    e.add_argument("--to", dest="date_to", default="", metavar="YYYY-MM-DD", help="sources published on or before (undated sources are left out)")
    e.add_argument("--mode", type=_octal_mode, metavar="OCTAL",
                   help="permissions of the file written with -o, e.g. 0640 (default: the workspace's, 0600)")

    br = sub.add_parser("brief", help="print the brief (as `bluf export`); `brief title|scope` prints or sets its title and scope, "
                        "kept in the workspace (undo and `bluf log` see them)",
                        description="With no ACTION, prints the Markdown brief as `bluf export` does (`bluf export -o FILE` "
                        "writes it to a file, with filters).")
    br_sub = br.add_subparsers(dest="brief_command", metavar="ACTION", required=False)
    for what, example in (("title", "India and Pakistan: strikes and ceasefire"), ("scope", "India-Pakistan crisis, 7-10 May 2025")):
        bt = br_sub.add_parser(what, help=f"print the brief's {what}, or set it (\"\" goes back to the derived one)",
                               epilog=f'Example: bluf brief {what} "{example}"')
        bt.add_argument("text", nargs="?", default=None, help=f"the new {what}")

    a = sub.add_parser("analyze", help="analyse text files and print what was found")
    a.add_argument("files", nargs="+", metavar="FILE", help="any file `bluf import` reads (- for stdin)")
    a.add_argument("--json", action="store_true", help="one JSON document: a list of one object per source (the default)")
    a.add_argument("--jsonl", action="store_true", help="JSON Lines instead: one object per line and source")

    i = sub.add_parser(
        "import", help="add articles: files, folders (recursive), - for stdin",
        description="Formats: .txt, .md (front matter read), saved .html pages, RSS/Atom feeds "
        "(.xml/.rss/.atom, one source per entry), .jsonl ({\"text\": ..., \"meta\": {...}} per line).",
        epilog="Each refused file is one line on stderr, then \"imported N, refused M\". Exit status: 0 when "
        "something was imported (or nothing was refused), 1 when files were refused and none imported.",
    )
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--glob", default="*", metavar="PATTERN", help="only files whose name matches, in folders (e.g. '*.html')")
    i.add_argument("--max-size", type=float, default=20, metavar="MB", help="refuse files over this size (default 20 MB)")
    i.add_argument("--no-fallback", action="store_true", help="refuse text that is not UTF-8 instead of reading it as cp1252")
    i.add_argument("--workers", metavar="ADDRESS", default=None,
                   help="analyse the sources not analysed yet on the Dask scheduler at ADDRESS (tcp://host:8786; "
                   "default: [analysis] scheduler in config.toml, else no analysis until they are opened)")
    _fetch_options(i)

    fd = sub.add_parser(
        "feeds", help="feed subscriptions: add, list, rm, update, import newsboat urls or OPML, export OPML",
        epilog="Daily brief from cron: bluf feeds update --quiet && bluf export -o brief.md",
    )
    fd_sub = fd.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    fa = fd_sub.add_parser("add", help="subscribe to a feed URL")
    fa.add_argument("url")
    fa.add_argument("--name", default="", help="a short name for the feed")
    fa.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)")
    fd_sub.add_parser("list", help="the subscriptions, with their last update")
    fr = fd_sub.add_parser("rm", help="unsubscribe (its sources stay)")
    fr.add_argument("feed", help="the feed's name, URL or number in `bluf feeds list`")
    fu = fd_sub.add_parser("update", help="fetch the feeds and import their new entries")
    fu.add_argument("feeds", nargs="*", metavar="NAME", help="only these feeds (name, URL or number); default all")
    fu.add_argument("--quiet", "-q", action="store_true", help="print only errors; the exit status says whether all feeds updated (0) or some failed (1)")
    _fetch_options(fu)
    fi = fd_sub.add_parser("import-urls", help="subscribe to the feeds of a newsboat urls file")
    fi.add_argument("file", help="newsboat's urls file: a URL per line, then tags; \"~Name\" names the feed")
    fo = fd_sub.add_parser("import-opml", help="subscribe to the feeds of an OPML file")
    fo.add_argument("file")
    fx = fd_sub.add_parser("export-opml", help="the subscriptions as OPML")
    fx.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")

    se = sub.add_parser("source", help="a source's metadata")
    se_sub = se.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    ed = se_sub.add_parser("edit", help="set title, outlet, author, url, published, language, grade")
    ed.add_argument("source", help="source id, or its file name with or without extension")
    from annotate import SOURCE_FIELDS

    for field in SOURCE_FIELDS:
        ed.add_argument(f"--{field}", help={"published": "publication date, YYYY-MM-DD", "grade": "Admiralty code: reliability A-F and credibility 1-6, e.g. B2"}.get(field))
    se_sub.add_parser("show", help="a source's metadata").add_argument("source")
    se_sub.add_parser("rm", help="remove a source from the lists, incidents, brief and stats (its tags stay in the history)").add_argument("source")
    se_sub.add_parser("restore", help="bring back a removed source").add_argument("source")

    sub.add_parser("sources", help="list the workspace's sources with their ids")

    _incidents_parser(sub)
    from .cli_actors import add_parsers

    add_parsers(sub)

    t = sub.add_parser("tag", help="tag the speaker of a quote with a stance")
    t.add_argument("source", help="source id, or its file name with or without extension")
    t.add_argument("quote_index", type=int, metavar="N",
                   help="the quote's number in the source, from 1, as `bluf quotes SOURCE` lists it and the reader shows it")
    t.add_argument("label", help=f"stance label ({', '.join(DEFAULT_LABELS)})")
    t.add_argument("--note", default="", help="a note on the tag")

    u = sub.add_parser("untag", help="take a tag out of force (recorded in the history)",
                       usage="bluf untag [-h] [--label LABEL] (TAG_ID | SOURCE N)",
                       epilog="Examples: bluf untag 3f2a9c1d; bluf untag a.txt 2; bluf untag a.txt 2 --label hawkish")
    u.add_argument("what", nargs="+", metavar="TAG_ID | SOURCE N",
                   help="the tag's id (see `bluf log`), or a source and the number of its quote, as `bluf tag` takes them")
    u.add_argument("--label", help="with SOURCE N: only the tag with this label, when the quote has several")

    lg = sub.add_parser("log", help="the history of tags: who tagged, undid and noted what, and when")
    _add_json_flags(lg, "event")
    lg.add_argument("-n", type=int, default=0, metavar="N", help="only the last N events")

    sg = sub.add_parser("suggest", help="stance suggestions: a source's (list), accept or reject one; how well they agree with your tags (--evaluate)",
                        epilog="Examples: bluf suggest list a.txt; bluf suggest accept a.txt --sentence 5; "
                        "bluf suggest reject a.txt --quote 2; bluf suggest --evaluate")
    sg.add_argument("--evaluate", action="store_true", help="cue-only and learned agreement with the tags (leave-one-source-out) and the learning curve")
    sg.add_argument("--json", action="store_true", help="machine-readable output")
    from .cli_suggestions import add_parsers as add_suggestion_parsers

    add_suggestion_parsers(sg)

    st = sub.add_parser("stats", help="tags per label and annotator, agreement, disagreements")
    st.add_argument("--json", action="store_true", help="machine-readable output")

    lb = sub.add_parser(
        "labels",
        help="the workspace's stance vocabulary: list it, or set it",
        epilog="Example: bluf labels set hawkish=h cautious=c escalatory=z conciliatory=  "
        "(the reader tags with that key, and its upper case tags and jumps to the next "
        "untagged quote; a label without a key is tagged from the command palette). "
        "Tags with a label that leaves the vocabulary stay in the history.",
    )
    lb_sub = lb.add_subparsers(dest="action", metavar="ACTION")
    lb_sub.add_parser("list", help="each label and its key (the default)")
    ls = lb_sub.add_parser("set", help="replace the vocabulary")
    ls.add_argument("labels", nargs="+", metavar="NAME=KEY")

    sub.add_parser("recover", help="rebuild a damaged workspace from its backup and journal")

    mg = sub.add_parser(
        "merge", help="merge other workspace files (copies from other servers) into this one",
        description="Sources, analyses' edits, actors, incidents and every stance event of each OTHER join "
        "this workspace, each history kept in order; nothing is lost. Concurrent changes that disagree are "
        "listed as conflicts and left for you: `bluf conflicts`. Make a copy elsewhere with "
        "`bluf export --format workspace -o FILE` (or copy the workspace file itself).",
    )
    mg.add_argument("others", nargs="+", metavar="OTHER_WORKSPACE")
    cn = sub.add_parser("conflicts", help="the conflicts merges left for you, and resolving them")
    cn_sub = cn.add_subparsers(dest="conflicts_command", metavar="ACTION")
    cn_sub.add_parser("list", help="the open conflicts, each with its numbered options (the default)")
    cr = cn_sub.add_parser("resolve", help="keep one option of a conflict")
    cr.add_argument("conflict", help="the conflict's id (or the start of it)")
    cr.add_argument("option", type=int, help="the number of the option to keep, as listed")

    cf = sub.add_parser("config", help="check config.toml (`bluf locate config`)")
    cf_sub = cf.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    cf_sub.add_parser("check", help="print each problem of config.toml, one line each, or ok")

    lo = sub.add_parser("locate", help="print where bluf keeps things")
    lo.add_argument("what", choices=["config", "themes", "db", "data", "cache"])
    _db_anywhere(sub)
    return p


def _db_anywhere(sub) -> None:
    """Let every command (and action) take ``--db PATH`` and ``--sample`` after its name too
    (``bluf brief title --db x.json``), as users type it; given there, it wins over one
    before the command. Not in the commands' help, which would repeat it on every one."""
    for parser in dict.fromkeys(sub.choices.values()):
        parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        parser.add_argument("--sample", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _db_anywhere(action)


def _incidents_parser(sub) -> None:
    """``bluf incidents ACTION``: list, show and correct the incidents (ids from ``list``)."""
    ic = sub.add_parser(
        "incidents", help="the incidents: list, show, add one from a sentence, correct type, date, place; reject, merge, split",
        description="An incident is named by its id (or the start of it) as `bluf incidents list` gives it. "
        "Every change is kept in the workspace, survives re-analysis, and is seen by the brief.",
        epilog='Examples: bluf incidents type pakistan-air-or-drone-strike armed_clash; '
        'bluf incidents date ID 2025-05-07/2025-05-08; bluf incidents place ID "Bahawalpur, Pakistan"; '
        'bluf incidents add a.txt --match "drones struck"',
    )
    ic_sub = ic.add_subparsers(dest="incidents_command", metavar="ACTION")
    il = ic_sub.add_parser("list", help="id, date, status, sources, type, place and title of each (the default)")
    il.add_argument("--all", action="store_true", help="rejected ones too")
    _add_json_flags(il, "incident")
    ish = ic_sub.add_parser("show", help="an incident with the sentence of each source that reports it")
    ish.add_argument("incident", help="its id")
    ish.add_argument("--json", action="store_true", help="one JSON object")
    ic_sub.add_parser("types", help="the event types an incident can have (events.toml)")
    ia = ic_sub.add_parser("add", help="make an incident of a sentence the finder missed or put in the wrong incident")
    ia.add_argument("source", help="source id, or its file name with or without extension")
    which = ia.add_mutually_exclusive_group(required=True)
    which.add_argument("--match", metavar="TEXT", help="the sentence holding TEXT (case and spacing do not matter)")
    which.add_argument("--sentence", type=int, metavar="N", help="the article's Nth sentence (1 is the first)")
    ia.add_argument("--title", default="", help="its title (default: one made from the event found in the sentence)")
    ia.add_argument("--type", default="", metavar="TYPE", dest="event_type",
                    help="its event type, an id or title of `bluf incidents types` (needed when none is found in the sentence)")
    for action, what in (("confirm", "mark it confirmed"), ("unconfirm", "back to suggested"),
                         ("reject", "not an incident: hidden from the list and the brief"), ("unreject", "bring a rejected one back")):
        ic_sub.add_parser(action, help=what).add_argument("incident", help="its id")
    for action, arg, what, example in (
        ("rename", "title", "give it a title", "the title"),
        ("type", "type", "set its event type", "an id of `bluf incidents types`, or its title"),
        ("date", "date", "set its date", 'YYYY-MM-DD, a month YYYY-MM, a range YYYY-MM-DD/YYYY-MM-DD, --MM-DD when the year is not known, or "" for undated'),
        ("place", "place", "set where it happened", '"Place, Country", a country (name, adjective or ISO code), or a place in no one country ("Durand Line")'),
        ("note", "note", "set the analyst's note (\"\" clears)", "the note"),
    ):
        ap = ic_sub.add_parser(action, help=what)
        ap.add_argument("incident", help="its id")
        ap.add_argument(arg, help=example)
    im = ic_sub.add_parser("merge", help="merge an incident into another (its sources join)")
    im.add_argument("incident", help="the id of the one that goes")
    im.add_argument("into", help="the id of the one it joins")
    for action, what in (("link", "count a source as reporting it (a candidate of a confirmed incident joins it)"),
                         ("unlink", "no longer count a source as reporting it")):
        ik = ic_sub.add_parser(action, help=what)
        ik.add_argument("incident", help="its id")
        ik.add_argument("source", help="source id, or its file name with or without extension")
    isp = ic_sub.add_parser("split", help="move some of its sources to a new incident")
    isp.add_argument("incident", help="its id")
    isp.add_argument("sources", nargs="+", metavar="SOURCE", help="the sources that report another event (ids or file names)")
    isp.add_argument("--title", default="", help="the new incident's title")


def _octal_mode(text: str) -> int:
    """``--mode``: permission bits in octal, like 0600, 640 or 0o644."""
    try:
        mode = int(text.removeprefix("0o"), 8)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an octal mode like 0600") from None
    if not 0 <= mode <= 0o777:
        raise argparse.ArgumentTypeError(f"{text!r}: a mode is at most 0777") from None
    return mode


def _fetch_options(p: argparse.ArgumentParser) -> None:
    """Options of the commands that fetch URLs."""
    p.add_argument("--insecure", action="store_true", help="accept any TLS certificate (a self-signed one on a server you trust)")
    p.add_argument("--timeout", type=float, default=15.0, metavar="S", help="seconds to wait for a server (default 15)")
    p.add_argument("--delay", type=float, default=0.5, metavar="S", help="seconds between two requests to one host (default 0.5)")


def _fetcher_kwargs(args) -> dict:
    return {"insecure": args.insecure, "timeout": args.timeout, "delay": args.delay}


class _Progress:
    """A one-line progress indicator on stderr when stderr is a terminal. Elsewhere (a pipe, a
    log, cron) only what takes minutes is told, as plain lines: waiting for another bluf that
    analyses a source and resuming a long text at a part (at once), and the parts of a long
    text (at most one line every ``QUIET_EVERY`` seconds, the first after that long), so a
    long run is never silent and a short one prints nothing."""

    QUIET_EVERY = 30.0

    def __init__(self, what: str):
        self.what = what
        self.tty = sys.stderr.isatty()
        self.last = time.monotonic()
        self.told_wait = ""

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.tty:
            self._plain(done, total, name)
            return
        if total == 0:
            return
        width = 24
        fill = int(width * done / total)
        sys.stderr.write(f"\r{self.what} [{'#' * fill}{'.' * (width - fill)}] {done}/{total} {name[:30]:30}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    def _plain(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if (name.startswith("waiting") or name.startswith("resuming")) and name != self.told_wait:
            self.told_wait = name
        elif not (name.startswith("part ") and now - self.last >= self.QUIET_EVERY):
            return
        self.last = now
        print(f"bluf: {self.what}: {name} ({done} of {total} sources done)", file=sys.stderr, flush=True)


def _analyse(ws, *needed) -> None:
    """Analyse for a command that lists or shows what is known: the sources not analysed yet
    are parsed, except a long text (parsed in parts: minutes) that is not one of ``needed``
    (sources the command names) and a source another bluf is analysing now (a needed one is
    waited for); those are left out, one line on stderr each, so the command answers at once.
    ``bluf export`` and the reader analyse everything."""
    want = {s.id for s in needed}
    ws.analyze(progress=_Progress("analysing"), parse=lambda s: not ws.parsed_in_parts(s) or s.id in want, busy=True)
    if want & ws.analysis_waiting.keys():  # a source the command is about: wait for the other bluf
        ws.analyze(progress=_Progress("analysing"), parse=lambda s: s.id in want)
    for sid, why in ws.analysis_waiting.items():
        src = ws.source(sid)
        if why == "not analysed yet":
            why = (f"not analysed yet ({len(src.text) / 1e6:.1f} million characters, parsed in parts: the reader, or `bluf quotes "
                   f"{src.name}`, analyses it)")
        print(_line(f"bluf: {src.name}: {why}; its quotes, names and incidents are not counted yet"), file=sys.stderr)


@contextmanager
def _workspace(args, create: bool = False, compact: bool = True):
    """The workspace for one command, closed after it (``compact``: fold the journal into
    the TinyDB file if it is long; read-only commands skip that). A command that reads
    refuses a workspace that does not exist (a mistyped --db or $BLUF_DB must not make
    one, nor export an unrelated brief); one that adds (``create``) makes an empty one and
    says so. The bundled seed articles go only into the sample workspace (``--sample``,
    see ``_sample``), made with them by any command that opens it first; every other new
    workspace, the default one too, is empty."""
    from annotate import BlufError, NoWorkspace, open_workspace

    sample = getattr(args, "sample", False)
    try:
        ws = open_workspace(args.db, seed=sample, create=create or sample)
    except NoWorkspace as err:
        given = "--db" if args.db else ("$BLUF_DB" if os.environ.get("BLUF_DB") else "")
        how = (f"`bluf --db {err.path} import FILE…` makes one" if args.db
               else "`bluf import FILE…` makes one; `bluf --sample` opens the bundled articles")
        raise BlufError(f"no workspace at {err.path} ({given + ', ' if given else ''}nothing created): "
                        f"{'check the path; ' if given else ''}{how}") from None
    if ws.created:
        what = f"sample workspace with the {len(ws.sources())} bundled articles" if sample else "empty workspace"
        print(_line(f"bluf: new {what} at {ws.path}"), file=sys.stderr)
    shown: set[str] = set()
    _tell_notices(ws, shown)
    try:
        yield ws
    finally:
        try:
            ws.close(compact=compact)
        finally:
            _tell_notices(ws, shown)


def _brief_title(given: str | None) -> str | None:
    """``--title``, else None: the workspace's title (`bluf brief title`), else one derived
    from the incidents."""
    return given


def _tell_notices(ws, shown: set[str]) -> None:
    """Print the workspace's notices (read-only, upgraded, damaged journal, recovered,
    compaction skipped) on stderr, one line each, each once: ``shown`` holds those
    printed already."""
    for notice in ws.notices:
        if notice not in shown:
            shown.add(notice)
            print(f"bluf: {_line(notice)}", file=sys.stderr)


def _json(obj) -> str:
    """One JSON line, UTF-8, with every character a terminal could act on escaped."""
    import json

    from annotate import json_escaped

    return json_escaped(json.dumps(obj, ensure_ascii=False).encode("utf-8")).decode("utf-8")


def _print_records(records, lines: bool = False) -> None:
    """Print ``records`` (JSON-able objects) as one JSON document, a list with each object on
    a line of its own; with ``lines``, as JSON Lines (one object per line, no list)."""
    if lines:
        for r in records:
            print(_json(r))
    else:
        items = [_json(r) for r in records]
        print("[\n" + ",\n".join(items) + "\n]" if items else "[]")


def _add_json_flags(parser, what: str) -> None:
    """``--json`` (one JSON document: a list of one object per ``what``) and ``--jsonl``."""
    parser.add_argument("--json", action="store_true", help=f"one JSON document: a list of one object per {what}")
    parser.add_argument("--jsonl", action="store_true", help=f"JSON Lines instead: one object per line and {what}")


def _line(text) -> str:
    """Stored or typed text as one terminal-safe line (see ``annotate.clean.printable``)."""
    from annotate import printable

    return printable(text)


def cmd_export(args) -> int:
    from datetime import date

    from annotate import EXPORT_FORMATS, BlufError, BriefFilter, export_bytes

    for d in (args.date_from, args.date_to):
        if d:
            try:
                date.fromisoformat(d)
            except ValueError:
                raise BlufError(f"--from/--to {d!r}: give a date as YYYY-MM-DD") from None
    if args.template and not Path(args.template).is_file():
        raise BlufError(f"{args.template}: no such template file")
    flt = BriefFilter(tuple(args.incident), tuple(args.actor), tuple(args.annotator), tuple(args.label), args.date_from, args.date_to)
    to_file = bool(args.output) and args.output != "-"
    if args.mode is not None and not to_file:
        raise BlufError("--mode sets the permissions of a file: give -o FILE too")
    written: list[Path] = []
    kept: list[Path] = []

    def write(data: bytes) -> None:  # before the brief is recorded as made
        from annotate import write_export

        written.append(write_export(args.output, data, args.mode, kept=kept))

    with _workspace(args) as ws:
        # Spans need quotes and names only; the rest derives actors and incidents.
        if EXPORT_FORMATS[args.format].analysed:
            ws.analyze(progress=_Progress("analysing"), derive=EXPORT_FORMATS[args.format].derived or flt.active)
        elif flt.active:
            raise BlufError(f"--format {args.format} exports every record: it takes no --incident, --actor, --annotator, --label, --from or --to")
        flt.labels = tuple(_label_as_typed(ws, x) for x in flt.labels)  # "Hawkish" is hawkish
        if problem := ws.brief_filter_problem(flt):
            raise BlufError(f"{problem} (nothing exported)")
        try:
            data = export_bytes(ws, args.format, flt=flt, template=args.template, title=_brief_title(args.title),
                                record=bool(args.output), target=args.output or "", write=write if to_file else None)
        except Exception as err:  # a user's template can fail in many ways: say so in one line
            from jinja2 import TemplateError

            if isinstance(err, TemplateError):
                raise BlufError(f"template {args.template or 'brief.md.j2'}: {str(err).splitlines()[0]}") from None
            raise
        open_conflicts = len(_open_conflicts(ws))
    if open_conflicts:  # a merge left values undecided: the export shows the ones in force
        print(_line(f"bluf: {open_conflicts} merge conflict{'s' if open_conflicts != 1 else ''} open: this export shows the values "
                    "in force; `bluf conflicts` lists them"), file=sys.stderr)
    if to_file:
        if not written:
            write(data)
        what = "brief" if args.format == "md" else f"{args.format} export"
        print(_line(f"bluf: {what} written to {written[0]}"), file=sys.stderr)
        if kept:
            print(_line(f"bluf: the file that was there (not bluf's last export) is kept as {kept[0]}"), file=sys.stderr)
    else:
        if EXPORT_FORMATS[args.format].json:  # stdout may be a terminal (files keep the bytes: 12% faster)
            from annotate import json_escaped

            data = json_escaped(data)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def _label_as_typed(ws, typed: str) -> str:
    """The label ``typed`` names (``Workspace.stance_label``: any case), else ``typed``
    itself, for the brief filter to report with the close ones."""
    from annotate import WorkspaceError

    try:
        return ws.stance_label(typed)
    except WorkspaceError:
        return typed


def cmd_brief(args) -> int:
    """``bluf brief title|scope [TEXT]``: set the brief's title or scope in the workspace, or
    print it (the title derived from the incidents when none was set). ``bluf brief`` alone
    prints the brief, as ``bluf export`` with no option does."""
    field = args.brief_command
    if field is None:
        export = _parser().parse_args(["export"])
        export.db = args.db
        print(_line("bluf: the brief, as `bluf export` prints it (`bluf export -o FILE` writes it to a file)"), file=sys.stderr)
        return cmd_export(export)
    with _workspace(args, compact=args.text is not None) as ws:
        if args.text is not None:
            ws.set_brief_text(**{field: args.text})
        text = ws.brief_text().get(field, "")
        if not text and field == "title":
            from annotate import build_brief

            _analyse(ws)
            print(_line(build_brief(ws).title) + "  (derived from the incidents: set one with `bluf brief title \"…\"`)")
        else:
            print(_line(text or "(none)"))
    return EXIT_OK


def cmd_analyze(args) -> int:
    import json

    from annotate import analyze_files

    failed = []

    def unreadable(err) -> None:
        print(f"bluf: {err}", file=sys.stderr)
        failed.append(err)

    # One JSON document (a list), written as the sources are analysed: each object on a line
    # of its own, the list closed even when some files could not be read. --jsonl: one
    # object per line, no list.
    lines = args.jsonl
    n = 0
    if not lines:
        sys.stdout.write("[")
    for record in analyze_files(args.files, progress=_Progress("analysing"), on_error=unreadable):
        text = json.dumps(record, ensure_ascii=False)
        sys.stdout.write(text + "\n" if lines else ("\n" if n == 0 else ",\n") + text)
        sys.stdout.flush()
        n += 1
    if not lines:
        sys.stdout.write("\n]\n" if n else "]\n")
    return EXIT_ERROR if failed else EXIT_OK


def _import_web(ws, args, report, urls: list[str]) -> None:
    """Import http(s) URLs too, into the same report."""
    if not urls:
        return
    web = ws.import_urls(urls, progress=_Progress("fetching"), **_fetcher_kwargs(args))
    for name in ("added", "already", "errors", "warnings", "duplicates", "near_duplicates"):
        getattr(report, name).extend(getattr(web, name))


def cmd_import(args) -> int:
    from annotate import is_url

    with _workspace(args, create=True) as ws:
        paths = [p for p in args.paths if not is_url(p)]
        report = ws.import_files(
            paths, pattern=args.glob, max_bytes=int(args.max_size * 1024 * 1024),
            stdin=sys.stdin.buffer if "-" in args.paths else None, progress=_Progress("importing"),
            fallback_encoding=None if args.no_fallback else "cp1252",
        )
        _import_web(ws, args, report, [p for p in args.paths if is_url(p)])
        names = {s.id: s.name for s in ws.sources()}
        from annotate import language_notice, removed_notice

        for src in report.added:
            flag = f"  [{language_notice(src.language)}]" if language_notice(src.language) else ""
            print(_line(f"added: {src.name} ({src.id}){flag}"))
            if left_out := removed_notice(src.text, src.removed):
                print(_line(f"  {left_out}"))
        for src in report.already:
            print(_line(f"already there: {src.name}"))
        for skipped, kept in report.duplicates:
            print(_line(f"duplicate: {skipped} is the same text as {kept}"))
        for a, b, sim in report.near_duplicates:
            print(_line(f"near-duplicate: {names.get(a, a)} ≈ {names.get(b, b)} ({sim:.0%} alike): counted once as evidence"))
        for w in report.warnings:
            print(f"bluf: warning: {_line(w)}", file=sys.stderr)
        for err in report.errors:
            print(f"bluf: refused: {_line(err)}", file=sys.stderr)
        for name in report.skipped:
            print(_line(f"bluf: skipped {name}: a folder's notes, not an article (give its path to import it)"), file=sys.stderr)
        for folder in report.unmatched:
            print(_line(f"bluf: nothing matched {args.glob!r} in {folder}" if args.glob != "*" else f"bluf: no files in {folder}"),
                  file=sys.stderr)
        print(f"imported {len(report.added)}, refused {len(report.errors)}"
              + (f", {len(report.already)} already there" if report.already else ""), file=sys.stderr)
        failed = _analyse_on_workers(ws, args.workers)
    # A refused file among others fails the import only when nothing was imported: a stray file
    # in a folder must not stop `bluf import DIR && bluf export` (its line is on stderr).
    return EXIT_ERROR if (report.errors and not report.added) or failed else EXIT_OK


def _analyse_on_workers(ws, address: str | None) -> int:
    """`bluf import --workers` (or ``[analysis] scheduler``): parse the sources not analysed
    yet on the Dask cluster, each failure on one line; returns how many failed."""
    if address is not None:
        if not address.startswith(("tcp://", "tls://")):
            from annotate import BlufError

            raise BlufError(f"--workers {address!r}: give a Dask scheduler address like tcp://10.0.0.5:8786")
        ws.scheduler = address
    if not ws.scheduler:
        return 0
    ws.analyze(progress=_Progress(f"analysing on {ws.scheduler}"), derive=False)
    for line in ws.analysis_errors.values():
        print(f"bluf: {_line(line)}", file=sys.stderr)
    n = len(ws.sources())
    print(f"{n - len(ws.analysis_errors)} of {n} sources analysed (workers at {ws.scheduler})", file=sys.stderr)
    return len(ws.analysis_errors)


def cmd_feeds(args) -> int:
    from annotate import WorkspaceError, opml, parse_opml, parse_urls_file, subscribe_all

    c = args.feeds_command
    with _workspace(args, create=c in ("add", "import-urls", "import-opml"), compact=c != "list") as ws:
        if c == "add":
            f = ws.add_feed(args.url, args.name, args.tag)
            print(f"subscribed: {f.label}" + (f" [{', '.join(f.tags)}]" if f.tags else ""))
        elif c == "list":
            for n, f in enumerate(ws.feeds(), 1):
                state = f"error: {f.last_error}" if f.last_error else (f"updated {f.last_update[:16]}" if f.last_update else "never updated")
                tags = f"  [{', '.join(f.tags)}]" if f.tags else ""
                print(f"{n:3d}  {f.name or '-':20} {f.url}{tags}  ({state})")
        elif c == "rm":
            f = ws.remove_feed(args.feed)
            print(f"unsubscribed: {f.label} (its sources stay)")
        elif c in ("import-urls", "import-opml"):
            try:
                data = Path(args.file).read_bytes()
            except OSError as err:
                raise WorkspaceError(f"{args.file}: {err.strerror or err}") from None
            if c == "import-urls":
                found, notes = parse_urls_file(data.decode("utf-8", "replace"))
                notes = [f"{args.file}: {n}" for n in notes]
            else:
                try:
                    found, notes = parse_opml(data), []
                except ValueError as err:
                    raise WorkspaceError(f"{args.file}: {err}") from None
            added, more = subscribe_all(ws, found)
            for f in added:
                print(f"subscribed: {f.label}" + (f" [{', '.join(f.tags)}]" if f.tags else ""))
            for n in notes + more:
                print(f"bluf: {n}", file=sys.stderr)
            print(f"{len(added)} feeds subscribed, {len(more)} there already, {len(notes)} lines skipped", file=sys.stderr)
        elif c == "export-opml":
            data = opml(ws.feeds())
            if args.output and args.output != "-":
                Path(args.output).write_bytes(data)
                print(f"bluf: {len(ws.feeds())} feeds written to {args.output}", file=sys.stderr)
            else:
                sys.stdout.buffer.write(data)
        elif c == "update":
            return _update_feeds(ws, args)
    return EXIT_OK


def _update_feeds(ws, args) -> int:
    def report(r, done: int, total: int) -> None:
        if not args.quiet:
            # a feed that could not be read says so where its line is read, not only on stderr
            what = (f"failed: {r.feed_error}" if r.feed_error else "unchanged" if r.unchanged
                    else f"{len(r.added)} new" + (f", {len(r.errors)} failed" if r.errors else ""))
            extra = [f"{r.known} seen before"] if r.known else []
            extra += [f"{len(r.same)} same text as a source"] if r.same else []
            extra += [f"{len(r.revised)} revised copies skipped"] if r.revised else []
            print(f"[{done}/{total}] {r.feed.label}: {what}" + (f" ({', '.join(extra)})" if extra else ""), flush=True)
            for s in r.added:
                print(f"  added: {s.label}")
            for w in r.warnings:
                print(f"bluf: warning: {w}", file=sys.stderr)
        for e in r.errors:
            print(f"bluf: {r.feed.label}: {e}" if not e.startswith(r.feed.url) else f"bluf: {e}", file=sys.stderr, flush=True)

    if not ws.feeds():
        print("bluf: no feeds: subscribe with `bluf feeds add URL`", file=sys.stderr)
        return EXIT_OK
    results = ws.update_feeds(args.feeds or None, progress=report, **_fetcher_kwargs(args))
    failed = [r for r in results if not r.ok]
    if not args.quiet:
        print(f"{sum(len(r.added) for r in results)} sources added from {len(results)} feeds, {len(failed)} feeds with errors",
              file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK


def cmd_source(args) -> int:
    from annotate import SOURCE_FIELDS

    if args.source_command in ("rm", "restore"):
        return _source_rm(args)
    with _workspace(args) as ws:
        src = ws.find_source(args.source)
        if args.source_command == "edit":
            fields = {k: getattr(args, k) for k in SOURCE_FIELDS if getattr(args, k) is not None}
            if not fields:
                print("bluf: nothing to change: give --title, --outlet, --author, --url, --published, --language or --grade", file=sys.stderr)
                return EXIT_USAGE
            src = ws.edit_source(src.id, **fields)
        for k in ("name", "id", *SOURCE_FIELDS):
            print(f"{k:10} {_line(getattr(src, k) or '—')}")
        dups = ws.near_duplicates_of(src.id)
        if dups:
            print(f"{'copies':10} " + _line(", ".join(ws.source(d).name for d in dups)))
    return EXIT_OK


def _source_rm(args) -> int:
    with _workspace(args) as ws:
        if args.source_command == "rm":
            src = ws.remove_source(ws.find_source(args.source).id)
            print(f"removed: {src.name} ({src.id}); `bluf source restore {src.id}` brings it back")
        else:
            src = ws.restore_source(args.source)
            print(f"restored: {src.name} ({src.id})")
    return EXIT_OK


def cmd_sources(args) -> int:
    with _workspace(args) as ws:
        _analyse(ws)
        for s in ws.sources():
            if s.id in ws.analysis_waiting:
                print(f"{s.id}  {'…':>3} {'quotes'}  {_line(s.name)}  {_line(s.title)}  [{ws.analysis_waiting[s.id]}]")
                continue
            n = len(ws.quotes(s.id))
            said = ", ".join(x for x in (s.outlet, s.published[:10]) if x)  # outlet and date, when known
            print(f"{s.id}  {n:3d} {'quote ' if n == 1 else 'quotes'}  {_line(s.name)}  {_line(s.title)}"
                  + (f"  ({_line(said)})" if said else ""))
    return EXIT_OK


def cmd_incidents(args) -> int:
    """``bluf incidents ACTION``: list and show the incidents, make one of a sentence, and
    correct them (each through the workspace's incident edits: undoable, kept across
    re-analysis, seen by the brief)."""
    action = args.incidents_command or "list"
    reading = action in ("list", "show", "types")
    with _workspace(args, compact=not reading) as ws:
        if action == "types":
            for tid, title in ws.incident_types():
                print(_line(f"{tid:32} {title}"))
            return EXIT_OK
        named = getattr(args, "source", None)
        _analyse(ws, *([ws.find_source(named)] if isinstance(named, str) else []))
        if action == "list":
            as_lines = getattr(args, "jsonl", False)
            as_json = getattr(args, "json", False) or as_lines  # `bluf incidents` alone is `list`
            incs = ws.incidents(rejected=getattr(args, "all", False))
            width = max((len(i.shown) for i in incs), default=0)
            from annotate import distinct_titles

            # Titles two incidents share get what tells them apart (date, else place), as in the brief.
            if as_json:
                _print_records([_incident_record(inc) for inc in incs], as_lines)
            for inc, title in zip(incs, distinct_titles(incs)) if not as_json else ():
                print(_incident_row(inc, width, title))
            hidden = len(ws.incidents(rejected=True)) - len(incs)
            if not as_json and (hidden or not incs):
                said = f"{hidden} rejected not shown: `bluf incidents list --all` shows them" if hidden else ""
                print("bluf: " + ("no incidents" + (f" ({said})" if said else "") if not incs else said), file=sys.stderr)
            return EXIT_OK
        if action == "add":
            from annotate import BlufError, NoEventType

            try:
                iid = ws.create_incident(*_sentence(ws, args), title=args.title, event_type=args.event_type, require_type=True)
            except NoEventType:
                raise BlufError("no event type found in that sentence: give one with --type TYPE "
                                "(`bluf incidents types` lists them); nothing made") from None
            inc = ws.incident(iid)
            print(_incident_row(inc))
            if inc.date_reported:
                print(f"bluf: the sentence names no day: dated ~{inc.date}, the day the source was published "
                      f"(`bluf incidents date {iid} DATE` sets it)", file=sys.stderr)
            return EXIT_OK
        inc = _find_incident(ws, args.incident)
        if action == "show":
            _show_incident(ws, inc, args.json)
            return EXIT_OK
        iid = inc.id
        if action in ("confirm", "unconfirm"):
            ws.confirm_incident(iid, action == "confirm")
        elif action in ("reject", "unreject"):
            ws.reject_incident(iid, action == "reject")
        elif action == "rename":
            if not args.title.strip():
                from annotate import BlufError

                raise BlufError("an incident's title cannot be empty: nothing changed")
            ws.rename_incident(iid, args.title)
        elif action == "type":
            ws.set_incident_type(iid, args.type)
        elif action == "date":
            ws.set_incident_date(iid, args.date)
        elif action == "place":
            country, place = ws.set_incident_place(iid, *ws.read_place(args.place))
            if not country:
                print(f"bluf: {place!r} kept as a place with no country (Place, Country gives it one)", file=sys.stderr)
        elif action == "note":
            ws.note_incident(iid, args.note)
        elif action == "merge":
            into = _find_incident(ws, args.into)
            ws.merge_incidents(iid, into.id)
            iid = into.id
        elif action in ("link", "unlink"):
            ws.link_incident(iid, ws.find_source(args.source).id, action == "link")
        elif action == "split":
            new = ws.split_incident(iid, [ws.find_source(s).id for s in args.sources], args.title)
            print(_incident_row(ws.incident(new)))
        print(_incident_row(ws.incident(iid)))
        if action == "reject":
            print(f"bluf: rejected: left out of the list and the brief; `bluf incidents unreject {ws.incident(iid).shown}` brings it back", file=sys.stderr)
    return EXIT_OK


def _find_incident(ws, ref: str):
    """The incident of id (or earlier id) ``ref``, else the one whose id starts with it;
    BlufError with one line otherwise."""
    from annotate import BlufError, WorkspaceError

    try:
        return ws.incident(ref)
    except WorkspaceError:
        pass
    hits = [i for i in ws.incidents(rejected=True) if ref and i.id.startswith(ref)]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise BlufError(f"{ref!r} is the start of {len(hits)} incidents' ids ({', '.join(i.id for i in hits[:3])}{', …' if len(hits) > 3 else ''}): give more of it")
    raise BlufError(f"no incident {ref!r}: `bluf incidents list --all` gives the ids")


def _when(inc) -> str:
    """The incident's date or range of days as the brief writes it ("9–10 Sep 2025"), or "undated"."""
    from annotate import date_span

    return date_span(inc.date, inc.date_end) or "undated"


def _where(inc) -> str:
    return ", ".join(x for x in (inc.place, inc.country) if x) or "—"


def _incident_row(inc, width: int = 0, title: str | None = None) -> str:
    """One line: id, date, status, number of sources, type, place and title (``title``: as
    shown, ``brief.distinct_titles``'s; the incident's own by default)."""
    n = len(inc.evidence)
    more = f"  (+{len(inc.candidates)} proposed)" if inc.candidates else ""
    from annotate import incident_date

    return _line(f"{inc.shown:{width}}  {incident_date(inc):21}  {inc.status:9}  {n:2d} {'source ' if n == 1 else 'sources'}  {inc.kind or '—':26}  {_where(inc)}  “{title or inc.title}”{more}")


def _incident_record(inc) -> dict:
    return {"id": inc.id, "shown_id": inc.shown, "title": inc.title, "type": inc.kind, "date": inc.date or None, "date_end": inc.date_end or None,
            "country": inc.country or None, "place": inc.place or None, "status": inc.status, "sources": len(inc.evidence),
            "independent": inc.independent, "source_ids": list(inc.evidence), "dates": inc.dates, "dates_disagree": inc.dates_disagree,
            "places_disagree": inc.places_disagree,
            "date_reported": inc.date_reported, "note": inc.note, "aliases": inc.aliases,
            "candidates": list(inc.candidates), "undated_sources": list(inc.undated)}


def _show_incident(ws, inc, as_json: bool) -> None:
    from annotate import date_span

    types = dict(ws.incident_types())
    if as_json:
        evidence = [{"source": ws.source(sid).name, "source_id": sid, "date": inc.dates.get(sid),
                     "sentences": [ws.source(sid).text[s:e] for s, e in spans]} for sid, spans in inc.evidence.items()]
        proposed = [{"source": ws.source(sid).name, "source_id": sid, "undated": sid in inc.undated,
                     "sentences": [ws.source(sid).text[s:e] for s, e in spans]} for sid, spans in inc.candidates.items()]
        print(_json({**_incident_record(inc), "evidence": evidence, "proposed": proposed}))
        return
    rows = [("id", inc.shown), ("title", inc.title), ("type", f"{inc.kind} ({types[inc.kind]})" if inc.kind in types else inc.kind or "—"),
            ("date", _when(inc) + ("  (the sources disagree)" if inc.dates_disagree else "")
             + ("  (the day it was reported: no source says when it happened)" if inc.date_reported else "")), ("where", _where(inc) + (f"  (the sources disagree: {', '.join(inc.places_disagree)})" if inc.places_disagree else "")),
            ("status", inc.status), ("sources", f"{len(inc.evidence)} ({inc.independent} independent)")]
    rows += [("note", inc.note)] if inc.note else []
    earlier = [x for x in (inc.id, *inc.aliases) if x != inc.shown]  # the id edits keep naming, when another is shown
    rows += [("earlier id", ", ".join(earlier))] if earlier else []
    for k, v in rows:
        print(_line(f"{k:10} {v}"))
    def told(sid, spans, mark=""):
        src = ws.source(sid)
        undated = "  (undated source: joined by type and place only)" if sid in inc.undated else ""
        print(_line(f"  {mark}{src.name}" + (f" · {date_span(*inc.dates[sid].split('/', 1))}" if sid in inc.dates else "")
                    + (f" · {src.title}" if src.title else "") + undated))
        for s, e in spans:
            print(_line(f"    “{' '.join(src.text[s:e].split())}”"))

    for sid, spans in inc.evidence.items():
        told(sid, spans)
    if inc.candidates:
        print(_line(f"proposed   {len(inc.candidates)} source(s) found after it was confirmed, not counted: "
                    f"`bluf incidents link {inc.shown} SOURCE` joins one"))
        for sid, spans in inc.candidates.items():
            told(sid, spans, "? ")


def _sentence(ws, args) -> tuple[str, int, int]:
    """(source id, start, end) of the sentence ``bluf incidents add`` or ``bluf suggest accept``
    names by ``--match`` or ``--sentence``; BlufError with one line when there is none or more than one."""
    from annotate import BlufError

    src = ws.find_source(args.source)
    a = ws.analysis(src.id)
    sents = list(a.sentences) if a else []
    if not sents:
        raise BlufError(f"{src.name} has no analysed sentences: nothing done")
    if args.sentence is not None:
        if not 1 <= args.sentence <= len(sents):
            raise BlufError(f"--sentence {args.sentence}: {src.name} has sentences 1 to {len(sents)}")
        return (src.id, *sents[args.sentence - 1])
    want = " ".join(args.match.split()).casefold()
    if not want:
        raise BlufError("--match needs some words of the sentence")
    hits = [n for n, (s, e) in enumerate(sents, 1) if want in " ".join(src.text[s:e].split()).casefold()]
    if not hits:
        raise BlufError(f"no sentence of {src.name} holds {args.match.strip()!r}")
    if len(hits) > 1:
        raise BlufError(f"{args.match.strip()!r} is in sentences {', '.join(map(str, hits[:-1]))} and {hits[-1]} of {src.name}: "
                        "give more words, or --sentence N")
    return (src.id, *sents[hits[0] - 1])


def cmd_tag(args) -> int:
    from annotate import AlreadyTagged

    from .cli_actors import quote_index

    with _workspace(args) as ws:
        src = ws.find_source(args.source)
        _analyse(ws, src)
        try:
            st = ws.tag(src.id, quote_index(ws, src, args.quote_index), ws.stance_label(args.label), note=args.note)
        except AlreadyTagged as same:  # a notice, not a failure: the tag is in force
            print(f"bluf: {_line(same)}", file=sys.stderr)
            return EXIT_OK
        print(_line(f"tagged {ws.actor_name(st.actor_id)} as {st.label}: “{st.quote}” ({src.name})"))
    return EXIT_OK


def cmd_labels(args) -> int:
    with _workspace(args, create=args.action == "set") as ws:
        if args.action == "set":
            specs = []
            for item in args.labels:
                name, _, key = item.partition("=")
                specs.append({"name": name, "key": key})
            keys = [x["key"] for x in specs if x["key"]]
            plain = len(keys) == len(set(keys)) and all(len(k) == 1 for k in keys) and all(x["name"].isidentifier() for x in specs)
            for problem in _label_key_problems(specs) if plain else ():  # else set_labels says what is wrong
                if "(tag and jump)" not in problem:
                    from annotate import BlufError

                    raise BlufError(f"{problem}: nothing changed")
                print(f"bluf: {_line(problem)}", file=sys.stderr)
            in_use = {}
            for st in ws.stances():
                in_use[st.label] = in_use.get(st.label, 0) + 1
            ws.set_labels(specs)
            for label, n in sorted(in_use.items()):
                if label not in ws.labels:
                    print(_line(f"bluf: {n} tag{'s' if n != 1 else ''} in force {'say' if n != 1 else 'says'} {label!r}, no longer a label: "
                                f"they stay, and `bluf labels set` with it again brings it back"), file=sys.stderr)
        for x in ws.label_specs:
            print(_line(f"{x['name']:16} {x['key'] or '-'}"))
    return EXIT_OK


def _label_key_problems(specs: list[dict]) -> list[str]:
    """What the reader would say at start of these labels' keys (one taken by another key)."""
    from .app import BlufApp
    from .screens.reader import keys_of, reader_class

    return list(reader_class(tuple((x["name"], x["key"]) for x in specs), frozenset(keys_of(BlufApp.BINDINGS))).KEY_PROBLEMS)


def cmd_untag(args) -> int:
    from annotate import BlufError

    if len(args.what) > 2:
        raise BlufError(f"untag takes a tag's id or a source and a quote number, not {len(args.what)} words")
    with _workspace(args) as ws:
        if len(args.what) == 1 and args.label is None:
            if ws.analyses_cached():  # the actor named as it is now (not by its id), with no parsing
                ws.analyze()
            st = ws.untag(args.what[0])
        else:
            st = ws.untag(_tag_on_quote(ws, args.what, args.label).id)
        print(_line(f"untagged {st.id}: {ws.actor_name(st.actor_id)} {st.label}"))
    return EXIT_OK


def _tag_on_quote(ws, what: list[str], label: str | None):
    """The one tag in force on quote ``N`` of ``SOURCE`` (``what`` = [SOURCE, N], N from 1 as
    `bluf tag` takes it), of ``label`` when given. BlufError with one line when the words are
    no source and number, the quote has no such tag, or several and nothing picks one."""
    from annotate import BlufError

    from .cli_actors import quote_index

    if len(what) != 2:
        raise BlufError("--label goes with SOURCE N (a tag's id names one tag already)")
    if not what[1].isdigit():
        raise BlufError(f"the quote number must be a whole number, not {what[1]!r} (`bluf quotes {what[0]}` lists them)")
    src = ws.find_source(what[0])
    _analyse(ws, src)
    n = int(what[1])
    q = ws.quotes(src.id)[quote_index(ws, src, n)]
    tags = [st for st in ws.stances(src.id) if (st.start, st.end) == (q.start, q.end)]
    if label is not None:
        label = ws.stance_label(label)
        tags = [st for st in tags if st.label == label]
    if not tags:
        raise BlufError(f"no tag{' ' + repr(label) if label else ''} in force on quote {n} of {src.name}")
    if len(tags) > 1:
        mine = [st for st in tags if st.annotator == ws.annotator]
        if len(mine) == 1:
            return mine[0]
        listed = "; ".join(f"{st.id} {ws.actor_name(st.actor_id)} {st.label} ({st.annotator})" for st in tags)
        raise BlufError(f"quote {n} of {src.name} has {len(tags)} tags in force: {listed}; give --label or the tag's id")
    return tags[0]


def cmd_log(args) -> int:
    import json

    with _workspace(args, compact=False) as ws:
        if ws.analyses_cached():  # actors and incidents named as they are now, with no parsing
            ws.analyze()
        events = ws.log()
    if args.n:
        events = events[-args.n :]
    if args.json or args.jsonl:
        _print_records(events, args.jsonl)
        return EXIT_OK
    for e in events:
        if e["event"].startswith("brief "):  # the brief's title or scope set
            print(_line(f"{e['at'][:19]}  {e['annotator']:<12} {e['event']}: " + (f"“{e['note']}”" if e["note"] else "back to the derived one")))
            continue
        if not e["tag"] and not e["label"] and not e["quote"]:  # an edit (a rejected suggestion, a source removed...), its undo or redo
            print(_line(f"{e['at'][:19]}  {e['annotator']:<12} {e['event']}" + (f": {e['source']}" if e["source"] else "")))
            continue
        what = {"tag": "tagged", "untag": "untagged", "retag": "re-tagged", "note": "noted"}.get(e["event"], e["event"])
        why = f" ({e['reason']})" if e["reason"] else ""
        quote = e["quote"] if len(e["quote"]) <= 50 else e["quote"][:49] + "…"
        note = f" note: {e['note']}" if e["note"] else ""
        print(_line(f"{e['at'][:19]}  {e['annotator']:<12} {what}{why} {e['actor']}: {e['label']}  {e['source']}  “{quote}”{note}  [{e['tag']}]"))
    return EXIT_OK


def _short(text: str, n: int = 60) -> str:
    """``text`` on one line, cut to ``n`` characters with "…" when longer."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def cmd_stats(args) -> int:
    """``bluf stats``: the agreement report (annotate.agreement.agreement_report) as
    lines, or as one JSON object with ``--json``."""
    from annotate import agreement_report, nested_tags

    with _workspace(args, compact=False) as ws:
        _analyse(ws)  # (a long text not analysed yet is left out, said on stderr: a nu19 `bluf stats` parsed one for minutes)
        r = agreement_report(ws)
        nested = nested_tags(ws)
        src = lambda sid: ws.source(sid).name  # noqa: E731
        between_sources = [(name, {src(s): lab for s, lab in per.items()}, who) for name, per, who in r.between_sources]
        between_annotators = [(name, src(s), labels, text) for name, s, labels, text in r.between_annotators]
    if args.json:
        print(_json({
            "tags": r.tags,
            "nested": nested,
            "annotators": r.annotators,
            "counts": {a: dict(c) for a, c in r.agreement.counts.items()},
            "kappa": [{"pair": [a, b], "kappa": k, "units": n} for a, b, k, n in r.kappa],
            "alpha": r.alpha, "alpha_units": r.alpha_units,
            "between_annotators": [{"actor": name, "source": s, "evidence": text, "labels": labels}
                                   for name, s, labels, text in between_annotators],
            "between_sources": [{"actor": name, "annotator": who or None, "labels": per} for name, per, who in between_sources],
        }))
        return EXIT_OK
    print(f"{r.tags} tags in force by {len(r.annotators)} annotator{'s' if len(r.annotators) != 1 else ''}")
    if nested:  # the brief counts them with the longer tag: say so, so that the two counts agree in words
        print(_line(f"the brief counts {r.tags - nested}: {nested} of these {'lies' if nested == 1 else 'lie'} on words inside a longer "
                    f"tag of the same actor, source and label, and {'is' if nested == 1 else 'are'} shown with it"))
    if r.table:
        width = max(8, *(len(a) for a in r.annotators))
        print(_line(f"{'label':<12}" + "".join(f"{a:>{width + 1}}" for a in r.annotators) + f"{'total':>8}"))
        for lab, row, total in r.table:
            print(_line(f"{lab:<12}" + "".join(f"{n:>{width + 1}}" for n in row) + f"{total:>8}"))
    for a, b, k, n in r.kappa:
        print(_line(f"Cohen's kappa {a}–{b}: {'n/a' if k is None else f'{k:.2f}'} on {n} actor×source units"))
    if len(r.annotators) >= 2:
        print(f"Krippendorff's alpha (nominal): {'n/a' if r.alpha is None else f'{r.alpha:.2f}'} on {r.alpha_units} units")
    if between_annotators:
        print("Annotators disagree on (the same statement, different labels):")
        for name, s, labels, text in between_annotators:
            print(_line(f"  {name} in {s}: " + ", ".join(f"{who} {lab}" for who, lab in labels.items())))
            print(_line(f"    on “{_short(text)}”"))
    if between_sources:
        print("Stance changed between sources (one analyst's tags, or the label the analysts agree on):")
        for name, per, who in between_sources:
            by = f" (tagged by {who})" if who else " (agreed)"
            print(_line(f"  {name}{by}: " + ", ".join(f"{s} {lab}" for s, lab in per.items())))
    return EXIT_OK


def cmd_suggest(args) -> int:
    """``bluf suggest --evaluate``: agreement of the cue-only and learned suggestions with the
    workspace's tags by leave-one-source-out, and the learning curve (annotate.suggest_eval);
    ``bluf suggest list|accept|reject``: see cli_suggestions."""
    from annotate import evaluate_suggestions

    if getattr(args, "suggest_command", None):
        from .cli_suggestions import cmd_suggestion

        return cmd_suggestion(args)
    if not args.evaluate:
        print("bluf: suggest: say what to do: list SOURCE, accept or reject SOURCE --quote N|--sentence N|--match TEXT, or --evaluate",
              file=sys.stderr)
        return EXIT_USAGE
    with _workspace(args, compact=False) as ws:
        ws.analyze(progress=_Progress("analysing"))
        ev = evaluate_suggestions(ws, progress=lambda msg: print(f"bluf: {msg}", file=sys.stderr))
    if args.json:
        print(_json(ev.to_dict()))
        return EXIT_OK
    for line in suggest_report(ev):
        print(_line(line))
    return EXIT_OK


def suggest_report(ev) -> list[str]:
    """``bluf suggest --evaluate``'s lines for a ``SuggestEvaluation``: each says what it
    measures and on how many tags."""
    def share(v, n: int) -> str:
        return "n/a" if v is None or not n else f"{v:.0%} ({ev.count(v, n)} of {n} tags)"

    if not ev.tags:
        return ["No tags in this workspace yet: tag some stances, then evaluate the suggestions against them."]
    n = ev.checked
    out = [
        f"How often a suggestion gives the label you tagged, over your {ev.tags} tags in {ev.sources} sources.",
        "Each source is held back in turn: a model trained only on the other sources' tags"
        + (" (leave-one-source-out)." if ev.groups == ev.sources or not n else f" ({ev.groups} groups of sources)."),
        *(f"  {what + ':':<55} {share(v, k)}" for what, v, k in (
            ("cue file only, no learning", ev.cue_only, n or ev.tags),
            ("learned model alone", ev.learned, n),
            ("learned + your tags on the actor elsewhere + cue file", ev.blended, n))),
    ]
    if ev.learned is None:
        out.append("  (the learned model needs tags in at least two sources)")
    elif ev.counts:
        out.append("The reader offers learned suggestions: they beat the cue file on these held-back tags.")
    else:
        need = ev.gain_needed
        out.append("The reader offers the cue file's suggestions only: learning does not beat it on these held-back tags"
                   f" (it must get at least {need} more right).")
    out.append("Learning curve: the model trained on only the first N tags (oldest first) of the other sources:")
    for row in ev.curve:
        k = row.get("checked", 0)
        if row["learned"] is None:
            out.append(f"  after {row['tags']:>3} tags: not measured, the other sources have fewer than {row['tags']} tags")
        else:
            out.append(f"  after {row['tags']:>3} tags: learned alone {share(row['learned'], k)}; learned + your tags + cue file {share(row['blended'], k)}")
    return out


def cmd_recover(args) -> int:
    from annotate import default_db, recover

    print(_line(recover(Path(args.db) if args.db else default_db())))
    return EXIT_OK


def cmd_merge(args) -> int:
    from annotate import merge_workspace

    with _workspace(args, create=True) as ws:
        for other in args.others:
            r = merge_workspace(ws, other)
            added = ", ".join(f"{n} {table}" for table, n in sorted(r.added.items())) or "nothing new"
            print(_line(f"merged {other}: {added}; {len(r.conflicts)} new conflict{'s' if len(r.conflicts) != 1 else ''}"))
            for c in r.conflicts:
                print(_line(f"  conflict {c['id']} ({c['kind']}): {c['what']}"))
        left = len(_open_conflicts(ws))
    if left:
        print(f"bluf: {left} conflict{'s' if left != 1 else ''} to resolve: `bluf conflicts`", file=sys.stderr)
    return EXIT_OK


def _open_conflicts(ws) -> list:
    from annotate import merge_conflicts

    return merge_conflicts(ws)


def cmd_conflicts(args) -> int:
    from annotate import resolve_conflict

    with _workspace(args) as ws:
        if args.conflicts_command == "resolve":
            keep = resolve_conflict(ws, args.conflict, args.option)
            print(_line(f"kept {keep['value']!r} ({keep['ref']})"))
            return EXIT_OK
        found = _open_conflicts(ws)
        for c in found:
            print(_line(f"{c['id']}  {c['kind']}: {c['what']}"))
            for n, o in enumerate(c["options"], 1):
                by = f" by {o['annotator']}" if o.get("annotator") else ""
                now = "  (in force)" if o.get("in_force") else ""
                print(_line(f"    {n}. {o['value']!r}{by} {o.get('at', '')[:19]}  [{o['ref']}]{now}"))
        if not found:
            print("no open conflicts")
    return EXIT_OK


def cmd_locate(args) -> int:
    import annotate

    paths = {
        "config": annotate.config_file(),
        "themes": annotate.user_themes_dir(),
        "db": Path(args.db) if args.db else annotate.default_db(),
        "data": annotate.data_dir(),
        "cache": annotate.cache_dir(),
    }
    print(paths[args.what])
    return EXIT_OK


def cmd_config(args) -> int:
    """``bluf config check``: each problem of config.toml on stdout, one line each (schema:
    annotate.config_schema; key remaps: tui.keys, against the app's screens with the
    default vocabulary's label keys, as no workspace is opened), exit 1; or "ok", exit 0."""
    from annotate import check_config
    from annotate import DEFAULT_LABEL_KEYS

    from .app import BlufApp
    from .keys import app_scopes, check_keymap
    from .screens.reader import keys_of, reader_class

    cfg, problems = check_config()
    reader = reader_class(tuple(DEFAULT_LABEL_KEYS.items()), frozenset(keys_of(BlufApp.BINDINGS)))
    problems += check_keymap(dict(cfg.keys), app_scopes(BlufApp, reader))[1]
    problems += _theme_problems(cfg.ui.theme)
    for problem in problems:
        print(_line(problem))
    if not problems:
        print("ok")
    return EXIT_ERROR if problems else EXIT_OK


def _theme_problems(name: str) -> list[str]:
    """What the app would say at start of ``[ui] theme`` and of the theme files: a theme
    file that does not load, and a theme name that none of them (nor Textual) has."""
    from textual.theme import BUILTIN_THEMES

    from annotate import user_themes_dir

    from .themes import bundled_dir, load_themes

    themes, problems = load_themes([bundled_dir(), user_themes_dir()])
    names = sorted({t.name for t in themes})
    if name and name not in names and name not in BUILTIN_THEMES:
        from annotate import config_place

        problems.append(f"{config_place(('ui', 'theme'))}: [ui] theme {name!r} not found (bluf's themes: {', '.join(names)}); the app uses bluf-dark")
    return problems


def _tell_config_problems() -> None:
    """Print config.toml's problems (annotate.config_schema) on stderr at a command's
    start, one line each, as the app shows them at its start."""
    from annotate import check_config

    for problem in check_config()[1]:
        print(f"bluf: {_line(problem)}", file=sys.stderr)


def cmd_tui(args) -> int:
    from tui.app import run_app

    return run_app(db=args.db, seed=args.sample)


def _reader_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The arguments of ``bluf``, ``bluf --db PATH`` and ``bluf --sample`` (the reader), read
    without building the parser of every command (and loading what their options list): the
    reader's start-up. None for any other command line."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return argparse.Namespace(db=None, sample=False, command=None)
    if argv == ["--sample"]:
        return argparse.Namespace(db=None, sample=True, command=None)
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return argparse.Namespace(db=argv[1], sample=False, command=None)
    return None


def _sample(args: argparse.Namespace) -> argparse.Namespace:
    """``--sample`` names the sample workspace (``annotate.sample_db()``) as ``--db`` would:
    ``args.db`` becomes its path, and every command reads and writes it (the reader and any
    command opening it first make it with the bundled articles). With ``--db`` too, the two
    name two workspaces: refused (BlufError, one line)."""
    from annotate import BlufError, sample_db

    if getattr(args, "sample", False):
        if args.db:
            raise BlufError("--sample and --db name two workspaces: give one")
        args.db = str(sample_db())
    else:
        args.sample = False
    return args


def main(argv: list[str] | None = None) -> int:
    _Parser.argv = sys.argv[1:] if argv is None else list(argv)
    from .cli_actors import cmd_actors, cmd_quotes, with_default_action

    args = _reader_args(argv) or _parser().parse_args(with_default_action(_Parser.argv))
    handlers = {
        None: cmd_tui,
        "export": cmd_export,
        "analyze": cmd_analyze,
        "brief": cmd_brief,
        "import": cmd_import,
        "feeds": cmd_feeds,
        "source": cmd_source,
        "sources": cmd_sources,
        "incidents": cmd_incidents,
        "actors": cmd_actors,
        "quotes": cmd_quotes,
        "tag": cmd_tag,
        "untag": cmd_untag,
        "labels": cmd_labels,
        "log": cmd_log,
        "stats": cmd_stats,
        "suggest": cmd_suggest,
        "recover": cmd_recover,
        "merge": cmd_merge,
        "conflicts": cmd_conflicts,
        "locate": cmd_locate,
        "config": cmd_config,
    }
    from annotate import BlufError

    if args.command not in (None, "config"):  # the app and `config check` show them themselves
        _tell_config_problems()
    try:
        return handlers[args.command](_sample(args))
    except BlufError as err:
        print(f"bluf: {_line(err)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
