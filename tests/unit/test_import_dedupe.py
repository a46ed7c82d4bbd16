"""Near-duplicate detection, language detection, and the importers staying headless."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from annotate.importers.dedupe import near_duplicates
from annotate.importers.language import detect_language, normalize_language_tag
from annotate.ingest import make_source

WORDS = (
    "minister government border talks officials capital week plan review decision parliament vote "
    "opposition farmers compensation crossing region neighbouring summit delegation agreement trade "
    "tariffs harbour shipping ports customs security patrol coast guard navy airspace drones radar "
    "pilots incident report statement spokesperson ministry defence foreign interior treasury budget "
    "election campaign coalition party leader deputy mayor council court ruling appeal judge lawyer "
    "police arrest protest march square crowd union strike workers factory energy prices gas grid"
).split()


def article(seed: int, n: int = 300) -> str:
    rng = random.Random(seed)
    words = [rng.choice(WORDS) for _ in range(n)]
    # Sentences of 15 words, paragraphs of 4 sentences.
    sents = [" ".join(words[i : i + 15]).capitalize() + "." for i in range(0, n, 15)]
    return "\n\n".join(" ".join(sents[i : i + 4]) for i in range(0, len(sents), 4)) + "\n"


def edit(text: str, changes: int, seed: int) -> str:
    rng = random.Random(seed)
    words = text.split(" ")
    for i in rng.sample(range(len(words)), changes):
        words[i] = "changed" + str(i)
    return " ".join(words)


def test_wire_story_in_two_outlets_is_linked_and_unrelated_is_not():
    base = article(1)
    a = make_source(base, "wire.txt")
    b = make_source("LEDGER EXCLUSIVE\n\n" + edit(base, 6, 2), "ledger.txt")
    c = make_source(article(3), "other.txt")
    pairs = near_duplicates([a, b, c])
    assert len(pairs) == 1
    x, y, sim = pairs[0]
    assert (x, y) == (a.id, b.id) and 0.8 <= sim < 1.0
    assert near_duplicates([a, c], threshold=0.1) == []


def test_boilerplate_is_ignored():
    base = article(4)
    appeal = ("\n\nSupport independent journalism. Donate now to keep our reporting free for everyone. "
              "Become a member today.\n")
    a = make_source(base, "a.txt")
    b = make_source(base.rstrip("\n") + " Extra closing line here." + appeal, "b.txt")
    assert b.removed, "the appeal is boilerplate"
    ((_, _, sim),) = near_duplicates([a, b])
    assert sim > 0.95


def test_short_texts_and_same_ids_are_not_paired():
    a = make_source("Officials met on Monday.", "a.txt")
    b = make_source("Officials met on Monday!", "b.txt")
    assert near_duplicates([a, b], threshold=0.0) == []
    full = make_source(article(5), "c.txt")
    assert near_duplicates([full, full]) == []


def test_threshold_is_checked():
    with pytest.raises(ValueError):
        near_duplicates([], threshold=1.5)


def test_thousand_sources_find_exactly_the_edited_copies():
    # Speed is measured by bench/import_html.py (near_duplicates_s), not asserted here.
    sources = [make_source(article(i, 500), f"{i}.txt") for i in range(1000)]
    # Ten of them have an edited copy elsewhere in the list.
    for k in range(10):
        sources[500 + k] = make_source(edit(sources[k].text, 8, k), f"copy{k}.txt")
    pairs = near_duplicates(sources)
    assert sorted((p[0], p[1]) for p in pairs) == sorted((sources[k].id, sources[500 + k].id) for k in range(10))


@pytest.mark.parametrize(
    "text,want",
    [
        ("The interior minister said on Tuesday that the government would review its border plan.", "en"),
        ("Der Innenminister sagte am Dienstag, die Regierung werde ihren Grenzplan überprüfen.", "de"),
        ("Le ministre de l'Intérieur a déclaré mardi que le gouvernement réexaminerait son plan frontalier.", "fr"),
        ("Министр внутренних дел заявил во вторник, что правительство пересмотрит план границы.", "ru"),
        ("Міністр внутрішніх справ заявив у вівторок, що уряд перегляне свій прикордонний план.", "uk"),
        ("Short text", ""),
        ("1234 5678 90 !!! ??? ...", ""),
        ("", ""),
    ],
)
def test_detect_language(text, want):
    assert detect_language(text) == want


@pytest.mark.parametrize("tag,want", [("en-GB", "en"), ("de_DE", "de"), ("FR", "fr"), ("eng", "en"), ("xx-?", ""), ("", "")])
def test_normalize_language_tag(tag, want):
    assert normalize_language_tag(tag) == want


def test_importers_load_no_textual_or_rich(tmp_path):
    (tmp_path / "a.html").write_text("<html><body><article><p>" + article(7) + "</p></article></body></html>", encoding="utf-8")
    code = (
        "import sys\nfrom annotate.importers import import_paths, near_duplicates\n"
        f"r = import_paths([{str(tmp_path)!r}])\nassert r.sources, r.errors\nnear_duplicates(r.sources)\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    mods = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert {m for m in mods if m.split(".")[0] in ("textual", "rich")} == set()
