"""``bluf actors`` and ``bluf quotes``: the reader's actor and speaker edits, headless. Each
goes through the workspace facade the reader uses (merge_actors, rename_actor, add_alias,
set_affiliation, set_speaker, remove_quote), so undo, the edit tables and merges of
workspaces treat a change made here as one made in the reader."""

from __future__ import annotations

import sys

QUOTE_ACTIONS = ("list", "speaker", "reject")


def add_parsers(sub) -> None:
    """The ``actors`` and ``quotes`` subcommands on ``sub`` (argparse subparsers)."""
    from .cli import _add_json_flags

    ac = sub.add_parser(
        "actors", help="the actors: list, show, merge, rename, alias, affiliation, kind",
        description="An actor is named by its id or by any name bluf knows it by (an alias, a surname, "
        "\"the Kremlin\"). Every change is kept in the workspace, survives re-analysis, and is seen by the brief.",
        epilog='Examples: bluf actors merge "Kremlin" "Russian government"; bluf actors affiliation Sybiha Ukraine; '
        'bluf actors affiliation Sybiha ""',
    )
    ac_sub = ac.add_subparsers(dest="actors_command", metavar="ACTION")
    al = ac_sub.add_parser("list", help="id, kind, affiliation, quotes and tags of each (the default)")
    _add_json_flags(al, "actor")
    ash = ac_sub.add_parser("show", help="an actor with its other names, its quotes and its tags")
    ash.add_argument("actor", help="its id or a name")
    ash.add_argument("--json", action="store_true", help="one JSON object")
    am = ac_sub.add_parser("merge", help="make an actor the same as another (its quotes and tags follow)")
    am.add_argument("actor", help="the one that goes (id or name)")
    am.add_argument("into", help="the one it joins (id or name)")
    for action, arg, what in (("rename", "name", "give it another display name"),
                              ("alias", "alias", "another name it goes by in every source"),
                              ("affiliation", "affiliation", "the country or body it speaks for (\"\" clears)"),
                              ("kind", "kind", "what it is: person, government, organization, group, place (no actor: "
                                       "it leaves the actor lists and may be an incident's place), or none (not an actor)")):
        ap = ac_sub.add_parser(action, help=what)
        ap.add_argument("actor", help="its id or a name")
        ap.add_argument(arg, help=f"the {arg}")
    ad = ac_sub.add_parser("dismiss", help="not an actor (\"State of Emergency\", a generic \"security forces\"): out of the "
                           "actor lists, the brief and the suggestions, its quotes with no known speaker; the same as kind "
                           "NAME none, and `kind NAME person` brings it back")
    ad.add_argument("actor", help="its id or a name")

    qu = sub.add_parser(
        "quotes", help="a source's quotes and their speakers; assign a speaker, or say a span is not a quote",
        description="`bluf quotes SOURCE` lists them (the same as `bluf quotes list SOURCE`). "
        "N is a quote's number as listed, from 1, as the reader shows it (Quote 3/7) and `bluf tag` takes it.",
        epilog='Examples: bluf quotes a.txt; bluf quotes speaker a.txt 2 "Andrii Sybiha"; bluf quotes reject a.txt 4',
    )
    qu_sub = qu.add_subparsers(dest="quotes_command", metavar="ACTION", required=True)
    ql = qu_sub.add_parser("list", help="number (from 1), speaker as written, actor, rule and the quote (the default)")
    ql.add_argument("source", help="source id, or its file name with or without extension")
    _add_json_flags(ql, "quote")
    qs = qu_sub.add_parser("speaker", help="say who said quote N (its tags follow to that actor)")
    qs.add_argument("source", help="source id, or its file name with or without extension")
    qs.add_argument("quote_index", type=int, metavar="N", help="the quote's number, from 1, as listed")
    qs.add_argument("actor", help="an actor's id or any name bluf knows it by")
    qs.add_argument("--new", action="store_true", help="make a new actor of that name if bluf knows none")
    qr = qu_sub.add_parser("reject", help="not a quote (a scare quote, a title): the analysis will not bring it back")
    qr.add_argument("source", help="source id, or its file name with or without extension")
    qr.add_argument("quote_index", type=int, metavar="N", help="the quote's number, from 1, as listed")


def with_default_action(argv: list[str]) -> list[str]:
    """``argv`` with ``list`` put in after ``quotes`` when a source follows it directly
    (``bluf quotes a.txt`` is ``bluf quotes list a.txt``); otherwise ``argv`` unchanged."""
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] == "--db" else 1
    if i + 1 < len(argv) and argv[i] == "quotes" and argv[i + 1] not in QUOTE_ACTIONS and not argv[i + 1].startswith("-"):
        return [*argv[: i + 1], "list", *argv[i + 1:]]
    return argv


def _counts(ws) -> tuple[dict[str, int], dict[str, int]]:
    """Quotes and tags in force per actor id (after merges)."""
    quotes: dict[str, int] = {}
    for src in ws.sources():
        for q in ws.quotes(src.id):
            if q.actor_id:
                aid = ws.canonical_actor_id(q.actor_id)
                quotes[aid] = quotes.get(aid, 0) + 1
    tags: dict[str, int] = {}
    for st in ws.stances():
        tags[st.actor_id] = tags.get(st.actor_id, 0) + 1
    return quotes, tags


def find_actor(ws, ref: str, fuzzy: bool = True, hint: str = "") -> str | None:
    """The id of the actor ``ref`` names: its id, its name, any name it goes by (case and
    spacing do not matter; one actor's name wins over another's alias), else (``fuzzy``) what the actor index resolves it to (a surname, a
    spelling, said on stderr with ``hint``); None when none."""
    ref = " ".join(ref.split())
    if ref and ws.actor(ref) is not None:
        return ws.canonical_actor_id(ref)
    want = _key(ref)
    known = ws.actor_names(places=True)
    hits = [aid for aid, names in known.items() if any(_key(n) == want for n in names)]
    if len(hits) > 1:  # an actor with exactly that name wins over others that have it as an alias
        hits = [aid for aid in hits if _key(known[aid][0]) == want] or hits
    if len(hits) == 1:
        return hits[0]
    if not fuzzy:
        return None
    found = next((f for r in dict.fromkeys((ref, ref.title())) if r and (f := ws.resolve_actor(r))), None)  # "rufus firefly"
    if found is None or ws.actor(found) is None:
        return None
    from .cli import _line

    aid = ws.canonical_actor_id(found)
    print(_line(f"bluf: {ref!r} taken as {ws.actor_name(aid)}{hint}"), file=sys.stderr)
    return aid


def _unknown_actor(ws, ref: str, more: str = "") -> str:
    """One line: no actor ``ref``, with the close matches among every name they go by."""
    from annotate import close_names

    names = {n: ws.actor_name(aid) for aid, ns in ws.actor_names().items() for n in ns}
    near = list(dict.fromkeys(names[n] for n in close_names(ref, list(names), limit=5)))[:3]
    hint = f"; did you mean {', '.join(near)}?" if near else "; `bluf actors` lists them"
    return f"no actor {ref!r}{hint}{more}"


def _key(name: str) -> str:
    """A name compared without case, accents, spacing or a leading "the" ("Cherizier" is
    "Chérizier")."""
    import unicodedata

    t = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    t = " ".join(t.split()).strip(" .,;:").casefold()
    return t[4:] if t.startswith("the ") else t


def _need_actor(ws, ref: str) -> str:
    from annotate import BlufError

    aid = find_actor(ws, ref)
    if aid is None:
        raise BlufError(_unknown_actor(ws, ref))
    return aid


def _actor_record(a, names: dict[str, list[str]], quotes: dict[str, int], tags: dict[str, int]) -> dict:
    return {"id": a.id, "name": a.name, "kind": a.kind, "affiliation": a.affiliation or None,
            "quotes": quotes.get(a.id, 0), "tags": tags.get(a.id, 0), "names": names.get(a.id, [a.name])[1:]}


def _plural(n: int, word: str) -> str:
    return f"{n:3d} {word}{' ' if n == 1 else 's'}"


def _actor_row(a, quotes: dict[str, int], tags: dict[str, int], width: int = 0) -> str:
    return (f"{a.id:{width}}  {a.kind:12}  {_plural(quotes.get(a.id, 0), 'quote')}  {_plural(tags.get(a.id, 0), 'tag')}  "
            f"{a.name}" + (f"  ({a.affiliation})" if a.affiliation else ""))


def cmd_actors(args) -> int:
    """``bluf actors ACTION``: list and show the actors, and merge, rename, alias them or
    set their affiliation (each an actor edit of the workspace, as the reader's)."""
    from .cli import EXIT_OK, _analyse, _json, _line, _print_records, _workspace

    action = args.actors_command or "list"
    with _workspace(args, compact=action not in ("list", "show")) as ws:
        _analyse(ws)
        if action == "list":
            as_lines = getattr(args, "jsonl", False)
            as_json = getattr(args, "json", False) or as_lines  # `bluf actors` alone is `list`
            quotes, tags = _counts(ws)
            actors = ws.list_actors()
            width = max((len(a.id) for a in actors), default=0)
            names = ws.actor_names() if as_json else {}
            if as_json:
                _print_records([_actor_record(a, names, quotes, tags) for a in actors], as_lines)
            for a in actors if not as_json else ():
                print(_line(_actor_row(a, quotes, tags, width)))
            if not actors and not as_json:
                print("bluf: no actors: import sources first (`bluf import FILE…`)", file=sys.stderr)
            return EXIT_OK
        aid = _need_actor(ws, args.actor)
        if action == "show":
            _show_actor(ws, aid, args.json)
            return EXIT_OK
        if action == "merge":
            into = _need_actor(ws, args.into)
            if into == aid and _key(args.actor) != _key(args.into):  # "Barbecue" is already Jimmy Chérizier
                name = ws.actor_name(aid)
                other = args.actor if _key(args.actor) != _key(name) else args.into
                print(_line(f"bluf: {' '.join(other.split())!r} is already an alias of {name}: nothing to merge"),
                      file=sys.stderr)
                return EXIT_OK
            gone = ws.actor_name(aid)
            dropped = ws.merge_actors(aid, into)
            _analyse(ws)
            print(_line(f"merged {gone} into {ws.actor_name(into)}"))
            if dropped:
                print(_line(f"bluf: {merged_affiliation(ws, into, gone, dropped)}"), file=sys.stderr)
            aid = into
        elif action == "rename":
            ws.rename_actor(aid, args.name)
        elif action == "alias":
            if (other := ws.add_alias(aid, args.alias)) is not None:
                print(_line(f"bluf: {alias_also(ws, args.alias, other)}"), file=sys.stderr)
        elif action in ("kind", "dismiss"):
            kind = ws.set_actor_kind(aid, "none" if action == "dismiss" else args.kind)
            if kind == "place":
                print(_line(f"bluf: {ws.actor_name(aid)} is a place: no longer among the actors, and it may be an incident's "
                            f"place (`bluf actors kind {aid} person` brings it back)"), file=sys.stderr)
            elif kind == "none":
                print(_line(f"bluf: {ws.actor_name(aid)} is not an actor: out of the actor lists, the brief's actors and the "
                            f"suggestions; its quotes have no known speaker until one is given (`bluf actors kind {aid} person` "
                            "brings it back)"), file=sys.stderr)
        elif action == "affiliation":
            ws.set_affiliation(aid, args.affiliation)
            typed = " ".join(args.affiliation.split())
            if typed and not ws.country_name(typed) and (near := ws.near_country(typed)):  # kept: it may be a body
                print(_line(f"bluf: {typed!r} is no country bluf knows: {near} (kept as typed; an affiliation may be any body)"),
                      file=sys.stderr)
        _analyse(ws)
        quotes, tags = _counts(ws)
        print(_line(_actor_row(ws.actor(aid), quotes, tags)))
    return EXIT_OK


def _show_actor(ws, aid: str, as_json: bool) -> None:
    from .cli import _json, _line

    a = ws.actor(aid)
    quotes, tags = _counts(ws)
    said = [(src, i, q) for src in ws.sources() for i, q in enumerate(ws.quotes(src.id))
            if q.actor_id and ws.canonical_actor_id(q.actor_id) == aid]
    stances = [st for st in ws.stances() if st.actor_id == aid]
    rejected = {st.id for st in ws.tags_on_rejected_quotes()}
    if as_json:
        print(_json({**_actor_record(a, ws.actor_names(), quotes, tags),
                     "said": [{"source": src.name, "source_id": src.id, "n": i + 1, "index": i, "quote": q.text} for src, i, q in said],
                     "tagged": [{"tag": st.id, "label": st.label, "annotator": st.annotator, "source_id": st.source_id,
                                 "quote": st.quote, "evidence_rejected": st.id in rejected} for st in stances]}))
        return
    names = ws.actor_names().get(aid, [a.name])[1:]
    for k, v in (("id", a.id), ("name", a.name), ("kind", a.kind), ("affiliation", a.affiliation or "—"),
                 ("names", ", ".join(names) or "—"), ("quotes", str(len(said))), ("tags", str(len(stances)))):
        print(_line(f"{k:12} {v}"))
    for src, i, q in said:
        print(_line(f"  {src.name} {i + 1}: “{_clip(q.text)}”"))
    for st in stances:
        mark = "  (evidence rejected: not a quote)" if st.id in rejected else ""
        print(_line(f"  [{st.label}] {st.annotator}: “{_clip(st.quote)}”{mark}  [{st.id}]"))


def _clip(text: str, width: int = 60) -> str:
    """``text`` on one line, cut at a word with an ellipsis past ``width`` characters."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(",;:") + "…"


def quote_index(ws, src, n: int) -> int:
    """The 0-based position of quote number ``n`` of ``src`` as the CLI takes it: numbered
    from 1, as `bluf quotes` lists them and the reader shows them ("Quote 3/7"). BlufError
    with one line for 0 (scripts of the time quotes were numbered from 0 hit no quote) and
    for a number the source does not have."""
    from annotate import BlufError

    count = len(ws.quotes(src.id))
    if n == 0:
        raise BlufError(f"quotes are numbered from 1, as the reader shows them (Quote 1/{count or 1}): there is no quote 0"
                        f" (`bluf quotes {src.name}` lists them)")
    if not 1 <= n <= count:
        raise BlufError(f"no quote {n} in {src.name}: " + (f"it has {count}, 1 to {count}" if count > 1 else
                                                             "it has 1" if count else "it has none")
                        + f" (`bluf quotes {src.name}` lists them)")
    return n - 1


def cmd_quotes(args) -> int:
    """``bluf quotes [list] SOURCE``, ``bluf quotes speaker SOURCE N ACTOR``, ``bluf quotes
    reject SOURCE N``: a source's quotes, who said one (``set_speaker``, as the reader's
    ``e``: its tags follow), not a quote (``remove_quote``, as the reader's ``X``)."""
    from .cli import EXIT_OK, _analyse, _json, _line, _workspace

    action = args.quotes_command
    with _workspace(args, compact=action != "list") as ws:
        src = ws.find_source(args.source)
        _analyse(ws, src)
        if action == "list":
            _list_quotes(ws, src, args.json or args.jsonl, args.jsonl)
            return EXIT_OK
        index = quote_index(ws, src, args.quote_index)
        q = ws.quotes(src.id)[index]
        if action == "reject":
            after = len(ws.quotes(src.id)) - index - 1
            before = {st.id for st in ws.tags_on_rejected_quotes(src.id)}
            ws.remove_quote(src.id, index)
            print(_line(f"not a quote: “{_clip(q.text)}” ({src.name}); the analysis will not bring it back"))
            for st in ws.tags_on_rejected_quotes(src.id):
                if st.id not in before:  # kept, marked in the brief: the analyst decides
                    print(_line(f"bluf: the tag {ws.actor_name(st.actor_id)} {st.label} [{st.id}] rests on it: it stays in force, "
                                f"its evidence marked rejected in the brief; `bluf untag {st.id}` takes it out"), file=sys.stderr)
            if after:
                print(f"bluf: the {after} quote{'s' if after != 1 else ''} after it {'are' if after != 1 else 'is'} numbered one less now", file=sys.stderr)
            return EXIT_OK
        aid = _speaker(ws, args.actor, args.new)
        moved = ws.set_speaker(src.id, index, aid)
        print(_line(f"speaker of {src.name} {args.quote_index}: {ws.actor_name(aid)} for “{_clip(q.text)}”"))
        if moved:
            print(_line(f"bluf: {tags_moved(moved, ws.actor_name(aid))}"), file=sys.stderr)
        if ws.speaker_followers:  # nothing changes unseen: the quotes resolved through its phrase
            print(_line(f"bluf: {followers_moved(ws, ws.speaker_followers)}; `bluf quotes speaker` sets one back"), file=sys.stderr)
            for line in follower_lines(ws, ws.speaker_followers):
                print(_line(line), file=sys.stderr)
    return EXIT_OK


def merged_affiliation(ws, into: str, gone: str, dropped: str) -> str:
    """What a merge did to two different affiliations: the one joined keeps its own (the
    actors view's notice says it too)."""
    name = ws.actor_name(into)
    if not ws.actor(into).affiliation:
        return f"{gone}'s affiliation, {dropped}, is not kept (bluf's guess, not an analyst's): {name} has none"
    return f"{name} keeps its affiliation {ws.actor(into).affiliation}; {gone}'s, {dropped}, is not kept"


def followers_moved(ws, followers) -> str:
    """What a change of speaker did to other quotes (``Workspace.speaker_followers``, untagged
    quotes resolved through the same phrase): "2 more quotes follow it: now Dan Reyes" ("" for
    none; the reader's notice says it too)."""
    if not followers:
        return ""
    n = len(followers)
    nows = list(dict.fromkeys(ws.actor_name(f.now) if f.now else "no speaker" for f in followers))
    return f"{n} more quote{'s' if n != 1 else ''}, untagged, follow{'' if n != 1 else 's'} it: now {', '.join(nows)}"


def follower_lines(ws, followers) -> list[str]:
    """One line per quote that followed a change of speaker: "  SOURCE N: “…” now NAME (was NAME)"."""
    out = []
    for f in followers:
        src = ws.source(f.source_id)
        quotes = ws.quotes(f.source_id)
        index = next((i for i, q in enumerate(quotes) if (q.start, q.end) == (f.start, f.end)), None)
        where = f"{src.name} {index + 1}" if index is not None else src.name
        now = ws.actor_name(f.now) if f.now else "no speaker"
        was = ws.actor_name(f.was) if f.was else "no speaker"
        out.append(f"  {where}: “{_clip(src.text[f.start:f.end])}” now {now} (was {was})")
    return out


def tags_moved(labels: list[str], name: str) -> str:
    """What a change of speaker did to the quote's tags: "its tag threatening now belongs
    to NAME", "its tags hawkish, denial now belong to NAME" (the reader's notice says it too)."""
    one = len(labels) == 1
    return f"its tag{'' if one else 's'} {', '.join(labels)} now belong{'s' if one else ''} to {name}"


def _speaker(ws, ref: str, new: bool) -> str:
    """The actor ``ref`` names; one of the alias file's made an actor of the workspace (as
    the reader's picker does), or a new one with ``new``, each said on stderr."""
    from annotate import BlufError

    from .cli import _line

    aid = find_actor(ws, ref, fuzzy=not new, hint=" (`--new` makes a new actor of that name)")
    if aid is not None:
        return aid
    want = _key(ref)
    known = [k for k in ws.known_actors() if any(_key(n) == want for n in (k["name"], *k["names"]))]
    if len(known) == 1:
        k = known[0]
        aid = ws.create_actor(k["name"], k["kind"], k["affiliation"])
        print(_line(f"bluf: {k['name']} is an actor now (from the alias file)"), file=sys.stderr)
        return aid
    if not new:
        raise BlufError(_unknown_actor(ws, ref, f"; `--new` makes a new actor {' '.join(ref.split())!r}"))
    aid = ws.create_actor(ref)
    print(_line(f"bluf: new actor {ws.actor_name(aid)} ({aid})"), file=sys.stderr)
    return aid


def _list_quotes(ws, src, as_json: bool, as_lines: bool = False) -> None:
    from .cli import _line, _print_records

    records = []
    for i, q in enumerate(ws.quotes(src.id)):
        aid = ws.canonical_actor_id(q.actor_id) if q.actor_id else None
        written = q.speaker.text if q.speaker else None
        by_analyst = q.rule == "analyst" and aid is not None  # an analyst said who said it: that is the speaker now
        if as_json:
            records.append({"n": i + 1, "index": i, "speaker": ws.actor_name(aid) if by_analyst else written,
                         "speaker_set_by": "analyst" if by_analyst else ("analysis" if written else None),
                         "speaker_as_written": written, "speaker_kind": q.speaker.kind if q.speaker else None,
                         "actor_id": aid, "actor": ws.actor_name(aid) if aid else None, "rule": q.rule or None,
                         "start": q.start, "end": q.end, "quote": q.text})
        else:
            who = ws.actor_name(aid) if aid else "—"
            said = f"{_clip(who, 18)} (analyst)" if by_analyst else _clip(written or "—", 28)
            print(_line(f"{i + 1:3d}  {said:28}  {_clip(who, 28):28}  {q.rule or '—':14}  “{_clip(q.text)}”"))
    if as_json:
        _print_records(records, as_lines)
        return
    if not ws.quotes(src.id):
        print(_line(f"bluf: no quotes in {src.name}"), file=sys.stderr)
    elif any(not q.actor_id for q in ws.quotes(src.id)):
        print(_line(f"bluf: a quote with no actor (—) is tagged once it has a speaker: `bluf quotes speaker {src.name} N ACTOR`"),
              file=sys.stderr)


def alias_also(ws, alias: str, other: str) -> str:
    """One line: the alias just given was a name of another actor too (``Workspace.add_alias``)."""
    return (f"“{alias.strip()}” also named {ws.actor_name(other)}: the mentions found so far stay its; "
            f"`bluf actors merge` if they are one")
