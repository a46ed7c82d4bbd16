"""Direct quotes and who said them.

Two steps:
1. ``pair_quotes`` (plain text, no model): find quote marks and pair them paragraph by
   paragraph, so a stray mark never reaches another paragraph (an unclosed mark where speech
   starts is a quote to its paragraph's end; every stray mark is reported). Straight and curly double
   quotes and guillemets; the direction of a mark comes from what touches it, which handles
   marks glued to dashes or words (``minutes—“unprecedentedly``, ``war”—meets``).
2. ``attribute`` (a parsed spaCy Doc): for each pair decide speech or scare quote, and find
   the speaker: the subject of the reporting verb that governs the quote or follows it
   (``“…,” X said``, ``said X``, ``X told reporters``, ``X called … “…”``; rules "govern" and
   "post"), ``according to X``, a reporting clause set off by commas (``The raids, X said, were
   “…”``, "parenthetical"), whoever gave a reply the quote describes (``a “measured” response
   from X``, "giver"), a lead-in ending in a colon or a comma, a credit line, a name
   before a colon, a pronoun resolved to an earlier named person (an "it" inside a reported
   clause to the subject of the verb of saying above it: "X said it ... warned against what it
   called “…”"), an outlet that reports ("according to the state broadcaster X", "updates from
   the broadcaster said"), the speaker of the quote
   before it when nobody else comes in between (``“…,” he said. “…”``, "continuation") or
   the one a short sentence just before brings in (``Her neighbour agreed. “…”``, "intro") or
   the sentence after calls it the words of (``“…” That was the response from X.``,
   "described-after"), the
   one person a lone quote's paragraph is about ("salience"), or, for a headline's quote, the
   speaker of the body sentence that says it again ("headline"); a lone quote paragraph right
   after the report of a statement is that report's speaker's ("reported-before"), and so is a
   quote opening a sentence right after one of its own paragraph that reports someone speaking
   ("…, the minister told reporters. “…”": "said-before", before the speaker of an earlier
   quote and before the one person the paragraph names); a partial
   quote that is the object of a named agent's main verb or of its preposition, with no verb of
   saying, is that agent's wording ("agent-wording"); a verb of saying with its own speaker
   between the governing verb and a partial quote ("X said ... -- with Z telling media that …
   “…”") reports it; an outlet that reports ("…, Reuters reported") or cites
   ("TV cited a statement as saying") relays the words of the one it reports; a headline that
   repeats a body quote's words without marks is a partial quote of its speaker
   ("headline-echo"). Without a parser, surface
   patterns do the same, less well. A verb past a sentence's end or a line break, after the
   noun the quote modifies (``killed “several dozen” soldiers``), or whose subject holds the
   quote (``Their “robust” response was criticised``) reports nothing: such a scare quote has
   no speaker. A participle clause between the speaker and the verb (``a ministry official,
   speaking on condition of anonymity, said:``) keeps the speaker. A short quoted Title-Case
   name (``Operation “Red Dawn”``, ``the “Blue Harbour” programme``) is a name, never speech.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Quote, Speaker
from ..relational_speakers import unnamed_relative
from ..text import paragraphs
from .lexicon import (
    GROUP_PRONOUNS,
    INTRO_VERBS,
    NAME_GIVING,
    NAME_NOUNS,
    NAMED_OBJECTS,
    NAMING_CUES,
    PERSON_PRONOUNS,
    REACTING_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SHORT_QUOTE_WORDS,
    TITLE_WORDS,
    reporting_forms,
)
from .cited_sources import cited_head
from .dateline_places import colon_dateline
from .mismatched_quotes import mirrored_pairs, other_kind_close
from .sayer_shapes import chain_name, with_sayer
from .syntax import OUTLET_NOUNS, DocIndex, can_speak, np_bounds, person_gender, resolve_it, resolve_pronoun, speaker_for, subject

OPEN_MARKS = "“«"
CLOSE_MARKS = "”»"
MARKS = OPEN_MARKS + CLOSE_MARKS + '"'
_LEFT_OPENERS = set("([{—–-/") | set(OPEN_MARKS) | {"‘"}
_RIGHT_CLOSERS = set(".,;:!?)]}—–-/…") | set(CLOSE_MARKS) | {"’", "'"}
_MARK_RX = re.compile(f"[{MARKS}]")
UNCLOSED_MIN_WORDS = 4  # an unclosed mark followed by this many words is taken as a quote


@dataclass
class QuoteSpan:
    """A pair of quote marks found by ``pair_quotes``. ``open``/``close``: character offsets of the
    opening and closing marks (``close`` is the paragraph's end when the quote runs on);
    ``start``/``end``: the quoted words, trimmed; ``para``: index of the paragraph (0-based);
    ``continues``: no closing mark, the quote resumes in the next paragraph; ``continued``: it
    resumes a quote of the previous paragraph.
    """

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (paragraph end when the quote runs on)
    start: int  # the quoted words, trimmed
    end: int
    para: int
    continues: bool = False  # no closing mark: resumes in the next paragraph
    continued: bool = False  # resumes a quote from the previous paragraph


def _direction(text: str, i: int) -> str:
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    opens = prev.isspace() or prev in _LEFT_OPENERS
    closes = nxt.isspace() or nxt in _RIGHT_CLOSERS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if ch in OPEN_MARKS:
        return "open"
    if ch in CLOSE_MARKS:
        return "close"
    return "either"


def pair_quotes(text: str) -> tuple[list[QuoteSpan], list[int]]:
    """Pair quote marks per paragraph. Returns the pairs and the offsets of stray marks.

    Double marks (straight, curly, guillemets) and single marks (curly ‘…’, straight '…') are
    paired separately; a pair inside a pair of the other kind is part of it (British ‘… “red
    lines” …’, American “… ‘a drill’ …”). An apostrophe (don't, Kyiv’s, the ’90s) never opens or
    closes a quote, and an unpaired single mark is not reported (it is most likely one). Two
    straight apostrophes written as one mark (''…'', as some wires print quotes) are a double
    mark."""
    text = doubled_apostrophes(text)  # AP's ''…'': a double mark
    doubles, stray = _pair_doubles(text)
    mirrored, stray = mirrored_pairs(text, stray, MARKS)  # “…the border.”Troops fired…,” said X
    if mirrored:
        paras = paragraphs(text)
        for o, c in mirrored:
            _emit(doubles, text, o, c, next(n for n, (ps, pe) in enumerate(paras) if ps <= o < pe))
        doubles.sort(key=lambda q: q.open)
    singles = _pair_singles(text)
    # A quote left open to its paragraph's end that a mark of the other kind closes, a
    # reporting clause after it ('We will not retreat," the colonel said): it ends there.
    doubles, cut_d = _cut_mismatched(text, doubles, MARKS, "’'")
    singles, cut_s = _cut_mismatched(text, singles, "‘’'", CLOSE_MARKS + '"')
    closed_opens = {q.open for q in doubles if q.close in cut_d}  # their marks are paired now
    stray = [i for i in stray if i not in cut_s and i not in closed_opens]
    if not singles:
        return doubles, stray

    def inside(a: QuoteSpan, b: QuoteSpan) -> bool:
        return b.open < a.open and a.close < b.close

    def crosses(a: QuoteSpan, b: QuoteSpan) -> bool:
        return a.open < b.close and b.open < a.close

    singles = [q for q in singles if not any(inside(q, d) or (crosses(q, d) and not inside(d, q)) for d in doubles)]
    doubles = [d for d in doubles if not any(inside(d, q) for q in singles)]
    inner = [i for i in stray if any(q.open < i < q.close for q in singles)]
    return sorted(doubles + singles, key=lambda q: q.open), [i for i in stray if i not in inner]


def _cut_mismatched(text: str, spans: list[QuoteSpan], own: str, closers: str) -> tuple[list[QuoteSpan], set[int]]:
    """``spans`` with each quote that has no closing mark of its own kind (``own``) and does not
    run on ended at a closing mark of another kind (``closers``) followed by a reporting clause
    (``mismatched_quotes.other_kind_close``); and the offsets of the marks that now close one."""
    out: list[QuoteSpan] = []
    used: set[int] = set()
    for q in spans:
        k = None
        if not q.continues and (q.close >= len(text) or text[q.close] not in own):
            k = other_kind_close(text, q.open, q.close, closers)
        if k is None:
            out.append(q)
            continue
        before = len(out)
        _emit(out, text, q.open, k, q.para, continued=q.continued)
        if len(out) > before:
            used.add(k)
    return out, used


_DOUBLED = re.compile(r"(?<!')''(?!')")


def doubled_apostrophes(text: str) -> str:
    """``text`` (same length, same offsets) with each pair of straight apostrophes written as one
    quotation mark made a straight double mark and a space: an opening ``''`` (after a space or
    an opener, before a word) becomes space + mark, a closing one (after a word, before a space,
    punctuation or the end) mark + space, so the quoted words hold neither apostrophe."""
    if "''" not in text:
        return text
    out = list(text)
    for m in _DOUBLED.finditer(text):
        i = m.start()
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 2] if i + 2 < len(text) else "\n"
        if (prev.isspace() or prev in _LEFT_OPENERS) and not nxt.isspace():
            out[i], out[i + 1] = " ", '"'
        elif not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_CLOSERS):
            out[i], out[i + 1] = '"', " "
    return "".join(out)


_SINGLE_RX = re.compile("[‘’']")


def _single_role(text: str, i: int) -> str:
    """"open", "close", "apostrophe" or "either" for the single mark at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if prev.isalnum() and nxt.isalnum():
        return "apostrophe"  # don't, Kyiv’s, Lynn’s
    if nxt.isdigit() and (prev.isspace() or i == 0):
        return "apostrophe"  # the ’90s, ‘90s
    opens = (prev.isspace() or prev in _LEFT_OPENERS or prev in "“\"«") and not nxt.isspace()
    closes = (nxt.isspace() or nxt in _RIGHT_CLOSERS or nxt in "”\"»") and not prev.isspace()
    if opens and ch in "‘'" and not closes:
        return "open"
    if closes and ch in "’'" and not opens:
        return "close"
    return "apostrophe"


def _pair_singles(text: str) -> list[QuoteSpan]:
    """Pairs of single quote marks, paragraph by paragraph (a paragraph without an opening
    single mark is skipped at once)."""
    spans: list[QuoteSpan] = []
    paras = paragraphs(text)
    runs_on = False
    for pi, (ps, pe) in enumerate(paras):
        if "‘" not in text[ps:pe] and "'" not in text[ps:pe]:
            runs_on = False
            continue
        marks = [(m.start(), _single_role(text, m.start())) for m in _SINGLE_RX.finditer(text, ps, pe)]
        marks = [(i, r) for i, r in marks if r != "apostrophe"]
        open_at: int | None = None
        first = True
        for n, (i, role) in enumerate(marks):
            if role == "open":
                open_at = i if open_at is None else open_at
            elif open_at is not None:
                # "the ministers’ aides": a plural possessive, when a later mark closes.
                later = any(r == "close" for _, r in marks[n + 1 :])
                if later and text[i - 1] == "s" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower():
                    continue
                _emit(spans, text, open_at, i, pi, continued=runs_on and first)
                first = False
                open_at = None
        was_running = runs_on
        runs_on = False
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt and text[nxt[0] : nxt[1]].lstrip()[:1] in ("‘", "'"):
                _emit(spans, text, open_at, pe, pi, continued=was_running and first, continues=True)
                runs_on = True
            elif len(text[open_at + 1 : pe].split()) >= UNCLOSED_MIN_WORDS and _opens_speech(text, ps, open_at):
                # The closing mark is missing (or the text was cut): a quote to the paragraph's end.
                _emit(spans, text, open_at, pe, pi, continued=was_running and first)
    return spans


def _pair_doubles(text: str) -> tuple[list[QuoteSpan], list[int]]:
    """Pair double quote marks per paragraph. Returns the pairs and the offsets of stray marks."""
    spans: list[QuoteSpan] = []
    stray: list[int] = []
    paras = paragraphs(text)
    runs_on = False
    carried = False
    for pi, (ps, pe) in enumerate(paras):
        runs_on_before = runs_on
        open_at: int | None = ps - 1 if carried else None  # the quote goes on from the paragraph before
        carried = False
        first_in_para = True
        # A quote inside a quote with the same marks (“… “never again” …”): the mark opened
        # first waits in ``outer`` while the inner pair closes (kept in ``inner``); the outer
        # quote holds the inner one. When the outer never closes, the inner pair is a quote.
        outer: int | None = None
        inner: list[tuple[int, int]] = []
        for m in _MARK_RX.finditer(text, ps, pe):
            i = m.start()
            d = _direction(text, i)
            if d == "either":
                d = "close" if open_at is not None else "open"
            if d == "open":
                if open_at is not None:
                    if outer is not None:
                        stray.append(outer)
                    outer = None
                    if _nests(text, open_at, i):
                        outer = open_at
                    else:
                        stray.append(open_at)
                open_at = i
            elif open_at is None:
                stray.append(i)
            elif outer is not None:
                inner.append((open_at, i))
                open_at, outer = outer, None
            else:
                _emit(spans, text, open_at, i, pi, continued=runs_on and first_in_para)
                first_in_para = False
                open_at = None
                inner = []
        if outer is not None:
            stray.append(outer)
        if inner and open_at is not None and open_at < inner[0][0]:
            # The outer mark never closed here: the inner pairs are quotes of their own,
            # unless the outer quote runs on into the next paragraph (then it holds them).
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if not (nxt and (text[nxt[0] : nxt[1]].lstrip()[:1] in tuple(OPEN_MARKS + '"') or _closes_first(text, nxt))):
                for o, c in inner:
                    _emit(spans, text, o, c, pi)
                stray.append(open_at)
                open_at = None
        runs_on = False
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt and text[nxt[0] : nxt[1]].lstrip()[:1] in tuple(OPEN_MARKS + '"'):
                # News convention: a quote running over paragraphs has no closing mark
                # until its last paragraph, and each new paragraph opens with a mark.
                _emit(spans, text, open_at, pe, pi, continued=False, continues=True)
                runs_on = True
            elif nxt and _closes_first(text, nxt):
                # A paragraph break inside the quote, the closing mark in the next paragraph
                # (“… extinguished. / One worker was hurt,” he said.): one quote over both.
                _emit(spans, text, open_at, pe, pi, continued=runs_on_before and first_in_para, continues=True)
                runs_on = carried = True
            else:
                stray.append(open_at)
                if len(text[open_at + 1 : pe].split()) >= UNCLOSED_MIN_WORDS and _opens_speech(text, ps, open_at):
                    # The closing mark is missing (or the text was cut): the words after
                    # the mark are still the quote, up to the paragraph's end.
                    _emit(spans, text, open_at, pe, pi, continued=runs_on_before and first_in_para)
    spans.sort(key=lambda q: q.open)
    return spans, sorted(stray)


def _nests(text: str, open_at: int, i: int) -> bool:
    """The opening mark at ``i`` starts a quote inside the one opened at ``open_at`` ("told us
    “never again” and"): it stands inside a sentence, after a word or a comma or a colon, not
    after a sentence's end (“We will fight, he said. “We will win,” — a closing mark missing)."""
    k = i - 1
    while k > open_at and text[k].isspace():
        k -= 1
    return k > open_at + 1 and text[k] not in ".!?…" and "\n" not in text[open_at:i]


def _closes_first(text: str, para: tuple[int, int]) -> bool:
    """The first double mark of paragraph ``para`` closes a quote, after some words and the
    punctuation that ends quoted words (not the inch mark of 'the 12" guns')."""
    m = _MARK_RX.search(text, para[0], para[1])
    return m is not None and m.start() > para[0] and text[m.start() - 1] in ".,!?…" and _direction(text, m.start()) == "close"


def _opens_speech(text: str, para_start: int, at: int) -> bool:
    """The mark stands where a quotation starts: at the paragraph's start, after a sentence,
    a colon, a comma or a dash, or after "said", "that", "as"."""
    before = text[para_start:at].rstrip()
    if not before or before[-1] in ".!?:;,—–-(":
        return True
    last = before.split()[-1].lower()
    return last in reporting_forms() or last in ("that", "as") or _reporting_participle(last)


def _reporting_participle(word: str) -> bool:
    """"saying", "adding", "warning", "admitting": the -ing form of a reporting verb, which opens
    speech as its other forms do ("..., saying “We will not leave”")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    forms = reporting_forms()
    return stem in forms or stem + "e" in forms or stem[-1:] == stem[-2:-1] and stem[:-1] in forms


def _emit(spans, text, o, c, para, continued=False, continues=False) -> None:
    s, e = o + 1, c
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append(QuoteSpan(o, c, s, e, para, continues, continued))


# ------------------------------------------------------------------ attribution


_DOCUMENTS = frozenset("statement letter message post note communique communiqué text notice release tweet sign banner".split())


def _reports(t) -> bool:
    """A verb of saying, "be of the view/opinion that", or "read" with a document as its
    subject ("the statement read")."""
    lemma = t.lemma_.lower()
    if lemma in REPORTING_VERBS:
        return t.pos_ in ("VERB", "AUX")
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in ("view", "opinion") for p in c.children) for c in t.children):
        return True  # "X was of the view that …": an opinion stated
    return lemma == "read" and (t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT") and any(
        (c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "dobj" and c.i > t.i or c.dep_ == "compound" and c.i == t.i - 1)
        and c.lemma_.lower() in _DOCUMENTS for c in t.children
    )  # "the message read" parsed as one noun: "message" a compound of "read"


# How far up the parse tree (heads) a quote's verb of saying may be: a partial quote deep in the
# reported clause ("X threatened reprisals against the staff of any hotels in the area where
# politicians or “oligarchs” may hide") is still under it.
_GOVERN_HOPS = 12


def _governing_verb(inner: range, idx: DocIndex):
    """The nearest reporting verb above the quote in the parse tree, outside the quote; one
    above a verb of reacting ("said ... to reject the “botched” deal") wins over it."""
    doc = idx.doc
    for i in inner:
        t = doc[i]
        if t.head.i in inner and t.head is not t:
            continue
        a, hops, found = t.head, 0, []
        while hops < _GOVERN_HOPS:
            hops += 1
            if a.i not in inner and a.i not in idx.quote_tokens and _reports(a):
                found.append(a)
                if a.lemma_.lower() not in REACTING_VERBS and not _progressive(a):
                    break
            if a.head is a:
                break
            a = a.head
        if found:
            return found[-1] if found[-1].lemma_.lower() not in REACTING_VERBS else found[0]
    return None


def _nearer_reporter(v, inner: range, idx: DocIndex):
    """A verb of saying between governing verb ``v`` and the quote, in its sentence, with a speaker
    of its own (``_speaking_subject``) after ``v``: "X said the blame lies with Y -- with spokesman Z
    telling media a campaign had “…”", where the parser hung the quote's clause on "said": Z, the
    nearer reporter, said the words. Not a relative clause's verb ("Y, which denied it, had “…”"),
    nor one in the progressive ("X said Y is calling for “…”": X's wording, ``_progressive``), nor one whose
    speaker is ``v``'s own. Returns (verb, speaker head) or None."""
    doc = idx.doc
    if not inner or v.i > inner.start:
        return None
    own = _speaking_subject(v, idx)
    for i in range(inner.start - 1, v.i, -1):
        r = doc[i]
        if i in idx.quote_tokens or r.sent != v.sent:
            continue
        if not _reports(r) or r.dep_ == "relcl" or r.lemma_.lower() in REACTING_VERBS or _progressive(r):
            continue
        s = _speaking_subject(r, idx)
        if s is None or s.i <= v.i or s.i in idx.quote_tokens or s.lower_ in RELATIVE_PRONOUNS or own is not None and s.i == own.i:
            return None
        return r, s
    return None


def _in_subject(v, inner: range) -> bool:
    """The quote lies inside the subject phrase of verb ``v`` ("Their “robust” response was
    criticised by the opposition"): the verb says something about the quoted thing, so neither
    the subject nor an agent said the words."""
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.left_edge.i <= inner.start and inner.stop - 1 <= c.right_edge.i:
            return True
    return False


def _reporter_above(v, inner: range, idx: DocIndex):
    """A verb of saying above verb ``v``, whose subject holds the quote ("X said it opened an
    inquiry after the “data breach” was reported"): the clause that speaks of the quoted thing is
    itself reported, so its reporter's wording it is. None when no such verb is above ``v`` or
    the quote lies in that verb's subject too."""
    a, hops = v.head, 0
    while a is not v and hops < _GOVERN_HOPS:
        hops += 1
        if a.i not in inner and a.i not in idx.quote_tokens and _reports(a) and a.lemma_.lower() not in REACTING_VERBS:
            return None if _in_subject(a, inner) else a
        if a.head is a:
            break
        a = a.head
    return None


def _across_break(v, span: QuoteSpan, idx: DocIndex) -> bool:
    """Between the quote and verb ``v`` (outside quotes) a sentence ends (".", "!", "?", "…"
    before a capitalised word) or a line breaks after a word: the verb belongs to another
    sentence that the parser ran on into the quote's."""
    doc = idx.doc
    if v.idx > span.close:
        lo, hi = idx.tok(span.close) + 1, v.i
    else:
        lo, hi = v.i + 1, idx.tok(span.open)
    for i in range(lo, hi):
        t = doc[i]
        if i in idx.quote_tokens:
            continue
        if t.text in (".", "!", "?", "…", "...") and t.pos_ == "PUNCT" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and i + 1 not in idx.quote_tokens:
            before = doc[i - 1] if i > 0 else t
            if t.text == "." and (before.lower_ in TITLE_WORDS or len(before) <= 3 and before.is_title):
                continue  # an abbreviation ("Lt. Gen.", "J. Smith"), not a sentence's end
            return True
        if t.is_space and "\n" in t.text and i > lo and doc[i - 1].text not in (":", ",", "—", "–", "-"):
            return True
    return False


_PREMODIFIER_MAX = 10  # tokens: a quote that modifies a noun is a few words


def _ends_in_abbreviation(span) -> bool:
    """Span ``span`` ends with the period of a title or an initial ("Sgt.", "Lt.", "J."), not
    a sentence's end."""
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[-1].text != "." and not words[-1].text.endswith("."):
        return False
    last = words[-2] if words[-1].text == "." else words[-1]
    word = last.lower_.rstrip(".")
    return word in TITLE_WORDS or f"{word}." in TITLE_WORDS or len(word) == 1 and last.text[:1].isupper()


def _premodifier(inner: range, post_lo: int, idx: DocIndex) -> bool:
    """The quote modifies a noun right after it ("killed “several dozen” soldiers"): a word of
    the quote hangs on a noun after the closing mark."""
    doc = idx.doc
    if len(inner) > _PREMODIFIER_MAX or not doc[inner.stop - 1].text[-1:].isalnum():
        return False  # long, or ending like a sentence or a clause ("“…,” Sgt. Li said")
    return any(not doc[i].is_punct and doc[i].head.i >= post_lo and doc[i].head.pos_ in ("NOUN", "PROPN", "NUM") and doc[i].head.i not in idx.quote_tokens for i in inner)


def _progressive(v) -> bool:
    """``v`` is in the progressive ("were responding", "is calling for"): an activity the
    outer speaker describes. A partial quote under it, itself reported by a verb of saying,
    is that speaker's wording: "He said Guterres is calling for “maximum restraint”" quotes
    him, "Misri assured that the forces were responding “adequately”" quotes Misri."""
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in v.children)


# Verbs by which one source relays another's words: "X quoted Y as saying", "X cited Y as saying".
_RELAYING = frozenset(("quote", "cite"))


def _quoted_as(v):
    """"The statement quoted Kovac as saying “…”" -> Kovac; "Kovac was quoted as saying" ->
    Kovac; "state radio cited a navy statement as saying" -> the statement: the one quoted or
    cited, not the document or the outlet that relays it."""
    if v.dep_ != "pcomp" or v.head.lower_ != "as" or v.head.head.lemma_.lower() not in _RELAYING:
        return None
    quote = v.head.head
    for dep in ("dobj", "nsubjpass"):
        for c in quote.children:
            if c.dep_ == dep:
                return c
    return None


def _hung_phrase(v, idx: DocIndex):
    """``…, the company that owns the ship said.`` parsed with no subject, the phrase hung
    as an apposition on the noun before the comma: the noun phrase between that comma and
    the verb speaks when it can."""
    doc = idx.doc
    if v.i < 2 or doc[v.i - 1].is_punct:
        return None
    t = doc[v.i - 1]
    for _ in range(8):
        if t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == v.i - 1 and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text in (",", "—", "–"):
            return t if t.i not in idx.quote_tokens and can_speak(t, idx) else None
        if t.head.i >= v.i or t.head is t:
            return None
        t = t.head
    return None


_ASIDE_MAX = 12


def _phrase_before_aside(v, idx: DocIndex):
    """``Asked about X, a State Department official, speaking on condition of anonymity,
    said: “…”`` parsed with no subject (the phrase taken as an object of the clause before):
    the noun phrase right before a participle clause set off by commas that ends at the verb
    speaks, when it can."""
    doc = idx.doc
    k = v.i - 1
    if k < 3 or doc[k].text != ",":
        return None
    j = k - 1
    while j > max(0, k - _ASIDE_MAX) and doc[j].text != ",":
        j -= 1
    if doc[j].text != "," or j + 1 >= k or doc[j + 1].tag_ not in ("VBG", "VBN") or any(i in idx.quote_tokens for i in range(j, v.i)):
        return None
    t = doc[j - 1]
    while t.head.i != t.i and t.head.i < j and t.dep_ in ("compound", "amod", "nmod", "prep", "pobj", "poss"):
        t = t.head  # "an official of the ministry" -> "official"
    if t.pos_ not in ("NOUN", "PROPN") or t.i in idx.quote_tokens or not can_speak(t, idx):
        return None
    lo = t.left_edge.i
    if lo > 0 and doc[lo - 1].text != "," and lo != doc[lo].sent.start:
        return None  # the phrase must stand on its own: after a comma or at the sentence's start
    return t


def _document_of(v, idx: DocIndex):
    """``The embassy issued a statement calling the arrests “…”``: a verb of saying on a
    document ("a statement calling", "a letter urging") is said by whoever put the document
    out (the subject of "issued", "released", "sent"), else by the document itself ("a
    statement from the council calling …")."""
    doc_noun = v.head
    if v.dep_ != "acl" or v.tag_ != "VBG" or doc_noun.i == v.i or doc_noun.lemma_.lower() not in _DOCUMENTS:
        return None
    if doc_noun.dep_ == "dobj" and doc_noun.head.pos_ == "VERB":
        s = subject(doc_noun.head)
        # Whoever puts out a statement can speak ("the consulate", not in the noun lists).
        if s is not None and s.i not in idx.quote_tokens and (s.pos_ in ("NOUN", "PROPN") or can_speak(s, idx)):
            return s
    return doc_noun


_FREE_RELATIVES = frozenset("what which that whatever who".split())


def _own_subject(v, idx: DocIndex):
    """The subject of reporting verb ``v`` that said the words, or None: the agent of a
    passive ("was described by X as"); nobody for a passive without one or a free relative
    ("what was characterized as “…”", "what it called"), whose words are the outer speaker's."""
    q = _quoted_as(v)
    if q is not None:
        return q
    if v.lemma_.lower() in _RELAYING and any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
        # "“…,” TASS quoted Peskov as saying", "“…,” TV cited a statement as saying": the one
        # quoted, not the outlet.
        for c in v.children:
            if c.dep_ == "dobj" and c.i not in idx.quote_tokens:
                return c
    if v.lemma_.lower() == "quote" and not any(c.dep_ == "prep" for c in v.children):
        # "“…,” the agency quoted Ruiz.": the one quoted said the words, not the outlet
        for c in v.children:
            if c.dep_ == "dobj" and c.i not in idx.quote_tokens and c.pos_ == "PROPN" and can_speak(c, idx):
                return c
    s = subject(v)
    if s is None:
        return (_hung_phrase(v, idx) or _phrase_before_aside(v, idx)) if v.dep_ == "ROOT" else None
    if s.lower_ in _FREE_RELATIVES and s.head.i == v.i:
        return None
    if s.dep_ == "csubj" and s.head.i == v.i:
        # "Announcing the expulsion of X, the security service said": the parser made the
        # participle clause the subject and hung the speaker inside it; the phrase that
        # ends right before the verb speaks.
        t = idx.doc[v.i - 1] if v.i > 0 else None
        if t is not None and t.pos_ in ("NOUN", "PROPN") and t.i not in idx.quote_tokens and s.i < t.i and can_speak(t, idx):
            return t
        return None
    if s.dep_ == "nsubjpass" and s.head.i == v.i and v.lemma_.lower() not in _RELAYING:
        for c in v.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        return None
    return s


def _speaking_subject(v, idx: DocIndex):
    """The subject of reporting verb ``v`` if it can speak (``can_speak``); else that of the
    nearest reporting verb above it: in "Ilic said at least eight of the drones had been shot
    down and called the raid “an act of terror”" the drones call nothing, Ilic does."""
    if v.lemma_.lower() == "read":  # "..., read the statement": the document speaks
        for c in v.children:
            if (c.dep_ in ("nsubj", "nsubjpass", "dobj") or c.dep_ == "compound" and c.i == v.i - 1) and c.lemma_.lower() in _DOCUMENTS:
                return c
    d = _document_of(v, idx)
    if d is not None:
        return d
    if (s := _participle_noun(v, idx)) is not None:
        return s
    if (s := _participle_sayer(v, idx)) is not None:
        return s
    if (s := with_sayer(v, idx) or chain_name(v, idx)) is not None:
        return s  # "…, with its spokesman X telling media", "X, Superintendent of Police, Tawang told"
    # Last: "After vowing to “…”, the general ordered ...", when no verb of saying above tells who
    # ("Kiir insisted he wants peace, telling crowds that “…”": Kiir, by "insisted").
    adverbial = _adverbial_participle(v, idx)
    hops = 0
    while v is not None and hops < 8:
        hops += 1
        s = _own_subject(v, idx)
        if s is not None and can_speak(s, idx):
            return s
        a = v.head
        while a.i != v.i and a.head.i != a.i and not (_reports(a) and a.i not in idx.quote_tokens):
            a = a.head
        if a.i == v.i or not _reports(a) or a.i in idx.quote_tokens:
            return adverbial
        v = a
    return adverbial


def _participle_noun(v, idx: DocIndex):
    """``Led by a general vowing to “defend the nation”, tanks rolled in``, ``crowds chanting
    “…” marched``: a verb of saying in the -ing form that modifies a noun (a reduced relative
    clause) has that noun as its speaker, when it can speak; else None."""
    h = v.head
    # ("general" of "a general vowing" may be tagged an adjective: a noun's place in the clause)
    nominal = h.pos_ in ("NOUN", "PROPN") or h.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "appos")
    if v.dep_ != "acl" or v.tag_ != "VBG" or h.i == v.i or not nominal or h.i in idx.quote_tokens:
        return None
    return h if can_speak(h, idx) else None


def _adverbial_participle(v, idx: DocIndex):
    """``After vowing to “defend the nation”, the general ordered ...``, ``Declaring a “state of
    emergency”, President X deployed troops``: a verb of saying in the -ing form, with no subject
    of its own, heading an adverbial clause (after a preposition or alone) is said by the subject
    of the clause it modifies, when that can speak; else None."""
    if v.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    if v.dep_ == "advcl":
        main = v.head
    elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in ("after", "before", "while", "when", "by", "upon", "on"):
        main = v.head.head
    else:
        return None
    if main.i == v.i or main.pos_ not in ("VERB", "AUX") or main.i in idx.quote_tokens:
        return None
    s = subject(main)
    return s if s is not None and s.i not in idx.quote_tokens and s.lower_ not in RELATIVE_PRONOUNS and can_speak(s, idx) else None


def _participle_sayer(v, idx: DocIndex):
    """For a reporting participle set off by a comma at the end of a reported clause ("X told AP
    that people should wait, saying “…”"), the subject of the reporting verb whose clause it
    closes (X): the parser hangs the participle on the reported clause's verb, whose subject
    ("people") says nothing. None when ``v`` is not such a participle or that subject cannot speak."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or not _reports(v) or v.i == 0 or idx.doc[v.i - 1].text != ",":
        return None
    h = v.head
    if h.dep_ != "ccomp" or h.head.i == h.i or not _reports(h.head) or h.head.i in idx.quote_tokens:
        return None
    s = _own_subject(h.head, idx)
    return s if s is not None and s.i not in idx.quote_tokens and can_speak(s, idx) else None


def _speaker_above(v, idx: DocIndex):
    """The subject of the nearest verb of saying above verb ``v`` when it is a noun or a name that
    can speak ("Chile's army on Sunday said it ... warned against what it called “…”": the "it" of
    the reported clause is the army), past verbs whose subject is "it" again; else None."""
    if v.head.i == v.i:
        return None
    for _ in range(4):
        a = v.head
        while a.i != v.i and a.head.i != a.i and not (_reports(a) and a.i not in idx.quote_tokens):
            v, a = a, a.head
        if a.i == v.i or not _reports(a) or a.i in idx.quote_tokens:
            return None
        s = _own_subject(a, idx)
        if s is not None and s.lower_ == "it":
            v = a  # "said it held drills and warned ...": "it" again, the verb above tells who
            continue
        if s is None or s.i in idx.quote_tokens or s.pos_ not in ("NOUN", "PROPN") or not can_speak(s, idx):
            return None
        return s
    return None


def _phrase_before(v, lo: int, idx: DocIndex):
    """``“…,” a statement from X said`` parsed without a subject: the head of the noun phrase
    between the closing mark and the verb, when it can speak."""
    span = range(lo, v.i)
    heads = [t for t in idx.doc[lo : v.i] if t.head.i not in span and t.pos_ in ("NOUN", "PROPN", "PRON") and t.i not in idx.quote_tokens]
    if heads and can_speak(heads[-1], idx):
        return heads[-1]
    return None


def _after_quote(v, lo: int, idx: DocIndex):
    """The speaker of a verb of saying that follows the quote when ``can_speak`` does not know
    the noun ("“…,” the medic said", "“…” exclaimed one boy", the parser taking the boy for an
    object): the subject between the closing mark and the verb, or, when the verb comes first,
    the noun phrase right after it. After a quote, such a verb has no other speaker; a
    number, a date or a pronoun other than a person's is still none."""
    doc = idx.doc
    s = subject(v)
    if s is not None and lo <= s.i < v.i and s.i not in idx.quote_tokens and (s.lower_ == "old" or s.lower_.endswith("-old")) and s.dep_ == "nsubj":
        return s  # "the 62-year-old said": a person by age (tagged a date)
    if s is not None and lo <= s.i < v.i and s.pos_ in ("NOUN", "PROPN") and s.i not in idx.quote_tokens:
        ent = idx.ent_at.get(s.i)
        return s if ent is None or ent.label_ not in _THINGS else None
    if (s is None or s.i in idx.quote_tokens) and all(t.is_punct or t.is_space for t in doc[lo : v.i]):
        for c in v.children:
            if c.i > v.i and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and c.pos_ in ("NOUN", "PROPN") and c.i not in idx.quote_tokens:
                ent = idx.ent_at.get(c.i)
                if (ent is None or ent.label_ not in _THINGS) and can_speak(c, idx):
                    return c
                return None
    return None


_THINGS = frozenset("CARDINAL QUANTITY MONEY PERCENT ORDINAL DATE TIME EVENT PRODUCT LAW WORK_OF_ART".split())


def _surname_speaker(v, lo: int, hi: int, idx: DocIndex) -> Speaker | None:
    """``“…,” May added`` / ``“…,” said Will.``: a surname that is also a month, a modal or a
    common word, parsed as such, right before (or right after) a verb of saying that follows the
    quote, is the speaker when the text named a person with that surname earlier. Returns the
    ``Speaker`` of that one word (kind "named"), or None."""
    doc = idx.doc
    words = [t for t in doc[lo : v.i] if not (t.is_punct or t.is_space)]
    if not words:
        after = [t for t in doc[v.i + 1 : hi] if not t.is_space]
        if after and (len(after) == 1 or after[1].is_punct):
            words = after[:1]
    if len(words) != 1:
        return None
    t = words[0]
    if not (t.is_alpha and t.is_title) or t.i in idx.quote_tokens:
        return None
    if not any(len(e) >= 2 and e.end <= t.i and e[-1].text == t.text for e in idx.persons):
        return None
    return Speaker(t.idx, t.idx + len(t), t.text, "named")


def _nearer_pronoun(speaker: Speaker, t_open: int, inner: range, idx: DocIndex) -> Speaker:
    """``Trump said that he “hopes it ends soon”``: the quote goes on the sentence of a pronoun
    just before it, the speaker's own: that pronoun is the speaker's mention nearest the quote
    (kept when it stands for the same speaker, else ``speaker``)."""
    doc = idx.doc
    k = t_open - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return speaker
    t = doc[k]
    if t.lower_ not in PERSON_PRONOUNS | GROUP_PRONOUNS or t.dep_ not in ("nsubj", "nsubjpass") or t.head.i not in inner:
        return speaker
    sp = resolve_pronoun(t, idx)
    same = (speaker.start, speaker.end) if speaker.kind != "pronoun" else (speaker.antecedent_start, speaker.antecedent_end)
    if sp.antecedent_start >= 0 and sp.antecedent_start < same[1] and same[0] < sp.antecedent_end:
        return sp
    return speaker


def _following_verb(lo: int, hi: int, idx: DocIndex):
    """A reporting verb just after the closing mark: ``“…,” X said`` / ``said X``."""
    doc = idx.doc
    for i in range(lo, min(hi, lo + 16)):
        t = doc[i]
        if i in idx.quote_tokens:
            break
        if _reports(t) and t.dep_ != "relcl":  # not "one resident, who asked not to be named, said"
            return t
    return None


def _according_to(lo: int, hi: int, idx: DocIndex):
    doc = idx.doc
    for i in range(lo, hi - 1):
        if doc[i].lower_ == "according" and doc[i + 1].lower_ == "to":
            for c in doc[i + 1].children:
                if c.dep_ == "pobj":
                    return c
            if i + 2 < hi:
                return doc[i + 2]
    return None


# What a body publishes its words in: "according to its website".
_CHANNELS = _DOCUMENTS | frozenset("website site page account feed channel report figures data records".split())


def _relayed(verb, idx: DocIndex, outlets):
    """For the reporting verb ``verb`` of a news outlet, the verb of saying above it whose subject
    is a speaker other than an outlet ("X said …, Reuters reported": the parse hangs "said" above
    "reported"): (that verb, its ``Speaker``), or None."""
    a = verb
    for _ in range(4):
        if a.head.i == a.i:
            return None
        a = a.head
        if a.i in idx.quote_tokens or not _reports(a):
            continue
        s = _speaking_subject(a, idx)
        if s is None or s.i in idx.quote_tokens:
            return None
        sp = speaker_for(s, idx, outlets)
        return (a, sp) if sp is not None and sp.kind != "outlet" else None
    return None


def _is_outlet(speaker: Speaker, head) -> bool:
    """Whether ``speaker`` (with head token ``head``) is a news outlet: its kind, or an outlet's
    noun ("the news agency", "Channel 9" parsed with "Channel" as head)."""
    return speaker.kind == "outlet" or head.lemma_.lower() in OUTLET_NOUNS or head.lower_ in OUTLET_NOUNS


def _own_channel(head, speaker: Speaker, idx: DocIndex) -> Speaker:
    """``…, according to its website``: the words are those of whoever "its" stands for (the
    body a sentence before named as a subject), a ``Speaker`` of kind "pronoun" over the phrase
    with that antecedent; ``speaker`` unchanged when the channel is not a pronoun's or "its"
    stands for nobody."""
    if head.lemma_.lower() not in _CHANNELS and head.lower_ not in _CHANNELS:
        return speaker
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is None:
        return speaker
    found = resolve_it(poss, idx) if poss.lower_ == "its" else resolve_pronoun(poss, idx)
    if found is None or found.antecedent_start < 0:
        return speaker
    return Speaker(speaker.start, speaker.end, speaker.text, "pronoun", found.antecedent_start, found.antecedent_end)


_SET_OFF = (",", "—", "–")


def _parenthetical(inner: range, idx: DocIndex):
    """``The strikes, the ministry said, were “…”``: a reporting clause set off by commas inside
    the clause that holds the quote (parsed as a parataxis of its verb, or as a relative clause
    on its subject). (verb, speaker head) or None."""
    doc = idx.doc
    tops = [doc[i] for i in inner if doc[i].head.i not in inner]
    seen = set()
    for t in tops:
        a, hops = t.head, 0
        while hops < 4 and a.i not in seen:
            hops += 1
            seen.add(a.i)
            if a.i in idx.quote_tokens:
                break
            cands = [c for c in a.children if c.dep_ == "parataxis"]
            cands += [c for s in a.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children if c.dep_ == "relcl"]
            for c in cands:
                lo = c.left_edge.i
                if c.i in idx.quote_tokens or not _reports(c) or lo == 0 or doc[lo].text not in _SET_OFF and doc[lo - 1].text not in _SET_OFF:
                    continue
                if any(w.tag_ in ("WDT", "WP", "WP$") for w in c.subtree):
                    continue  # a true relative clause ("which officials said came from …")
                s = subject(c)
                if s is None or s.lower_ in RELATIVE_PRONOUNS or s.i in idx.quote_tokens or not can_speak(s, idx):
                    continue
                return c, s
            if a.head.i == a.i:
                break
            a = a.head
    return None


# Nouns of a reply or a judgment given in words: the quoted words that describe one are the
# words of whoever gave it ("a “measured” response from Oslo", "Oslo's “firm” reply").
_RESPONSE_NOUNS = frozenset(
    """
    response responses reply replies reaction reactions retort rebuttal answer warning warnings
    condemnation criticism rebuke assurance assurances pledge promise threat threats vow appeal
    verdict assessment description characterisation characterization denial
    """.split()
)


def _giver_of(inner: range, idx: DocIndex):
    """``drew a “precise, proportionate” response from Islamabad``, ``Moscow's “measured”
    reply``: the quote describes a reply or a judgment (``_RESPONSE_NOUNS``) and nothing reports
    it; whoever gave the reply (the possessor, or the noun after "from"/"by") is the speaker, when
    it can speak."""
    doc = idx.doc
    nouns = {doc[i].head.i for i in inner if doc[i].head.i not in inner and doc[i].dep_ in ("amod", "compound", "nmod", "advmod", "conj")}
    for n in sorted(nouns):
        noun = doc[n]
        if noun.i in idx.quote_tokens or noun.lemma_.lower() not in _RESPONSE_NOUNS and noun.lower_ not in _RESPONSE_NOUNS:
            continue
        for c in noun.children:
            if c.dep_ == "poss" and c.i not in idx.quote_tokens and c.pos_ != "PRON" and can_speak(c, idx):
                return c
            if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > noun.i:
                for p in c.children:
                    if p.dep_ == "pobj" and p.i not in idx.quote_tokens and can_speak(p, idx) and p.pos_ != "PRON":
                        return p
    return None


_DEMONSTRATIVES = frozenset("that this those these such".split())
_WORDS_NOUNS = _RESPONSE_NOUNS | frozenset("message messages word words view verdict line".split())


def _described_after(span: QuoteSpan, idx: DocIndex):
    """``“…” / That was the response from the coastguard.``: the sentence right after a lone
    quote calls it someone's words ("That was the message from X", "Those were the words of
    X", "Those were the words X used", "That is what X told investigators"): X, when it can
    speak."""
    doc = idx.doc
    k = idx.tok(span.close) + 1
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct and k in idx.quote_tokens):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _DEMONSTRATIVES or k in idx.quote_tokens:
        return None
    root = doc[k].sent.root
    if root.lemma_.lower() != "be" or doc[k].head.i != root.i:
        return None
    for c in root.children:
        # "That is what the suspect told investigators": the subject of a verb of saying with
        # "what" as its object.
        if c.dep_ == "ccomp" and _reports(c) and any(w.lower_ == "what" and w.i < c.i for w in c.children):
            s = subject(c)
            if s is not None and s.i not in idx.quote_tokens and can_speak(s, idx):
                return s
    for attr in root.children:
        if attr.dep_ != "attr" or attr.lower_ not in _WORDS_NOUNS:
            continue
        for rel in attr.children:
            # "Those were the words the suspect used": the subject of a clause on the noun.
            if rel.dep_ == "relcl" and (rel.lemma_.lower() in ("use", "choose") or _reports(rel)):
                s = subject(rel)
                if s is not None and s.i not in idx.quote_tokens and s.lower_ not in RELATIVE_PRONOUNS and can_speak(s, idx):
                    return s
        for c in attr.children:
            if c.dep_ == "poss" and c.pos_ != "PRON" and can_speak(c, idx):
                return c
            if c.dep_ == "prep" and c.lower_ in ("from", "of", "by"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.i not in idx.quote_tokens and can_speak(p, idx):
                        return p
    return None


def _giver_speaker(head, speaker: Speaker, idx: DocIndex, outlets) -> Speaker:
    """The giver's mention: the name itself when the giver is a named entity ("Washington" in
    "from Washington and silence from Beijing"), without a possessive ending ("Moscow's")."""
    ent = idx.ent_at.get(head.i)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        kind = "outlet" if outlets(ent.text) else "named"
        return Speaker(ent.start_char, ent.end_char, ent.text, kind)
    text = speaker.text
    for end in ("'s", "’s", "'", "’"):
        if text.endswith(end) and len(text) > len(end):
            cut = len(text) - len(end)
            return Speaker(speaker.start, speaker.start + cut, text[:cut].rstrip(), speaker.kind)
    return speaker


def _colon_lead(t_open: int, idx: DocIndex):
    """``Foreign Minister X said:`` ending the paragraph before a quote that opens its own:
    (verb, subject, rule) of the lead-in, or None."""
    doc = idx.doc
    k = t_open - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text != ":" or "\n" not in doc[k + 1 : t_open + 1].text + doc[k].whitespace_:
        return None
    for t in doc[k].sent:
        if t.i >= k:
            break
        if _reports(t) and t.i not in idx.quote_tokens:
            # "The Herald quoted a teacher as saying:": the one quoted, not the outlet
            s = _own_subject(t, idx) if t.lemma_.lower() in _RELAYING else subject(t)
            if s is not None and s.i not in idx.quote_tokens:
                return t, s, "colon-lead"
    # A panel's lead-in without a verb ("And from the chair, Nora Falk:"): the one name
    # that ends it speaks.
    sent = doc[k].sent
    names = [e for e in idx.persons if sent.start <= e.start and e.end <= k]
    if names and names[-1].end == k and len({e.text for e in names}) == 1:
        return None, names[-1].root, "panel"
    return None


def _colon_intro(pre, idx: DocIndex):
    """``He issued a warning: “…”``: a clause ending with a colon right before the quote, whose
    subject can speak, introduces it."""
    words = [t for t in pre if not t.is_space]
    if len(words) < 3 or words[-1].text != ":":
        return None
    v = words[-1].head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and v.i in range(words[0].i, words[-1].i):
        v = v.head
    if v.pos_ not in ("VERB", "AUX") or not words[0].i <= v.i < words[-1].i:
        # The colon hung on the quote's verb ("The ministry's statement was blunt: “…”", the
        # clause before parsed as the quote's complement): that clause's own verb.
        span = range(words[0].i, words[-1].i)
        tops = [t for t in words[:-1] if (t.head.i not in span or t.head.i == t.i) and t.pos_ in ("VERB", "AUX")]
        if not tops:
            return None
        v = tops[0]
    s = subject(v)
    if s is None or s.i < words[0].i or s.i in idx.quote_tokens or not can_speak(s, idx):
        return None
    return v if _reports(v) else None, s, "colon-intro"


def _lead_in(pre, idx: DocIndex):
    """``He did not elaborate, telling reporters, “…”`` parsed with the quote as the root: the
    last verb of saying in the clause before the comma that opens the quote, with its subject."""
    words = [t for t in pre if not t.is_space]
    if len(words) < 3 or words[-1].text not in (",", ":"):
        return None
    for t in reversed(words[:-1]):
        if _reports(t) and t.i not in idx.quote_tokens:
            s = _speaking_subject(t, idx)
            if s is not None and s.i not in idx.quote_tokens and s.i >= words[0].i:
                return t, s, "lead-in"
            return None
    return None


def _quiet(lo: int, hi: int, idx: DocIndex) -> bool:
    """Characters [lo, hi) outside quotes name no person and hold no verb of saying: nobody
    else comes in between two quotes."""
    if any(lo <= e.start_char < hi and e.root.i not in idx.quote_tokens for e in idx.persons):
        return False
    doc = idx.doc
    return not any(_reports(t) and t.i not in idx.quote_tokens for t in doc[idx.tok(lo) : idx.tok(hi)] if t.idx >= lo)


_INTRO_MAX_TOKENS = 12


def _introduced(t_open: int, idx: DocIndex):
    """``“…,” said Mari Tamm. Her neighbour agreed. “…”``: a short sentence right before a lone
    quote, outside quotes, whose verb brings in someone who speaks ("agreed", "disagreed", a verb
    of saying with nothing said after it): its subject is the quote's speaker, not the speaker
    of the quote before."""
    doc = idx.doc
    k = t_open - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text not in (".", "!") or k in idx.quote_tokens:
        return None
    sent = doc[k].sent
    if len(sent) > _INTRO_MAX_TOKENS or any(t.i in idx.quote_tokens for t in sent) or sent.end > t_open:
        return None
    root = sent.root
    lemma = root.lemma_.lower()
    if root.pos_ not in ("VERB", "AUX"):
        return None
    bare = lemma in REPORTING_VERBS and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep", "advcl", "dative") for c in root.children)
    # "His wife was more cautious.", "Others were less sure.": how someone felt about it.
    mood = lemma in ("be", "seem", "sound", "appear") and any(c.dep_ == "acomp" for c in root.children)
    if lemma not in INTRO_VERBS and not bare and not mood:
        return None
    if any(c.dep_ == "neg" for c in root.children):
        return None  # "The ministry did not respond.": nobody brought in
    s = subject(root)
    if s is None or s.lower_ == "it" or s.i in idx.quote_tokens or not can_speak(s, idx):
        return None
    ent = idx.ent_at.get(s.i)
    if mood and not bare and lemma not in INTRO_VERBS and ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        return None  # "Kherson was quiet.": a place's mood, not a speaker
    return root, s


def _has_quote(lo: int, hi: int, idx: DocIndex) -> bool:
    """Characters [lo, hi) hold quoted words."""
    return any(i in idx.quote_tokens for i in range(idx.tok(lo), idx.tok(hi) + 1) if lo <= idx.starts[i] < hi)


def _salient_person(span: QuoteSpan, paras: list[tuple[int, int]], idx: DocIndex):
    """The one person a lone quote's paragraph is about: the PERSON named outside quotes in
    that paragraph, or in the paragraph before when the quote stands alone in its own. None when
    two different people are named (same surname = same person)."""
    ps, pe = paras[span.para]
    rest = (idx.text[ps : span.open] + idx.text[span.close + 1 : pe]).strip(" \t\"“”‘’'")
    if len(_WORD.findall(rest)) < 2 and span.para > 0:
        # Nothing else in the paragraph, or one word left of a cut text ("“…,” N"): the
        # paragraph before tells who; or the one before that, over a paragraph that brings in
        # nobody ("Petrov said a fire broke out. / Firefighters worked all night. / “…”").
        ps, pe = paras[span.para - 1]
        if span.para > 1 and _quiet(ps, pe, idx) and not _has_quote(ps, pe, idx):
            ps = paras[span.para - 2][0]
    people = [e for e in idx.persons if ps <= e.start_char and e.end_char <= pe and e.root.i not in idx.quote_tokens]
    if not people or len({e[-1].lower_ for e in people}) != 1:
        return None
    before = [e for e in people if e.end_char <= span.open]
    return before[-1] if before else people[0]  # the mention nearest the quote


def _said_just_before(span: QuoteSpan, paras: list[tuple[int, int]], idx: DocIndex):
    """``The suspect wanted to kill the premier, the minister told a press conference. “…”``: a
    quote opening a sentence of its paragraph, with no attribution of its own, right after a
    sentence of the same paragraph that reports someone speaking (a verb of saying outside
    quotes, with a subject who can speak), goes on with that speaker: the one who "told
    reporters", not a person the reported words are about. (reporting verb, subject), or None
    when the sentence before holds quoted words or reports no one."""
    ps, _pe = paras[span.para]
    doc = idx.doc
    t_open = idx.tok(span.open)
    if t_open <= 0:
        return None
    before = doc[t_open - 1].sent
    if before.start_char < ps or before.end > t_open or any(t.i in idx.quote_tokens for t in before):
        return None
    for t in before:
        if not _reports(t) or t.dep_ == "relcl" or any(c.dep_ == "neg" for c in t.children):
            continue  # (not "the ministry did not respond": no one spoke)
        s = _speaking_subject(t, idx)
        if s is not None and s.i not in idx.quote_tokens and s.i >= before.start:
            return t, s
    return None


def _reported_before(span: QuoteSpan, paras: list[tuple[int, int]], idx: DocIndex):
    """``A statement issued by the coastguard said gunmen fired on a patrol. / “On each occasion
    the crew responded.”``: a quote standing alone in its paragraph, right after a paragraph
    whose last sentence reports what someone said (a verb of saying with a clause, outside
    quotes), goes on that report: its speaker (the reporting verb's subject, who can speak).
    None when the paragraph before holds quoted words (the speaker before then decides) or
    its last sentence reports nothing."""
    if span.para == 0:
        return None
    ps, pe = paras[span.para]
    rest = idx.text[ps : span.open] + idx.text[span.close + 1 : pe]
    if _WORD.search(rest):
        return None  # words outside the quote: the paragraph says more than the quote
    bs, be = paras[span.para - 1]
    if _has_quote(bs, be, idx):
        return None
    doc = idx.doc
    last = doc[max(0, idx.tok(be - 1))].sent
    if last.start_char < bs:
        return None
    for t in last:
        if t.i in idx.quote_tokens or not _reports(t):
            continue
        # A clause reported: its complement, or a "that" clause after the verb (parsed at times
        # as a relative clause of "in a statement that ...").
        if not any(c.dep_ in ("ccomp", "xcomp") for c in t.children) and not any(
            w.dep_ == "mark" and w.lower_ == "that" for w in last if w.i > t.i
        ):
            continue
        s = _speaking_subject(t, idx)
        if s is not None and s.i not in idx.quote_tokens and s.i >= last.start:
            return t, s
        return None
    return None


_AGENT_LABELS = frozenset(("GPE", "ORG", "NORP", "PERSON"))


def _agent_wording(inner: range, idx: DocIndex):
    """``In retaliation, Moscow deployed “high-precision, long-range weapons”``: a partial quote,
    with no verb of saying about it, that is the object of the main verb of its sentence or of
    a preposition of that verb (``X referred to the “unilateral” test``), or words of that
    object, quotes the wording of that verb's subject, when the subject is a named
    government, organisation, people or person (the model's entity), in the active voice, or
    the agent of the passive ("X was sanctioned by Canada for the “…”"): its head, or None."""
    doc = idx.doc
    tops = [doc[i] for i in inner if doc[i].head.i not in inner and not doc[i].is_punct]
    if len(tops) != 1:
        return None
    t = tops[0]
    obj = t if t.dep_ in ("dobj", "pobj") else t.head if t.dep_ in ("amod", "compound", "nmod") and t.head.dep_ in ("dobj", "pobj") else None
    if obj is None:
        return None
    v = obj.head
    if obj.dep_ == "pobj":  # "X referred to the “unilateral” test": the object of the verb's preposition
        if v.dep_ != "prep":
            return None
        v = v.head
    if v.dep_ != "ROOT" or v.pos_ != "VERB" or v.i in idx.quote_tokens:
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or subj[0].i in idx.quote_tokens or any(c.dep_ == "conj" for c in subj[0].children):
        return None  # (two actors' joint wording is neither's)
    if subj[0].dep_ == "nsubjpass":
        # "The general was sanctioned by Canada for the “brutal shelling”": the agent's wording
        by = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if len(by) != 1 or by[0].i in idx.quote_tokens or obj.i == by[0].i:
            return None
        subj = by
    ent = idx.ent_at.get(subj[0].i)
    return subj[0] if ent is not None and ent.label_ in _AGENT_LABELS else None


# Texts that parties sign or a body adopts (closed class): words quoted from one are its wording,
# no person's: "the deal provides for “unhindered access”", "under the accord, fighters will “disarm”".
_AGREEMENT_NOUNS = frozenset(
    """
    agreement agreements deal deals accord accords treaty pact truce ceasefire cease-fire armistice
    resolution declaration charter constitution memorandum protocol framework roadmap road-map plan
    proposal text draft document law bill decree clause provision provisions terms
    """.split()
)
_AGREEMENT_HOPS = 6


def _named_actors_act(inner: range, last: Speaker, idx: DocIndex) -> bool:
    """The sentence of a partial quote has its own subject, outside the quote, that names actors
    (the model's entities, ``_AGENT_LABELS``) other than ``last`` (the previous quote's speaker):
    "The government and the rebels committed themselves to the “…”" is about them, so the
    quote does not continue the words of the one quoted before."""
    doc = idx.doc
    root = doc[inner.start].sent.root
    names = [last.text]
    if getattr(last, "antecedent_start", -1) >= 0:
        names.append(doc.text[last.antecedent_start : last.antecedent_end])
    for c in root.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or c.i in idx.quote_tokens:
            continue
        for t in c.subtree:
            ent = idx.ent_at.get(t.i)
            if ent is not None and ent.label_ in _AGENT_LABELS and t.i not in idx.quote_tokens \
                    and not any(ent.text in n or n in ent.text for n in names if n):
                return True
    return False


def _agreement_wording(inner: range, idx: DocIndex) -> bool:
    """The quote is words of an agreement or a document, not of a speaker: the nearest verb
    above it in the parse has such a text (``_AGREEMENT_NOUNS``) as its subject ("The deal
    provides for “unhindered access”", "the accord also calls for “…”") or its clause is set
    "under" one ("Under the agreement, the rebels will “disarm within 30 days”"). Nobody said
    such words: the speaker before, the person the paragraph is about, the agent of the clause
    do not."""
    doc = idx.doc
    tops = [doc[i] for i in inner if doc[i].head.i not in inner and not doc[i].is_punct]
    if tops:
        a = tops[0].head
    else:  # the quote holds its clause's verb ("the rebels will “disarm within 30 days”")
        a = next((doc[i] for i in inner if doc[i].head.i == i and doc[i].pos_ in ("VERB", "AUX")), None)
        if a is None:
            return False
    hops = 0
    while hops < _AGREEMENT_HOPS:
        hops += 1
        if a.pos_ in ("VERB", "AUX"):
            if a.i in idx.quote_tokens and tops:
                return False  # a verb of other quoted words
            for c in a.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _AGREEMENT_NOUNS and c.i not in idx.quote_tokens:
                    return True
                if c.dep_ == "prep" and c.lower_ == "under" and any(
                        p.dep_ == "pobj" and p.lemma_.lower() in _AGREEMENT_NOUNS for p in c.children):
                    return True
            if a.dep_ != "conj" or a.head is a:
                return False  # "... will disarm and join a “…”": the verb it is joined to tells
        if a.head is a:
            break
        a = a.head
    return False


def _salient_speaker(person, span: QuoteSpan, idx: DocIndex) -> Speaker:
    """The salient ``person`` as the quote's speaker, by the mention nearest the quote: a
    "he"/"she" subject after the name ("Naqvi condemned the blast. He visited the wounded.
    / “…”") stands for the name and is nearer."""
    doc = idx.doc
    if person.end_char <= span.open:
        g = person_gender(person, idx)
        prons = [
            t for t in doc[person.end : idx.tok(span.open)]
            if t.lower_ in PERSON_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass") and t.i not in idx.quote_tokens
            and g in (None, "m" if t.lower_ == "he" else "f")
        ]
        if prons:
            t = prons[-1]
            return Speaker(t.idx, t.idx + len(t), t.text, "pronoun", person.start_char, person.end_char)
    return Speaker(person.start_char, person.end_char, person.text, "named")


_WORD = re.compile(r"[^\W\d_]+")
_CREDIT = re.compile(r"[ \t]*\n?[ \t]*[—–-][ \t]*")


def _credit_line(span: QuoteSpan, text: str, idx: DocIndex):
    """``“…” — Radoslaw Sikorski, Polish foreign minister``, ``“…” -Governor Paul Weir``: a
    dash (em, en or hyphen, glued or spaced) and a name, after at most a title, right after the
    closing mark credit the quote."""
    m = _CREDIT.match(text, span.close + 1)
    if m is None:
        return None
    for ent in idx.persons:
        if ent.start_char < m.end():
            continue
        between = text[m.end() : ent.start_char].split()
        if all(w.rstrip(".").lower() in TITLE_WORDS or w.lower() in TITLE_WORDS for w in between) and "\n" not in text[m.end() : ent.start_char]:
            return None, ent.root, "credit"
        return None
    return None


def _name_colon(pre, idx: DocIndex):
    """``Trump: “…”`` (a headline's or a transcript's form), ``Ivan Petrov, Daily Ledger: “…”``
    (a roundup's), ``Tinubu to Nigerians: ‘…’``: the sentence before the quote is a name (a
    title may come before it), at most a short affiliation after a comma or the people it
    speaks to, and a colon. A known city opening a line before the colon is a dateline
    (``Nairobi: “…”``), no one's name."""
    words = [t for t in pre if not t.is_space]
    if len(words) < 2 or words[-1].text != ":":
        return None
    if colon_dateline(idx.text, words[0].idx, words[-2].idx + len(words[-2])):
        return None
    ents = list(dict.fromkeys(idx.ent_at[t.i] for t in words if t.i in idx.ent_at))
    if not ents:
        # A surname alone the model did not tag ("Dunn to farmers: ‘…’"): capitalised proper
        # nouns open the line.
        k = 0
        while k < len(words) - 1 and k < 3 and words[k].pos_ == "PROPN" and words[k].text[:1].isupper() and not words[k].text.isupper():
            k += 1
        rest = words[k:-1]
        if k and (not rest or rest[0].lower_ == "to" and len(rest) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in rest)):
            start, end = words[0].idx, words[k - 1].idx + len(words[k - 1])
            return None, Speaker(start, end, idx.text[start:end], "named"), "name-colon"
        return None
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or ent.start < words[0].i or ent.start >= words[-1].i:
            continue
        lead = [t for t in words if t.i < ent.start]
        if lead and not (ent.label_ == "PERSON" and len(lead) <= 4 and all(_title_like(t) for t in lead)):
            continue  # "Defence Secretary Karl Dunn: “…”": only a title may come before the name
        if ent.end == words[-1].i:
            return None, ent.root, "name-colon"
        rest = [t for t in words if ent.end <= t.i < words[-1].i]
        if ent.label_ == "PERSON" and rest and rest[0].text == "," and len(rest) <= 6 and not any(_reports(t) for t in rest):
            return None, ent.root, "name-colon"
        if rest and rest[0].lower_ == "to" and len(rest) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in rest):
            # A headline's "Tinubu to Nigerians: ‘…’": the name, not the people it speaks to.
            return None, Speaker(ent.start_char, ent.end_char, ent.text, "named"), "name-colon"
    return None


def _title_like(t) -> bool:
    """A word of a title before a name: "Defence", "Secretary", "Lt.", "Gen"."""
    low = t.lower_.rstrip(".")
    return low in TITLE_WORDS or t.lower_ in TITLE_WORDS or t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")


_NAME = r"(?:[A-Z][\w’'.-]*(?:\s+(?:of|the|de|von|van|al)\b)?\s+){0,5}[A-Z][\w’'.-]*"


@lru_cache(maxsize=1)
def _surface_rx() -> tuple[re.Pattern, re.Pattern]:
    """The patterns of a speaker after a quote ("said Ines Roth", "she said") and before it
    ("Roth told reporters"), made on first use (``reporting_forms`` loads lemminflect)."""
    forms = "|".join(sorted(reporting_forms(), key=len, reverse=True))
    post = re.compile(rf"^[\s,—–-]*(?:(?P<v1>{forms})\s+(?P<n1>{_NAME})|(?P<n2>he|she|they|{_NAME})\s+(?P<v2>{forms})\b)")
    pre = re.compile(rf"(?P<n>{_NAME}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)\s+(?:\w+\s+){{0,3}}?(?P<v>{forms})\b[^.!?]*$")
    return post, pre


def _surface(text: str, span: QuoteSpan, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """Speaker by surface patterns (no parser)."""
    after = text[span.close + 1 : sent_end]
    m = _surface_rx()[0].match(after)
    if m:
        g = "n1" if m.group("n1") else "n2"
        base = span.close + 1
        return base + m.start(g), base + m.end(g)
    before = text[sent_start : span.open]
    m = _surface_rx()[1].search(before)
    if m:
        return sent_start + m.start("n"), sent_start + m.end("n")
    return None


def _naming(text: str, open_at: int) -> bool:
    before = text[max(0, open_at - 24) : open_at].lower().rstrip(" \u00a0")
    return any(before.endswith(cue) for cue in NAMING_CUES)


_NAME_MAX_WORDS = 8
_NAME_WORD = re.compile(r"[\w’'.&-]+")


def _title_case(words: list[str]) -> bool:
    """Words of a name: the first capitalised (or a number), and every longer word or hyphened
    part too ("Kadiwa ng Bagong Bayani", "Sea of Calm", "Fitna-al-Khawarij"); no sentence inside."""
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    parts = [p for w in words for p in w.split("-") if p]  # "India-sponsored" is no name
    return all(p[:1].isupper() or p[:1].isdigit() or len(p) <= 3 for p in parts)


def _names_something(text: str, span: QuoteSpan) -> bool:
    """The quote is the name of an operation, a programme, a ship, a book...: at most eight
    capitalised words, not ending a sentence, right after a noun that names (``Operation
    “Red Dawn”``, ``the tanker “Sea Fox”``) or a verb that gives a name (``called it “Northern
    Gate”``, ``calling itself “…”``), or right before such a noun (``the “Blue Harbour” programme``)."""
    inner = text[span.start : span.end]
    if inner.rstrip(_CLOSING_CHARS)[-1:] in ".!?,;:" or "\n" in inner:
        return False
    words = _NAME_WORD.findall(inner)
    if len(words) > _NAME_MAX_WORDS or not _title_case(words):
        return False
    before = _NAME_WORD.findall(text[max(0, span.open - 30) : span.open])
    after = _NAME_WORD.findall(text[span.close + 1 : span.close + 30])
    prev = before[-1].lower() if before else ""
    nxt = after[0].lower() if after and text[span.close + 1 : span.close + 2] in (" ", "\u00a0") else ""
    if prev in NAME_NOUNS or prev in NAME_GIVING or (len(before) >= 2 and prev in NAMED_OBJECTS and before[-2].lower() in NAME_GIVING) or nxt in NAME_NOUNS:
        return True
    # "numerous “People's Defence Forces” across the country", "the “Iron Wall”": a name of two
    # words or more after a determiner, in running text (not a headline, where every word is
    # capitalised); one capitalised word too when a lower-case word follows it, the noun it names
    # ("the “Vega” music hall": a name inside a noun phrase is no one's speech; "a “50-50”
    # chance" is an official's wording, no name).
    return (
        before and before[-1] in _DETERMINERS and text[span.open - 1 : span.open] == " "
        and (len(words) >= 2 or (words[0][:1].isupper() and nxt.isalpha() and after[0].islower()))
        and not _headline_case(text, span)
    )


_DETERMINERS = frozenset("the a an its their his her our this these those numerous several many various rival".split())


def _headline_case(text: str, span: QuoteSpan) -> bool:
    """The line around the quote capitalises most of its words (a headline)."""
    ls = text.rfind("\n", 0, span.open) + 1
    le = text.find("\n", span.close)
    le = len(text) if le < 0 else le
    rest = _NAME_WORD.findall(text[ls : span.open] + " " + text[span.close + 1 : le])
    long = [w for w in rest if len(w) > 3 and w[:1].isalpha()]
    return bool(long) and sum(w[:1].isupper() for w in long) * 2 > len(long)


def _frame_bounds(verb, speaker: Speaker | None, span: QuoteSpan, idx: DocIndex) -> tuple[int, int]:
    """The reporting clause: the verb, its subject and its modifiers, outside the quote."""
    doc = idx.doc
    toks = {verb.i}
    for c in verb.children:
        if c.dep_ in ("advmod", "dobj", "xcomp", "prt", "neg", "dative", "attr", "acomp", "oprd"):
            toks.update(t.i for t in c.subtree if t.i not in idx.quote_tokens)
    lo, hi = min(toks), max(toks) + 1
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    if speaker is not None and speaker.kind != "pronoun":
        start, end = min(start, speaker.start), max(end, speaker.end)
    elif speaker is not None:
        start, end = min(start, speaker.start), max(end, speaker.end)
    # Never overlap the quote itself.
    if start < span.open < end:
        if verb.idx < span.open:
            end = span.open
        else:
            start = span.close + 1
    return start, end


_GUESSES = frozenset({"salience", "continuation", "said-before"})
_HEADLINE_WORDS = 20


def _in_headline(span: QuoteSpan, text: str, paras: list[tuple[int, int]]) -> bool:
    """The quote stands in a headline or a standfirst line: a short paragraph that does not
    end a sentence ("Ship seized by rebels ‘now in the port area’")."""
    ps, pe = paras[span.para]
    line = text[ps:pe].strip()
    return len(line.split()) <= _HEADLINE_WORDS and line.rstrip(_CLOSING_CHARS)[-1:] not in ".!?"


_CLOSING_CHARS = "”’\"')»"


def _content(tokens) -> set[str]:
    """Content words, by their first five letters (so "Hodeida" meets "Hodeidah")."""
    return {t.lower_[:5] for t in tokens if t.is_alpha and len(t) >= 3 and not t.is_stop}


def _restated(span: QuoteSpan, inner: range, spans: list[QuoteSpan], idx: DocIndex):
    """A headline's quote is said again in the body: (verb, speaker head) of the first later
    sentence that holds the same words in quote marks, or most (60%, at least two) of its
    content words with a verb of saying and a speaker ("… is now in the port of Hodeida,
    the company that owns the ship said"). None when no sentence does."""
    doc = idx.doc
    said = idx.text[span.start : span.end].strip(" ,.").lower()
    want = _content(doc[inner.start : inner.stop])
    after = idx.tok(span.close) + 1
    for sent in doc[min(after, len(doc) - 1)].sent.doc.sents:
        if sent.start < after:
            continue
        same = any(o.open >= sent.start_char and o.close < sent.end_char and idx.text[o.start : o.end].strip(" ,.").lower() == said for o in spans)
        if not same and (len(want) < 2 or len(want & _content(t for t in sent if t.i not in idx.quote_tokens)) < 0.6 * len(want)):
            continue
        for t in sent:
            if _reports(t) and t.i not in idx.quote_tokens:
                h = _speaking_subject(t, idx)
                if h is not None and h.i not in idx.quote_tokens:
                    return t, h
    return None


def attribute(doc, text: str, spans: list[QuoteSpan], outlets=lambda s: False, idx: DocIndex | None = None) -> tuple[list[Quote], list[QuoteSpan]]:
    """Speech quotes with their speakers, and the spans judged scare quotes or names."""
    idx = idx or DocIndex(doc, spans)
    quotes: list[Quote] = []
    scare: list[QuoteSpan] = []
    prev: tuple[QuoteSpan, Quote] | None = None
    by_span: dict[int, Quote] = {}
    paras = paragraphs(text)
    for span in spans:
        t_open, t_close = idx.tok(span.open), idx.tok(span.close)
        inner = range(idx.tok(span.start), idx.tok(span.end - 1) + 1)
        sent = doc[t_open].sent
        last_sent = doc[min(t_close, len(doc) - 1)].sent
        pre_lo = sent.start
        if prev and prev[0].close >= sent.start_char:
            pre_lo = idx.tok(prev[0].close) + 1
        pre = doc[pre_lo:t_open]
        initial = not any(t.is_alpha for t in pre)
        post_lo, post_hi = t_close + 1, last_sent.end
        if post_hi <= post_lo < len(doc) and doc[post_lo].is_lower and doc[post_lo].is_alpha:
            # "‘… from you?’ the mayor said.": the parser ended the sentence at the closing
            # mark; a lower-case word right after it goes on with the same sentence.
            post_hi = doc[post_lo].sent.end
        while post_lo < post_hi < len(doc) and _ends_in_abbreviation(doc[post_lo:post_hi]):
            # "“…,” Sgt. J. Smith said.": the parser ended the sentence at a title's period.
            post_hi = doc[post_hi].sent.end
        # The next quote in the same sentence bounds the post-context.
        for other in spans:
            if other.open > span.close:
                post_hi = min(post_hi, idx.tok(other.open))
                break
        verb = head = surname = None
        rule = ""
        if idx.has_dep:
            order = ("post", "govern") if initial else ("govern", "post")
            for how in order:
                v = _following_verb(post_lo, post_hi, idx) if how == "post" else _governing_verb(inner, idx)
                if how == "govern" and v is not None and _in_subject(v, inner):
                    v = _reporter_above(v, inner, idx) or v  # "X said ... after the “…” was reported": X
                if v is not None and (_in_subject(v, inner) or _across_break(v, span, idx) or how == "post" and _premodifier(inner, post_lo, idx)):
                    # "Their “robust” response was criticised": the quote is in the subject; a
                    # verb past a sentence's end or a line break, or after the noun the quote
                    # modifies ("killed “several dozen” soldiers"), does not report it.
                    v = None
                if v is not None:
                    s = _speaking_subject(v, idx)
                    if how == "govern" and not initial and (nearer := _nearer_reporter(v, inner, idx)) is not None:
                        v, s = nearer  # "X said ... -- with spokesman Z telling media a campaign had “…”": Z
                    if s is None and how == "post":
                        s = _phrase_before(v, post_lo, idx) or _after_quote(v, post_lo, idx)
                        if s is None:
                            surname = _surname_speaker(v, post_lo, post_hi, idx)
                            if surname is not None:
                                verb, rule = v, how
                                break
                    if s is not None and s.i not in idx.quote_tokens:
                        verb, head, rule = v, s, how
                        break
                    if verb is None:
                        verb, rule = v, how
            if head is None:
                acc = _according_to(sent.start, last_sent.end, idx)
                if acc is not None and acc.i not in idx.quote_tokens:
                    head, rule = acc, "according-to"
            if head is None and verb is None:
                found = _parenthetical(inner, idx)
                if found is not None:
                    verb, head, rule = found[0], found[1], "parenthetical"
            if head is None and verb is None:
                giver = _giver_of(inner, idx)
                if giver is not None:
                    head, rule = giver, "giver"
        speaker = speaker_for(head, idx, outlets) if head is not None else surname
        if head is not None and head.lower_ == "it" and head.i not in idx.quote_tokens and (above := _speaker_above(head.head, idx)) is not None:
            # "The army said it warned against what it called “…”": "it" is the army.
            lo, hi = np_bounds(above, idx)
            speaker = Speaker(head.idx, head.idx + len(head), head.text, "pronoun", doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        if speaker is not None and speaker.kind == "outlet" and verb is not None and rule in ("govern", "post"):
            # "X said the blast was an “act of sabotage”, Reuters reported": the outlet relays
            # the words of the one who said them.
            found = _relayed(verb, idx, outlets)
            if found is not None:
                verb, speaker = found
        if speaker is not None and head is not None and verb is not None and rule in ("govern", "post") and _is_outlet(speaker, head) \
                and (cited := cited_head(verb, head, idx.quote_tokens)) is not None and (src := speaker_for(cited, idx, outlets)) is not None:
            speaker = src  # "Channel 9, citing a ministry official, said …": the official's words
        if speaker is not None and head is not None and rule in ("according-to", "govern", "post"):
            speaker = _own_channel(head, speaker, idx)  # "its statement said": whoever "its" is
        if speaker is not None and rule == "giver":
            speaker = _giver_speaker(head, speaker, idx, outlets)
        if speaker is not None and rule == "govern" and not initial:
            speaker = _nearer_pronoun(speaker, t_open, inner, idx)
        if speaker is None and not idx.has_dep:
            b = _surface(text, span, sent.start_char, last_sent.end_char)
            if b:
                t = doc.char_span(b[0], b[1], alignment_mode="expand")
                if t is not None:
                    if t.text.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS:
                        speaker = resolve_pronoun(t[0], idx)
                    else:
                        kind = "outlet" if outlets(t.text) else "named"
                        speaker = Speaker(t.start_char, t.end_char, t.text, kind)
                    rule = "surface"
        if speaker is None and idx.has_dep:
            found = _colon_lead(t_open, idx) or _colon_intro(pre, idx) or _lead_in(pre, idx) or _credit_line(span, text, idx) or _name_colon(pre, idx)
            if found is not None:
                v, h, how = found
                speaker = h if isinstance(h, Speaker) else speaker_for(h, idx, outlets)
                if speaker is not None:
                    rule = how
                    if verb is None and v is not None:
                        verb = v
        words = len(text[span.start : span.end].split())
        naming = _naming(text, span.open) or _names_something(text, span)
        # Words of an agreement or a document ("the deal provides for “…”"): no one's unless a
        # verb of saying above gave them a speaker; no guess gives them one.
        wording = speaker is None and idx.has_dep and not initial and _agreement_wording(inner, idx)
        if speaker is None and idx.has_dep and not naming and not wording and _in_headline(span, text, paras):
            found = _restated(span, inner, spans, idx)
            if found is not None:
                v, h = found
                speaker = speaker_for(h, idx, outlets)
                if speaker is not None:
                    rule = "headline"
                    verb = verb or v
        if speaker is None and idx.has_dep and initial and verb is None and not naming:
            after = _described_after(span, idx)
            if after is not None:
                speaker = speaker_for(after, idx, outlets)
                if speaker is not None:
                    rule = "described-after"
        if speaker is None and idx.has_dep and initial and verb is None and not naming:
            found = _introduced(t_open, idx)
            if found is not None:
                speaker = speaker_for(found[1], idx, outlets)
                if speaker is not None:
                    rule = "intro"
        if speaker is None and idx.has_dep and initial and verb is None and words > SHORT_QUOTE_WORDS and not naming:
            # (before the speaker of the quote before: this one comes in between)
            found = _said_just_before(span, paras, idx)
            if found is not None:
                speaker = speaker_for(found[1], idx, outlets)
                if speaker is not None:
                    rule = "said-before"
        if speaker is None and prev is not None and prev[1].speaker is not None and not naming and not wording:
            gap = span.para - prev[0].para
            full = initial and words >= SHORT_QUOTE_WORDS + 1
            follows = gap == 0 or span.continued or (gap == 1 and full)
            if follows and gap >= 1 and not initial and _named_actors_act(inner, prev[1].speaker, idx):
                follows = False  # "X and Y committed themselves to the “…”": the sentence's own actors, not the last speaker
            if not follows and (gap == 2 and full or gap == 1 and verb is None and words > SHORT_QUOTE_WORDS) \
                    and (initial or not _named_actors_act(inner, prev[1].speaker, idx)):
                # Across a paragraph that brings in nobody else ("“…,” Li said. / The drills
                # ran for two days. / “…”"), or a partial quote with no verb of saying in the
                # paragraph after ("They practised an “assault on ports”"): the same speaker.
                follows = _quiet(doc[min(idx.tok(prev[0].close), len(doc) - 1)].sent.end_char, span.open, idx)
            if follows:
                speaker, rule = prev[1].speaker, "continuation"
        if speaker is None and idx.has_dep and initial and words > SHORT_QUOTE_WORDS and not naming:
            person = _salient_person(span, paras, idx)
            if person is not None:
                speaker, rule = _salient_speaker(person, span, idx), "salience"
        if speaker is None and idx.has_dep and initial and verb is None and words > SHORT_QUOTE_WORDS and not naming:
            found = _reported_before(span, paras, idx)
            if found is not None:
                speaker = speaker_for(found[1], idx, outlets)
                if speaker is not None:
                    rule = "reported-before"
        if speaker is None and idx.has_dep and not initial and verb is None and not naming and not wording \
                and not _title_case(_NAME_WORD.findall(text[span.start : span.end])):
            # (a quoted Title-Case phrase, "Operation Claw-Lock", is a name: no one's wording)
            agent = _agent_wording(inner, idx)
            if agent is not None:
                speaker = speaker_for(agent, idx, outlets)
                if speaker is not None:
                    rule = "agent-wording"
        # A name or label ('the so-called “Bucharest Nine”') is never speech; a short
        # quote is speech only when a reporting verb governs it.
        speech = not naming and (speaker is not None or verb is not None or words > SHORT_QUOTE_WORDS)
        if not speech:
            scare.append(span)
            continue
        speaker = unnamed_relative(speaker, idx)  # "the sister of leader X": she, unnamed, not X
        fs, fe = -1, -1
        if verb is not None:
            fs, fe = _frame_bounds(verb, speaker, span, idx)
        q = Quote(
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
            speaker=speaker,
            verb=verb.lemma_.lower() if verb is not None else "",
            frame_start=fs,
            frame_end=fe,
            rule=rule if speaker is not None else "",
            partial=not initial or not text[span.start : span.start + 1].isupper(),
        )
        quotes.append(q)
        by_span[id(span)] = q
        prev = (span, q)
        if speaker is not None and speaker.kind != "pronoun":
            idx.last_speaker = speaker
    # A quote running over paragraphs is attributed at its end ("“First ... / “... last,”
    # the minister said."): its earlier paragraphs get that speaker too.
    for a, b in reversed(list(zip(spans, spans[1:]))):
        qa, qb = by_span.get(id(a)), by_span.get(id(b))
        if qa is None or qb is None or not (a.continues and b.continued) or qb.speaker is None:
            continue
        # A guess (the salient person, the speaker before) gives way to the speaker named at the end.
        if qa.speaker is None or qa.rule in _GUESSES and qb.rule not in _GUESSES:
            qa.speaker, qa.rule = qb.speaker, "continued-by"
    echoes = _headline_echoes(text, quotes, spans, paras) + _embedded_posts(text, quotes, paras)
    if echoes:
        quotes = sorted(quotes + echoes, key=lambda q: q.start)
    return quotes, scare


# The credit line under a social-media post copied into an article: "— Ana Ruiz (@anaruiz) May 3, 2024".
_POST_CREDIT = re.compile(r"^[ \t]*[—–-][ \t]*(?P<name>[^\n()@]{2,60}?)[ \t]*\(@\w{1,30}\)[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})?[ \t]*$")
_POST_MIN_WORDS = 4


def _embedded_posts(text: str, quotes: list[Quote], paras: list[tuple[int, int]]) -> list[Quote]:
    """A post embedded in the article (a tweet copied as text, without quote marks) and its credit
    line in the paragraph after it ("Proud of our crews ... / — Ana Ruiz (@anaruiz) May 3, 2024"):
    the post is a full quote of the one the credit line names (rule "embedded-post"), when no
    quote was found in it and it holds at least ``_POST_MIN_WORDS`` words."""
    out: list[Quote] = []
    for (ps, pe), (cs, ce) in zip(paras, paras[1:]):
        m = _POST_CREDIT.match(text[cs:ce])
        if m is None or len(text[ps:pe].split()) < _POST_MIN_WORDS or _POST_CREDIT.match(text[ps:pe]):
            continue
        s = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
        e = ps + len(text[ps:pe].rstrip())
        if any(q.start < e and s < q.end for q in quotes):
            continue
        n0, n1 = cs + m.start("name"), cs + m.end("name")
        out.append(Quote(start=s, end=e, text=text[s:e], speaker=Speaker(n0, n1, text[n0:n1], "named"), rule="embedded-post"))
    return out


_ECHO_MIN_WORDS = 3
_HEADLINE_PARAS = 3  # a headline, a standfirst, a photo caption at most


def _headline_echoes(text: str, quotes: list[Quote], spans: list[QuoteSpan], paras: list[tuple[int, int]]) -> list[Quote]:
    """``Polish PM says rail blast was unprecedented act of sabotage`` over a body that quotes him
    (``… was an “unprecedented act of sabotage”, he said``): a headline repeats a quote's words
    without the marks. Each quote with a speaker whose words (three or more, outside any quote
    marks) stand in one of the first headline-like paragraphs (short, no sentence's end) gives a
    partial quote there, with the same speaker (rule "headline-echo")."""
    heads = [(ps, pe) for ps, pe in paras[:_HEADLINE_PARAS] if len(text[ps:pe].split()) <= _HEADLINE_WORDS and text[ps:pe].strip().rstrip(_CLOSING_CHARS)[-1:] not in ".!?"]
    if not heads:
        return []
    marked = [(sp.open, sp.close) for sp in spans]
    out: list[Quote] = []
    for q in quotes:
        if q.speaker is None or q.start < heads[-1][1]:
            continue
        words = text[q.start : q.end].strip(" ,.;:!?\u2019\u2018'\"")
        if len(words.split()) < _ECHO_MIN_WORDS:
            continue
        for ps, pe in heads:
            m = re.search(r"(?<![\w])" + re.escape(words) + r"(?![\w])", text[ps:pe], re.I)
            if m is None:
                continue
            s, e = ps + m.start(), ps + m.end()
            if any(o <= s < c or o < e <= c for o, c in marked) or any(x.start < e and s < x.end for x in quotes + out):
                continue
            out.append(Quote(start=s, end=e, text=text[s:e], speaker=copy.copy(q.speaker), verb=q.verb, rule="headline-echo", partial=True))
    return out
