"""Stance suggestions from the cue lexicon (seeds/cues.toml).

Evidence for an actor in a source: the quotes attributed to them, the reporting frame of
each quote ("urged caution", "denied", "declined to specify"), and the clauses where they
are the subject (frames). Cue matches add weight to a label; a negation just before a cue
turns it into the label's ``negated`` label ("not take the bait", "decision not to shoot
it down"). VADER only scales intensity (|compound|): its sign never picks a label, because
on news it scores most hawkish quotes positive.

Suggestions are proposals with their evidence span and a reason; they are never stored as
the analyst's tags.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..models import Analysis, Source, Suggestion

# A negation in the few words before a cue flips it.
_NEGATION = re.compile(
    r"(?:\b(?:not|no|never|without|neither|nor|refus\w*|declin\w*|against|decision not)\b|n[’']t\b)"
    r"(?:\W+\w+){0,3}\W*$",
    re.I,
)
_WORDS = re.compile(r"\w+")
ITEM_WEIGHT = {"frame": 1.5, "quote": 1.0, "clause": 1.2, "context": 0.6}
MIN_SCORE = 1.0


@dataclass(frozen=True)
class Cue:
    label: str
    text: str
    rx: re.Pattern
    weight: float = 1.0


@dataclass
class Lexicon:
    cues: list[Cue] = field(default_factory=list)
    negated: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return list(dict.fromkeys(c.label for c in self.cues))

    @property
    def combined(self) -> re.Pattern:
        """All cues in one pattern (one pass over a text instead of one per cue), longest
        cue first, so that where cues overlap the longer one is taken."""
        if not hasattr(self, "_combined"):
            order = sorted(range(len(self.cues)), key=lambda i: -len(self.cues[i].text))
            parts = [f"(?P<c{i}>{self.cues[i].rx.pattern})" for i in order]
            self._combined = re.compile("|".join(parts), re.I) if parts else re.compile(r"(?!x)x")
        return self._combined


def compile_cue(pattern: str) -> re.Pattern:
    """``shoot* ... down`` -> a regex with word boundaries, any endings and small gaps."""
    parts = []
    for tok in pattern.split():
        if tok == "...":
            parts.append(r"(?:\W+[\w'’-]+){0,3}")
            continue
        t = re.escape(tok).replace("’", "'").replace("'", "\x00")
        t = t.replace(r"\*", r"[\w'’-]*").replace("\x00", "['’]").replace(r"\(", "(?:").replace(r"\)", ")").replace(r"\|", "|").replace(r"\?", "?")
        parts.append(t)
    body = ""
    for i, p in enumerate(parts):
        if i and not p.startswith(r"(?:\W+[\w'’-]+){0,3}"):
            body += r"[\s,;:—–\"“”‘’'-]+"
        body += p
    return re.compile(rf"(?<![\w-]){body}(?![\w])", re.I)


def parse_lexicon(data: dict) -> Lexicon:
    lex = Lexicon()
    for label, entry in data.items():
        if not isinstance(entry, dict):
            continue
        weight = float(entry.get("weight", 1.0))
        lex.negated[label] = str(entry.get("negated", "neutral"))
        for c in entry.get("cues", []):
            try:
                lex.cues.append(Cue(label, str(c), compile_cue(str(c)), weight))
            except re.error as err:
                lex.problems.append(f"cue {c!r} under [{label}] ignored: {err}")
    return lex


def bundled_cues_file() -> Path:
    from importlib.resources import files

    return Path(str(files("seeds") / "cues.toml"))


@lru_cache(maxsize=4)
def _load(path: str) -> Lexicon:
    try:
        return parse_lexicon(tomllib.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, TypeError) as err:
        lex = parse_lexicon(tomllib.loads(bundled_cues_file().read_text(encoding="utf-8")))
        lex.problems.append(f"{path}: not used ({str(err).splitlines()[0]})")
        return lex


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The user's cues.toml (``BLUF_CUES`` or the config dir) if present, else the bundled one."""
    import os

    if path is None:
        from ..locations import config_dir

        env = os.environ.get("BLUF_CUES")
        user = Path(env) if env else config_dir() / "cues.toml"
        path = user if user.is_file() else bundled_cues_file()
    return _load(str(path))


@dataclass(frozen=True)
class Hit:
    label: str
    weight: float
    start: int
    end: int
    cue: str
    negated: bool = False


def cue_hits(text: str, lex: Lexicon, base: int = 0, blank: list[tuple[int, int]] = ()) -> list[Hit]:
    """Cue matches in ``text`` (offsets shifted by ``base``); spans in ``blank`` (absolute
    offsets, e.g. the speaker's own name and title) are not searched."""
    if blank:
        chars = list(text)
        for s, e in blank:
            for i in range(max(0, s - base), min(len(chars), e - base)):
                chars[i] = " "
        text = "".join(chars)
    hits: list[Hit] = []
    for m in lex.combined.finditer(text):
        cue = lex.cues[int(m.lastgroup[1:])]
        label, neg = cue.label, False
        before = text[max(0, m.start() - 40) : m.start()]
        if _NEGATION.search(before) and not re.match(r"(?:not|no|never|declin|decision not)\b", m.group(), re.I):
            label, neg = lex.negated.get(cue.label, "neutral"), True
        hits.append(Hit(label, cue.weight, base + m.start(), base + m.end(), cue.text, neg))
    return hits


@dataclass
class _Item:
    kind: str  # quote, frame, clause, context
    start: int
    end: int
    quote_index: int | None = None
    blank: list[tuple[int, int]] = field(default_factory=list)


def _paragraph_rest(text: str, end: int, sentences: list[tuple[int, int]], taken: set[int]) -> list[tuple[int, int]]:
    """Sentences after ``end`` in the same paragraph, up to one that has its own agent."""
    out = []
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    for s, e in sentences:
        if s < end or s >= para_end:
            continue
        if s in taken:
            break
        out.append((s, e))
    return out


def suggest(source: Source, analysis: Analysis, actor_at, lex: Lexicon, tone=None) -> tuple[list[Suggestion], dict[int, Suggestion]]:
    """(one suggestion per actor, the best first; one per quote index)."""
    text = source.text
    items: dict[str, list[_Item]] = defaultdict(list)
    per_quote: dict[int, Suggestion] = {}
    for i, q in enumerate(analysis.quotes):
        aid = q.actor_id
        sp = q.speaker
        blank = [(sp.start, sp.end)] if sp is not None else []
        if aid is None:
            continue
        items[aid].append(_Item("quote", q.start, q.end, i))
        if q.frame_start >= 0:
            items[aid].append(_Item("frame", q.frame_start, q.frame_end, i, blank))
    sentence_starts = {s for s, _ in analysis.sentences}
    frame_sentences: set[int] = set()
    sents = sorted(analysis.sentences)
    for f in analysis.frames:
        for s, e in sents:
            if s <= f.start < e:
                frame_sentences.add(s)
    for f in analysis.frames:
        aid = actor_at(f.agent_start, f.agent_end)
        if aid is None:
            continue
        items[aid].append(_Item("clause", f.start, f.end, None, [(f.agent_start, f.agent_end)]))
        sent_end = next((e for s, e in sents if s <= f.start < e), f.end)
        for s, e in _paragraph_rest(text, sent_end, sents, frame_sentences):
            items[aid].append(_Item("context", s, e))
    del sentence_starts

    out: list[Suggestion] = []
    for aid, its in items.items():
        scores: dict[str, float] = defaultdict(float)
        best: dict[str, tuple[float, _Item, list[Hit]]] = {}
        seen_spans: set[tuple[int, int]] = set()
        quote_scores: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        quote_hits: dict[int, list[Hit]] = defaultdict(list)
        for it in its:
            if (it.start, it.end, it.kind) in seen_spans:
                continue
            seen_spans.add((it.start, it.end, it.kind))
            hits = cue_hits(text[it.start : it.end], lex, it.start, it.blank)
            if not hits:
                continue
            strength = 1.0 + 0.5 * (abs(tone(text[it.start : it.end])) if tone else 0.0)
            by_label: dict[str, float] = defaultdict(float)
            for h in hits:
                by_label[h.label] += h.weight * ITEM_WEIGHT[it.kind] * strength
            for label, v in by_label.items():
                scores[label] += v
                if label not in best or v > best[label][0]:
                    best[label] = (v, it, [h for h in hits if h.label == label])
            if it.quote_index is not None:
                for label, v in by_label.items():
                    quote_scores[it.quote_index][label] += v
                quote_hits[it.quote_index] += hits
        if scores:
            label, score = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
            if score >= MIN_SCORE:
                _, it, hits = best[label]
                out.append(Suggestion(aid, source.id, label, it.start, it.end, _reason(hits, it), round(score, 2), it.quote_index))
        for qi, sc in quote_scores.items():
            label, score = max(sc.items(), key=lambda kv: (kv[1], kv[0]))
            if score >= MIN_SCORE:
                q = analysis.quotes[qi]
                hits = [h for h in quote_hits[qi] if h.label == label]
                per_quote[qi] = Suggestion(aid, source.id, label, q.start, q.end, _reason(hits, _Item("quote", q.start, q.end)), round(score, 2), qi)
    out.sort(key=lambda s: -s.score)
    return out, per_quote


def _reason(hits: list[Hit], it: _Item) -> str:
    where = {"quote": "the quote", "frame": "the reporting verb", "clause": "the clause", "context": "the paragraph"}[it.kind]
    cues = list(dict.fromkeys(f"“{h.cue}”" + (" (negated)" if h.negated else "") for h in hits))
    return f"{', '.join(cues[:3])} in {where}"
