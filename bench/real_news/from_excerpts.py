"""Rebuild development texts from stored-page excerpts, checked against their SHA-256.

The texts were made from the `search` tool's stored-page corpus: a page's stored beginning
(about 2,000 characters), the headline as first line, site chrome before the headline and
after the body cut, nothing corrected. On a new machine the texts are gone (they are never
committed: copyright). Copy each page's excerpt, exactly as the corpus returns it, into
EXCERPTS/NN.json as one JSON string (NN: the file's number, e.g. 07 or 101); this script
then tries the cuts the texts were made with and writes a text to DEST/texts/ only when its
SHA-256 is the one sources.json records for the labelled text:

- the corpus's leading date stamp (" date 2025-05-06 ") removed or kept; runs of blank lines kept,
  reduced to one, or removed;
- the headline: the excerpt's own first line, or sources.json's title put first (a headline
  rebuilt from the URL's slug), or the excerpt from where the title's words start;
- up to four whole lines dropped (captions, credits, "Listen to this article", a repeated
  headline), the end cut at the recorded length, a final newline or none.

Usage: python bench/real_news/from_excerpts.py EXCERPTS [--dest DIR] [NN ...]
Prints one line per text (placed, no match, no excerpt) and a count; exit status 0 when
every excerpt given was placed, 1 otherwise, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_STAMP = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
MAX_DROPPED = 4


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _starts(raw: str, title: str) -> set[str]:
    """The excerpt's possible beginnings: stamp kept or cut, title first or not, from the title on."""
    out: set[str] = set()
    for r in (raw, _STAMP.sub("", raw)):
        for s in {r, r.strip(), r.lstrip(), re.sub(r"\n{3,}", "\n\n", r), re.sub(r"\n{2,}", "\n", r)}:
            out.add(s)
            i = s.lower().find(title.lower()[:40])
            if i > 0:
                out.add(s[i:])
            out.update(title + sep + s for sep in ("\n", "\n\n"))
    return out


def rebuild(raw: str, title: str, sha256: str, chars: int) -> str | None:
    """The text of ``chars`` characters whose SHA-256 is ``sha256`` that one of the cuts makes
    of the excerpt ``raw``, None when none does."""
    for start in _starts(raw, title):
        lines = start.split("\n")
        for k in range(MAX_DROPPED + 1):
            if k >= 3 and len(lines) > 60:
                break  # (too many combinations; such excerpts have matched with fewer)
            for drop in itertools.combinations(range(len(lines)), k):
                text = "\n".join(x for i, x in enumerate(lines) if i not in drop)
                if len(text) < chars - 2:
                    continue
                for cand in (text, text[:chars], text.rstrip() + "\n", text.rstrip(), text[: chars - 1] + "\n"):
                    if len(cand) == chars and _digest(cand) == sha256:
                        return cand
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("excerpts", help="directory of NN.json excerpts")
    ap.add_argument("numbers", nargs="*", help="only these texts (default: every NN.json there)")
    ap.add_argument("--dest", default="/work/devset", help="where texts/ is (default /work/devset)")
    ap.add_argument("--sources", default=str(HERE / "sources.json"))
    args = ap.parse_args(argv)
    src = Path(args.excerpts)
    if not src.is_dir():
        print(f"not a directory: {src}", file=sys.stderr)
        return 2
    entries = {e["file"].split("_", 1)[0].lstrip("0"): e for e in json.loads(Path(args.sources).read_text(encoding="utf-8"))}
    wanted = [n.lstrip("0") for n in args.numbers] or sorted((p.stem.lstrip("0") for p in src.glob("*.json")), key=int)
    (Path(args.dest) / "texts").mkdir(parents=True, exist_ok=True)
    placed = 0
    for n in wanted:
        e = entries.get(n)
        path = next((p for p in (src / f"{n}.json", src / f"{n.zfill(2)}.json", src / f"{n.zfill(3)}.json") if p.is_file()), None)
        if e is None or path is None:
            print(f"no {'entry' if e is None else 'excerpt'}: {n}")
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = rebuild(raw if isinstance(raw, str) else raw.get("excerpt", ""), e["title"], e["sha256"], e["chars"])
        if text is None:
            print(f"no match: {e['file']}")
            continue
        (Path(args.dest) / "texts" / e["file"]).write_text(text, encoding="utf-8", newline="")
        placed += 1
        print(f"placed: {e['file']}")
    print(f"{placed} of {len(wanted)} placed")
    return 0 if placed == len(wanted) else 1


if __name__ == "__main__":
    raise SystemExit(main())
