"""Importing saved web pages: 1,000 synthetic news pages (navigation, share bar, footer
and 400-800 words of invented article text each) imported from one folder with
`import_paths` (trafilatura extraction, metadata, boilerplate, language detection),
against the baseline of reading and UTF-8-decoding the same files, in the same run.
Also times the one-off start-up (loading the language model) and near-duplicate
detection over the imported sources."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

# Invented sentences, recombined per page; no text from any real outlet.
SENTENCES = [
    "The interior minister of Valdoria said on {day} that the government would review its border plan.",
    "Talks with the neighbouring states of Ostmark and Lenna are expected to continue for another week.",
    "\"We will not be rushed into a decision that affects every family in the frontier region,\" the minister told reporters.",
    "Opposition leaders called the delay a sign of weakness and demanded a vote in parliament within a month.",
    "Farmers near the crossing at {town} said trade had fallen by a third since the checkpoints were tightened.",
    "A spokesperson for the ministry of defence declined to comment on reports of drones over the northern plain.",
    "The harbour authority in {town} reported that customs inspections now take twice as long as last spring.",
    "Analysts at the national institute said the dispute could delay the regional trade agreement until autumn.",
    "Local officials in {town} asked the treasury for emergency funds to repair the road to the crossing.",
    "The prime minister is due to meet her counterpart from Lenna at a summit on {day}, officials confirmed.",
    "Police said a protest march through the capital on {day} had passed peacefully, with several thousand taking part.",
    "Union leaders warned that dock workers would strike if overtime rules were changed without consultation.",
    "Energy prices rose for the third month in a row, the statistics office said in its latest report.",
    "According to the coast guard, two fishing boats were escorted back to port after crossing the maritime line.",
    "The court of appeal will rule next month on whether the emergency decree was lawful, lawyers said.",
    "Diplomats described the atmosphere at the meeting as \"businesslike but cool\".",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOWNS = ["Kessa", "Varn", "Oldmere", "Brisk", "Tallow", "Renfeld"]

PAGE = """<!DOCTYPE html>
<html{lang}><head><meta charset="utf-8">
<title>{title} | The Northern Ledger</title>
<meta name="author" content="{author}">
<meta property="og:site_name" content="The Northern Ledger">
<meta property="article:published_time" content="2024-03-{dd:02d}T08:30:00Z">
<link rel="canonical" href="https://ledger.example/world/{n}">
<meta name="bluf:grade" content="{grade}">
<script>window.dataLayer = window.dataLayer || []; function track(e) {{ dataLayer.push(e); }}</script>
<style>body {{ font-family: serif; }} nav a {{ margin: 0 1em; }}</style>
</head><body>
<header><a href="/">The Northern Ledger</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By {author}</p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Weather warning for the coast</a></li><li><a href="/b">Five recipes for spring</a></li>
<li><a href="/c">Transfer news as it happened</a></li></ul></aside>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</main>
<footer><p>Copyright 2024 The Northern Ledger. All rights reserved.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a>
<a href="/contact">Contact us</a></p></footer>
</body></html>
"""


def make_page(n: int, rng: random.Random) -> str:
    words_target = rng.randint(400, 800)
    paras, words = [], 0
    while words < words_target:
        sents = [rng.choice(SENTENCES).format(day=rng.choice(DAYS), town=rng.choice(TOWNS)) for _ in range(rng.randint(2, 4))]
        para = " ".join(sents)
        paras.append(f"<p>{para}</p>")
        words += len(para.split())
        if rng.random() < 0.12:
            paras.append(f"<h2>{rng.choice(['Trade', 'Reaction', 'What Comes Next', 'Background'])}</h2>")
    title = f"Ministers Weigh Border Plan, Part {n}"
    author = rng.choice(["Mara Vell", "Jonas Ekland", "Ida Marsh"])
    grade = rng.choice("ABCDEF") + str(rng.randint(1, 6))
    lang = ' lang="en"' if n % 2 else ""  # half the pages leave the language to detection
    return PAGE.format(lang=lang, title=title, author=author, n=n, dd=n % 28 + 1, grade=grade, body="\n".join(paras))


def write_pages(directory: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for n in range(count):
        data = make_page(n, rng).encode("utf-8")
        (directory / f"page{n:04d}.html").write_bytes(data)
        total += len(data)
    return total


def baseline(directory: Path) -> float:
    t = time.perf_counter()
    for p in sorted(directory.iterdir()):
        p.read_bytes().decode("utf-8")
    return time.perf_counter() - t


def run(count: int = 1_000) -> dict:
    from annotate.importers import import_paths, near_duplicates

    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        warm, pages = root / "warm", root / "pages"
        warm.mkdir()
        pages.mkdir()
        nbytes = write_pages(pages, count)
        write_pages(warm, 1, seed=1)
        t = time.perf_counter()
        import_paths([str(warm)])  # imports trafilatura, loads the language model
        startup = time.perf_counter() - t
        base = baseline(pages)
        t = time.perf_counter()
        result = import_paths([str(pages)])
        took = time.perf_counter() - t
        base2 = baseline(pages)
        t = time.perf_counter()
        pairs = near_duplicates(result.sources)
        dedupe = time.perf_counter() - t
    b = min(base, base2)
    words = sum(len(s.text.split()) for s in result.sources)
    return {
        "files": count,
        "mb": round(nbytes / 1e6, 1),
        "imported": len(result.sources),
        "errors": len(result.errors),
        "duplicates": len(result.duplicates),
        "words": words,
        "import_s": round(took, 2),
        "files_per_s": round(count / took),
        "read_decode_s": round(b, 3),
        "ratio": round(took / b, 1),
        "startup_s": round(startup, 2),
        "near_duplicates_s": round(dedupe, 2),
        "near_duplicate_pairs": len(pairs),
    }


if __name__ == "__main__":
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    print(json.dumps(run(), indent=1))
