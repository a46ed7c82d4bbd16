"""``bluf suggest list|accept|reject``: a source's stance suggestions, headless, and the
reader's a and x on one of them. A suggestion on a quote is named by the quote's number
(``--quote N``, as ``bluf quotes`` and ``bluf tag`` number them), one on a sentence by the
sentence (``--sentence N`` or ``--match TEXT``, as ``bluf incidents add`` names one). Each goes
through the workspace facade the reader uses (quote_suggestion, sentence_suggestion, tag_span
with origin "suggestion", reject_suggestion), so a suggestion accepted or rejected here is one
accepted or rejected in the reader."""

from __future__ import annotations

import sys


def add_parsers(sg) -> None:
    from .cli import _add_json_flags

    """The ``list``, ``accept`` and ``reject`` actions under ``bluf suggest`` (argparse parser ``sg``)."""
    sub = sg.add_subparsers(dest="suggest_command", metavar="ACTION")
    sl = sub.add_parser("list", help="a source's suggestions: on quotes (--quote N) and on sentences (--sentence N)")
    sl.add_argument("source", help="source id, or its file name with or without extension")
    _add_json_flags(sl, "suggestion")
    for action, what in (("accept", "tag the suggestion's actor with its label, its evidence as the suggestion gives it (the reader's a)"),
                         ("reject", "the suggestion is wrong: it is not offered again (the reader's x)")):
        ap = sub.add_parser(action, help=what, epilog=f"Examples: bluf suggest {action} a.txt --quote 2; "
                            f"bluf suggest {action} a.txt --sentence 5; bluf suggest {action} a.txt --match \"would respond\"")
        ap.add_argument("source", help="source id, or its file name with or without extension")
        which = ap.add_mutually_exclusive_group(required=True)
        which.add_argument("--quote", type=int, metavar="N", help="the suggestion on quote N (from 1, as `bluf quotes` lists them)")
        which.add_argument("--sentence", type=int, metavar="N", help="the suggestion on the article's Nth sentence (1 is the first)")
        which.add_argument("--match", metavar="TEXT", help="the suggestion on the sentence holding TEXT (case and spacing do not matter)")


def _on_quote(ws, src, index: int):
    """``(suggestion, start, end)`` on quote ``index`` (0-based), the quote's span as evidence;
    None when there is none, it was rejected, or its actor is tagged on the quote (a tag in
    force supersedes the suggestion, whatever its label)."""
    q = ws.quotes(src.id)[index]
    sug = ws.quote_suggestion(src.id, index)
    if sug is None or ws.is_rejected(src.id, q.start, q.end, sug.label):
        return None
    who = ws.canonical_actor_id(sug.actor_id)
    if any(ws.canonical_actor_id(st.actor_id) == who and st.start < q.end and q.start < st.end for st in ws.stances(src.id)):
        return None
    return sug, q.start, q.end


def _sentence_number(ws, src, start: int) -> int:
    """The number (from 1) of the sentence of ``src`` holding offset ``start``; 0 when none."""
    a = ws.analysis(src.id)
    return next((n for n, (s, e) in enumerate(a.sentences if a else (), 1) if s <= start < e), 0)


def _chosen(ws, src, args):
    """``(suggestion, start, end, where)`` that ``accept`` or ``reject`` acts on; BlufError
    with one line when there is none there."""
    from annotate import BlufError

    from .cli import _sentence
    from .cli_actors import quote_index

    if args.quote is not None:
        index = quote_index(ws, src, args.quote)
        found = _on_quote(ws, src, index)
        where = f"quote {args.quote}"
    else:
        _sid, s, e = _sentence(ws, args)
        sug = ws.sentence_suggestion(src.id, s, e)
        found = (sug, sug.start, sug.end) if sug else None
        where = f"sentence {_sentence_number(ws, src, s)}"
    if found is None:
        raise BlufError(f"no suggestion on {where} of {src.name} (none, rejected, or that actor is tagged there): "
                        f"`bluf suggest list {src.name}` lists them")
    return (*found, where)


def cmd_suggestion(args) -> int:
    """``bluf suggest list SOURCE``, ``bluf suggest accept|reject SOURCE --quote N|--sentence
    N|--match TEXT``."""
    from annotate import AlreadyTagged

    from .cli import EXIT_OK, _analyse, _line, _workspace
    from .cli_actors import _clip

    action = args.suggest_command
    with _workspace(args, compact=action != "list") as ws:
        src = ws.find_source(args.source)
        _analyse(ws, src)
        if action == "list":
            _list(ws, src, args.json or args.jsonl, args.jsonl)
            return EXIT_OK
        sug, start, end, where = _chosen(ws, src, args)
        name = ws.actor_name(sug.actor_id)
        if action == "reject":
            ws.reject_suggestion(src.id, start, end, sug.label)
            print(_line(f"rejected: {name} {sug.label} on {where} of {src.name}: “{_clip(src.text[start:end])}”; it is not offered again"))
            return EXIT_OK
        try:
            st = ws.tag_span(src.id, start, end, sug.actor_id, sug.label, origin="suggestion")
        except AlreadyTagged as same:  # a notice, not a failure: the tag is in force (as `bluf tag`)
            print(f"bluf: {_line(same)}", file=sys.stderr)
            return EXIT_OK
        print(_line(f"tagged {ws.actor_name(st.actor_id)} as {st.label}: “{_clip(st.quote)}” ({src.name}, {where}; suggestion accepted)"))
    return EXIT_OK


def _list(ws, src, as_json: bool, as_lines: bool = False) -> None:
    from .cli import _line, _print_records
    from .cli_actors import _clip

    rows = []
    for i in range(len(ws.quotes(src.id))):
        found = _on_quote(ws, src, i)
        if found:
            rows.append(("quote", i + 1, *found))
    a = ws.analysis(src.id)
    seen = set()
    for n, (s, e) in enumerate(a.sentences if a else (), 1):
        sug = ws.sentence_suggestion(src.id, s, e)
        if sug is not None and (sug.actor_id, sug.label, sug.start, sug.end) not in seen:
            seen.add((sug.actor_id, sug.label, sug.start, sug.end))
            rows.append(("sentence", n, sug, sug.start, sug.end))
    records = []
    for kind, n, sug, start, end in rows:
        name = ws.actor_name(sug.actor_id)
        if as_json:
            records.append({"on": kind, "n": n, "actor_id": sug.actor_id, "actor": name, "label": sug.label, "reason": sug.reason,
                            "start": start, "end": end, "evidence": src.text[start:end]})
        else:
            print(_line(f"{'--' + kind + ' ' + str(n):15} {_clip(name, 24):24}  {sug.label:12}  “{_clip(src.text[start:end])}”  ({_clip(sug.reason, 50)})"))
    if as_json:
        _print_records(records, as_lines)
    if not rows and not as_json:
        print(_line(f"bluf: no suggestions in {src.name} (none left: accepted, rejected or tagged)"), file=sys.stderr)
