"""A tagging process for the crash and concurrency tests: tags the first source's text
over and over and prints each tag's id on stdout once `tag_span` has returned (that is,
once it is acknowledged as saved).

    python bench/writer.py WORKSPACE COUNT [--compact-every N]

COUNT 0 means until killed."""

from __future__ import annotations

import argparse
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("workspace")
    ap.add_argument("count", type=int)
    ap.add_argument("--compact-every", type=int, default=0)
    ap.add_argument("--annotator", default="writer")
    args = ap.parse_args()
    from annotate.workspace import AlreadyTagged, open_workspace

    ws = open_workspace(args.workspace, annotator=args.annotator, seed=False)
    src = ws.sources()[0]
    labels = ws.labels
    n = 0
    out = sys.stdout
    while args.count == 0 or n < args.count:
        start = n % (len(src.text) - 20)
        for k in range(len(labels)):  # every tag a change: an earlier run may have left this label here
            try:
                st = ws.tag_span(src.id, start, start + 10, f"actor-{n % 7}", labels[(n + k) % len(labels)])
                break
            except AlreadyTagged:
                continue
        out.write(st.id + "\n")
        out.flush()
        n += 1
        if args.compact_every and n % args.compact_every == 0:
            ws.store.compact()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
