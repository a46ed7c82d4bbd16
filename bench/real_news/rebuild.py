"""Rebuild the development set of real news (texts are copyrighted: never committed).

The set is described by bench/real_news/sources.json: one entry per article with its file
name, URL, title, outlet, publication date (ISO, or "" when the page does not say it), topic,
and the SHA-256 and length of the text the hand labels (labels.json) were made on.

Two ways to get the texts into DEST (default: $BLUF_DEVSET, else /work/devset):

    python bench/real_news/rebuild.py --from DIR     # copy DIR/texts/NN_slug.txt (or DIR/NN_slug.txt)
    python bench/real_news/rebuild.py                # download each URL, extract with trafilatura

Either way DEST gets texts/NN_slug.txt (first line the headline, then the body) and
meta.json (sources.json without the checksums). A copied text is checked against its
SHA-256; a downloaded one is the page as it is today, so it is reported as "differs" when
it is not the text that was labelled (pages change, and the labelled texts are the first
~2,000 characters of each page as stored). Exit status 0 when every file is present, 1 when
some are missing, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources.json"


def default_dest() -> Path:
    return Path(os.environ.get("BLUF_DEVSET") or "/work/devset")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_text(src_dir: Path, name: str, dest: Path) -> bool:
    for cand in (src_dir / "texts" / name, src_dir / name):
        if cand.is_file():
            if cand.resolve() != dest.resolve():
                shutil.copyfile(cand, dest)
            return True
    return False


def download_text(url: str, dest: Path) -> bool:
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed (pip install trafilatura)", file=sys.stderr)
        return False
    html = trafilatura.fetch_url(url)
    if not html:
        return False
    body = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not body:
        return False
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "").strip()
    dest.write_text((title + "\n" if title else "") + body.strip() + "\n", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--from", dest="src", help="directory holding the texts (DIR/texts/*.txt or DIR/*.txt)")
    ap.add_argument("--dest", help="where to write texts/ and meta.json (default $BLUF_DEVSET or /work/devset)")
    ap.add_argument("--sources", default=str(SOURCES), help="the list of sources (default: sources.json beside this script)")
    args = ap.parse_args(argv)
    src = Path(args.src) if args.src else None
    if src is not None and not src.is_dir():
        print(f"--from: not a directory: {src}", file=sys.stderr)
        return 2
    dest = Path(args.dest) if args.dest else default_dest()
    try:
        sources = json.loads(Path(args.sources).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        print(f"--sources: cannot read {args.sources}: {err}", file=sys.stderr)
        return 2
    (dest / "texts").mkdir(parents=True, exist_ok=True)
    missing, differs = [], []
    for s in sources:
        out = dest / "texts" / s["file"]
        ok = copy_text(src, s["file"], out) if src else download_text(s["url"], out)
        if not ok:
            missing.append(s["file"])
            continue
        if sha256(out) != s["sha256"]:
            differs.append(s["file"])
    meta = [{k: v for k, v in s.items() if k not in ("sha256", "chars")} for s in sources]
    (dest / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(sources) - len(missing)} of {len(sources)} texts in {dest / 'texts'}; "
          f"{len(differs)} differ from the labelled text; {len(missing)} missing")
    for name in missing:
        print(f"  missing: {name}")
    for name in differs:
        print(f"  differs: {name}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
